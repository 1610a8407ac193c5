//! `bytes` and `bytearray`: constructors, methods and operators.
//!
//! Both types share one implementation of their read-only methods, written
//! over a byte slice: a `bytes` value lends its immutable payload, a
//! `bytearray` is snapshotted under its read lock first (so no lock is held
//! while arguments are converted, which may run Python code). Methods that
//! build a new sequence return the receiver's type.
//!
//! Mutations of a `bytearray` convert every argument first, then take the
//! object's write lock once, so each operation is atomic with respect to
//! the others on the same object.
//!
//! - `ops`: the operator hooks (`+`, `*`, `%`, comparisons, `in`,
//!   subscripts).
//! - `ctor`: `bytes(...)`, `bytearray(...)`, `fromhex`, `maketrans`.
//! - `methods`: the shared methods.
//! - `mutate`: `bytearray` mutation (methods, item and slice assignment,
//!   `+=`, `*=`).
//! - `format`: printf-style `bytes % args`.

mod ctor;
mod format;
mod methods;
mod mutate;
mod ops;
mod search;

use std::borrow::Cow;

pub use mutate::{delitem, inplace, setitem};
pub use ops::{binary, compare, contains, getitem};

use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::{ObjData, Value};
use crate::sync::RwLock;

/// The bytes of a bytes-like value: borrowed from a `bytes`, copied from a
/// `bytearray`.
pub type View = Cow<'static, [u8]>;

/// The contents of a `bytes` or `bytearray`, `None` for anything else.
pub fn view(v: Value) -> Option<View> {
    match &v.as_obj()?.data {
        ObjData::Bytes(b) => Some(Cow::Borrowed(&b[..])),
        ObjData::ByteArray(b) => Some(Cow::Owned(b.read().clone())),
        _ => None,
    }
}

/// Whether `v` has a `bytes` payload.
pub fn is_bytes(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Bytes(_)))
}

/// Whether `v` has a `bytearray` payload.
pub fn is_bytearray(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::ByteArray(_)))
}

/// A bytes-like argument, or CPython's buffer-protocol TypeError.
pub(crate) fn buffer_arg(vm: &mut Vm, v: Value) -> PyResult<View> {
    match view(v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")))
        }
    }
}

/// A new `bytearray`.
pub fn new_bytearray(vm: &mut Vm, data: Vec<u8>) -> Value {
    let class = vm.types().bytearray;
    vm.alloc(class, ObjData::ByteArray(RwLock::new(data)))
}

/// A new `bytearray` when `bytearray`, else a new `bytes`.
pub(crate) fn new_like(vm: &mut Vm, bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(vm, data)
    } else {
        vm.new_bytes(data)
    }
}

/// Sizes past this many bytes are refused with MemoryError without trying
/// (a guard for systems that overcommit memory).
const MAX_ALLOC: usize = 1 << 40;

/// An empty vector with room for `n` bytes, or MemoryError.
pub(crate) fn alloc_vec(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if n > MAX_ALLOC || v.try_reserve_exact(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(v)
}

/// Checks that `n` more bytes can be added to `v`.
pub(crate) fn reserve(vm: &mut Vm, v: &mut Vec<u8>, n: usize) -> PyResult<()> {
    if v.len().saturating_add(n) > MAX_ALLOC || v.try_reserve(n).is_err() {
        return Err(vm.memory_error());
    }
    Ok(())
}

/// The receiver of a bytes or bytearray method.
pub(crate) struct Recv {
    pub value: Value,
    pub data: View,
    /// Whether the receiver is a `bytearray` (results take its type).
    pub bytearray: bool,
}

impl Recv {
    /// A new object of the receiver's type.
    pub fn make(&self, vm: &mut Vm, data: Vec<u8>) -> Value {
        new_like(vm, self.bytearray, data)
    }

    /// The receiver itself when it is an immutable `bytes` and `data` is
    /// unchanged, else a new object of its type.
    pub fn same_or_new(&self, vm: &mut Vm, data: &[u8]) -> Value {
        if !self.bytearray && data.len() == self.data.len() {
            self.value
        } else {
            self.make(vm, data.to_vec())
        }
    }
}

/// The name of the type a method was registered on (its `bound` value).
pub(crate) fn owner_name(vm: &Vm, args: &Args) -> &'static str {
    if args.bound == vm.types().bytearray {
        "bytearray"
    } else {
        "bytes"
    }
}

fn receiver_ok_for(vm: &Vm, args: &Args) -> fn(Value) -> bool {
    if args.bound == vm.types().bytearray {
        is_bytearray
    } else {
        is_bytes
    }
}

/// Checks the receiver and positional arguments of a method that takes no
/// keywords (CPython's wording for each arity), and snapshots the receiver.
pub(crate) fn recv<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    mname: &str,
    min: usize,
    max: usize,
) -> PyResult<(Recv, &'a [Value])> {
    let tname = owner_name(vm, args);
    let ok = receiver_ok_for(vm, args);
    let rest = super::slice::method_args(vm, args, tname, mname, min, max, ok)?;
    Ok((snapshot(args.pos[0]), rest))
}

/// Checks only the receiver (for methods that parse their own arguments).
pub(crate) fn recv_only(vm: &mut Vm, args: &Args, mname: &str) -> PyResult<Recv> {
    let tname = owner_name(vm, args);
    let Some(&v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "unbound method {tname}.{mname}() needs an argument"
        )));
    };
    if !receiver_ok_for(vm, args)(v) {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "descriptor '{mname}' for '{tname}' objects doesn't apply to a '{t}' object"
        )));
    }
    Ok(snapshot(v))
}

fn snapshot(v: Value) -> Recv {
    Recv {
        value: v,
        data: view(v).unwrap_or_default(),
        bytearray: is_bytearray(v),
    }
}

/// Parses arguments as CPython's argument clinic does for a function with
/// keyword parameters `names` (the first `posonly` positional-only, the
/// first `required` required), skipping `skip` leading values (the
/// receiver or class).
pub(crate) fn parse_kw<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    skip: usize,
    fname: &str,
    names: [&str; N],
    posonly: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = &args.pos[skip.min(args.pos.len())..];
    let (nargs, nkw) = (pos.len(), args.kwnames.len());
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + nkw > N {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} {kw}argument{} ({} given)",
            s(N),
            nargs + nkw
        )));
    }
    if nargs < required.min(posonly) {
        let which = if required < N { "at least" } else { "exactly" };
        let need = required.min(posonly);
        return Err(vm.type_error(format!(
            "{fname}() takes {which} {need} positional argument{} ({nargs} given)",
            s(need)
        )));
    }
    let mut out = [None; N];
    for (slot, &v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    let mut used = 0;
    for i in nargs.max(posonly)..N {
        let found = if nkw > 0 { args.kw(names[i]) } else { None };
        match found {
            Some(v) => {
                out[i] = Some(v);
                used += 1;
            }
            None if i < required => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )));
            }
            None => {}
        }
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs.min(N)).skip(posonly) {
            if args.kw(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for &k in args.kwnames {
            let name = vm.as_str(k).unwrap_or("?").to_string();
            if !names[posonly..].contains(&name.as_str()) {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A `str` argument of a clinic function: `f() argument 'name' must be
/// str, not T`.
pub(crate) fn str_arg<'a>(vm: &mut Vm, v: Value, fname: &str, pname: &str) -> PyResult<&'a str> {
    match vm.as_str(v) {
        Some(s) => Ok(s),
        None => {
            let t = clinic_type_name(vm, v);
            Err(vm.type_error(format!("{fname}() argument '{pname}' must be str, not {t}")))
        }
    }
}

/// A type name as CPython's argument clinic shows it (`None` for None).
pub(crate) fn clinic_type_name(vm: &Vm, v: Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// An int argument that must fit a C `int`.
pub(crate) fn c_int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.to_index(v)?;
    match i32::try_from(n) {
        Ok(i) => Ok(i as i64),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// Registers a method whose native function knows its owner type through
/// `args.bound`.
fn method(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let f = super::native(interp, name, func, ty, ty);
    super::set_type_attr(interp, ty, name, f);
}

fn classmethod(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let f = super::native(interp, name, func, ty, ty);
    let cm = interp
        .heap
        .alloc_shared(interp.types.classmethod, ObjData::ClassMethod(f));
    super::set_type_attr(interp, ty, name, cm);
}

fn staticmethod(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let f = super::native(interp, name, func, ty, ty);
    let sm = interp
        .heap
        .alloc_shared(interp.types.staticmethod, ObjData::StaticMethod(f));
    super::set_type_attr(interp, ty, name, sm);
}

pub fn init(interp: &InterpState) {
    let (bytes, bytearray) = (interp.types.bytes, interp.types.bytearray);
    for ty in [bytes, bytearray] {
        for &(name, func) in methods::SHARED {
            method(interp, ty, name, func);
        }
        for &(name, func) in ops::DUNDERS {
            method(interp, ty, name, func);
        }
        classmethod(interp, ty, "fromhex", ctor::fromhex);
        staticmethod(interp, ty, "maketrans", ctor::maketrans);
    }
    method(interp, bytes, "__new__", ctor::bytes_new);
    method(interp, bytes, "__bytes__", ops::dunder_bytes);
    method(interp, bytes, "__hash__", ops::dunder_hash);
    method(interp, bytearray, "__new__", ctor::bytearray_new);
    for &(name, func) in mutate::METHODS {
        method(interp, bytearray, name, func);
    }
    super::set_type_attr(interp, bytearray, "__hash__", Value::NONE);
}
