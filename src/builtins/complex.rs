//! `complex`: pairs of doubles with CPython's arithmetic (its division and
//! power algorithms, so results match bit for bit), hashing, equality with
//! ints and floats, the constructor (numbers, `__complex__`, strings such
//! as `"1+2j"`) and the methods.

use crate::builtins::numfmt;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::hashing::{self, int_view, IntView};
use crate::object::{ObjData, Value};

/// The parts of a complex value (of any complex subclass).
#[inline]
pub fn parts(v: Value) -> Option<(f64, f64)> {
    match &v.as_obj()?.data {
        ObjData::Complex(re, im) => Some((*re, *im)),
        _ => None,
    }
}

pub fn is_complex(v: Value) -> bool {
    parts(v).is_some()
}

/// A fresh `complex` value.
pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> Value {
    let cls = vm.types().complex;
    vm.alloc(cls, ObjData::Complex(re, im))
}

/// An int, float or complex operand as a complex; `None` for other types.
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<(f64, f64)>> {
    if v.is_float() {
        return Ok(Some((v.as_float(), 0.0)));
    }
    if let Some(c) = parts(v) {
        return Ok(Some(c));
    }
    if let Some(f) = super::float::payload(v) {
        return Ok(Some((f, 0.0)));
    }
    match int_view(v) {
        Some(IntView::Small(n)) => Ok(Some((n as f64, 0.0))),
        Some(IntView::Big(n)) => {
            let n = n.clone();
            Ok(Some((super::int::bigint_to_f64(vm, &n)?, 0.0)))
        }
        None => Ok(None),
    }
}

type C = (f64, f64);

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot`: `None` on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one of b's parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

enum PowError {
    /// `0.0 to a negative or complex power`
    Domain,
}

fn pow_general(a: C, b: C) -> Result<C, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn pow_unsigned(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn pow_int(x: C, n: i64) -> Result<C, PowError> {
    if n > 0 {
        Ok(pow_unsigned(x, n as u64))
    } else {
        quot((1.0, 0.0), pow_unsigned(x, n.unsigned_abs())).ok_or(PowError::Domain)
    }
}

/// `a ** b` for complex operands, with CPython's errors.
pub fn complex_pow(vm: &mut Vm, a: C, b: C) -> PyResult<Value> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        pow_int(a, b.0 as i64)
    } else {
        pow_general(a, b)
    };
    match r {
        Err(PowError::Domain) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Ok((re, im)) if re.is_infinite() || im.is_infinite() => {
            Err(vm.overflow_error("complex exponentiation"))
        }
        Ok((re, im)) => Ok(new_complex(vm, re, im)),
    }
}

/// Binary operators where either operand is complex (and the other a
/// number); `NOT_IMPLEMENTED` otherwise.
pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (Some(a), Some(b)) = (operand(vm, lhs)?, operand(vm, rhs)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let (re, im) = match kind {
        BinaryOpKind::Add => (a.0 + b.0, a.1 + b.1),
        BinaryOpKind::Subtract => (a.0 - b.0, a.1 - b.1),
        BinaryOpKind::Multiply => prod(a, b),
        BinaryOpKind::TrueDivide => match quot(a, b) {
            Some(c) => c,
            None => return Err(vm.zero_division("complex division by zero")),
        },
        BinaryOpKind::Power => return complex_pow(vm, a, b),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(new_complex(vm, re, im))
}

/// `==` / `!=` with a complex on the left; ordering is not defined.
pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let _ = vm;
    let Some(a) = parts(lhs) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if !matches!(kind, CompareKind::Eq | CompareKind::Ne) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let Some(eq) = eq_number(a, rhs) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    Ok(Value::bool(eq == (kind == CompareKind::Eq)))
}

/// Whether the complex `a` equals the number `b`; `None` if `b` is not an
/// int, float or complex.
pub fn eq_number(a: C, b: Value) -> Option<bool> {
    if let Some(c) = parts(b) {
        return Some(a == c);
    }
    let f = if b.is_float() {
        Some(b.as_float())
    } else {
        super::float::payload(b)
    };
    if let Some(f) = f {
        return Some(a.1 == 0.0 && a.0 == f);
    }
    int_view(b)?;
    // Exact comparison of the real part with the int.
    Some(a.1 == 0.0 && hashing::numeric_eq(Value::float(a.0), b) == Some(true))
}

/// CPython's complex hash: `hash(re) + 1000003 * hash(im)`.
pub fn hash(re: f64, im: f64) -> i64 {
    let r = hashing::hash_f64(re) as u64;
    let i = hashing::hash_f64(im) as u64;
    let h = r.wrapping_add(1000003u64.wrapping_mul(i)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `abs(z)`.
pub fn abs(vm: &mut Vm, re: f64, im: f64) -> PyResult<f64> {
    if !re.is_finite() || !im.is_finite() {
        if re.is_infinite() || im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = re.hypot(im);
    if r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}

// ----- the constructor ------------------------------------------------------

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let complex = vm.types().complex;
    let cls = crate::builtins::functions::check_new(vm, &args, complex)?;
    let rest = &args.pos[1..];
    let total = rest.len() + args.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({total} given)"
        )));
    }
    let mut real = rest.first().copied();
    let mut imag = rest.get(1).copied();
    for (i, &k) in args.kwnames.iter().enumerate() {
        let v = args.kwvalues[i];
        match vm.as_str(k) {
            Some("real") if real.is_none() => real = Some(v),
            Some("real") => {
                return Err(
                    vm.type_error("argument for complex() given by name ('real') and position (1)")
                )
            }
            Some("imag") if imag.is_none() => imag = Some(v),
            Some("imag") => {
                return Err(
                    vm.type_error("argument for complex() given by name ('imag') and position (2)")
                )
            }
            _ => {
                let r = vm.repr_of(k)?;
                return Err(
                    vm.type_error(format!("{r} is an invalid keyword argument for complex()"))
                );
            }
        }
    }
    match from_args(vm, cls, real, imag)? {
        Ok(same) => Ok(same),
        Err((re, im)) => Ok(vm.alloc(cls, ObjData::Complex(re, im))),
    }
}

/// The value of `complex(real, imag)`: `Ok(real)` when an exact complex
/// is passed alone (returned as is), else `Err(parts)` of the new one.
fn from_args(
    vm: &mut Vm,
    cls: Value,
    real: Option<Value>,
    imag: Option<Value>,
) -> PyResult<Result<Value, C>> {
    let r = real.unwrap_or(Value::FALSE);
    if let Some(text) = vm.as_str(r).map(str::to_string) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        if !underscores_ok(&text) {
            let r = vm.repr_of(r)?;
            return Err(vm.value_error(format!("could not convert string to complex: {r}")));
        }
        return match parse(&text) {
            Some(c) => Ok(Err(c)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = imag {
        if vm.as_str(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    if imag.is_none() && cls == vm.types().complex && vm.type_of(r) == cls {
        return Ok(Ok(r));
    }
    // `__complex__` first.
    let mut cr = None;
    if vm.is_heap_instance(r) {
        if let Some(res) = vm.call_dunder(r, "__complex__", &[])? {
            match parts(res) {
                Some(c) => cr = Some(c),
                None => {
                    let t = vm.type_name(res);
                    return Err(
                        vm.type_error(format!("__complex__ returned non-complex (type {t})"))
                    );
                }
            }
        }
    }
    if cr.is_none() && !convertible(vm, r) {
        let t = vm.type_name(r);
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{t}'"
        )));
    }
    if let Some(i) = imag {
        if !convertible(vm, i) {
            let t = vm.type_name(i);
            return Err(vm.type_error(format!(
                "complex() second argument must be a number, not '{t}'"
            )));
        }
    }
    let (cr, cr_is_complex) = match cr.or_else(|| parts(r)) {
        Some(c) => (c, true),
        None => ((super::float::float_from_value(vm, r)?, 0.0), false),
    };
    let (mut re, mut im) = cr;
    if let Some(i) = imag {
        let ci = match parts(i) {
            Some(c) => c,
            None => (super::float::float_from_value(vm, i)?, 0.0),
        };
        re -= ci.1;
        im = ci.0;
        if cr_is_complex {
            im += cr.1;
        }
    }
    Ok(Err((re, im)))
}

fn is_numeric(v: Value) -> bool {
    v.is_float() || int_view(v).is_some() || is_complex(v)
}

/// Whether `complex()` accepts `v` as a number (it has `__float__`,
/// `__index__` or is complex).
fn convertible(vm: &mut Vm, v: Value) -> bool {
    if is_numeric(v) || super::float::payload(v).is_some() {
        return true;
    }
    vm.lookup_dunder(v, "__float__").is_some() || vm.lookup_dunder(v, "__index__").is_some()
}

/// Parses `complex("...")`: `"1"`, `"2j"`, `"1+2j"`, `"-j"`, `"(1-2.5e3J)"`,
/// with surrounding whitespace and underscores between digits.
pub fn parse(text: &str) -> Option<(f64, f64)> {
    let s = text.trim_matches(|c: char| numfmt::unicode_is_space(c));
    let s = match s.strip_prefix('(') {
        Some(inner) => inner
            .strip_suffix(')')?
            .trim_matches(|c: char| numfmt::unicode_is_space(c)),
        None => s,
    };
    let s = strip_underscores(s)?;
    let b = s.as_bytes();
    let sign_at = |i: usize| b.get(i).map(|&c| c == b'+' || c == b'-').unwrap_or(false);
    let j_at = |i: usize| matches!(b.get(i), Some(b'j') | Some(b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    let mut i = 0;
    match float_prefix(&s) {
        Some((z, end)) => {
            i = end;
            if sign_at(i) {
                re = z;
                match float_prefix(&s[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = if b[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !j_at(i) {
                    return None;
                }
                i += 1;
            } else if j_at(i) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            if sign_at(i) {
                im = if b[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                im = 1.0;
            }
            if !j_at(i) {
                return None;
            }
            i += 1;
        }
    }
    (i == s.len()).then_some((re, im))
}

/// Whether every underscore in `s` sits between two digits.
fn underscores_ok(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'_'
            || (i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// Removes underscores that sit between two digits; `None` for any other
/// underscore.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev = i > 0 && b[i - 1].is_ascii_digit();
            let next = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(prev && next) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// The longest float literal at the start of `s` (optional sign, digits
/// with an optional point and exponent, or inf/infinity/nan) and its
/// length.
fn float_prefix(s: &str) -> Option<(f64, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+') | Some(b'-')) {
        i = 1;
    }
    let lower = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if lower.starts_with(word) {
            let end = i + word.len();
            return Some((numfmt::parse_float_literal(&s[..end])?, end));
        }
    }
    let start_digits = i;
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    let mut digits = i - start_digits;
    if b.get(i) == Some(&b'.') {
        let dot = i;
        i += 1;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        digits += i - dot - 1;
    }
    if digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e') | Some(b'E')) {
        let mut k = i + 1;
        if matches!(b.get(k), Some(b'+') | Some(b'-')) {
            k += 1;
        }
        let exp_start = k;
        while b.get(k).is_some_and(u8::is_ascii_digit) {
            k += 1;
        }
        if k > exp_start {
            i = k;
        }
    }
    Some((numfmt::parse_float_literal(&s[..i])?, i))
}

// ----- methods ----------------------------------------------------------------

fn recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    let rest = super::int::slot_args(vm, args, "complex", name, 0, 0, is_complex)?;
    let _ = rest;
    Ok(parts(args.pos[0]).expect("checked receiver"))
}

fn complex_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__repr__")?;
    Ok(vm.new_str(numfmt::complex_repr(re, im)))
}

fn complex_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__hash__")?;
    Ok(vm.new_int(hash(re, im)))
}

fn complex_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__bool__")?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__neg__")?;
    Ok(new_complex(vm, -re, -im))
}

fn complex_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__pos__")?;
    Ok(new_complex(vm, re, im))
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__abs__")?;
    Ok(Value::float(abs(vm, re, im)?))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "conjugate")?;
    Ok(new_complex(vm, re, -im))
}

fn complex_complex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__complex__")?;
    if vm.type_of(args.pos[0]) == vm.types().complex {
        return Ok(args.pos[0]);
    }
    Ok(new_complex(vm, re, im))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (re, im) = recv(vm, &args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![Value::float(re), Value::float(im)]))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = super::int::slot_args(vm, &args, "complex", "__format__", 1, 1, is_complex)?;
    let (re, im) = parts(args.pos[0]).expect("checked receiver");
    let Some(spec) = vm.as_str(rest[0]) else {
        let t = vm.type_name(rest[0]);
        return Err(vm.type_error(format!("__format__() argument must be str, not {t}")));
    };
    if spec.is_empty() {
        return vm.to_str(args.pos[0]);
    }
    let tname = vm.type_name(args.pos[0]);
    let s = numfmt::parse_format_spec(spec, numfmt::SpecTarget::Complex, &tname)
        .and_then(|s| numfmt::format_complex(re, im, &s, &tname))
        .map_err(|e| super::format::numfmt_error(vm, e))?;
    Ok(vm.new_str(s))
}

fn slot_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: BinaryOpKind,
    refl: bool,
) -> PyResult<Value> {
    let rest = super::int::slot_args(vm, args, "complex", name, 1, 1, is_complex)?;
    let (a, b) = (args.pos[0], rest[0]);
    if refl {
        binary(vm, kind, b, a)
    } else {
        binary(vm, kind, a, b)
    }
}

fn slot_pow(vm: &mut Vm, args: &Args, name: &str, refl: bool) -> PyResult<Value> {
    let rest = super::int::slot_args(vm, args, "complex", name, 1, 2, is_complex)?;
    if rest.get(1).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    let (a, b) = (args.pos[0], rest[0]);
    if refl {
        binary(vm, BinaryOpKind::Power, b, a)
    } else {
        binary(vm, BinaryOpKind::Power, a, b)
    }
}

fn complex_pow_m(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_pow(vm, &args, "__pow__", false)
}

fn complex_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_pow(vm, &args, "__rpow__", true)
}

fn slot_compare(vm: &mut Vm, args: &Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let rest = super::int::slot_args(vm, args, "complex", name, 1, 1, is_complex)?;
    compare(vm, args.pos[0], rest[0], kind)
}

macro_rules! slot_fns {
    (binary $table:ident: $($f:ident $name:literal $kind:expr, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            slot_binary(vm, &args, $name, $kind, $refl)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
    (compare $table:ident: $($f:ident $name:literal $kind:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            slot_compare(vm, &args, $name, $kind)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

use BinaryOpKind as K;

slot_fns!(binary COMPLEX_BINARY:
    c_add "__add__" K::Add, false;
    c_radd "__radd__" K::Add, true;
    c_sub "__sub__" K::Subtract, false;
    c_rsub "__rsub__" K::Subtract, true;
    c_mul "__mul__" K::Multiply, false;
    c_rmul "__rmul__" K::Multiply, true;
    c_truediv "__truediv__" K::TrueDivide, false;
    c_rtruediv "__rtruediv__" K::TrueDivide, true;
);

slot_fns!(compare COMPLEX_COMPARE:
    c_eq "__eq__" CompareKind::Eq;
    c_ne "__ne__" CompareKind::Ne;
    c_lt "__lt__" CompareKind::Lt;
    c_le "__le__" CompareKind::Le;
    c_gt "__gt__" CompareKind::Gt;
    c_ge "__ge__" CompareKind::Ge;
);

fn get_real(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::float(parts(v).map_or(0.0, |c| c.0)))
}

fn get_imag(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::float(parts(v).map_or(0.0, |c| c.1)))
}

pub fn init(interp: &InterpState) {
    use crate::builtins::{add_getset, add_method};
    let complex = interp.types.complex;
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", complex_new),
        ("__repr__", complex_repr),
        ("__hash__", complex_hash),
        ("__bool__", complex_bool),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__pow__", complex_pow_m),
        ("__rpow__", complex_rpow),
        ("__complex__", complex_complex),
        ("__getnewargs__", complex_getnewargs),
        ("__format__", complex_format),
        ("conjugate", complex_conjugate),
    ];
    for &(name, f) in methods.iter().chain(COMPLEX_BINARY).chain(COMPLEX_COMPARE) {
        add_method(interp, complex, name, f);
    }
    add_getset(interp, complex, "real", get_real, None);
    add_getset(interp, complex, "imag", get_imag, None);
}
