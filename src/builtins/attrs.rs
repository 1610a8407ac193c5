//! Attribute lookup, assignment and deletion, in CPython's order:
//! data descriptors on the type, then the instance's own attributes, then
//! other descriptors and class attributes (bound when they are functions),
//! then `__getattr__`. Classes that override `__getattribute__`,
//! `__setattr__` or `__delattr__` get their override called instead; which
//! hooks a class overrides is cached on the class under its version tag.
//!
//! Attribute names are `str` values; names that reach instance slots are
//! compared by identity first (code names are interned), then by content.

use crate::interp::{PyErr, PyResult, Vm};
use crate::object::types::{type_flags, HeapTypes, TypeObj};
use crate::object::{BoundMethodObj, ObjData, Value};
use crate::sync::type_version::is_current;
use crate::sync::Ordering;

/// Hooks a class overrides (cached in `TypeObj::hooks`).
pub mod hooks {
    pub const GETATTRIBUTE: u32 = 1;
    pub const GETATTR: u32 = 2;
    pub const SETATTR: u32 = 4;
    pub const DELATTR: u32 = 8;
    /// Some class on the MRO maps a non-dunder name to a data descriptor
    /// (property, slot, user descriptor with `__set__`/`__delete__`), or
    /// instances have no attribute dict (`__slots__`).
    pub const DATA_DESCR: u32 = 16;
    /// A class with none of the above: an instance attribute found in the
    /// instance's shape is the answer of a lookup, and storing one is a
    /// plain slot write. The specializer's shape-only guards rely on it.
    pub const NOT_PLAIN: u32 = GETATTRIBUTE | SETATTR | DELATTR | DATA_DESCR;
    /// The cache word holds a valid (tag, bits) pair.
    pub const VALID: u32 = 1 << 31;
}

/// The attribute hooks `ty` overrides, from its cache when its version tag
/// still matches, else looked up and cached.
pub fn type_hooks(vm: &mut Vm, ty: Value) -> u32 {
    let t = vm.type_obj(ty);
    if t.flags & type_flags::HEAPTYPE == 0 {
        return 0;
    }
    let word = t.hooks.load(Ordering::Acquire);
    let (tag, bits) = ((word >> 32) as u32, word as u32);
    if bits & hooks::VALID != 0 && is_current(&HeapTypes, ty, tag) {
        return bits & !hooks::VALID;
    }
    let names = [
        ("__getattribute__", hooks::GETATTRIBUTE),
        ("__getattr__", hooks::GETATTR),
        ("__setattr__", hooks::SETATTR),
        ("__delattr__", hooks::DELATTR),
    ];
    let object = vm.types().object;
    let (tag, bits) = vm
        .interp
        .clone()
        .type_versions
        .read_versioned(&HeapTypes, ty, || {
            let mut bits = 0;
            for (name, flag) in names {
                let key = vm.intern(name);
                if let Some(owner) = defining_class(vm, ty, key) {
                    if owner != object {
                        bits |= flag;
                    }
                }
            }
            if t.flags & type_flags::NO_INSTANCE_DICT != 0 || has_data_descriptors(vm, ty) {
                bits |= hooks::DATA_DESCR;
            }
            bits
        });
    if tag != 0 {
        let word = ((tag as u64) << 32) | (bits | hooks::VALID) as u64;
        t.hooks.store(word, Ordering::Release);
    }
    bits
}

/// Whether a class on `ty`'s MRO maps a non-dunder name to a data
/// descriptor.
fn has_data_descriptors(vm: &mut Vm, ty: Value) -> bool {
    let mro = vm.type_obj(ty).mro.read().clone();
    for t in mro {
        let entries = vm.type_obj(t).dict().entries();
        for e in entries {
            let dunder = vm
                .as_str(e.key)
                .is_some_and(|k| k.len() > 4 && k.starts_with("__") && k.ends_with("__"));
            if !dunder && is_data_descriptor(vm, e.value) {
                return true;
            }
        }
    }
    false
}

/// Whether instances of `ty` are plain (see `hooks::NOT_PLAIN`) under the
/// version tag `tag`, from the hooks cache alone: false when the cache is
/// not filled for that tag.
#[inline]
pub fn is_plain_at(t: &TypeObj, tag: u32) -> bool {
    let word = t.hooks.load(Ordering::Acquire);
    tag != 0
        && (word >> 32) as u32 == tag
        && (word as u32) & (hooks::VALID | hooks::NOT_PLAIN) == hooks::VALID
}

/// The class along `ty`'s MRO whose dict defines `name`.
fn defining_class(vm: &mut Vm, ty: Value, name: Value) -> Option<Value> {
    let hash = vm.str_hash(name);
    let mro = vm.type_obj(ty).mro.read().clone();
    mro.into_iter()
        .find(|&t| vm.type_obj(t).dict().contains(name, hash))
}

/// The instance attribute dict of `obj`, for objects whose attributes live
/// in a dict (functions, exceptions, modules, instances in dict mode).
pub fn instance_dict(vm: &mut Vm, obj: Value) -> Option<Value> {
    let d = match &obj.as_obj()?.data {
        ObjData::Instance(i) => {
            if vm.type_obj(vm.type_of(obj)).flags & type_flags::NO_INSTANCE_DICT != 0 {
                return None;
            }
            return Some(i.dict(vm));
        }
        ObjData::Function(f) => {
            let mut d = *f.dict.read();
            if d.is_null() {
                d = vm.new_dict();
                let mut slot = f.dict.write();
                if slot.is_null() {
                    *slot = d;
                } else {
                    d = *slot;
                }
            }
            d
        }
        ObjData::Exception(e) => {
            let mut d = *e.dict.read();
            if d.is_null() {
                d = vm.new_dict();
                let mut slot = e.dict.write();
                if slot.is_null() {
                    *slot = d;
                } else {
                    d = *slot;
                }
            }
            d
        }
        ObjData::Module(m) => m.dict,
        _ => return ext_dict(vm, obj, true),
    };
    Some(d)
}

/// The attribute dict of an instance of a Python subclass of a builtin
/// type (`Obj::ext_dict`), made on first use when `create`; `None` for
/// other objects and for classes whose `__slots__` leave it out.
pub fn ext_dict(vm: &mut Vm, obj: Value, create: bool) -> Option<Value> {
    let o = obj.as_obj()?;
    let d = o.ext_dict.get();
    if !d.is_null() {
        return Some(d);
    }
    let flags = vm.type_obj(o.class()).flags;
    if !create || flags & type_flags::HEAPTYPE == 0 || flags & type_flags::NO_INSTANCE_DICT != 0 {
        return None;
    }
    let fresh = vm.new_dict();
    match o.ext_dict.compare_exchange_null(fresh) {
        Ok(()) => Some(fresh),
        Err(current) => Some(current),
    }
}

/// The object's own attribute `name`, without descriptors.
fn own_attr(vm: &mut Vm, obj: Value, name: Value) -> Option<Value> {
    match &obj.as_obj()?.data {
        ObjData::Instance(i) => i.get(vm, name),
        ObjData::Function(f) => {
            let d = *f.dict.read();
            (!d.is_null()).then(|| vm.dict_get_str(d, name)).flatten()
        }
        ObjData::Exception(e) => {
            let d = *e.dict.read();
            (!d.is_null()).then(|| vm.dict_get_str(d, name)).flatten()
        }
        ObjData::Module(m) => vm.dict_get_str(m.dict, name),
        _ => {
            let d = obj.obj().ext_dict.get();
            (!d.is_null()).then(|| vm.dict_get_str(d, name)).flatten()
        }
    }
}

/// Binds a class attribute found for an instance (the descriptor `__get__`
/// protocol).
pub fn bind(vm: &mut Vm, descr: Value, obj: Value) -> PyResult<Value> {
    match descr.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(_)) | Some(ObjData::Native(_)) => Ok(bound_method(vm, descr, obj)),
        Some(ObjData::StaticMethod(f)) => Ok(*f),
        Some(ObjData::ClassMethod(f)) => {
            let f = *f;
            let receiver = vm.type_of(obj);
            Ok(bound_method(vm, f, receiver))
        }
        Some(ObjData::GetSet(gs)) => (gs.get)(vm, obj),
        Some(ObjData::Property(p)) => {
            if p.fget.is_none() {
                let name = property_name(vm, descr);
                let t = vm.type_name(obj);
                return Err(vm.attribute_error(match name {
                    Some(n) => format!("property '{n}' of '{t}' object has no getter"),
                    None => "unreadable attribute".to_string(),
                }));
            }
            vm.call(p.fget, &[obj])
        }
        Some(ObjData::Member { name, .. }) => {
            let name = *name;
            match own_attr(vm, obj, name) {
                Some(v) => Ok(v),
                None => Err(vm.no_attribute(obj, name)),
            }
        }
        _ => {
            if let Some(get) = vm.lookup_dunder(descr, "__get__") {
                let owner = vm.type_of(obj);
                return vm.call(get, &[descr, obj, owner]);
            }
            Ok(descr)
        }
    }
}

pub fn bound_method(vm: &mut Vm, func: Value, receiver: Value) -> Value {
    let class = vm.types().method;
    vm.alloc(
        class,
        ObjData::BoundMethod(BoundMethodObj { func, receiver }),
    )
}

fn property_name(vm: &mut Vm, prop: Value) -> Option<String> {
    let ObjData::Property(p) = &prop.obj().data else {
        return None;
    };
    let n = *p.name.read();
    if !n.is_null() && !n.is_none() {
        return vm.as_str(n).map(str::to_string);
    }
    // CPython names the property after its getter's `__name__`.
    [p.fget, p.fset, p.fdel]
        .into_iter()
        .find(|f| !f.is_none())
        .and_then(|f| match &f.obj().data {
            ObjData::Function(func) => vm.as_str(*func.name.read()).map(str::to_string),
            _ => None,
        })
}

fn is_data_descriptor(vm: &mut Vm, descr: Value) -> bool {
    match descr.as_obj().map(|o| &o.data) {
        Some(ObjData::GetSet(_)) | Some(ObjData::Property(_)) | Some(ObjData::Member { .. }) => {
            true
        }
        Some(ObjData::Function(_))
        | Some(ObjData::Native(_))
        | Some(ObjData::StaticMethod(_))
        | Some(ObjData::ClassMethod(_)) => false,
        _ => {
            vm.lookup_dunder(descr, "__set__").is_some()
                || vm.lookup_dunder(descr, "__delete__").is_some()
        }
    }
}

/// `getattr(obj, name)` for any object; `Ok(None)` when it does not exist.
pub fn getattr_opt(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Type(_)) if vm.type_of(obj) == vm.types().type_ => {
            return type_getattr(vm, obj, name);
        }
        Some(ObjData::Super { .. }) => return super::object::super_getattr(vm, obj, name),
        _ => {}
    }
    let ty = vm.type_of(obj);
    let hooks = type_hooks(vm, ty);
    if hooks & hooks::GETATTRIBUTE != 0 {
        let ga = vm
            .lookup_dunder(obj, "__getattribute__")
            .expect("hook found");
        let r = match vm.call_method_descr(ga, obj, &[name]) {
            Ok(v) => return Ok(Some(v)),
            Err(e) if vm.err_is(&e, "AttributeError") => e,
            Err(e) => return Err(e),
        };
        if hooks & hooks::GETATTR == 0 {
            return Err(r);
        }
        return call_getattr_hook(vm, obj, name).map(Some);
    }
    if let Some(v) = generic_getattr(vm, obj, name)? {
        return Ok(Some(v));
    }
    if hooks & hooks::GETATTR != 0 {
        return match call_getattr_hook(vm, obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_is(&e, "AttributeError") => Ok(None),
            Err(e) => Err(e),
        };
    }
    Ok(None)
}

fn call_getattr_hook(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    let ga = vm.lookup_dunder(obj, "__getattr__").expect("hook found");
    vm.call_method_descr(ga, obj, &[name])
}

/// `object.__getattribute__`: the lookup without the class's hooks.
pub fn generic_getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(ObjData::Type(_)) = obj.as_obj().map(|o| &o.data) {
        return type_getattr(vm, obj, name);
    }
    let hash = vm.str_hash(name);
    let ty = vm.type_of(obj);
    let descr = vm.lookup_type_attr(ty, name, hash);
    if let Some(d) = descr {
        if is_data_descriptor(vm, d) {
            return bind(vm, d, obj).map(Some);
        }
    }
    if let Some(v) = own_attr(vm, obj, name) {
        return Ok(Some(v));
    }
    if let Some(d) = descr {
        return bind(vm, d, obj).map(Some);
    }
    let names = &vm.interp.names;
    if name == names.dunder_class {
        return Ok(Some(ty));
    }
    if name == names.dunder_dict {
        if let Some(d) = instance_dict(vm, obj) {
            return Ok(Some(d));
        }
    }
    Ok(None)
}

/// Attribute lookup on a class: the metatype's data descriptors, then the
/// class's MRO (binding class and static methods, calling other
/// descriptors' `__get__` with no instance), then the metatype's other
/// attributes.
pub fn type_getattr(vm: &mut Vm, cls: Value, name: Value) -> PyResult<Option<Value>> {
    let hash = vm.str_hash(name);
    let meta = vm.type_of(cls);
    let meta_descr = vm.lookup_type_attr(meta, name, hash);
    if let Some(d) = meta_descr {
        if is_data_descriptor(vm, d) {
            return bind(vm, d, cls).map(Some);
        }
    }
    if let Some(v) = vm.lookup_type_attr(cls, name, hash) {
        return Ok(Some(match v.as_obj().map(|o| &o.data) {
            Some(ObjData::StaticMethod(f)) => *f,
            Some(ObjData::ClassMethod(f)) => {
                let f = *f;
                bound_method(vm, f, cls)
            }
            Some(ObjData::Function(_))
            | Some(ObjData::Native(_))
            | Some(ObjData::GetSet(_))
            | Some(ObjData::Property(_))
            | Some(ObjData::Member { .. }) => v,
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
        Some(ObjData::Type(_)) | Some(ObjData::Module(_)) | Some(ObjData::Super { .. })
    ) {
        let ty = vm.type_of(obj);
        if type_hooks(vm, ty) & hooks::GETATTRIBUTE == 0 {
            let hash = vm.str_hash(name);
            if let Some(d) = vm.lookup_type_attr(ty, name, hash) {
                if matches!(
                    d.as_obj().map(|o| &o.data),
                    Some(ObjData::Function(_)) | Some(ObjData::Native(_))
                ) && own_attr(vm, obj, name).is_none()
                {
                    return Ok((d, obj));
                }
            }
        }
    }
    let v = vm.getattr(obj, name)?;
    Ok((v, Value::NULL))
}

pub fn setattr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<()> {
    // Classes whose metaclass is not `type` may hook this.
    if let Some(ObjData::Type(_)) = obj
        .as_obj()
        .filter(|_| vm.type_of(obj) == vm.types().type_)
        .map(|o| &o.data)
    {
        return type_setattr(vm, obj, name, Some(value));
    }
    let ty = vm.type_of(obj);
    if type_hooks(vm, ty) & hooks::SETATTR != 0 {
        let sa = vm.lookup_dunder(obj, "__setattr__").expect("hook found");
        vm.call_method_descr(sa, obj, &[name, value])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, Some(value))
}

pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
    // Classes whose metaclass is not `type` may hook this.
    if let Some(ObjData::Type(_)) = obj
        .as_obj()
        .filter(|_| vm.type_of(obj) == vm.types().type_)
        .map(|o| &o.data)
    {
        return type_setattr(vm, obj, name, None);
    }
    let ty = vm.type_of(obj);
    if type_hooks(vm, ty) & hooks::DELATTR != 0 {
        let da = vm.lookup_dunder(obj, "__delattr__").expect("hook found");
        vm.call_method_descr(da, obj, &[name])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, None)
}

/// `object.__setattr__` (`value` Some) and `object.__delattr__` (None).
pub fn generic_setattr(vm: &mut Vm, obj: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    if let Some(ObjData::Type(_)) = obj.as_obj().map(|o| &o.data) {
        return type_setattr(vm, obj, name, value);
    }
    let hash = vm.str_hash(name);
    let ty = vm.type_of(obj);
    if let Some(d) = vm.lookup_type_attr(ty, name, hash) {
        if set_through_descriptor(vm, d, obj, name, value)? {
            return Ok(());
        }
    }
    let t = vm.type_obj(ty);
    match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(i)) => {
            if t.flags & type_flags::NO_INSTANCE_DICT != 0 {
                return Err(no_attribute_for_set(vm, obj, name));
            }
            match value {
                Some(v) => {
                    i.set(vm, name, v);
                    Ok(())
                }
                None if i.delete(vm, name) => Ok(()),
                None => Err(vm.no_attribute(obj, name)),
            }
        }
        Some(ObjData::Function(_)) | Some(ObjData::Exception(_)) | Some(ObjData::Module(_)) => {
            let d = instance_dict(vm, obj).expect("has a dict");
            set_in_dict(vm, obj, d, name, value)
        }
        _ => match ext_dict(vm, obj, value.is_some()) {
            Some(d) => set_in_dict(vm, obj, d, name, value),
            None if value.is_none() && vm.is_heap_instance(obj) => Err(vm.no_attribute(obj, name)),
            None => Err(no_attribute_for_set(vm, obj, name)),
        },
    }
}

fn set_in_dict(
    vm: &mut Vm,
    obj: Value,
    dict: Value,
    name: Value,
    value: Option<Value>,
) -> PyResult<()> {
    let hash = vm.str_hash(name);
    let ObjData::Dict(d) = &dict.obj().data else {
        unreachable!("attribute dicts are dicts")
    };
    match value {
        Some(v) => {
            d.insert(name, hash, v);
            Ok(())
        }
        None if d.remove(name, hash).is_some() => Ok(()),
        None => Err(vm.no_attribute(obj, name)),
    }
}

/// Runs a data descriptor's setter or deleter; false if `d` is not a data
/// descriptor (the instance's own storage is used then).
fn set_through_descriptor(
    vm: &mut Vm,
    d: Value,
    obj: Value,
    name: Value,
    value: Option<Value>,
) -> PyResult<bool> {
    match d.as_obj().map(|o| &o.data) {
        Some(ObjData::GetSet(gs)) => {
            let Some(v) = value else {
                let n = vm.as_str(name).unwrap_or("?").to_string();
                let t = vm.type_name(obj);
                return Err(
                    vm.attribute_error(format!("attribute '{n}' of '{t}' objects is not writable"))
                );
            };
            match gs.set {
                Some(set) => set(vm, obj, v).map(|_| true),
                None => {
                    let n = vm.as_str(name).unwrap_or("?").to_string();
                    let t = vm.type_name(obj);
                    Err(vm.attribute_error(format!(
                        "attribute '{n}' of '{t}' objects is not writable"
                    )))
                }
            }
        }
        Some(ObjData::Property(p)) => {
            let f = if value.is_some() { p.fset } else { p.fdel };
            if f.is_none() {
                let pname = property_name(vm, d);
                let t = vm.type_name(obj);
                let what = if value.is_some() { "setter" } else { "deleter" };
                return Err(vm.attribute_error(match pname {
                    Some(n) => format!("property '{n}' of '{t}' object has no {what}"),
                    None if value.is_some() => "can't set attribute".to_string(),
                    None => "can't delete attribute".to_string(),
                }));
            }
            match value {
                Some(v) => vm.call(f, &[obj, v])?,
                None => vm.call(f, &[obj])?,
            };
            Ok(true)
        }
        Some(ObjData::Member { .. }) => match (obj.as_obj().map(|o| &o.data), value) {
            (Some(ObjData::Instance(i)), Some(v)) => {
                i.set(vm, name, v);
                Ok(true)
            }
            (Some(ObjData::Instance(i)), None) => {
                if i.delete(vm, name) {
                    Ok(true)
                } else {
                    Err(vm.no_attribute(obj, name))
                }
            }
            // Exceptions and instances of subclasses of other builtin types
            // keep slot values in their attribute dict.
            (Some(ObjData::Exception(_)), _) => {
                let d = instance_dict(vm, obj).expect("exceptions have a dict");
                set_in_dict(vm, obj, d, name, value).map(|_| true)
            }
            (Some(_), _) if vm.is_heap_instance(obj) => {
                let o = obj.obj();
                let mut d = o.ext_dict.get();
                if d.is_null() {
                    let fresh = vm.new_dict();
                    d = match o.ext_dict.compare_exchange_null(fresh) {
                        Ok(()) => fresh,
                        Err(current) => current,
                    };
                }
                set_in_dict(vm, obj, d, name, value).map(|_| true)
            }
            _ => Err(no_attribute_for_set(vm, obj, name)),
        },
        Some(ObjData::Function(_))
        | Some(ObjData::Native(_))
        | Some(ObjData::StaticMethod(_))
        | Some(ObjData::ClassMethod(_))
        | None => Ok(false),
        _ => {
            let hook = if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            };
            let Some(f) = vm.lookup_dunder(d, hook) else {
                return Ok(false);
            };
            match value {
                Some(v) => vm.call(f, &[d, obj, v])?,
                None => vm.call(f, &[d, obj])?,
            };
            Ok(true)
        }
    }
}

/// `setattr`/`delattr` on a class: the metatype's data descriptors first
/// (`__name__`, `__bases__`, ...); otherwise the class's own dict, under
/// the type lock, invalidating the version tags of the class and all its
/// subclasses (src/sync/type_version.rs).
pub fn type_setattr(vm: &mut Vm, cls: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let hash = vm.str_hash(name);
    let meta = vm.type_of(cls);
    if let Some(d) = vm.lookup_type_attr(meta, name, hash) {
        if set_through_descriptor(vm, d, cls, name, value)? {
            return Ok(());
        }
    }
    let t = vm.type_obj(cls);
    if t.flags & type_flags::HEAPTYPE == 0 {
        let n = vm.as_str(name).unwrap_or("?").to_string();
        let verb = if value.is_some() { "set" } else { "delete" };
        return Err(vm.type_error(format!(
            "cannot {verb} '{n}' attribute of immutable type '{}'",
            t.name
        )));
    }
    let removed = modify_type(vm, cls, |t| match value {
        Some(v) => {
            t.dict().insert(name, hash, v);
            true
        }
        None => t.dict().remove(name, hash).is_some(),
    });
    if !removed {
        return Err(vm.no_attribute(cls, name));
    }
    Ok(())
}

/// Applies `change` to a class under the type lock and invalidates the
/// version tags of the class and its subclasses.
pub fn modify_type<R>(vm: &Vm, cls: Value, change: impl FnOnce(&TypeObj) -> R) -> R {
    let t = vm.type_obj(cls);
    vm.interp
        .type_versions
        .modify(&HeapTypes, cls, || change(t))
}

fn no_attribute_for_set(vm: &mut Vm, obj: Value, name: Value) -> PyErr {
    let n = vm.as_str(name).unwrap_or("?").to_string();
    let t = vm.type_name(obj);
    let hash = vm.str_hash(name);
    let ty = vm.type_of(obj);
    if vm.lookup_type_attr(ty, name, hash).is_some() {
        return vm.attribute_error(format!("'{t}' object attribute '{n}' is read-only"));
    }
    vm.attribute_error(format!("'{t}' object has no attribute '{n}'"))
}

impl Vm {
    /// Calls a method found on `obj`'s class with `obj` as its receiver,
    /// binding descriptors other than plain functions first.
    pub fn call_method_descr(&mut self, f: Value, obj: Value, args: &[Value]) -> PyResult<Value> {
        match f.as_obj().map(|o| &o.data) {
            Some(ObjData::Function(_)) | Some(ObjData::Native(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj);
                all.extend_from_slice(args);
                self.call(f, &all)
            }
            _ => {
                let bound = bind(self, f, obj)?;
                self.call(bound, args)
            }
        }
    }
}
