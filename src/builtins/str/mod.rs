//! `str`: methods and operators. (Stub: being filled in.)

pub mod codecs;
pub mod tables;
pub mod unicode;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    if let (Some(a), Some(b)) = (vm.as_str(lhs), vm.as_str(rhs)) {
        if kind == BinaryOpKind::Add {
            let s = format!("{a}{b}");
            return Ok(vm.new_str(s));
        }
    }
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (Some(a), Some(b)) = (vm.as_str(lhs), vm.as_str(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(match kind {
        CompareKind::Lt => a < b,
        CompareKind::Le => a <= b,
        CompareKind::Eq => a == b,
        CompareKind::Ne => a != b,
        CompareKind::Gt => a > b,
        CompareKind::Ge => a >= b,
    }))
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    match (vm.as_str(container), vm.as_str(item)) {
        (Some(a), Some(b)) => Ok(a.contains(b)),
        _ => {
            let t = vm.type_name(item);
            Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {t}"
            )))
        }
    }
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let ObjData::Str(s) = &container.obj().data else {
        unreachable!()
    };
    let i = vm.to_i64(key)?;
    let n = s.char_len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("string index out of range"));
    }
    let c = s.char_at(j as usize);
    Ok(vm.new_str(c.to_string()))
}

pub fn init(_interp: &InterpState) {}
