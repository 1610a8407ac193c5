//! Model of the type attribute cache: two threads store results for two
//! keys that share an entry while a third looks one of them up. A reader
//! must only get the value stored with the key it asked for. Runs the real
//! src/sync/type_cache.rs; the broken twin (no seqlock) must be caught.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use loom_tests::type_cache::{broken, TypeCache};

type Put = fn(&TypeCache, u32, u64, u64);

fn put_real(c: &TypeCache, tag: u32, name: u64, value: u64) {
    c.put(tag, name, value)
}

fn model(put: Put) {
    // Three threads with relaxed loads: the full interleaving space is far
    // too large to finish, so bound preemptions (loom's advice); three are
    // enough to place a reader between every pair of a writer's stores.
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(3);
    builder.check(move || {
        // One entry: every key collides.
        let cache = Arc::new(TypeCache::new(0));
        let a = {
            let c = cache.clone();
            thread::spawn(move || put(&c, 7, 0x100, 111))
        };
        let b = {
            let c = cache.clone();
            thread::spawn(move || put(&c, 9, 0x200, 222))
        };
        if let Some(v) = cache.get(7, 0x100) {
            assert_eq!(v, 111, "key 7 answered with another key's value");
        }
        if let Some(v) = cache.get(9, 0x200) {
            assert_eq!(v, 222, "key 9 answered with another key's value");
        }
        a.join().unwrap();
        b.join().unwrap();
    });
}

#[test]
fn lookups_never_return_another_keys_value() {
    model(put_real);
}

#[test]
fn broken_twin_without_seqlock_is_caught() {
    let caught = std::panic::catch_unwind(|| model(broken::put_without_seqlock));
    assert!(
        caught.is_err(),
        "the model must catch unsynchronized entry writes"
    );
}
