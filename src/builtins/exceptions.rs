//! BaseException and its subclasses: construction and attributes.

use crate::interp::errors::as_exception;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::Value;
use crate::sync::Ordering;

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut cls = args.pos[0];
    if cls == vm.types().exc("OSError") {
        // `OSError(errno, strerror)` makes the subclass for that errno.
        if let (Some(&n), Some(_)) = (args.pos.get(1), args.pos.get(2)) {
            if let Some(sub) = n
                .is_small_int()
                .then(|| errno_subclass(n.as_small_int()))
                .flatten()
            {
                cls = vm.types().exc(sub);
            }
        }
    }
    let e = vm.new_exception(cls, args.pos[1..].to_vec());
    Ok(e)
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
fn errno_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn no_exc_kwargs(vm: &mut Vm, args: &Args) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    let t = vm.type_name(args.pos[0]);
    Err(vm.type_error(format!("{t}() takes no keyword arguments")))
}

/// `OSError.__init__(errno, strerror[, filename[, winerror[, filename2]]])`:
/// with a filename, `args` keeps only `(errno, strerror)`.
fn os_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_exc_kwargs(vm, &args)?;
    let v = args.pos[0];
    let rest = &args.pos[1..];
    let kept = if (3..=5).contains(&rest.len()) {
        vm.set_exception_attr(v, "filename", rest[2]);
        if let Some(&f2) = rest.get(4) {
            vm.set_exception_attr(v, "filename2", f2);
        }
        &rest[..2]
    } else {
        rest
    };
    let t = vm.new_tuple(kept.to_vec());
    *exc(vm, v)?.args.write() = t;
    Ok(Value::NONE)
}

/// `errno` / `strerror`: set explicitly, else from a 2-5 item args.
fn os_field(vm: &mut Vm, v: Value, name: &str, index: usize) -> PyResult<Value> {
    if let Some(a) = vm.exception_attr(v, name) {
        return Ok(a);
    }
    let args = *exc(vm, v)?.args.read();
    let items = vm.tuple_items(args);
    Ok(if (2..=5).contains(&items.len()) {
        items[index]
    } else {
        Value::NONE
    })
}

fn get_errno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    os_field(vm, v, "errno", 0)
}

fn set_errno(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    vm.set_exception_attr(v, "errno", value);
    Ok(())
}

fn get_strerror(vm: &mut Vm, v: Value) -> PyResult<Value> {
    os_field(vm, v, "strerror", 1)
}

fn set_strerror(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    vm.set_exception_attr(v, "strerror", value);
    Ok(())
}

fn get_filename2(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.exception_attr(v, "filename2").unwrap_or(Value::NONE))
}

fn os_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let errno = get_errno(vm, v)?;
    let strerror = get_strerror(vm, v)?;
    let filename = vm.exception_attr(v, "filename").filter(|f| !f.is_none());
    let filename2 = vm.exception_attr(v, "filename2").filter(|f| !f.is_none());
    if let Some(f) = filename {
        let (e, s, f) = (vm.str_of(errno)?, vm.str_of(strerror)?, vm.repr_of(f)?);
        let text = match filename2 {
            Some(f2) => format!("[Errno {e}] {s}: {f} -> {}", vm.repr_of(f2)?),
            None => format!("[Errno {e}] {s}: {f}"),
        };
        return Ok(vm.new_str(text));
    }
    if !errno.is_none() && !strerror.is_none() {
        let (e, s) = (vm.str_of(errno)?, vm.str_of(strerror)?);
        return Ok(vm.new_str(format!("[Errno {e}] {s}")));
    }
    exc_str(vm, args)
}

/// `add_note(note)`: appends to the `__notes__` list (made on first use).
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "add_note", 2, 2)?;
    let (v, note) = (args.pos[0], args.pos[1]);
    if vm.as_str(note).is_none() {
        let t = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{t}'")));
    }
    let notes = match vm.exception_attr(v, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.set_exception_attr(v, "__notes__", l);
            l
        }
    };
    match notes.as_obj().map(|o| &o.data) {
        Some(crate::object::ObjData::List(l)) => l.write().push(note),
        _ => return Err(vm.type_error("Cannot add notes to non-list __notes__")),
    }
    Ok(Value::NONE)
}

/// `__reduce__`: `(type, args)`, plus the attribute dict when it has any.
fn exc_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let e = exc(vm, v)?;
    let (a, d) = (*e.args.read(), *e.dict.read());
    let t = vm.type_of(v);
    let has_dict = match d.as_obj().map(|o| &o.data) {
        Some(crate::object::ObjData::Dict(dd)) => !dd.is_empty(),
        _ => false,
    };
    Ok(if has_dict {
        vm.new_tuple(vec![t, a, d])
    } else {
        vm.new_tuple(vec![t, a])
    })
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
/// end_offset]))` sets those attributes.
fn syntax_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_exc_kwargs(vm, &args)?;
    let v = args.pos[0];
    let rest = &args.pos[1..];
    if rest.len() == 2 {
        let info = vm.collect(rest[1])?;
        if !(4..=6).contains(&info.len()) {
            return Err(vm.index_error("tuple index out of range"));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, &val) in names.iter().zip(info.iter()) {
            vm.set_exception_attr(v, name, val);
        }
    }
    let t = vm.new_tuple(rest.to_vec());
    *exc(vm, v)?.args.write() = t;
    Ok(Value::NONE)
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` (and the
/// encode flavour) keep the five parts as attributes.
fn unicode_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_exc_kwargs(vm, &args)?;
    let v = args.pos[0];
    let rest = &args.pos[1..];
    if rest.len() == 5 {
        for (name, &val) in ["encoding", "object", "start", "end", "reason"]
            .iter()
            .zip(rest.iter())
        {
            vm.set_exception_attr(v, name, val);
        }
    }
    let t = vm.new_tuple(rest.to_vec());
    *exc(vm, v)?.args.write() = t;
    Ok(Value::NONE)
}

fn unicode_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let a = *exc(vm, v)?.args.read();
    let n = vm.tuple_items(a).len();
    let parts: Vec<Option<Value>> = ["encoding", "object", "start", "end", "reason"]
        .iter()
        .map(|name| vm.exception_attr(v, name))
        .collect();
    let (Some(enc), Some(obj), Some(start), Some(end), Some(reason)) =
        (parts[0], parts[1], parts[2], parts[3], parts[4])
    else {
        return exc_str(vm, args);
    };
    if n != 5 {
        return exc_str(vm, args);
    }
    let (enc, reason) = (vm.str_of(enc)?, vm.str_of(reason)?);
    let (start, end) = (vm.to_i64(start)?, vm.to_i64(end)?);
    let decode = vm.isinstance(v, vm.types().exc("UnicodeDecodeError"));
    let text = if decode {
        let byte = match obj.as_obj().map(|o| &o.data) {
            Some(crate::object::ObjData::Bytes(b)) => b.get(start as usize).copied(),
            _ => None,
        };
        match byte {
            Some(b) if end == start + 1 => {
                format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            }
            _ => format!(
                "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        let ch = vm
            .as_str(obj)
            .and_then(|s| s.chars().nth(start as usize))
            .filter(|_| end == start + 1);
        match ch {
            Some(c) => {
                let c = c as u32;
                let shown = if c < 0x100 {
                    format!("\\x{c:02x}")
                } else if c < 0x10000 {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!(
                    "'{enc}' codec can't encode character '{shown}' in position {start}: {reason}"
                )
            }
            None => format!(
                "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(vm.new_str(text))
}

fn get_obj(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.exception_attr(v, "obj").unwrap_or(Value::NONE))
}

fn get_import_msg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if let Some(m) = vm.exception_attr(v, "msg") {
        return Ok(m);
    }
    let args = *exc(vm, v)?.args.read();
    let items = vm.tuple_items(args);
    Ok(if items.len() == 1 {
        items[0]
    } else {
        Value::NONE
    })
}

/// `ImportError(msg, name=..., path=...)`.
fn import_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    for (i, &k) in args.kwnames.iter().enumerate() {
        match vm.as_str(k) {
            Some(n @ ("name" | "path")) => {
                let n = n.to_string();
                vm.set_exception_attr(v, &n, args.kwvalues[i]);
            }
            Some(other) => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for ImportError()"
                )));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let t = vm.new_tuple(args.pos[1..].to_vec());
    *exc(vm, v)?.args.write() = t;
    Ok(Value::NONE)
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_exc_kwargs(vm, &args)?;
    if let Some(e) = as_exception(args.pos[0]) {
        let t = vm.new_tuple(args.pos[1..].to_vec());
        *e.args.write() = t;
    }
    Ok(Value::NONE)
}

/// `BaseException.__str__`: nothing for no args, the one arg's `str`
/// (its `repr` for KeyError), else the args tuple's `repr`.
fn exc_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let tuple = *exc(vm, v)?.args.read();
    let items = vm.tuple_items(tuple);
    let is_key_error = vm.isinstance(v, vm.types().exc("KeyError"));
    match items.len() {
        0 => Ok(vm.intern("")),
        1 if is_key_error => vm.repr(items[0]),
        1 => vm.to_str(items[0]),
        _ => vm.repr(tuple),
    }
}

/// `BaseException.__repr__`: `Name(arg, ...)`.
fn exc_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let tuple = *exc(vm, v)?.args.read();
    let items = vm.tuple_items(tuple).to_vec();
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        parts.push(vm.repr_of(item)?);
    }
    let name = vm.type_name(v);
    Ok(vm.new_str(format!("{name}({})", parts.join(", "))))
}

fn exc(vm: &mut Vm, v: Value) -> PyResult<&'static crate::object::ExceptionObj> {
    match as_exception(v) {
        Some(e) => Ok(e),
        None => Err(vm.type_error("descriptor requires a 'BaseException' object")),
    }
}

fn get_args(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*exc(vm, v)?.args.read())
}

fn set_args(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("args may not be deleted"));
    }
    let items = vm.collect(value)?;
    let t = vm.new_tuple(items);
    *exc(vm, v)?.args.write() = t;
    Ok(())
}

fn get_cause(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(exc(vm, v)?.cause.get())
}

fn set_cause(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("__cause__ may not be deleted"));
    }
    if !value.is_none() && as_exception(value).is_none() {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    let e = exc(vm, v)?;
    e.cause.set(value);
    e.suppress_context.store(true, Ordering::Relaxed);
    Ok(())
}

fn get_context(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(exc(vm, v)?.context.get())
}

fn set_context(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("__context__ may not be deleted"));
    }
    if !value.is_none() && as_exception(value).is_none() {
        return Err(vm.type_error("exception context must be None or derive from BaseException"));
    }
    exc(vm, v)?.context.set(value);
    Ok(())
}

fn get_suppress(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::bool(
        exc(vm, v)?.suppress_context.load(Ordering::Relaxed),
    ))
}

fn set_suppress(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        return Err(vm.type_error("can't delete numeric/char attribute"));
    }
    let b = vm.truthy(value)?;
    exc(vm, v)?.suppress_context.store(b, Ordering::Relaxed);
    Ok(())
}

fn get_traceback(vm: &mut Vm, v: Value) -> PyResult<Value> {
    exc(vm, v)?;
    Ok(super::traceback::traceback_of(vm, v))
}

fn set_traceback(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    exc(vm, v)?;
    if value.is_null() {
        return Err(vm.type_error("__traceback__ may not be deleted"));
    }
    super::traceback::set_traceback(vm, v, value)
}

fn first_arg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let args = *exc(vm, v)?.args.read();
    Ok(vm.tuple_items(args).first().copied().unwrap_or(Value::NONE))
}

/// `SystemExit.code`: None, the one argument, or the args tuple.
fn get_code(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let args = *exc(vm, v)?.args.read();
    let items = vm.tuple_items(args);
    Ok(match items.len() {
        0 => Value::NONE,
        1 => items[0],
        _ => args,
    })
}

fn named_attr_or_first(vm: &mut Vm, v: Value, name: &str) -> PyResult<Value> {
    if let Some(a) = vm.exception_attr(v, name) {
        return Ok(a);
    }
    if name == "msg" {
        return first_arg(vm, v);
    }
    Ok(Value::NONE)
}

fn get_msg(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "msg")
}

fn get_lineno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "lineno")
}

fn get_filename(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "filename")
}

fn get_offset(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "offset")
}

fn get_text(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "text")
}

fn get_name_attr(vm: &mut Vm, v: Value) -> PyResult<Value> {
    named_attr_or_first(vm, v, "name")
}

fn get_obj_attr(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.exception_attr(v, "obj").unwrap_or(Value::NONE))
}

/// `with_traceback(tb)`: sets `__traceback__` and returns the exception.
fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "with_traceback", 2, 2)?;
    let v = args.pos[0];
    exc(vm, v)?;
    super::traceback::set_traceback(vm, v, args.pos[1])?;
    Ok(v)
}

fn syntax_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let msg = get_msg(vm, v)?;
    let msg = vm.str_of(msg)?;
    let filename = vm.exception_attr(v, "filename").filter(|f| !f.is_none());
    let lineno = vm.exception_attr(v, "lineno").filter(|l| !l.is_none());
    let s = match (filename, lineno) {
        (Some(f), Some(l)) => {
            let f = vm.str_of(f)?;
            let base = f.rsplit('/').next().unwrap_or(&f).to_string();
            let l = vm.str_of(l)?;
            format!("{msg} ({base}, line {l})")
        }
        (None, Some(l)) => format!("{msg} (line {})", vm.str_of(l)?),
        _ => msg,
    };
    Ok(vm.new_str(s))
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    let base = t.exc("BaseException");
    super::add_method(interp, base, "__new__", exc_new);
    super::add_method(interp, base, "__init__", exc_init);
    super::add_method(interp, base, "__str__", exc_str);
    super::add_method(interp, base, "__repr__", exc_repr);
    super::add_method(interp, base, "with_traceback", with_traceback);
    super::add_method(interp, base, "add_note", add_note);
    super::add_method(interp, base, "__reduce__", exc_reduce);
    let os = t.exc("OSError");
    super::add_method(interp, os, "__init__", os_init);
    super::add_method(interp, os, "__str__", os_str);
    super::add_getset(interp, os, "errno", get_errno, Some(set_errno));
    super::add_getset(interp, os, "strerror", get_strerror, Some(set_strerror));
    super::add_getset(interp, os, "filename", get_filename, None);
    super::add_getset(interp, os, "filename2", get_filename2, None);
    for name in ["UnicodeDecodeError", "UnicodeEncodeError"] {
        super::add_method(interp, t.exc(name), "__init__", unicode_init);
        super::add_method(interp, t.exc(name), "__str__", unicode_str);
    }
    let import = t.exc("ImportError");
    super::add_method(interp, import, "__init__", import_init);
    super::add_getset(interp, import, "msg", get_import_msg, None);
    super::add_getset(interp, t.exc("AttributeError"), "obj", get_obj, None);
    super::add_getset(interp, base, "args", get_args, Some(set_args));
    super::add_getset(interp, base, "__cause__", get_cause, Some(set_cause));
    super::add_getset(interp, base, "__context__", get_context, Some(set_context));
    super::add_getset(
        interp,
        base,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    super::add_getset(
        interp,
        base,
        "__traceback__",
        get_traceback,
        Some(set_traceback),
    );
    super::add_getset(interp, t.exc("StopIteration"), "value", first_arg, None);
    super::add_getset(interp, t.exc("SystemExit"), "code", get_code, None);
    let syntax = t.exc("SyntaxError");
    super::add_getset(interp, syntax, "msg", get_msg, None);
    super::add_getset(interp, syntax, "lineno", get_lineno, None);
    super::add_getset(interp, syntax, "filename", get_filename, None);
    super::add_getset(interp, syntax, "offset", get_offset, None);
    super::add_getset(interp, syntax, "text", get_text, None);
    super::add_method(interp, syntax, "__str__", syntax_error_str);
    super::add_method(interp, syntax, "__init__", syntax_init);
    for name in ["ImportError", "NameError", "AttributeError"] {
        super::add_getset(interp, t.exc(name), "name", get_name_attr, None);
    }
    super::add_getset(interp, t.exc("AttributeError"), "obj", get_obj_attr, None);
}
