//! `range`: construction, items, slicing, search, equality, hashing and
//! iteration.
//!
//! A range whose bounds and length fit machine ints uses i64 arithmetic
//! (with i128 intermediates, so nothing overflows); any other range keeps
//! exact big-int bounds (`RangeObj::big`), as CPython allows
//! `range(10**20)`. Only the length must fit a machine int for `len()`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::CompareKind;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::hashing::{
    builtin_hash, hash_bigint, hash_i64, hash_tuple_of, int_view, IntView,
};
use crate::object::{BigRange, ObjData, RangeObj, Value};
use crate::sync::{AtomicU64, Ordering};

use super::slice::{is_slice, long_indices, method_args, same_or_eq, slot_args};

// ----- the range value -----------------------------------------------------

/// The number of items of `range(start, stop, step)` (`step != 0`).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u8) / step + 1u8
    }
}

impl RangeObj {
    /// A range of exact bounds, stored as machine ints when they fit.
    pub fn from_bigints(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        let len = big_len(&start, &stop, &step);
        if let (Some(a), Some(b), Some(c), Some(_)) =
            (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
        {
            return RangeObj {
                start: a,
                stop: b,
                step: c,
                big: None,
            };
        }
        RangeObj {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new(BigRange {
                start,
                stop,
                step,
                len,
            })),
        }
    }

    /// A range of machine-int bounds (`step != 0`).
    pub fn from_i64(start: i64, stop: i64, step: i64) -> RangeObj {
        let r = RangeObj {
            start,
            stop,
            step,
            big: None,
        };
        // The length fits unless the range spans more than i64::MAX items.
        let (lo, hi) = if step > 0 {
            (start, stop)
        } else {
            (stop, start)
        };
        if (hi as i128 - lo as i128) / (step as i128).abs() < i64::MAX as i128 {
            return r;
        }
        RangeObj::from_bigints(start.into(), stop.into(), step.into())
    }

    /// The length when it fits a machine int (`len()` raises otherwise).
    pub fn len_ssize(&self) -> Option<i64> {
        match &self.big {
            Some(b) => b.len.to_i64(),
            None => Some(self.len()),
        }
    }

    /// The exact length.
    pub fn big_len(&self) -> BigInt {
        match &self.big {
            Some(b) => b.len.clone(),
            None => BigInt::from(self.len()),
        }
    }

    /// The exact `(start, stop, step)`.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }

    /// Whether two ranges denote the same sequence (`range(0) ==
    /// range(2, 2)`, `range(0, 3, 2) == range(0, 4, 2)`).
    pub fn same_sequence(&self, other: &RangeObj) -> bool {
        if self.big.is_none() && other.big.is_none() {
            let n = self.len();
            return n == other.len()
                && (n == 0 || (self.start == other.start && (n == 1 || self.step == other.step)));
        }
        let n = self.big_len();
        if n != other.big_len() {
            return false;
        }
        if n.is_zero() {
            return true;
        }
        let (a, _, s) = self.bounds();
        let (b, _, t) = other.bounds();
        a == b && (n.is_one() || s == t)
    }

    /// `hash(r)`: the hash of `(len, start, step)`, with `None` for what
    /// does not matter (start and step of an empty range, step of a
    /// one-item range), so equal ranges hash alike.
    pub fn hash(&self) -> i64 {
        let none = match builtin_hash(Value::NONE) {
            Some(Ok(h)) => h,
            _ => 0,
        };
        let (start, _, step) = self.bounds();
        let n = self.big_len();
        let parts = if n.is_zero() {
            [hash_i64(0), none, none]
        } else if n.is_one() {
            [hash_i64(1), hash_bigint(&start), none]
        } else {
            [hash_bigint(&n), hash_bigint(&start), hash_bigint(&step)]
        };
        hash_tuple_of(parts.into_iter())
    }

    /// `repr(r)`: `range(0, 5)`, `range(0, 10, 2)`.
    pub fn repr(&self) -> String {
        let (start, stop, step) = self.bounds();
        if step.is_one() {
            format!("range({start}, {stop})")
        } else {
            format!("range({start}, {stop}, {step})")
        }
    }

    /// Whether the int `n` is one of the range's items.
    fn contains_int(&self, n: &IntView) -> bool {
        if self.big.is_none() {
            if let IntView::Small(i) = *n {
                let inside = if self.step > 0 {
                    self.start <= i && i < self.stop
                } else {
                    self.stop < i && i <= self.start
                };
                return inside && (i as i128 - self.start as i128) % self.step as i128 == 0;
            }
        }
        let i = match n {
            IntView::Small(i) => BigInt::from(*i),
            IntView::Big(b) => (*b).clone(),
        };
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            start <= i && i < stop
        } else {
            stop < i && i <= start
        };
        inside && (i - start).mod_floor(&step).is_zero()
    }

    /// The position of item `n` (an item of the range).
    fn position_of(&self, n: &IntView) -> BigInt {
        let i = match n {
            IntView::Small(i) => BigInt::from(*i),
            IntView::Big(b) => (*b).clone(),
        };
        let (start, _, step) = self.bounds();
        (i - start).div_floor(&step)
    }
}

fn range_of<'a>(v: Value) -> &'a RangeObj {
    match &v.obj().data {
        ObjData::Range(r) => r,
        _ => unreachable!("range operation on a non-range"),
    }
}

pub fn is_range(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Range(_)))
}

fn new_range(vm: &mut Vm, r: RangeObj) -> Value {
    let class = vm.types().range;
    vm.alloc(class, ObjData::Range(r))
}

/// Item `i` of `r` (any int, negative counting from the end), or
/// IndexError.
fn item(vm: &mut Vm, r: &RangeObj, i: &IntView) -> PyResult<Value> {
    if r.big.is_none() {
        if let IntView::Small(i) = *i {
            let n = r.len();
            let j = if i < 0 { i + n } else { i };
            if (0..n).contains(&j) {
                return Ok(vm.new_int(r.item(j)));
            }
            return Err(vm.index_error("range object index out of range"));
        }
    }
    let n = r.big_len();
    let mut j = match i {
        IntView::Small(i) => BigInt::from(*i),
        IntView::Big(b) => (*b).clone(),
    };
    if j.is_negative() {
        j += &n;
    }
    if j.is_negative() || j >= n {
        return Err(vm.index_error("range object index out of range"));
    }
    let (start, _, step) = r.bounds();
    Ok(vm.new_bigint(start + j * step))
}

// ----- operators -----------------------------------------------------------

/// `==` and `!=` between ranges compare the sequences; ordering is not
/// supported (`NOT_IMPLEMENTED`).
pub fn compare(_vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if !is_range(lhs) || !is_range(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let same = lhs == rhs || range_of(lhs).same_sequence(range_of(rhs));
    Ok(match kind {
        CompareKind::Eq => Value::bool(same),
        CompareKind::Ne => Value::bool(!same),
        _ => Value::NOT_IMPLEMENTED,
    })
}

/// Whether `v` is an int or bool of the builtin types (searched by
/// arithmetic; anything else is searched by equality, item by item).
fn exact_int<'a>(vm: &Vm, v: Value) -> Option<IntView<'a>> {
    if vm.is_heap_instance(v) {
        return None;
    }
    int_view(v)
}

/// Calls `f` with each item of the range in order until it returns
/// `Ok(false)` (CPython's iteration search for non-int values).
fn for_each_item(
    vm: &mut Vm,
    r: &RangeObj,
    f: &mut dyn FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = RangeIter::of(r);
    while let Some(v) = it.next(vm) {
        if !f(vm, v)? {
            break;
        }
    }
    Ok(())
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let r = range_of(container);
    if let Some(n) = exact_int(vm, item) {
        return Ok(r.contains_int(&n));
    }
    let mut found = false;
    for_each_item(vm, r, &mut |vm, v| {
        found = same_or_eq(vm, v, item)?;
        Ok(!found)
    })?;
    Ok(found)
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let r = range_of(container);
    if let Some(i) = int_view(key) {
        return item(vm, r, &i);
    }
    if is_slice(key) {
        let n = r.big_len();
        let (lo, hi, k) = long_indices(vm, key, &n)?;
        let (start, _, step) = r.bounds();
        let sub = RangeObj::from_bigints(&start + lo * &step, &start + hi * &step, step * k);
        return Ok(new_range(vm, sub));
    }
    if super::slice::has_index(vm, key) {
        let i = vm.to_index(key)?;
        return item(vm, r, &IntView::Big(&i));
    }
    let t = vm.type_name(key);
    Err(vm.type_error(format!("range indices must be integers or slices, not {t}")))
}

// ----- iteration -----------------------------------------------------------

/// The state of a range iterator: item `i` is `start + i * step` for
/// `i < len`. Threads sharing the iterator each take distinct positions.
pub struct RangeIter {
    /// Items are `start + i * step` for `i < len`, computed with wrapping
    /// i64 arithmetic: every item fits an i64, so the wrapped sum is the
    /// exact one. (i64 rather than i128 keeps iterator objects 8-aligned,
    /// and so every heap object smaller.)
    start: i64,
    step: i64,
    len: u64,
    index: AtomicU64,
    /// Exact start and step when the range is not a machine-int one.
    big: Option<Box<(BigInt, BigInt)>>,
}

impl RangeIter {
    fn small(start: i64, step: i64, len: u64) -> RangeIter {
        RangeIter {
            start,
            step,
            len,
            index: AtomicU64::new(0),
            big: None,
        }
    }

    fn big(start: BigInt, step: BigInt, len: &BigInt) -> RangeIter {
        RangeIter {
            start: 0,
            step: 0,
            len: len.to_u64().unwrap_or(u64::MAX),
            index: AtomicU64::new(0),
            big: Some(Box::new((start, step))),
        }
    }

    /// `iter(r)`.
    pub fn of(r: &RangeObj) -> RangeIter {
        match &r.big {
            None => RangeIter::small(r.start, r.step, r.len() as u64),
            Some(b) => RangeIter::big(b.start.clone(), b.step.clone(), &b.len),
        }
    }

    /// `reversed(r)`.
    pub fn reversed_of(r: &RangeObj) -> RangeIter {
        match &r.big {
            None => {
                let n = r.len();
                let last = if n == 0 {
                    r.start
                } else {
                    r.start.wrapping_add((n - 1).wrapping_mul(r.step))
                };
                match r.step.checked_neg() {
                    Some(back) => RangeIter::small(last, back, n as u64),
                    // step == i64::MIN: at most two items, kept exact.
                    None => {
                        RangeIter::big(BigInt::from(last), -BigInt::from(r.step), &BigInt::from(n))
                    }
                }
            }
            Some(b) => {
                let last = if b.len.is_zero() {
                    b.start.clone()
                } else {
                    &b.start + (&b.len - 1u8) * &b.step
                };
                RangeIter::big(last, -&b.step, &b.len)
            }
        }
    }

    /// The next item, `None` when exhausted.
    #[inline]
    pub fn next(&self, vm: &mut Vm) -> Option<Value> {
        let i = self.index.fetch_add(1, Ordering::Relaxed);
        if i >= self.len {
            // Keep the position from creeping towards a wrap.
            self.index.store(self.len, Ordering::Relaxed);
            return None;
        }
        Some(match &self.big {
            None => vm.new_int(self.start.wrapping_add((i as i64).wrapping_mul(self.step))),
            Some(b) => vm.new_bigint(&b.0 + &b.1 * i),
        })
    }

    /// How many items are left.
    pub fn remaining(&self) -> usize {
        let i = self.index.load(Ordering::Relaxed).min(self.len);
        (self.len - i).try_into().unwrap_or(usize::MAX)
    }
}

fn new_iter(vm: &mut Vm, it: RangeIter) -> Value {
    let class = vm.types().range_iterator;
    vm.alloc(
        class,
        ObjData::Iterator(super::iterators::IterObj::Range(it)),
    )
}

// ----- methods -------------------------------------------------------------

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "range")?;
    let a = &args.pos[1..];
    match a.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1..=3 => {}
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    }
    if a.iter().all(|v| v.is_small_int()) {
        let i = |k: usize| a[k].as_small_int();
        let (start, stop, step) = match a.len() {
            1 => (0, i(0), 1),
            2 => (i(0), i(1), 1),
            _ => (i(0), i(1), i(2)),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        return Ok(new_range(vm, RangeObj::from_i64(start, stop, step)));
    }
    let mut bounds = Vec::with_capacity(3);
    for &v in a {
        bounds.push(vm.to_index(v)?);
    }
    let (start, stop, step) = match bounds.len() {
        1 => (
            BigInt::zero(),
            bounds.pop().unwrap_or_default(),
            BigInt::one(),
        ),
        2 => {
            let stop = bounds.pop().unwrap_or_default();
            (bounds.pop().unwrap_or_default(), stop, BigInt::one())
        }
        _ => {
            let step = bounds.pop().unwrap_or_default();
            let stop = bounds.pop().unwrap_or_default();
            (bounds.pop().unwrap_or_default(), stop, step)
        }
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, RangeObj::from_bigints(start, stop, step)))
}

fn range_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "range", "__len__", 0, is_range)?;
    match range_of(args.pos[0]).len_ssize() {
        Some(n) => Ok(vm.new_int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "range", "__bool__", 0, is_range)?;
    Ok(Value::bool(!range_of(args.pos[0]).is_empty()))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "range", "__getitem__", 1, is_range)?;
    getitem(vm, args.pos[0], a[0])
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "range", "__contains__", 1, is_range)?;
    contains(vm, args.pos[0], a[0]).map(Value::bool)
}

fn range_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "range", "__iter__", 0, is_range)?;
    let it = RangeIter::of(range_of(args.pos[0]));
    Ok(new_iter(vm, it))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "range", "__reversed__", 0, 0, is_range)?;
    let it = RangeIter::reversed_of(range_of(args.pos[0]));
    Ok(new_iter(vm, it))
}

/// `reversed(r)` for the builtin `reversed`.
pub fn reversed(vm: &mut Vm, r: Value) -> Value {
    let it = RangeIter::reversed_of(range_of(r));
    new_iter(vm, it)
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "range", "count", 1, 1, is_range)?;
    let r = range_of(args.pos[0]);
    if let Some(n) = exact_int(vm, a[0]) {
        return Ok(vm.new_int(r.contains_int(&n) as i64));
    }
    let mut count = 0i64;
    for_each_item(vm, r, &mut |vm, v| {
        if same_or_eq(vm, v, a[0])? {
            count += 1;
        }
        Ok(true)
    })?;
    Ok(vm.new_int(count))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "range", "index", 1, 1, is_range)?;
    let r = range_of(args.pos[0]);
    if let Some(n) = exact_int(vm, a[0]) {
        if r.contains_int(&n) {
            let i = r.position_of(&n);
            return Ok(vm.new_bigint(i));
        }
        let s = vm.repr_of(a[0])?;
        return Err(vm.value_error(format!("{s} is not in range")));
    }
    let mut found = None;
    let mut i = 0i64;
    for_each_item(vm, r, &mut |vm, v| {
        if same_or_eq(vm, v, a[0])? {
            found = Some(i);
            return Ok(false);
        }
        i += 1;
        Ok(true)
    })?;
    match found {
        Some(i) => Ok(vm.new_int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "range", "__hash__", 0, is_range)?;
    let h = range_of(args.pos[0]).hash();
    Ok(vm.new_int(h))
}

fn range_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "range", "__repr__", 0, is_range)?;
    let s = range_of(args.pos[0]).repr();
    Ok(vm.new_str(s))
}

fn range_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "range", "__reduce__", 0, 0, is_range)?;
    let (start, stop, step) = range_of(args.pos[0]).bounds();
    let bounds = vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step),
    ];
    let bounds = vm.new_tuple(bounds);
    let class = vm.types().range;
    Ok(vm.new_tuple(vec![class, bounds]))
}

macro_rules! range_cmp_slot {
    ($name:ident, $dunder:literal, $kind:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = slot_args(vm, &args, "range", $dunder, 1, is_range)?;
            compare(vm, args.pos[0], a[0], CompareKind::$kind)
        }
    };
}

range_cmp_slot!(range_eq, "__eq__", Eq);
range_cmp_slot!(range_ne, "__ne__", Ne);
range_cmp_slot!(range_lt, "__lt__", Lt);
range_cmp_slot!(range_le, "__le__", Le);
range_cmp_slot!(range_gt, "__gt__", Gt);
range_cmp_slot!(range_ge, "__ge__", Ge);

fn get_start(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = range_attr(vm, v)?.bounds().0;
    Ok(vm.new_bigint(b))
}

fn get_stop(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = range_attr(vm, v)?.bounds().1;
    Ok(vm.new_bigint(b))
}

fn get_step(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let b = range_attr(vm, v)?.bounds().2;
    Ok(vm.new_bigint(b))
}

/// The setter of a read-only member (`r.start = 1`).
pub fn readonly(vm: &mut Vm, _obj: Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

fn range_attr<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a RangeObj> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Range(r)) => Ok(r),
        _ => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor for 'range' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

pub fn init(interp: &InterpState) {
    let ty = interp.types.range;
    let methods: [(&'static str, crate::interp::NativeFn); 18] = [
        ("__new__", range_new),
        ("__len__", range_len),
        ("__bool__", range_bool),
        ("__getitem__", range_getitem),
        ("__contains__", range_contains),
        ("__iter__", range_iter),
        ("__reversed__", range_reversed),
        ("count", range_count),
        ("index", range_index),
        ("__hash__", range_hash),
        ("__repr__", range_repr),
        ("__reduce__", range_reduce),
        ("__eq__", range_eq),
        ("__ne__", range_ne),
        ("__lt__", range_lt),
        ("__le__", range_le),
        ("__gt__", range_gt),
        ("__ge__", range_ge),
    ];
    for (name, f) in methods {
        super::add_method(interp, ty, name, f);
    }
    super::add_getset(interp, ty, "start", get_start, Some(readonly));
    super::add_getset(interp, ty, "stop", get_stop, Some(readonly));
    super::add_getset(interp, ty, "step", get_step, Some(readonly));
}
