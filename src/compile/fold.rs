//! Constant folding: literals, and operations on them that are cheap and can
//! neither raise nor blow up (bounded ints, short strings). Anything else is
//! left for run time, where it raises or allocates as CPython would.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Operator, UnaryOp};

use crate::bytecode::Constant;

/// Largest folded sequence (str, bytes, tuple) length.
const MAX_LEN: usize = 4096;
/// Folded ints stay below 2**64 in magnitude.
const MAX_INT_BITS: u64 = 64;
/// Ints converted to float exactly.
const EXACT_FLOAT_BITS: u64 = 53;

/// The value of an int literal.
pub fn int_literal(i: &ast::Int) -> BigInt {
    if let Some(v) = i.as_u64() {
        return BigInt::from(v);
    }
    let text: String = i.to_string().chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// The constant an expression denotes, if it is one (after folding).
pub fn const_of(expr: &Expr) -> Option<Constant> {
    match expr {
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Some(Constant::Int(int_literal(i))),
            Number::Float(f) => Some(Constant::Float(*f)),
            Number::Complex { real, imag } => Some(Constant::Complex(*real, *imag)),
        },
        Expr::StringLiteral(s) => Some(Constant::Str(s.value.to_str().to_string())),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect())),
        Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ExprContext::Load => {
            Some(Constant::Bool(true))
        }
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            if t.elts.len() > MAX_LEN {
                return None;
            }
            let mut items = Vec::with_capacity(t.elts.len());
            for e in &t.elts {
                items.push(const_of(e)?);
            }
            Some(Constant::Tuple(items))
        }
        Expr::UnaryOp(u) => fold_unary(u.op, const_of(&u.operand)?),
        Expr::BinOp(b) => {
            if !foldable_shape(&b.left) || !foldable_shape(&b.right) {
                return None;
            }
            fold_binary(b.op, const_of(&b.left)?, const_of(&b.right)?)
        }
        _ => None,
    }
}

/// Cheap pre-check so that long chains of non-constant binary operations
/// are not re-walked at every level.
fn foldable_shape(e: &Expr) -> bool {
    match e {
        Expr::BinOp(b) => matches!(
            &*b.left,
            Expr::NumberLiteral(_)
                | Expr::StringLiteral(_)
                | Expr::BytesLiteral(_)
                | Expr::UnaryOp(_)
                | Expr::BinOp(_)
                | Expr::Tuple(_)
        ),
        Expr::Name(n) => n.id.as_str() == "__debug__",
        Expr::Call(_) | Expr::Attribute(_) | Expr::Subscript(_) => false,
        _ => true,
    }
}

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex(re, im) => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Ellipsis | Constant::Code(_) => true,
    }
}

fn int_ok(i: &BigInt) -> bool {
    i.bits() <= MAX_INT_BITS
}

fn fold_unary(op: UnaryOp, v: Constant) -> Option<Constant> {
    match (op, v) {
        (UnaryOp::Not, v) => Some(Constant::Bool(!truthy(&v))),
        (UnaryOp::USub, Constant::Int(i)) => Some(Constant::Int(-i)),
        (UnaryOp::USub, Constant::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::UAdd, Constant::Int(i)) => Some(Constant::Int(i)),
        (UnaryOp::UAdd, Constant::Float(f)) => Some(Constant::Float(f)),
        (UnaryOp::Invert, Constant::Int(i)) => Some(Constant::Int(-i - 1)),
        _ => None,
    }
}

fn as_exact_float(i: &BigInt) -> Option<f64> {
    if i.bits() <= EXACT_FLOAT_BITS {
        i.to_f64()
    } else {
        None
    }
}

fn float_result(f: f64) -> Option<Constant> {
    f.is_finite().then_some(Constant::Float(f))
}

fn fold_binary(op: Operator, l: Constant, r: Constant) -> Option<Constant> {
    use Constant::*;
    let result = match (l, r) {
        (Int(a), Int(b)) => fold_int(op, &a, &b)?,
        (Float(a), Float(b)) => fold_float(op, a, b)?,
        (Int(a), Float(b)) => fold_float(op, as_exact_float(&a)?, b)?,
        (Float(a), Int(b)) => fold_float(op, a, as_exact_float(&b)?)?,
        (Str(a), Str(b)) if op == Operator::Add => {
            (a.chars().count() + b.chars().count() <= MAX_LEN).then(|| Str(a + &b))?
        }
        (Bytes(a), Bytes(b)) if op == Operator::Add => {
            (a.len() + b.len() <= MAX_LEN).then(|| Bytes([a, b].concat()))?
        }
        (Tuple(a), Tuple(b)) if op == Operator::Add => {
            (a.len() + b.len() <= MAX_LEN).then(|| Tuple([a, b].concat()))?
        }
        (Str(s), Int(n)) | (Int(n), Str(s)) if op == Operator::Mult => {
            let n = repeat_count(&n, s.chars().count())?;
            Str(s.repeat(n))
        }
        (Bytes(s), Int(n)) | (Int(n), Bytes(s)) if op == Operator::Mult => {
            let n = repeat_count(&n, s.len())?;
            Bytes(s.repeat(n))
        }
        (Tuple(s), Int(n)) | (Int(n), Tuple(s)) if op == Operator::Mult => {
            let n = repeat_count(&n, s.len())?;
            Tuple((0..n).flat_map(|_| s.iter().cloned()).collect())
        }
        _ => return Option::None,
    };
    Some(result)
}

fn repeat_count(n: &BigInt, len: usize) -> Option<usize> {
    if n.is_negative() || len == 0 {
        return Some(0);
    }
    let n = n.to_usize()?;
    (n.checked_mul(len)? <= MAX_LEN).then_some(n)
}

fn fold_int(op: Operator, a: &BigInt, b: &BigInt) -> Option<Constant> {
    if !int_ok(a) || !int_ok(b) {
        return None;
    }
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::FloorDiv if !b.is_zero() => a.div_floor(b),
        Operator::Mod if !b.is_zero() => a.mod_floor(b),
        Operator::Div if !b.is_zero() => {
            let (x, y) = (as_exact_float(a)?, as_exact_float(b)?);
            return float_result(x / y);
        }
        Operator::Pow => {
            let e = b.to_u32()?;
            if a.bits().saturating_sub(1) * u64::from(e) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow::pow(a.clone(), e as usize)
        }
        Operator::LShift => {
            let s = b.to_u64()?;
            if a.bits() + s > MAX_INT_BITS {
                return None;
            }
            a << s
        }
        Operator::RShift => {
            let s = b.to_u64()?;
            a >> s.min(MAX_INT_BITS + 1)
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        _ => return None,
    };
    int_ok(&r).then_some(Constant::Int(r))
}

fn fold_float(op: Operator, a: f64, b: f64) -> Option<Constant> {
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div if b != 0.0 => a / b,
        _ => return None,
    };
    float_result(r)
}
