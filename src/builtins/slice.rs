//! `slice` objects, the slice arithmetic every sequence shares, and small
//! helpers the container modules use for their methods' arguments.
//!
//! Slice semantics follow CPython's: missing bounds default by the sign of
//! the step, out-of-range bounds clamp to the sequence, and a bound past
//! the machine range clamps to it (so `a[:10**100]` is `a[:]`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::CompareKind;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, SliceObj, Value};

/// A slice with its bounds converted to machine ints but not yet fitted to
/// a length (conversion may run `__index__`, so it happens before a
/// container's lock is taken; fitting happens under the lock).
#[derive(Clone, Copy, Debug)]
pub struct RawSlice {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

/// A slice fitted to a length: the first index, the end (exclusive, may be
/// -1 for negative steps), the step and the number of items selected.
#[derive(Clone, Copy, Debug)]
pub struct SliceRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceRange {
    /// The selected indices, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len as i64).map(move |k| (start + k * step) as usize)
    }
}

/// The number of items `range(start, stop, step)` selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    n as usize
}

impl RawSlice {
    /// Fits the slice to a sequence of `len` items.
    pub fn adjust(&self, len: i64) -> SliceRange {
        let step = self.step;
        let fit = |bound: Option<i64>, default: i64| -> i64 {
            match bound {
                None => default,
                Some(mut i) => {
                    if i < 0 {
                        i = i.saturating_add(len);
                        if i < 0 {
                            i = if step < 0 { -1 } else { 0 };
                        }
                    } else if i >= len {
                        i = if step < 0 { len - 1 } else { len };
                    }
                    i
                }
            }
        };
        let start = fit(self.start, if step < 0 { len - 1 } else { 0 });
        let stop = fit(self.stop, if step < 0 { -1 } else { len });
        SliceRange {
            start,
            stop,
            step,
            len: slice_len(start, stop, step),
        }
    }
}

/// Whether `v` is a slice object.
pub fn is_slice(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Slice(_)))
}

/// Whether `v` can be used as an index: an int, a bool or an object with
/// `__index__`.
pub fn has_index(vm: &mut Vm, v: Value) -> bool {
    int_view(v).is_some() || vm.lookup_dunder(v, "__index__").is_some()
}

/// A slice bound: an int clamped to the machine range, or `None` for None.
fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if v.is_small_int() {
        return Ok(Some(v.as_small_int()));
    }
    if !has_index(vm, v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let n = vm.to_index(v)?;
    Ok(Some(n.to_i64().unwrap_or(if n.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    })))
}

/// Converts a slice object's bounds (running `__index__` where needed).
pub fn raw_slice(vm: &mut Vm, slice: Value) -> PyResult<RawSlice> {
    let ObjData::Slice(s) = &slice.obj().data else {
        unreachable!("raw_slice on a non-slice")
    };
    let (start, stop, step) = (s.start, s.stop, s.step);
    let step = match bound(vm, step)? {
        None => 1,
        Some(0) => return Err(vm.value_error("slice step cannot be zero")),
        // As CPython: the step is kept within -PY_SSIZE_T_MAX..
        Some(i) => i.max(-i64::MAX),
    };
    let start = bound(vm, start)?;
    let stop = bound(vm, stop)?;
    Ok(RawSlice { start, stop, step })
}

/// `slice.indices(len)` as machine ints: `(start, stop, step)`.
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let r = raw_slice(vm, slice)?.adjust(len as i64);
    Ok((r.start, r.stop, r.step))
}

/// An index for `seq[i]`: `Some(i)` for ints and `__index__` objects (an
/// IndexError "cannot fit" past the machine range), `None` when `key` is
/// not an index at all (the caller reports its own TypeError).
pub fn index_value(vm: &mut Vm, key: Value) -> PyResult<Option<i64>> {
    if key.is_small_int() {
        return Ok(Some(key.as_small_int()));
    }
    if !has_index(vm, key) {
        return Ok(None);
    }
    vm.to_i64(key).map(Some)
}

/// An int argument that must fit a machine int (`list.insert`, `pop`,
/// `range(...)`): OverflowError past it, as CPython's ssize_t conversion.
pub fn ssize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let n = vm.to_index(v)?;
    match n.to_i64() {
        Some(i) => Ok(i),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// An int argument clamped to the machine range (`list.index(x, start,
/// end)` bounds).
pub fn clamped_index_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match int_view(v) {
        Some(IntView::Small(n)) => Ok(n),
        Some(IntView::Big(n)) => {
            Ok(n.to_i64()
                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }))
        }
        None => Ok(bound(vm, v)?.unwrap_or(0)),
    }
}

/// A `list.index` / `tuple.index` bound: an int (or `__index__` object)
/// clamped to the machine range; None is refused, as CPython's
/// `_PyEval_SliceIndexNotNone`.
pub fn index_arg_not_none(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if !has_index(vm, v) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    clamped_index_arg(vm, v)
}

/// Fits an `index`/`count` search window `[start, end)` to `len` items.
pub fn search_window(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fit = |i: i64| -> usize {
        let i = if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        };
        i.min(len) as usize
    };
    (fit(start), fit(end))
}

// ----- method argument helpers ----------------------------------------------

/// Checks a builtin method's receiver and arguments with CPython's messages
/// and returns the arguments after the receiver. `tname` is the type
/// (`"list"`), `mname` the method; `min == max == 1` reads as a one-argument
/// method ("takes exactly one argument"), `0..=0` as a no-argument one.
pub fn method_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    tname: &str,
    mname: &str,
    min: usize,
    max: usize,
    receiver_ok: fn(Value) -> bool,
) -> PyResult<&'a [Value]> {
    let Some(&recv) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "unbound method {tname}.{mname}() needs an argument"
        )));
    };
    if !receiver_ok(recv) {
        let t = vm.type_name(recv);
        return Err(vm.type_error(format!(
            "descriptor '{mname}' for '{tname}' objects doesn't apply to a '{t}' object"
        )));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{tname}.{mname}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    let n = rest.len();
    if (min..=max).contains(&n) {
        return Ok(rest);
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == 1 && max == 1 {
        format!("{tname}.{mname}() takes exactly one argument ({n} given)")
    } else if max == 0 {
        format!("{tname}.{mname}() takes no arguments ({n} given)")
    } else if min == max {
        format!("{mname} expected {min} argument{}, got {n}", s(min))
    } else if n > max {
        format!("{mname} expected at most {max} argument{}, got {n}", s(max))
    } else {
        format!(
            "{mname} expected at least {min} argument{}, got {n}",
            s(min)
        )
    };
    Err(vm.type_error(msg))
}

/// Checks the arguments of a slot wrapper (`list.__len__`,
/// `tuple.__add__`, ...) with CPython's messages: the receiver must be
/// accepted by `receiver_ok`, and exactly `n` arguments must follow it.
pub fn slot_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    tname: &str,
    dname: &str,
    n: usize,
    receiver_ok: fn(Value) -> bool,
) -> PyResult<&'a [Value]> {
    let Some(&recv) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{dname}' of '{tname}' object needs an argument"
        )));
    };
    if !receiver_ok(recv) {
        let t = vm.type_name(recv);
        return Err(vm.type_error(format!(
            "descriptor '{dname}' requires a '{tname}' object but received a '{t}'"
        )));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{dname}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        // CPython's two-argument slots unpack with an empty function name.
        let lead = if n == 2 { " " } else { "" };
        return Err(vm.type_error(format!(
            "{lead}expected {n} argument{s}, got {}",
            rest.len()
        )));
    }
    Ok(rest)
}

/// Checks a constructor's arguments (`list(...)`, `set(...)`): no keywords,
/// at most `max` positional arguments after the class.
pub fn ctor_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1.min(args.pos.len())..];
    if rest.len() > max {
        let s = if max == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{name} expected at most {max} argument{s}, got {}",
            rest.len()
        )));
    }
    Ok(rest)
}

/// The items of an iterable as a vector, with `msg` as the TypeError when
/// it is not iterable at all (CPython's `PySequence_Fast`).
pub fn seq_fast(vm: &mut Vm, v: Value, msg: &str) -> PyResult<Vec<Value>> {
    if !vm.is_heap_instance(v) {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => return Ok(l.read().clone()),
            Some(ObjData::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let it = match vm.iter(v) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => return Err(vm.type_error(msg.to_string())),
        Err(e) => return Err(e),
    };
    let hint = crate::builtins::list::length_hint(vm, v)?;
    let mut out = crate::builtins::tuple::alloc_items(vm, Some(hint))?;
    while let Some(x) = vm.next(it)? {
        out.push(x);
    }
    Ok(out)
}

/// `a == b` for container searches: identity first, as CPython's
/// `PyObject_RichCompareBool`.
pub fn same_or_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b || vm.eq(a, b)?)
}

// ----- the slice type --------------------------------------------------------

fn slice_of<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a SliceObj> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Slice(s)) => Ok(s),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor for 'slice' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("slice() takes no keyword arguments"));
    }
    let a = &args.pos[1..];
    let (start, stop, step) = match a.len() {
        0 => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
        1 => (Value::NONE, a[0], Value::NONE),
        2 => (a[0], a[1], Value::NONE),
        3 => (a[0], a[1], a[2]),
        n => return Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    };
    let class = vm.types().slice;
    Ok(vm.alloc(class, ObjData::Slice(SliceObj { start, stop, step })))
}

fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "slice", "indices", 1, 1, is_slice)?;
    let n = vm.to_index(a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = long_indices(vm, args.pos[0], &n)?;
    let items = vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ];
    Ok(vm.new_tuple(items))
}

/// A slice bound as an exact int (`None` for None), running `__index__`.
fn long_bound(vm: &mut Vm, v: Value) -> PyResult<Option<BigInt>> {
    if v.is_none() {
        return Ok(None);
    }
    if !has_index(vm, v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    vm.to_index(v).map(Some)
}

/// `slice.indices(length)` in exact ints, for any length (`range`
/// slicing uses it too): the step as given, the bounds fitted to
/// `[0, length]` (or `[-1, length - 1]` for a negative step).
pub fn long_indices(
    vm: &mut Vm,
    slice: Value,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let ObjData::Slice(s) = &slice.obj().data else {
        unreachable!("long_indices on a non-slice")
    };
    let (start, stop, step) = (s.start, s.stop, s.step);
    let step = match long_bound(vm, step)? {
        None => BigInt::from(1),
        Some(n) if n.is_zero() => return Err(vm.value_error("slice step cannot be zero")),
        Some(n) => n,
    };
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::from(0), length.clone())
    };
    let fit = |i: BigInt| -> BigInt {
        let i = if i.is_negative() { i + length } else { i };
        if i < lower {
            lower.clone()
        } else if i > upper {
            upper.clone()
        } else {
            i
        }
    };
    let start = match long_bound(vm, start)? {
        None => {
            if negative {
                upper.clone()
            } else {
                lower.clone()
            }
        }
        Some(i) => fit(i),
    };
    let stop = match long_bound(vm, stop)? {
        None => {
            if negative {
                lower.clone()
            } else {
                upper.clone()
            }
        }
        Some(i) => fit(i),
    };
    Ok((start, stop, step))
}

/// Rich comparison of two slices: as the tuples `(start, stop, step)`;
/// `NOT_IMPLEMENTED` unless both are slices.
pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (Some(ObjData::Slice(a)), Some(ObjData::Slice(b))) =
        (lhs.as_obj().map(|o| &o.data), rhs.as_obj().map(|o| &o.data))
    else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if lhs == rhs {
        return Ok(Value::bool(matches!(
            kind,
            CompareKind::Eq | CompareKind::Le | CompareKind::Ge
        )));
    }
    let ta = vm.new_tuple(vec![a.start, a.stop, a.step]);
    let tb = vm.new_tuple(vec![b.start, b.stop, b.step]);
    crate::builtins::tuple::compare(vm, ta, tb, kind)
}

fn slice_richcompare(vm: &mut Vm, args: Args, kind: CompareKind, name: &str) -> PyResult<Value> {
    let a = method_args(vm, &args, "slice", name, 1, 1, is_slice)?;
    compare(vm, args.pos[0], a[0], kind)
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Eq, "__eq__")
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Ne, "__ne__")
}
fn slice_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Lt, "__lt__")
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Le, "__le__")
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Gt, "__gt__")
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slice_richcompare(vm, args, CompareKind::Ge, "__ge__")
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "slice", "__repr__", 0, 0, is_slice)?;
    let s = crate::builtins::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn slice_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "slice", "__reduce__", 0, 0, is_slice)?;
    let ObjData::Slice(s) = &args.pos[0].obj().data else {
        unreachable!()
    };
    let bounds = vm.new_tuple(vec![s.start, s.stop, s.step]);
    let class = vm.types().slice;
    Ok(vm.new_tuple(vec![class, bounds]))
}

fn get_start(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(slice_of(vm, v)?.start)
}

fn get_stop(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(slice_of(vm, v)?.stop)
}

fn get_step(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(slice_of(vm, v)?.step)
}

pub fn init(interp: &InterpState) {
    let ty = interp.types.slice;
    crate::builtins::add_method(interp, ty, "__new__", slice_new);
    crate::builtins::add_method(interp, ty, "indices", slice_indices_method);
    crate::builtins::add_method(interp, ty, "__eq__", slice_eq);
    crate::builtins::add_method(interp, ty, "__ne__", slice_ne);
    crate::builtins::add_method(interp, ty, "__lt__", slice_lt);
    crate::builtins::add_method(interp, ty, "__le__", slice_le);
    crate::builtins::add_method(interp, ty, "__gt__", slice_gt);
    crate::builtins::add_method(interp, ty, "__ge__", slice_ge);
    crate::builtins::add_method(interp, ty, "__repr__", slice_repr);
    crate::builtins::add_method(interp, ty, "__reduce__", slice_reduce);
    crate::builtins::add_getset(
        interp,
        ty,
        "start",
        get_start,
        Some(crate::builtins::range::readonly),
    );
    crate::builtins::add_getset(
        interp,
        ty,
        "stop",
        get_stop,
        Some(crate::builtins::range::readonly),
    );
    crate::builtins::add_getset(
        interp,
        ty,
        "step",
        get_step,
        Some(crate::builtins::range::readonly),
    );
    crate::builtins::set_type_attr(interp, ty, "__hash__", Value::NONE);
}
