//! Building bytes: `bytes(...)`, `bytearray(...)`, `fromhex`, `maketrans`,
//! and the conversion of an arbitrary object to a byte string that
//! `bytearray` slice assignment and `extend` share.

use crate::builtins::str::codecs;
use crate::interp::{Args, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};

use super::{buffer_arg, new_bytearray, owner_name, parse_kw, str_arg, view};

/// ASCII whitespace as CPython's `Py_ISSPACE`.
pub(crate) fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The optional `encoding` / `errors` arguments of a constructor.
fn text_args<'a>(
    vm: &mut Vm,
    fname: &str,
    enc: Option<Value>,
    errs: Option<Value>,
) -> PyResult<(Option<&'a str>, Option<&'a str>)> {
    let enc = match enc {
        Some(v) => Some(str_arg(vm, v, fname, "encoding")?),
        None => None,
    };
    let errs = match errs {
        Some(v) => Some(str_arg(vm, v, fname, "errors")?),
        None => None,
    };
    Ok((enc, errs))
}

fn without_string(vm: &mut Vm, enc: Option<&str>) -> crate::interp::PyErr {
    if enc.is_some() {
        vm.type_error("encoding without a string argument")
    } else {
        vm.type_error("errors without a string argument")
    }
}

/// `bytes(n)` / `bytearray(n)`: `n` zero bytes.
fn zeros(vm: &mut Vm, x: Value) -> PyResult<Vec<u8>> {
    let n = match int_view(x) {
        Some(IntView::Small(n)) => Some(n),
        Some(IntView::Big(n)) => i64::try_from(n).ok(),
        None => i64::try_from(vm.to_index(x)?).ok(),
    };
    let Some(n) = n else {
        let t = vm.type_name(x);
        return Err(vm.overflow_error(format!("cannot fit '{t}' into an index-sized integer")));
    };
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let mut out = super::alloc_vec(vm, n as usize)?;
    out.resize(n as usize, 0);
    Ok(out)
}

/// One item of an iterable of ints: `bytes` says "bytes must be in
/// range(0, 256)", `bytearray` "byte must be ...".
fn item_byte(vm: &mut Vm, item: Value, bytearray: bool) -> PyResult<u8> {
    let n = match int_view(item) {
        Some(IntView::Small(n)) => Some(n),
        Some(IntView::Big(_)) => None,
        None => i64::try_from(vm.to_index(item)?).ok(),
    };
    match n {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ if bytearray => Err(vm.value_error("byte must be in range(0, 256)")),
        _ => Err(vm.value_error("bytes must be in range(0, 256)")),
    }
}

/// The bytes of a bytes-like object or an iterable of ints (CPython's
/// `PyBytes_FromObject` / `bytearray(iterable)`); `None` when `x` is not
/// iterable at all.
pub(crate) fn from_iterable(vm: &mut Vm, x: Value, bytearray: bool) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = view(x) {
        return Ok(Some(b.into_owned()));
    }
    let fast: Option<Vec<Value>> = if vm.is_heap_instance(x) {
        None
    } else {
        match x.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => Some(l.read().clone()),
            Some(ObjData::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        }
    };
    let mut out = Vec::new();
    if let Some(items) = fast {
        out.reserve(items.len());
        for item in items {
            out.push(item_byte(vm, item, bytearray)?);
        }
        return Ok(Some(out));
    }
    let it = match vm.iter(x) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Ok(None),
        Err(e) => return Err(e),
    };
    while let Some(item) = vm.next(it)? {
        let b = item_byte(vm, item, bytearray)?;
        super::reserve(vm, &mut out, 1)?;
        out.push(b);
    }
    Ok(Some(out))
}

fn cannot_convert(vm: &mut Vm, x: Value, to: &str) -> crate::interp::PyErr {
    let t = vm.type_name(x);
    vm.type_error(format!("cannot convert '{t}' object to {to}"))
}

/// The class argument of `__new__`: a subtype of `base`.
fn new_class(vm: &mut Vm, args: &Args, base: Value, name: &str) -> PyResult<Value> {
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error(format!("{name}.__new__(): not enough arguments")));
    };
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!("{name}.__new__(X): X is not a type object ({t})")));
    }
    if !vm.is_subclass(cls, base) {
        let c = vm.type_obj(cls).name.to_string();
        return Err(vm.type_error(format!(
            "{name}.__new__({c}): {c} is not a subtype of {name}"
        )));
    }
    Ok(cls)
}

/// `bytes.__new__(cls, source=..., encoding=..., errors=...)`.
pub(super) fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types().bytes;
    let cls = new_class(vm, &args, base, "bytes")?;
    let [x, enc, errs] = parse_kw(
        vm,
        &args,
        1,
        "bytes",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let (enc, errs) = text_args(vm, "bytes", enc, errs)?;
    let data = match x {
        None => {
            if enc.is_some() || errs.is_some() {
                return Err(without_string(vm, enc));
            }
            Vec::new()
        }
        Some(x) => {
            let text = vm.as_str(x);
            if let Some(enc) = enc {
                let Some(s) = text else {
                    return Err(vm.type_error("encoding without a string argument"));
                };
                codecs::encode(vm, s, enc, errs.unwrap_or("strict"))?
            } else if errs.is_some() {
                return Err(if text.is_some() {
                    vm.type_error("string argument without an encoding")
                } else {
                    vm.type_error("errors without a string argument")
                });
            } else if let Some(r) = vm.call_dunder(x, "__bytes__", &[])? {
                if !super::is_bytes(r) {
                    let t = vm.type_name(r);
                    return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {t})")));
                }
                if cls == vm.types().bytes {
                    return Ok(r);
                }
                view(r).unwrap_or_default().into_owned()
            } else if text.is_some() {
                return Err(vm.type_error("string argument without an encoding"));
            } else if crate::builtins::slice::has_index(vm, x) {
                zeros(vm, x)?
            } else if super::is_bytes(x) && !vm.is_heap_instance(x) && cls == vm.types().bytes {
                return Ok(x);
            } else {
                match from_iterable(vm, x, false)? {
                    Some(d) => d,
                    None => return Err(cannot_convert(vm, x, "bytes")),
                }
            }
        }
    };
    Ok(vm.alloc(cls, ObjData::Bytes(data.into())))
}

/// `bytearray(source=..., encoding=..., errors=...)`.
pub(super) fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let base = vm.types().bytearray;
    let cls = new_class(vm, &args, base, "bytearray")?;
    let [x, enc, errs] = parse_kw(
        vm,
        &args,
        1,
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let (enc, errs) = text_args(vm, "bytearray", enc, errs)?;
    let data = match x {
        None => {
            if enc.is_some() || errs.is_some() {
                return Err(without_string(vm, enc));
            }
            Vec::new()
        }
        Some(x) => {
            if let Some(s) = vm.as_str(x) {
                let Some(enc) = enc else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                codecs::encode(vm, s, enc, errs.unwrap_or("strict"))?
            } else if enc.is_some() || errs.is_some() {
                return Err(without_string(vm, enc));
            } else if crate::builtins::slice::has_index(vm, x) {
                zeros(vm, x)?
            } else {
                match from_iterable(vm, x, true)? {
                    Some(d) => d,
                    None => return Err(cannot_convert(vm, x, "bytearray")),
                }
            }
        }
    };
    Ok(vm.alloc(cls, ObjData::ByteArray(crate::sync::RwLock::new(data))))
}

/// Parses a `fromhex` argument: pairs of hex digits, ASCII whitespace
/// allowed before each pair.
fn parse_hex(s: &str) -> Result<Vec<u8>, usize> {
    if !s.is_ascii() {
        return Err(s.chars().take_while(char::is_ascii).count());
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let digit = |i: usize| b.get(i).and_then(|&c| (c as char).to_digit(16));
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or(i)?;
        let lo = digit(i + 1).ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (a classmethod).
pub(super) fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = owner_name(vm, &args);
    let a = crate::builtins::slice::method_args(vm, &args, tname, "fromhex", 1, 1, |_| true)?;
    let cls = args.pos[0];
    let Some(s) = vm.as_str(a[0]) else {
        let t = super::clinic_type_name(vm, a[0]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {t}")));
    };
    let data = match parse_hex(s) {
        Ok(d) => d,
        Err(pos) => {
            return Err(vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )))
        }
    };
    let (bytes_t, bytearray_t) = (vm.types().bytes, vm.types().bytearray);
    if cls == bytearray_t {
        return Ok(new_bytearray(vm, data));
    }
    let b = vm.new_bytes(data);
    if cls == bytes_t {
        return Ok(b);
    }
    vm.call(cls, &[b])
}

/// `bytes.maketrans(frm, to)` (a staticmethod): a 256-byte table.
pub(super) fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let t = owner_name(vm, &args);
        return Err(vm.type_error(format!("{t}.maketrans() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("maketrans expected 2 arguments, got {n}")));
    }
    let frm = buffer_arg(vm, args.pos[0])?;
    let to = buffer_arg(vm, args.pos[1])?;
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(vm.new_bytes(table))
}
