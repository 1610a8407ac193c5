//! The type attribute cache: `(type version tag, name) -> lookup result`,
//! shared by all threads, so that a lookup along a class's MRO (a dict
//! probe per class, each under that dict's lock) usually costs a few loads.
//!
//! A version tag names one class in one state (tags are never reused and a
//! class gets a new one whenever anything a lookup could return changes,
//! src/sync/type_version.rs), so an entry keyed by a tag never goes stale:
//! it just stops being asked for.
//!
//! Each entry is a small seqlock. Readers load the sequence number
//! (acquire), the key and value words (relaxed), fence (acquire) and reload
//! the sequence number; an odd or changed number is a miss. Writers claim the
//! entry with a compare-and-swap to an odd number, fence, write, and
//! publish the next even number with a release store; a writer that finds
//! the entry claimed gives up (the cache is only a cache). Readers never
//! block and never write, so threads looking up the same hot method share
//! the entry's cache line read-only.
//!
//! The caller reads the tag before doing the lookup it stores (tag first,
//! then value, as for inline caches).
//!
//! This file is compiled as it is by the loom-tests crate; it uses only the
//! facade (`super::{...}`).

use super::{fence, AtomicU32, AtomicU64, Ordering};

struct Entry {
    seq: AtomicU32,
    tag: AtomicU32,
    name: AtomicU64,
    value: AtomicU64,
}

impl Entry {
    fn new() -> Entry {
        Entry {
            seq: AtomicU32::new(0),
            tag: AtomicU32::new(0),
            name: AtomicU64::new(0),
            value: AtomicU64::new(0),
        }
    }
}

pub struct TypeCache {
    entries: Box<[Entry]>,
    mask: usize,
}

impl TypeCache {
    /// A cache of `1 << bits` entries.
    pub fn new(bits: u32) -> TypeCache {
        let n = 1usize << bits;
        TypeCache {
            entries: (0..n).map(|_| Entry::new()).collect(),
            mask: n - 1,
        }
    }

    #[inline]
    fn slot(&self, tag: u32, name: u64) -> &Entry {
        let h = (name >> 3) ^ (name >> 15) ^ (tag as u64).wrapping_mul(0x9E37_79B9);
        &self.entries[h as usize & self.mask]
    }

    /// The cached result for `(tag, name)`, if any. Tag 0 is never cached.
    #[inline]
    pub fn get(&self, tag: u32, name: u64) -> Option<u64> {
        if tag == 0 {
            return None;
        }
        let e = self.slot(tag, name);
        let s1 = e.seq.load(Ordering::Acquire);
        if s1 & 1 != 0 {
            return None;
        }
        let t = e.tag.load(Ordering::Relaxed);
        let n = e.name.load(Ordering::Relaxed);
        let v = e.value.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        if e.seq.load(Ordering::Relaxed) != s1 || t != tag || n != name {
            return None;
        }
        Some(v)
    }

    /// Records `value` for `(tag, name)`, unless another writer holds the
    /// entry.
    pub fn put(&self, tag: u32, name: u64, value: u64) {
        if tag == 0 {
            return;
        }
        let e = self.slot(tag, name);
        let s = e.seq.load(Ordering::Relaxed);
        if s & 1 != 0
            || e.seq
                .compare_exchange(s, s.wrapping_add(1), Ordering::Acquire, Ordering::Relaxed)
                .is_err()
        {
            return;
        }
        fence(Ordering::Release);
        e.tag.store(tag, Ordering::Relaxed);
        e.name.store(name, Ordering::Relaxed);
        e.value.store(value, Ordering::Relaxed);
        e.seq.store(s.wrapping_add(2), Ordering::Release);
    }
}

/// Deliberately broken variants for the loom model to catch.
#[cfg(loom)]
pub mod broken {
    use super::{Ordering, TypeCache};

    /// A writer that never marks the entry busy: a reader can see the new
    /// key with the old value.
    pub fn put_without_seqlock(cache: &TypeCache, tag: u32, name: u64, value: u64) {
        let e = cache.slot(tag, name);
        e.tag.store(tag, Ordering::Relaxed);
        e.name.store(name, Ordering::Relaxed);
        e.value.store(value, Ordering::Relaxed);
    }
}
