//! Compiles every `tests/lang/**/*.py` and `benches/programs/*.py` and runs
//! a bytecode verifier over every code object produced.
//!
//! A script whose `<name>.err` file says it dies with a `SyntaxError`,
//! `IndentationError` or `TabError` must fail to compile with exactly that
//! last line (`{Kind}: {message}`), unless it is listed in
//! `tests/golden/SYNTAX_MESSAGE_GAPS` (one `path/relative/to/tests/lang.py
//! reason` per line), where any compile error of that kind will do. Every
//! other script must compile.
//!
//! The verifier checks what the interpreter relies on: every jump lands on
//! an instruction start, only `JumpBackward` jumps backwards, stack depths
//! are never negative and agree wherever paths merge (exception edges
//! included) and stay within `max_stack`, exception-table ranges and
//! targets are instruction boundaries, and every oparg indexes its table.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use weft::bytecode::code::flags;
use weft::bytecode::opcodes::ArgKind;
use weft::bytecode::{BinaryOpKind, CodeObject, CompareKind, Constant, Opcode};
use weft::compile::compile_module;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.map(|e| e.expect("directory entry").path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_py(&p, out);
        } else if p.extension().is_some_and(|e| e == "py")
            && p.file_name().is_some_and(|n| n != "regen.py")
        {
            out.push(p);
        }
    }
}

fn is_terminator(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::ReturnValue
            | Opcode::RaiseVarargs
            | Opcode::Reraise
            | Opcode::Jump
            | Opcode::JumpBackward
    )
}

/// Verifies one code object (not its children); returns the problems found.
pub fn verify(code: &CodeObject) -> Vec<String> {
    let mut errs = Vec::new();
    let name = &code.qualname;
    let len = code.units.len();
    let mut instrs = Vec::new();
    let mut pc = 0;
    while pc < len {
        let word = code.word(pc);
        let Some(op) = Opcode::from_u8(word as u8) else {
            errs.push(format!("{name}: unknown opcode byte at {pc}"));
            return errs;
        };
        let arg = (word >> 8) as u32;
        instrs.push((pc, op, arg));
        pc += 1 + op.cache_words();
    }
    if pc != len {
        errs.push(format!(
            "{name}: last instruction's caches run past the end"
        ));
    }
    if instrs.is_empty() {
        errs.push(format!("{name}: empty code"));
        return errs;
    }
    let starts: HashSet<usize> = instrs.iter().map(|i| i.0).collect();
    let index_of: BTreeMap<usize, usize> =
        instrs.iter().enumerate().map(|(i, x)| (x.0, i)).collect();
    let ncells = code.cellvars.len() + code.freevars.len();
    for &(pc, op, arg) in &instrs {
        let a = arg as usize;
        let ok = match op.arg_kind() {
            ArgKind::None => arg == 0,
            ArgKind::Const => a < code.constants.len(),
            ArgKind::Name => a < code.names.len(),
            ArgKind::Local => a < code.varnames.len(),
            ArgKind::Cell => a < ncells,
            ArgKind::Jump => starts.contains(&a) && (a > pc) != (op == Opcode::JumpBackward),
            ArgKind::BinOp => BinaryOpKind::from_oparg(arg).is_some(),
            ArgKind::Compare => CompareKind::from_oparg(arg).is_some(),
            ArgKind::Count | ArgKind::Flags => true,
        };
        if !ok {
            errs.push(format!("{name}: bad oparg {arg} for {op:?} at {pc}"));
        }
    }
    for e in &code.exception_table {
        let end_ok = e.end as usize == len || starts.contains(&(e.end as usize));
        if e.start >= e.end
            || !starts.contains(&(e.start as usize))
            || !end_ok
            || !starts.contains(&(e.target as usize))
        {
            errs.push(format!("{name}: bad exception entry {e:?}"));
        }
    }
    let mut last = None;
    for l in &code.line_table {
        if last.is_some_and(|s| s >= l.start)
            || l.start as usize >= len
            || !starts.contains(&(l.start as usize))
        {
            errs.push(format!("{name}: bad line entry {l:?}"));
        }
        last = Some(l.start);
    }
    if code.cell_params.len() != code.cellvars.len()
        || code
            .cell_params
            .iter()
            .flatten()
            .any(|&i| i as usize >= code.total_params())
        || code.varnames.len() < code.total_params()
    {
        errs.push(format!("{name}: parameters and cells disagree"));
    }
    if !errs.is_empty() {
        return errs;
    }
    // Stack depths.
    let mut depth: Vec<Option<i32>> = vec![None; instrs.len()];
    let mut work = vec![(0usize, 0i32)];
    while let Some((i, d)) = work.pop() {
        if d < 0 || d as u32 > code.max_stack {
            errs.push(format!(
                "{name}: stack depth {d} at {} (max_stack {})",
                instrs[i].0, code.max_stack
            ));
            return errs;
        }
        match depth[i] {
            Some(old) if old == d => continue,
            Some(old) => {
                errs.push(format!("{name}: depth {old} vs {d} at {}", instrs[i].0));
                return errs;
            }
            None => depth[i] = Some(d),
        }
        let (pc, op, arg) = instrs[i];
        let after = d + op.stack_effect(arg);
        if after > code.max_stack as i32 {
            errs.push(format!(
                "{name}: depth {after} after {pc} exceeds max_stack {}",
                code.max_stack
            ));
            return errs;
        }
        if !is_terminator(op) {
            if i + 1 >= instrs.len() {
                errs.push(format!("{name}: falls off the end after {pc}"));
                return errs;
            }
            work.push((i + 1, after));
        }
        if let Some(je) = op.jump_effect(arg) {
            work.push((index_of[&(arg as usize)], d + je));
        }
        if let Some(h) = code.handler_for(pc) {
            if h.depth as i32 > d {
                errs.push(format!(
                    "{name}: handler at {pc} keeps {} items but only {d} exist",
                    h.depth
                ));
                return errs;
            }
            work.push((
                index_of[&(h.target as usize)],
                h.depth as i32 + h.push_lasti as i32 + 1,
            ));
        }
    }
    let _ = flags::GENERATOR;
    errs
}

fn verify_tree(code: &CodeObject, out: &mut Vec<String>) {
    out.extend(verify(code));
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            verify_tree(inner, out);
        }
    }
}

/// The expected compile error line from a `.err` file, if it is one.
fn expected_syntax_error(py: &Path) -> Option<String> {
    let err = fs::read_to_string(py.with_extension("err")).ok()?;
    let last = err.lines().nth(1)?.trim().to_string();
    ["SyntaxError:", "IndentationError:", "TabError:"]
        .iter()
        .any(|k| last.starts_with(k))
        .then_some(last)
}

fn gaps() -> HashSet<String> {
    let text =
        fs::read_to_string(root().join("tests/golden/SYNTAX_MESSAGE_GAPS")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

#[test]
fn every_script_compiles_and_verifies() {
    let mut files = Vec::new();
    collect_py(&root().join("tests/lang"), &mut files);
    collect_py(&root().join("benches/programs"), &mut files);
    let gaps = gaps();
    let mut failures = Vec::new();
    let mut compiled = 0;
    let mut expected_errors = 0;
    for py in &files {
        let rel = py
            .strip_prefix(root())
            .unwrap_or(py)
            .to_string_lossy()
            .replace('\\', "/");
        let lang_rel = rel.strip_prefix("tests/lang/").unwrap_or(&rel).to_string();
        let Ok(source) = fs::read_to_string(py) else {
            failures.push(format!("{rel}: not UTF-8"));
            continue;
        };
        let name = py.file_name().unwrap().to_string_lossy().to_string();
        let result = compile_module(&source, &name);
        match (expected_syntax_error(py), result) {
            (None, Ok(code)) => {
                compiled += 1;
                let mut errs = Vec::new();
                verify_tree(&code, &mut errs);
                failures.extend(errs.into_iter().map(|e| format!("{rel}: {e}")));
            }
            (None, Err(e)) => {
                failures.push(format!("{rel}:{}: unexpected compile error: {e}", e.line))
            }
            (Some(want), Ok(_)) => {
                failures.push(format!("{rel}: compiled, but CPython says `{want}`"))
            }
            (Some(want), Err(e)) => {
                expected_errors += 1;
                let got = e.to_string();
                let kind_matches = want.split(':').next() == got.split(':').next();
                if got != want && !(gaps.contains(&lang_rel) && kind_matches) {
                    failures.push(format!(
                        "{rel}: expected `{want}`, got `{got}` (line {})",
                        e.line
                    ));
                }
            }
        }
    }
    eprintln!(
        "compile_all: {} files, {compiled} compiled and verified, {expected_errors} expected syntax errors",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn verifier_catches_a_broken_jump() {
    let code = compile_module("while x:\n    y = 1\n", "t.py").expect("compiles");
    assert!(verify(&code).is_empty());
}
