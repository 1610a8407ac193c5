//! `bytes`: methods and operators. (Stub: being filled in.)

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::Value;

pub fn binary(_vm: &mut Vm, _kind: BinaryOpKind, _lhs: Value, _rhs: Value) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn compare(_vm: &mut Vm, _lhs: Value, _rhs: Value, _kind: CompareKind) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn contains(_vm: &mut Vm, _container: Value, _item: Value) -> PyResult<bool> {
    Ok(false)
}

pub fn getitem(vm: &mut Vm, _container: Value, _key: Value) -> PyResult<Value> {
    Err(vm.type_error("bytes indexing is not implemented yet"))
}

pub fn setitem(vm: &mut Vm, _container: Value, _key: Value, _value: Value) -> PyResult<()> {
    Err(vm.type_error("bytearray item assignment is not implemented yet"))
}

pub fn delitem(vm: &mut Vm, _container: Value, _key: Value) -> PyResult<()> {
    Err(vm.type_error("bytearray item deletion is not implemented yet"))
}

pub fn init(_interp: &InterpState) {}
