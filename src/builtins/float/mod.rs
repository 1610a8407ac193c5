//! `float`: IEEE doubles with Python's division, modulo and power rules.

use crate::bytecode::BinaryOpKind;
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::Value;

/// The value of a float subclass instance (`ObjData::Float`).
#[inline]
pub fn payload(v: Value) -> Option<f64> {
    match &v.as_obj()?.data {
        crate::object::ObjData::Float(f) => Some(*f),
        _ => None,
    }
}

/// A float or float subclass instance as f64.
#[inline]
pub fn as_f64(v: Value) -> Option<f64> {
    if v.is_float() {
        Some(v.as_float())
    } else {
        payload(v)
    }
}

/// A float subclass instance as a plain float value; other values as
/// they are.
#[inline]
pub fn unwrap(v: Value) -> Value {
    match payload(v) {
        Some(f) => Value::float(f),
        None => v,
    }
}

/// An int or float operand as f64 (ints converted exactly or OverflowError).
fn operand(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_f64(v) {
        return Ok(Some(f));
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
        BinaryOpKind::Power => {
            if a < 0.0 && b.is_finite() && b.fract() != 0.0 && a.is_finite() {
                // A negative base to a fractional power is complex.
                return super::complex::complex_pow(vm, (a, 0.0), (b, 0.0));
            }
            float_pow(vm, a, b)?
        }
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

/// Whether `x` is an odd integer (a finite float).
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x / 2.0).fract() != 0.0
}

/// `a ** b` for floats, with CPython's special cases and errors, checked in
/// CPython's order.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut negate = false;
    let mut base = a;
    if a < 0.0 {
        if b.fract() != 0.0 {
            return Err(vm.value_error(
                "weft does not support complex numbers (negative number raised to a fractional power)",
            ));
        }
        negate = is_odd_integer(b);
        base = -a;
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

mod methods;

pub use methods::float_from_value;

pub fn init(interp: &InterpState) {
    methods::init(interp);
}
