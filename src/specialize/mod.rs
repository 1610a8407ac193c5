//! Adaptive specialization (PEP 659), shared by every thread.
//!
//! Each specializable instruction carries inline cache words (their number
//! comes from the opcode table). Word 0 is the **adaptive counter**; the
//! others hold a family's typed payload. The life of an instruction:
//!
//! 1. **Quickening**: the first thread to run a code object sets every
//!    counter to `WARMUP` (src/sync/once_state.rs decides who; a thread that
//!    loses the race runs the code as it is).
//! 2. **Generic**: each execution of a family's base instruction counts
//!    down; at zero the family's `specialize` looks at the operands and, if
//!    a specialized form applies, rewrites the instruction to it with its
//!    payload (through `sync::inline_cache::write`, the one choke point that
//!    rewrites bytecode) and sets the counter to `COOLDOWN`. If none
//!    applies, the counter backs off exponentially (2, 4, ... `1 << 12`).
//! 3. **Specialized**: the handler reads its payload seqlock-style, checks
//!    its guards (type version tags, shapes, dict versions, operand types)
//!    and runs the fast path. Guards come first; nothing with a side
//!    effect happens before the last one. A failed guard is a miss: the
//!    generic path runs, and the counter counts down; at zero the
//!    instruction is deoptimized back to its base with a longer backoff,
//!    so a site that keeps missing never stays specialized.
//!
//! One module per family holds its specializer, each variant's guard and
//! fast path, and its payload layout.

pub mod attr;
pub mod binary_op;
pub mod call;
pub mod load_global;
pub mod stats;
pub mod subscr;

use crate::bytecode::opcodes::{self, Opcode};
use crate::bytecode::CodeObject;
use crate::sync::inline_cache;
use crate::sync::once_state;
use crate::sync::{AtomicBool, AtomicU64, Ordering};

/// Process-wide switch: when off, attempts find nothing and back off, so
/// every instruction keeps its generic path (for measuring what
/// specialization buys; `weft --no-specialize`).
static ENABLED: AtomicBool = AtomicBool::new(true);

/// Turns specialization on or off for code that warms up from now on
/// (already specialized instructions keep their variants).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

/// Whether specialization is on.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Executions of a generic instruction before the first attempt.
pub const WARMUP: u64 = 1;
/// Misses a specialized instruction absorbs before it is deoptimized.
pub const COOLDOWN: u64 = 52;
/// Backoff exponent cap: at most `1 << 12` = 4096 executions between
/// attempts.
const MAX_BACKOFF: u64 = 12;

// The counter word: bits 0..16 the count, bits 16..20 the backoff exponent.
const COUNT_MASK: u64 = 0xffff;
const BACKOFF_SHIFT: u32 = 16;

#[inline]
fn backoff_of(c: u64) -> u64 {
    (c >> BACKOFF_SHIFT) & 0xf
}

/// Sets every counter of `code` to `WARMUP`, once per code object.
pub fn quicken(code: &CodeObject) {
    if once_state::is_done(&code.quickened) || !once_state::try_claim(&code.quickened) {
        return;
    }
    for (pc, op, _) in code.instructions() {
        if op.cache_words() > 0 {
            inline_cache::set_counter(&code.units, pc, WARMUP);
        }
    }
    once_state::publish(&code.quickened);
}

/// A base instruction ran its generic path: counts down and says whether
/// to try specializing now.
#[inline]
pub fn tick(units: &[AtomicU64], pc: usize) -> bool {
    let c = inline_cache::counter(units, pc);
    if c & COUNT_MASK == 0 {
        return true;
    }
    inline_cache::set_counter(units, pc, c - 1);
    false
}

/// A specialization attempt found nothing to specialize: wait longer next
/// time.
#[cold]
pub fn back_off(units: &[AtomicU64], pc: usize) {
    let c = inline_cache::counter(units, pc);
    let b = (backoff_of(c) + 1).min(MAX_BACKOFF);
    inline_cache::set_counter(units, pc, (b << BACKOFF_SHIFT) | ((1 << b) - 1));
}

/// Rewrites the instruction at `pc` (dispatched as `word`) to `op` with
/// `payload`; false if another thread changed it first.
pub fn specialize_to(
    units: &[AtomicU64],
    pc: usize,
    word: u64,
    op: Opcode,
    payload: &[u64],
) -> bool {
    let arg = opcodes::word_oparg(word);
    let c = inline_cache::counter(units, pc);
    if inline_cache::write(units, pc, word, opcodes::encode(op, arg), payload) {
        inline_cache::set_counter(units, pc, (backoff_of(c) << BACKOFF_SHIFT) | COOLDOWN);
        stats::record(op.base(), stats::Event::Specialized);
        true
    } else {
        false
    }
}

/// A specialized instruction's guard failed: counts down towards
/// deoptimization.
#[cold]
pub fn miss(units: &[AtomicU64], pc: usize, word: u64) {
    let (op, arg) = opcodes::decode(word);
    stats::record(op.base(), stats::Event::Miss);
    let c = inline_cache::counter(units, pc);
    if c & COUNT_MASK > 0 {
        inline_cache::set_counter(units, pc, c - 1);
        return;
    }
    if inline_cache::write(units, pc, word, opcodes::encode(op.base(), arg), &[]) {
        stats::record(op.base(), stats::Event::Deopt);
        back_off(units, pc);
    }
}

/// Reads the payload of the instruction at `pc`, or records a miss.
#[inline]
pub fn payload<const N: usize>(units: &[AtomicU64], pc: usize, word: u64) -> Option<[u64; N]> {
    inline_cache::read::<N>(units, pc, word)
}

/// What a family's specializer chose: the specialized opcode and its
/// payload words.
pub struct Spec {
    pub op: Opcode,
    payload: [u64; 4],
    len: usize,
}

impl Spec {
    pub fn new(op: Opcode, payload: &[u64]) -> Spec {
        let mut words = [0; 4];
        words[..payload.len()].copy_from_slice(payload);
        Spec {
            op,
            payload: words,
            len: payload.len(),
        }
    }
}

/// After a base instruction ran its generic path: counts down and, at
/// zero, asks `choose` for a specialization and installs it (or backs
/// off).
#[inline]
pub fn adapt(units: &[AtomicU64], pc: usize, word: u64, choose: impl FnOnce() -> Option<Spec>) {
    if !tick(units, pc) {
        return;
    }
    attempt(units, pc, word, choose)
}

#[cold]
#[inline(never)]
fn attempt(units: &[AtomicU64], pc: usize, word: u64, choose: impl FnOnce() -> Option<Spec>) {
    if !enabled() {
        back_off(units, pc);
        return;
    }
    let base = opcodes::decode(word).0.base();
    stats::record(base, stats::Event::Attempt);
    match choose() {
        Some(spec) => {
            debug_assert_eq!(spec.op.base(), base);
            if !specialize_to(units, pc, word, spec.op, &spec.payload[..spec.len]) {
                back_off(units, pc);
            }
        }
        None => {
            stats::record(base, stats::Event::Failed);
            back_off(units, pc);
        }
    }
}
