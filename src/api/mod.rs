//! The embedding API: what a Rust host sees.
//!
//! An `Interpreter` is cheap to clone and `Send + Sync`: hand clones to as
//! many threads as you like; each thread runs Python code through its own
//! `Vm` (`Interpreter::vm`), and all of them share modules, classes,
//! functions and globals.

use std::sync::Arc;

use crate::interp::{InterpState, Vm};
use crate::object::Value;

/// A Python interpreter shared by any number of threads.
#[derive(Clone)]
pub struct Interpreter {
    state: Arc<InterpState>,
}

/// A Python exception that escaped to the host, formatted as CPython's
/// traceback would print it.
#[derive(Debug, Clone)]
pub struct RunError {
    /// The exception's type name (`ValueError`).
    pub type_name: String,
    /// The full traceback text, ending with `Type: message`.
    pub traceback: String,
    /// For SystemExit: the exit status it asks for.
    pub exit_code: Option<i32>,
}

impl std::fmt::Display for RunError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.traceback)
    }
}

impl std::error::Error for RunError {}

const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Interpreter>();
    assert_send_sync::<InterpState>();
    assert_send_sync::<crate::bytecode::CodeObject>();
};

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    pub fn new() -> Interpreter {
        Interpreter {
            state: InterpState::new(),
        }
    }

    /// The shared state (for code inside the crate and advanced hosts).
    pub fn state(&self) -> &Arc<InterpState> {
        &self.state
    }

    /// A thread state for running code on the calling thread.
    pub fn vm(&self) -> Vm {
        Vm::new(self.state.clone())
    }

    /// Sets `sys.argv`.
    pub fn set_argv(&self, argv: Vec<String>) {
        *self.state.argv.write() = argv;
    }

    /// Runs `source` as the `__main__` module on the calling thread.
    /// As CPython, it then waits for the threads `threading` started that
    /// are not daemons, even when the module raised.
    pub fn run_main(&self, source: &str, filename: &str) -> Result<(), RunError> {
        let mut vm = self.vm();
        let result = vm
            .run_source(source, filename, "__main__")
            .map(|_| ())
            .map_err(|e| to_run_error(&mut vm, e.exc));
        let shutdown = finish_program(&mut vm).map_err(|e| to_run_error(&mut vm, e.exc));
        result.and(shutdown)
    }

    /// Runs `source` as a module named `name`; its globals stay reachable
    /// through `call` by that module name.
    pub fn run_module(&self, source: &str, filename: &str, name: &str) -> Result<(), RunError> {
        let mut vm = self.vm();
        vm.run_source(source, filename, name)
            .map(|_| ())
            .map_err(|e| to_run_error(&mut vm, e.exc))
    }

    /// Calls `module.function(*args)` with int arguments and returns the
    /// result's `repr` (a minimal host call; a richer value API comes with
    /// the embedding issue).
    pub fn call_repr(
        &self,
        module: &str,
        function: &str,
        args: &[i64],
    ) -> Result<String, RunError> {
        let mut vm = self.vm();
        let result = (|| {
            let m = vm.import_module(module)?;
            let f = vm.getattr_str(m, function)?;
            let args: Vec<Value> = args.iter().map(|&a| vm.new_int(a)).collect();
            let r = vm.call(f, &args)?;
            vm.repr_of(r)
        })();
        result.map_err(|e| to_run_error(&mut vm, e.exc))
    }
}

impl Interpreter {
    /// Evaluates the expression `expr` in the globals of the module named
    /// `module` and returns the result's `repr`.
    pub fn eval_repr(&self, module: &str, expr: &str) -> Result<String, RunError> {
        let mut vm = self.vm();
        let result = (|| {
            let code = crate::compile::compile_expression(expr, "<string>")
                .map_err(|e| vm.syntax_error(&e))?;
            let m = vm.import_module(module)?;
            let globals = vm.module_dict(m);
            let r = vm.run_code(&code, globals)?;
            vm.repr_of(r)
        })();
        result.map_err(|e| to_run_error(&mut vm, e.exc))
    }
}

/// The end of a program, as CPython's: wait for the non-daemon threads
/// (`threading._shutdown()`), then run the `atexit` functions, each only if
/// the program imported the module.
fn finish_program(vm: &mut Vm) -> crate::interp::PyResult<()> {
    for (module, function) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
        let modules = vm.interp.modules;
        let key = vm.intern(module);
        let Some(m) = vm.dict_get_str(modules, key) else {
            continue;
        };
        let name = vm.intern(function);
        if let Some(f) = vm.getattr_opt(m, name)? {
            vm.call(f, &[])?;
        }
    }
    Ok(())
}

fn to_run_error(vm: &mut Vm, exc: Value) -> RunError {
    let type_name = vm.type_name(exc);
    let exit_code = if vm.isinstance(exc, vm.types().exc("SystemExit")) {
        Some(system_exit_code(vm, exc))
    } else {
        None
    };
    let traceback = if exit_code.is_some() {
        String::new()
    } else {
        vm.format_exception(exc)
    };
    RunError {
        type_name,
        traceback,
        exit_code,
    }
}

/// The process exit status SystemExit asks for (printing a non-int code to
/// stderr as CPython does).
fn system_exit_code(vm: &mut Vm, exc: Value) -> i32 {
    let code = vm.getattr_str(exc, "code").unwrap_or(Value::NONE);
    if code.is_none() {
        return 0;
    }
    if code.is_small_int() {
        return code.as_small_int() as i32;
    }
    if code.is_bool() {
        return (code == Value::TRUE) as i32;
    }
    if let Ok(s) = vm.str_of(code) {
        eprintln!("{s}");
    }
    1
}
