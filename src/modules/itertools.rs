//! `_itertools`: native iterators for the combinatoric tools and `count`,
//! which `itertools` (embedded Python) hands out after checking the
//! arguments. Each is an `ObjData::Itertool` whose state sits behind a
//! mutex, so an iterator shared by threads gives each result once; its
//! type (made when the module is first imported) has native `__iter__`,
//! `__next__` and, for `count`, `__repr__`.

use crate::bytecode::BinaryOpKind;
use crate::interp::{Args, PyResult, Vm};
use crate::object::types::type_flags;
use crate::object::{ObjData, Value};
use crate::sync::Mutex;

use super::add_value;

/// A native itertools iterator.
pub enum Tool {
    Permutations {
        pool: Box<[Value]>,
        r: usize,
        st: Mutex<PermState>,
    },
    Combinations {
        pool: Box<[Value]>,
        st: Mutex<IndexState>,
    },
    CombinationsWithReplacement {
        pool: Box<[Value]>,
        st: Mutex<IndexState>,
    },
    Product {
        pools: Box<[Box<[Value]>]>,
        st: Mutex<IndexState>,
    },
    /// `count(start, step)`: the next value and the step.
    Count(Mutex<(Value, Value)>),
    /// `repeat(object, times)`: the object and how many are left (-1:
    /// endless).
    Repeat(Value, Mutex<i64>),
}

pub struct PermState {
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

pub struct IndexState {
    r: usize,
    indices: Vec<usize>,
    first: bool,
    done: bool,
}

impl Tool {
    /// Every value the iterator holds (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            Tool::Permutations { pool, .. }
            | Tool::Combinations { pool, .. }
            | Tool::CombinationsWithReplacement { pool, .. } => {
                pool.iter().copied().for_each(visit)
            }
            Tool::Product { pools, .. } => {
                for p in pools.iter() {
                    p.iter().copied().for_each(&mut *visit);
                }
            }
            Tool::Count(st) => {
                let (n, step) = *st.lock();
                visit(n);
                visit(step);
            }
            Tool::Repeat(obj, _) => visit(*obj),
        }
    }
}

fn index_state(r: usize) -> Mutex<IndexState> {
    Mutex::new(IndexState {
        r,
        indices: Vec::new(),
        first: true,
        done: false,
    })
}

fn pick(pool: &[Value], indices: &[usize]) -> Vec<Value> {
    indices.iter().map(|&i| pool[i]).collect()
}

/// The next result of a combinatoric tool, `None` when exhausted.
fn advance(tool: &Tool) -> Option<Vec<Value>> {
    match tool {
        Tool::Permutations { pool, r, st } => {
            let mut s = st.lock();
            let (n, r) = (pool.len(), *r);
            if s.done {
                return None;
            }
            if s.first {
                s.first = false;
                if r > n {
                    s.done = true;
                    return None;
                }
                s.indices = (0..n).collect();
                s.cycles = (n - r + 1..=n).rev().collect();
                return Some(pick(pool, &s.indices[..r]));
            }
            if n == 0 {
                s.done = true;
                return None;
            }
            for i in (0..r).rev() {
                s.cycles[i] -= 1;
                if s.cycles[i] == 0 {
                    s.indices[i..].rotate_left(1);
                    s.cycles[i] = n - i;
                } else {
                    let j = s.cycles[i];
                    s.indices.swap(i, n - j);
                    return Some(pick(pool, &s.indices[..r]));
                }
            }
            s.done = true;
            None
        }
        Tool::Combinations { pool, st } => {
            let mut s = st.lock();
            let n = pool.len();
            let r = s.r;
            if s.done {
                return None;
            }
            if s.first {
                s.first = false;
                if r > n {
                    s.done = true;
                    return None;
                }
                s.indices = (0..r).collect();
                return Some(pick(pool, &s.indices));
            }
            let Some(i) = (0..r).rev().find(|&i| s.indices[i] != i + n - r) else {
                s.done = true;
                return None;
            };
            s.indices[i] += 1;
            for j in i + 1..r {
                s.indices[j] = s.indices[j - 1] + 1;
            }
            Some(pick(pool, &s.indices))
        }
        Tool::CombinationsWithReplacement { pool, st } => {
            let mut s = st.lock();
            let n = pool.len();
            let r = s.r;
            if s.done {
                return None;
            }
            if s.first {
                s.first = false;
                if n == 0 && r > 0 {
                    s.done = true;
                    return None;
                }
                s.indices = vec![0; r];
                return Some(pick(pool, &s.indices));
            }
            let Some(i) = (0..r).rev().find(|&i| s.indices[i] != n - 1) else {
                s.done = true;
                return None;
            };
            let v = s.indices[i] + 1;
            for x in &mut s.indices[i..] {
                *x = v;
            }
            Some(pick(pool, &s.indices))
        }
        Tool::Product { pools, st } => {
            let mut s = st.lock();
            if s.done {
                return None;
            }
            if s.first {
                s.first = false;
                if pools.iter().any(|p| p.is_empty()) {
                    s.done = true;
                    return None;
                }
                s.indices = vec![0; pools.len()];
            } else {
                let mut i = pools.len();
                loop {
                    if i == 0 {
                        s.done = true;
                        return None;
                    }
                    i -= 1;
                    s.indices[i] += 1;
                    if s.indices[i] < pools[i].len() {
                        break;
                    }
                    s.indices[i] = 0;
                }
            }
            Some(pools.iter().zip(&s.indices).map(|(p, &i)| p[i]).collect())
        }
        Tool::Count(_) | Tool::Repeat(..) => None,
    }
}

fn tool_of(v: Value) -> Option<&'static Tool> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Itertool(t)) => Some(t),
        _ => None,
    }
}

fn self_tool(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'static Tool> {
    match args.pos.first().and_then(|&v| tool_of(v)) {
        Some(t) => Ok(t),
        None => Err(vm.type_error(format!("descriptor '{name}' needs an itertools object"))),
    }
}

fn t_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_tool(vm, &args, "__iter__")?;
    Ok(args.pos[0])
}

fn t_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tool = self_tool(vm, &args, "__next__")?;
    if let Tool::Count(st) = tool {
        let (n, step) = *st.lock();
        let next = if let (true, true) = (n.is_small_int(), step.is_small_int()) {
            vm.new_int(n.as_small_int() + step.as_small_int())
        } else {
            crate::interp::ops::binary_op(vm, BinaryOpKind::Add, false, n, step)?
        };
        // Another thread may have advanced it meanwhile: hand out what this
        // thread read only if it is still current.
        let mut g = st.lock();
        if g.0 == n {
            g.0 = next;
            return Ok(n);
        }
        drop(g);
        return t_next(vm, args);
    }
    if let Tool::Repeat(obj, left) = tool {
        let mut left = left.lock();
        return match *left {
            0 => {
                drop(left);
                Err(vm.new_error_empty("StopIteration"))
            }
            n => {
                if n > 0 {
                    *left = n - 1;
                }
                Ok(*obj)
            }
        };
    }
    match advance(tool) {
        Some(items) => Ok(vm.new_tuple(items)),
        None => Err(vm.new_error_empty("StopIteration")),
    }
}

fn t_count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Tool::Count(st)) = args.pos.first().and_then(|&v| tool_of(v)) else {
        return Err(vm.type_error("descriptor '__repr__' needs a count object"));
    };
    let (n, step) = *st.lock();
    let n = vm.repr_of(n)?;
    let s = if step.is_small_int() && step.as_small_int() == 1 {
        format!("count({n})")
    } else {
        let step = vm.repr_of(step)?;
        format!("count({n}, {step})")
    };
    Ok(vm.new_str(s))
}

fn t_repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Tool::Repeat(obj, left)) = args.pos.first().and_then(|&v| tool_of(v)) else {
        return Err(vm.type_error("descriptor '__repr__' needs a repeat object"));
    };
    let left = *left.lock();
    let r = vm.repr_of(*obj)?;
    let s = if left < 0 {
        format!("repeat({r})")
    } else {
        format!("repeat({r}, {left})")
    };
    Ok(vm.new_str(s))
}

fn t_repeat_length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Tool::Repeat(_, left)) = args.pos.first().and_then(|&v| tool_of(v)) else {
        return Err(vm.type_error("descriptor '__length_hint__' needs a repeat object"));
    };
    let left = *left.lock();
    if left < 0 {
        return Err(vm.type_error("len() of unsized object"));
    }
    Ok(vm.new_int(left))
}

fn class_of(vm: &mut Vm, module: Value, name: &str) -> Value {
    let dict = vm.module_dict(module);
    let key = vm.intern(name);
    vm.dict_get_str(dict, key).unwrap_or(Value::NONE)
}

fn tuple_items(vm: &mut Vm, v: Value) -> PyResult<Box<[Value]>> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => Ok(t.clone()),
        _ => Err(vm.type_error("expected a tuple")),
    }
}

fn usize_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match v.is_small_int().then(|| v.as_small_int()) {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => Err(vm.value_error("expected a non-negative int")),
    }
}

/// `_itertools.make(kind, pool_or_pools, r)`: a fresh iterator; the
/// arguments were checked by itertools.py (`pool` a tuple, `r >= 0`).
fn t_make(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "make", 3, 3)?;
    let kind = vm.as_str(args.pos[0]).unwrap_or("").to_string();
    let tool = match kind.as_str() {
        "permutations" => {
            let pool = tuple_items(vm, args.pos[1])?;
            let r = usize_arg(vm, args.pos[2])?;
            Tool::Permutations {
                pool,
                r,
                st: Mutex::new(PermState {
                    indices: Vec::new(),
                    cycles: Vec::new(),
                    first: true,
                    done: false,
                }),
            }
        }
        "combinations" => {
            let pool = tuple_items(vm, args.pos[1])?;
            let r = usize_arg(vm, args.pos[2])?;
            Tool::Combinations {
                pool,
                st: index_state(r),
            }
        }
        "combinations_with_replacement" => {
            let pool = tuple_items(vm, args.pos[1])?;
            let r = usize_arg(vm, args.pos[2])?;
            Tool::CombinationsWithReplacement {
                pool,
                st: index_state(r),
            }
        }
        "product" => {
            let pools = tuple_items(vm, args.pos[1])?;
            let mut out = Vec::with_capacity(pools.len());
            for &p in pools.iter() {
                out.push(tuple_items(vm, p)?);
            }
            Tool::Product {
                pools: out.into_boxed_slice(),
                st: index_state(0),
            }
        }
        "count" => Tool::Count(Mutex::new((args.pos[1], args.pos[2]))),
        "repeat" => {
            let times = args.pos[2];
            let left = if times.is_small_int() {
                times.as_small_int()
            } else {
                -1
            };
            Tool::Repeat(args.pos[1], Mutex::new(left))
        }
        _ => return Err(vm.value_error("unknown itertools kind")),
    };
    let module = args.bound;
    let class = class_of(vm, module, &kind);
    Ok(vm.alloc(class, ObjData::Itertool(Box::new(tool))))
}

/// Fills in the `_itertools` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let object = vm.types().object;
    let type_ = vm.types().type_;
    let itertools_name = vm.new_str("itertools");
    for name in [
        "permutations",
        "combinations",
        "combinations_with_replacement",
        "product",
        "count",
        "repeat",
    ] {
        let class = crate::interp::builtin_types::new_type(
            &vm.interp.heap,
            name,
            &[object],
            type_flags::HEAPTYPE,
        );
        class.obj().set_class(type_);
        crate::builtins::set_type_attr(&vm.interp, class, "__module__", itertools_name);
        crate::builtins::add_method(&vm.interp, class, "__iter__", t_iter);
        crate::builtins::add_method(&vm.interp, class, "__next__", t_next);
        if name == "count" {
            crate::builtins::add_method(&vm.interp, class, "__repr__", t_count_repr);
        }
        if name == "repeat" {
            crate::builtins::add_method(&vm.interp, class, "__repr__", t_repeat_repr);
            let hint = t_repeat_length_hint;
            crate::builtins::add_method(&vm.interp, class, "__length_hint__", hint);
        }
        add_value(vm, module, name, class);
    }
    super::add_function(vm, module, "make", t_make);
    Ok(())
}
