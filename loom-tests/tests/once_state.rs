//! Model of the per-code quickened state: several threads run the same code
//! for the first time; exactly one quickens it, and any thread that sees it
//! quickened sees the quickened units.
#![cfg(loom)]

use loom::sync::Arc;
use loom::thread;
use loom_tests::once_state::{is_done, publish, try_claim, COLD};
use loom_tests::{AtomicU64, AtomicU8, AtomicUsize, Ordering};

/// Two threads (a spawned one and the main one) race to quicken one code
/// object. The
/// "code unit" is written with a relaxed store by the winner, as the real
/// quickener writes units, and read relaxed by anyone who sees DONE.
fn quicken_race(publish_fn: fn(&AtomicU8)) {
    loom::model(move || {
        let state = Arc::new(AtomicU8::new(COLD));
        let unit = Arc::new(AtomicU64::new(0));
        let claims = Arc::new(AtomicUsize::new(0));
        let run = {
            let (state, unit, claims) = (state.clone(), unit.clone(), claims.clone());
            move || {
                if try_claim(&state) {
                    claims.fetch_add(1, Ordering::Relaxed);
                    unit.store(0xC0DE, Ordering::Relaxed);
                    publish_fn(&state);
                } else if is_done(&state) {
                    assert_eq!(
                        unit.load(Ordering::Relaxed),
                        0xC0DE,
                        "saw DONE but not the quickened unit"
                    );
                }
            }
        };
        let t1 = thread::spawn(run.clone());
        run();
        t1.join().unwrap();
        assert_eq!(
            claims.load(Ordering::Relaxed),
            1,
            "exactly one thread quickens"
        );
        assert!(is_done(&state));
    });
}

#[test]
fn quickening_is_claimed_once_and_published() {
    quicken_race(publish);
}

#[test]
fn broken_twin_relaxed_publish_is_caught() {
    let caught = std::panic::catch_unwind(|| quicken_race(loom_tests::broken::publish_relaxed));
    assert!(caught.is_err(), "the model must catch a relaxed publish");
}
