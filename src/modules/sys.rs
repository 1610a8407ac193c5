//! The `sys` module: argv, version information, the recursion limit,
//! `exit`, the standard streams and friends.
//!
//! `sys.stdout` and `sys.stderr` are instances of a small builtin
//! `TextIOWrapper` type whose instance dict records the file descriptor
//! (`_fd`); `print` writes to them directly (see `stream_fd`).

use std::io::Write;

use crate::builtins::{add_getset, add_method, check_arity, no_kwargs};
use crate::interp::builtin_types::new_type;
use crate::interp::{Args, PyErr, PyResult, Vm};
use crate::object::{InstanceObj, ObjData, Value};
use crate::sync::Ordering;

use super::{add_function, add_value};

/// The interpreter version weft implements.
const VERSION_INFO: (i64, i64, i64) = (3, 11, 7);

// ----- standard streams ----------------------------------------------------

/// Writes `s` to file descriptor 1 or 2. Rust's stdout is flushed before
/// anything goes to stderr so that the two interleave as written.
pub fn write_fd(fd: i64, s: &str) {
    if fd == 2 {
        let _ = std::io::stdout().flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    } else {
        let _ = std::io::stdout().lock().write_all(s.as_bytes());
    }
}

/// Flushes file descriptor 1 or 2.
pub fn flush_fd(fd: i64) {
    if fd == 2 {
        let _ = std::io::stderr().flush();
    } else {
        let _ = std::io::stdout().flush();
    }
}

/// The file descriptor of a builtin standard stream object, or `None` for
/// anything else (a user's file-like object).
pub fn stream_fd(vm: &Vm, v: Value) -> Option<i64> {
    let Some(ObjData::Instance(inst)) = v.as_obj().map(|o| &o.data) else {
        return None;
    };
    let t = vm.type_obj(vm.type_of(v));
    if t.name != "TextIOWrapper" || t.flags & crate::object::types::type_flags::HEAPTYPE != 0 {
        return None;
    }
    let key = vm.intern("_fd");
    let fd = inst.get(vm, key)?;
    fd.is_small_int().then(|| fd.as_small_int())
}

/// `sys.<name>` if `sys` has been imported (print's default stream).
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.interp.modules;
    let key = vm.intern("sys");
    let sys = vm.dict_get_str(modules, key)?;
    let ObjData::Module(m) = &sys.as_obj()?.data else {
        return None;
    };
    let key = vm.intern(name);
    vm.dict_get_str(m.dict, key)
}

fn stream_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    match args.pos.first().and_then(|&v| stream_fd(vm, v)) {
        Some(fd) => Ok(fd),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a '_io.TextIOWrapper' object"
        ))),
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "write")?;
    if fd == 0 {
        return Err(unsupported(vm, "not writable"));
    }
    no_kwargs(vm, &args, "TextIOWrapper.write")?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let v = args.pos[1];
    let (s, n) = match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => (s.as_str(), s.char_len()),
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        }
    };
    write_fd(fd, s);
    Ok(vm.new_int(n as i64))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "writelines")?;
    check_arity(vm, &args, "writelines", 2, 2)?;
    let items = vm.collect(args.pos[1])?;
    let mut out = String::new();
    for v in items {
        match vm.as_str(v) {
            Some(s) => out.push_str(s),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("write() argument must be str, not {t}")));
            }
        }
    }
    write_fd(fd, &out);
    Ok(Value::NONE)
}

fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "flush")?;
    flush_fd(fd);
    Ok(Value::NONE)
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "fileno")?;
    Ok(vm.new_int(fd))
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = stream_self(vm, &args, "isatty")?;
    Ok(Value::bool(match fd {
        0 => std::io::stdin().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => std::io::stdout().is_terminal(),
    }))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "writable")?;
    Ok(Value::bool(fd != 0))
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fd = stream_self(vm, &args, "readable")?;
    Ok(Value::bool(fd == 0))
}

fn stream_false(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_self(vm, &args, "seekable")?;
    Ok(Value::FALSE)
}

/// The stream of a reading method: stdin only, as CPython's
/// `io.UnsupportedOperation: not readable` for the others.
fn stdin_self(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if stream_self(vm, args, name)? != 0 {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(())
}

/// `io.UnsupportedOperation(msg)` (an OSError).
fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let class = vm
        .import_module("io")
        .ok()
        .and_then(|io| {
            let key = vm.intern("UnsupportedOperation");
            vm.getattr_opt(io, key).ok().flatten()
        })
        .unwrap_or_else(|| vm.types().exc("OSError"));
    let msg = vm.new_str(msg);
    PyErr {
        exc: vm.new_exception(class, vec![msg]),
    }
}

/// An optional size argument (`None` or negative: no limit).
fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    match args.pos.get(1) {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(&v) => {
            use num_traits::ToPrimitive;
            let n = vm.to_index(v)?;
            Ok(n.to_usize())
        }
    }
}

/// One line of standard input (with its newline; empty at the end), read
/// through the process's one buffered reader (`input()` uses it too).
pub fn read_stdin_line(limit: Option<usize>) -> std::io::Result<Vec<u8>> {
    use std::io::BufRead;
    let mut buf = Vec::new();
    let mut stdin = std::io::stdin().lock();
    match limit {
        None => {
            stdin.read_until(b'\n', &mut buf)?;
        }
        Some(n) => {
            while buf.len() < n {
                let chunk = stdin.fill_buf()?;
                if chunk.is_empty() {
                    break;
                }
                let room = n - buf.len();
                let take = match chunk.iter().position(|&b| b == b'\n') {
                    Some(i) if i < room => i + 1,
                    _ => chunk.len().min(room),
                };
                buf.extend_from_slice(&chunk[..take]);
                let done = buf.last() == Some(&b'\n');
                stdin.consume(take);
                if done {
                    break;
                }
            }
        }
    }
    Ok(buf)
}

/// A line of standard input for the stream methods; a read error is an
/// OSError.
fn stdin_line(vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    read_stdin_line(limit).map_err(|e| vm.new_error("OSError", e.to_string()))
}

fn stream_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stdin_self(vm, &args, "readline")?;
    check_arity(vm, &args, "readline", 1, 2)?;
    let limit = size_arg(vm, &args)?;
    let line = stdin_line(vm, limit)?;
    Ok(vm.new_str(String::from_utf8_lossy(&line).into_owned()))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    stdin_self(vm, &args, "read")?;
    check_arity(vm, &args, "read", 1, 2)?;
    let mut buf = Vec::new();
    match size_arg(vm, &args)? {
        None => {
            let _ = std::io::stdin().lock().read_to_end(&mut buf);
        }
        Some(n) => {
            let _ = std::io::stdin().lock().take(n as u64).read_to_end(&mut buf);
        }
    }
    Ok(vm.new_str(String::from_utf8_lossy(&buf).into_owned()))
}

fn stream_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stdin_self(vm, &args, "readlines")?;
    let mut lines = Vec::new();
    loop {
        let line = stdin_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        lines.push(vm.new_str(String::from_utf8_lossy(&line).into_owned()));
    }
    Ok(vm.new_list(lines))
}

fn stream_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stream_self(vm, &args, "__iter__")?;
    Ok(args.pos[0])
}

fn stream_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stdin_self(vm, &args, "__next__")?;
    let line = stdin_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.new_error_empty("StopIteration"));
    }
    Ok(vm.new_str(String::from_utf8_lossy(&line).into_owned()))
}

/// Makes a builtin (non-heap) type visible as `module.name`.
fn make_type(vm: &mut Vm, name: &str, module: &str, base: Value) -> Value {
    let ty = new_type(&vm.interp.heap, name, &[base], 0);
    ty.obj().set_class(vm.types().type_);
    if let ObjData::Type(t) = &ty.obj().data {
        t.dict.obj().set_class(vm.types().dict);
        *t.module.write() = vm.intern(module);
    }
    ty
}

fn make_streams(vm: &mut Vm, module: Value) {
    let object = vm.types().object;
    let ty = make_type(vm, "TextIOWrapper", "_io", object);
    let interp = vm.interp.clone();
    add_method(&interp, ty, "write", stream_write);
    add_method(&interp, ty, "writelines", stream_writelines);
    add_method(&interp, ty, "flush", stream_flush);
    add_method(&interp, ty, "fileno", stream_fileno);
    add_method(&interp, ty, "isatty", stream_isatty);
    add_method(&interp, ty, "writable", stream_writable);
    add_method(&interp, ty, "readable", stream_readable);
    add_method(&interp, ty, "seekable", stream_false);
    add_method(&interp, ty, "readline", stream_readline);
    add_method(&interp, ty, "read", stream_read);
    add_method(&interp, ty, "readlines", stream_readlines);
    add_method(&interp, ty, "__iter__", stream_iter);
    add_method(&interp, ty, "__next__", stream_next);
    for (fd, name) in [(0, "stdin"), (1, "stdout"), (2, "stderr")] {
        let dict = vm.new_dict();
        let set = |vm: &mut Vm, k: &str, v: Value| {
            let k = vm.intern(k);
            vm.dict_set_str(dict, k, v);
        };
        set(vm, "_fd", Value::small_int_unchecked(fd));
        let n = vm.new_str(format!("<{name}>"));
        set(vm, "name", n);
        let mode = vm.intern(if fd == 0 { "r" } else { "w" });
        set(vm, "mode", mode);
        let enc = vm.intern("utf-8");
        set(vm, "encoding", enc);
        let errors = vm.intern(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        });
        set(vm, "errors", errors);
        set(vm, "closed", Value::FALSE);
        let inst = InstanceObj::new(vm, 8);
        for (k, v) in dict_items(dict) {
            inst.set(vm, k, v);
        }
        let stream = vm.alloc(ty, ObjData::Instance(inst));
        add_value(vm, module, name, stream);
        add_value(vm, module, &format!("__{name}__"), stream);
    }
}

fn dict_items(dict: Value) -> Vec<(Value, Value)> {
    match &dict.obj().data {
        ObjData::Dict(d) => d.entries().iter().map(|e| (e.key, e.value)).collect(),
        _ => Vec::new(),
    }
}

// ----- struct sequences (version_info, float_info) -------------------------

macro_rules! field_getters {
    ($($name:ident = $i:expr),*) => {
        $(fn $name(vm: &mut Vm, v: Value) -> PyResult<Value> {
            match vm.tuple_items(v).get($i) {
                Some(&x) => Ok(x),
                None => Ok(Value::NONE),
            }
        })*
        const FIELD_GETTERS: &[fn(&mut Vm, Value) -> PyResult<Value>] = &[$($name),*];
    };
}

field_getters!(
    f0 = 0,
    f1 = 1,
    f2 = 2,
    f3 = 3,
    f4 = 4,
    f5 = 5,
    f6 = 6,
    f7 = 7,
    f8 = 8,
    f9 = 9,
    f10 = 10
);

/// A tuple subclass instance with named fields (CPython's structseq).
fn struct_seq(vm: &mut Vm, name: &str, fields: &[&'static str], values: Vec<Value>) -> Value {
    let tuple = vm.types().tuple;
    let ty = make_type(vm, name, "sys", tuple);
    let interp = vm.interp.clone();
    for (i, &f) in fields.iter().enumerate() {
        add_getset(&interp, ty, f, FIELD_GETTERS[i], None);
    }
    vm.alloc(ty, ObjData::Tuple(values.into_boxed_slice()))
}

// ----- functions -------------------------------------------------------------

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "exit")?;
    check_arity(vm, &args, "exit", 0, 1)?;
    let class = vm.types().exc("SystemExit");
    let exc = vm.new_exception(class, args.pos.to_vec());
    Err(PyErr { exc })
}

/// `sys._type_version(cls)`: the class's current version tag, 0 when it has
/// none (weft only; for tests of the invalidation paths). Reading does not
/// assign a tag.
fn sys_type_version(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys._type_version")?;
    check_arity(vm, &args, "sys._type_version", 1, 1)?;
    let cls = args.pos[0];
    if !matches!(
        cls.as_obj().map(|o| &o.data),
        Some(crate::object::ObjData::Type(_))
    ) {
        return Err(vm.type_error("sys._type_version() argument must be a class"));
    }
    let tag = vm
        .type_obj(cls)
        .version
        .load(crate::sync::Ordering::Acquire);
    Ok(vm.new_int(tag as i64))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.getrecursionlimit")?;
    check_arity(vm, &args, "sys.getrecursionlimit", 0, 0)?;
    let n = vm.recursion_limit();
    Ok(vm.new_int(n as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.setrecursionlimit")?;
    check_arity(vm, &args, "sys.setrecursionlimit", 1, 1)?;
    let v = args.pos[0];
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.to_index(v)?;
    let Some(n) = num_traits::ToPrimitive::to_i32(&n) else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython counts one more level than weft's frame depth.
    let depth = vm.depth + 1;
    if depth >= n as usize {
        return Err(vm.new_error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.interp
        .recursion_limit
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::NONE)
}

fn sys_intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "intern")?;
    check_arity(vm, &args, "intern", 1, 1)?;
    let v = args.pos[0];
    match vm.as_str(v) {
        Some(s) if !vm.is_heap_instance(v) => Ok(vm.intern(s)),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("intern() argument must be str, not {t}")))
        }
    }
}

fn sys_exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.exc_info")?;
    check_arity(vm, &args, "sys.exc_info", 0, 0)?;
    let exc = vm.handled;
    if exc.is_none() || exc.is_null() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = vm.type_of(exc);
    let tb = crate::builtins::traceback::traceback_of(vm, exc);
    Ok(vm.new_tuple(vec![t, exc, tb]))
}

fn sys_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.exception")?;
    check_arity(vm, &args, "sys.exception", 0, 0)?;
    let exc = vm.handled;
    Ok(if exc.is_null() { Value::NONE } else { exc })
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.get_int_max_str_digits")?;
    check_arity(vm, &args, "sys.get_int_max_str_digits", 0, 0)?;
    Ok(vm.new_int(crate::builtins::int::MAX_STR_DIGITS as i64))
}

fn sys_getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.getdefaultencoding")?;
    check_arity(vm, &args, "sys.getdefaultencoding", 0, 0)?;
    Ok(vm.intern("utf-8"))
}

fn sys_getfilesystemencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "sys.getfilesystemencoding")?;
    check_arity(vm, &args, "sys.getfilesystemencoding", 0, 0)?;
    Ok(vm.intern("utf-8"))
}

/// Fills in the `sys` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let argv: Vec<String> = vm.interp.argv.read().clone();
    let argv_values: Vec<Value> = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let argv_list = vm.new_list(argv_values);
    add_value(vm, module, "argv", argv_list);
    let orig: Vec<Value> = argv.iter().map(|a| vm.new_str(a.as_str())).collect();
    let orig = vm.new_tuple(orig);
    add_value(vm, module, "orig_argv", orig);

    let script_dir = match argv.first() {
        // As CPython: the script's directory, made absolute.
        Some(a) if a != "-c" => std::path::absolute(a)
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_string_lossy().into_owned()))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let script_dir = vm.new_str(script_dir);
    let path = vm.new_list(vec![script_dir]);
    add_value(vm, module, "path", path);

    let (major, minor, micro) = VERSION_INFO;
    let version = vm.new_str(format!(
        "{major}.{minor}.{micro} (weft {})",
        env!("CARGO_PKG_VERSION")
    ));
    add_value(vm, module, "version", version);
    let final_ = vm.intern("final");
    let vi = struct_seq(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::small_int_unchecked(major),
            Value::small_int_unchecked(minor),
            Value::small_int_unchecked(micro),
            final_,
            Value::small_int_unchecked(0),
        ],
    );
    add_value(vm, module, "version_info", vi);
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    add_value(
        vm,
        module,
        "hexversion",
        Value::small_int_unchecked(hexversion),
    );
    let fi = struct_seq(
        vm,
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::float(f64::MAX),
            Value::small_int_unchecked(f64::MAX_EXP as i64),
            Value::small_int_unchecked(f64::MAX_10_EXP as i64),
            Value::float(f64::MIN_POSITIVE),
            Value::small_int_unchecked(f64::MIN_EXP as i64),
            Value::small_int_unchecked(f64::MIN_10_EXP as i64),
            Value::small_int_unchecked(f64::DIGITS as i64),
            Value::small_int_unchecked(f64::MANTISSA_DIGITS as i64),
            Value::float(f64::EPSILON),
            Value::small_int_unchecked(f64::RADIX as i64),
            Value::small_int_unchecked(1),
        ],
    );
    add_value(vm, module, "float_info", fi);

    for (name, value) in [
        ("platform", "linux"),
        (
            "byteorder",
            if cfg!(target_endian = "big") {
                "big"
            } else {
                "little"
            },
        ),
        ("copyright", "Copyright (c) the weft authors."),
        ("float_repr_style", "short"),
    ] {
        let v = vm.intern(value);
        add_value(vm, module, name, v);
    }
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exe = vm.new_str(exe);
    add_value(vm, module, "executable", exe);
    let maxsize = vm.new_int(i64::MAX);
    add_value(vm, module, "maxsize", maxsize);
    add_value(
        vm,
        module,
        "maxunicode",
        Value::small_int_unchecked(0x10ffff),
    );
    let modules = vm.interp.modules;
    add_value(vm, module, "modules", modules);
    let names: Vec<Value> = ["builtins", "sys", "math", "time"]
        .iter()
        .map(|n| vm.intern(n))
        .collect();
    let names = vm.new_tuple(names);
    add_value(vm, module, "builtin_module_names", names);

    make_streams(vm, module);

    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("_type_version", sys_type_version),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("intern", sys_intern),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getfilesystemencoding),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
