//! Builtins over iterables: `all`, `any`, `iter`, `next`, `len`, `min`,
//! `max`, `sorted`.

use crate::builtins::{check_arity, iterators, no_kwargs};
use crate::bytecode::CompareKind;
use crate::interp::{Args, NativeFn, PyResult, Vm};
use crate::object::{ObjData, Value};

use super::{objects::is_callable, Params};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("all", builtin_all),
    ("any", builtin_any),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("len", builtin_len),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sorted", builtin_sorted),
];

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    Ok(args.pos[0])
}

/// `all` (`want == false`: stop at the first false item) and `any`
/// (`want == true`: stop at the first true one).
fn all_any(vm: &mut Vm, args: &Args, name: &str, want: bool) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    let it = vm.iter(v)?;
    while let Some(item) = vm.next(it)? {
        if vm.truthy(item)? == want {
            return Ok(Value::bool(want));
        }
    }
    Ok(Value::bool(!want))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_any(vm, &args, "all", false)
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_any(vm, &args, "any", true)
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "iter")?;
    check_arity(vm, &args, "iter", 1, 2)?;
    match args.pos {
        [v] => vm.iter(*v),
        [f, sentinel] => {
            if !is_callable(vm, *f) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(iterators::callable_iter(vm, *f, *sentinel))
        }
        _ => unreachable!("arity checked"),
    }
}

/// One step of an iterator, raising StopIteration as the iterator does
/// (a generator's `return value` keeps its value).
pub fn next_raw(vm: &mut Vm, it: Value) -> PyResult<Value> {
    match it.as_obj().map(|o| &o.data) {
        Some(ObjData::Iterator(i)) if !vm.is_heap_instance(it) => match i.next(vm)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::NONE)),
        },
        Some(ObjData::Generator(_)) if !vm.is_heap_instance(it) => {
            crate::interp::call::generator_send(vm, it, Value::NONE)
        }
        _ => match vm.call_dunder(it, "__next__", &[])? {
            Some(v) => Ok(v),
            None => {
                let t = vm.type_name(it);
                Err(vm.type_error(format!("'{t}' object is not an iterator")))
            }
        },
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "next")?;
    check_arity(vm, &args, "next", 1, 2)?;
    match next_raw(vm, args.pos[0]) {
        Err(e) if args.pos.len() == 2 && vm.err_is(&e, "StopIteration") => Ok(args.pos[1]),
        r => r,
    }
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "len")?;
    let n = vm.len(v)?;
    Ok(vm.new_int(n as i64))
}

/// `min` (`kind == Lt`) and `max` (`kind == Gt`): CPython keeps the first
/// of equal items, replacing the best one only when `item OP best`.
fn min_max(vm: &mut Vm, args: &Args, name: &'static str, kind: CompareKind) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let params = Params {
        fname: name,
        names: &["key", "default"],
        posonly: 0,
        maxpos: 0,
        required: 0,
        varargs: false,
    };
    let kw = Args { pos: &[], ..*args };
    let bound = params.bind(vm, &kw)?;
    let key = super::non_none(bound[0]);
    let default = bound[1];
    let positional = args.pos.len() > 1;
    if positional && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let it = if positional {
        None
    } else {
        Some(vm.iter(args.pos[0])?)
    };
    let mut index = 0;
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match it {
            Some(it) => match vm.next(it)? {
                Some(v) => v,
                None => break,
            },
            None => match args.pos.get(index) {
                Some(&v) => {
                    index += 1;
                    v
                }
                None => break,
            },
        };
        let k = match key {
            Some(f) => vm.call(f, &[item])?,
            None => item,
        };
        best = match best {
            None => Some((item, k)),
            Some((b, bk)) => {
                if vm.compare_bool(k, bk, kind)? {
                    Some((item, k))
                } else {
                    Some((b, bk))
                }
            }
        };
    }
    match (best, default) {
        (Some((b, _)), _) => Ok(b),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, &args, "min", CompareKind::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, &args, "max", CompareKind::Gt)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted by
/// the list's own `sort` method with the same keywords (so the sorting
/// rules and their errors live in one place).
fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("sorted expected 1 argument, got {n}")));
    }
    let items = vm.collect(args.pos[0])?;
    let list = vm.new_list(items);
    let sort = vm.getattr_str(list, "sort")?;
    vm.call_kw(sort, args.kwvalues, args.kwnames)?;
    Ok(list)
}
