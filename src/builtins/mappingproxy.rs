//! `mappingproxy`: the read-only live view of a class's namespace that
//! `cls.__dict__` and `vars(cls)` return. Reads go to the class dict;
//! nothing writes through it, so every change to a class still goes
//! through `type.__setattr__` and invalidates the version tags.

use crate::bytecode::CompareKind;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

/// A proxy of `dict` (a dict value).
pub fn new(vm: &mut Vm, dict: Value) -> Value {
    let class = vm.types().mappingproxy;
    vm.alloc(class, ObjData::MappingProxy(dict))
}

/// The dict behind a proxy value.
pub fn target(v: Value) -> Option<Value> {
    match &v.as_obj()?.data {
        ObjData::MappingProxy(d) => Some(*d),
        _ => None,
    }
}

fn receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.pos.first().and_then(|&v| target(v)) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'mappingproxy' object"
        ))),
    }
}

/// `proxy.name(*args)`: the dict's method of the same name.
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let d = receiver(vm, &args, name)?;
    vm.call_method(d, name, &args.pos[1..])
}

fn mp_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "get")
}

fn mp_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "keys")
}

fn mp_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "values")
}

fn mp_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "items")
}

fn mp_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    forward(vm, args, "copy")
}

fn mp_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__getitem__", 2, 2)?;
    let d = receiver(vm, &args, "__getitem__")?;
    super::dict::getitem(vm, d, args.pos[1])
}

fn mp_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__contains__", 2, 2)?;
    let d = receiver(vm, &args, "__contains__")?;
    Ok(Value::bool(super::dict::contains(vm, d, args.pos[1])?))
}

fn mp_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__len__")?;
    let n = vm.len(d)?;
    Ok(vm.new_int(n as i64))
}

fn mp_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__iter__")?;
    vm.iter(d)
}

/// `mappingproxy(mapping)` (`types.MappingProxyType`): a read-only view of
/// a dict. Proxies read their target as a dict, so other mappings are
/// refused with CPython's message for non-mappings.
fn mp_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("mappingproxy() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 | 1 => Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")),
        2 if super::dict::dict_payload(args.pos[1]).is_some() => Ok(new(vm, args.pos[1])),
        2 => {
            let name = vm.type_name(args.pos[1]);
            Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {name}"
            )))
        }
        n => Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 argument ({} given)",
            n - 1
        ))),
    }
}

/// `str(proxy)`: the str of the mapping, as CPython's.
fn mp_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = receiver(vm, &args, "__str__")?;
    let s = vm.str_of(d)?;
    Ok(vm.new_str(s))
}

/// `proxy == other` and the other comparisons: those of the dict.
pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (Some(l), r) = (target(lhs), target(rhs).unwrap_or(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    super::dict::compare(vm, l, r, kind)
}

/// `repr(proxy)`: `mappingproxy({...})`.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let d = target(v).unwrap_or(v);
    Ok(format!("mappingproxy({})", vm.repr_of(d)?))
}

pub fn init(interp: &InterpState) {
    let t = interp.types.mappingproxy;
    for (name, f) in [
        ("get", mp_get as crate::interp::NativeFn),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("copy", mp_copy),
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
        ("__new__", mp_new),
        ("__str__", mp_str),
    ] {
        super::add_method(interp, t, name, f);
    }
    super::set_type_attr(interp, t, "__hash__", Value::NONE);
}
