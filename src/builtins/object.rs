//! `object` and `type`: instance creation (`type_call`) and the attributes
//! every class has (`__name__`, `__mro__`, ...).

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{InstanceObj, ObjData, Value};

/// `cls(*args, **kwargs)`: `cls.__new__(cls, ...)`, then `__init__` when the
/// result is an instance of `cls`.
pub fn type_call(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if cls == vm.types().type_ && args.len() == 1 && kwnames.is_empty() {
        return Ok(vm.type_of(args[0]));
    }
    let new_name = vm.interp.names.dunder_new;
    let hash = vm.str_hash(new_name);
    let Some(new) = vm.type_obj(cls).lookup(new_name, hash) else {
        let name = vm.type_obj(cls).name.clone();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    };
    let new = match new.as_obj().map(|o| &o.data) {
        Some(ObjData::StaticMethod(f)) => *f,
        _ => new,
    };
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(cls);
    all.extend_from_slice(args);
    let inst = vm.call_kw(new, &all, kwnames)?;
    if vm.is_heap_instance(inst) && vm.isinstance(inst, cls) {
        if let Some(init) = vm.lookup_dunder(inst, "__init__") {
            all[0] = inst;
            let r = vm.call_kw(init, &all, kwnames)?;
            if !r.is_none() {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__init__() should return None, not '{t}'")));
            }
        }
    }
    Ok(inst)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let dict = vm.new_dict();
    Ok(vm.alloc(cls, ObjData::Instance(InstanceObj { dict })))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn type_of_type(vm: &mut Vm, v: Value) -> &'static crate::object::TypeObj {
    vm.type_obj(v)
}

fn get_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let name = type_of_type(vm, v).name.clone();
    Ok(vm.new_str(name))
}

fn get_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let name = type_of_type(vm, v).qualname.clone();
    Ok(vm.new_str(name))
}

fn get_module(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let m = *type_of_type(vm, v).module.read();
    if m.is_null() {
        return Ok(vm.intern("builtins"));
    }
    Ok(m)
}

fn get_mro(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mro = type_of_type(vm, v).mro.read().clone();
    Ok(vm.new_tuple(mro))
}

fn get_bases(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let bases = type_of_type(vm, v).bases.read().clone();
    Ok(vm.new_tuple(bases))
}

fn get_base(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(type_of_type(vm, v)
        .bases
        .read()
        .first()
        .copied()
        .unwrap_or(Value::NONE))
}

fn get_type_dict(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let src = type_of_type(vm, v).dict;
    let d = vm.new_dict();
    if let (ObjData::Dict(dst), ObjData::Dict(s)) = (&d.obj().data, &src.obj().data) {
        dst.copy_from(s);
    }
    Ok(d)
}

fn get_type_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let key = vm.interp.names.dunder_doc;
    let dict = type_of_type(vm, v).dict;
    Ok(vm.dict_get_str(dict, key).unwrap_or(Value::NONE))
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let mro = vm.type_obj(cls).mro.read().clone();
    Ok(vm.new_list(mro))
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    super::add_method(interp, t.object, "__new__", object_new);
    super::add_method(interp, t.object, "__init__", object_init);
    super::add_getset(interp, t.type_, "__name__", get_name, None);
    super::add_getset(interp, t.type_, "__qualname__", get_qualname, None);
    super::add_getset(interp, t.type_, "__module__", get_module, None);
    super::add_getset(interp, t.type_, "__mro__", get_mro, None);
    super::add_getset(interp, t.type_, "__bases__", get_bases, None);
    super::add_getset(interp, t.type_, "__base__", get_base, None);
    super::add_getset(interp, t.type_, "__dict__", get_type_dict, None);
    super::add_getset(interp, t.type_, "__doc__", get_type_doc, None);
    super::add_method(interp, t.type_, "mro", type_mro);
    super::function::init(interp);
}
