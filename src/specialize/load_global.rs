//! The LoadGlobal family.
//!
//! Payload (cache words 1..=4):
//!
//! | variant           | 1        | 2               | 3                | 4     |
//! |-------------------|----------|-----------------|------------------|-------|
//! | LoadGlobalModule  | globals  | globals version | value            |       |
//! | LoadGlobalBuiltin | globals  | globals version | builtins version | value |
//!
//! A dict's version changes on every mutation, so matching versions mean
//! the lookup would find the same value. The globals dict is part of the
//! key because one code object may run with more than one namespace.
//! Versions are read before the lookup (src/sync/type_version.rs explains
//! why that order is the safe one).

use crate::bytecode::Opcode;
use crate::object::{ObjData, Value};
use crate::sync::AtomicU64;

use super::Spec;

fn dict_version(d: Value) -> u64 {
    match &d.obj().data {
        ObjData::Dict(d) => d.version(),
        _ => u64::MAX,
    }
}

fn dict_get(d: Value, name: Value, hash: i64) -> Option<Value> {
    match &d.obj().data {
        ObjData::Dict(d) => d.get(name, hash),
        _ => None,
    }
}

/// Chooses a variant for `name` looked up in `globals`, then `builtins`.
pub fn specialize(globals: Value, builtins: Value, name: Value, hash: i64) -> Option<Spec> {
    let gver = dict_version(globals);
    if let Some(v) = dict_get(globals, name, hash) {
        return Some(Spec::new(
            Opcode::LoadGlobalModule,
            &[globals.to_bits(), gver, v.to_bits()],
        ));
    }
    let bver = dict_version(builtins);
    let v = dict_get(builtins, name, hash)?;
    Some(Spec::new(
        Opcode::LoadGlobalBuiltin,
        &[globals.to_bits(), gver, bver, v.to_bits()],
    ))
}

/// LoadGlobalModule: the value, if `globals` is unchanged.
#[inline]
pub fn module(units: &[AtomicU64], pc: usize, word: u64, globals: Value) -> Option<Value> {
    let [g, gver, v] = super::payload::<3>(units, pc, word)?;
    (g == globals.to_bits() && dict_version(globals) == gver).then(|| Value::from_bits(v))
}

/// LoadGlobalBuiltin: the value, if neither namespace changed.
#[inline]
pub fn builtin(
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    globals: Value,
    builtins: Value,
) -> Option<Value> {
    let [g, gver, bver, v] = super::payload::<4>(units, pc, word)?;
    (g == globals.to_bits() && dict_version(globals) == gver && dict_version(builtins) == bver)
        .then(|| Value::from_bits(v))
}
