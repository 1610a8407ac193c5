//! Type objects: name, bases, MRO, attribute dict and version tag.
//!
//! The version tag (DESIGN.md decision 5) is the value every inline cache
//! guards on. It is assigned lazily and reset to 0 by `modified()` whenever
//! something a lookup could return changes; the cascade through subclasses
//! and the allocator live in src/sync so loom can check them (classes
//! issue). Builtin types are created once per interpreter by
//! `interp::builtin_types`.

use super::{DictObj, ObjData, Value};
use crate::sync::{AtomicU32, RwLock};

/// `TypeObj::flags` bits.
pub mod type_flags {
    /// Python code may subclass it.
    pub const BASETYPE: u32 = 1;
    /// Created by a class statement (attributes can be set on it).
    pub const HEAPTYPE: u32 = 2;
    /// A subclass of BaseException.
    pub const EXCEPTION: u32 = 4;
}

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub module: RwLock<Value>,
    pub bases: RwLock<Vec<Value>>,
    pub mro: RwLock<Vec<Value>>,
    /// The attribute dict (a `DictObj` heap value).
    pub dict: Value,
    pub version: AtomicU32,
    pub flags: u32,
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

/// Records that something a lookup on `ty` could return has changed.
///
/// For now this only resets the type's version tag; the cascade through
/// subclasses and the allocator arrive with src/sync's version-tag protocol
/// (classes issue), which every inline cache will guard on.
pub fn modified(ty: Value) {
    if let ObjData::Type(t) = &ty.obj().data {
        t.version.store(0, crate::sync::Ordering::Release);
    }
}
