//! Model of instance attribute slots: one thread adds attributes to an
//! instance (an in-place append, then a growth into a new storage) while
//! another replaces one and a third reads them all. A reader must only ever
//! see "not set" or a value some writer stored, never an unwritten slot or
//! a value from another layout. Runs the real src/sync/slots.rs; the broken
//! twin (shape published before the value) must be caught.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use loom_tests::slots::{broken, Slots, Write};

// Shapes are a chain: shape n holds names 0..n (name i at index i).
const EMPTY: u64 = 100;
fn shape(len: usize) -> u64 {
    EMPTY + len as u64
}
fn len_of(shape: u64) -> usize {
    (shape - EMPTY) as usize
}
fn index_of(shape: u64, name: usize) -> Option<usize> {
    (name < len_of(shape)).then_some(name)
}

/// Sets attribute `name` the way the VM does: replace if present, else
/// append (growing the shape by one name).
fn set(slots: &Slots, name: usize, value: u64) {
    slots.write(value, |s| match index_of(s, name) {
        Some(i) => Write::Replace(i),
        None => {
            assert_eq!(len_of(s), name, "names are added in order");
            Write::Append {
                index: name,
                shape: shape(name + 1),
            }
        }
    });
}

fn set_shape_first(slots: &Slots, name: usize, value: u64) {
    broken::append_shape_first(slots, value, name, shape(name + 1));
}

fn model(append: fn(&Slots, usize, u64)) {
    loom::model(move || {
        // Room for one value: the second append grows the storage.
        let slots = Arc::new(Slots::new(shape(0), &[], 1));
        let adder = {
            let s = slots.clone();
            thread::spawn(move || {
                append(&s, 0, 10);
                set(&s, 1, 20);
            })
        };
        let replacer = {
            let s = slots.clone();
            thread::spawn(move || {
                // Replaces name 0 if it is there by now; otherwise a no-op.
                s.write(11, |sh| match index_of(sh, 0) {
                    Some(i) => Write::Replace(i),
                    None => Write::Decline,
                });
            })
        };
        for _ in 0..2 {
            let a = slots.read(|s| index_of(s, 0));
            let b = slots.read(|s| index_of(s, 1));
            assert!(matches!(a, None | Some(10) | Some(11)), "read a = {a:?}");
            assert!(matches!(b, None | Some(20)), "read b = {b:?}");
            if b.is_some() {
                assert!(a.is_some(), "b was added after a");
            }
        }
        adder.join().unwrap();
        replacer.join().unwrap();
        let (sh, values) = slots.snapshot(len_of);
        assert_eq!(sh, shape(2));
        assert!(values == [10, 20] || values == [11, 20], "{values:?}");
    });
}

#[test]
fn readers_never_see_unwritten_or_mixed_slots() {
    model(set);
}

#[test]
fn broken_twin_shape_before_value_is_caught() {
    let caught = std::panic::catch_unwind(|| model(set_shape_first));
    assert!(
        caught.is_err(),
        "the model must catch a shape published before its value"
    );
}
