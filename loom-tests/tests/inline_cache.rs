//! Model of inline cache entries: two threads race to specialize the same
//! instruction (each with its own payload) while a third executes it. The
//! reader must never act on a payload that does not belong to the
//! instruction word it validated. Runs the real src/sync/inline_cache.rs;
//! the broken twin (payload stored before the instruction is claimed) must
//! be caught.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use loom_tests::inline_cache::{broken, read, write};
use loom_tests::{AtomicU64, Ordering};

/// Instruction bodies (the low 40 bits of a word): 0 is the generic form,
/// 1 and 2 are two specializations whose payloads are [10, 11] and [20, 21].
fn payload_for(body: u64) -> [u64; 2] {
    match body {
        0 => [0, 0],
        1 => [10, 11],
        _ => [20, 21],
    }
}

type Writer = fn(&[AtomicU64], usize, u64, u64, &[u64]) -> bool;

fn model(writer: Writer) {
    loom::model(move || {
        // [instruction word, counter, payload 1, payload 2]
        let units: Arc<Vec<AtomicU64>> = Arc::new((0..4).map(|_| AtomicU64::new(0)).collect());
        let spawn_writer = |body: u64| {
            let units = units.clone();
            thread::spawn(move || {
                let w = units[0].load(Ordering::Acquire);
                writer(&units, 0, w, body, &payload_for(body));
            })
        };
        let w1 = spawn_writer(1);
        let w2 = spawn_writer(2);
        let word = units[0].load(Ordering::Acquire);
        if let Some(payload) = read::<2>(&units, 0, word) {
            let body = word & ((1 << 40) - 1);
            assert_eq!(payload, payload_for(body), "payload of another entry");
        }
        w1.join().unwrap();
        w2.join().unwrap();
        // Whoever won, the final state is consistent.
        let word = units[0].load(Ordering::Acquire);
        let payload = read::<2>(&units, 0, word).expect("no writer left");
        assert_eq!(payload, payload_for(word & ((1 << 40) - 1)));
    });
}

#[test]
fn readers_never_act_on_a_mixed_entry() {
    model(write);
}

#[test]
fn broken_twin_payload_before_claim_is_caught() {
    let caught = std::panic::catch_unwind(|| model(broken::write_payload_first));
    assert!(
        caught.is_err(),
        "the model must catch a payload written before the claim"
    );
}
