//! `dict`: methods, views and operators. (Stub: being filled in.)

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
    Ok(vm.dict_get(container, item)?.is_some())
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    match vm.dict_get(container, key)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(key)),
    }
}

pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    vm.dict_set(container, key, value)
}

pub fn delitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    let hash = vm.hash(key)?;
    let ObjData::Dict(d) = &container.obj().data else {
        unreachable!()
    };
    match d.remove(key, hash) {
        Some(_) => Ok(()),
        None => Err(vm.key_error(key)),
    }
}

/// `{**mapping}` (callee NULL/absent) and `f(**mapping)` (callee given:
/// duplicate keys are a TypeError naming the function).
pub fn dict_update_from(
    vm: &mut Vm,
    dict: Value,
    mapping: Value,
    callee: Option<Value>,
) -> PyResult<()> {
    let ObjData::Dict(src) = &mapping.obj().data else {
        let t = vm.type_name(mapping);
        return Err(vm.type_error(format!("'{t}' object is not a mapping")));
    };
    for e in src.entries() {
        if callee.is_some() && vm.dict_get(dict, e.key)?.is_some() {
            let k = vm.str_of(e.key)?;
            return Err(vm.type_error(format!("got multiple values for keyword argument '{k}'")));
        }
        vm.dict_set(dict, e.key, e.value)?;
    }
    Ok(())
}

pub fn init(_interp: &InterpState) {}
