//! Builtin iterators: over lists, tuples, strings, bytes, ranges, dicts and
//! sets, plus `enumerate`, `zip`, `map`, `filter`, `reversed`, the
//! two-argument `iter(callable, sentinel)` and the old `__getitem__`
//! protocol.
//!
//! An iterator may be shared between threads like any object. Index-based
//! iterators advance with an atomic fetch-add, so two threads calling
//! `next` on one iterator each get distinct items and none is lost.

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{DictViewKind, ObjData, Value};
use crate::sync::{AtomicBool, AtomicI64, AtomicUsize, Ordering};

pub enum IterObj {
    /// list, tuple, str or bytes, by index (a list's length is re-read each
    /// step, so appends during iteration are seen, as in CPython).
    Seq {
        seq: Value,
        index: AtomicUsize,
    },
    /// reversed(list) / reversed(tuple) / reversed(str).
    Reversed {
        seq: Value,
        remaining: AtomicUsize,
    },
    Range(crate::builtins::range::RangeIter),
    /// A dict's keys, values or items (forwards or reversed).
    Dict(super::dict::DictIter),
    /// A set's or frozenset's items.
    Set(super::set::SetIter),
    Enumerate {
        it: Value,
        count: AtomicI64,
    },
    /// `enumerate(it, start)` with a start past the machine-int range.
    EnumerateBig {
        it: Value,
        count: crate::sync::Mutex<num_bigint::BigInt>,
    },
    Zip {
        its: Box<[Value]>,
        strict: bool,
        done: AtomicBool,
    },
    Map {
        func: Value,
        its: Box<[Value]>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
        done: AtomicBool,
    },
    GetItem {
        obj: Value,
        index: AtomicUsize,
        done: AtomicBool,
    },
}

fn alloc(vm: &mut Vm, class: Value, it: IterObj) -> Value {
    vm.alloc(class, ObjData::Iterator(it))
}

impl IterObj {
    /// The iterator for a builtin iterable, `None` if it is not one.
    pub fn for_builtin(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
        let Some(obj) = v.as_obj() else {
            return Ok(None);
        };
        let t = vm.types();
        let (class, it) = match &obj.data {
            ObjData::MappingProxy(d) => return IterObj::for_builtin(vm, *d),
            ObjData::List(_) => (
                t.list_iterator,
                IterObj::Seq {
                    seq: v,
                    index: AtomicUsize::new(0),
                },
            ),
            ObjData::Tuple(_) => (
                t.tuple_iterator,
                IterObj::Seq {
                    seq: v,
                    index: AtomicUsize::new(0),
                },
            ),
            ObjData::Str(_) => (
                t.str_iterator,
                IterObj::Seq {
                    seq: v,
                    index: AtomicUsize::new(0),
                },
            ),
            ObjData::Bytes(_) => (
                t.bytes_iterator,
                IterObj::Seq {
                    seq: v,
                    index: AtomicUsize::new(0),
                },
            ),
            ObjData::ByteArray(_) => (
                t.bytearray_iterator,
                IterObj::Seq {
                    seq: v,
                    index: AtomicUsize::new(0),
                },
            ),
            ObjData::Range(r) => (
                t.range_iterator,
                IterObj::Range(crate::builtins::range::RangeIter::of(r)),
            ),
            ObjData::Dict(_) => {
                return super::dict::new_iter(vm, v, DictViewKind::Keys, false).map(Some)
            }
            ObjData::DictView(kind, d) => {
                return super::dict::new_iter(vm, *d, *kind, false).map(Some)
            }
            ObjData::Set(_) | ObjData::FrozenSet(_) => {
                return Ok(Some(super::set::new_iter(vm, v)))
            }
            ObjData::Iterator(_) | ObjData::Generator(_) => return Ok(Some(v)),
            _ => return Ok(None),
        };
        Ok(Some(alloc(vm, class, it)))
    }

    /// An iterator over `obj[0]`, `obj[1]`, ... until IndexError.
    pub fn new_getitem_iter(vm: &mut Vm, obj: Value) -> Value {
        let class = vm.types().seq_iterator;
        alloc(
            vm,
            class,
            IterObj::GetItem {
                obj,
                index: AtomicUsize::new(0),
                done: AtomicBool::new(false),
            },
        )
    }

    /// The next item, `None` when exhausted.
    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            IterObj::Seq { seq, index } => {
                let i = index.fetch_add(1, Ordering::Relaxed);
                let item = seq_item(vm, *seq, i);
                if item.is_none() {
                    // Exhausted for good, even if the list grows later.
                    index.store(usize::MAX / 2, Ordering::Relaxed);
                }
                Ok(item)
            }
            IterObj::Reversed { seq, remaining } => {
                let r = remaining
                    .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1));
                match r {
                    Ok(n) if vm.is_heap_instance(*seq) => {
                        // A Python sequence: `seq[i]`, stopping at IndexError
                        // or StopIteration.
                        let k = vm.new_int((n - 1) as i64);
                        match crate::interp::ops::getitem(vm, *seq, k) {
                            Ok(v) => Ok(Some(v)),
                            Err(e)
                                if vm.err_is(&e, "IndexError")
                                    || vm.err_is(&e, "StopIteration") =>
                            {
                                remaining.store(0, Ordering::Relaxed);
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        }
                    }
                    Ok(n) => {
                        let item = seq_item(vm, *seq, n - 1);
                        if item.is_none() {
                            remaining.store(0, Ordering::Relaxed);
                        }
                        Ok(item)
                    }
                    Err(_) => Ok(None),
                }
            }
            IterObj::Range(r) => Ok(r.next(vm)),
            IterObj::Dict(it) => it.next(vm),
            IterObj::Set(it) => it.next(vm),
            IterObj::Enumerate { it, count } => match vm.next(*it)? {
                Some(v) => {
                    let n = count.fetch_add(1, Ordering::Relaxed);
                    let n = vm.new_int(n);
                    Ok(Some(vm.new_tuple(vec![n, v])))
                }
                None => Ok(None),
            },
            IterObj::EnumerateBig { it, count } => match vm.next(*it)? {
                Some(v) => {
                    let n = {
                        let mut c = count.lock();
                        let n = c.clone();
                        *c += 1;
                        n
                    };
                    let n = vm.new_bigint(n);
                    Ok(Some(vm.new_tuple(vec![n, v])))
                }
                None => Ok(None),
            },
            IterObj::Zip { its, strict, done } => {
                if done.load(Ordering::Relaxed) || its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (i, &it) in its.iter().enumerate() {
                    match vm.next(it)? {
                        Some(v) => items.push(v),
                        None => {
                            done.store(true, Ordering::Relaxed);
                            if *strict {
                                return zip_strict_error(vm, its, i);
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(vm.new_tuple(items)))
            }
            IterObj::Map { func, its } => {
                let mut args = Vec::with_capacity(its.len());
                for &it in its.iter() {
                    match vm.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                vm.call(*func, &args).map(Some)
            }
            IterObj::Filter { func, it } => loop {
                let Some(v) = vm.next(*it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    vm.truthy(v)?
                } else {
                    let r = vm.call(*func, &[v])?;
                    vm.truthy(r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            IterObj::Callable {
                func,
                sentinel,
                done,
            } => {
                if done.load(Ordering::Relaxed) {
                    return Ok(None);
                }
                let v = match vm.call(*func, &[]) {
                    Ok(v) => v,
                    Err(e) if vm.err_is(&e, "StopIteration") => {
                        done.store(true, Ordering::Relaxed);
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if v == *sentinel || vm.eq(v, *sentinel)? {
                    done.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterObj::GetItem { obj, index, done } => {
                if done.load(Ordering::Relaxed) {
                    return Ok(None);
                }
                let i = index.fetch_add(1, Ordering::Relaxed);
                let key = vm.new_int(i as i64);
                match crate::interp::ops::getitem(vm, *obj, key) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                        done.store(true, Ordering::Relaxed);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// The number of items left, where cheaply known (`__length_hint__`).
    pub fn length_hint(&self, vm: &mut Vm) -> Option<usize> {
        match self {
            IterObj::Seq { seq, index } => {
                let len = vm.len(*seq).ok()?;
                Some(len.saturating_sub(index.load(Ordering::Relaxed)))
            }
            IterObj::Reversed { seq, remaining } => {
                let n = remaining.load(Ordering::Relaxed);
                Some(if n <= vm.len(*seq).ok()? { n } else { 0 })
            }
            IterObj::Dict(it) => Some(it.length_hint()),
            IterObj::Set(it) => Some(it.length_hint()),
            IterObj::Range(r) => Some(r.remaining()),
            _ => None,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => visit(*seq),
            IterObj::Range(_) => {}
            IterObj::Dict(it) => it.trace(visit),
            IterObj::Set(it) => it.trace(visit),
            IterObj::Enumerate { it, .. } | IterObj::EnumerateBig { it, .. } => visit(*it),
            IterObj::Zip { its, .. } => its.iter().copied().for_each(visit),
            IterObj::Map { func, its } => {
                visit(*func);
                its.iter().copied().for_each(visit);
            }
            IterObj::Filter { func, it } => {
                visit(*func);
                visit(*it);
            }
            IterObj::Callable { func, sentinel, .. } => {
                visit(*func);
                visit(*sentinel);
            }
            IterObj::GetItem { obj, .. } => visit(*obj),
        }
    }
}

#[cold]
fn zip_strict_error(vm: &mut Vm, its: &[Value], short: usize) -> PyResult<Option<Value>> {
    if short > 0 {
        let plural = if short == 1 { " " } else { "s 1-" };
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{plural}{short}",
            short + 1
        )));
    }
    for (i, &it) in its.iter().enumerate().skip(1) {
        if vm.next(it)?.is_some() {
            let plural = if i == 1 { " " } else { "s 1-" };
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{plural}{i}",
                i + 1
            )));
        }
    }
    Ok(None)
}

/// Item `i` of a list, tuple, str or bytes; `None` past the end.
fn seq_item(vm: &mut Vm, seq: Value, i: usize) -> Option<Value> {
    match &seq.obj().data {
        ObjData::List(l) => l.read().get(i).copied(),
        ObjData::Tuple(t) => t.get(i).copied(),
        ObjData::Bytes(b) => b.get(i).map(|&c| Value::small_int_unchecked(c as i64)),
        ObjData::ByteArray(b) => b
            .read()
            .get(i)
            .map(|&c| Value::small_int_unchecked(c as i64)),
        ObjData::Str(s) => {
            if i >= s.char_len() {
                return None;
            }
            let c = s.char_at(i);
            let mut buf = [0u8; 4];
            Some(vm.intern(c.encode_utf8(&mut buf)))
        }
        _ => None,
    }
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let iterable = args.pos.get(1).copied().or_else(|| args.kw("iterable"));
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = match args.pos.get(2).copied().or_else(|| args.kw("start")) {
        Some(s) if s.is_small_int() => s.as_small_int(),
        Some(s) => {
            let big = vm.to_index(s)?;
            match num_traits::ToPrimitive::to_i64(&big) {
                Some(n) => n,
                None => {
                    let it = vm.iter(iterable)?;
                    let class = args.pos[0];
                    let count = crate::sync::Mutex::new(big);
                    return Ok(alloc(vm, class, IterObj::EnumerateBig { it, count }));
                }
            }
        }
        None => 0,
    };
    let it = vm.iter(iterable)?;
    let class = args.pos[0];
    Ok(alloc(
        vm,
        class,
        IterObj::Enumerate {
            it,
            count: AtomicI64::new(start),
        },
    ))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let strict = match args.kw("strict") {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(args.pos.len() - 1);
    for &v in &args.pos[1..] {
        its.push(vm.iter(v)?);
    }
    let class = args.pos[0];
    Ok(alloc(
        vm,
        class,
        IterObj::Zip {
            its: its.into_boxed_slice(),
            strict,
            done: AtomicBool::new(false),
        },
    ))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "map")?;
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[1];
    let mut its = Vec::with_capacity(args.pos.len() - 2);
    for &v in &args.pos[2..] {
        its.push(vm.iter(v)?);
    }
    let class = args.pos[0];
    Ok(alloc(
        vm,
        class,
        IterObj::Map {
            func,
            its: its.into_boxed_slice(),
        },
    ))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "filter")?;
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let it = vm.iter(args.pos[2])?;
    let class = args.pos[0];
    Ok(alloc(
        vm,
        class,
        IterObj::Filter {
            func: args.pos[1],
            it,
        },
    ))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "reversed")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let seq = args.pos[1];
    match vm.lookup_dunder(seq, "__reversed__") {
        Some(f) if f.is_none() => {
            let t = vm.type_name(seq);
            return Err(vm.type_error(format!("'{t}' object is not reversible")));
        }
        Some(_) => {
            if let Some(r) = vm.call_dunder(seq, "__reversed__", &[])? {
                return Ok(r);
            }
        }
        None => {}
    }
    match seq.as_obj().map(|o| &o.data) {
        Some(ObjData::List(_))
        | Some(ObjData::Tuple(_))
        | Some(ObjData::Str(_))
        | Some(ObjData::Bytes(_))
        | Some(ObjData::ByteArray(_)) => {
            let n = vm.len(seq)?;
            let class = if matches!(seq.obj().data, ObjData::List(_)) {
                vm.types().list_reverseiterator
            } else {
                vm.types().reversed
            };
            Ok(alloc(
                vm,
                class,
                IterObj::Reversed {
                    seq,
                    remaining: AtomicUsize::new(n),
                },
            ))
        }
        Some(ObjData::Range(_)) => Ok(crate::builtins::range::reversed(vm, seq)),
        Some(ObjData::Dict(_)) | Some(ObjData::DictView(..)) => super::dict::reversed(vm, seq),
        _ => {
            if vm.lookup_dunder(seq, "__getitem__").is_some() {
                // CPython's sequence fallback: items are fetched lazily.
                let n = vm.len(seq)?;
                let class = vm.types().reversed;
                return Ok(alloc(
                    vm,
                    class,
                    IterObj::Reversed {
                        seq,
                        remaining: AtomicUsize::new(n),
                    },
                ));
            }
            let t = vm.type_name(seq);
            Err(vm.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0])
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match vm.next(args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NONE)),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match &args.pos[0].obj().data {
        ObjData::Iterator(it) => it.length_hint(vm).unwrap_or(0),
        _ => 0,
    };
    Ok(vm.new_int(n as i64))
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(vm: &mut Vm, func: Value, sentinel: Value) -> Value {
    let class = vm.types().callable_iterator;
    alloc(
        vm,
        class,
        IterObj::Callable {
            func,
            sentinel,
            done: AtomicBool::new(false),
        },
    )
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    super::add_method(interp, t.enumerate, "__new__", enumerate_new);
    super::add_method(interp, t.zip, "__new__", zip_new);
    super::add_method(interp, t.map, "__new__", map_new);
    super::add_method(interp, t.filter, "__new__", filter_new);
    super::add_method(interp, t.reversed, "__new__", reversed_new);
    for ty in [
        t.list_iterator,
        t.list_reverseiterator,
        t.tuple_iterator,
        t.range_iterator,
        t.str_iterator,
        t.bytes_iterator,
        t.bytearray_iterator,
        t.dict_keyiterator,
        t.dict_valueiterator,
        t.dict_itemiterator,
        t.set_iterator,
        t.seq_iterator,
        t.callable_iterator,
        t.enumerate,
        t.zip,
        t.map,
        t.filter,
        t.reversed,
    ] {
        super::add_method(interp, ty, "__iter__", iter_self);
        super::add_method(interp, ty, "__next__", iter_next);
        super::add_method(interp, ty, "__length_hint__", iter_length_hint);
    }
}
