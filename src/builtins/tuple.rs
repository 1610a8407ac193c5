//! `tuple`: methods and operators. (Stub: being filled in.)

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

pub fn binary(_vm: &mut Vm, _kind: BinaryOpKind, _lhs: Value, _rhs: Value) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn compare(_vm: &mut Vm, _lhs: Value, _rhs: Value, _kind: CompareKind) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    for &v in vm.tuple_items(container) {
        if v == item || vm.eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let ObjData::Tuple(items) = &container.obj().data else {
        unreachable!()
    };
    let i = vm.to_i64(key)?;
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match items.get(j as usize) {
        Some(&v) if j >= 0 => Ok(v),
        _ => Err(vm.index_error("tuple index out of range")),
    }
}

pub fn init(_interp: &InterpState) {}
