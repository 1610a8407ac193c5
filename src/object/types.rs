//! Type objects: name, bases, MRO, attribute dict and version tag.
//!
//! The version tag (DESIGN.md decision 5) is the value every inline cache
//! guards on. It is assigned lazily and reset to 0 by `modified()` whenever
//! something a lookup could return changes; the cascade through subclasses
//! and the allocator live in src/sync so loom can check them (classes
//! issue). Builtin types are created once per interpreter by
//! `interp::builtin_types`.

use super::{AtomicValue, DictObj, ObjData, Value};
use crate::sync::type_version::TypeGraph;
use crate::sync::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, Mutex, RwLock};

/// `TypeObj::flags` bits.
pub mod type_flags {
    /// Python code may subclass it.
    pub const BASETYPE: u32 = 1;
    /// Created by a class statement (attributes can be set on it).
    pub const HEAPTYPE: u32 = 2;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 4;
    /// Instances have no `__dict__` (`__slots__` without `'__dict__'`).
    pub const NO_INSTANCE_DICT: u32 = 8;
    /// Defines `__eq__` but not `__hash__` somewhere on its own body.
    pub const ABSTRACT: u32 = 16;
    /// A native type with an `ObjData::Ext` payload whose `ExtData` fast
    /// paths stand for its dunders (never set on Python subclasses).
    pub const NATIVE_EXT: u32 = 32;
}

/// What pattern matching takes a class's instances for (CPython's
/// `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`): `TypeObj::collection`.
/// Set on builtin types when they are made, inherited at class creation
/// from the first class on the MRO that has one, and set on heap types by
/// `collections.abc` registration.
pub mod collection {
    pub const NONE: u8 = 0;
    pub const SEQUENCE: u8 = 1;
    pub const MAPPING: u8 = 2;
}

pub struct TypeObj {
    /// `__name__` and `__qualname__`: replaceable by assignment.
    pub name: TypeName,
    pub qualname: TypeName,
    pub module: RwLock<Value>,
    pub bases: RwLock<Vec<Value>>,
    pub mro: RwLock<Vec<Value>>,
    /// The attribute dict (a `DictObj` heap value).
    pub dict: Value,
    /// The version tag (src/sync/type_version.rs); 0 means none.
    pub version: AtomicU32,
    pub flags: u32,
    /// Direct subclasses. Weak: not traced, so a class nobody else refers
    /// to can be collected; the collector prunes dead entries.
    pub subclasses: Mutex<Vec<Value>>,
    /// `__slots__` names (in order) for classes that declare them.
    pub slot_names: Box<[Value]>,
    /// How many `__slots__` value cells instances have (the bases' first).
    pub members: usize,
    /// Which attribute hooks (`__getattribute__`, ...) the class overrides,
    /// valid for one version tag: `tag << 32 | bits` (builtins/attrs.rs).
    pub hooks: AtomicU64,
    /// The class or a base has had its own `__new__`. Like CPython's
    /// `tp_new` slot, this stays set when the method is deleted again, so
    /// `object.__new__` keeps rejecting extra arguments.
    pub had_custom_new: AtomicBool,
    /// A `collection` kind (sequence or mapping patterns).
    pub collection: AtomicU8,
}

impl TypeObj {
    /// The attribute dict's payload.
    pub fn dict(&self) -> &DictObj {
        match &self.dict.obj().data {
            ObjData::Dict(d) => d,
            _ => unreachable!("type dict is always a dict"),
        }
    }

    /// Looks `name` (a str value with hash `hash`) up along the MRO.
    pub fn lookup(&self, name: Value, hash: i64) -> Option<Value> {
        for &t in self.mro.read().iter() {
            if let ObjData::Type(ty) = &t.obj().data {
                if let Some(v) = ty.dict().get(name, hash) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Whether `other` is on this type's MRO (issubclass).
    pub fn is_subtype_of(&self, other: Value) -> bool {
        self.mro.read().contains(&other)
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.dict);
        visit(*self.module.read());
        self.bases.read().iter().copied().for_each(&mut *visit);
        self.mro.read().iter().copied().for_each(&mut *visit);
    }
}

/// A class's `__name__` or `__qualname__`: a str object that assignment
/// replaces with one atomic store (strs are immutable and never freed while
/// the interpreter lives, so a reader's `&str` stays valid after a rename).
/// It reads as a `&str` (`Deref`, `Display`).
pub struct TypeName(AtomicValue);

impl TypeName {
    /// `s` must be a str object.
    pub fn new(s: Value) -> TypeName {
        TypeName(AtomicValue::new(s))
    }

    /// The str object (its class may be NULL for builtin types' names,
    /// which are made before `str` exists; see `as_str`).
    pub fn get(&self) -> Value {
        self.0.get()
    }

    pub fn set(&self, s: Value) {
        self.0.set(s)
    }

    pub fn as_str(&self) -> &'static str {
        match &self.0.get().obj().data {
            ObjData::Str(s) => s.as_str(),
            _ => unreachable!("a type name that is not a str"),
        }
    }
}

impl std::ops::Deref for TypeName {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for TypeName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for TypeName {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// The heap's classes as the version-tag protocol sees them: handles are
/// type `Value`s.
pub struct HeapTypes;

fn type_payload(ty: Value) -> &'static TypeObj {
    match &ty.obj().data {
        ObjData::Type(t) => t,
        _ => unreachable!("a type handle that is not a type"),
    }
}

impl TypeGraph for HeapTypes {
    type Ty = Value;

    fn tag(&self, ty: Value) -> &AtomicU32 {
        &type_payload(ty).version
    }

    /// Every class a lookup on `ty` reads: its MRO after itself (the same
    /// classes as its bases' closure, unless a metaclass's `mro()` chose
    /// others).
    fn bases(&self, ty: Value, out: &mut Vec<Value>) {
        let t = type_payload(ty);
        let mro = t.mro.read();
        if mro.len() > 1 {
            out.extend(mro[1..].iter().copied());
        } else {
            out.extend(t.bases.read().iter().copied());
        }
    }

    fn subclasses(&self, ty: Value, out: &mut Vec<Value>) {
        out.extend(type_payload(ty).subclasses.lock().iter().copied());
    }
}
