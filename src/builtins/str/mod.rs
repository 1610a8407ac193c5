//! `str`: the constructor, the operators (`+`, `*`, `%`, comparisons,
//! `in`, indexing and slicing), the dunder methods, and the registration
//! of every method (the methods themselves live in the submodules).
//!
//! Text is UTF-8 (`StrObj`); indices are code point indices. ASCII strings
//! (most strings) take fast paths where byte and code point indices agree.

pub mod args;
pub mod codecs;
pub mod methods;
pub mod percent;
pub mod search;
pub mod split;
#[rustfmt::skip]
pub mod tables;
pub mod translate;
pub mod unicode;

use num_traits::ToPrimitive;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::hashing::int_view;
use crate::object::{ObjData, StrObj, Value};

use super::slice::{index_value, is_slice, raw_slice};
use args::{kw_args, recv, slot_recv};

/// The payload of a str value (exact or subclass instance).
#[inline]
pub fn str_obj<'a>(v: Value) -> Option<&'a StrObj> {
    match &v.as_obj()?.data {
        ObjData::Str(s) => Some(s),
        _ => None,
    }
}

/// Whether `v` is a str (or an instance of a str subclass).
#[inline]
pub fn is_str(v: Value) -> bool {
    str_obj(v).is_some()
}

/// A new exact str from text whose code point count is known.
pub fn new_str_len(vm: &mut Vm, s: impl Into<Box<str>>, char_len: usize) -> Value {
    let class = vm.types().str;
    vm.alloc(class, ObjData::Str(StrObj::with_len(s.into(), char_len)))
}

/// A new str for a piece of `parent` (an ASCII parent needs no count).
pub fn new_sub_str(vm: &mut Vm, parent: &StrObj, piece: &str) -> Value {
    if parent.is_ascii() {
        new_str_len(vm, piece, piece.len())
    } else {
        vm.new_str(piece)
    }
}

/// `v` itself when it is an exact str, else a new exact str with its text
/// (what methods return when nothing changes).
pub fn same_or_new(vm: &mut Vm, v: Value) -> Value {
    if vm.type_of(v) == vm.types().str {
        return v;
    }
    let s = str_obj(v).expect("a str");
    new_str_len(vm, s.as_str(), s.char_len())
}

/// A one-character str.
pub fn char_str(vm: &mut Vm, c: char) -> Value {
    let mut buf = [0u8; 4];
    let s: &str = c.encode_utf8(&mut buf);
    new_str_len(vm, s, 1)
}

/// An empty `String` with room for `bytes` bytes, or MemoryError when that
/// much cannot be allocated (as CPython, instead of aborting).
pub fn alloc_string(vm: &mut Vm, bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    if bytes > isize::MAX as usize || s.try_reserve_exact(bytes).is_err() {
        return Err(vm.memory_error());
    }
    Ok(s)
}

/// `extra + sum(a * b)` over `parts`, a byte count; MemoryError when it
/// overflows.
pub fn checked_size(vm: &mut Vm, parts: &[(usize, usize)], extra: usize) -> PyResult<usize> {
    let mut total = extra;
    for &(a, b) in parts {
        match a.checked_mul(b).and_then(|p| p.checked_add(total)) {
            Some(t) => total = t,
            None => return Err(vm.memory_error()),
        }
    }
    Ok(total)
}

// ----- operators ---------------------------------------------------------------

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    match kind {
        BinaryOpKind::Add => {
            let Some(a) = str_obj(lhs) else {
                return Ok(Value::NOT_IMPLEMENTED);
            };
            concat(vm, a, rhs)
        }
        BinaryOpKind::Multiply => {
            let (s, n) = if is_str(lhs) { (lhs, rhs) } else { (rhs, lhs) };
            repeat(vm, s, n)
        }
        BinaryOpKind::Remainder => {
            if !is_str(lhs) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            percent::format(vm, lhs, rhs)
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `a + rhs`.
fn concat(vm: &mut Vm, a: &StrObj, rhs: Value) -> PyResult<Value> {
    let Some(b) = str_obj(rhs) else {
        if vm.lookup_dunder(rhs, "__radd__").is_some() {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let t = vm.type_name(rhs);
        return Err(vm.type_error(format!("can only concatenate str (not \"{t}\") to str")));
    };
    let mut out = alloc_string(vm, a.as_str().len().saturating_add(b.as_str().len()))?;
    out.push_str(a.as_str());
    out.push_str(b.as_str());
    Ok(new_str_len(vm, out, a.char_len() + b.char_len()))
}

/// A repeat count: an int or an object with `__index__`, clamped so that
/// huge counts reach the size check (OverflowError past the machine range,
/// as CPython's "cannot fit" message).
fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    if n.is_small_int() {
        return Ok(Some(n.as_small_int()));
    }
    if int_view(n).is_none() && vm.lookup_dunder(n, "__index__").is_none() {
        return Ok(None);
    }
    let big = vm.to_index(n)?;
    match big.to_i64() {
        Some(i) => Ok(Some(i)),
        None => {
            let t = vm.type_name(n);
            Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")))
        }
    }
}

/// `s * n` (or `n * s`).
fn repeat(vm: &mut Vm, s: Value, n: Value) -> PyResult<Value> {
    let Some(count) = repeat_count(vm, n)? else {
        let other_has =
            vm.lookup_dunder(n, "__rmul__").is_some() || vm.lookup_dunder(n, "__mul__").is_some();
        if other_has {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let t = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{t}'")));
    };
    let st = str_obj(s).expect("a str");
    if count <= 0 || st.char_len() == 0 {
        return Ok(new_str_len(vm, "", 0));
    }
    if count == 1 {
        return Ok(same_or_new(vm, s));
    }
    let count = count as usize;
    let text = st.as_str();
    let total = match text.len().checked_mul(count) {
        Some(t) if t <= isize::MAX as usize => t,
        _ => return Err(vm.overflow_error("repeated string is too long")),
    };
    let mut out = alloc_string(vm, total)?;
    out.push_str(text);
    while out.len() * 2 <= total {
        out.extend_from_within(..);
    }
    let rest = total - out.len();
    out.extend_from_within(..rest);
    Ok(new_str_len(vm, out, st.char_len() * count))
}

pub fn compare(_vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (Some(a), Some(b)) = (str_obj(lhs), str_obj(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    // UTF-8 byte order is code point order.
    let (a, b) = (a.as_str(), b.as_str());
    Ok(Value::bool(match kind {
        CompareKind::Lt => a < b,
        CompareKind::Le => a <= b,
        CompareKind::Eq => a == b,
        CompareKind::Ne => a != b,
        CompareKind::Gt => a > b,
        CompareKind::Ge => a >= b,
    }))
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    match (str_obj(container), str_obj(item)) {
        (Some(a), Some(b)) => Ok(a.as_str().contains(b.as_str())),
        _ => {
            let t = vm.type_name(item);
            Err(vm.type_error(format!(
                "'in <string>' requires string as left operand, not {t}"
            )))
        }
    }
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let s = str_obj(container).expect("str getitem on a str");
    if let Some(i) = index_value(vm, key)? {
        let n = s.char_len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(vm.index_error("string index out of range"));
        }
        let j = j as usize;
        if s.is_ascii() {
            let b = &s.as_str()[j..j + 1];
            return Ok(new_str_len(vm, b, 1));
        }
        let c = s.char_at(j);
        return Ok(char_str(vm, c));
    }
    if is_slice(key) {
        let r = raw_slice(vm, key)?.adjust(s.char_len() as i64);
        if r.len == 0 {
            return Ok(new_str_len(vm, "", 0));
        }
        if r.step == 1 {
            let (a, b) = (r.start as usize, r.start as usize + r.len);
            if a == 0 && b == s.char_len() {
                return Ok(same_or_new(vm, container));
            }
            let piece = s.char_slice(a, b);
            return Ok(new_str_len(vm, piece, r.len));
        }
        if s.is_ascii() {
            let bytes = s.as_str().as_bytes();
            let out: String = r.indices().map(|i| bytes[i] as char).collect();
            return Ok(new_str_len(vm, out, r.len));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = r.indices().map(|i| chars[i]).collect();
        return Ok(new_str_len(vm, out, r.len));
    }
    let t = vm.type_name(key);
    Err(vm.type_error(format!("string indices must be integers, not '{t}'")))
}

// ----- constructor -------------------------------------------------------------

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let str_type = vm.types().str;
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
        || !vm.is_subclass(cls, str_type)
    {
        let r = vm.repr_of(cls)?;
        let name = match cls.as_obj().map(|o| &o.data) {
            Some(ObjData::Type(t)) => t.name.to_string(),
            _ => r.clone(),
        };
        return Err(vm.type_error(format!(
            "str.__new__({name}): {name} is not a subtype of str"
        )));
    }
    let rest = Args {
        pos: &args.pos[1..],
        ..args
    };
    let [object, encoding, errors] = kw_args(vm, &rest, "str", &["object", "encoding", "errors"])?;
    let text = if encoding.is_none() && errors.is_none() {
        match object {
            None => return Ok(new_instance(vm, cls, String::new(), Some(0))),
            Some(o) => {
                let v = vm.to_str(o)?;
                if cls == str_type {
                    return Ok(v);
                }
                str_obj(v).expect("str() gives a str").as_str().to_string()
            }
        }
    } else {
        let encoding = args::opt_str_arg(vm, encoding, "str", "encoding")?.unwrap_or("utf-8");
        let errors = args::opt_str_arg(vm, errors, "str", "errors")?.unwrap_or("strict");
        let bytes: Vec<u8> = match object.and_then(|o| o.as_obj()).map(|o| &o.data) {
            // `str(encoding='ascii')` decodes nothing.
            _ if object.is_none() => Vec::new(),
            Some(ObjData::Bytes(b)) => b.to_vec(),
            Some(ObjData::ByteArray(b)) => b.read().clone(),
            Some(ObjData::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
            _ => {
                let object = object.expect("checked above");
                let t = vm.type_name(object);
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {t} found"
                )));
            }
        };
        codecs::decode(vm, &bytes, encoding, errors)?
    };
    Ok(new_instance(vm, cls, text, None))
}

/// A str (or str subclass) instance holding `text`.
fn new_instance(vm: &mut Vm, cls: Value, text: String, len: Option<usize>) -> Value {
    let payload = match len {
        Some(n) => StrObj::with_len(text.into(), n),
        None => StrObj::new(text),
    };
    vm.alloc(cls, ObjData::Str(payload))
}

// ----- dunders -----------------------------------------------------------------

fn dunder_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: BinaryOpKind,
    swap: bool,
) -> PyResult<Value> {
    let a = slot_recv(vm, args, name, 1)?;
    let other = a[0];
    let (l, r) = if swap {
        (other, args.pos[0])
    } else {
        (args.pos[0], other)
    };
    if kind == BinaryOpKind::Multiply && repeat_count(vm, other)?.is_none() {
        let t = vm.type_name(other);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    binary(vm, kind, l, r)
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_binary(vm, &args, "__add__", BinaryOpKind::Add, false)
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_binary(vm, &args, "__mul__", BinaryOpKind::Multiply, false)
}

fn str_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_binary(vm, &args, "__rmul__", BinaryOpKind::Multiply, true)
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_binary(vm, &args, "__mod__", BinaryOpKind::Remainder, false)
}

fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_binary(vm, &args, "__rmod__", BinaryOpKind::Remainder, true)
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_recv(vm, &args, "__len__", 0)?;
    let n = str_obj(args.pos[0]).expect("a str").char_len();
    Ok(vm.new_int(n as i64))
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_recv(vm, &args, "__getitem__", 1)?;
    getitem(vm, args.pos[0], a[0])
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_recv(vm, &args, "__contains__", 1)?;
    contains(vm, args.pos[0], a[0]).map(Value::bool)
}

fn rich(vm: &mut Vm, args: &Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let a = slot_recv(vm, args, name, 1)?;
    compare(vm, args.pos[0], a[0], kind)
}

fn str_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__eq__", CompareKind::Eq)
}

fn str_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__ne__", CompareKind::Ne)
}

fn str_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__lt__", CompareKind::Lt)
}

fn str_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__le__", CompareKind::Le)
}

fn str_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__gt__", CompareKind::Gt)
}

fn str_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rich(vm, &args, "__ge__", CompareKind::Ge)
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_recv(vm, &args, "__hash__", 0)?;
    let h = str_obj(args.pos[0]).expect("a str").hash();
    Ok(vm.new_int(h))
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_recv(vm, &args, "__str__", 0)?;
    Ok(same_or_new(vm, args.pos[0]))
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_recv(vm, &args, "__repr__", 0)?;
    let s = str_obj(args.pos[0]).expect("a str");
    let r = super::repr::str_repr(s.as_str());
    Ok(vm.new_str(r))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_recv(vm, &args, "__iter__", 0)?;
    match super::iterators::IterObj::for_builtin(vm, args.pos[0])? {
        Some(it) => Ok(it),
        None => Err(vm.type_error("'str' object is not iterable")),
    }
}

fn str_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    recv(vm, &args, "__getnewargs__", 0, 0)?;
    let s = str_obj(args.pos[0]).expect("a str");
    let copy = new_str_len(vm, s.as_str(), s.char_len());
    Ok(vm.new_tuple(vec![copy]))
}

fn str_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    recv(vm, &args, "__sizeof__", 0, 0)?;
    let s = str_obj(args.pos[0]).expect("a str");
    let n = s.char_len();
    let widest = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
    let size = if widest < 0x80 {
        49 + n
    } else if widest < 0x100 {
        73 + n
    } else if widest < 0x10000 {
        74 + 2 * n
    } else {
        76 + 4 * n
    };
    Ok(vm.new_int(size as i64))
}

pub fn init(interp: &InterpState) {
    let ty = interp.types.str;
    let add =
        |name: &'static str, f: crate::interp::NativeFn| super::add_method(interp, ty, name, f);
    add("__new__", str_new);
    add("__add__", str_add);
    add("__mul__", str_mul);
    add("__rmul__", str_rmul);
    add("__mod__", str_mod);
    add("__rmod__", str_rmod);
    add("__len__", str_len);
    add("__getitem__", str_getitem);
    add("__contains__", str_contains);
    add("__eq__", str_eq);
    add("__ne__", str_ne);
    add("__lt__", str_lt);
    add("__le__", str_le);
    add("__gt__", str_gt);
    add("__ge__", str_ge);
    add("__hash__", str_hash);
    add("__str__", str_str);
    add("__repr__", str_repr);
    add("__iter__", str_iter);
    add("__getnewargs__", str_getnewargs);
    add("__sizeof__", str_sizeof);
    add("__format__", super::format::str_dunder_format);
    add("format", super::format::str_format);
    add("format_map", super::format::str_format_map);
    methods::init(interp, ty);
    search::init(interp, ty);
    split::init(interp, ty);
    translate::init(interp, ty);
    let doc = interp.intern(STR_DOC);
    super::set_type_attr(interp, ty, "__doc__", doc);
}

const STR_DOC: &str = "str(object='') -> str
str(bytes_or_buffer[, encoding[, errors]]) -> str

Create a new string object from the given object. If encoding or
errors is specified, then the object must expose a data buffer
that will be decoded using the given encoding and error handler.
Otherwise, returns the result of object.__str__() (if defined)
or repr(object).
encoding defaults to sys.getdefaultencoding().
errors defaults to 'strict'.";
