//! Class attribute lookup through the type attribute cache.
//!
//! `TypeObj::lookup` walks the MRO, probing each class's dict under its
//! lock. `Vm::lookup_type_attr` answers from the shared cache
//! (src/sync/type_cache.rs) when the class has a version tag and the
//! `(tag, name)` pair was seen before; otherwise it reads the tag (assigning
//! one if needed), does the walk, and records the result, found or not.

use crate::object::types::HeapTypes;
use crate::object::Value;
use crate::sync::Ordering;

use super::Vm;

impl Vm {
    /// `name` (a str, with hash `hash`) looked up along the MRO of the
    /// class `ty`.
    #[inline]
    pub fn lookup_type_attr(&self, ty: Value, name: Value, hash: i64) -> Option<Value> {
        let t = self.type_obj(ty);
        let tag = t.version.load(Ordering::Acquire);
        if let Some(bits) = self.interp.type_cache.get(tag, name.to_bits()) {
            let v = Value::from_bits(bits);
            return (!v.is_null()).then_some(v);
        }
        self.lookup_type_attr_slow(ty, name, hash)
    }

    #[cold]
    fn lookup_type_attr_slow(&self, ty: Value, name: Value, hash: i64) -> Option<Value> {
        let t = self.type_obj(ty);
        let (tag, found) = self
            .interp
            .type_versions
            .read_versioned(&HeapTypes, ty, || t.lookup(name, hash));
        let bits = found.unwrap_or(Value::NULL).to_bits();
        self.interp.type_cache.put(tag, name.to_bits(), bits);
        found
    }
}
