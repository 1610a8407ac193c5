//! Golden disassembly: every `tests/golden/*.py` is compiled and its
//! deoptimized disassembly compared with the committed `.dis` file next to
//! it. `WEFT_BLESS=1 cargo test --test compile_golden` rewrites the `.dis`
//! files; review the diff before committing.
//!
//! `WEFT_DIS=path/to/file.py cargo test --test compile_golden -- --ignored
//! --nocapture dump` prints the disassembly of any file.

use std::fs;
use std::path::{Path, PathBuf};

use weft::bytecode::dis::disassemble;
use weft::compile::compile_module;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

#[test]
fn golden_disassembly() {
    let bless = std::env::var_os("WEFT_BLESS").is_some();
    let mut entries: Vec<PathBuf> = fs::read_dir(golden_dir())
        .expect("tests/golden exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no golden programs found");
    let mut failures = Vec::new();
    for py in &entries {
        let name = py.file_name().unwrap().to_string_lossy().to_string();
        let source = fs::read_to_string(py).expect("readable source");
        let code = match compile_module(&source, &name) {
            Ok(code) => code,
            Err(e) => {
                failures.push(format!("{name}: compile error: {e} (line {})", e.line));
                continue;
            }
        };
        let actual = disassemble(&code, false);
        let dis = py.with_extension("dis");
        if bless {
            fs::write(&dis, &actual).expect("writable golden file");
            continue;
        }
        let expected = fs::read_to_string(&dis).unwrap_or_default();
        if expected != actual {
            let first = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
            failures.push(format!(
                "{name}: disassembly differs from {} at line {}:\n  expected: {:?}\n  actual:   {:?}",
                dis.file_name().unwrap().to_string_lossy(),
                first + 1,
                expected.lines().nth(first).unwrap_or("<end>"),
                actual.lines().nth(first).unwrap_or("<end>"),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden mismatch(es) (WEFT_BLESS=1 to regenerate):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
#[ignore]
fn dump() {
    let Some(path) = std::env::var_os("WEFT_DIS") else {
        return;
    };
    let source = fs::read_to_string(&path).expect("readable source");
    match compile_module(&source, &path.to_string_lossy()) {
        Ok(code) => print!(
            "{}",
            disassemble(&code, std::env::var_os("WEFT_ADAPTIVE").is_some())
        ),
        Err(e) => println!(
            "{e}\n  line {} column {} end {:?}\n  text {:?}",
            e.line, e.column, e.end_column, e.text
        ),
    }
}
