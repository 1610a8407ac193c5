//! `_heapq`: the heap operations behind `heapq` (embedded Python), on the
//! list's storage directly as CPython's C version does (a list subclass's
//! `__getitem__` is not consulted).
//!
//! Items are compared with `<` outside the list's lock, since a comparison
//! may run Python code; each comparison is followed by a check that the
//! list kept its size (CPython's `RuntimeError`), and each move re-takes
//! the lock, so a list shared between threads is never torn.

use crate::builtins::{check_arity, no_kwargs};
use crate::bytecode::CompareKind;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ObjData, Value};
use crate::sync::RwLock;

use super::add_function;

fn items(v: Value) -> Option<&'static RwLock<Vec<Value>>> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) => Some(l),
        _ => None,
    }
}

/// The list argument (any list, subclasses included).
fn heap_arg(
    vm: &mut Vm,
    v: Value,
    fname: &str,
    argno: &str,
) -> PyResult<&'static RwLock<Vec<Value>>> {
    match items(v) {
        Some(l) => Ok(l),
        None => {
            let got = if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name(v).to_string()
            };
            Err(vm.type_error(format!("{fname}() argument{argno} must be list, not {got}")))
        }
    }
}

fn changed(vm: &mut Vm) -> crate::interp::PyErr {
    vm.runtime_error("list changed size during iteration")
}

/// `a < b` for two items read from the list.
fn less(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    vm.compare_bool(a, b, CompareKind::Lt)
}

/// Moves the item at `pos` up towards `start` while it is less than its
/// parent (CPython's `siftdown`).
fn sift_down(vm: &mut Vm, heap: &RwLock<Vec<Value>>, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.read().len();
    if pos >= size {
        return Err(vm.index_error("index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = {
            let h = heap.read();
            (h[pos], h[parentpos])
        };
        let lt = less(vm, newitem, parent)?;
        let mut h = heap.write();
        if h.len() != size {
            drop(h);
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        h.swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then sifts the item
/// there back up (CPython's `siftup`).
fn sift_up(vm: &mut Vm, heap: &RwLock<Vec<Value>>, mut pos: usize) -> PyResult<()> {
    let end = heap.read().len();
    let start = pos;
    if pos >= end {
        return Err(vm.index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = {
                let h = heap.read();
                if h.len() != end {
                    drop(h);
                    return Err(changed(vm));
                }
                (h[child], h[child + 1])
            };
            if !less(vm, a, b)? {
                child += 1;
            }
        }
        let mut h = heap.write();
        if h.len() != end {
            drop(h);
            return Err(changed(vm));
        }
        h.swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    Ok(args.pos[0])
}

fn h_heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heappush")?;
    let h = heap_arg(vm, heap, "heappush", " 1")?;
    let pos = {
        let mut g = h.write();
        g.push(item);
        g.len() - 1
    };
    sift_down(vm, h, 0, pos)?;
    Ok(Value::NONE)
}

fn h_heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_arg(vm, &args, "heappop")?;
    let h = heap_arg(vm, heap, "heappop", "")?;
    let result = {
        let mut g = h.write();
        match g.pop() {
            None => None,
            Some(last) if g.is_empty() => return Ok(last),
            Some(last) => Some(std::mem::replace(&mut g[0], last)),
        }
    };
    let Some(result) = result else {
        return Err(vm.index_error("index out of range"));
    };
    sift_up(vm, h, 0)?;
    Ok(result)
}

fn h_heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heapreplace")?;
    let h = heap_arg(vm, heap, "heapreplace", " 1")?;
    let result = {
        let mut g = h.write();
        g.first_mut().map(|first| std::mem::replace(first, item))
    };
    let Some(result) = result else {
        return Err(vm.index_error("index out of range"));
    };
    sift_up(vm, h, 0)?;
    Ok(result)
}

fn h_heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, item) = two_args(vm, &args, "heappushpop")?;
    let h = heap_arg(vm, heap, "heappushpop", " 1")?;
    let Some(top) = h.read().first().copied() else {
        return Ok(item);
    };
    if !less(vm, top, item)? {
        return Ok(item);
    }
    let result = {
        let mut g = h.write();
        match g.first_mut() {
            Some(first) => std::mem::replace(first, item),
            None => {
                drop(g);
                return Err(vm.index_error("index out of range"));
            }
        }
    };
    sift_up(vm, h, 0)?;
    Ok(result)
}

fn h_heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let heap = one_arg(vm, &args, "heapify")?;
    let h = heap_arg(vm, heap, "heapify", "")?;
    let n = h.read().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, h, i)?;
    }
    Ok(Value::NONE)
}

/// Fills in the `_heapq` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("heappush", h_heappush),
        ("heappop", h_heappop),
        ("heapreplace", h_heapreplace),
        ("heappushpop", h_heappushpop),
        ("heapify", h_heapify),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
