//! `bytearray` mutation: item and slice assignment and deletion, `+=`,
//! `*=`, and the mutating methods. Every argument is converted (which may
//! run Python code) before the write lock is taken; the change itself
//! happens under one write lock.

use crate::builtins::slice::{index_value, is_slice, method_args, raw_slice, ssize_arg, RawSlice};
use crate::bytecode::BinaryOpKind;
use crate::interp::{Args, NativeFn, PyResult, Vm};
use crate::object::hashing::int_view;
use crate::object::{ObjData, Value};

use super::ctor::from_iterable;
use super::ops::{byte_value, repeat, repeat_count};
use super::{is_bytearray, new_bytearray, view};

fn lock_of<'a>(v: Value) -> &'a crate::sync::RwLock<Vec<u8>> {
    match &v.obj().data {
        ObjData::ByteArray(b) => b,
        _ => unreachable!("bytearray operation on a non-bytearray"),
    }
}

/// A byte given as an int (`append`, `b[i] = x`): TypeError for non-ints,
/// ValueError outside `range(0, 256)`.
fn byte_arg(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match byte_value(vm, v)? {
        Some(b) => Ok(b),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

/// Whether CPython's `PyNumber_Check` holds (ints, bools, floats).
fn is_number(v: Value) -> bool {
    v.is_float() || int_view(v).is_some()
}

/// The new contents of a slice assignment.
fn slice_values(vm: &mut Vm, target: Value, values: Value) -> PyResult<Vec<u8>> {
    if values == target {
        return Ok(view(values).unwrap_or_default().into_owned());
    }
    if is_number(values) || vm.as_str(values).is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    match from_iterable(vm, values, true)? {
        Some(d) => Ok(d),
        None => {
            let t = vm.type_name(values);
            Err(vm.type_error(format!("cannot convert '{t}' object to bytearray")))
        }
    }
}

/// Replaces the items `raw` selects with `new` (deleting them when `new`
/// is empty), with CPython's rules; under the caller's write lock.
fn assign_slice(vm: &mut Vm, d: &mut Vec<u8>, raw: RawSlice, new: &[u8]) -> PyResult<()> {
    let r = raw.adjust(d.len() as i64);
    if r.step == 1 {
        let start = r.start as usize;
        let stop = (r.stop.max(r.start)) as usize;
        if new.len() > stop - start {
            super::reserve(vm, d, new.len() - (stop - start))?;
        }
        d.splice(start..stop, new.iter().copied());
        return Ok(());
    }
    if new.is_empty() {
        if r.len == 0 {
            return Ok(());
        }
        let mut drop = vec![false; d.len()];
        for i in r.indices() {
            drop[i] = true;
        }
        let mut k = 0;
        d.retain(|_| {
            let keep = !drop[k];
            k += 1;
            keep
        });
        return Ok(());
    }
    if new.len() != r.len {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new.len(),
            r.len
        )));
    }
    for (i, &b) in r.indices().zip(new) {
        d[i] = b;
    }
    Ok(())
}

fn bad_index(vm: &mut Vm, key: Value) -> crate::interp::PyErr {
    let t = vm.type_name(key);
    vm.type_error(format!(
        "bytearray indices must be integers or slices, not {t}"
    ))
}

fn fit_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// `b[key] = value`.
pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(i) = index_value(vm, key)? {
        let b = byte_arg(vm, value)?;
        let mut d = lock_of(container).write();
        let Some(j) = fit_index(i, d.len()) else {
            drop(d);
            return Err(vm.index_error("bytearray index out of range"));
        };
        d[j] = b;
        return Ok(());
    }
    if !is_slice(key) {
        return Err(bad_index(vm, key));
    }
    let raw = raw_slice(vm, key)?;
    let new = slice_values(vm, container, value)?;
    let mut d = lock_of(container).write();
    assign_slice(vm, &mut d, raw, &new)
}

/// `del b[key]`.
pub fn delitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    if let Some(i) = index_value(vm, key)? {
        let mut d = lock_of(container).write();
        let Some(j) = fit_index(i, d.len()) else {
            drop(d);
            return Err(vm.index_error("bytearray index out of range"));
        };
        d.remove(j);
        return Ok(());
    }
    if !is_slice(key) {
        return Err(bad_index(vm, key));
    }
    let raw = raw_slice(vm, key)?;
    let mut d = lock_of(container).write();
    assign_slice(vm, &mut d, raw, &[])
}

/// `b += x` and `b *= n` in place; `None` for other operators.
pub fn inplace(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    if !is_bytearray(lhs) {
        return Ok(None);
    }
    match kind {
        BinaryOpKind::Add => {
            if rhs == lhs {
                return Err(vm.new_error(
                    "BufferError",
                    "Existing exports of data: object cannot be re-sized",
                ));
            }
            let Some(extra) = view(rhs) else {
                let t = vm.type_name(rhs);
                return Err(vm.type_error(format!("can't concat {t} to bytearray")));
            };
            let mut d = lock_of(lhs).write();
            super::reserve(vm, &mut d, extra.len())?;
            d.extend_from_slice(&extra);
            Ok(Some(lhs))
        }
        BinaryOpKind::Multiply => {
            let n = repeat_count(vm, rhs)?;
            let mut d = lock_of(lhs).write();
            let out = repeat(vm, &d, n, true)?;
            *d = out;
            Ok(Some(lhs))
        }
        _ => Ok(None),
    }
}

// ----- methods -----------------------------------------------------------------------

fn this<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    method_args(vm, args, "bytearray", name, min, max, is_bytearray)
}

fn m_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "append", 1, 1)?;
    let b = byte_arg(vm, a[0])?;
    let mut d = lock_of(args.pos[0]).write();
    super::reserve(vm, &mut d, 1)?;
    d.push(b);
    Ok(Value::NONE)
}

fn m_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "extend", 1, 1)?;
    let Some(extra) = from_iterable(vm, a[0], true)? else {
        let t = vm.type_name(a[0]);
        return Err(vm.type_error(format!("can't extend bytearray with {t}")));
    };
    let mut d = lock_of(args.pos[0]).write();
    super::reserve(vm, &mut d, extra.len())?;
    d.extend_from_slice(&extra);
    Ok(Value::NONE)
}

fn m_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "insert", 2, 2)?;
    let index = ssize_arg(vm, a[0])?;
    let b = byte_arg(vm, a[1])?;
    let mut d = lock_of(args.pos[0]).write();
    let n = d.len() as i64;
    let i = if index < 0 {
        (index + n).max(0)
    } else {
        index.min(n)
    };
    super::reserve(vm, &mut d, 1)?;
    d.insert(i as usize, b);
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "pop", 0, 1)?;
    let index = match a.first() {
        Some(&v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut d = lock_of(args.pos[0]).write();
    if d.is_empty() {
        drop(d);
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let Some(j) = fit_index(index, d.len()) else {
        drop(d);
        return Err(vm.index_error("pop index out of range"));
    };
    let b = d.remove(j);
    Ok(Value::small_int_unchecked(b as i64))
}

fn m_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = this(vm, &args, "remove", 1, 1)?;
    let b = byte_arg(vm, a[0])?;
    let mut d = lock_of(args.pos[0]).write();
    match d.iter().position(|&c| c == b) {
        Some(i) => {
            d.remove(i);
            Ok(Value::NONE)
        }
        None => {
            drop(d);
            Err(vm.value_error("value not found in bytearray"))
        }
    }
}

fn m_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "clear", 0, 0)?;
    lock_of(args.pos[0]).write().clear();
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "copy", 0, 0)?;
    let data = lock_of(args.pos[0]).read().clone();
    Ok(new_bytearray(vm, data))
}

fn m_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "reverse", 0, 0)?;
    lock_of(args.pos[0]).write().reverse();
    Ok(Value::NONE)
}

fn d_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::ops::slot_self(vm, &args, "__setitem__", 2)?;
    let a = &args.pos[1..];
    setitem(vm, args.pos[0], a[0], a[1])?;
    Ok(Value::NONE)
}

fn d_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::ops::slot_self(vm, &args, "__delitem__", 1)?;
    let a = &args.pos[1..];
    delitem(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn d_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::ops::slot_self(vm, &args, "__iadd__", 1)?;
    let a = &args.pos[1..];
    Ok(inplace(vm, BinaryOpKind::Add, args.pos[0], a[0])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn d_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::ops::slot_self(vm, &args, "__imul__", 1)?;
    super::ops::wrapper_count(vm, args.pos[1])?;
    Ok(
        inplace(vm, BinaryOpKind::Multiply, args.pos[0], args.pos[1])?
            .unwrap_or(Value::NOT_IMPLEMENTED),
    )
}

fn d_alloc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__alloc__", 0, 0)?;
    let n = {
        let d = lock_of(args.pos[0]).read();
        if d.is_empty() {
            0
        } else {
            d.capacity().max(d.len() + 1)
        }
    };
    Ok(vm.new_int(n as i64))
}

pub(super) static METHODS: &[(&str, NativeFn)] = &[
    ("append", m_append),
    ("extend", m_extend),
    ("insert", m_insert),
    ("pop", m_pop),
    ("remove", m_remove),
    ("clear", m_clear),
    ("copy", m_copy),
    ("reverse", m_reverse),
    ("__setitem__", d_setitem),
    ("__delitem__", d_delitem),
    ("__iadd__", d_iadd),
    ("__imul__", d_imul),
    ("__alloc__", d_alloc),
];
