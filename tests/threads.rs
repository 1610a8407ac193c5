//! One interpreter, many threads: the same compiled module's functions run
//! on 8 OS threads at once over shared globals, and every result is checked
//! against a sequential computation in Rust.

use std::sync::{Arc, Barrier};
use std::thread;

use weft::Interpreter;

const THREADS: usize = 8;

const MODULE: &str = r#"
TABLE = [i * i % 97 for i in range(256)]
SCALE = 3
RESULTS = {}

def work(seed, n):
    total = 0
    for i in range(n):
        total += TABLE[(seed * 31 + i) % 256] * SCALE
    return total

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def record(tid, n):
    RESULTS[tid] = work(tid, n) + fib(15)
    return len(RESULTS) > 0

def big(k):
    return 7 ** (100 + k) % 1000003
"#;

fn work(seed: i64, n: i64) -> i64 {
    let table: Vec<i64> = (0..256).map(|i| i * i % 97).collect();
    (0..n)
        .map(|i| table[((seed * 31 + i) % 256) as usize] * 3)
        .sum()
}

fn fib(n: i64) -> i64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn modpow(base: u64, exp: u64, m: u64) -> u64 {
    (0..exp).fold(1, |acc, _| acc * base % m)
}

#[test]
fn eight_threads_run_one_module() {
    let interp = Interpreter::new();
    interp
        .run_module(MODULE, "shared.py", "shared")
        .expect("module runs");
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS as i64)
        .map(|tid| {
            let interp = interp.clone();
            let barrier = barrier.clone();
            thread::spawn(move || {
                barrier.wait();
                for round in 0..20 {
                    let n = 500 + round * 37 + tid;
                    let got = interp.call_repr("shared", "work", &[tid, n]).unwrap();
                    assert_eq!(got, work(tid, n).to_string(), "work({tid}, {n})");
                    let got = interp
                        .call_repr("shared", "fib", &[12 + round % 5])
                        .unwrap();
                    assert_eq!(got, fib(12 + round % 5).to_string());
                    let got = interp.call_repr("shared", "big", &[round]).unwrap();
                    let want = modpow(7, 100 + round as u64, 1_000_003);
                    assert_eq!(got, want.to_string(), "big({round})");
                }
                let got = interp.call_repr("shared", "record", &[tid, 1000]).unwrap();
                assert_eq!(got, "True");
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread finished without panicking");
    }
    // Every thread's write to the shared dict landed.
    for tid in 0..THREADS as i64 {
        let code = format!("RESULTS[{tid}]");
        let got = interp.eval_repr("shared", &code).unwrap();
        assert_eq!(got, (work(tid, 1000) + fib(15)).to_string());
    }
    let got = interp.eval_repr("shared", "len(RESULTS)").unwrap();
    assert_eq!(got, THREADS.to_string());
}

#[test]
fn an_error_on_one_thread_stays_on_that_thread() {
    let interp = Interpreter::new();
    interp
        .run_module("def f(x):\n    return 10 // x\n", "div.py", "div")
        .unwrap();
    let handles: Vec<_> = (0..4i64)
        .map(|tid| {
            let interp = interp.clone();
            thread::spawn(move || interp.call_repr("div", "f", &[tid]))
        })
        .collect();
    let results: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    let err = results[0].as_ref().unwrap_err();
    assert_eq!(err.type_name, "ZeroDivisionError");
    assert!(err.traceback.contains("File \"div.py\", line 2, in f"));
    assert_eq!(results[1].as_deref().unwrap(), "10");
    assert_eq!(results[2].as_deref().unwrap(), "5");
    assert_eq!(results[3].as_deref().unwrap(), "3");
}
