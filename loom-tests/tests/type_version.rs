//! Model of type version tags: one thread changes an attribute of a base
//! class while two others fill (tag, value) caches through two subclasses.
//! Afterwards every cache entry that still validates must hold the new
//! value. Runs the real src/sync/type_version.rs; the broken twins (a fill
//! that reads the tag after the lookup, a writer that does not cascade) must
//! be caught.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use loom_tests::broken;
use loom_tests::type_version::{is_current, TypeGraph, TypeVersions};
use loom_tests::{AtomicU32, AtomicU64, Ordering};

const BASE: usize = 0;
const SUB1: usize = 1;
const SUB2: usize = 2;

/// A base with two subclasses. Each type has a tag and one attribute slot
/// (0 = not defined here); the attribute lives on the base.
struct Classes {
    tags: [AtomicU32; 3],
    slots: [AtomicU64; 3],
}

impl TypeGraph for Classes {
    type Ty = usize;
    fn tag(&self, ty: usize) -> &AtomicU32 {
        &self.tags[ty]
    }
    fn bases(&self, ty: usize, out: &mut Vec<usize>) {
        if ty != BASE {
            out.push(BASE);
        }
    }
    fn subclasses(&self, ty: usize, out: &mut Vec<usize>) {
        if ty == BASE {
            out.extend([SUB1, SUB2]);
        }
    }
}

impl Classes {
    fn new() -> Classes {
        Classes {
            tags: [AtomicU32::new(0), AtomicU32::new(0), AtomicU32::new(0)],
            slots: [AtomicU64::new(1), AtomicU64::new(0), AtomicU64::new(0)],
        }
    }

    /// Attribute lookup along the MRO (the type, then the base).
    fn lookup(&self, ty: usize) -> u64 {
        match self.slots[ty].load(Ordering::Acquire) {
            0 => self.slots[BASE].load(Ordering::Acquire),
            v => v,
        }
    }
}

type Fill = fn(&TypeVersions, &Classes, usize) -> (u32, u64);
type Modify = fn(&TypeVersions, &Classes, usize);

fn fill_correct(v: &TypeVersions, c: &Classes, ty: usize) -> (u32, u64) {
    v.read_versioned(c, ty, || c.lookup(ty))
}

fn fill_tag_last(v: &TypeVersions, c: &Classes, ty: usize) -> (u32, u64) {
    broken::read_versioned_tag_last(v, c, ty, || c.lookup(ty))
}

fn modify_correct(v: &TypeVersions, c: &Classes, ty: usize) {
    v.modify(c, ty, || c.slots[ty].store(2, Ordering::Release));
}

fn modify_no_cascade(v: &TypeVersions, c: &Classes, ty: usize) {
    broken::modify_without_cascade(v, c, ty, || c.slots[ty].store(2, Ordering::Release));
}

fn model(fill: Fill, modify: Modify, cascades: bool) {
    loom::model(move || {
        let versions = Arc::new(TypeVersions::new());
        let classes = Arc::new(Classes::new());
        let writer = {
            let (v, c) = (versions.clone(), classes.clone());
            thread::spawn(move || modify(&v, &c, BASE))
        };
        let reader = {
            let (v, c) = (versions.clone(), classes.clone());
            thread::spawn(move || fill(&v, &c, SUB1))
        };
        let cache2 = fill(&versions, &classes, SUB2);
        writer.join().unwrap();
        let cache1 = reader.join().unwrap();
        for (ty, (tag, value)) in [(SUB1, cache1), (SUB2, cache2)] {
            if is_current(&*classes, ty, tag) {
                assert_eq!(
                    value,
                    classes.lookup(ty),
                    "a cache entry that validates holds a stale value"
                );
            }
        }
        // Bases never lose their tag while a subclass keeps one.
        for sub in [SUB1, SUB2] {
            if cascades && classes.tags[sub].load(Ordering::Acquire) != 0 {
                assert_ne!(classes.tags[BASE].load(Ordering::Acquire), 0);
            }
        }
    });
}

#[test]
fn caches_never_validate_a_stale_value() {
    model(fill_correct, modify_correct, true);
}

#[test]
fn broken_twin_tag_read_after_lookup_is_caught() {
    let caught = std::panic::catch_unwind(|| model(fill_tag_last, modify_correct, true));
    assert!(
        caught.is_err(),
        "the model must catch a tag read after the lookup"
    );
}

#[test]
fn broken_twin_writer_without_cascade_is_caught() {
    let caught = std::panic::catch_unwind(|| model(fill_correct, modify_no_cascade, false));
    assert!(
        caught.is_err(),
        "the model must catch a missing subclass cascade"
    );
}
