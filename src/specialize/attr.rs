//! The LoadAttr, LoadMethod and StoreAttr families.
//!
//! Every variant on instances guards on the type's version tag: tags are
//! never reused, so a match names the very class, unchanged since the
//! specializer looked (no data descriptor appeared, the method is the same
//! function). Instance variants also guard on the instance's shape, read
//! from its slots (src/sync/slots.rs) without a lock.
//!
//! Payloads (cache words 1..=3):
//!
//! | variant                | 1                   | 2             | 3          |
//! |------------------------|---------------------|---------------|------------|
//! | LoadAttrInstanceValue  | tag << 32 \| index  | shape         |            |
//! | LoadAttrModule         | module              | dict version  | value      |
//! | LoadAttrProperty       | tag                 | fget          |            |
//! | LoadAttrClass          | class               | class tag     | value      |
//! | LoadMethodWithValues   | tag                 | shape         | function   |
//! | LoadMethodNoDict       | tag                 | function      |            |
//! | LoadMethodModule       | module              | dict version  | value      |
//! | StoreAttrInstanceValue | tag << 32 \| index  | shape         |            |
//! | StoreAttrInstanceAdd   | tag << 32 \| index  | old shape     | new shape  |

use crate::builtins::attrs::{hooks, type_hooks};
use crate::bytecode::Opcode;
use crate::interp::Vm;
use crate::object::shape::{shape_of, transition, MAX_SHAPE_LEN};
use crate::object::types::{type_flags, HeapTypes};
use crate::object::{ObjData, Value};
use crate::sync::slots::Write;
use crate::sync::{AtomicU64, Ordering};

use super::Spec;

/// The current tag of `v`'s type (0 = none).
#[inline]
fn current_tag(vm: &Vm, v: Value) -> u32 {
    vm.type_obj(vm.type_of(v)).version.load(Ordering::Acquire)
}

fn tag_of(vm: &Vm, ty: Value) -> u32 {
    vm.interp.type_versions.tag_of(&HeapTypes, ty)
}

fn module_dict_version(m: Value) -> Option<(Value, u64)> {
    match &m.as_obj()?.data {
        ObjData::Module(md) => match &md.dict.obj().data {
            ObjData::Dict(d) => Some((md.dict, d.version())),
            _ => None,
        },
        _ => None,
    }
}

fn is_plain_function(v: Value) -> bool {
    crate::builtins::attrs::is_method_descr(v)
}

/// Whether looking `v` up on a class returns `v` itself (no binding, no
/// descriptor call).
fn is_plain_class_value(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|o| &o.data) {
        None => true,
        Some(ObjData::StaticMethod(_))
        | Some(ObjData::ClassMethod(_))
        | Some(ObjData::Property(_))
        | Some(ObjData::GetSet(_))
        | Some(ObjData::Member { .. }) => false,
        Some(_) => !vm.is_heap_instance(v) || vm.lookup_dunder(v, "__get__").is_none(),
    }
}

/// A module attribute's (module, version, value), for the module variants.
fn module_spec(vm: &mut Vm, obj: Value, name: Value, op: Opcode) -> Option<Spec> {
    if vm.type_of(obj) != vm.types().module {
        return None;
    }
    let (dict, ver) = module_dict_version(obj)?;
    let v = vm.dict_get_str(dict, name)?;
    Some(Spec::new(op, &[obj.to_bits(), ver, v.to_bits()]))
}

#[inline]
fn module_hit(units: &[AtomicU64], pc: usize, word: u64, obj: Value) -> Option<Value> {
    let [m, ver, v] = super::payload::<3>(units, pc, word)?;
    if m != obj.to_bits() {
        return None;
    }
    let (_, now) = module_dict_version(obj)?;
    (now == ver).then(|| Value::from_bits(v))
}

// ----- LoadAttr ----------------------------------------------------------------

pub fn specialize_load_attr(vm: &mut Vm, obj: Value, name: Value) -> Option<Spec> {
    if let Some(s) = module_spec(vm, obj, name, Opcode::LoadAttrModule) {
        return Some(s);
    }
    let hash = vm.str_hash(name);
    if let Some(ObjData::Type(_)) = obj.as_obj().map(|o| &o.data) {
        let type_ = vm.types().type_;
        if vm.type_of(obj) != type_ || vm.type_obj(type_).lookup(name, hash).is_some() {
            return None;
        }
        let tag = tag_of(vm, obj);
        let v = vm.type_obj(obj).lookup(name, hash)?;
        if tag == 0 || !is_plain_class_value(vm, v) {
            return None;
        }
        return Some(Spec::new(
            Opcode::LoadAttrClass,
            &[obj.to_bits(), tag as u64, v.to_bits()],
        ));
    }
    let ty = vm.type_of(obj);
    if type_hooks(vm, ty) & hooks::GETATTRIBUTE != 0 {
        return None;
    }
    let tag = tag_of(vm, ty);
    if tag == 0 {
        return None;
    }
    let descr = vm.type_obj(ty).lookup(name, hash);
    if let Some(d) = descr {
        if let Some(ObjData::Property(p)) = d.as_obj().map(|o| &o.data) {
            if vm.type_of(d) == vm.types().property && is_plain_function(p.fget) {
                return Some(Spec::new(
                    Opcode::LoadAttrProperty,
                    &[tag as u64, p.fget.to_bits()],
                ));
            }
            return None;
        }
        if !is_plain_function(d) && !is_plain_class_value(vm, d) {
            return None;
        }
    }
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    let shape = inst.slots.shape();
    if shape == vm.interp.dict_mode_shape.to_bits() {
        return None;
    }
    let index = shape_of(Value::from_bits(shape)).index_of(name)?;
    Some(Spec::new(
        Opcode::LoadAttrInstanceValue,
        &[((tag as u64) << 32) | index as u64, shape],
    ))
}

/// LoadAttrInstanceValue.
#[inline]
pub fn load_instance_value(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
) -> Option<Value> {
    let [tag_index, shape] = super::payload::<2>(units, pc, word)?;
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    if current_tag(vm, obj) != (tag_index >> 32) as u32 {
        return None;
    }
    inst.slots
        .read_if_shape(shape, tag_index as u32 as usize)
        .map(Value::from_bits)
}

/// LoadAttrModule.
#[inline]
pub fn load_module_attr(units: &[AtomicU64], pc: usize, word: u64, obj: Value) -> Option<Value> {
    module_hit(units, pc, word, obj)
}

/// LoadAttrProperty: the getter to call with the object.
#[inline]
pub fn load_property(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
) -> Option<Value> {
    let [tag, fget] = super::payload::<2>(units, pc, word)?;
    (current_tag(vm, obj) == tag as u32).then(|| Value::from_bits(fget))
}

/// LoadAttrClass.
#[inline]
pub fn load_class_attr(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
) -> Option<Value> {
    let [cls, tag, v] = super::payload::<3>(units, pc, word)?;
    if cls != obj.to_bits() {
        return None;
    }
    (vm.type_obj(obj).version.load(Ordering::Acquire) == tag as u32).then(|| Value::from_bits(v))
}

// ----- LoadMethod --------------------------------------------------------------

/// Whether `obj` keeps no attributes of its own.
fn has_no_own_attrs(obj: Value) -> bool {
    !matches!(
        obj.as_obj().map(|o| &o.data),
        Some(ObjData::Instance(_))
            | Some(ObjData::Function(_))
            | Some(ObjData::Exception(_))
            | Some(ObjData::Module(_))
            | Some(ObjData::Type(_))
            | Some(ObjData::Super { .. })
    )
}

pub fn specialize_load_method(vm: &mut Vm, obj: Value, name: Value) -> Option<Spec> {
    if let Some(s) = module_spec(vm, obj, name, Opcode::LoadMethodModule) {
        return Some(s);
    }
    if matches!(
        obj.as_obj().map(|o| &o.data),
        Some(ObjData::Type(_)) | Some(ObjData::Super { .. })
    ) {
        return None;
    }
    let ty = vm.type_of(obj);
    if type_hooks(vm, ty) & hooks::GETATTRIBUTE != 0 {
        return None;
    }
    let tag = tag_of(vm, ty);
    if tag == 0 {
        return None;
    }
    let hash = vm.str_hash(name);
    let f = vm.type_obj(ty).lookup(name, hash)?;
    if !is_plain_function(f) {
        return None;
    }
    if has_no_own_attrs(obj) {
        return Some(Spec::new(
            Opcode::LoadMethodNoDict,
            &[tag as u64, f.to_bits()],
        ));
    }
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    let shape = inst.slots.shape();
    if shape == vm.interp.dict_mode_shape.to_bits()
        || shape_of(Value::from_bits(shape)).index_of(name).is_some()
    {
        return None;
    }
    Some(Spec::new(
        Opcode::LoadMethodWithValues,
        &[tag as u64, shape, f.to_bits()],
    ))
}

/// LoadMethodWithValues: the method, if the class and the instance's shape
/// are unchanged.
#[inline]
pub fn load_method_with_values(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
) -> Option<Value> {
    let [tag, shape, f] = super::payload::<3>(units, pc, word)?;
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    (current_tag(vm, obj) == tag as u32 && inst.slots.shape() == shape).then(|| Value::from_bits(f))
}

/// LoadMethodNoDict.
#[inline]
pub fn load_method_no_dict(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
) -> Option<Value> {
    let [tag, f] = super::payload::<2>(units, pc, word)?;
    (current_tag(vm, obj) == tag as u32 && has_no_own_attrs(obj)).then(|| Value::from_bits(f))
}

/// LoadMethodModule.
#[inline]
pub fn load_method_module(units: &[AtomicU64], pc: usize, word: u64, obj: Value) -> Option<Value> {
    module_hit(units, pc, word, obj)
}

// ----- StoreAttr ---------------------------------------------------------------

/// Chooses a StoreAttr variant from the instance's state before the store.
pub fn specialize_store_attr(vm: &mut Vm, obj: Value, name: Value) -> Option<Spec> {
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    let ty = vm.type_of(obj);
    let t = vm.type_obj(ty);
    if t.flags & type_flags::NO_INSTANCE_DICT != 0 || type_hooks(vm, ty) & hooks::SETATTR != 0 {
        return None;
    }
    let tag = tag_of(vm, ty);
    if tag == 0 {
        return None;
    }
    let hash = vm.str_hash(name);
    if let Some(d) = t.lookup(name, hash) {
        if !is_plain_function(d) && !is_plain_class_value(vm, d) {
            return None;
        }
    }
    let shape = inst.slots.shape();
    if shape == vm.interp.dict_mode_shape.to_bits() {
        return None;
    }
    let s = shape_of(Value::from_bits(shape));
    let tag = (tag as u64) << 32;
    if let Some(i) = s.index_of(name) {
        return Some(Spec::new(
            Opcode::StoreAttrInstanceValue,
            &[tag | i as u64, shape],
        ));
    }
    let index = s.keys.len();
    if index >= MAX_SHAPE_LEN {
        return None;
    }
    let new_shape = transition(vm, Value::from_bits(shape), name);
    Some(Spec::new(
        Opcode::StoreAttrInstanceAdd,
        &[tag | index as u64, shape, new_shape.to_bits()],
    ))
}

/// StoreAttrInstanceValue and StoreAttrInstanceAdd: true if the store was
/// done. The shape is re-checked under the instance's writer lock, so a
/// concurrent relayout makes this a miss rather than a lost write.
#[inline]
pub fn store_instance(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
    value: Value,
    adding: bool,
) -> bool {
    let Some([tag_index, shape, new_shape]) = super::payload::<3>(units, pc, word) else {
        return false;
    };
    let Some(ObjData::Instance(inst)) = obj.obj_data() else {
        return false;
    };
    if current_tag(vm, obj) != (tag_index >> 32) as u32 {
        return false;
    }
    let index = tag_index as u32 as usize;
    inst.slots.write(value.to_bits(), |cur| {
        if cur != shape {
            Write::Decline
        } else if adding {
            Write::Append {
                index,
                shape: new_shape,
            }
        } else {
            Write::Replace(index)
        }
    })
}
