//! The LoadAttr, LoadMethod and StoreAttr families.
//!
//! Every variant on instances guards on the type's version tag: tags are
//! never reused, so a match names the very class, unchanged since the
//! specializer looked (no data descriptor appeared, the method is the same
//! function). Instance variants also guard on the instance's shape, read
//! from its slots (src/sync/slots.rs) without a lock.
//!
//! A site whose class is *plain* (no data descriptors, no attribute hooks,
//! instances with attribute dicts: `hooks::NOT_PLAIN` in builtins/attrs.rs)
//! guards instance attributes on the shape alone, with `ANY_PLAIN` set in
//! the tag word instead of a tag: any plain class whose instance has that
//! shape gives the same answer, so a site that sees instances of several
//! sibling classes built by one `__init__` stays specialized.
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

use crate::builtins::attrs::{hooks, is_plain_at, type_hooks};
use crate::bytecode::Opcode;
use crate::interp::Vm;
use crate::object::shape::{shape_of, transition, MAX_SHAPE_LEN};
use crate::object::types::{type_flags, HeapTypes};
use crate::object::{ObjData, Value};
use crate::sync::slots::Write;
use crate::sync::{AtomicU64, Ordering};

use super::Spec;

/// Tag-word flag: guard on "the class is plain" instead of on one tag.
const ANY_PLAIN: u64 = 1 << 63;

/// The guard of the instance variants: the class has the recorded tag, or
/// (with `ANY_PLAIN`) is plain under its current tag.
#[inline]
fn class_guard(vm: &Vm, obj: Value, tag_word: u64) -> bool {
    let t = vm.type_obj(vm.type_of(obj));
    let tag = t.version.load(Ordering::Acquire);
    if tag_word & ANY_PLAIN != 0 {
        is_plain_at(t, tag)
    } else {
        tag == (tag_word >> 32) as u32
    }
}

/// The tag word for a site on instances of `ty` (tag `tag`).
fn guard_word(vm: &mut Vm, ty: Value, tag: u32, name: Value) -> u64 {
    // Plainness ignores descriptors under dunder names (see
    // `has_data_descriptors`), so those names keep the exact-tag guard.
    let dunder = vm.as_str(name).is_some_and(crate::builtins::is_dunder);
    if !dunder && type_hooks(vm, ty) & hooks::NOT_PLAIN == 0 && is_plain_at(vm.type_obj(ty), tag) {
        ANY_PLAIN
    } else {
        (tag as u64) << 32
    }
}

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

fn is_member(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Member { .. }))
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
        if vm.type_of(obj) != type_ || vm.lookup_type_attr(type_, name, hash).is_some() {
            return None;
        }
        let tag = tag_of(vm, obj);
        let v = vm.lookup_type_attr(obj, name, hash)?;
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
    let descr = vm.lookup_type_attr(ty, name, hash);
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
        // A `__slots__` member of a dict-less instance keeps its value in
        // the shape slots, where the instance-value variant reads it
        // (instances with a `__dict__` keep it in member cells).
        let dictless = vm.type_obj(ty).flags & type_flags::NO_INSTANCE_DICT != 0;
        if is_member(d) && !dictless {
            return None;
        }
        if !is_member(d) && !is_plain_function(d) && !is_plain_class_value(vm, d) {
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
    let guard = guard_word(vm, ty, tag, name);
    Some(Spec::new(
        Opcode::LoadAttrInstanceValue,
        &[guard | index as u64, shape],
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
    name: Value,
) -> Option<Value> {
    let [tag_index, shape] = super::payload::<2>(units, pc, word)?;
    let ObjData::Instance(inst) = obj.obj_data()? else {
        return None;
    };
    if !class_guard(vm, obj, tag_index) {
        return None;
    }
    let index = tag_index as u32 as usize;
    if tag_index & ANY_PLAIN != 0 {
        return inst
            .slots
            .read(|s| shape_has(s, index, name).then_some(index))
            .map(Value::from_bits);
    }
    inst.slots.read_if_shape(shape, index).map(Value::from_bits)
}

/// Whether the shape word `shape` has `name` at `index`: every shape grown
/// from a common prefix agrees on the prefix's indices, so sibling classes
/// whose instances were built by one `__init__` share this answer.
#[inline]
fn shape_has(shape: u64, index: usize, name: Value) -> bool {
    shape_of(Value::from_bits(shape)).keys.get(index) == Some(&name)
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
    let f = vm.lookup_type_attr(ty, name, hash)?;
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
    if type_hooks(vm, ty) & hooks::SETATTR != 0 {
        return None;
    }
    let tag = tag_of(vm, ty);
    if tag == 0 {
        return None;
    }
    let hash = vm.str_hash(name);
    let descr = vm.lookup_type_attr(ty, name, hash);
    let member = descr.is_some_and(is_member);
    // Slot values sit in the shape slots only for dict-less instances
    // (builtins/attrs.rs `member_place`).
    if (t.flags & type_flags::NO_INSTANCE_DICT != 0) != member {
        return None;
    }
    if let Some(d) = descr {
        if !member && !is_plain_function(d) && !is_plain_class_value(vm, d) {
            return None;
        }
    }
    let shape = inst.slots.shape();
    if shape == vm.interp.dict_mode_shape.to_bits() {
        return None;
    }
    let s = shape_of(Value::from_bits(shape));
    let tag = guard_word(vm, ty, tag, name);
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
#[allow(clippy::too_many_arguments)] // the site (units, pc, word) plus the store
pub fn store_instance(
    vm: &Vm,
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
    name: Value,
    value: Value,
    adding: bool,
) -> bool {
    let Some([tag_index, shape, new_shape]) = super::payload::<3>(units, pc, word) else {
        return false;
    };
    let Some(ObjData::Instance(inst)) = obj.obj_data() else {
        return false;
    };
    if !class_guard(vm, obj, tag_index) {
        return false;
    }
    let index = tag_index as u32 as usize;
    let any_plain = tag_index & ANY_PLAIN != 0;
    inst.slots.write(value.to_bits(), |cur| {
        if any_plain && !adding {
            if shape_has(cur, index, name) {
                Write::Replace(index)
            } else {
                Write::Decline
            }
        } else if cur != shape {
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
