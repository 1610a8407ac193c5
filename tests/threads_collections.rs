//! A `collections.deque` shared by 8 OS threads: each operation takes the
//! deque's own lock, so concurrent appends and pops lose and duplicate
//! nothing, and iterators on other threads see either a consistent deque
//! or "deque mutated during iteration", never a torn state.

use std::sync::{Arc, Barrier};
use std::thread;

use weft::Interpreter;

const THREADS: i64 = 8;
const ROUNDS: i64 = 2000;

const MODULE: &str = r#"
from collections import deque
Q = deque()
BOUNDED = deque(maxlen=50)
TAKEN = deque()

def produce(tid, n):
    for i in range(n):
        Q.append(tid * 1000000 + i)
        BOUNDED.appendleft(i)
    return len(BOUNDED) <= 50

def consume(n):
    got = 0
    while got < n:
        try:
            TAKEN.append(Q.popleft())
            got += 1
        except IndexError:
            pass
    return got

def scan():
    try:
        return sum(1 for _ in Q) >= 0
    except RuntimeError as e:
        return str(e) == "deque mutated during iteration"

def check():
    items = sorted(TAKEN)
    want = sorted(t * 1000000 + i for t in range(8) for i in range(2000))
    return items == want and len(Q) == 0 and len(BOUNDED) == 50
"#;

#[test]
fn deque_shared_by_eight_threads() {
    let interp = Interpreter::new();
    interp
        .run_module(MODULE, "shared_deque.py", "shared_deque")
        .expect("module runs");
    let barrier = Arc::new(Barrier::new(THREADS as usize * 2));
    let mut handles = Vec::new();
    for tid in 0..THREADS {
        let (producer, start) = (interp.clone(), barrier.clone());
        handles.push(thread::spawn(move || {
            let (interp, barrier) = (producer, start);
            barrier.wait();
            let r = interp.call_repr("shared_deque", "produce", &[tid, ROUNDS]);
            assert_eq!(r.unwrap(), "True");
            assert_eq!(
                interp.call_repr("shared_deque", "scan", &[]).unwrap(),
                "True"
            );
        }));
        let (consumer, start) = (interp.clone(), barrier.clone());
        handles.push(thread::spawn(move || {
            let (interp, barrier) = (consumer, start);
            barrier.wait();
            let r = interp.call_repr("shared_deque", "consume", &[ROUNDS]);
            assert_eq!(r.unwrap(), ROUNDS.to_string());
        }));
    }
    for h in handles {
        h.join().expect("thread finished without panicking");
    }
    let got = interp.call_repr("shared_deque", "check", &[]).unwrap();
    assert_eq!(got, "True");
}
