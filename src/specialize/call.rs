//! The Call family.
//!
//! | variant          | 1        | 2                |
//! |------------------|----------|------------------|
//! | CallPyExactArgs  | function | function version |
//! | CallNative       | callable |                  |
//!
//! A function's version changes whenever its code, defaults or keyword
//! defaults do (DESIGN.md decision 10), so a matching version means the
//! arguments still bind one to one onto the first parameters.

use crate::bytecode::code::flags;
use crate::bytecode::Opcode;
use crate::object::{ObjData, Value};
use crate::sync::{AtomicU64, Ordering};

use super::Spec;

/// The Call variant for `callable` with `nargs` positional arguments (the
/// receiver of a method call included), if one applies.
pub fn specialize(callable: Value, nargs: usize) -> Option<Spec> {
    match callable.obj_data()? {
        ObjData::Function(f) => {
            let ObjData::Code(co) = &f.code.obj().data else {
                return None;
            };
            let code = &co.code;
            let simple = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
                && code.kwonly_count == 0
                && code.arg_count as usize == nargs;
            let version = f.version.load(Ordering::Acquire);
            (simple && version != 0).then(|| {
                Spec::new(
                    Opcode::CallPyExactArgs,
                    &[callable.to_bits(), version as u64],
                )
            })
        }
        ObjData::Native(_) => Some(Spec::new(Opcode::CallNative, &[callable.to_bits()])),
        _ => None,
    }
}

/// CallPyExactArgs: whether the call site still calls the same function
/// with the same version (then the arguments bind positionally).
#[inline]
pub fn py_exact_args(units: &[AtomicU64], pc: usize, word: u64, callable: Value) -> bool {
    let Some([f, version]) = super::payload::<2>(units, pc, word) else {
        return false;
    };
    if f != callable.to_bits() {
        return false;
    }
    match callable.obj_data() {
        Some(ObjData::Function(func)) => func.version.load(Ordering::Acquire) as u64 == version,
        _ => false,
    }
}

/// CallNative: whether the call site still calls the same builtin.
#[inline]
pub fn native(units: &[AtomicU64], pc: usize, word: u64, callable: Value) -> bool {
    matches!(super::payload::<1>(units, pc, word), Some([c]) if c == callable.to_bits())
}
