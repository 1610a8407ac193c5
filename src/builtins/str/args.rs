//! Argument checking for the str methods, with CPython's messages (which
//! differ between methods taking keywords, positional-only methods and the
//! older `find`-style methods).

use num_traits::ToPrimitive;

use crate::builtins::slice::method_args;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{StrObj, Value};

use super::{is_str, str_obj};

/// Positional-only method: checks the receiver, refuses keywords and
/// checks the count; returns the arguments after the receiver.
pub fn recv<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    mname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    method_args(vm, args, "str", mname, min, max, is_str)
}

/// The receiver's payload (after `recv`/`kw_recv`/`tuple_recv`).
#[inline]
pub fn this<'a>(args: &Args) -> &'a StrObj {
    str_obj(args.pos[0]).expect("receiver checked")
}

fn check_receiver(vm: &mut Vm, args: &Args, mname: &str) -> PyResult<()> {
    match args.pos.first() {
        None => Err(vm.type_error(format!("unbound method str.{mname}() needs an argument"))),
        Some(&r) if !is_str(r) => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!(
                "descriptor '{mname}' for 'str' objects doesn't apply to a '{t}' object"
            )))
        }
        _ => Ok(()),
    }
}

/// A slot wrapper (`__len__`, `__add__`, `__eq__`...): `expected 1
/// argument, got 0`, `descriptor '__len__' requires a 'str' object but
/// received a 'int'`.
pub fn slot_recv<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    match args.pos.first() {
        None => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' of 'str' object needs an argument"
            )))
        }
        Some(&r) if !is_str(r) => {
            let t = vm.type_name(r);
            return Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'str' object but received a '{t}'"
            )));
        }
        _ => {}
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!("expected {n} argument{s}, got {}", rest.len())));
    }
    Ok(rest)
}

/// `find`-style method (`find() takes at least 1 argument (0 given)`).
pub fn tuple_recv<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    mname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    check_receiver(vm, args, mname)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("str.{mname}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    let n = rest.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(vm.type_error(format!(
            "{mname}() takes at least {min} argument{} ({n} given)",
            s(min)
        )));
    }
    if n > max {
        return Err(vm.type_error(format!(
            "{mname}() takes at most {max} argument{} ({n} given)",
            s(max)
        )));
    }
    Ok(rest)
}

/// Method with keyword arguments, all optional: checks the receiver and
/// maps the arguments after it onto `names`.
pub fn kw_recv<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    mname: &str,
    names: &[&str; N],
) -> PyResult<[Option<Value>; N]> {
    check_receiver(vm, args, mname)?;
    let rest = Args {
        pos: &args.pos[1..],
        ..*args
    };
    kw_args(vm, &rest, mname, names)
}

/// Maps positional and keyword arguments onto `names` (all optional).
pub fn kw_args<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    names: &[&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    let n = args.pos.len();
    let total = n + args.kwnames.len();
    if total > N {
        let s = if N == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} argument{s} ({total} given)"
        )));
    }
    for (slot, &v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v);
    }
    for (k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        let key = vm.as_str(*k).unwrap_or("");
        match names.iter().position(|&name| name == key) {
            Some(i) if i < n => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// A str argument: `must be str, not int`.
pub fn str_arg<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a StrObj> {
    match str_obj(v) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("must be str, not {t}")))
        }
    }
}

/// A str argument of a clinic function: `f() argument 1 must be str, not
/// int` (`what` is `1`, `'encoding'`...; empty for a lone argument).
pub fn named_str_arg<'a>(vm: &mut Vm, v: Value, fname: &str, what: &str) -> PyResult<&'a StrObj> {
    match str_obj(v) {
        Some(s) => Ok(s),
        None => {
            let t = clinic_type_name(vm, v);
            let what = if what.is_empty() {
                String::new()
            } else {
                format!(" {what}")
            };
            Err(vm.type_error(format!("{fname}() argument{what} must be str, not {t}")))
        }
    }
}

/// The type name Argument Clinic shows for a bad argument (`None` for
/// None, as CPython's `_PyArg_BadArgument`).
pub fn clinic_type_name(vm: &Vm, v: Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        vm.type_name(v)
    }
}

/// An optional keyword str argument (`encoding=`, `errors=`).
pub fn opt_str_arg<'a>(
    vm: &mut Vm,
    v: Option<Value>,
    fname: &str,
    name: &str,
) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) => Ok(Some(
            named_str_arg(vm, v, fname, &format!("'{name}'"))?.as_str(),
        )),
    }
}

/// An index-sized int argument (`Py_ssize_t`): OverflowError past it.
pub fn ssize(vm: &mut Vm, v: Value) -> PyResult<i64> {
    crate::builtins::slice::ssize_arg(vm, v)
}

/// A C `int` argument: OverflowError past it.
pub fn c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        let i = v.as_small_int();
        if i32::try_from(i).is_ok() {
            return Ok(i);
        }
    } else if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.to_index(v)?;
    match n.to_i32() {
        Some(i) => Ok(i as i64),
        None if n.sign() == num_bigint::Sign::Minus => {
            Err(vm.overflow_error("Python int too large to convert to C int"))
        }
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}
