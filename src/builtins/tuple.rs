//! `tuple`: methods and operators, plus the pieces every builtin sequence
//! shares (lexicographic comparison, repeat counts, size checks).

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::ops::compare_i64;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::hashing::{hash_tuple_of, int_view, IntView};
use crate::object::{ObjData, Value};

use super::slice::{
    ctor_args, has_index, index_arg_not_none, index_value, is_slice, method_args, raw_slice,
    same_or_eq, search_window, slot_args,
};

/// The most items a builtin sequence may hold: past this (1 TiB of item
/// slots) a size is refused with MemoryError before anything is allocated.
pub const MAX_SEQ_LEN: usize = (1 << 40) / std::mem::size_of::<Value>();

pub fn is_tuple(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_)))
}

fn items_of(v: Value) -> &'static [Value] {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => t,
        _ => &[],
    }
}

// ----- shared sequence helpers ---------------------------------------------

/// An empty vector with room for `n` items, or MemoryError when `n` is
/// absurd or cannot be allocated (`[0] * 10**12`).
pub fn alloc_items(vm: &mut Vm, n: Option<usize>) -> PyResult<Vec<Value>> {
    let Some(n) = n.filter(|&n| n <= MAX_SEQ_LEN) else {
        return Err(vm.memory_error());
    };
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(v)
}

/// `items * n` as a vector (empty for `n <= 0`).
pub fn repeat_items(vm: &mut Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = items.len().checked_mul(n as usize);
    let mut out = alloc_items(vm, total)?;
    if items.len() == 1 {
        out.resize(n as usize, items[0]);
    } else {
        for _ in 0..n {
            out.extend_from_slice(items);
        }
    }
    Ok(out)
}

/// The count of a sequence repeat (`seq * n`): `None` when `n` is not an
/// int at all (the caller reports "can't multiply sequence by non-int"),
/// OverflowError past the machine range.
pub fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    let big = match int_view(n) {
        Some(IntView::Small(i)) => return Ok(Some(i)),
        Some(IntView::Big(_)) => true,
        None => false,
    };
    if !big && !has_index(vm, n) {
        return Ok(None);
    }
    let i = vm.to_index(n)?;
    match num_traits::ToPrimitive::to_i64(&i) {
        Some(i) => Ok(Some(i)),
        None => {
            let t = vm.type_name(n);
            Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")))
        }
    }
}

/// The TypeError of `seq * x` for a non-int `x`.
pub fn non_int_repeat(vm: &mut Vm, n: Value) -> crate::interp::PyErr {
    let t = vm.type_name(n);
    vm.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
}

/// Whether `v` is an instance of a Python class that defines the
/// reflected operator `name` (then a builtin sequence's operator defers to
/// it, as CPython tries the other operand's number slot first).
pub fn defers_to(vm: &mut Vm, v: Value, name: &str) -> bool {
    vm.is_heap_instance(v) && vm.lookup_dunder(v, name).is_some()
}

/// Lexicographic rich comparison of two sequences read item by item
/// (`item` gives `None` past the end; lengths are re-read, so a sequence
/// changed by a comparison is never read out of bounds). The first pair
/// of items that are not equal decides; `==` and `!=` answer at once when
/// the lengths differ.
pub fn seq_richcompare(
    vm: &mut Vm,
    kind: CompareKind,
    item_a: &dyn Fn(usize) -> Option<Value>,
    item_b: &dyn Fn(usize) -> Option<Value>,
    len_a: &dyn Fn() -> usize,
    len_b: &dyn Fn() -> usize,
) -> PyResult<Value> {
    if matches!(kind, CompareKind::Eq | CompareKind::Ne) && len_a() != len_b() {
        return Ok(Value::bool(kind == CompareKind::Ne));
    }
    let mut i = 0;
    while let (Some(x), Some(y)) = (item_a(i), item_b(i)) {
        if x != y && !vm.eq(x, y)? {
            return match kind {
                CompareKind::Eq => Ok(Value::FALSE),
                CompareKind::Ne => Ok(Value::TRUE),
                _ => vm.compare(x, y, kind),
            };
        }
        i += 1;
    }
    let (la, lb) = (len_a() as i64, len_b() as i64);
    Ok(Value::bool(compare_i64(la, lb, kind)))
}

// ----- operators -----------------------------------------------------------

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    match kind {
        BinaryOpKind::Add if is_tuple(lhs) => {
            if !is_tuple(rhs) {
                if defers_to(vm, rhs, "__radd__") {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                let t = vm.type_name(rhs);
                return Err(
                    vm.type_error(format!("can only concatenate tuple (not \"{t}\") to tuple"))
                );
            }
            concat(vm, lhs, rhs)
        }
        BinaryOpKind::Multiply => {
            let (seq, n) = if is_tuple(lhs) {
                (lhs, rhs)
            } else {
                (rhs, lhs)
            };
            if !is_tuple(seq) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            if seq == lhs && defers_to(vm, rhs, "__rmul__") {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            match repeat_count(vm, n)? {
                Some(n) => repeat(vm, seq, n),
                None => Err(non_int_repeat(vm, n)),
            }
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let (x, y) = (items_of(a), items_of(b));
    if y.is_empty() && !vm.is_heap_instance(a) {
        return Ok(a);
    }
    if x.is_empty() && !vm.is_heap_instance(b) {
        return Ok(b);
    }
    let mut out = alloc_items(vm, x.len().checked_add(y.len()))?;
    out.extend_from_slice(x);
    out.extend_from_slice(y);
    Ok(vm.new_tuple(out))
}

fn repeat(vm: &mut Vm, t: Value, n: i64) -> PyResult<Value> {
    let items = items_of(t);
    if n == 1 && !vm.is_heap_instance(t) {
        return Ok(t);
    }
    let out = repeat_items(vm, items, n)?;
    Ok(vm.new_tuple(out))
}

pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if !is_tuple(lhs) || !is_tuple(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = (items_of(lhs), items_of(rhs));
    seq_richcompare(
        vm,
        kind,
        &|i| a.get(i).copied(),
        &|i| b.get(i).copied(),
        &|| a.len(),
        &|| b.len(),
    )
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    for &v in items_of(container) {
        if same_or_eq(vm, v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `hash(t)`: CPython's tuple hash over the items' hashes (an unhashable
/// item raises with its own type's name).
pub fn tuple_hash(vm: &mut Vm, t: Value) -> PyResult<i64> {
    let items = items_of(t);
    let mut hashes = Vec::with_capacity(items.len());
    for &v in items {
        hashes.push(vm.hash(v)?);
    }
    Ok(hash_tuple_of(hashes.into_iter()))
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let items = items_of(container);
    let i = if key.is_small_int() {
        key.as_small_int()
    } else if is_slice(key) {
        let r = raw_slice(vm, key)?.adjust(items.len() as i64);
        if r.len == items.len() && r.step == 1 && !vm.is_heap_instance(container) {
            return Ok(container);
        }
        let out: Vec<Value> = r.indices().map(|i| items[i]).collect();
        return Ok(vm.new_tuple(out));
    } else {
        match index_value(vm, key)? {
            Some(i) => i,
            None => {
                let t = vm.type_name(key);
                return Err(
                    vm.type_error(format!("tuple indices must be integers or slices, not {t}"))
                );
            }
        }
    };
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Ok(items[j as usize])
    } else {
        Err(vm.index_error("tuple index out of range"))
    }
}

// ----- methods -------------------------------------------------------------

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let exact = cls == vm.types().tuple;
    let a = if exact {
        ctor_args(vm, &args, "tuple", 1)?
    } else {
        let rest = &args.pos[1..];
        if rest.len() > 1 {
            return Err(vm.type_error(format!(
                "tuple expected at most 1 argument, got {}",
                rest.len()
            )));
        }
        rest
    };
    let Some(&iterable) = a.first() else {
        return Ok(vm.alloc(cls, ObjData::Tuple(Box::new([]))));
    };
    if exact && is_tuple(iterable) && !vm.is_heap_instance(iterable) {
        return Ok(iterable);
    }
    let items = super::list::collect_hinted(vm, iterable)?;
    Ok(vm.alloc(cls, ObjData::Tuple(items.into_boxed_slice())))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "tuple", "count", 1, 1, is_tuple)?;
    let mut n = 0;
    for &v in items_of(args.pos[0]) {
        if same_or_eq(vm, v, a[0])? {
            n += 1;
        }
    }
    Ok(vm.new_int(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "tuple", "index", 1, 3, is_tuple)?;
    let items = items_of(args.pos[0]);
    let start = match a.get(1) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => i64::MAX,
    };
    let (lo, hi) = search_window(start, stop, items.len());
    for (i, &v) in items.iter().enumerate().take(hi).skip(lo) {
        if same_or_eq(vm, v, a[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "tuple", "__len__", 0, is_tuple)?;
    Ok(vm.new_int(items_of(args.pos[0]).len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "tuple", "__getitem__", 1, is_tuple)?;
    getitem(vm, args.pos[0], a[0])
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "tuple", "__contains__", 1, is_tuple)?;
    contains(vm, args.pos[0], a[0]).map(Value::bool)
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "tuple", "__iter__", 0, is_tuple)?;
    let it = super::iterators::IterObj::for_builtin(vm, args.pos[0])?;
    Ok(it.unwrap_or(Value::NONE))
}

fn tuple_hash_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "tuple", "__hash__", 0, is_tuple)?;
    let h = tuple_hash(vm, args.pos[0])?;
    Ok(vm.new_int(h))
}

fn tuple_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "tuple", "__add__", 1, is_tuple)?;
    let rhs = a[0];
    if !is_tuple(rhs) {
        let t = vm.type_name(rhs);
        return Err(vm.type_error(format!("can only concatenate tuple (not \"{t}\") to tuple")));
    }
    concat(vm, args.pos[0], rhs)
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "tuple", "__mul__", 1, is_tuple)?;
    let n = match repeat_count(vm, a[0])? {
        Some(n) => n,
        None => {
            // A slot called directly converts with `__index__`'s message.
            let t = vm.type_name(a[0]);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
    };
    repeat(vm, args.pos[0], n)
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "tuple", "__repr__", 0, is_tuple)?;
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn tuple_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "tuple", "__getnewargs__", 0, 0, is_tuple)?;
    let copy = vm.new_tuple(items_of(args.pos[0]).to_vec());
    Ok(vm.new_tuple(vec![copy]))
}

macro_rules! tuple_cmp_slot {
    ($name:ident, $dunder:literal, $kind:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = slot_args(vm, &args, "tuple", $dunder, 1, is_tuple)?;
            compare(vm, args.pos[0], a[0], CompareKind::$kind)
        }
    };
}

tuple_cmp_slot!(tuple_eq, "__eq__", Eq);
tuple_cmp_slot!(tuple_ne, "__ne__", Ne);
tuple_cmp_slot!(tuple_lt, "__lt__", Lt);
tuple_cmp_slot!(tuple_le, "__le__", Le);
tuple_cmp_slot!(tuple_gt, "__gt__", Gt);
tuple_cmp_slot!(tuple_ge, "__ge__", Ge);

pub fn init(interp: &InterpState) {
    let ty = interp.types.tuple;
    let methods: [(&'static str, crate::interp::NativeFn); 19] = [
        ("__new__", tuple_new),
        ("count", tuple_count),
        ("index", tuple_index),
        ("__len__", tuple_len),
        ("__getitem__", tuple_getitem),
        ("__contains__", tuple_contains),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash_method),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("__repr__", tuple_repr),
        ("__getnewargs__", tuple_getnewargs),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
    ];
    for (name, f) in methods {
        super::add_method(interp, ty, name, f);
    }
}
