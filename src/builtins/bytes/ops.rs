//! The operator hooks of `bytes` and `bytearray`: `+`, `*`, `%`, rich
//! comparison, `in` and subscripts, plus the dunder methods that expose
//! them.

use crate::builtins::slice::{index_value, is_slice, raw_slice};
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, PyResult, Vm};
use crate::object::hashing::{self, int_view, IntView};
use crate::object::{ObjData, Value};

use super::{buffer_arg, is_bytearray, new_like, view};

/// `lhs OP rhs` where one side is a bytes or bytearray.
pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    match kind {
        BinaryOpKind::Add => {
            let Some(a) = view(lhs) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let Some(b) = view(rhs) else {
                let (rt, lt) = (vm.type_name(rhs), vm.type_name(lhs));
                return Err(vm.type_error(format!("can't concat {rt} to {lt}")));
            };
            let mut out = super::alloc_vec(vm, a.len().saturating_add(b.len()))?;
            out.extend_from_slice(&a);
            out.extend_from_slice(&b);
            Ok(new_like(vm, is_bytearray(lhs), out))
        }
        BinaryOpKind::Multiply => {
            if view(lhs).is_none() && is_other_sequence(lhs) {
                // `"ab" * b"x"`: the left sequence's repeat sees a bad count.
                let t = vm.type_name(rhs);
                return Err(
                    vm.type_error(format!("can't multiply sequence by non-int of type '{t}'"))
                );
            }
            let (seq, count) = if view(lhs).is_some() {
                (lhs, rhs)
            } else {
                (rhs, lhs)
            };
            let Some(data) = view(seq) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let n = repeat_count(vm, count)?;
            let out = repeat(vm, &data, n, is_bytearray(seq))?;
            Ok(new_like(vm, is_bytearray(seq), out))
        }
        BinaryOpKind::Remainder => {
            let Some(fmt) = view(lhs) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            let out = super::format::percent_format(vm, &fmt, rhs)?;
            Ok(new_like(vm, is_bytearray(lhs), out))
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn is_other_sequence(v: Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.data),
        Some(ObjData::Str(_) | ObjData::List(_) | ObjData::Tuple(_))
    )
}

/// The count of `seq * count`: an index-sized int, else CPython's errors.
pub(crate) fn repeat_count(vm: &mut Vm, count: Value) -> PyResult<i64> {
    if count.is_small_int() {
        return Ok(count.as_small_int());
    }
    if count.is_float() || !crate::builtins::slice::has_index(vm, count) {
        let t = vm.type_name(count);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    }
    let n = vm.to_index(count)?;
    match i64::try_from(n) {
        Ok(i) => Ok(i),
        Err(_) => {
            let t = vm.type_name(count);
            Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")))
        }
    }
}

/// `data * n` (empty for `n <= 0`).
pub(crate) fn repeat(vm: &mut Vm, data: &[u8], n: i64, bytearray: bool) -> PyResult<Vec<u8>> {
    if n <= 0 || data.is_empty() {
        return Ok(Vec::new());
    }
    let total = (data.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(if bytearray {
            vm.memory_error()
        } else {
            vm.overflow_error("repeated bytes are too long")
        });
    }
    let mut out = super::alloc_vec(vm, total as usize)?;
    if data.len() == 1 {
        out.resize(total as usize, data[0]);
    } else {
        for _ in 0..n {
            out.extend_from_slice(data);
        }
    }
    Ok(out)
}

/// Rich comparison: `lhs` is a bytes or bytearray.
pub fn compare(_vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (Some(a), Some(b)) = (view(lhs), view(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let ord = a[..].cmp(&b[..]);
    Ok(Value::bool(match kind {
        CompareKind::Lt => ord.is_lt(),
        CompareKind::Le => ord.is_le(),
        CompareKind::Eq => ord.is_eq(),
        CompareKind::Ne => ord.is_ne(),
        CompareKind::Gt => ord.is_gt(),
        CompareKind::Ge => ord.is_ge(),
    }))
}

/// A byte value given as an int: `Ok(None)` when `v` is not an int at all,
/// ValueError outside `range(0, 256)`.
pub(crate) fn byte_value(vm: &mut Vm, v: Value) -> PyResult<Option<u8>> {
    let n = match int_view(v) {
        Some(IntView::Small(n)) => Some(n),
        Some(IntView::Big(_)) => None,
        None => {
            if !crate::builtins::slice::has_index(vm, v) {
                return Ok(None);
            }
            let big = vm.to_index(v)?;
            i64::try_from(big).ok()
        }
    };
    match n {
        Some(n) if (0..256).contains(&n) => Ok(Some(n as u8)),
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(b) = byte_value(vm, item)? {
        return Ok(match &container.obj().data {
            ObjData::Bytes(d) => d.contains(&b),
            ObjData::ByteArray(d) => d.read().contains(&b),
            _ => false,
        });
    }
    let needle = buffer_arg(vm, item)?;
    let hay = view(container).unwrap_or_default();
    Ok(super::methods::find_in(&hay, &needle, 0).is_some())
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let bytearray = is_bytearray(container);
    if let Some(i) = index_value(vm, key)? {
        let item = match &container.obj().data {
            ObjData::Bytes(d) => item_at(d, i),
            ObjData::ByteArray(d) => item_at(&d.read(), i),
            _ => None,
        };
        return match item {
            Some(b) => Ok(Value::small_int_unchecked(b as i64)),
            None if bytearray => Err(vm.index_error("bytearray index out of range")),
            None => Err(vm.index_error("index out of range")),
        };
    }
    if is_slice(key) {
        let raw = raw_slice(vm, key)?;
        let pick = |d: &[u8]| -> Vec<u8> {
            let r = raw.adjust(d.len() as i64);
            if r.step == 1 {
                d[r.start as usize..r.start as usize + r.len].to_vec()
            } else {
                r.indices().map(|i| d[i]).collect()
            }
        };
        let out = match &container.obj().data {
            ObjData::Bytes(d) => {
                let r = raw.adjust(d.len() as i64);
                if r.step == 1 && r.len == d.len() && !vm.is_heap_instance(container) {
                    return Ok(container);
                }
                pick(d)
            }
            ObjData::ByteArray(d) => pick(&d.read()),
            _ => Vec::new(),
        };
        return Ok(new_like(vm, bytearray, out));
    }
    let t = vm.type_name(key);
    let what = if bytearray { "bytearray" } else { "byte" };
    Err(vm.type_error(format!(
        "{what} indices must be integers or slices, not {t}"
    )))
}

fn item_at(d: &[u8], i: i64) -> Option<u8> {
    let j = if i < 0 { i + d.len() as i64 } else { i };
    if j < 0 {
        return None;
    }
    d.get(j as usize).copied()
}

// ----- dunder methods ---------------------------------------------------------

/// The receiver of a slot wrapper (`b.__len__()`, `bytes.__add__(x, y)`),
/// checked with CPython's wrapper messages.
pub(super) fn slot_self(vm: &mut Vm, args: &Args, name: &str, nargs: usize) -> PyResult<Value> {
    let tname = super::owner_name(vm, args);
    let Some(&v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{tname}' object needs an argument"
        )));
    };
    let ok = if tname == "bytearray" {
        is_bytearray(v)
    } else {
        super::is_bytes(v)
    };
    if !ok {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{tname}' object but received a '{t}'"
        )));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let got = args.pos.len() - 1;
    if got != nargs {
        let s = if nargs == 1 { "" } else { "s" };
        // The wrappers that unpack with an empty name print a leading space.
        let lead = if matches!(name, "__mul__" | "__rmul__" | "__imul__" | "__setitem__") {
            " "
        } else {
            ""
        };
        return Err(vm.type_error(format!("{lead}expected {nargs} argument{s}, got {got}")));
    }
    Ok(v)
}

fn dunder_self(vm: &mut Vm, args: &Args, name: &str, nargs: usize) -> PyResult<Value> {
    slot_self(vm, args, name, nargs)
}

fn d_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__len__", 0)?;
    let n = vm.len(v)?;
    Ok(vm.new_int(n as i64))
}

fn d_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__getitem__", 1)?;
    getitem(vm, v, args.pos[1])
}

fn d_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__contains__", 1)?;
    contains(vm, v, args.pos[1]).map(Value::bool)
}

fn d_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__iter__", 0)?;
    match crate::builtins::iterators::IterObj::for_builtin(vm, v)? {
        Some(it) => Ok(it),
        None => Err(vm.type_error("object is not iterable")),
    }
}

fn d_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__repr__", 0)?;
    let s = crate::builtins::repr::repr_builtin(vm, v)?;
    Ok(vm.new_str(s))
}

fn d_binary(vm: &mut Vm, args: &Args, name: &str, kind: BinaryOpKind) -> PyResult<Value> {
    let v = dunder_self(vm, args, name, 1)?;
    binary(vm, kind, v, args.pos[1])
}

fn d_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_binary(vm, &args, "__add__", BinaryOpKind::Add)
}

/// The count of a `__mul__` / `__rmul__` / `__imul__` wrapper call: any
/// index (no "can't multiply sequence" message at this level).
pub(super) fn wrapper_count(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    if v.is_float() || !crate::builtins::slice::has_index(vm, v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    repeat_count(vm, v)
}

fn d_repeat(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let v = dunder_self(vm, args, name, 1)?;
    let n = wrapper_count(vm, args.pos[1])?;
    let data = view(v).unwrap_or_default();
    let out = repeat(vm, &data, n, is_bytearray(v))?;
    Ok(new_like(vm, is_bytearray(v), out))
}

fn d_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_repeat(vm, &args, "__mul__")
}

fn d_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_repeat(vm, &args, "__rmul__")
}

fn d_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_binary(vm, &args, "__mod__", BinaryOpKind::Remainder)
}

/// `x.__rmod__(fmt)`: `fmt % x` when `fmt` has the receiver's type.
fn d_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = dunder_self(vm, &args, "__rmod__", 1)?;
    let fmt = args.pos[1];
    let same = if is_bytearray(v) {
        is_bytearray(fmt)
    } else {
        super::is_bytes(fmt)
    };
    if !same {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    binary(vm, BinaryOpKind::Remainder, fmt, v)
}

fn d_compare(vm: &mut Vm, args: &Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let v = dunder_self(vm, args, name, 1)?;
    // bytes compares only with bytes; bytearray with any bytes-like.
    if !is_bytearray(v) && !super::is_bytes(args.pos[1]) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    compare(vm, v, args.pos[1], kind)
}

fn d_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__eq__", CompareKind::Eq)
}

fn d_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__ne__", CompareKind::Ne)
}

fn d_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__lt__", CompareKind::Lt)
}

fn d_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__le__", CompareKind::Le)
}

fn d_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__gt__", CompareKind::Gt)
}

fn d_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    d_compare(vm, &args, "__ge__", CompareKind::Ge)
}

/// `bytes.__hash__`.
pub(super) fn dunder_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = slot_self(vm, &args, "__hash__", 0)?;
    let h = hashing::hash_bytes(&view(v).unwrap_or_default());
    Ok(vm.new_int(h))
}

/// `bytes.__bytes__`: a plain `bytes` with the same contents.
pub(super) fn dunder_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, _) = super::recv(vm, &args, "__bytes__", 0, 0)?;
    if !vm.is_heap_instance(r.value) {
        return Ok(r.value);
    }
    Ok(vm.new_bytes(r.data.into_owned()))
}

pub(super) static DUNDERS: &[(&str, crate::interp::NativeFn)] = &[
    ("__len__", d_len),
    ("__getitem__", d_getitem),
    ("__contains__", d_contains),
    ("__iter__", d_iter),
    ("__repr__", d_repr),
    ("__add__", d_add),
    ("__mul__", d_mul),
    ("__rmul__", d_rmul),
    ("__mod__", d_mod),
    ("__rmod__", d_rmod),
    ("__eq__", d_eq),
    ("__ne__", d_ne),
    ("__lt__", d_lt),
    ("__le__", d_le),
    ("__gt__", d_gt),
    ("__ge__", d_ge),
];
