//! `list`: methods and operators. (Stub: being filled in.)

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
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
    let ObjData::List(l) = &container.obj().data else {
        unreachable!()
    };
    let items = l.read().clone();
    for v in items {
        if v == item || vm.eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let ObjData::List(l) = &container.obj().data else {
        unreachable!()
    };
    let i = vm.to_i64(key)?;
    let items = l.read();
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    match items.get(j as usize) {
        Some(&v) if j >= 0 => Ok(v),
        _ => {
            drop(items);
            Err(vm.index_error("list index out of range"))
        }
    }
}

pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    let ObjData::List(l) = &container.obj().data else {
        unreachable!()
    };
    let i = vm.to_i64(key)?;
    let mut items = l.write();
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        drop(items);
        return Err(vm.index_error("list assignment index out of range"));
    }
    items[j as usize] = value;
    Ok(())
}

pub fn delitem(vm: &mut Vm, _container: Value, _key: Value) -> PyResult<()> {
    Err(vm.type_error("list deletion is not implemented yet"))
}

pub fn init(_interp: &InterpState) {}
