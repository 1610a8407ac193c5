//! `int` (and `bool`): exact arithmetic on small and big ints.
//!
//! A small int lives in the `Value`; a wider one is an `ObjData::Int` heap
//! big int, and `Vm::new_bigint` keeps the invariant that a heap int never
//! holds a value in the small range. Results that would need more than
//! `MAX_INT_BITS` bits raise MemoryError at once instead of running for
//! minutes (`10 ** 10 ** 10`).

use std::cmp::Ordering as CmpOrdering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{InterpState, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::Value;

use super::numfmt;

/// The widest product weft will compute (2**28 bits, 32 MiB): beyond it
/// multiplication (and `math.factorial` and friends) would run for minutes.
pub const MAX_INT_BITS: u64 = 1 << 28;

/// The widest int a shift may build (2**32 bits, 512 MiB): shifts cost
/// linear time, so only memory bounds them.
pub const MAX_SHIFT_BITS: u64 = 1 << 32;

/// The widest result of `a ** b` for a base that is not a power of two
/// (2**26 bits): repeated squaring of wider numbers takes CPython minutes.
pub const MAX_POW_BITS: u64 = 1 << 26;

/// CPython's default limit on int <-> str conversion (PEP 651-era
/// `sys.set_int_max_str_digits`).
pub const MAX_STR_DIGITS: usize = 4300;

/// An int operand as a big int (bools count as ints).
pub fn to_bigint(v: Value) -> Option<BigInt> {
    match int_view(v)? {
        IntView::Small(n) => Some(BigInt::from(n)),
        IntView::Big(n) => Some(n.clone()),
    }
}

/// `float(n)`, or OverflowError.
pub fn bigint_to_f64(vm: &mut Vm, n: &BigInt) -> PyResult<f64> {
    match numfmt::int_to_float(n) {
        Some(f) => Ok(f),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// An int's value when it fits in an i64.
#[inline]
fn as_i64(v: Value) -> Option<i64> {
    match int_view(v)? {
        IntView::Small(n) => Some(n),
        IntView::Big(n) => n.to_i64(),
    }
}

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    // bool op bool stays bool for the bitwise operators.
    if lhs.is_bool() && rhs.is_bool() {
        let (a, b) = (lhs == Value::TRUE, rhs == Value::TRUE);
        match kind {
            BinaryOpKind::And => return Ok(Value::bool(a & b)),
            BinaryOpKind::Or => return Ok(Value::bool(a | b)),
            BinaryOpKind::Xor => return Ok(Value::bool(a ^ b)),
            _ => {}
        }
    }
    // Operands and result within i64 (inline small ints, or heap ints of
    // up to 64 bits such as a running sum): no BigInt temporaries.
    if let (Some(a), Some(b)) = (as_i64(lhs), as_i64(rhs)) {
        if let Some(v) = small_binary(kind, a, b) {
            return Ok(vm.new_int(v));
        }
    }
    let (Some(a), Some(b)) = (to_bigint(lhs), to_bigint(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    big_binary(vm, kind, a, b)
}

fn small_binary(kind: BinaryOpKind, a: i64, b: i64) -> Option<i64> {
    match kind {
        BinaryOpKind::Add => a.checked_add(b),
        BinaryOpKind::Subtract => a.checked_sub(b),
        BinaryOpKind::Multiply => a.checked_mul(b),
        // i64::MIN / -1 overflows: left to the big path.
        BinaryOpKind::FloorDivide if b != 0 && !(a == i64::MIN && b == -1) => {
            Some(Integer::div_floor(&a, &b))
        }
        BinaryOpKind::Remainder if b != 0 && !(a == i64::MIN && b == -1) => Some(a.mod_floor(&b)),
        BinaryOpKind::And => Some(a & b),
        BinaryOpKind::Or => Some(a | b),
        BinaryOpKind::Xor => Some(a ^ b),
        BinaryOpKind::RShift if b >= 0 => Some(if b >= 64 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> b
        }),
        BinaryOpKind::LShift if (0..63).contains(&b) => a.checked_mul(1i64 << b),
        _ => None,
    }
}

fn big_binary(vm: &mut Vm, kind: BinaryOpKind, a: BigInt, b: BigInt) -> PyResult<Value> {
    let r = match kind {
        BinaryOpKind::Add => a + b,
        BinaryOpKind::Subtract => a - b,
        BinaryOpKind::Multiply => {
            // By a short factor, multiplication is linear: only memory
            // bounds it; two long factors cost far more than linear time.
            let limit = if a.bits().min(b.bits()) <= 4096 {
                MAX_SHIFT_BITS
            } else {
                MAX_INT_BITS
            };
            if a.bits() + b.bits() > limit {
                return Err(vm.memory_error());
            }
            a * b
        }
        BinaryOpKind::FloorDivide => {
            if b.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinaryOpKind::Remainder => {
            if b.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinaryOpKind::TrueDivide => return true_divide(vm, &a, &b).map(Value::float),
        BinaryOpKind::Power => return int_pow(vm, &a, &b),
        BinaryOpKind::LShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::small_int_unchecked(0));
            }
            // CPython counts the shift in 30-bit digits in a Py_ssize_t.
            if (&b / 30u32).to_i64().is_none() {
                return Err(vm.overflow_error("too many digits in integer"));
            }
            let shift = b.to_u64().unwrap_or(u64::MAX);
            if a.bits().saturating_add(shift) > MAX_SHIFT_BITS {
                return Err(vm.memory_error());
            }
            a << shift
        }
        BinaryOpKind::RShift => {
            if b.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(s) => a >> s,
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinaryOpKind::And => a & b,
        BinaryOpKind::Or => a | b,
        BinaryOpKind::Xor => a ^ b,
        BinaryOpKind::MatMul => return Ok(Value::NOT_IMPLEMENTED),
    };
    Ok(vm.new_bigint(r))
}

/// `a / b` for ints, correctly rounded like CPython's long true division.
pub fn true_divide(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(vm.zero_division("division by zero"));
    }
    const EXACT: u64 = 53;
    if a.bits() <= EXACT && b.bits() <= EXACT {
        let (x, y) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(1.0));
        return Ok(x / y);
    }
    // Scale so the quotient has 55 significant bits, divide, and let the
    // remainder act as a sticky bit; then one correctly rounded conversion.
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as u64, b)
    } else {
        (a, b << (-shift) as u64)
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q = (q << 1u32) | BigInt::one();
    } else {
        q <<= 1u32;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - 1;
    let result = if exp < -1074 - 60 {
        0.0
    } else {
        scale_pow2(qf, exp)
    };
    if result.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -result } else { result })
}

/// x * 2**exp without intermediate overflow or double rounding for the
/// normal range.
fn scale_pow2(x: f64, exp: i32) -> f64 {
    let mut x = x;
    let mut e = exp;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

fn int_pow(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let (x, y) = (bigint_to_f64(vm, a)?, bigint_to_f64(vm, b)?);
        if x == 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        return super::float::float_pow(vm, x, y).map(Value::float);
    }
    if a.is_zero() || a.is_one() || b.is_zero() {
        return Ok(vm.new_bigint(if b.is_zero() {
            BigInt::one()
        } else {
            a.clone()
        }));
    }
    if *a == BigInt::from(-1) {
        return Ok(vm.new_int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u64() else {
        return Err(vm.memory_error());
    };
    // A power of two is a shift: cheap, so only memory bounds it.
    let mag = a.magnitude();
    if mag.count_ones() == 1 {
        let k = mag.bits() - 1;
        let Some(shift) = k.checked_mul(e).filter(|&s| s < MAX_SHIFT_BITS) else {
            return Err(vm.memory_error());
        };
        let r = BigInt::one() << shift;
        let negative = a.is_negative() && e.is_odd();
        return Ok(vm.new_bigint(if negative { -r } else { r }));
    }
    let bits = a.bits() as f64 * e as f64;
    if bits > MAX_POW_BITS as f64 {
        return Err(vm.memory_error());
    }
    let r = num_traits::pow::Pow::pow(a, e);
    Ok(vm.new_bigint(r))
}

/// `pow(base, exp, mod)` for ints.
pub fn pow_mod(vm: &mut Vm, base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<Value> {
    if modulus.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let mut base = base.mod_floor(&m);
    let mut exp = exp.clone();
    if exp.is_negative() {
        // Modular inverse (Python 3.8+).
        let g = base.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &m);
    if modulus.is_negative() && !r.is_zero() {
        r += modulus;
    }
    Ok(vm.new_bigint(r))
}

pub fn unary(vm: &mut Vm, v: Value, op: &str) -> PyResult<Value> {
    if let Some(IntView::Small(n)) = int_view(v) {
        return Ok(match op {
            "-" => vm.new_int(-n),
            "+" => vm.new_int(n),
            _ => vm.new_int(!n),
        });
    }
    let n = to_bigint(v).expect("unary on an int");
    Ok(vm.new_bigint(match op {
        "-" => -n,
        "+" => n,
        _ => !n,
    }))
}

/// Compares two numbers (ints, bools, floats) exactly, as CPython does.
pub fn compare_numbers(lhs: Value, rhs: Value, kind: CompareKind) -> bool {
    let ord = if lhs.is_float() && rhs.is_float() {
        lhs.as_float().partial_cmp(&rhs.as_float())
    } else if lhs.is_float() {
        cmp_float_int(lhs.as_float(), rhs)
    } else if rhs.is_float() {
        cmp_float_int(rhs.as_float(), lhs).map(CmpOrdering::reverse)
    } else {
        match (int_view(lhs), int_view(rhs)) {
            (Some(IntView::Small(a)), Some(IntView::Small(b))) => Some(a.cmp(&b)),
            (Some(a), Some(b)) => Some(view_big(a).cmp(&view_big(b))),
            _ => None,
        }
    };
    match ord {
        None => kind == CompareKind::Ne,
        Some(o) => match kind {
            CompareKind::Lt => o == CmpOrdering::Less,
            CompareKind::Le => o != CmpOrdering::Greater,
            CompareKind::Eq => o == CmpOrdering::Equal,
            CompareKind::Ne => o != CmpOrdering::Equal,
            CompareKind::Gt => o == CmpOrdering::Greater,
            CompareKind::Ge => o != CmpOrdering::Less,
        },
    }
}

fn view_big(v: IntView) -> BigInt {
    match v {
        IntView::Small(n) => BigInt::from(n),
        IntView::Big(n) => n.clone(),
    }
}

/// Orders a float against an int exactly; `None` for NaN.
fn cmp_float_int(f: f64, i: Value) -> Option<CmpOrdering> {
    if f.is_nan() {
        return None;
    }
    if let Some(IntView::Small(n)) = int_view(i) {
        if n.unsigned_abs() < (1 << 53) {
            return f.partial_cmp(&(n as f64));
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            CmpOrdering::Greater
        } else {
            CmpOrdering::Less
        });
    }
    let n = view_big(int_view(i)?);
    let floor = f.floor();
    let fl = num_traits::FromPrimitive::from_f64(floor).unwrap_or_else(BigInt::zero);
    Some(match fl.cmp(&n) {
        CmpOrdering::Equal if f > floor => CmpOrdering::Greater,
        o => o,
    })
}

/// `str(int)` with CPython's digit limit.
pub fn int_to_decimal(vm: &mut Vm, v: Value) -> PyResult<String> {
    match int_view(v) {
        Some(IntView::Small(n)) => Ok(n.to_string()),
        Some(IntView::Big(n)) => {
            // 4300 decimal digits is about 14284 bits.
            // 2**14290 already has 4303 digits: refuse without converting.
            if n.bits() > 14_290 {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            if n.bits() > 14_000 {
                let s = n.to_string();
                let digits = s.trim_start_matches('-').len();
                if digits > MAX_STR_DIGITS {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                return Ok(s);
            }
            Ok(n.to_string())
        }
        None => Ok(String::new()),
    }
}

mod convert;
mod methods;

pub use convert::{float_to_int, int_from_value, parse_int};
pub use methods::slot_args;

pub fn init(interp: &InterpState) {
    methods::init(interp);
}
