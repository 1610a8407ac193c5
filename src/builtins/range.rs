//! `range` and `slice`. (Stub: being filled in.)

use crate::bytecode::CompareKind;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, RangeObj, Value};

pub fn compare(_vm: &mut Vm, _lhs: Value, _rhs: Value, _kind: CompareKind) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let ObjData::Range(r) = &container.obj().data else {
        unreachable!()
    };
    if !item.is_small_int() {
        return Ok(false);
    }
    let _ = vm;
    let i = item.as_small_int();
    let inside = if r.step > 0 {
        r.start <= i && i < r.stop
    } else {
        r.stop < i && i <= r.start
    };
    Ok(inside && (i - r.start) % r.step == 0)
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let ObjData::Range(r) = &container.obj().data else {
        unreachable!()
    };
    let i = vm.to_i64(key)?;
    let n = r.len();
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.item(j)))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "range")?;
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        1 => (0, vm.to_i64(a[0])?, 1),
        2 => (vm.to_i64(a[0])?, vm.to_i64(a[1])?, 1),
        3 => (vm.to_i64(a[0])?, vm.to_i64(a[1])?, vm.to_i64(a[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    let class = vm.types().range;
    Ok(vm.alloc(class, ObjData::Range(RangeObj { start, stop, step })))
}

pub fn init(interp: &InterpState) {
    crate::builtins::add_method(interp, interp.types.range, "__new__", range_new);
}
