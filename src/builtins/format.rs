//! `format(value, spec)`, `str.__format__`, and `str.format` /
//! `str.format_map` (the replacement-field language: auto and manual
//! numbering, keyword fields, `.attr` and `[index]` lookups, `!r !s !a`
//! conversions and nested `{}` fields inside format specs), with CPython's
//! error messages. The pure spec formatting lives in `numfmt`.

use num_bigint::BigInt;

use crate::interp::{Args, InterpState, PyErr, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::Value;

use super::int::MAX_STR_DIGITS;
use super::numfmt::{self, NumFmtError};
use super::str::args::{recv, this};
use super::str::str_obj;

/// Turns a numfmt error into the Python exception it names.
pub fn numfmt_error(vm: &mut Vm, e: NumFmtError) -> PyErr {
    match e {
        NumFmtError::Value(m) => vm.value_error(m),
        NumFmtError::Overflow(m) => vm.overflow_error(m),
        NumFmtError::Type(m) => vm.type_error(m),
    }
}

/// CPython's limit on int -> decimal text conversion.
pub fn check_int_digits(vm: &mut Vm, n: &BigInt) -> PyResult<()> {
    // 4300 decimal digits need more than 14000 bits.
    if n.bits() > 14_000 && n.magnitude().to_string().len() > MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Field widths this large cannot be laid out in memory.
const MAX_WIDTH: usize = 1 << 40;

/// `format(v, spec)`; `spec` is a str value or NULL (empty).
pub fn format(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_str = if spec.is_null() {
        ""
    } else {
        vm.as_str(spec).unwrap_or("")
    };
    if vm.is_heap_instance(v) {
        let spec_val = if spec.is_null() { vm.intern("") } else { spec };
        if let Some(r) = vm.call_dunder(v, "__format__", &[spec_val])? {
            if vm.as_str(r).is_none() {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__format__ must return a str, not {t}")));
            }
            return Ok(r);
        }
    }
    if spec_str.is_empty() {
        return vm.to_str(v);
    }
    let s = format_builtin(vm, v, spec_str)?;
    Ok(vm.new_str(s))
}

/// `format(v, spec)` as a Rust string, for builtin values.
pub fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let tname = vm.type_name(v);
    let parse = |vm: &mut Vm, target| -> PyResult<numfmt::FormatSpec> {
        let s = numfmt::parse_format_spec(spec, target, &tname).map_err(|e| numfmt_error(vm, e))?;
        if s.width.is_some_and(|w| w > MAX_WIDTH) {
            return Err(vm.memory_error());
        }
        Ok(s)
    };
    if let Some(f) = super::float::as_f64(v) {
        let s = parse(vm, numfmt::SpecTarget::Float)?;
        return numfmt::format_float(f, &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    if let Some((re, im)) = super::complex::parts(v) {
        let s = parse(vm, numfmt::SpecTarget::Complex)?;
        return numfmt::format_complex(re, im, &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    if let Some(n) = int_view(v) {
        let n = match n {
            IntView::Small(i) => BigInt::from(i),
            IntView::Big(b) => b.clone(),
        };
        let s = parse(vm, numfmt::SpecTarget::Int)?;
        if matches!(s.ty, None | Some('d') | Some('n')) {
            check_int_digits(vm, &n)?;
        }
        return numfmt::format_int(&n, &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    if let Some(st) = str_obj(v) {
        let s = parse(vm, numfmt::SpecTarget::Str)?;
        return numfmt::format_str(st.as_str(), &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {tname}.__format__"
    )))
}

/// `str.__format__(spec)`.
pub fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "__format__", 1, 1)?;
    let Some(spec) = str_obj(a[0]) else {
        let t = super::str::args::clinic_type_name(vm, a[0]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.char_len() == 0 {
        // A subclass's instance formats as `str(self)` (its `__str__`).
        if vm.is_heap_instance(args.pos[0]) {
            let s = vm.str_of(args.pos[0])?;
            return Ok(vm.new_str(s));
        }
        return Ok(super::str::same_or_new(vm, args.pos[0]));
    }
    let s = this(&args);
    let tname = vm.type_name(args.pos[0]);
    let parsed = numfmt::parse_format_spec(spec.as_str(), numfmt::SpecTarget::Str, &tname)
        .map_err(|e| numfmt_error(vm, e))?;
    if parsed.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(vm.memory_error());
    }
    let out = numfmt::format_str(s.as_str(), &parsed, &tname).map_err(|e| numfmt_error(vm, e))?;
    Ok(vm.new_str(out))
}

// ----- str.format ------------------------------------------------------------------

/// Appends `format(v, spec)` to `out` (the allocation-free path for
/// `str.format` fields and f-strings).
pub fn format_into(vm: &mut Vm, v: Value, spec: &str, out: &mut String) -> PyResult<()> {
    if !vm.is_heap_instance(v) {
        if spec.is_empty() {
            if let Some(s) = str_obj(v) {
                out.push_str(s.as_str());
                return Ok(());
            }
            if v.is_small_int() {
                use std::fmt::Write;
                let _ = write!(out, "{}", v.as_small_int());
                return Ok(());
            }
            let s = vm.str_of(v)?;
            out.push_str(&s);
            return Ok(());
        }
        let s = format_builtin(vm, v, spec)?;
        out.push_str(&s);
        return Ok(());
    }
    let spec_val = vm.new_str(spec);
    let r = format(vm, v, spec_val)?;
    out.push_str(vm.as_str(r).unwrap_or(""));
    Ok(())
}

/// Where keyword fields are looked up.
enum Keywords<'a> {
    /// `str.format(**kw)`: the call's keyword names and values.
    Call(&'a [Value], &'a [Value]),
    /// `str.format_map(mapping)`.
    Map(Value),
}

/// Auto-numbering state (CPython's `AutoNumber`).
#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    kwargs: Keywords<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// One parsed replacement field (slices of the format string).
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    spec_has_fields: bool,
}

// Every character the field syntax looks for is ASCII, so the parser scans
// UTF-8 bytes and slices the text at those characters.

impl Formatter<'_> {
    /// Expands `fmt`; `depth` counts down nesting (CPython allows a spec to
    /// hold fields, but not a spec inside those).
    fn build(&mut self, vm: &mut Vm, fmt: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = fmt.as_bytes();
        let n = b.len();
        let mut i = 0;
        while i < n {
            let start = i;
            while i < n && b[i] != b'{' && b[i] != b'}' {
                i += 1;
            }
            out.push_str(&fmt[start..i]);
            if i >= n {
                break;
            }
            let c = b[i];
            i += 1;
            let at_end = i >= n;
            if c == b'}' {
                if at_end || b[i] != b'}' {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
                out.push('}');
                i += 1;
                continue;
            }
            if at_end {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if b[i] == b'{' {
                out.push('{');
                i += 1;
                continue;
            }
            let field = parse_field(vm, fmt, &mut i)?;
            self.render(vm, &field, depth, out)?;
        }
        Ok(())
    }

    fn render(&mut self, vm: &mut Vm, field: &Field, depth: u32, out: &mut String) -> PyResult<()> {
        let mut obj = self.field_object(vm, field.name)?;
        if let Some(conv) = field.conversion {
            obj = match conv {
                'r' => vm.repr(obj)?,
                's' => vm.to_str(obj)?,
                'a' => super::repr::ascii(vm, obj)?,
                c => {
                    let code = c as u32;
                    let msg = if code > 32 && code < 127 {
                        format!("Unknown conversion specifier {c}")
                    } else {
                        format!("Unknown conversion specifier \\x{code:x}")
                    };
                    return Err(vm.value_error(msg));
                }
            };
        }
        if field.spec_has_fields {
            let mut spec = String::new();
            self.build(vm, field.spec, depth - 1, &mut spec)?;
            format_into(vm, obj, &spec, out)
        } else {
            format_into(vm, obj, field.spec, out)
        }
    }

    /// Resolves a field name (`0`, `name`, `` for auto, then `.attr` and
    /// `[key]` parts) to its object.
    fn field_object(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let b = name.as_bytes();
        let first_end = b
            .iter()
            .position(|&c| c == b'.' || c == b'[')
            .unwrap_or(b.len());
        let first = &name[..first_end];
        let index = get_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.numbering == Numbering::Init {
                self.numbering = if empty {
                    Numbering::Auto
                } else {
                    Numbering::Manual
                };
            }
            if self.numbering == Numbering::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.numbering == Numbering::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let index = if empty {
            let i = self.next_auto;
            self.next_auto += 1;
            Some(i)
        } else {
            index
        };
        let mut obj = match index {
            None => match &self.kwargs {
                Keywords::Call(names, values) => {
                    match names.iter().position(|&k| vm.as_str(k) == Some(first)) {
                        Some(p) => values[p],
                        None => {
                            let key = vm.new_str(first);
                            return Err(vm.key_error(key));
                        }
                    }
                }
                Keywords::Map(m) => {
                    let key = vm.new_str(first);
                    crate::interp::ops::getitem(vm, *m, key)?
                }
            },
            Some(i) => {
                let Some(args) = self.args else {
                    return Err(vm.value_error("Format string contains positional fields"));
                };
                match args.get(i) {
                    Some(&v) => v,
                    None => {
                        return Err(vm.new_error(
                            "IndexError",
                            format!("Replacement index {i} out of range for positional args tuple"),
                        ))
                    }
                }
            }
        };
        // The rest: `.name` and `[key]` parts.
        let mut i = first_end;
        while i < b.len() {
            let c = b[i];
            i += 1;
            match c {
                b'.' => {
                    let start = i;
                    while i < b.len() && b[i] != b'.' && b[i] != b'[' {
                        i += 1;
                    }
                    if i == start {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let attr = vm.intern(&name[start..i]);
                    obj = vm.getattr(obj, attr)?;
                }
                b'[' => {
                    let start = i;
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    if i >= b.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &name[start..i];
                    i += 1;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let key_val = match get_integer(vm, key)? {
                        Some(n) => vm.new_int(n as i64),
                        None => vm.new_str(key),
                    };
                    obj = crate::interp::ops::getitem(vm, obj, key_val)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
        }
        Ok(obj)
    }
}

/// A field name part as an index: `None` unless it is all decimal digits.
fn get_integer(vm: &mut Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = numfmt::unicode_decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Parses a replacement field starting just after its `{` (byte offset
/// `*i` of `fmt`); leaves `*i` after the closing `}`.
fn parse_field<'s>(vm: &mut Vm, fmt: &'s str, i: &mut usize) -> PyResult<Field<'s>> {
    let b = fmt.as_bytes();
    let n = b.len();
    let start = *i;
    let mut term = None;
    while *i < n {
        let c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < n && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(c) = term else {
        return Err(vm.value_error("expected '}' before end of string"));
    };
    let mut field = Field {
        name: &fmt[start..*i - 1],
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c == b'}' {
        return Ok(field);
    }
    if c == b'!' {
        let Some(conv) = fmt[*i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        *i += conv.len_utf8();
        if *i < n {
            let next = b[*i];
            *i += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    while *i < n {
        let d = b[*i];
        *i += 1;
        match d {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &fmt[spec_start..*i - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&recv) = args.pos.first() else {
        return Err(vm.type_error("unbound method str.format() needs an argument"));
    };
    let Some(s) = str_obj(recv) else {
        let t = vm.type_name(recv);
        return Err(vm.type_error(format!(
            "descriptor 'format' for 'str' objects doesn't apply to a '{t}' object"
        )));
    };
    let mut f = Formatter {
        args: Some(&args.pos[1..]),
        kwargs: Keywords::Call(args.kwnames, args.kwvalues),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let text = s.as_str();
    if !text.contains(['{', '}']) {
        return Ok(super::str::same_or_new(vm, recv));
    }
    let mut out = String::with_capacity(text.len() + 16);
    f.build(vm, text, 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "format_map", 1, 1)?;
    let s = this(&args);
    let mut f = Formatter {
        args: None,
        kwargs: Keywords::Map(a[0]),
        numbering: Numbering::Init,
        next_auto: 0,
    };
    let mut out = String::with_capacity(s.as_str().len() + 16);
    f.build(vm, s.as_str(), 2, &mut out)?;
    Ok(vm.new_str(out))
}

/// `int.__format__`, `float.__format__` and `object.__format__`.
fn dunder_format(
    vm: &mut Vm,
    args: &Args,
    tname: &str,
    receiver_ok: fn(Value) -> bool,
) -> PyResult<Value> {
    let a = super::slice::method_args(vm, args, tname, "__format__", 1, 1, receiver_ok)?;
    let v = args.pos[0];
    let Some(spec) = str_obj(a[0]) else {
        let t = super::str::args::clinic_type_name(vm, a[0]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.char_len() == 0 {
        return vm.to_str(v);
    }
    let out = format_builtin(vm, v, spec.as_str())?;
    Ok(vm.new_str(out))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_format(vm, &args, "int", |v| int_view(v).is_some())
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dunder_format(vm, &args, "float", |v| super::float::as_f64(v).is_some())
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Messages name the receiver's own type (`NoneType.__format__()`).
    let tname = match args.pos.first() {
        Some(&v) => vm.type_name(v),
        None => "object".to_string(),
    };
    dunder_format(vm, &args, &tname, |_| true)
}

/// Registers `__format__` on `int`, `float` and `object`.
pub fn init(interp: &InterpState) {
    let t = &interp.types;
    super::add_method(interp, t.int, "__format__", int_format);
    super::add_method(interp, t.float, "__format__", float_format);
    super::add_method(interp, t.object, "__format__", object_format);
}
