//! Heap objects: one `Obj` per Python object that does not fit in a `Value`.
//!
//! An `Obj` is a type pointer (atomic, so `__class__` assignment is a single
//! store) and an `ObjData` payload. Immutable payloads (str, int, tuple,
//! bytes, code) need no synchronization; mutable ones carry their own lock
//! or atomics (DESIGN.md decision 4), so every `Obj` is `Sync` and may be
//! shared by any number of threads. Handles are `Value`s: `Copy`, no
//! reference counts. Every payload can list the values it holds
//! (`Obj::trace`), which the collector will use.

pub mod dict;
pub mod hashing;
pub mod heap;
pub mod set;
pub mod shape;
pub mod str;
pub mod types;
pub mod value;

use std::sync::Arc;

use num_bigint::BigInt;

use crate::bytecode::CodeObject;
use crate::interp::{NativeFn, Vm};
use crate::sync::{AtomicBool, AtomicU32, AtomicU64, AtomicUsize, Mutex, Ordering, RwLock};

pub use dict::DictObj;
pub use heap::Heap;
pub use set::SetObj;
pub use shape::InstanceObj;
pub use str::StrObj;
pub use types::TypeObj;
pub use value::Value;

/// A heap object.
pub struct Obj {
    class: AtomicU64,
    /// The attribute dict of an instance of a Python subclass of a builtin
    /// type (`class C(int)`, `class D(dict)`): NULL until an attribute is
    /// set or `__dict__` is asked for. Plain instances, functions, modules
    /// and exceptions keep attributes in their payload instead. (The word
    /// fills alignment padding: `Obj` is no larger with it.)
    pub ext_dict: AtomicValue,
    pub data: ObjData,
}

impl Obj {
    pub fn new(class: Value, data: ObjData) -> Obj {
        Obj {
            class: AtomicU64::new(class.to_bits()),
            ext_dict: AtomicValue::new(Value::NULL),
            data,
        }
    }

    /// The object's type.
    #[inline]
    pub fn class(&self) -> Value {
        Value::from_bits(self.class.load(Ordering::Acquire))
    }

    /// `__class__` assignment.
    pub fn set_class(&self, class: Value) {
        self.class.store(class.to_bits(), Ordering::Release);
    }
}

/// An atomically replaceable value slot (cells, globals, attribute slots).
pub struct AtomicValue(AtomicU64);

impl AtomicValue {
    pub fn new(v: Value) -> AtomicValue {
        AtomicValue(AtomicU64::new(v.to_bits()))
    }
    #[inline]
    pub fn get(&self) -> Value {
        Value::from_bits(self.0.load(Ordering::Acquire))
    }
    #[inline]
    pub fn set(&self, v: Value) {
        self.0.store(v.to_bits(), Ordering::Release)
    }
    #[inline]
    pub fn swap(&self, v: Value) -> Value {
        Value::from_bits(self.0.swap(v.to_bits(), Ordering::AcqRel))
    }

    /// Stores `v` if the slot holds NULL; else returns what it holds.
    pub fn compare_exchange_null(&self, v: Value) -> Result<(), Value> {
        self.0
            .compare_exchange(
                Value::NULL.to_bits(),
                v.to_bits(),
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .map(|_| ())
            .map_err(Value::from_bits)
    }
}

/// What a heap object holds.
pub enum ObjData {
    /// An int too wide for a small int (or an int subclass instance's value).
    Int(BigInt),
    /// A float subclass instance's value (plain floats live in the `Value`).
    Float(f64),
    /// A complex number (real, imaginary).
    Complex(f64, f64),
    Str(StrObj),
    Bytes(Box<[u8]>),
    /// A mutable byte string; its lock makes each operation atomic.
    ByteArray(RwLock<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RwLock<Vec<Value>>),
    /// Boxed: the largest payload, kept out of line so that every other object
    /// is smaller.
    Dict(Box<DictObj>),
    Set(SetObj),
    FrozenSet(SetObj),
    Range(RangeObj),
    Slice(SliceObj),
    Function(Box<FunctionObj>),
    Native(NativeObj),
    BoundMethod(BoundMethodObj),
    Code(Box<CodeObj>),
    Cell(AtomicValue),
    Module(ModuleObj),
    Type(Box<TypeObj>),
    Generator(Box<GeneratorObj>),
    Exception(Box<ExceptionObj>),
    Iterator(crate::builtins::iterators::IterObj),
    /// A `dict_keys` / `dict_values` / `dict_items` view of a dict.
    DictView(DictViewKind, Value),
    /// A builtin attribute computed by a getter (`int.real`, `e.args`, ...).
    GetSet(GetSetObj),
    /// `staticmethod(f)` / `classmethod(f)` wrappers.
    StaticMethod(Value),
    ClassMethod(Value),
    /// A plain instance of a class defined in Python: attributes in
    /// shape-addressed slots (shape.rs).
    Instance(InstanceObj),
    /// A shape (hidden class) of instances.
    Shape(Box<shape::ShapeObj>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<PropertyObj>),
    /// `super(type, obj)`: `this` is the class whose successors along the
    /// MRO of `obj_type` are searched; `obj` the instance (or class) bound.
    Super {
        this: Value,
        obj: Value,
        obj_type: Value,
    },
    /// `mappingproxy`: a read-only view of a class's dict (builtins/mappingproxy.rs).
    MappingProxy(Value),
    /// A `__slots__` entry's descriptor on its class: the value lives in
    /// the instance's member slot `index` (`InstanceObj::member`).
    Member {
        name: Value,
        owner: Value,
        index: usize,
    },
    /// `list[int]`: a `types.GenericAlias` of `origin` with the `args` tuple.
    GenericAlias {
        origin: Value,
        args: Value,
    },
    /// A payload defined by a module outside the core (`collections.deque`,
    /// ...). Its type is made with `HEAPTYPE` so the protocols reach the
    /// native dunder methods in the type dict.
    Ext(Box<dyn ExtData>),
    /// A Mersenne Twister generator (`_random`).
    Random(Box<crate::modules::random::RandomState>),
    /// A native itertools iterator (`_itertools`).
    Itertool(Box<crate::modules::itertools::Tool>),
}

/// The payload of an `ObjData::Ext` object.
///
/// The `ext_*` hooks are fast paths the protocols take for instances of the
/// native type itself (flag `NATIVE_EXT`; a Python subclass may override
/// the dunders, so its instances go through the type dict). `None` means
/// "no fast path": the dunder is called.
pub trait ExtData: std::any::Any + Send + Sync {
    /// Calls `visit` with every value the payload holds (for the collector).
    fn trace(&self, visit: &mut dyn FnMut(Value));

    /// `len(obj)`.
    fn ext_len(&self) -> Option<usize> {
        None
    }

    /// `next(obj)`: `Ok(None)` when exhausted.
    fn ext_next(&self, _vm: &mut Vm) -> Option<crate::interp::PyResult<Option<Value>>> {
        None
    }

    /// `obj[key]`.
    fn ext_getitem(&self, _vm: &mut Vm, _key: Value) -> Option<crate::interp::PyResult<Value>> {
        None
    }
}

impl ObjData {
    /// The extension payload of type `T`, if this is one.
    pub fn ext<T: ExtData>(&self) -> Option<&T> {
        match self {
            ObjData::Ext(e) => (&**e as &dyn std::any::Any).downcast_ref::<T>(),
            _ => None,
        }
    }
}

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name, from `__set_name__` (for error messages).
    pub name: RwLock<Value>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)`. The bounds are machine ints when all three
/// and the length fit an i64; otherwise `big` holds the exact bounds (and
/// the i64 fields read as an empty range). Methods for big ranges live in
/// builtins/range.rs.
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

/// The exact bounds and length of a range past the machine-int range.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl RangeObj {
    /// The number of items (saturated at i64::MAX for a big range; see
    /// `len_ssize` for the checked form).
    pub fn len(&self) -> i64 {
        if self.big.is_some() {
            return self.len_ssize().unwrap_or(i64::MAX);
        }
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as i64
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(b) => num_traits::Zero::is_zero(&b.len),
            None => self.len() == 0,
        }
    }

    /// Item `i` (0 <= i < len) of a machine-int range.
    pub fn item(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function.
pub struct FunctionObj {
    pub code: Value,
    pub globals: Value,
    pub name: RwLock<Value>,
    pub qualname: RwLock<Value>,
    pub defaults: RwLock<Value>,
    pub kwdefaults: RwLock<Value>,
    pub closure: Value,
    pub doc: RwLock<Value>,
    pub module: Value,
    /// Function attributes (`f.x = 1`), a dict created on first use.
    pub dict: RwLock<Value>,
    /// `__annotations__`: a dict, NULL until set or first read.
    pub annotations: RwLock<Value>,
    /// Changes whenever `__code__`, `__defaults__` or `__kwdefaults__` does
    /// (DESIGN.md decision 10).
    pub version: AtomicU32,
}

/// A function or method implemented in Rust.
pub struct NativeObj {
    pub name: &'static str,
    pub func: NativeFn,
    /// The module (for functions) or type (for methods) it belongs to, for
    /// reprs and error messages; `None` if neither.
    pub owner: Value,
    /// A value bound at creation (e.g. the module for module functions);
    /// passed to `func` through `Vm::native_self`.
    pub bound: Value,
}

pub struct BoundMethodObj {
    pub func: Value,
    pub receiver: Value,
}

/// A code object loaded into an interpreter: the compiled code plus its
/// constants and names materialized as values.
pub struct CodeObj {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    pub name: Value,
}

pub struct ModuleObj {
    pub name: Value,
    pub dict: Value,
}

/// State of a generator.
pub struct GeneratorObj {
    pub frame: Mutex<Option<Box<crate::interp::frame::Frame>>>,
    pub running: AtomicBool,
    pub name: Value,
    pub qualname: Value,
    pub code: Value,
    /// Set once the first `send` has run (so `send(non-None)` to a fresh
    /// generator can be refused).
    pub started: AtomicBool,
    /// The exception its frame was handling when it last yielded (None if
    /// none): handled again while it runs, hidden from its callers.
    pub handled: AtomicValue,
}

/// One traceback line: the code that was running, its globals and where.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    pub code: Value,
    pub globals: Value,
    pub pc: u32,
}

/// An exception's traceback. Unwinding only pushes plain entries; the
/// `traceback` objects Python sees are made from them when
/// `__traceback__` is first read (`builtins/traceback.rs`), so raising
/// and catching never allocate them.
pub struct Traceback {
    /// Lines recorded while unwinding, innermost first: the chain starts at
    /// the last one.
    pub entries: Vec<TracebackEntry>,
    /// The traceback object (or None) that follows the innermost entry:
    /// what `__traceback__` was when the entries began to be recorded.
    pub inner: Value,
}

impl Default for Traceback {
    fn default() -> Traceback {
        Traceback::new()
    }
}

impl Traceback {
    pub const fn new() -> Traceback {
        Traceback {
            entries: Vec::new(),
            inner: Value::NONE,
        }
    }

    /// No lines at all: the exception has not been raised yet (or its
    /// traceback was reset to None).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty() && self.inner.is_none()
    }
}

/// An exception instance.
pub struct ExceptionObj {
    pub args: RwLock<Value>,
    pub traceback: Mutex<Traceback>,
    pub cause: AtomicValue,
    pub context: AtomicValue,
    pub suppress_context: AtomicBool,
    /// Extra attributes (`StopIteration.value`, `SyntaxError.lineno`, ...),
    /// a dict created on first use.
    pub dict: RwLock<Value>,
}

/// The setter of a computed attribute: `(vm, object, value)`.
pub type SetterFn = fn(&mut Vm, Value, Value) -> crate::interp::PyResult<()>;

pub struct GetSetObj {
    pub name: &'static str,
    pub get: fn(&mut Vm, Value) -> crate::interp::PyResult<Value>,
    pub set: Option<SetterFn>,
}

static FUNCTION_VERSION: AtomicU32 = AtomicU32::new(1);

/// A fresh function version (DESIGN.md decision 10): never 0, never reused
/// until the 32-bit counter wraps, when 0 is skipped.
pub fn next_function_version() -> u32 {
    loop {
        let v = FUNCTION_VERSION.fetch_add(1, Ordering::Relaxed);
        if v != 0 {
            return v;
        }
    }
}

/// Counts live `Obj`s (a cheap figure for `--stats` and tests).
pub static OBJECTS_ALLOCATED: AtomicUsize = AtomicUsize::new(0);

impl Obj {
    /// Calls `visit` with every value this object holds (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.class());
        visit(self.ext_dict.get());
        match &self.data {
            ObjData::Int(_)
            | ObjData::Float(_)
            | ObjData::Complex(..)
            | ObjData::Str(_)
            | ObjData::Bytes(_)
            | ObjData::ByteArray(_)
            | ObjData::Range(_)
            | ObjData::Random(_)
            | ObjData::GetSet(_) => {}
            ObjData::Tuple(items) => items.iter().copied().for_each(visit),
            ObjData::List(items) => items.read().iter().copied().for_each(visit),
            ObjData::Dict(d) => d.trace(visit),
            ObjData::Set(s) | ObjData::FrozenSet(s) => s.trace(visit),
            ObjData::Slice(s) => {
                visit(s.start);
                visit(s.stop);
                visit(s.step);
            }
            ObjData::Function(f) => {
                for v in [f.code, f.globals, f.closure, f.module] {
                    visit(v);
                }
                for slot in [
                    &f.name,
                    &f.qualname,
                    &f.defaults,
                    &f.kwdefaults,
                    &f.doc,
                    &f.dict,
                    &f.annotations,
                ] {
                    visit(*slot.read());
                }
            }
            ObjData::Native(n) => {
                visit(n.owner);
                visit(n.bound);
            }
            ObjData::BoundMethod(m) => {
                visit(m.func);
                visit(m.receiver);
            }
            ObjData::Code(c) => {
                c.consts.iter().copied().for_each(&mut *visit);
                c.names.iter().copied().for_each(&mut *visit);
                visit(c.name);
            }
            ObjData::Cell(c) => visit(c.get()),
            ObjData::Itertool(t) => t.trace(visit),
            ObjData::Module(m) => {
                visit(m.name);
                visit(m.dict);
            }
            ObjData::Type(t) => t.trace(visit),
            ObjData::Generator(g) => {
                visit(g.name);
                visit(g.qualname);
                visit(g.code);
                visit(g.handled.get());
                if let Some(frame) = g.frame.lock().as_ref() {
                    frame.trace(visit);
                }
            }
            ObjData::Exception(e) => {
                visit(*e.args.read());
                visit(e.cause.get());
                visit(e.context.get());
                visit(*e.dict.read());
                let tb = e.traceback.lock();
                for entry in &tb.entries {
                    visit(entry.code);
                    visit(entry.globals);
                }
                visit(tb.inner);
            }
            ObjData::Iterator(it) => it.trace(visit),
            ObjData::DictView(_, d) | ObjData::MappingProxy(d) => visit(*d),
            ObjData::StaticMethod(f) | ObjData::ClassMethod(f) => visit(*f),
            ObjData::Instance(i) => i.trace(visit),
            ObjData::Property(p) => {
                for v in [p.fget, p.fset, p.fdel, p.doc, *p.name.read()] {
                    visit(v);
                }
            }
            ObjData::Super {
                this,
                obj,
                obj_type,
            } => {
                visit(*this);
                visit(*obj);
                visit(*obj_type);
            }
            ObjData::Member { name, owner, .. } => {
                visit(*name);
                visit(*owner);
            }
            ObjData::GenericAlias { origin, args } => {
                visit(*origin);
                visit(*args);
            }
            ObjData::Shape(s) => s.trace(visit),
            ObjData::Ext(e) => e.trace(visit),
        }
    }
}

// Every object pays for the largest inline payload: keep it small (88
// bytes, a 96-byte malloc chunk). Large payloads are boxed (`Dict`), and
// none may need 16-byte alignment (no i128 fields).
const _: () = assert!(std::mem::size_of::<Obj>() <= 88);
