//! Specialization statistics (DESIGN.md decision 12): per family, how many
//! attempts, successes, failures, misses and deoptimizations happened.
//!
//! Only the slow events are counted (never a hit, so the fast paths stay
//! free of shared writes); they go to process-wide relaxed counters, which
//! `weft --stats` and `snapshot` read.

use crate::bytecode::Opcode;
use crate::sync::{AtomicU64, Ordering};

/// The families, in report order.
pub const FAMILIES: &[Opcode] = &[
    Opcode::LoadGlobal,
    Opcode::LoadAttr,
    Opcode::LoadMethod,
    Opcode::StoreAttr,
    Opcode::BinaryOp,
    Opcode::CompareOp,
    Opcode::BinarySubscr,
    Opcode::StoreSubscr,
    Opcode::ForIter,
    Opcode::UnpackSequence,
    Opcode::Call,
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The counter reached zero and the specializer looked.
    Attempt,
    /// It rewrote the instruction.
    Specialized,
    /// It found nothing that applies.
    Failed,
    /// A specialized instruction's guard failed.
    Miss,
    /// A specialized instruction went back to its base.
    Deopt,
}

const EVENTS: usize = 5;

static COUNTS: [[AtomicU64; EVENTS]; 11] = {
    #[allow(clippy::declare_interior_mutable_const)]
    const ZERO: AtomicU64 = AtomicU64::new(0);
    #[allow(clippy::declare_interior_mutable_const)]
    const ROW: [AtomicU64; EVENTS] = [ZERO; EVENTS];
    [ROW; 11]
};

fn family_index(base: Opcode) -> Option<usize> {
    FAMILIES.iter().position(|&f| f == base)
}

/// Counts one event for the family of `base`.
#[inline]
pub fn record(base: Opcode, event: Event) {
    if let Some(i) = family_index(base) {
        COUNTS[i][event as usize].fetch_add(1, Ordering::Relaxed);
    }
}

/// One family's totals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FamilyStats {
    pub attempts: u64,
    pub specialized: u64,
    pub failed: u64,
    pub misses: u64,
    pub deopts: u64,
}

/// The totals so far, per family.
pub fn snapshot() -> Vec<(Opcode, FamilyStats)> {
    FAMILIES
        .iter()
        .enumerate()
        .map(|(i, &f)| {
            let get = |e: Event| COUNTS[i][e as usize].load(Ordering::Relaxed);
            (
                f,
                FamilyStats {
                    attempts: get(Event::Attempt),
                    specialized: get(Event::Specialized),
                    failed: get(Event::Failed),
                    misses: get(Event::Miss),
                    deopts: get(Event::Deopt),
                },
            )
        })
        .collect()
}

/// The table `weft --stats` prints.
pub fn report() -> String {
    let mut out = String::from(
        "family               attempts  specialized     failed     misses     deopts\n",
    );
    for (f, s) in snapshot() {
        out.push_str(&format!(
            "{:<18} {:>10} {:>12} {:>10} {:>10} {:>10}\n",
            f.name(),
            s.attempts,
            s.specialized,
            s.failed,
            s.misses,
            s.deopts
        ));
    }
    out
}
