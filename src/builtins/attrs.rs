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
    let (object, type_) = (vm.types().object, vm.types().type_);
    let (tag, bits) = vm
        .interp
        .clone()
        .type_versions
        .read_versioned(&HeapTypes, ty, || {
            let mut bits = 0;
            for (name, flag) in names {
                let key = vm.intern(name);
                if let Some(owner) = defining_class(vm, ty, key) {
                    if owner != object && owner != type_ {
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
            let dunder = vm.as_str(e.key).is_some_and(super::is_dunder);
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
        Some(ObjData::Function(_)) => Ok(bound_method(vm, descr, obj)),
        Some(ObjData::Native(n)) if is_type_method(n) => Ok(bound_method(vm, descr, obj)),
        Some(ObjData::StaticMethod(f)) => Ok(*f),
        Some(ObjData::ClassMethod(f)) => {
            let f = *f;
            let receiver = vm.type_of(obj);
            Ok(bound_method(vm, f, receiver))
        }
        Some(ObjData::GetSet(gs)) => (gs.get)(vm, obj),
        Some(ObjData::Property(p)) => {
            if p.fget.is_none() {
                return Err(property_error(vm, descr, obj, "getter"));
            }
            vm.call(p.fget, &[obj])
        }
        Some(ObjData::Member { name, owner, .. }) => {
            let (name, owner) = (*name, *owner);
            match obj.as_obj().map(|o| &o.data) {
                // Exceptions and builtin-subclass instances keep slot
                // values in their attribute dict.
                Some(d) if !matches!(d, ObjData::Instance(_)) && vm.isinstance(obj, owner) => {
                    match own_attr(vm, obj, name) {
                        Some(v) => Ok(v),
                        None => Err(vm.no_attribute(obj, name)),
                    }
                }
                _ => member_get(vm, descr, obj),
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

/// Whether a native function is a method of a builtin type (a descriptor
/// that binds, like CPython's method descriptors) rather than a module
/// function such as `len`, which a class attribute returns unbound.
#[inline]
pub fn is_type_method(n: &crate::object::NativeObj) -> bool {
    matches!(n.owner.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
}

/// Whether `v` binds to an instance as a method: a Python function or a
/// builtin type's method.
#[inline]
pub fn is_method_descr(v: Value) -> bool {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(_)) => true,
        Some(ObjData::Native(n)) => is_type_method(n),
        _ => false,
    }
}

pub fn bound_method(vm: &mut Vm, func: Value, receiver: Value) -> Value {
    // A builtin method bound to an object is a `builtin_function_or_method`
    // (a `method-wrapper` for special methods), as in CPython.
    let class = match func.as_obj().map(|o| &o.data) {
        Some(ObjData::Native(n)) if super::is_dunder(n.name) && n.name != "__new__" => {
            vm.types().method_wrapper
        }
        Some(ObjData::Native(_)) => vm.types().builtin_function,
        _ => vm.types().method,
    };
    vm.alloc(
        class,
        ObjData::BoundMethod(BoundMethodObj { func, receiver }),
    )
}

/// "property 'x' of 'C' object has no setter": the name is the one
/// `__set_name__` gave the property (none for a property added to a class
/// later), the class is named by its qualified name.
pub fn property_error(vm: &mut Vm, prop: Value, obj: Value, what: &str) -> PyErr {
    let name = match &prop.obj().data {
        ObjData::Property(p) => *p.name.read(),
        _ => Value::NULL,
    };
    let ty = vm.type_of(obj);
    let q = vm.type_obj(ty).qualname.as_str();
    match vm.as_str(name) {
        Some(n) => {
            let n = crate::builtins::repr::str_repr(n);
            vm.attribute_error(format!("property {n} of '{q}' object has no {what}"))
        }
        None => vm.attribute_error(format!("property of '{q}' object has no {what}")),
    }
}

/// Where a `__slots__` value lives. Instances without an attribute dict
/// keep slot values in their shape slots under the slot's name (so warm
/// sites specialize them like other instance attributes); instances that
/// also have a `__dict__` keep them in member cells, out of that dict.
enum MemberPlace {
    Shape(&'static crate::object::InstanceObj, Value),
    Cell(&'static crate::object::AtomicValue),
}

fn member_place(vm: &mut Vm, descr: Value, obj: Value) -> PyResult<MemberPlace> {
    let ObjData::Member { name, owner, index } = descr.obj().data else {
        unreachable!("member_place on a non-member")
    };
    if let Some(ObjData::Instance(i)) = obj.as_obj().map(|o| &o.data) {
        let ty = vm.type_of(obj);
        if vm.is_subclass(ty, owner) {
            if vm.type_obj(ty).flags & type_flags::NO_INSTANCE_DICT != 0 {
                return Ok(MemberPlace::Shape(i, name));
            }
            if let Some(cell) = i.member(index) {
                return Ok(MemberPlace::Cell(cell));
            }
        }
    }
    let n = vm.as_str(name).unwrap_or("?").to_string();
    let o = vm.type_obj(owner).name.to_string();
    let t = vm.type_name(obj);
    Err(vm.type_error(format!(
        "descriptor '{n}' for '{o}' objects doesn't apply to a '{t}' object"
    )))
}

/// A `__slots__` value read through its member descriptor.
pub fn member_get(vm: &mut Vm, descr: Value, obj: Value) -> PyResult<Value> {
    let v = match member_place(vm, descr, obj)? {
        MemberPlace::Shape(i, name) => i.get(vm, name),
        MemberPlace::Cell(c) => Some(c.get()).filter(|v| !v.is_null()),
    };
    match v {
        Some(v) => Ok(v),
        None => {
            let ObjData::Member { name, .. } = descr.obj().data else {
                unreachable!()
            };
            Err(vm.no_attribute(obj, name))
        }
    }
}

/// A `__slots__` value set (`Some`) or deleted (`None`).
pub fn member_set(vm: &mut Vm, descr: Value, obj: Value, value: Option<Value>) -> PyResult<()> {
    let deleted = match (member_place(vm, descr, obj)?, value) {
        (MemberPlace::Shape(i, name), Some(v)) => {
            i.set(vm, name, v);
            return Ok(());
        }
        (MemberPlace::Cell(c), Some(v)) => {
            c.set(v);
            return Ok(());
        }
        (MemberPlace::Shape(i, name), None) => i.delete(vm, name),
        (MemberPlace::Cell(c), None) => !c.swap(Value::NULL).is_null(),
    };
    if !deleted {
        let ObjData::Member { name, .. } = descr.obj().data else {
            unreachable!()
        };
        let n = vm.as_str(name).unwrap_or("?").to_string();
        return Err(vm.attribute_error(n));
    }
    Ok(())
}

/// Whether a data descriptor can be read through (a `__set__`-only
/// descriptor lets the instance's own value show).
fn has_get(vm: &mut Vm, descr: Value) -> bool {
    !vm.is_heap_instance(descr) || vm.lookup_dunder(descr, "__get__").is_some()
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

/// Attribute lookup: `Ok(None)` when the attribute does not exist and no
/// hook said why; errors raised by `__getattr__`, `__getattribute__` or a
/// descriptor propagate (CPython's `tp_getattro`).
fn lookup_attr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Type(_)) if vm.type_of(obj) == vm.types().type_ => {
            return type_getattr(vm, obj, name);
        }
        Some(ObjData::Super { .. }) => return super::object::super_getattr(vm, obj, name),
        _ => {}
    }
    let ty = vm.type_of(obj);
    let hooks = type_hooks(vm, ty);
    if hooks & (hooks::GETATTRIBUTE | hooks::GETATTR) == 0 {
        let found = generic_getattr(vm, obj, name)?;
        if found.is_none() {
            if let Some(ObjData::BoundMethod(m)) = obj.as_obj().map(|o| &o.data) {
                // A method passes unknown attributes on to its function.
                return lookup_attr(vm, m.func, name);
            }
        }
        return Ok(found);
    }
    let first = if hooks & hooks::GETATTRIBUTE != 0 {
        let ga = vm
            .lookup_dunder(obj, "__getattribute__")
            .expect("hook found");
        vm.call_method_descr(ga, obj, &[name]).map(Some)
    } else {
        generic_getattr(vm, obj, name)
    };
    match first {
        Ok(Some(v)) => return Ok(Some(v)),
        Ok(None) if hooks & hooks::GETATTR == 0 => return Ok(None),
        Ok(None) => {}
        Err(e) if hooks & hooks::GETATTR != 0 && vm.err_is(&e, "AttributeError") => {}
        Err(e) => return Err(e),
    }
    call_getattr_hook(vm, obj, name).map(Some)
}

/// `getattr(obj, name)`: the attribute, or the AttributeError explaining
/// why there is none.
pub fn getattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Value> {
    match lookup_attr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

/// `getattr(obj, name, default)`'s lookup: `Ok(None)` when it does not
/// exist (an AttributeError from a hook or descriptor counts as that).
pub fn getattr_opt(vm: &mut Vm, obj: Value, name: Value) -> PyResult<Option<Value>> {
    match lookup_attr(vm, obj, name) {
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(None),
        r => r,
    }
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
        if is_data_descriptor(vm, d) && has_get(vm, d) {
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
                if is_method_descr(d) && own_attr(vm, obj, name).is_none() {
                    return Ok((d, obj));
                }
            }
        }
    }
    let v = vm.getattr(obj, name)?;
    Ok((v, Value::NULL))
}

/// `setattr(obj, name, value)`: the class's `__setattr__` override (a
/// metaclass's for a class), else the generic store.
pub fn setattr(vm: &mut Vm, obj: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = vm.type_of(obj);
    if type_hooks(vm, ty) & hooks::SETATTR != 0 {
        let sa = vm.lookup_dunder(obj, "__setattr__").expect("hook found");
        vm.call_method_descr(sa, obj, &[name, value])?;
        return Ok(());
    }
    generic_setattr(vm, obj, name, Some(value))
}

pub fn delattr(vm: &mut Vm, obj: Value, name: Value) -> PyResult<()> {
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
        Some(ObjData::GetSet(gs)) => match gs.set {
            // A deletion reaches the setter as NULL.
            Some(set) => set(vm, obj, value.unwrap_or(Value::NULL)).map(|_| true),
            None if vm.type_of(d) == vm.types().member_descriptor => {
                Err(vm.attribute_error("readonly attribute"))
            }
            None => {
                // CPython names the class that defines the attribute.
                let n = vm.as_str(name).unwrap_or("?").to_string();
                let ty = vm.type_of(obj);
                let t = match defining_class(vm, ty, name) {
                    Some(owner) => vm.type_obj(owner).name.to_string(),
                    None => vm.type_name(obj),
                };
                Err(vm.attribute_error(format!("attribute '{n}' of '{t}' objects is not writable")))
            }
        },
        Some(ObjData::Property(p)) => {
            let f = if value.is_some() { p.fset } else { p.fdel };
            if f.is_none() {
                let what = if value.is_some() { "setter" } else { "deleter" };
                return Err(property_error(vm, d, obj, what));
            }
            match value {
                Some(v) => vm.call(f, &[obj, v])?,
                None => vm.call(f, &[obj])?,
            };
            Ok(true)
        }
        Some(ObjData::Member { owner, .. }) => match (obj.as_obj().map(|o| &o.data), value) {
            (Some(ObjData::Instance(_)), _) => member_set(vm, d, obj, value).map(|_| true),
            // Not an instance of the slot's class: the descriptor's TypeError.
            _ if !vm.isinstance(obj, *owner) => member_set(vm, d, obj, value).map(|_| true),
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
                // A data descriptor that lacks this half refuses it.
                let other = if value.is_some() {
                    "__delete__"
                } else {
                    "__set__"
                };
                if vm.lookup_dunder(d, other).is_some() {
                    return Err(vm.attribute_error(hook));
                }
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
    let t = vm.type_obj(cls);
    if t.flags & type_flags::HEAPTYPE == 0 {
        // CPython says "set" for deletions too.
        let n = vm.as_str(name).unwrap_or("?").to_string();
        return Err(vm.type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name
        )));
    }
    let hash = vm.str_hash(name);
    let meta = vm.type_of(cls);
    if let Some(d) = vm.lookup_type_attr(meta, name, hash) {
        if set_through_descriptor(vm, d, cls, name, value)? {
            return Ok(());
        }
    }
    // Names are interned in class dicts, as CPython does.
    let name = match vm.as_str(name) {
        Some(text) => vm.intern(text),
        None => name,
    };
    if value.is_some() && name == vm.interp.names.dunder_new {
        mark_custom_new(cls);
    }
    if vm.as_str(name) == Some("__abstractmethods__") {
        // As CPython's type_set_abstractmethods: the flag follows the
        // value's truth (cleared on deletion).
        let abstract_ = match value {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        vm.type_obj(cls)
            .is_abstract
            .store(abstract_, Ordering::Relaxed);
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

/// Records on `cls` and its subclasses that a `__new__` was assigned (see
/// `TypeObj::had_custom_new`).
fn mark_custom_new(cls: Value) {
    let mut todo = vec![cls];
    while let Some(c) = todo.pop() {
        if let ObjData::Type(t) = &c.obj().data {
            t.had_custom_new.store(true, Ordering::Relaxed);
            todo.extend(t.subclasses.lock().iter().copied());
        }
    }
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
            _ if is_method_descr(f) => {
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

// ----- `__dict__` / `__weakref__` descriptors, member and getset descriptors --

fn instance_dict_get(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    match instance_dict(vm, obj) {
        Some(d) => Ok(d),
        None => {
            let n = vm.interp.names.dunder_dict;
            Err(vm.no_attribute(obj, n))
        }
    }
}

/// `obj.__dict__ = d` (NULL: `del obj.__dict__`, which leaves an empty one).
fn instance_dict_set(vm: &mut Vm, obj: Value, d: Value) -> PyResult<()> {
    let d = if d.is_null() {
        vm.new_dict()
    } else if matches!(d.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        d
    } else {
        let t = vm.type_name(d);
        return Err(vm.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
    };
    match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Instance(i)) => {
            i.replace_dict(vm, d);
            Ok(())
        }
        _ => {
            let n = vm.interp.names.dunder_dict;
            Err(vm.no_attribute(obj, n))
        }
    }
}

fn weakref_get(_vm: &mut Vm, _obj: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// The `__dict__` or `__weakref__` getset descriptor a class that adds
/// instance dicts holds.
pub fn instance_dict_descriptor(vm: &mut Vm, key: &str) -> Value {
    let class = vm.types().getset;
    let gs = if key == "__dict__" {
        crate::object::GetSetObj {
            name: "__dict__",
            get: instance_dict_get,
            set: Some(instance_dict_set),
        }
    } else {
        crate::object::GetSetObj {
            name: "__weakref__",
            get: weakref_get,
            set: None,
        }
    };
    vm.alloc(class, ObjData::GetSet(gs))
}

fn member_parts(vm: &mut Vm, d: Value) -> PyResult<(Value, Value)> {
    match d.as_obj().map(|o| &o.data) {
        Some(ObjData::Member { name, owner, .. }) => Ok((*name, *owner)),
        _ => Err(vm.type_error("descriptor requires a 'member_descriptor' object")),
    }
}

fn member_name(vm: &mut Vm, d: Value) -> PyResult<Value> {
    if let Some(ObjData::GetSet(gs)) = d.as_obj().map(|o| &o.data) {
        return Ok(vm.intern(gs.name));
    }
    Ok(member_parts(vm, d)?.0)
}

fn member_qualname(vm: &mut Vm, d: Value) -> PyResult<Value> {
    let (name, owner) = member_parts(vm, d)?;
    let q = format!(
        "{}.{}",
        vm.type_obj(owner).qualname,
        vm.as_str(name).unwrap_or("?")
    );
    Ok(vm.new_str(q))
}

fn member_objclass(vm: &mut Vm, d: Value) -> PyResult<Value> {
    Ok(member_parts(vm, d)?.1)
}

fn none_doc(_vm: &mut Vm, _d: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `descr.__get__(obj, type=None)` for member and getset descriptors.
fn data_descr_get(vm: &mut Vm, args: crate::interp::Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    let owner = args.pos.get(2).copied().unwrap_or(Value::NONE);
    if obj.is_none() {
        if owner.is_none() {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(d);
    }
    bind(vm, d, obj)
}

fn data_descr_set(vm: &mut Vm, args: crate::interp::Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__set__", 3, 3)?;
    let (d, obj, v) = (args.pos[0], args.pos[1], args.pos[2]);
    let name = match d.as_obj().map(|o| &o.data) {
        Some(ObjData::Member { name, .. }) => *name,
        Some(ObjData::GetSet(gs)) => vm.intern(gs.name),
        _ => return Err(vm.type_error("descriptor requires a descriptor object")),
    };
    set_through_descriptor(vm, d, obj, name, Some(v))?;
    Ok(Value::NONE)
}

fn data_descr_delete(vm: &mut Vm, args: crate::interp::Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__delete__", 2, 2)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    let name = match d.as_obj().map(|o| &o.data) {
        Some(ObjData::Member { name, .. }) => *name,
        Some(ObjData::GetSet(gs)) => vm.intern(gs.name),
        _ => return Err(vm.type_error("descriptor requires a descriptor object")),
    };
    set_through_descriptor(vm, d, obj, name, None)?;
    Ok(Value::NONE)
}

fn getset_name(vm: &mut Vm, d: Value) -> PyResult<Value> {
    match d.as_obj().map(|o| &o.data) {
        Some(ObjData::GetSet(gs)) => Ok(vm.intern(gs.name)),
        _ => Err(vm.type_error("descriptor requires a 'getset_descriptor' object")),
    }
}

pub fn init(interp: &crate::interp::InterpState) {
    let t = &interp.types;
    let m = t.member_descriptor;
    super::add_method(interp, m, "__get__", data_descr_get);
    super::add_method(interp, m, "__set__", data_descr_set);
    super::add_method(interp, m, "__delete__", data_descr_delete);
    super::add_getset(interp, m, "__name__", member_name, None);
    super::add_getset(interp, m, "__qualname__", member_qualname, None);
    super::add_getset(interp, m, "__objclass__", member_objclass, None);
    super::add_getset(interp, m, "__doc__", none_doc, None);
    let g = t.getset;
    super::add_method(interp, g, "__get__", data_descr_get);
    super::add_method(interp, g, "__set__", data_descr_set);
    super::add_method(interp, g, "__delete__", data_descr_delete);
    super::add_getset(interp, g, "__name__", getset_name, None);
    super::add_getset(interp, g, "__doc__", none_doc, None);
}
