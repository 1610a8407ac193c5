//! Type version tags: what every inline cache that looks through a class
//! guards on (DESIGN.md decision 5).
//!
//! Each type carries an atomic 32-bit tag; 0 means "none". A tag is handed
//! out lazily, the first time a cache wants one, from a counter that never
//! hands out the same number twice. A cache stores the tag together with the
//! result of a lookup on the type, and later trusts that result only while
//! the type's tag still equals the stored one.
//!
//! The protocol, and why it is safe without readers ever taking a lock:
//!
//! - **Writers** change anything a lookup could return (a class attribute,
//!   the bases, the MRO) inside [`TypeVersions::modify`]: under the one type
//!   lock, the change happens first, then [`invalidate`] resets the tag of
//!   the type and of every subclass to 0, and only then is the lock released.
//! - **Assignment** ([`TypeVersions::tag_of`]) happens under the same lock,
//!   bases before subclasses. So a type never has a tag while one of its
//!   bases has none, and the cascade may stop at a type whose tag is already
//!   0: everything below it is 0 too.
//! - **Readers** filling a cache read the tag first (acquire), then do the
//!   lookup, and store `(tag, result)` ([`TypeVersions::read_versioned`]).
//!   If a writer ran in between, the tag they hold has since been reset to
//!   0 and can never come back, so the entry never validates. If they read a
//!   tag assigned after the writer, they also see the writer's change: the
//!   assigner took the lock after the writer released it, and the reader's
//!   acquire load of the tag synchronizes with the assigner's release store.
//! - **Validation** ([`is_current`]) is one acquire load and a compare.
//!
//! Reading the tag after the lookup instead (the broken twin the loom model
//! catches) lets a reader pair a stale result with a fresh tag.
//!
//! Subclass links are weak: the cascade reaches subclasses through lists
//! that do not keep them alive. Old values displaced by a writer are dropped
//! by the caller after `modify` returns, never under the lock.
//!
//! This file is compiled as it is by the loom-tests crate; it uses only the
//! facade (`super::{...}`).

use super::{AtomicU32, Mutex, Ordering};

/// The class graph as the version protocol sees it: types are Copy
/// handles, each with a tag word, bases and (weakly held) subclasses.
pub trait TypeGraph {
    type Ty: Copy;
    /// The type's tag word.
    fn tag(&self, ty: Self::Ty) -> &AtomicU32;
    /// Appends the type's direct bases to `out`.
    fn bases(&self, ty: Self::Ty, out: &mut Vec<Self::Ty>);
    /// Appends the type's live direct subclasses to `out`.
    fn subclasses(&self, ty: Self::Ty, out: &mut Vec<Self::Ty>);
}

/// The tag allocator and the type lock, one per interpreter.
pub struct TypeVersions {
    /// The next tag to hand out; only touched under `lock`.
    next: AtomicU32,
    lock: Mutex<()>,
}

impl Default for TypeVersions {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeVersions {
    pub fn new() -> TypeVersions {
        TypeVersions {
            next: AtomicU32::new(1),
            lock: Mutex::new(()),
        }
    }

    /// The type's tag, assigning one (and its bases' first) if it has none.
    /// Returns 0 only when all 2^32 - 1 tags have been handed out, which
    /// makes caches on the type stop specializing, never go wrong.
    #[inline]
    pub fn tag_of<G: TypeGraph>(&self, g: &G, ty: G::Ty) -> u32 {
        let tag = g.tag(ty).load(Ordering::Acquire);
        if tag != 0 {
            return tag;
        }
        self.assign_slow(g, ty)
    }

    #[cold]
    fn assign_slow<G: TypeGraph>(&self, g: &G, ty: G::Ty) -> u32 {
        let _guard = self.lock.lock();
        self.assign_locked(g, ty)
    }

    fn assign_locked<G: TypeGraph>(&self, g: &G, ty: G::Ty) -> u32 {
        let tag = g.tag(ty).load(Ordering::Relaxed);
        if tag != 0 {
            return tag;
        }
        let mut bases = Vec::new();
        g.bases(ty, &mut bases);
        for base in bases {
            if self.assign_locked(g, base) == 0 {
                return 0;
            }
        }
        let next = self.next.load(Ordering::Relaxed);
        if next == 0 {
            return 0;
        }
        // After u32::MAX the counter reads 0: spent, and it stays spent.
        self.next.store(next.wrapping_add(1), Ordering::Relaxed);
        g.tag(ty).store(next, Ordering::Release);
        next
    }

    /// Reads `(tag, lookup())` for a cache entry: the tag strictly first.
    #[inline]
    pub fn read_versioned<G: TypeGraph, R>(
        &self,
        g: &G,
        ty: G::Ty,
        lookup: impl FnOnce() -> R,
    ) -> (u32, R) {
        let tag = self.tag_of(g, ty);
        (tag, lookup())
    }

    /// Runs `change` (anything that alters what a lookup on `ty` returns)
    /// under the type lock, then invalidates `ty` and all its subclasses
    /// before releasing the lock.
    pub fn modify<G: TypeGraph, R>(&self, g: &G, ty: G::Ty, change: impl FnOnce() -> R) -> R {
        let _guard = self.lock.lock();
        let result = change();
        invalidate(g, ty);
        result
    }

    /// The number of tags handed out so far (for statistics).
    pub fn tags_assigned(&self) -> u32 {
        let _guard = self.lock.lock();
        self.next.load(Ordering::Relaxed).wrapping_sub(1)
    }
}

/// Resets the tag of `ty` and of every subclass to 0, iteratively (a deep
/// hierarchy cannot overflow the stack), skipping subtrees already at 0.
/// Callers hold the type lock.
fn invalidate<G: TypeGraph>(g: &G, ty: G::Ty) {
    g.tag(ty).store(0, Ordering::Release);
    let mut work = Vec::new();
    g.subclasses(ty, &mut work);
    while let Some(t) = work.pop() {
        if g.tag(t).swap(0, Ordering::AcqRel) != 0 {
            g.subclasses(t, &mut work);
        }
    }
}

/// Whether a cached tag is still the type's current one. A tag of 0 never
/// validates.
#[inline]
pub fn is_current<G: TypeGraph>(g: &G, ty: G::Ty, tag: u32) -> bool {
    tag != 0 && g.tag(ty).load(Ordering::Acquire) == tag
}
