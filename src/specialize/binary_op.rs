//! The BinaryOp and CompareOp families: arithmetic and comparisons on two
//! small ints, two floats, or (for == and !=) two exact strs. No payload:
//! the guards are the operands' tags and types. `BinaryOpIntOther` covers
//! the small-int operators without a variant of their own (//, %, bit
//! operations, shifts), reading which one from the oparg.

use crate::bytecode::{BinaryOpKind, CompareKind, Opcode};
use crate::interp::ops::compare_i64;
use crate::interp::Vm;
use crate::object::{ObjData, Value};

fn is_exact_str(vm: &Vm, v: Value) -> bool {
    matches!(v.obj_data(), Some(ObjData::Str(_))) && vm.type_of(v) == vm.types().str
}

/// The BinaryOp variant for these operands, if one applies.
pub fn specialize_binary(kind: BinaryOpKind, lhs: Value, rhs: Value) -> Option<Opcode> {
    use BinaryOpKind::*;
    if lhs.is_small_int() && rhs.is_small_int() {
        return match kind {
            Add => Some(Opcode::BinaryOpAddInt),
            Subtract => Some(Opcode::BinaryOpSubtractInt),
            Multiply => Some(Opcode::BinaryOpMultiplyInt),
            FloorDivide | Remainder | And | Or | Xor | LShift | RShift => {
                Some(Opcode::BinaryOpIntOther)
            }
            _ => None,
        };
    }
    if lhs.is_float() && rhs.is_float() {
        return match kind {
            Add => Some(Opcode::BinaryOpAddFloat),
            Subtract => Some(Opcode::BinaryOpSubtractFloat),
            Multiply => Some(Opcode::BinaryOpMultiplyFloat),
            TrueDivide => Some(Opcode::BinaryOpTrueDivideFloat),
            _ => None,
        };
    }
    None
}

/// `a <kind> b` for the operators of `BinaryOpIntOther`, with Python's
/// floor semantics; `None` when the generic path must answer (a zero
/// divisor, a negative shift, a result outside the small-int range).
#[inline]
fn small_int_other(kind: BinaryOpKind, a: i64, b: i64) -> Option<Value> {
    use BinaryOpKind::*;
    let r = match kind {
        FloorDivide | Remainder => {
            if b == 0 {
                return None;
            }
            // Small ints are far from i64::MIN, so neither overflows.
            let (q, r) = (a / b, a % b);
            let (q, r) = if r != 0 && ((r < 0) != (b < 0)) {
                (q - 1, r + b)
            } else {
                (q, r)
            };
            if kind == FloorDivide {
                q
            } else {
                r
            }
        }
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        LShift => {
            if !(0..63).contains(&b) {
                return None;
            }
            let r = a << b;
            if r >> b != a {
                return None;
            }
            r
        }
        RShift => {
            if b < 0 {
                return None;
            }
            a >> b.min(63)
        }
        _ => return None,
    };
    Value::small_int(r)
}

/// A specialized BinaryOp: `Some(result)` on a hit; `None` when the
/// operands no longer fit the variant (a miss) or the result needs the
/// generic path (int overflow, division by zero). `oparg` is the
/// instruction's operator (only `BinaryOpIntOther` reads it).
#[inline]
pub fn binary(op: Opcode, oparg: u32, lhs: Value, rhs: Value) -> Option<Value> {
    match op {
        Opcode::BinaryOpIntOther => {
            if !(lhs.is_small_int() && rhs.is_small_int()) {
                return None;
            }
            let (kind, _) = BinaryOpKind::from_oparg(oparg)?;
            small_int_other(kind, lhs.as_small_int(), rhs.as_small_int())
        }
        Opcode::BinaryOpAddInt | Opcode::BinaryOpSubtractInt | Opcode::BinaryOpMultiplyInt => {
            if !(lhs.is_small_int() && rhs.is_small_int()) {
                return None;
            }
            let (a, b) = (lhs.as_small_int(), rhs.as_small_int());
            let r = match op {
                Opcode::BinaryOpAddInt => a.checked_add(b),
                Opcode::BinaryOpSubtractInt => a.checked_sub(b),
                _ => a.checked_mul(b),
            };
            r.and_then(Value::small_int)
        }
        _ => {
            if !(lhs.is_float() && rhs.is_float()) {
                return None;
            }
            let (a, b) = (lhs.as_float(), rhs.as_float());
            Some(Value::float(match op {
                Opcode::BinaryOpAddFloat => a + b,
                Opcode::BinaryOpSubtractFloat => a - b,
                Opcode::BinaryOpMultiplyFloat => a * b,
                _ if b == 0.0 => return None,
                _ => a / b,
            }))
        }
    }
}

/// Whether a miss of `op` on these operands is a real miss (operand types
/// changed) rather than a slow case of the same types (overflow, /0).
pub fn types_still_match(op: Opcode, lhs: Value, rhs: Value) -> bool {
    match op {
        Opcode::BinaryOpAddInt
        | Opcode::BinaryOpSubtractInt
        | Opcode::BinaryOpMultiplyInt
        | Opcode::BinaryOpIntOther => lhs.is_small_int() && rhs.is_small_int(),
        _ => lhs.is_float() && rhs.is_float(),
    }
}

/// The CompareOp variant for these operands, if one applies.
pub fn specialize_compare(vm: &Vm, kind: CompareKind, lhs: Value, rhs: Value) -> Option<Opcode> {
    if lhs.is_small_int() && rhs.is_small_int() {
        return Some(Opcode::CompareOpInt);
    }
    if lhs.is_float() && rhs.is_float() {
        return Some(Opcode::CompareOpFloat);
    }
    if matches!(kind, CompareKind::Eq | CompareKind::Ne)
        && is_exact_str(vm, lhs)
        && is_exact_str(vm, rhs)
    {
        return Some(Opcode::CompareOpStr);
    }
    None
}

/// A specialized CompareOp: the bool result, or `None` on a miss.
#[inline]
pub fn compare(vm: &Vm, op: Opcode, kind: CompareKind, lhs: Value, rhs: Value) -> Option<bool> {
    match op {
        Opcode::CompareOpInt => (lhs.is_small_int() && rhs.is_small_int())
            .then(|| compare_i64(lhs.as_small_int(), rhs.as_small_int(), kind)),
        Opcode::CompareOpFloat => {
            if !(lhs.is_float() && rhs.is_float()) {
                return None;
            }
            let (a, b) = (lhs.as_float(), rhs.as_float());
            Some(match kind {
                CompareKind::Lt => a < b,
                CompareKind::Le => a <= b,
                CompareKind::Eq => a == b,
                CompareKind::Ne => a != b,
                CompareKind::Gt => a > b,
                CompareKind::Ge => a >= b,
            })
        }
        _ => {
            if !(is_exact_str(vm, lhs) && is_exact_str(vm, rhs)) {
                return None;
            }
            let eq = lhs == rhs || vm.as_str(lhs) == vm.as_str(rhs);
            Some(eq == (kind == CompareKind::Eq))
        }
    }
}
