//! `re` patterns shared between threads: one compiled pattern (and the
//! module's pattern cache) used by 8 threads at once gives every thread
//! the results a sequential run gives.

use std::sync::{Arc, Barrier};
use std::thread;

use weft::Interpreter;

const THREADS: usize = 8;

const MODULE: &str = r#"
import re
WORD = re.compile(r'(?P<w>[a-zé]+)(?P<n>\d*)')
TEXT = 'alpha1 beta22 gamma été3 ' * 40

def work(k):
    spans = [(m['w'], m['n'], m.span()) for m in WORD.finditer(TEXT, k)]
    first = WORD.match(TEXT, k + 7) or WORD.search(TEXT, k + 7)
    subbed = WORD.sub(lambda m: m['w'].upper(), TEXT[k:k + 40])
    cached = re.findall(r'\d+', TEXT[k:])
    pattern = re.compile('é+|' + str(k % 3))
    return (len(spans), spans[:2], first.span(), subbed, len(cached),
            len(pattern.findall(TEXT)))
"#;

#[test]
fn eight_threads_share_compiled_patterns() {
    let interp = Interpreter::new();
    interp
        .run_module(MODULE, "shared_re.py", "shared_re")
        .expect("module runs");
    let expected: Vec<String> = (0..THREADS as i64)
        .map(|k| interp.call_repr("shared_re", "work", &[k]).unwrap())
        .collect();
    let expected = Arc::new(expected);
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS as i64)
        .map(|tid| {
            let interp = interp.clone();
            let barrier = barrier.clone();
            let expected = expected.clone();
            thread::spawn(move || {
                barrier.wait();
                for round in 0..30 {
                    let k = (tid + round) % THREADS as i64;
                    let got = interp.call_repr("shared_re", "work", &[k]).unwrap();
                    assert_eq!(got, expected[k as usize], "work({k})");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("thread finished without panicking");
    }
}
