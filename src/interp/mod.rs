//! The interpreter: shared state (`InterpState`), per-thread state (`Vm`),
//! frames and the evaluation loop.
//!
//! One `InterpState` is shared by every thread that runs Python code; each
//! thread runs with its own `Vm`, which holds what must not be shared: the
//! recursion depth, the exception being handled, and a batch of fresh
//! allocations. Compiled code, functions, classes and module globals are
//! shared objects, so the same function may run on any number of threads at
//! once.

pub mod builtin_types;
pub mod call;
pub mod errors;
pub mod eval;
pub mod frame;
pub mod import;
pub mod ops;
pub mod patma;
pub mod protocols;
pub mod run;
pub mod setup;

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::object::str::StrObj;
use crate::object::{Heap, ObjData, SetObj, Value};
use crate::sync::{AtomicUsize, Ordering, RwLock};

pub use builtin_types::BuiltinTypes;
pub use errors::PyErr;

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// A builtin function or method implemented in Rust.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// The arguments of a native call: positional values, then keyword names
/// and values side by side. `bound` is the `NativeObj::bound` value (the
/// type for constructors, the module for module functions) or NULL.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
    pub bound: Value,
}

impl<'a> Args<'a> {
    pub fn positional(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvalues: &[],
            bound: Value::NULL,
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<Value> {
        self.kwnames
            .iter()
            .position(|n| {
                n.as_obj().and_then(|o| match &o.data {
                    ObjData::Str(s) => Some(s.as_str() == name),
                    _ => None,
                }) == Some(true)
            })
            .map(|i| self.kwvalues[i])
    }
}

/// What every thread shares.
pub struct InterpState {
    pub heap: Heap,
    pub types: BuiltinTypes,
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// `sys.modules`: a dict of name -> module.
    pub modules: Value,
    interned: RwLock<HashMap<Box<str>, Value>>,
    pub recursion_limit: AtomicUsize,
    /// Source text of every file compiled, for tracebacks.
    pub sources: RwLock<HashMap<String, Arc<str>>>,
    pub argv: RwLock<Vec<String>>,
    /// Handles to frequently used interned names.
    pub names: names::Names,
    /// The root of every instance shape tree (no attributes).
    pub empty_shape: Value,
    /// The shape of instances whose attributes live in a dict.
    pub dict_mode_shape: Value,
    /// `(type version tag, name) -> lookup result` (src/sync/type_cache.rs).
    pub type_cache: crate::sync::type_cache::TypeCache,
    /// The type version-tag allocator and type lock.
    pub type_versions: crate::sync::type_version::TypeVersions,
}

pub mod lookup;
pub mod names;

/// A thread's state while it runs Python code.
pub struct Vm {
    pub interp: Arc<InterpState>,
    local_allocs: Vec<usize>,
    /// Python-level call depth (for RecursionError).
    pub depth: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// Set by re-raising instructions: the next unwind step adds no
    /// traceback line for the current frame.
    pub(crate) skip_traceback: bool,
    /// Containers being repr'd on this thread (to print `[...]` for cycles).
    pub repr_stack: Vec<Value>,
    /// The globals of the innermost running Python frame (NULL outside
    /// one), for `globals()`.
    pub frame_globals: Value,
    /// Its locals namespace when it has one (module and class bodies), or
    /// the snapshot a function published before calling `locals()` and the
    /// like (`PublishLocals`), else NULL.
    pub frame_locals: Value,
    /// Slot vectors of finished frames, reused by the next calls.
    slot_pool: Vec<Vec<Value>>,
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.interp.heap.adopt(&mut self.local_allocs);
    }
}

/// Default recursion limit, as CPython's.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

impl InterpState {
    pub fn intern(&self, s: &str) -> Value {
        if let Some(&v) = self.interned.read().get(s) {
            return v;
        }
        let mut map = self.interned.write();
        if let Some(&v) = map.get(s) {
            return v;
        }
        let v = self
            .heap
            .alloc_shared(self.types.str, ObjData::Str(StrObj::new_interned(s)));
        map.insert(s.into(), v);
        v
    }
}

impl Vm {
    pub fn new(interp: Arc<InterpState>) -> Vm {
        Vm {
            interp,
            local_allocs: Vec::with_capacity(crate::object::heap::LOCAL_BATCH),
            depth: 0,
            handled: Value::NONE,
            skip_traceback: false,
            repr_stack: Vec::new(),
            frame_globals: Value::NULL,
            frame_locals: Value::NULL,
            slot_pool: Vec::new(),
        }
    }

    #[inline]
    pub fn types(&self) -> &BuiltinTypes {
        &self.interp.types
    }

    #[inline]
    pub fn alloc(&mut self, class: Value, data: ObjData) -> Value {
        self.interp.heap.alloc(&mut self.local_allocs, class, data)
    }

    pub fn intern(&self, s: &str) -> Value {
        self.interp.intern(s)
    }

    pub fn new_str(&mut self, s: impl Into<Box<str>>) -> Value {
        let class = self.types().str;
        self.alloc(class, ObjData::Str(StrObj::new(s)))
    }

    pub fn new_int(&mut self, i: i64) -> Value {
        match Value::small_int(i) {
            Some(v) => v,
            None => self.new_bigint(BigInt::from(i)),
        }
    }

    /// An int from a big int, stored inline when it fits (the invariant all
    /// int code relies on: a heap int is never in the small range).
    pub fn new_bigint(&mut self, n: BigInt) -> Value {
        if let Some(v) = n.to_i64().and_then(Value::small_int) {
            return v;
        }
        let class = self.types().int;
        self.alloc(class, ObjData::Int(n))
    }

    pub fn new_bytes(&mut self, b: impl Into<Box<[u8]>>) -> Value {
        let class = self.types().bytes;
        self.alloc(class, ObjData::Bytes(b.into()))
    }

    pub fn new_tuple(&mut self, items: impl Into<Box<[Value]>>) -> Value {
        let class = self.types().tuple;
        self.alloc(class, ObjData::Tuple(items.into()))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> Value {
        let class = self.types().list;
        self.alloc(class, ObjData::List(RwLock::new(items)))
    }

    pub fn new_dict(&mut self) -> Value {
        let class = self.types().dict;
        self.alloc(class, ObjData::Dict(Box::default()))
    }

    pub fn new_set(&mut self, frozen: bool, table: crate::object::set::SetTable) -> Value {
        if frozen {
            let class = self.types().frozenset;
            self.alloc(class, ObjData::FrozenSet(SetObj::new(table)))
        } else {
            let class = self.types().set;
            self.alloc(class, ObjData::Set(SetObj::new(table)))
        }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }
}
