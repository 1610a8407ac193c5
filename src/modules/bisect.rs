//! `_bisect`: the searches behind `bisect` (embedded Python), as CPython's
//! C version: any sequence (items by `seq[i]`; a plain list read directly),
//! `hi=-1` meaning "the end", comparisons with `<` only.

use crate::bytecode::CompareKind;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ObjData, Value};

use super::add_function;

/// The arguments `(a, x, lo=0, hi=None, *, key=None)`.
struct BisectArgs {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

fn index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let n = vm.to_index(v)?;
    use num_traits::ToPrimitive;
    match n.to_i64() {
        Some(n) => Ok(n),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn parse(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<BisectArgs> {
    const NAMES: [&str; 5] = ["a", "x", "lo", "hi", "key"];
    let mut slots = [Value::NULL; 5];
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 4 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    slots[..args.pos.len()].copy_from_slice(args.pos);
    for (&name, &value) in args.kwnames.iter().zip(args.kwvalues) {
        let name = vm.as_str(name).unwrap_or("");
        let Some(i) = NAMES.iter().position(|n| *n == name) else {
            return Err(vm.type_error(format!(
                "'{name}' is an invalid keyword argument for {fname}()"
            )));
        };
        if !slots[i].is_null() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = value;
    }
    for (i, name) in NAMES.iter().enumerate().take(2) {
        if slots[i].is_null() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let lo = if slots[2].is_null() {
        0
    } else {
        index_arg(vm, slots[2])?
    };
    let hi = if slots[3].is_null() || slots[3].is_none() {
        None
    } else {
        Some(index_arg(vm, slots[3])?)
    };
    let key = if slots[4].is_null() {
        Value::NONE
    } else {
        slots[4]
    };
    Ok(BisectArgs {
        a: slots[0],
        x: slots[1],
        lo,
        hi,
        key,
    })
}

/// `a[i]` (the list's storage for a plain list).
fn item(vm: &mut Vm, a: Value, i: i64) -> PyResult<Value> {
    if let Some(ObjData::List(l)) = a.as_obj().map(|o| &o.data) {
        if vm.type_of(a) == vm.types().list {
            if let Some(&v) = l.read().get(i as usize) {
                return Ok(v);
            }
            return Err(vm.index_error("list index out of range"));
        }
    }
    let index = vm.new_int(i);
    crate::interp::ops::getitem(vm, a, index)
}

/// The insertion point for `x` (already passed through `key`): the first
/// index whose item is greater (`right`) or not less (`left`).
fn search(vm: &mut Vm, b: &BisectArgs, x: Value, right: bool) -> PyResult<i64> {
    let mut lo = b.lo;
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let mut hi = match b.hi {
        Some(h) if h != -1 => h,
        _ => vm.len(b.a)? as i64,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut v = item(vm, b.a, mid)?;
        if !b.key.is_none() {
            v = vm.call(b.key, &[v])?;
        }
        let go_left = if right {
            vm.compare_bool(x, v, CompareKind::Lt)?
        } else {
            !vm.compare_bool(v, x, CompareKind::Lt)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult<Value> {
    let b = parse(vm, &args, fname)?;
    let i = search(vm, &b, b.x, right)?;
    Ok(vm.new_int(i))
}

fn insort(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult<Value> {
    let b = parse(vm, &args, fname)?;
    let x = if b.key.is_none() {
        b.x
    } else {
        vm.call(b.key, &[b.x])?
    };
    let i = search(vm, &b, x, right)?;
    if let Some(ObjData::List(l)) = b.a.as_obj().map(|o| &o.data) {
        if vm.type_of(b.a) == vm.types().list {
            let mut g = l.write();
            let at = (i.max(0) as usize).min(g.len());
            g.insert(at, b.x);
            return Ok(Value::NONE);
        }
    }
    let index = vm.new_int(i);
    vm.call_method(b.a, "insert", &[index, b.x])?;
    Ok(Value::NONE)
}

fn b_bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_right", true)
}

fn b_bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_left", false)
}

fn b_insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}

fn b_insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}

/// Fills in the `_bisect` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    add_function(vm, module, "bisect_right", b_bisect_right);
    add_function(vm, module, "bisect_left", b_bisect_left);
    add_function(vm, module, "insort_right", b_insort_right);
    add_function(vm, module, "insort_left", b_insort_left);
    Ok(())
}
