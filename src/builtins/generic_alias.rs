//! `types.GenericAlias`: what `list[int]`, `dict[str, int]` and `type[C]`
//! make. It records the origin class and the argument tuple, shows them as
//! `list[int]`, and calling it calls the origin.

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

/// `origin[key]`: `key` is the argument tuple, or its one argument.
pub fn new(vm: &mut Vm, origin: Value, key: Value) -> Value {
    let args = match key.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(_)) if vm.type_of(key) == vm.types().tuple => key,
        _ => vm.new_tuple(vec![key]),
    };
    let class = vm.types().generic_alias;
    vm.alloc(class, ObjData::GenericAlias { origin, args })
}

fn parts(v: Value) -> Option<(Value, Value)> {
    match &v.as_obj()?.data {
        ObjData::GenericAlias { origin, args } => Some((*origin, *args)),
        _ => None,
    }
}

/// Calling an alias calls its origin; the result gets `__orig_class__`
/// where it accepts attributes.
pub fn call(vm: &mut Vm, alias: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (origin, _) = parts(alias).expect("a generic alias");
    let r = vm.call_kw(origin, args, kwnames)?;
    let name = vm.intern("__orig_class__");
    if let Err(e) = vm.setattr(r, name, alias) {
        if !vm.err_is(&e, "AttributeError") && !vm.err_is(&e, "TypeError") {
            return Err(e);
        }
    }
    Ok(r)
}

/// How an alias shows a class or argument: `int`, `mod.C`, `...`.
fn arg_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v == Value::ELLIPSIS {
        return Ok("...".into());
    }
    if parts(v).is_some() {
        return alias_repr(vm, v);
    }
    if let Some(ObjData::Type(t)) = v.as_obj().map(|o| &o.data) {
        let module = *t.module.read();
        let m = vm.as_str(module).unwrap_or("builtins").to_string();
        return Ok(if m == "builtins" {
            t.qualname.to_string()
        } else {
            format!("{m}.{}", t.qualname)
        });
    }
    vm.repr_of(v)
}

pub fn alias_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    let (origin, args) = parts(v).expect("a generic alias");
    let mut s = arg_repr(vm, origin)?;
    s.push('[');
    let items = vm.tuple_items(args).to_vec();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, &a) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&arg_repr(vm, a)?);
    }
    s.push(']');
    Ok(s)
}

fn ga_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = alias_repr(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn get_origin(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(parts(v).map_or(Value::NONE, |p| p.0))
}

fn get_args(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(parts(v).map_or(Value::NONE, |p| p.1))
}

fn get_parameters(vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(vm.new_tuple(Vec::new()))
}

/// `cls.__class_getitem__(key)` of the builtin generic classes.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__class_getitem__", 2, 2)?;
    Ok(new(vm, args.pos[0], args.pos[1]))
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    let ga = t.generic_alias;
    let module = interp.intern("types");
    if let ObjData::Type(ty) = &ga.obj().data {
        *ty.module.write() = module;
    }
    super::add_method(interp, ga, "__repr__", ga_repr);
    super::add_getset(interp, ga, "__origin__", get_origin, None);
    super::add_getset(interp, ga, "__args__", get_args, None);
    super::add_getset(interp, ga, "__parameters__", get_parameters, None);
    for cls in [t.list, t.dict, t.tuple, t.set, t.frozenset, t.enumerate] {
        super::add_classmethod(interp, cls, "__class_getitem__", class_getitem);
    }
}
