//! Builtins that talk to the outside: `print`, `input`, `exit`, `quit`.

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, NativeFn, PyErr, PyResult, Vm};
use crate::modules::sys::{flush_fd, stream_fd, sys_attr, write_fd};
use crate::object::Value;

use super::Params;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("input", builtin_input),
    ("exit", builtin_exit),
    ("quit", builtin_quit),
    ("open", builtin_open),
];

/// `open(...)`: `io.open` (src/modules/py/io.py, over `_fileio`).
fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let name = vm.intern("open");
    let f = vm.getattr(io, name)?;
    let mut all = args.pos.to_vec();
    all.extend_from_slice(args.kwvalues);
    vm.call_kw(f, &all, args.kwnames)
}

const PRINT_PARAMS: Params = Params {
    fname: "print",
    names: &["sep", "end", "file", "flush"],
    posonly: 0,
    maxpos: 0,
    required: 0,
    varargs: true,
};

/// Where `print` writes: a standard stream written directly, or any object
/// with a `write` method.
enum Sink {
    Fd(i64),
    Object(Value),
}

/// A `sep=` / `end=` argument: None or absent means the default.
fn text_arg(vm: &mut Vm, v: Option<Value>, what: &str, default: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) if v.is_none() => Ok(default.to_string()),
        Some(v) => match vm.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => {
                let t = vm.type_name(v);
                Err(vm.type_error(format!("{what} must be None or a string, not {t}")))
            }
        },
    }
}

/// `sys.stdout` when `sys` has been imported, else file descriptor 1.
fn default_stdout(vm: &mut Vm) -> Option<Sink> {
    match sys_attr(vm, "stdout") {
        None => Some(Sink::Fd(1)),
        Some(v) if v.is_none() => None,
        Some(v) => Some(sink_for(vm, v)),
    }
}

fn sink_for(vm: &mut Vm, v: Value) -> Sink {
    match stream_fd(vm, v) {
        Some(fd) => Sink::Fd(fd),
        None => Sink::Object(v),
    }
}

fn write_object(vm: &mut Vm, file: Value, s: String) -> PyResult<()> {
    let write = vm.getattr_str(file, "write")?;
    let s = vm.new_str(s);
    vm.call(write, &[s])?;
    Ok(())
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let kw = Args { pos: &[], ..args };
    let a = PRINT_PARAMS.bind(vm, &kw)?;
    let sink = match a[2] {
        Some(f) if !f.is_none() => Some(sink_for(vm, f)),
        _ => default_stdout(vm),
    };
    let Some(sink) = sink else {
        return Ok(Value::NONE);
    };
    let sep = text_arg(vm, a[0], "sep", " ")?;
    let end = text_arg(vm, a[1], "end", "\n")?;
    let flush = match a[3] {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    match sink {
        Sink::Fd(fd) => {
            // One write for the whole line; what was converted before an
            // error is still printed, as CPython prints piece by piece.
            let mut out = String::new();
            for (i, &v) in args.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                match vm.str_of(v) {
                    Ok(s) => out.push_str(&s),
                    Err(e) => {
                        write_fd(fd, &out);
                        return Err(e);
                    }
                }
            }
            out.push_str(&end);
            write_fd(fd, &out);
            if flush {
                flush_fd(fd);
            }
        }
        Sink::Object(file) => {
            for (i, &v) in args.pos.iter().enumerate() {
                if i > 0 {
                    write_object(vm, file, sep.clone())?;
                }
                let s = vm.str_of(v)?;
                write_object(vm, file, s)?;
            }
            write_object(vm, file, end)?;
            if flush {
                vm.call_method(file, "flush", &[])?;
            }
        }
    }
    Ok(Value::NONE)
}

fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "input")?;
    check_arity(vm, &args, "input", 0, 1)?;
    if let Some(&prompt) = args.pos.first() {
        let text = vm.str_of(prompt)?;
        match default_stdout(vm) {
            Some(Sink::Object(file)) => {
                write_object(vm, file, text)?;
                let _ = vm.call_method(file, "flush", &[]);
            }
            Some(Sink::Fd(fd)) => {
                write_fd(fd, &text);
                flush_fd(fd);
            }
            None => {}
        }
    } else {
        flush_fd(1);
    }
    let mut buf = crate::modules::sys::read_stdin_line(None)
        .map_err(|e| vm.new_error("OSError", e.to_string()))?;
    if buf.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
    }
    Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()))
}

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit(code).
fn quitter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let params = Params {
        fname: "Quitter.__call__",
        names: &["code"],
        posonly: 0,
        maxpos: 1,
        required: 0,
        varargs: false,
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.pos.len() + 1
        )));
    }
    for &k in args.kwnames {
        if vm.as_str(k) != Some("code") {
            let name = vm.as_str(k).unwrap_or("?").to_string();
            return Err(vm.type_error(format!(
                "Quitter.__call__() got an unexpected keyword argument '{name}'"
            )));
        }
    }
    let a = params.bind(vm, args)?;
    let code = a[0].unwrap_or(Value::NONE);
    let class = vm.types().exc("SystemExit");
    let exc = vm.new_exception(class, vec![code]);
    Err(PyErr { exc })
}

fn builtin_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    quitter(vm, &args)
}

fn builtin_quit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    quitter(vm, &args)
}
