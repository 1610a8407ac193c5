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
    fence, AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};

/// A lock with parking_lot's interface over loom's mutex, so the protocol
/// files can call `lock()` as they do in weft.
#[cfg(loom)]
pub struct Mutex<T>(loom::sync::Mutex<T>);

#[cfg(loom)]
impl<T> Mutex<T> {
    pub fn new(value: T) -> Mutex<T> {
        Mutex(loom::sync::Mutex::new(value))
    }

    pub fn lock(&self) -> loom::sync::MutexGuard<'_, T> {
        self.0
            .lock()
            .expect("a model thread panicked while holding the lock")
    }
}

/// Type version tags: allocation, the invalidation cascade, validation
/// (src/sync/type_version.rs).
#[cfg(loom)]
#[path = "../../src/sync/type_version.rs"]
pub mod type_version;

/// Inline cache entries read seqlock-style (src/sync/inline_cache.rs).
#[cfg(loom)]
#[path = "../../src/sync/inline_cache.rs"]
pub mod inline_cache;

/// The type attribute cache (src/sync/type_cache.rs).
#[cfg(loom)]
#[path = "../../src/sync/type_cache.rs"]
pub mod type_cache;

/// Instance attribute slots (src/sync/slots.rs).
#[cfg(loom)]
#[path = "../../src/sync/slots.rs"]
pub mod slots;

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

    /// A cache fill that does the lookup first and reads the type's tag
    /// after it (possibly assigning a fresh one after a writer released the
    /// lock): it can pair a stale value with a current tag.
    pub fn read_versioned_tag_last<G: crate::type_version::TypeGraph, R>(
        versions: &crate::type_version::TypeVersions,
        g: &G,
        ty: G::Ty,
        lookup: impl FnOnce() -> R,
    ) -> (u32, R) {
        let value = lookup();
        (versions.tag_of(g, ty), value)
    }

    /// A writer that resets only the mutated type's own tag: subclasses'
    /// caches keep validating.
    pub fn modify_without_cascade<G: crate::type_version::TypeGraph, R>(
        _versions: &crate::type_version::TypeVersions,
        g: &G,
        ty: G::Ty,
        change: impl FnOnce() -> R,
    ) -> R {
        let result = change();
        g.tag(ty).store(0, Ordering::Release);
        result
    }
}
