//! Attribute lookup, assignment and deletion, in CPython's order:
//! data descriptors on the type, then the instance's own attributes, then
//! other descriptors and class attributes (bound when they are functions).

use crate::interp::{PyResult, Vm};
use crate::object::types::type_flags;
use crate::object::{BoundMethodObj, ObjData, Value};

/// The instance attribute dict of `obj`, if it has one.
pub fn instance_dict(obj: Value) -> Option<Value> {
    let d = match &obj.as_obj()?.data {
        ObjData::Instance(i) => i.dict,
        ObjData::Function(f) => *f.dict.read(),
        ObjData::Exception(e) => *e.dict.read(),
        ObjData::Module(m) => m.dict,
        _ => return None,
    };
    (!d.is_null()).then_some(d)
}

/// Binds a class attribute found for an instance.
pub fn bind(vm: &mut Vm, descr: Value, obj: Value) -> PyResult<Value> {
    match descr.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(_)) | Some(ObjData::Native(_)) => {
            let class = vm.types().method;
            Ok(vm.alloc(
                class,
                ObjData::BoundMethod(BoundMethodObj {
                    func: descr,
                    receiver: obj,
                }),
            ))
        }
        Some(ObjData::StaticMethod(f)) => Ok(*f),
        Some(ObjData::ClassMethod(f)) => {
            let f = *f;
            let class = vm.types().method;
            let receiver = vm.type_of(obj);
            Ok(vm.alloc(
                class,
                ObjData::BoundMethod(BoundMethodObj { func: f, receiver }),
            ))
        }
        Some(ObjData::GetSet(gs)) => (gs.get)(vm, obj),
        _ => {
            if let Some(get) = vm.lookup_dunder(descr, "__get__") {
                let owner = vm.type_of(obj);
                return vm.call(get, &[descr, obj, owner]);
            }
            Ok(descr)
        }
    }
}

fn is_data_descriptor(vm: &mut Vm, descr: Value) -> bool {
    match descr.as_obj().map(|o| &o.data) {
        Some(ObjData::GetSet(_)) => true,
        _ => {
            vm.lookup_dunder(descr, "__set__").is_some()
                || vm.lookup_dunder(descr, "__delete__").is_some()
        }
    }
}

pub fn getattr_opt(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(ObjData::Type(_)) = obj.as_obj().map(|o| &o.data) {
        return type_getattr(vm, obj, name);
    }
    let hash = vm.str_hash(name);
    let ty = vm.type_of(obj);
    let descr = vm.type_obj(ty).lookup(name, hash);
    if let Some(d) = descr {
        if is_data_descriptor(vm, d) {
            return bind(vm, d, obj).map(Some);
        }
    }
    if let Some(dict) = instance_dict(obj) {
        if let ObjData::Dict(d) = &dict.obj().data {
            if let Some(v) = d.get(name, hash) {
                return Ok(Some(v));
            }
        }
    }
    if let Some(d) = descr {
        return bind(vm, d, obj).map(Some);
    }
    let names = &vm.interp.names;
    if name == names.dunder_class {
        return Ok(Some(ty));
    }
    if name == names.dunder_dict {
        if let Some(d) = instance_dict(obj) {
            return Ok(Some(d));
        }
        if let Some(ObjData::Function(f)) = obj.as_obj().map(|o| &o.data) {
            let d = vm.new_dict();
            *f.dict.write() = d;
            return Ok(Some(d));
        }
    }
    if vm.is_heap_instance(obj) {
        if let Some(ga) = vm.lookup_dunder(obj, "__getattr__") {
            return match vm.call(ga, &[obj, name]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "AttributeError") => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    Ok(None)
}

/// Attribute lookup on a class: the metatype's data descriptors, then the
/// class's MRO, then the metatype's other attributes.
pub fn type_getattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let hash = vm.str_hash(name);
    let meta = vm.type_of(cls);
    let meta_descr = vm.type_obj(meta).lookup(name, hash);
    if let Some(d) = meta_descr {
        if let Some(ObjData::GetSet(gs)) = d.as_obj().map(|o| &o.data) {
            return (gs.get)(vm, cls).map(Some);
        }
    }
    if let Some(v) = vm.type_obj(cls).lookup(name, hash) {
        return Ok(Some(match v.as_obj().map(|o| &o.data) {
            Some(ObjData::StaticMethod(f)) => *f,
            Some(ObjData::ClassMethod(f)) => {
                let f = *f;
                let class = vm.types().method;
                vm.alloc(
                    class,
                    ObjData::BoundMethod(BoundMethodObj {
                        func: f,
                        receiver: cls,
                    }),
                )
            }
            Some(ObjData::Function(_)) | Some(ObjData::Native(_)) | Some(ObjData::GetSet(_)) => v,
            _ => {
                if let Some(get) = vm.lookup_dunder(v, "__get__") {
                    vm.call(get, &[v, Value::NONE, cls])?
                } else {
                    v
                }
            }
        }));
    }
    if name == vm.interp.names.dunder_class {
        return Ok(Some(meta));
    }
    match meta_descr {
        Some(d) => bind(vm, d, cls).map(Some),
        None => Ok(None),
    }
}

/// For `obj.name(...)`: `(function, obj)` when `name` is a plain method on
/// the type (no bound-method object is made), else `(attribute, NULL)`.
pub fn load_method(vm: &mut Vm, obj: Value, name: Value) -> PyResult<(Value, Value)> {
    if !matches!(
        obj.as_obj().map(|o| &o.data),
        Some(ObjData::Type(_)) | Some(ObjData::Module(_))
    ) {
        let hash = vm.str_hash(name);
        let ty = vm.type_of(obj);
        if let Some(d) = vm.type_obj(ty).lookup(name, hash) {
            if matches!(
                d.as_obj().map(|o| &o.data),
                Some(ObjData::Function(_)) | Some(ObjData::Native(_))
            ) {
                let shadowed = match instance_dict(obj) {
                    Some(dict) => {
                        matches!(&dict.obj().data, ObjData::Dict(dd) if dd.contains(name, hash))
                    }
                    None => false,
                };
                if !shadowed {
                    return Ok((d, obj));
                }
            }
        }
    }
    let v = vm.getattr(obj, name)?;
    Ok((v, Value::NULL))
}

pub fn setattr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let hash = vm.str_hash(name);
    if let Some(ObjData::Type(t)) = obj.as_obj().map(|o| &o.data) {
        if t.flags & type_flags::HEAPTYPE == 0 {
            let n = vm.as_str(name).unwrap_or("?").to_string();
            return Err(vm.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                t.name
            )));
        }
        t.dict().insert(name, hash, value);
        crate::object::types::modified(obj);
        return Ok(());
    }
    let ty = vm.type_of(obj);
    if let Some(d) = vm.type_obj(ty).lookup(name, hash) {
        match d.as_obj().map(|o| &o.data) {
            Some(ObjData::GetSet(gs)) => {
                return match gs.set {
                    Some(set) => set(vm, obj, value),
                    None => {
                        let n = vm.as_str(name).unwrap_or("?").to_string();
                        let t = vm.type_name(obj);
                        Err(vm.attribute_error(format!(
                            "attribute '{n}' of '{t}' objects is not writable"
                        )))
                    }
                };
            }
            _ => {
                if let Some(set) = vm.lookup_dunder(d, "__set__") {
                    vm.call(set, &[d, obj, value])?;
                    return Ok(());
                }
            }
        }
    }
    let dict = match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(f)) => {
            let mut d = *f.dict.read();
            if d.is_null() {
                d = vm.new_dict();
                *f.dict.write() = d;
            }
            Some(d)
        }
        Some(ObjData::Exception(e)) => {
            let mut d = *e.dict.read();
            if d.is_null() {
                d = vm.new_dict();
                *e.dict.write() = d;
            }
            Some(d)
        }
        _ => instance_dict(obj),
    };
    match dict {
        Some(d) => {
            if let ObjData::Dict(dd) = &d.obj().data {
                dd.insert(name, hash, value);
            }
            Ok(())
        }
        None => Err(no_attribute_for_set(vm, obj, name)),
    }
}

fn no_attribute_for_set(vm: &mut Vm, obj: Value, name: Value) -> crate::interp::PyErr {
    let n = vm.as_str(name).unwrap_or("?").to_string();
    let t = vm.type_name(obj);
    let hash = vm.str_hash(name);
    let ty = vm.type_of(obj);
    if vm.type_obj(ty).lookup(name, hash).is_some() {
        return vm.attribute_error(format!("'{t}' object attribute '{n}' is read-only"));
    }
    vm.attribute_error(format!("'{t}' object has no attribute '{n}'"))
}

pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    let hash = vm.str_hash(name);
    if let Some(ObjData::Type(t)) = obj.as_obj().map(|o| &o.data) {
        if t.flags & type_flags::HEAPTYPE == 0 {
            let n = vm.as_str(name).unwrap_or("?").to_string();
            return Err(vm.type_error(format!(
                "cannot delete '{n}' attribute of immutable type '{}'",
                t.name
            )));
        }
        if t.dict().remove(name, hash).is_none() {
            return Err(vm.no_attribute(obj, name));
        }
        crate::object::types::modified(obj);
        return Ok(());
    }
    let ty = vm.type_of(obj);
    if let Some(d) = vm.type_obj(ty).lookup(name, hash) {
        if let Some(del) = vm.lookup_dunder(d, "__delete__") {
            vm.call(del, &[d, obj])?;
            return Ok(());
        }
    }
    match instance_dict(obj) {
        Some(d) => match &d.obj().data {
            ObjData::Dict(dd) if dd.remove(name, hash).is_some() => Ok(()),
            _ => Err(vm.no_attribute(obj, name)),
        },
        None => Err(no_attribute_for_set(vm, obj, name)),
    }
}
