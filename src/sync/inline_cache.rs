//! Inline caches shared by every thread, read seqlock-style (DESIGN.md
//! decision 8). This is the one place that rewrites bytecode.
//!
//! A specializable instruction is an instruction word followed by its cache
//! words, all `AtomicU64`s in the code object that every thread runs. The
//! instruction word's top 24 bits are a sequence number:
//!
//! - **Readers** (the interpreter executing a specialized instruction) load
//!   the instruction word with acquire (dispatch already did), read the
//!   cache words they need with relaxed loads, issue an acquire fence, and
//!   reload the instruction word. If it changed, or its sequence number is
//!   odd, the words they read may be a mix of two entries: they treat it as
//!   a miss and run the generic path. Readers never block, never spin and
//!   never write.
//! - **Writers** (the specializer, and deoptimization) claim the
//!   instruction by a compare-and-swap that makes the sequence number odd,
//!   fence, write the cache words with relaxed stores, and publish the new
//!   opcode and oparg with the sequence number advanced to even again, with a
//!   release store. A writer that loses the race gives up: some other
//!   thread is rewriting this instruction, which is as good.
//!
//! Word 0 of every cache is the instruction's adaptive counter. It is
//! outside the protected payload: threads update it with plain relaxed
//! loads and stores, and a lost update only shifts when the next
//! specialization attempt happens.
//!
//! This file is compiled as it is by the loom-tests crate; it uses only the
//! facade (`super::{...}`).

use super::{fence, AtomicU64, Ordering};

/// Bits 40..64 of an instruction word: the sequence number.
const SEQ_SHIFT: u32 = 40;
const SEQ_ONE: u64 = 1 << SEQ_SHIFT;
/// Opcode and oparg: everything below the sequence number.
const BODY_MASK: u64 = SEQ_ONE - 1;

#[inline]
fn seq_is_odd(word: u64) -> bool {
    word & SEQ_ONE != 0
}

/// Reads `N` payload cache words (cache words 1..=N after the instruction
/// at `pc`) consistently with `word`, the instruction word the caller
/// dispatched on. `None` means a writer got in the way: take the generic
/// path.
#[inline]
pub fn read<const N: usize>(units: &[AtomicU64], pc: usize, word: u64) -> Option<[u64; N]> {
    if seq_is_odd(word) {
        return None;
    }
    let mut out = [0u64; N];
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = units[pc + 2 + i].load(Ordering::Relaxed);
    }
    fence(Ordering::Acquire);
    if units[pc].load(Ordering::Relaxed) != word {
        return None;
    }
    Some(out)
}

/// Rewrites the instruction at `pc` to `body` (opcode and oparg, as
/// `opcodes::encode` makes them) with payload cache words `payload`
/// (written to cache words 1..). `expected` is the instruction word the
/// writer based its decision on; if the instruction changed since, or
/// another writer holds it, nothing is written and false is returned.
pub fn write(units: &[AtomicU64], pc: usize, expected: u64, body: u64, payload: &[u64]) -> bool {
    if seq_is_odd(expected) {
        return false;
    }
    let claimed = expected.wrapping_add(SEQ_ONE);
    if units[pc]
        .compare_exchange(expected, claimed, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        return false;
    }
    // Readers that see any of the payload stores below must also see the
    // odd sequence number (or a later one) when they re-check.
    fence(Ordering::Release);
    for (i, &w) in payload.iter().enumerate() {
        units[pc + 2 + i].store(w, Ordering::Relaxed);
    }
    let seq = claimed.wrapping_add(SEQ_ONE) & !BODY_MASK;
    units[pc].store(seq | (body & BODY_MASK), Ordering::Release);
    true
}

/// The adaptive counter (cache word 0) of the instruction at `pc`.
#[inline]
pub fn counter(units: &[AtomicU64], pc: usize) -> u64 {
    units[pc + 1].load(Ordering::Relaxed)
}

/// Sets the adaptive counter. Racing updates may be lost; that is fine.
#[inline]
pub fn set_counter(units: &[AtomicU64], pc: usize, value: u64) {
    units[pc + 1].store(value, Ordering::Relaxed);
}

/// Deliberately broken variants for the loom model to catch.
#[cfg(loom)]
pub mod broken {
    use super::{AtomicU64, Ordering, BODY_MASK, SEQ_ONE};

    /// A writer that stores the payload before claiming the instruction: a
    /// reader can pair the old instruction with the new payload.
    pub fn write_payload_first(
        units: &[AtomicU64],
        pc: usize,
        expected: u64,
        body: u64,
        payload: &[u64],
    ) -> bool {
        for (i, &w) in payload.iter().enumerate() {
            units[pc + 2 + i].store(w, Ordering::Relaxed);
        }
        let next = (expected.wrapping_add(2 * SEQ_ONE) & !BODY_MASK) | (body & BODY_MASK);
        units[pc]
            .compare_exchange(expected, next, Ordering::Release, Ordering::Relaxed)
            .is_ok()
    }
}
