//! Operators: binary and unary arithmetic, rich comparison, containment,
//! subscripts, unpacking and `with` entry.
//!
//! Dispatch follows CPython: for `a + b` try `a.__add__(b)`, then
//! `b.__radd__(a)` (first, if b's type is a proper subclass of a's), with
//! `NotImplemented` meaning "try the other one" and a TypeError when
//! neither applies. Builtin types answer through `builtin_binary` /
//! `builtin_compare`; classes defined in Python through their dunders.

use crate::builtins;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::object::{ObjData, Value};

use super::frame::Frame;
use super::{PyResult, Vm};

fn dunder_names(kind: BinaryOpKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        BinaryOpKind::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOpKind::And => ("__and__", "__rand__", "__iand__"),
        BinaryOpKind::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOpKind::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinaryOpKind::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinaryOpKind::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOpKind::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOpKind::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinaryOpKind::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// `lhs OP rhs` (or `lhs OP= rhs` when `inplace`).
pub fn binary_op(
    vm: &mut Vm,
    kind: BinaryOpKind,
    inplace: bool,
    lhs: Value,
    rhs: Value,
) -> PyResult<Value> {
    let (name, rname, iname) = dunder_names(kind);
    if inplace {
        if let Some(r) = vm.call_dunder(lhs, iname, &[rhs])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        // Builtin mutable sequences update in place.
        if let Some(r) = builtins::inplace_builtin(vm, kind, lhs, rhs)? {
            return Ok(r);
        }
    }
    let (l_heap, r_heap) = (vm.is_heap_instance(lhs), vm.is_heap_instance(rhs));
    if l_heap || r_heap {
        let lt = vm.type_of(lhs);
        let rt = vm.type_of(rhs);
        // CPython's order: the right operand's reflected method first when
        // its type is a proper subclass of the left's and provides its own
        // (a builtin left operand's slot counts as different from any
        // Python class's).
        let rhs_first = lt != rt
            && r_heap
            && vm.is_subclass(rt, lt)
            && (!l_heap || overrides_reflected(vm, lt, rt, rname));
        if rhs_first {
            let r = reflected_slot(vm, kind, lhs, rhs, rname, r_heap)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let r = if l_heap {
            vm.call_dunder(lhs, name, &[rhs])?
                .unwrap_or(Value::NOT_IMPLEMENTED)
        } else {
            builtin_slot(vm, kind, lhs, rhs, true)?
        };
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        if !rhs_first && lt != rt {
            let r = reflected_slot(vm, kind, lhs, rhs, rname, r_heap)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        if is_sequence_op(kind, lhs, rhs) {
            // CPython's sequence concat/repeat come after the number slots.
            let r = builtins::builtin_binary(vm, kind, lhs, rhs)?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        return Err(sequence_error(vm, kind, lhs, rhs)
            .unwrap_or_else(|| unsupported_operands(vm, kind, inplace, lhs, rhs)));
    } else {
        let r = builtins::builtin_binary(vm, kind, lhs, rhs)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    Err(unsupported_operands(vm, kind, inplace, lhs, rhs))
}

/// Where a number sits in the tower int < float < complex.
fn number_rank(v: Value) -> Option<u8> {
    if v.is_small_int() || v.is_bool() {
        return Some(0);
    }
    if v.is_float() {
        return Some(1);
    }
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Int(_)) => Some(0),
        Some(ObjData::Float(_)) => Some(1),
        Some(ObjData::Complex(..)) => Some(2),
        _ => None,
    }
}

/// The builtin slot of one operand's type (`lhs_side`: the left one's):
/// `NOT_IMPLEMENTED` when the other operand is a number higher in the
/// tower, whose own type decides (`1 + MyFloat()` asks MyFloat).
fn builtin_slot(
    vm: &mut Vm,
    kind: BinaryOpKind,
    lhs: Value,
    rhs: Value,
    lhs_side: bool,
) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (number_rank(lhs), number_rank(rhs)) {
        if (lhs_side && a < b) || (!lhs_side && b < a) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
    }
    if is_sequence_op(kind, lhs, rhs) {
        // Sequence concat/repeat run after both operands' number slots.
        return Ok(Value::NOT_IMPLEMENTED);
    }
    builtins::builtin_binary(vm, kind, lhs, rhs)
}

fn is_sequence(v: Value) -> bool {
    matches!(
        v.as_obj().map(|o| &o.data),
        Some(ObjData::Str(_))
            | Some(ObjData::List(_))
            | Some(ObjData::Tuple(_))
            | Some(ObjData::Bytes(_))
            | Some(ObjData::ByteArray(_))
    )
}

/// `seq + x`, `seq * n` or `n * seq` with a builtin sequence payload.
fn is_sequence_op(kind: BinaryOpKind, lhs: Value, rhs: Value) -> bool {
    match kind {
        BinaryOpKind::Add => is_sequence(lhs),
        BinaryOpKind::Multiply => is_sequence(lhs) || is_sequence(rhs),
        _ => false,
    }
}

/// The right operand's reflected slot.
fn reflected_slot(
    vm: &mut Vm,
    kind: BinaryOpKind,
    lhs: Value,
    rhs: Value,
    rname: &str,
    r_heap: bool,
) -> PyResult<Value> {
    if r_heap {
        Ok(vm
            .call_dunder(rhs, rname, &[lhs])?
            .unwrap_or(Value::NOT_IMPLEMENTED))
    } else {
        builtin_slot(vm, kind, lhs, rhs, false)
    }
}

/// Whether class `rt` resolves the reflected method `rname` differently
/// from class `lt` (CPython's `method_is_overloaded`).
fn overrides_reflected(vm: &mut Vm, lt: Value, rt: Value, rname: &str) -> bool {
    let key = vm.intern(rname);
    let hash = vm.str_hash(key);
    let r = vm.type_obj(rt).lookup(key, hash);
    r.is_some() && r != vm.type_obj(lt).lookup(key, hash)
}

/// The error of a sequence's concatenation or repetition when no operand
/// took the operation (`"a" + obj`, `[1] * 1.5`).
#[cold]
fn sequence_error(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> Option<super::PyErr> {
    let seq_name = |v: Value| match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(_)) => Some("str"),
        Some(ObjData::List(_)) => Some("list"),
        Some(ObjData::Tuple(_)) => Some("tuple"),
        Some(ObjData::Bytes(_)) => Some("bytes"),
        Some(ObjData::ByteArray(_)) => Some("bytearray"),
        _ => None,
    };
    match kind {
        BinaryOpKind::Add => {
            let s = seq_name(lhs)?;
            let t = vm.type_name(rhs);
            if s == "bytes" || s == "bytearray" {
                return Some(vm.type_error(format!("can't concat {t} to {s}")));
            }
            Some(vm.type_error(format!("can only concatenate {s} (not \"{t}\") to {s}")))
        }
        BinaryOpKind::Multiply => {
            let other = if seq_name(lhs).is_some() {
                rhs
            } else {
                seq_name(rhs)?;
                lhs
            };
            if number_rank(other) == Some(0) || vm.lookup_dunder(other, "__index__").is_some() {
                return None;
            }
            let t = vm.type_name(other);
            Some(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")))
        }
        _ => None,
    }
}

#[cold]
fn unsupported_operands(
    vm: &mut Vm,
    kind: BinaryOpKind,
    inplace: bool,
    lhs: Value,
    rhs: Value,
) -> super::PyErr {
    let (a, b) = (vm.type_name(lhs), vm.type_name(rhs));
    let sym = kind.symbol();
    if kind == BinaryOpKind::Power && !inplace {
        return vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{a}' and '{b}'"
        ));
    }
    let eq = if inplace { "=" } else { "" };
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}{eq}: '{a}' and '{b}'"
    ))
}

pub fn unary_negative(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = vm.call_dunder(v, "__neg__", &[])? {
        return Ok(r);
    }
    builtins::unary_builtin(vm, v, "-")
}

pub fn unary_positive(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = vm.call_dunder(v, "__pos__", &[])? {
        return Ok(r);
    }
    builtins::unary_builtin(vm, v, "+")
}

pub fn unary_invert(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(r) = vm.call_dunder(v, "__invert__", &[])? {
        return Ok(r);
    }
    builtins::unary_builtin(vm, v, "~")
}

#[inline]
pub fn compare_i64(a: i64, b: i64, kind: CompareKind) -> bool {
    match kind {
        CompareKind::Lt => a < b,
        CompareKind::Le => a <= b,
        CompareKind::Eq => a == b,
        CompareKind::Ne => a != b,
        CompareKind::Gt => a > b,
        CompareKind::Ge => a >= b,
    }
}

fn compare_dunder(kind: CompareKind) -> &'static str {
    match kind {
        CompareKind::Lt => "__lt__",
        CompareKind::Le => "__le__",
        CompareKind::Eq => "__eq__",
        CompareKind::Ne => "__ne__",
        CompareKind::Gt => "__gt__",
        CompareKind::Ge => "__ge__",
    }
}

impl Vm {
    /// Rich comparison `lhs OP rhs` (the result need not be a bool).
    pub fn compare(&mut self, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
        let (l_heap, r_heap) = (self.is_heap_instance(lhs), self.is_heap_instance(rhs));
        if l_heap || r_heap {
            let (lt, rt) = (self.type_of(lhs), self.type_of(rhs));
            let reflected = kind.reflected();
            let rhs_first = lt != rt && r_heap && self.is_subclass(rt, lt);
            if rhs_first {
                if let Some(r) = self.call_dunder(rhs, compare_dunder(reflected), &[lhs])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
            if l_heap {
                if let Some(r) = self.call_dunder(lhs, compare_dunder(kind), &[rhs])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            } else if number_rank(rhs).is_none_or(|r| number_rank(lhs) >= Some(r)) {
                // A builtin left operand's own comparison (a number lower
                // in the tower leaves it to the right operand's type).
                let r = builtins::builtin_compare(self, lhs, rhs, kind)?;
                if r != Value::NOT_IMPLEMENTED {
                    return Ok(r);
                }
            }
            if !rhs_first {
                if let Some(r) = self.call_dunder(rhs, compare_dunder(reflected), &[lhs])? {
                    if r != Value::NOT_IMPLEMENTED {
                        return Ok(r);
                    }
                }
            }
            // No `__eq__` fallback for `!=` here: `object.__ne__` (found on
            // every class) already inverts `__eq__`.
        }
        let r = builtins::builtin_compare(self, lhs, rhs, kind)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        match kind {
            CompareKind::Eq => Ok(Value::bool(lhs == rhs)),
            CompareKind::Ne => Ok(Value::bool(lhs != rhs)),
            _ => {
                let (a, b) = (self.type_name(lhs), self.type_name(rhs));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{a}' and '{b}'",
                    kind.symbol()
                )))
            }
        }
    }

    /// `lhs OP rhs` as a bool (for sorting, min/max, list comparison).
    pub fn compare_bool(&mut self, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<bool> {
        if lhs.is_small_int() && rhs.is_small_int() {
            return Ok(compare_i64(lhs.as_small_int(), rhs.as_small_int(), kind));
        }
        let r = self.compare(lhs, rhs, kind)?;
        self.truthy(r)
    }
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if vm.is_heap_instance(container) {
        if vm.lookup_dunder(container, "__contains__") == Some(Value::NONE) {
            let t = vm.type_name(container);
            return Err(vm.type_error(format!("'{t}' object is not a container")));
        }
        if let Some(r) = vm.call_dunder(container, "__contains__", &[item])? {
            return vm.truthy(r);
        }
    }
    if let Some(r) = builtins::contains_builtin(vm, container, item)? {
        return Ok(r);
    }
    // Fall back to iteration (iterators, generators, __iter__ classes).
    let it = match vm.iter(container) {
        Ok(it) => it,
        Err(_) => {
            let t = vm.type_name(container);
            return Err(vm.type_error(format!("argument of type '{t}' is not iterable")));
        }
    };
    while let Some(v) = vm.next(it)? {
        if v == item || vm.eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `container[key]`.
pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    if let Some(r) = vm
        .native_ext(container)
        .and_then(|e| e.ext_getitem(vm, key))
    {
        return r;
    }
    if vm.is_heap_instance(container) {
        if let Some(r) = vm.call_dunder(container, "__getitem__", &[key])? {
            return Ok(r);
        }
    }
    builtins::getitem_builtin(vm, container, key)
}

/// `container[key] = value`.
pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    if vm.is_heap_instance(container) {
        if vm
            .call_dunder(container, "__setitem__", &[key, value])?
            .is_some()
        {
            return Ok(());
        }
        if vm.lookup_dunder(container, "__delitem__").is_some() {
            // CPython's shared slot looks the missing half up and fails.
            return Err(vm.attribute_error("__setitem__"));
        }
    }
    builtins::setitem_builtin(vm, container, key, value)
}

/// `del container[key]`.
pub fn delitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    if vm.is_heap_instance(container) {
        if vm.call_dunder(container, "__delitem__", &[key])?.is_some() {
            return Ok(());
        }
        if vm.lookup_dunder(container, "__setitem__").is_some() {
            return Err(vm.attribute_error("__delitem__"));
        }
    }
    builtins::delitem_builtin(vm, container, key)
}

fn unpack_items(vm: &mut Vm, seq: Value) -> PyResult<Vec<Value>> {
    match seq.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) if !vm.is_heap_instance(seq) => Ok(t.to_vec()),
        Some(ObjData::List(l)) if !vm.is_heap_instance(seq) => Ok(l.read().clone()),
        _ => {
            let it = match vm.iter(seq) {
                Ok(it) => it,
                Err(e) if vm.err_is(&e, "TypeError") && !vm.is_heap_instance(seq) => {
                    let t = vm.type_name(seq);
                    return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
                }
                Err(e) => {
                    if vm.is_heap_instance(seq)
                        && vm.lookup_dunder(seq, "__iter__").is_none()
                        && vm.lookup_dunder(seq, "__getitem__").is_none()
                    {
                        let t = vm.type_name(seq);
                        return Err(vm.type_error(format!("cannot unpack non-iterable {t} object")));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            while let Some(v) = vm.next(it)? {
                out.push(v);
            }
            Ok(out)
        }
    }
}

/// `a, b, c = seq`: pushes the items with the first on top.
pub fn unpack_sequence(vm: &mut Vm, frame: &mut Frame, seq: Value, n: usize) -> PyResult<()> {
    if let Some(ObjData::Tuple(t)) = seq.as_obj().map(|o| &o.data) {
        if t.len() == n {
            frame.slots.extend(t.iter().rev());
            return Ok(());
        }
    }
    let items = unpack_items(vm, seq)?;
    if items.len() < n {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    frame.slots.extend(items.iter().rev());
    Ok(())
}

/// `a, *b, c = seq`.
pub fn unpack_ex(
    vm: &mut Vm,
    frame: &mut Frame,
    seq: Value,
    before: usize,
    after: usize,
) -> PyResult<()> {
    let items = unpack_items(vm, seq)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let star_end = items.len() - after;
    frame.slots.extend(items[star_end..].iter().rev());
    let middle = vm.new_list(items[before..star_end].to_vec());
    frame.push(middle);
    frame.slots.extend(items[..before].iter().rev());
    Ok(())
}

/// `with mgr`: returns (bound `__exit__`, result of `__enter__()`). Both
/// are special methods, looked up on the type as CPython does.
pub fn before_with(vm: &mut Vm, mgr: Value) -> PyResult<(Value, Value)> {
    let ty = vm.type_obj(vm.type_of(mgr));
    let enter_name = vm.interp.names.dunder_enter;
    let exit_name = vm.interp.names.dunder_exit;
    let enter = ty.lookup(enter_name, vm.str_hash(enter_name));
    let exit = ty.lookup(exit_name, vm.str_hash(exit_name));
    let (enter, exit) = match (enter, exit) {
        (Some(enter), Some(exit)) => (enter, exit),
        (enter, _) => {
            let t = vm.type_name(mgr);
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(vm.type_error(format!(
                "'{t}' object does not support the context manager protocol{missed}"
            )));
        }
    };
    let enter = crate::builtins::attrs::bind(vm, enter, mgr)?;
    let exit = crate::builtins::attrs::bind(vm, exit, mgr)?;
    let entered = vm.call(enter, &[])?;
    Ok((exit, entered))
}
