//! Shapes (hidden classes) and instance attributes (DESIGN.md decision 6).
//!
//! A shape is an immutable list of attribute names; instances that gained
//! the same names in the same order share one shape, found by following
//! transitions ("add name `x`") from the interpreter's empty root shape. An
//! instance keeps its attribute values in a `Slots` (src/sync/slots.rs) at
//! the indices its shape gives, so a cached attribute load is a
//! type-version check, a shape check and one atomic load.
//!
//! An instance leaves the shape world for good when it needs a real dict:
//! `obj.__dict__` is asked for, an attribute is deleted, or it collects more
//! than `MAX_SHAPE_LEN` names. Its attributes then move into a dict and its
//! slots take the `dict_mode` shape, which no cache ever matches; from then
//! on the dict is the one place its attributes live.

use super::{AtomicValue, ObjData, Value};
use crate::interp::Vm;
use crate::sync::slots::{Slots, Write};
use crate::sync::Mutex;

/// Past this many attributes an instance switches to a dict.
pub const MAX_SHAPE_LEN: usize = 48;

pub struct ShapeObj {
    /// Attribute names in slot order (str values).
    pub keys: Box<[Value]>,
    /// Child shapes, by the name they add.
    transitions: Mutex<Vec<(Value, Value)>>,
}

impl ShapeObj {
    pub fn new(keys: Box<[Value]>) -> ShapeObj {
        ShapeObj {
            keys,
            transitions: Mutex::new(Vec::new()),
        }
    }

    /// The slot of `name`, if this shape has it.
    #[inline]
    pub fn index_of(&self, name: Value) -> Option<usize> {
        if let Some(i) = self.keys.iter().position(|&k| k == name) {
            return Some(i);
        }
        // Keys are interned (`transition` sees to it), and so are the names
        // in code, so identity decides for an interned name; a name built
        // at run time (`getattr(o, "x" + s)`) is compared by content.
        if let ObjData::Str(s) = &name.as_obj()?.data {
            if s.is_interned() {
                return None;
            }
        }
        let (hash, text) = str_parts(name)?;
        self.keys
            .iter()
            .position(|&k| str_parts(k).is_some_and(|(h, t)| h == hash && t == text))
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.keys.iter().copied().for_each(&mut *visit);
        for &(name, child) in self.transitions.lock().iter() {
            visit(name);
            visit(child);
        }
    }
}

fn str_parts(v: Value) -> Option<(i64, &'static str)> {
    match &v.as_obj()?.data {
        ObjData::Str(s) => Some((s.hash(), s.as_str())),
        _ => None,
    }
}

/// The shape payload of a shape value.
pub fn shape_of(v: Value) -> &'static ShapeObj {
    match &v.obj().data {
        ObjData::Shape(s) => s,
        _ => unreachable!("a shape word that is not a shape"),
    }
}

/// The shape `shape` plus `name` (made on first use, then shared).
pub fn transition(vm: &mut Vm, shape: Value, name: Value) -> Value {
    let name = match &name.obj().data {
        ObjData::Str(s) if !s.is_interned() => vm.intern(s.as_str()),
        _ => name,
    };
    let parent = shape_of(shape);
    let mut transitions = parent.transitions.lock();
    if let Some(&(_, child)) = transitions.iter().find(|&&(n, _)| n == name) {
        return child;
    }
    let mut keys = parent.keys.to_vec();
    keys.push(name);
    let class = vm.types().object;
    let child = vm.alloc(class, ObjData::Shape(Box::new(ShapeObj::new(keys.into()))));
    transitions.push((name, child));
    child
}

/// A plain instance of a class defined in Python.
pub struct InstanceObj {
    pub slots: Slots,
    /// The attribute dict once the instance is in dict mode; NULL before.
    dict: AtomicValue,
    /// Values of `__slots__` entries (NULL while unset), addressed by the
    /// member descriptors' indices; kept apart from the attributes so they
    /// never show in `__dict__`.
    members: Box<[AtomicValue]>,
}

impl InstanceObj {
    /// A fresh instance with no attributes, room for `capacity`.
    pub fn new(vm: &Vm, capacity: usize) -> InstanceObj {
        InstanceObj::with_members(vm, capacity, 0)
    }

    /// A fresh instance with `members` unset `__slots__` values.
    pub fn with_members(vm: &Vm, capacity: usize, members: usize) -> InstanceObj {
        InstanceObj {
            slots: Slots::new(vm.interp.empty_shape.to_bits(), &[], capacity),
            dict: AtomicValue::new(Value::NULL),
            members: (0..members)
                .map(|_| AtomicValue::new(Value::NULL))
                .collect(),
        }
    }

    /// The `__slots__` value cell `index`, if the instance has it.
    #[inline]
    pub fn member(&self, index: usize) -> Option<&AtomicValue> {
        self.members.get(index)
    }

    /// The number of `__slots__` value cells (part of the layout that
    /// `__class__` assignment compares).
    pub fn member_count(&self) -> usize {
        self.members.len()
    }

    /// `obj.__dict__ = d`: the instance moves to dict mode with `d` as its
    /// attribute dict.
    pub fn replace_dict(&self, vm: &Vm, d: Value) {
        let dict_mode = vm.interp.dict_mode_shape.to_bits();
        self.slots.relayout(|_, _| {
            self.dict.set(d);
            (dict_mode, Vec::new())
        });
    }

    /// The attribute dict, if the instance is in dict mode.
    #[inline]
    pub fn dict_if_any(&self) -> Option<Value> {
        let d = self.dict.get();
        (!d.is_null()).then_some(d)
    }

    /// The value of attribute `name`, if set.
    #[inline]
    pub fn get(&self, vm: &Vm, name: Value) -> Option<Value> {
        let dict_mode = vm.interp.dict_mode_shape.to_bits();
        let found = self.slots.read(|shape| {
            if shape == dict_mode {
                None
            } else {
                shape_of(Value::from_bits(shape)).index_of(name)
            }
        });
        match found {
            Some(bits) => Some(Value::from_bits(bits)),
            None => {
                let d = self.dict_if_any()?;
                vm.dict_get_str(d, name)
            }
        }
    }

    /// Sets attribute `name` (a str).
    pub fn set(&self, vm: &mut Vm, name: Value, value: Value) {
        let dict_mode = vm.interp.dict_mode_shape.to_bits();
        let mut too_big = false;
        let wrote = self.slots.write(value.to_bits(), |shape| {
            if shape == dict_mode {
                return Write::Decline;
            }
            let s = shape_of(Value::from_bits(shape));
            match s.index_of(name) {
                Some(i) => Write::Replace(i),
                None if s.keys.len() >= MAX_SHAPE_LEN => {
                    too_big = true;
                    Write::Decline
                }
                None => Write::Append {
                    index: s.keys.len(),
                    shape: transition(vm, Value::from_bits(shape), name).to_bits(),
                },
            }
        });
        if !wrote {
            let d = if too_big {
                self.dict(vm)
            } else {
                self.dict_if_any().expect("dict mode has a dict")
            };
            vm.dict_set_str(d, name, value);
        }
    }

    /// Deletes attribute `name`; false if it was not set.
    pub fn delete(&self, vm: &mut Vm, name: Value) -> bool {
        if self.get(vm, name).is_none() {
            return false;
        }
        let d = self.dict(vm);
        let hash = vm.str_hash(name);
        match &d.obj().data {
            ObjData::Dict(dd) => dd.remove(name, hash).is_some(),
            _ => false,
        }
    }

    /// `obj.__dict__`: moves the instance to dict mode (once) and returns
    /// the dict, which from then on holds its attributes.
    pub fn dict(&self, vm: &mut Vm) -> Value {
        if let Some(d) = self.dict_if_any() {
            return d;
        }
        let dict_mode = vm.interp.dict_mode_shape;
        let fresh = vm.new_dict();
        let mut result = fresh;
        self.slots.relayout(|shape, values| {
            if shape == dict_mode.to_bits() {
                // Another thread got here first.
                result = self.dict.get();
                return (shape, Vec::new());
            }
            let keys = &shape_of(Value::from_bits(shape)).keys;
            for (&k, &v) in keys.iter().zip(values) {
                vm.dict_set_str(fresh, k, Value::from_bits(v));
            }
            self.dict.set(fresh);
            (dict_mode.to_bits(), Vec::new())
        });
        result
    }

    /// The attribute names and values, in order (for `__dict__`-less
    /// introspection such as `vars` on dict-mode-less instances).
    pub fn items(&self, vm: &mut Vm) -> Vec<(Value, Value)> {
        if let Some(d) = self.dict_if_any() {
            return match &d.obj().data {
                ObjData::Dict(dd) => dd.entries().iter().map(|e| (e.key, e.value)).collect(),
                _ => Vec::new(),
            };
        }
        let dict_mode = vm.interp.dict_mode_shape.to_bits();
        let (shape, values) = self.slots.snapshot(|shape| {
            if shape == dict_mode {
                0
            } else {
                shape_of(Value::from_bits(shape)).keys.len()
            }
        });
        if shape == dict_mode {
            return self.items(vm);
        }
        let keys = &shape_of(Value::from_bits(shape)).keys;
        keys.iter()
            .zip(values)
            .map(|(&k, v)| (k, Value::from_bits(v)))
            .collect()
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        let (shape, values) =
            self.slots.snapshot(
                |shape| match Value::from_bits(shape).as_obj().map(|o| &o.data) {
                    Some(ObjData::Shape(s)) => s.keys.len(),
                    _ => 0,
                },
            );
        visit(Value::from_bits(shape));
        values
            .into_iter()
            .map(Value::from_bits)
            .for_each(&mut *visit);
        visit(self.dict.get());
        self.members.iter().for_each(|m| visit(m.get()));
    }
}
