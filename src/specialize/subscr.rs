//! The BinarySubscr and StoreSubscr families: exact lists and tuples
//! indexed by small ints, exact dicts. No payload: the guards are the
//! operands' types. List and dict variants take the container's own lock,
//! as every builtin operation on a shared container does.

use crate::bytecode::Opcode;
use crate::interp::Vm;
use crate::object::{ObjData, Value};

fn exact(vm: &Vm, v: Value, ty: Value) -> bool {
    vm.type_of(v) == ty
}

/// The BinarySubscr variant for these operands, if one applies.
pub fn specialize_load(vm: &Vm, container: Value, key: Value) -> Option<Opcode> {
    let t = vm.types();
    match container.obj_data()? {
        ObjData::List(_) if key.is_small_int() && exact(vm, container, t.list) => {
            Some(Opcode::BinarySubscrListInt)
        }
        ObjData::Tuple(_) if key.is_small_int() && exact(vm, container, t.tuple) => {
            Some(Opcode::BinarySubscrTupleInt)
        }
        ObjData::Dict(_) if exact(vm, container, t.dict) => Some(Opcode::BinarySubscrDict),
        _ => None,
    }
}

fn fit(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// BinarySubscrListInt and BinarySubscrTupleInt: the item, or `None` (a
/// miss, or an index out of range, which the generic path reports).
#[inline]
pub fn load_seq(vm: &Vm, op: Opcode, container: Value, key: Value) -> Option<Value> {
    if !key.is_small_int() {
        return None;
    }
    let i = key.as_small_int();
    match (op, container.obj_data()?) {
        (Opcode::BinarySubscrListInt, ObjData::List(l))
            if exact(vm, container, vm.types().list) =>
        {
            let items = l.read();
            fit(i, items.len()).map(|j| items[j])
        }
        (Opcode::BinarySubscrTupleInt, ObjData::Tuple(items))
            if exact(vm, container, vm.types().tuple) =>
        {
            fit(i, items.len()).map(|j| items[j])
        }
        _ => None,
    }
}

/// Whether `container` is an exact dict (the BinarySubscrDict and
/// StoreSubscrDict guard).
#[inline]
pub fn is_exact_dict(vm: &Vm, container: Value) -> bool {
    matches!(container.obj_data(), Some(ObjData::Dict(_))) && exact(vm, container, vm.types().dict)
}

/// The StoreSubscr variant for these operands, if one applies.
pub fn specialize_store(vm: &Vm, container: Value, key: Value) -> Option<Opcode> {
    match container.obj_data()? {
        ObjData::List(_) if key.is_small_int() && exact(vm, container, vm.types().list) => {
            Some(Opcode::StoreSubscrListInt)
        }
        ObjData::Dict(_) if exact(vm, container, vm.types().dict) => Some(Opcode::StoreSubscrDict),
        _ => None,
    }
}

/// StoreSubscrListInt: true if stored (false: a miss or an index out of
/// range, left to the generic path).
#[inline]
pub fn store_list(vm: &Vm, container: Value, key: Value, value: Value) -> bool {
    if !key.is_small_int() || !exact(vm, container, vm.types().list) {
        return false;
    }
    let Some(ObjData::List(l)) = container.obj_data() else {
        return false;
    };
    let mut items = l.write();
    match fit(key.as_small_int(), items.len()) {
        Some(j) => {
            items[j] = value;
            true
        }
        None => false,
    }
}
