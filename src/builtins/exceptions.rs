//! BaseException and its subclasses: construction and attributes.

use crate::interp::errors::as_exception;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::Value;
use crate::sync::Ordering;

fn exc_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let e = vm.new_exception(cls, args.pos[1..].to_vec());
    Ok(e)
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

fn get_traceback(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::NONE)
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

fn with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0])
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
    super::add_getset(interp, base, "__traceback__", get_traceback, None);
    super::add_getset(interp, t.exc("StopIteration"), "value", first_arg, None);
    super::add_getset(interp, t.exc("SystemExit"), "code", get_code, None);
    let syntax = t.exc("SyntaxError");
    super::add_getset(interp, syntax, "msg", get_msg, None);
    super::add_getset(interp, syntax, "lineno", get_lineno, None);
    super::add_getset(interp, syntax, "filename", get_filename, None);
    super::add_getset(interp, syntax, "offset", get_offset, None);
    super::add_getset(interp, syntax, "text", get_text, None);
    super::add_method(interp, syntax, "__str__", syntax_error_str);
    for name in ["ImportError", "NameError", "AttributeError"] {
        super::add_getset(interp, t.exc(name), "name", get_name_attr, None);
    }
    super::add_getset(interp, t.exc("AttributeError"), "obj", get_obj_attr, None);
}
