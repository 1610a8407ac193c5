//! `eval`, `exec` and `compile`: source text (or a code object) run in a
//! namespace the caller chooses, by default its own; and `__import__`.
//!
//! Code runs in a frame whose globals are the given dict and whose locals
//! mapping, when it differs from the globals, takes the names stored by the
//! code, as a class body's namespace does. Inside a function the default
//! locals are a snapshot of its variables (`PublishLocals` before the
//! call), as in CPython: writing to them does not change the function's
//! variables.

use std::sync::Arc;

use super::Params;
use crate::bytecode::CodeObject;
use crate::interp::frame::Frame;
use crate::interp::{Args, NativeFn, PyResult, Vm};
use crate::object::{ObjData, Value};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("eval", builtin_eval),
    ("exec", builtin_exec),
    ("compile", builtin_compile),
    ("__import__", builtin_import),
];

/// How a source text is compiled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exec,
    Eval,
}

/// The text of a `str` or `bytes` source argument.
fn source_text(vm: &mut Vm, v: Value) -> Option<String> {
    if let Some(s) = vm.as_str(v) {
        return Some(s.to_string());
    }
    match &v.as_obj()?.data {
        ObjData::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    }
}

fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: Mode) -> PyResult<Arc<CodeObject>> {
    let r = match mode {
        // `eval` ignores leading blanks, as CPython's does.
        Mode::Eval => {
            crate::compile::compile_expression(text.trim_start_matches([' ', '\t']), filename)
        }
        Mode::Exec => crate::compile::compile_exec(text, filename),
    };
    r.map_err(|e| vm.syntax_error(&e))
}

/// The code to run for `eval`/`exec`'s first argument.
fn code_arg(vm: &mut Vm, fname: &str, src: Value, mode: Mode) -> PyResult<Value> {
    if let Some(ObjData::Code(co)) = src.as_obj().map(|o| &o.data) {
        if !co.code.freevars.is_empty() {
            return Err(vm.type_error(format!(
                "code object passed to {fname}() may not contain free variables"
            )));
        }
        return Ok(src);
    }
    let Some(text) = source_text(vm, src) else {
        return Err(vm.type_error(format!(
            "{fname}() arg 1 must be a string, bytes or code object"
        )));
    };
    let code = compile_text(vm, &text, "<string>", mode)?;
    Ok(vm.load_code(&code))
}

fn is_dict(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Dict(_)))
}

/// Whether `v` can serve as a locals mapping (it has `__getitem__`).
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if is_dict(v) {
        return true;
    }
    let key = vm.intern("__getitem__");
    let hash = vm.str_hash(key);
    let t = vm.type_of(v);
    vm.lookup_type_attr(t, key, hash).is_some()
}

/// The globals and locals to run in: the caller's when none are given,
/// `globals` for both when only it is.
fn namespaces(vm: &mut Vm, globals: Value, locals: Value) -> PyResult<(Value, Value)> {
    let (globals, locals) = if globals.is_none() {
        if vm.frame_globals.is_null() {
            return Err(vm.runtime_error("no current frame"));
        }
        let caller_locals = if vm.frame_locals.is_null() {
            vm.frame_globals
        } else {
            vm.frame_locals
        };
        let locals = if locals.is_none() {
            caller_locals
        } else {
            locals
        };
        (vm.frame_globals, locals)
    } else if locals.is_none() {
        (globals, globals)
    } else {
        (globals, locals)
    };
    let key = vm.interp.names.dunder_builtins;
    if vm.dict_get_str(globals, key).is_none() {
        let builtins = vm.import_module("builtins")?;
        vm.dict_set_str(globals, key, builtins);
    }
    Ok((globals, locals))
}

/// Runs a loaded code value in the namespaces.
fn run_in(vm: &mut Vm, code: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let frame = Frame {
        code,
        globals,
        builtins: vm.interp.builtins,
        locals_map: if locals == globals {
            Value::NULL
        } else {
            locals
        },
        slots: Vec::with_capacity(16),
        nlocals: 0,
        cells: Vec::new(),
        pc: 0,
    };
    vm.run_new_frame(frame)
}

const EVAL_PARAMS: Params = Params {
    fname: "eval",
    names: &["source", "globals", "locals"],
    posonly: 3,
    maxpos: 3,
    required: 1,
    varargs: false,
};

fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.kwnames.is_empty() && args.pos.is_empty() {
        return Err(vm.type_error("eval expected at least 1 argument, got 0"));
    }
    let a = EVAL_PARAMS.bind(vm, &args)?;
    let globals = a[1].unwrap_or(Value::NONE);
    let locals = a[2].unwrap_or(Value::NONE);
    if !globals.is_none() && !is_dict(globals) {
        let msg = if is_mapping(vm, globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        };
        return Err(vm.type_error(msg));
    }
    if !locals.is_none() && !is_mapping(vm, locals) {
        return Err(vm.type_error("locals must be a mapping"));
    }
    let code = code_arg(vm, "eval", a[0].expect("required"), Mode::Eval)?;
    let (globals, locals) = namespaces(vm, globals, locals)?;
    run_in(vm, code, globals, locals)
}

const EXEC_PARAMS: Params = Params {
    fname: "exec",
    names: &["source", "globals", "locals"],
    posonly: 3,
    maxpos: 3,
    required: 1,
    varargs: false,
};

fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    let a = EXEC_PARAMS.bind(vm, &args)?;
    let globals = a[1].unwrap_or(Value::NONE);
    let locals = a[2].unwrap_or(Value::NONE);
    if !globals.is_none() && !is_dict(globals) {
        let tn = vm.type_name(globals);
        return Err(vm.type_error(format!("exec() globals must be a dict, not {tn}")));
    }
    if !locals.is_none() && !is_mapping(vm, locals) {
        let tn = vm.type_name(locals);
        return Err(vm.type_error(format!("locals must be a mapping or None, not {tn}")));
    }
    let code = code_arg(vm, "exec", a[0].expect("required"), Mode::Exec)?;
    let (globals, locals) = namespaces(vm, globals, locals)?;
    run_in(vm, code, globals, locals)?;
    Ok(Value::NONE)
}

const COMPILE_PARAMS: Params = Params {
    fname: "compile",
    names: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ],
    posonly: 0,
    maxpos: 6,
    required: 3,
    varargs: false,
};

/// `compile(source, filename, mode)`. 'single' compiles as 'exec' does
/// (expression statements are not echoed); `flags`, `dont_inherit`,
/// `optimize` and the keyword-only `_feature_version` are accepted and
/// ignored.
fn builtin_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = COMPILE_PARAMS.bind(vm, &args)?;
    let src = a[0].expect("required");
    let Some(text) = source_text(vm, src) else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    let filename = a[1].expect("required");
    let Some(filename) = vm.as_str(filename).map(str::to_string) else {
        let tn = vm.type_name(filename);
        return Err(vm.type_error(format!(
            "compile() argument 'filename' must be str, not {tn}"
        )));
    };
    let mode = match vm.as_str(a[2].expect("required")) {
        Some("exec" | "single") => Mode::Exec,
        Some("eval") => Mode::Eval,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let code = compile_text(vm, &text, &filename, mode)?;
    Ok(vm.load_code(&code))
}

const IMPORT_PARAMS: Params = Params {
    fname: "__import__",
    names: &["name", "globals", "locals", "fromlist", "level"],
    posonly: 0,
    maxpos: 5,
    required: 1,
    varargs: false,
};

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// what an `import` statement does; the top package when `fromlist` is
/// empty. Relative imports resolve against the caller's `__package__`.
fn builtin_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = IMPORT_PARAMS.bind(vm, &args)?;
    let name = a[0].expect("required");
    let Some(text) = vm.as_str(name) else {
        return Err(vm.type_error("module name must be a string"));
    };
    let level = match a[4] {
        Some(l) => vm.to_index(l)?,
        None => 0.into(),
    };
    if level < 0.into() {
        return Err(vm.value_error("level must be >= 0"));
    }
    if text.is_empty() && level == 0.into() {
        return Err(vm.value_error("Empty module name"));
    }
    let fromlist = match a[3] {
        Some(f) if vm.truthy(f)? => f,
        _ => Value::NONE,
    };
    let level = vm.new_bigint(level);
    crate::interp::import::import_name(vm, name, level, fromlist)
}
