//! Loom models of the protocols in weft's src/sync.
//!
//! Each protocol file is compiled here as it is, with the facade it imports
//! (`super::{AtomicU8, Ordering, ...}`) mapped to loom's types, so the model
//! checks the real code, not a copy. Every model has a broken twin: a
//! variant with one ordering or step wrong, which the model must catch (a
//! model that never fails proves nothing).
//!
//! Run: `RUSTFLAGS="--cfg loom" cargo test -p loom-tests --release --target-dir target-loom`.
//! Without `--cfg loom` this crate is empty.

#[cfg(loom)]
pub use loom::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};

/// The per-code quickening flag (src/sync/once_state.rs).
#[cfg(loom)]
#[path = "../../src/sync/once_state.rs"]
pub mod once_state;

/// Deliberately broken variants of the protocols, for the models to catch.
#[cfg(loom)]
pub mod broken {
    use super::{AtomicU8, Ordering};

    /// `once_state::publish` with a relaxed store: the quickened code the
    /// winner wrote is not guaranteed visible to a thread that sees DONE.
    pub fn publish_relaxed(state: &AtomicU8) {
        state.store(crate::once_state::DONE, Ordering::Relaxed);
    }
}
