//! A three-state "do this once, let losers carry on" flag.
//!
//! Used for the per-code quickened state (DESIGN.md decision 7): the first
//! thread to run a code object moves it COLD -> BUSY with a compare-and-swap,
//! does the work, and publishes DONE with a release store. Any thread that
//! loses the race, or that sees BUSY, does not wait: it runs the code as it
//! is. A thread that sees DONE (acquire) also sees everything the winner
//! wrote before publishing.

use super::{AtomicU8, Ordering};

pub const COLD: u8 = 0;
pub const BUSY: u8 = 1;
pub const DONE: u8 = 2;

/// Tries to claim the one-time work. Returns true for exactly one caller,
/// which must later call `publish`.
#[inline]
pub fn try_claim(state: &AtomicU8) -> bool {
    state.load(Ordering::Relaxed) == COLD
        && state
            .compare_exchange(COLD, BUSY, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
}

/// Publishes the claimed work: every write before this is visible to a
/// thread whose `is_done` returns true.
#[inline]
pub fn publish(state: &AtomicU8) {
    state.store(DONE, Ordering::Release);
}

/// Whether the work is published.
#[inline]
pub fn is_done(state: &AtomicU8) -> bool {
    state.load(Ordering::Acquire) == DONE
}
