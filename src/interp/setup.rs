//! Building an interpreter: types, the builtins namespace, interned names.

use std::collections::HashMap;
use std::sync::Arc;

use crate::object::str::StrObj;
use crate::object::{Heap, ObjData, Value};
use crate::sync::{AtomicUsize, RwLock};

use super::{names::Names, BuiltinTypes, InterpState, DEFAULT_RECURSION_LIMIT};

impl InterpState {
    /// A fresh interpreter with the builtins installed.
    pub fn new() -> Arc<InterpState> {
        let heap = Heap::new();
        let types = BuiltinTypes::new(&heap);
        let builtin_module = heap.alloc_shared(Value::NULL, ObjData::Str(StrObj::new("builtins")));
        builtin_module.obj().set_class(types.str);
        for t in types.all() {
            if let ObjData::Type(ty) = &t.obj().data {
                ty.dict.obj().set_class(types.dict);
                *ty.module.write() = builtin_module;
            }
        }
        let mut interned: HashMap<Box<str>, Value> = HashMap::new();
        interned.insert("builtins".into(), builtin_module);
        let names = Names::new(&mut |s: &str| {
            *interned
                .entry(s.into())
                .or_insert_with(|| heap.alloc_shared(types.str, ObjData::Str(StrObj::new(s))))
        });
        let builtins = heap.alloc_shared(types.dict, ObjData::Dict(Box::default()));
        let modules = heap.alloc_shared(types.dict, ObjData::Dict(Box::default()));
        let new_shape = || {
            heap.alloc_shared(
                types.object,
                ObjData::Shape(Box::new(crate::object::shape::ShapeObj::new(Box::new([])))),
            )
        };
        let empty_shape = new_shape();
        let dict_mode_shape = new_shape();
        let state = Arc::new(InterpState {
            heap,
            types,
            builtins,
            modules,
            interned: RwLock::new(interned),
            recursion_limit: AtomicUsize::new(DEFAULT_RECURSION_LIMIT),
            sources: RwLock::new(HashMap::new()),
            argv: RwLock::new(Vec::new()),
            names,
            empty_shape,
            dict_mode_shape,
            type_cache: crate::sync::type_cache::TypeCache::new(12),
            type_versions: crate::sync::type_version::TypeVersions::new(),
        });
        state.install_builtins();
        state
    }

    fn set_builtin(&self, name: &str, value: Value) {
        let key = self.intern(name);
        if let (ObjData::Dict(d), ObjData::Str(s)) = (&self.builtins.obj().data, &key.obj().data) {
            d.insert(key, s.hash(), value);
        }
    }

    fn install_builtins(&self) {
        crate::builtins::init(self);
        let t = &self.types;
        for (name, ty) in [
            ("object", t.object),
            ("type", t.type_),
            ("int", t.int),
            ("bool", t.bool),
            ("float", t.float),
            ("complex", t.complex),
            ("str", t.str),
            ("bytes", t.bytes),
            ("bytearray", t.bytearray),
            ("list", t.list),
            ("tuple", t.tuple),
            ("dict", t.dict),
            ("set", t.set),
            ("frozenset", t.frozenset),
            ("range", t.range),
            ("slice", t.slice),
            ("enumerate", t.enumerate),
            ("zip", t.zip),
            ("map", t.map),
            ("filter", t.filter),
            ("reversed", t.reversed),
            ("staticmethod", t.staticmethod),
            ("classmethod", t.classmethod),
            ("property", t.property),
            ("super", t.super_),
        ] {
            self.set_builtin(name, ty);
        }
        for name in &t.exception_order {
            self.set_builtin(name, t.exceptions[name]);
        }
        self.set_builtin("EnvironmentError", t.exc("OSError"));
        self.set_builtin("IOError", t.exc("OSError"));
        self.set_builtin("NotImplemented", Value::NOT_IMPLEMENTED);
        self.set_builtin("Ellipsis", Value::ELLIPSIS);
        self.set_builtin("None", Value::NONE);
        self.set_builtin("True", Value::TRUE);
        self.set_builtin("False", Value::FALSE);
        self.set_builtin("__debug__", Value::TRUE);
        let name = self.intern("builtins");
        self.set_builtin("__name__", name);
    }
}
