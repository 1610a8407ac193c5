//! `set` and `frozenset`: methods and operators. (Stub: being filled in.)

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::set::SetTable;
use crate::object::{ObjData, Value};

pub fn binary(_vm: &mut Vm, _kind: BinaryOpKind, _lhs: Value, _rhs: Value) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn inplace(
    _vm: &mut Vm,
    _kind: BinaryOpKind,
    _lhs: Value,
    _rhs: Value,
) -> PyResult<Option<Value>> {
    Ok(None)
}

pub fn compare(_vm: &mut Vm, _lhs: Value, _rhs: Value, _kind: CompareKind) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let hash = vm.hash(item)?;
    match &container.obj().data {
        ObjData::Set(s) | ObjData::FrozenSet(s) => Ok(s.contains(item, hash)),
        _ => Ok(false),
    }
}

/// A new set (or frozenset) of `items`.
pub fn set_from_values(vm: &mut Vm, items: &[Value], frozen: bool) -> PyResult<Value> {
    let mut table = SetTable::default();
    for &v in items {
        let h = vm.hash(v)?;
        table.add(v, h);
    }
    Ok(vm.new_set(frozen, table))
}

/// `set.add(v)`.
pub fn set_add(vm: &mut Vm, set: Value, v: Value) -> PyResult<()> {
    let h = vm.hash(v)?;
    if let ObjData::Set(s) = &set.obj().data {
        s.table.write().add(v, h);
    }
    Ok(())
}

pub fn init(_interp: &InterpState) {}
