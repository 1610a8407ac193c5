//! Specialization, asserted through the adaptive disassembly: after a few
//! runs each site is in its specialized form; after the class changes, the
//! site misses, deoptimizes and later re-specializes; results stay right
//! throughout, also while several threads run the same code.

use std::sync::Arc;
use std::thread;

use weft::bytecode::dis::disassemble;
use weft::bytecode::CodeObject;
use weft::object::ObjData;
use weft::Interpreter;

const MODULE: &str = r#"
class P:
    def __init__(self, x):
        self.x = x
        self.y = x + 1
    def get(self):
        return self.x

SCALE = 2

def work(n):
    t = 0
    for i in range(n):
        p = P(i)
        t = t + p.get() * SCALE + p.y
    return t

def other_get(self):
    return -self.x
"#;

/// The live code of `module.function`.
fn code_of(interp: &Interpreter, module: &str, function: &str) -> Arc<CodeObject> {
    let mut vm = interp.vm();
    let m = vm.import_module(module).unwrap();
    let f = vm.getattr_str(m, function).unwrap();
    let ObjData::Function(func) = &f.obj().data else {
        panic!("{function} is not a function")
    };
    let ObjData::Code(code) = &func.code.obj().data else {
        panic!("function code is not a code object")
    };
    code.code.clone()
}

fn method_code(interp: &Interpreter, class: &str, method: &str) -> Arc<CodeObject> {
    let mut vm = interp.vm();
    let m = vm.import_module("m").unwrap();
    let cls = vm.getattr_str(m, class).unwrap();
    let f = vm.getattr_str(cls, method).unwrap();
    let ObjData::Function(func) = &f.obj().data else {
        panic!("not a function")
    };
    let ObjData::Code(code) = &func.code.obj().data else {
        panic!("not code")
    };
    code.code.clone()
}

fn expected(n: i64, negate: bool) -> i64 {
    (0..n)
        .map(|i| if negate { -i } else { i } * 2 + i + 1)
        .sum()
}

/// Whether `r` is what `work(n)` returns when each `p.get()` returned
/// either `x` or `-x` (the method was patched between calls): every call
/// sees one whole method, never a mix of two cache entries.
fn is_signed_sum(r: i64, n: i64) -> bool {
    let base: i64 = (0..n).map(|i| i + 1).sum();
    let total: i64 = (0..n).sum();
    let d = r - base;
    if d % 2 != 0 {
        return false;
    }
    let signed = d / 2;
    // signed = total - 2 * (sum of the negated i's)
    signed.abs() <= total && (total - signed) % 2 == 0 && total - signed >= 0
}

fn setup() -> Interpreter {
    let interp = Interpreter::new();
    interp.run_module(MODULE, "m.py", "m").unwrap();
    interp
}

#[test]
fn sites_specialize_after_warmup() {
    let interp = setup();
    let before = disassemble(&code_of(&interp, "m", "work"), true);
    assert!(before.contains("LoadMethod "), "{before}");
    for _ in 0..3 {
        let r = interp.call_repr("m", "work", &[50]).unwrap();
        assert_eq!(r, expected(50, false).to_string());
    }
    let after = disassemble(&code_of(&interp, "m", "work"), true);
    for form in [
        "LoadMethodWithValues",
        "LoadAttrInstanceValue",
        "LoadGlobalModule",
        "LoadGlobalBuiltin",
        "BinaryOpAddInt",
        "BinaryOpMultiplyInt",
    ] {
        assert!(after.contains(form), "expected {form} in:\n{after}");
    }
    let init = disassemble(&method_code(&interp, "P", "__init__"), true);
    assert!(init.contains("StoreAttrInstanceAdd"), "{init}");
    // The deoptimized view never shows specialized forms.
    let plain = disassemble(&code_of(&interp, "m", "work"), false);
    assert!(!plain.contains("LoadMethodWithValues"), "{plain}");
}

#[test]
fn a_class_change_deoptimizes_and_respecializes() {
    let interp = setup();
    for _ in 0..3 {
        interp.call_repr("m", "work", &[50]).unwrap();
    }
    // Replacing the method bumps P's version tag: the cached method must
    // not be used again.
    interp
        .run_module("import m\nm.P.get = m.other_get\n", "patch.py", "patch")
        .unwrap();
    let r = interp.call_repr("m", "work", &[50]).unwrap();
    assert_eq!(r, expected(50, true).to_string());
    // 50 iterations miss at most COOLDOWN times before the site goes back
    // to its base form, then it specializes again on the new method.
    for _ in 0..5 {
        let r = interp.call_repr("m", "work", &[50]).unwrap();
        assert_eq!(r, expected(50, true).to_string());
    }
    let after = disassemble(&code_of(&interp, "m", "work"), true);
    assert!(after.contains("LoadMethodWithValues"), "{after}");
    let stats = weft::specialize::stats::snapshot();
    let (_, load_method) = stats
        .iter()
        .find(|(f, _)| f.name() == "LoadMethod")
        .unwrap();
    assert!(load_method.deopts >= 1, "{load_method:?}");
    assert!(load_method.specialized >= 2, "{load_method:?}");
}

#[test]
fn threads_share_one_warm_copy_while_the_class_changes() {
    let interp = setup();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let interp = interp.clone();
            thread::spawn(move || {
                for _ in 0..40 {
                    let r: i64 = interp
                        .call_repr("m", "work", &[20])
                        .unwrap()
                        .parse()
                        .unwrap();
                    assert!(is_signed_sum(r, 20), "thread {t}: impossible result {r}");
                }
            })
        })
        .collect();
    for i in 0..10 {
        let code = if i % 2 == 0 {
            "import m\nm.P.get = m.other_get\n"
        } else {
            "import m\ndef get(self):\n    return self.x\nm.P.get = get\n"
        };
        interp.run_module(code, "patch.py", "patch").unwrap();
    }
    for h in handles {
        h.join().unwrap();
    }
    // After the last patch (the original behaviour), every thread agrees.
    let r = interp.call_repr("m", "work", &[20]).unwrap();
    assert_eq!(r, expected(20, false).to_string());
}
