//! `float`: IEEE doubles with Python's division, modulo and power rules.

use crate::bytecode::BinaryOpKind;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

use super::numfmt;

/// An int or float operand as f64 (ints converted exactly or OverflowError).
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if v.is_float() {
        return Ok(Some(v.as_float()));
    }
    match super::int::to_bigint(v) {
        Some(n) => super::int::bigint_to_f64(vm, &n).map(Some),
        None => Ok(None),
    }
}

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (Some(a), Some(b)) = (operand(vm, lhs)?, operand(vm, rhs)?) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let r = match kind {
        BinaryOpKind::Add => a + b,
        BinaryOpKind::Subtract => a - b,
        BinaryOpKind::Multiply => a * b,
        BinaryOpKind::TrueDivide => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinaryOpKind::FloorDivide => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            divmod(a, b).0
        }
        BinaryOpKind::Remainder => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            divmod(a, b).1
        }
        BinaryOpKind::Power => float_pow(vm, a, b)?,
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(Value::float(r))
}

/// Python's float floor division and modulo (the sign of the modulo
/// follows the divisor); `b` must be non-zero.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a ** b` for floats, with CPython's errors.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        return Err(vm.value_error(
            "weft does not support complex numbers (negative number raised to a fractional power)",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if x.is_float() {
        return Ok(x.as_float());
    }
    if let Some(n) = super::int::to_bigint(x) {
        return super::int::bigint_to_f64(vm, &n);
    }
    let text = match x.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => Some(s.as_str().to_string()),
        Some(ObjData::Bytes(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    };
    if let Some(text) = text {
        return match numfmt::parse_float_literal(&text) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_of(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
        if r.is_float() {
            return Ok(r.as_float());
        }
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("__float__ returned non-float (type {t})")));
    }
    if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
        return float_from_value(vm, r);
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{t}'"
    )))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "float")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let f = match args.pos.get(1) {
        Some(&x) => float_from_value(vm, x)?,
        None => 0.0,
    };
    Ok(Value::float(f))
}

fn self_float(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    match args.pos.first() {
        Some(v) if v.is_float() => Ok(v.as_float()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args, "is_integer")?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = crate::object::hashing::frexp(f);
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let mut num: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(m).unwrap_or_default();
    let mut den = num_bigint::BigInt::from(1);
    if e > 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let n = vm.new_bigint(num);
    let d = vm.new_bigint(den);
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args, "hex")?;
    Ok(vm.new_str(numfmt::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = args
        .pos
        .get(1)
        .and_then(|&v| vm.as_str(v))
        .unwrap_or("")
        .to_string();
    match numfmt::float_fromhex(&s) {
        Ok(f) => Ok(Value::float(f)),
        Err(e) => Err(super::format::numfmt_error(vm, e)),
    }
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(self_float(vm, &args, "conjugate")?))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = self_float(vm, &args, "__trunc__")?;
    super::int::float_to_int(vm, f)
}

fn get_real(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(v)
}

fn get_imag(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

pub fn init(interp: &InterpState) {
    let float = interp.types.float;
    super::add_method(interp, float, "__new__", float_new);
    super::add_method(interp, float, "is_integer", float_is_integer);
    super::add_method(interp, float, "as_integer_ratio", float_as_integer_ratio);
    super::add_method(interp, float, "hex", float_hex);
    super::add_method(interp, float, "conjugate", float_conjugate);
    super::add_method(interp, float, "__trunc__", float_trunc);
    super::add_classmethod(interp, float, "fromhex", float_fromhex);
    super::add_getset(interp, float, "real", get_real, None);
    super::add_getset(interp, float, "imag", get_imag, None);
}
