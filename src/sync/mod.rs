//! The one place with racing memory accesses (DESIGN.md "Layout").
//!
//! Everything in the VM that several threads may touch at once goes through
//! this facade: atomics, locks and fences come from here, never straight
//! from `std`, `parking_lot` or `loom`. Under `--cfg loom` the facade maps to
//! loom's types so the protocols written against it can be model-checked by
//! the loom-tests crate, which compiles these files as they are.

#[cfg(not(loom))]
pub use std::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};

#[cfg(loom)]
pub use loom::sync::atomic::{
    fence, AtomicBool, AtomicI64, AtomicPtr, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering,
};

// Locks: parking_lot normally. Models that need a lock use loom's through
// their own facade (a contended parking_lot lock inside a model hangs it).
#[cfg(not(loom))]
pub use parking_lot::{Condvar, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

pub mod inline_cache;
pub mod once_state;
pub mod slots;
pub mod type_cache;
pub mod type_version;
