//! `list`: methods and operators.
//!
//! A list's items live behind its own `RwLock`. Every operation takes the
//! lock once for its whole update, so each is atomic with respect to the
//! others on the same list, and never holds it while Python code runs:
//! searches re-read one item at a time and compare unlocked (as CPython
//! re-reads `ob_item[i]`), and operations that consume an iterable or call
//! a key function collect first and lock afterwards.

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};
use crate::sync::{AtomicUsize, RwLock};

use super::iterators::IterObj;
use super::slice::{
    ctor_args, index_arg_not_none, index_value, is_slice, method_args, raw_slice, same_or_eq,
    search_window, seq_fast, slot_args, ssize_arg, RawSlice,
};
use super::tuple::{
    alloc_items, defers_to, non_int_repeat, repeat_count, repeat_items, seq_richcompare,
    MAX_SEQ_LEN,
};

pub fn is_list(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::List(_)))
}

fn lock<'a>(v: Value) -> &'a RwLock<Vec<Value>> {
    match &v.obj().data {
        ObjData::List(l) => l,
        _ => unreachable!("list operation on a non-list"),
    }
}

/// Item `i` of a list now, `None` past its end.
fn item_at(l: &RwLock<Vec<Value>>, i: usize) -> Option<Value> {
    l.read().get(i).copied()
}

/// A snapshot of a list's items.
pub fn snapshot(list: Value) -> Vec<Value> {
    lock(list).read().clone()
}

/// The items of `iterable` for extending or assigning into a list: a
/// snapshot of an exact list or tuple (so `a.extend(a)` and `a[:] = a`
/// see the items as they were), otherwise whatever iteration yields.
fn extend_source(vm: &mut Vm, iterable: Value) -> Option<Vec<Value>> {
    if vm.is_heap_instance(iterable) {
        return None;
    }
    match iterable.as_obj().map(|o| &o.data) {
        Some(ObjData::List(l)) => Some(l.read().clone()),
        Some(ObjData::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    }
}

/// `list.extend(iterable)`: an exact list or tuple is added in one locked
/// step; any other iterable item by item as it is produced (so what was
/// added before an error stays, as in CPython). Room for the iterable's
/// length hint is reserved first, so `list(range(10**12))` fails at once
/// with MemoryError instead of filling memory.
pub fn list_extend(vm: &mut Vm, list: Value, iterable: Value) -> PyResult<()> {
    let l = lock(list);
    if let Some(items) = extend_source(vm, iterable) {
        if !items.is_empty() {
            let mut g = l.write();
            let total = g.len().checked_add(items.len());
            if !reserve(&mut g, total) {
                drop(g);
                return Err(vm.memory_error());
            }
            g.extend_from_slice(&items);
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    let hint = length_hint(vm, iterable)?;
    {
        let mut g = l.write();
        let total = g.len().checked_add(hint);
        if !reserve(&mut g, total) {
            drop(g);
            return Err(vm.memory_error());
        }
    }
    if runs_no_python(vm, iterable) {
        // Nothing can observe the list while these are produced: add them
        // in one step.
        let mut items = Vec::with_capacity(hint);
        while let Some(v) = vm.next(it)? {
            items.push(v);
        }
        l.write().extend_from_slice(&items);
        return Ok(());
    }
    while let Some(v) = vm.next(it)? {
        l.write().push(v);
    }
    Ok(())
}

/// Makes room for `total` items in all (MemoryError-worthy when `None`,
/// absurd or impossible).
fn reserve(v: &mut Vec<Value>, total: Option<usize>) -> bool {
    match total {
        Some(t) if t <= MAX_SEQ_LEN => t <= v.len() || v.try_reserve(t - v.len()).is_ok(),
        _ => false,
    }
}

/// Whether iterating `v` runs no Python code (a builtin range, str,
/// bytes, dict or set: not an iterator, which might walk the very list
/// being extended).
fn runs_no_python(vm: &Vm, v: Value) -> bool {
    !vm.is_heap_instance(v)
        && matches!(
            v.as_obj().map(|o| &o.data),
            Some(
                ObjData::Range(_)
                    | ObjData::Str(_)
                    | ObjData::Bytes(_)
                    | ObjData::Dict(_)
                    | ObjData::Set(_)
                    | ObjData::FrozenSet(_)
            )
        )
}

/// CPython's `operator.length_hint(v, 0)`: the length of a sized object,
/// else what `__length_hint__` says, else 0. Errors other than "has no
/// len" propagate (`len(range(10**20))` overflows).
pub fn length_hint(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if vm.is_heap_instance(v) {
        if vm.lookup_dunder(v, "__len__").is_some() {
            match vm.len(v) {
                Ok(n) => return Ok(n),
                Err(e) if vm.err_is(&e, "TypeError") => {}
                Err(e) => return Err(e),
            }
        }
        let r = match vm.call_dunder(v, "__length_hint__", &[]) {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(0),
            Err(e) if vm.err_is(&e, "TypeError") => return Ok(0),
            Err(e) => return Err(e),
        };
        if r == Value::NOT_IMPLEMENTED {
            return Ok(0);
        }
        let Some(n) = crate::object::hashing::int_view(r) else {
            let t = vm.type_name(r);
            return Err(vm.type_error(format!("__length_hint__ must be an integer, not {t}")));
        };
        return match n {
            crate::object::hashing::IntView::Small(n) if n >= 0 => Ok(n as usize),
            crate::object::hashing::IntView::Big(b) if !num_traits::Signed::is_negative(b) => {
                Ok(usize::MAX)
            }
            _ => Err(vm.value_error("__length_hint__() should return >= 0")),
        };
    }
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Iterator(it)) => Ok(it.length_hint(vm).unwrap_or(0)),
        Some(ObjData::Range(r)) => match r.len_ssize() {
            Some(n) => Ok(n as usize),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        },
        Some(
            ObjData::Str(_)
            | ObjData::Bytes(_)
            | ObjData::ByteArray(_)
            | ObjData::List(_)
            | ObjData::Tuple(_)
            | ObjData::Dict(_)
            | ObjData::Set(_)
            | ObjData::FrozenSet(_)
            | ObjData::DictView(..),
        ) => vm.len(v),
        _ => Ok(0),
    }
}

/// The items of an iterable, with room reserved for its length hint
/// first (`tuple(range(10**12))` raises MemoryError at once).
pub fn collect_hinted(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    if let Some(items) = extend_source(vm, iterable) {
        return Ok(items);
    }
    let it = vm.iter(iterable)?;
    let hint = length_hint(vm, iterable)?;
    let mut out = alloc_items(vm, Some(hint))?;
    while let Some(v) = vm.next(it)? {
        out.push(v);
    }
    Ok(out)
}

// ----- operators -----------------------------------------------------------

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    match kind {
        BinaryOpKind::Add if is_list(lhs) => {
            if !is_list(rhs) {
                if defers_to(vm, rhs, "__radd__") {
                    return Ok(Value::NOT_IMPLEMENTED);
                }
                return Err(concat_error(vm, rhs));
            }
            concat(vm, lhs, rhs)
        }
        BinaryOpKind::Multiply => {
            let (seq, n) = if is_list(lhs) { (lhs, rhs) } else { (rhs, lhs) };
            if !is_list(seq) {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            if seq == lhs && defers_to(vm, rhs, "__rmul__") {
                return Ok(Value::NOT_IMPLEMENTED);
            }
            match repeat_count(vm, n)? {
                Some(n) => repeat(vm, seq, n),
                None => Err(non_int_repeat(vm, n)),
            }
        }
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn concat_error(vm: &mut Vm, rhs: Value) -> crate::interp::PyErr {
    let t = vm.type_name(rhs);
    vm.type_error(format!("can only concatenate list (not \"{t}\") to list"))
}

fn concat(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let x = snapshot(a);
    let y = snapshot(b);
    let mut out = alloc_items(vm, x.len().checked_add(y.len()))?;
    out.extend_from_slice(&x);
    out.extend_from_slice(&y);
    Ok(vm.new_list(out))
}

fn repeat(vm: &mut Vm, list: Value, n: i64) -> PyResult<Value> {
    let items = snapshot(list);
    let out = repeat_items(vm, &items, n)?;
    Ok(vm.new_list(out))
}

/// `list *= n` in place, under one lock.
fn inplace_repeat(vm: &mut Vm, list: Value, n: i64) -> PyResult<()> {
    let mut g = lock(list).write();
    if n <= 0 {
        let old = std::mem::take(&mut *g);
        drop(g);
        drop(old);
        return Ok(());
    }
    let len = g.len();
    if n == 1 || len == 0 {
        return Ok(());
    }
    let total = len.checked_mul(n as usize).filter(|&t| t <= MAX_SEQ_LEN);
    let fits = total.is_some_and(|t| g.try_reserve_exact(t - len).is_ok());
    if !fits {
        drop(g);
        return Err(vm.memory_error());
    }
    for _ in 1..n {
        g.extend_from_within(..len);
    }
    Ok(())
}

/// `list += x` (extend by any iterable) and `list *= n`; `None` when the
/// plain operator applies.
pub fn inplace(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    match kind {
        BinaryOpKind::Add => {
            if defers_to(vm, rhs, "__radd__") {
                return Ok(None);
            }
            list_extend(vm, lhs, rhs)?;
            Ok(Some(lhs))
        }
        BinaryOpKind::Multiply => {
            if defers_to(vm, rhs, "__rmul__") {
                return Ok(None);
            }
            match repeat_count(vm, rhs)? {
                Some(n) => {
                    inplace_repeat(vm, lhs, n)?;
                    Ok(Some(lhs))
                }
                None => Err(non_int_repeat(vm, rhs)),
            }
        }
        _ => Ok(None),
    }
}

pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if !is_list(lhs) || !is_list(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = (lock(lhs), lock(rhs));
    seq_richcompare(
        vm,
        kind,
        &|i| item_at(a, i),
        &|i| item_at(b, i),
        &|| a.read().len(),
        &|| b.read().len(),
    )
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let l = lock(container);
    let mut i = 0;
    while let Some(v) = item_at(l, i) {
        if same_or_eq(vm, v, item)? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

// ----- subscripts ----------------------------------------------------------

/// The index `key` denotes, or the TypeError for a key that is neither an
/// int nor a slice.
fn int_key(vm: &mut Vm, key: Value) -> PyResult<i64> {
    match index_value(vm, key)? {
        Some(i) => Ok(i),
        None => {
            let t = vm.type_name(key);
            Err(vm.type_error(format!("list indices must be integers or slices, not {t}")))
        }
    }
}

/// Fits index `i` to a list of `n` items; `None` when out of range.
fn fit_index(i: i64, n: usize) -> Option<usize> {
    let n = n as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let l = lock(container);
    if key.is_small_int() {
        let g = l.read();
        if let Some(j) = fit_index(key.as_small_int(), g.len()) {
            return Ok(g[j]);
        }
        drop(g);
        return Err(vm.index_error("list index out of range"));
    }
    if is_slice(key) {
        let raw = raw_slice(vm, key)?;
        let out = {
            let g = l.read();
            let r = raw.adjust(g.len() as i64);
            if r.step == 1 {
                let s = r.start as usize;
                g[s..s + r.len].to_vec()
            } else {
                r.indices().map(|i| g[i]).collect()
            }
        };
        return Ok(vm.new_list(out));
    }
    let i = int_key(vm, key)?;
    let g = l.read();
    match fit_index(i, g.len()) {
        Some(j) => Ok(g[j]),
        None => {
            drop(g);
            Err(vm.index_error("list index out of range"))
        }
    }
}

pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    let l = lock(container);
    if is_slice(key) {
        let raw = raw_slice(vm, key)?;
        return assign_slice(vm, container, raw, value);
    }
    let i = int_key(vm, key)?;
    let mut g = l.write();
    match fit_index(i, g.len()) {
        Some(j) => {
            g[j] = value;
            Ok(())
        }
        None => {
            drop(g);
            Err(vm.index_error("list assignment index out of range"))
        }
    }
}

/// `list[slice] = iterable`.
fn assign_slice(vm: &mut Vm, list: Value, raw: RawSlice, value: Value) -> PyResult<()> {
    let l = lock(list);
    if raw.step == 1 {
        let items = match extend_source(vm, value) {
            Some(items) => items,
            None => seq_fast(vm, value, "can only assign an iterable")?,
        };
        let mut g = l.write();
        let r = raw.adjust(g.len() as i64);
        let lo = r.start as usize;
        let hi = (r.stop.max(r.start)) as usize;
        if g.len() - (hi - lo) + items.len() > MAX_SEQ_LEN {
            drop(g);
            return Err(vm.memory_error());
        }
        let old: Vec<Value> = g.splice(lo..hi, items).collect();
        drop(g);
        drop(old);
        return Ok(());
    }
    let items = match extend_source(vm, value) {
        Some(items) => items,
        None => seq_fast(vm, value, "must assign iterable to extended slice")?,
    };
    let mut g = l.write();
    let r = raw.adjust(g.len() as i64);
    if items.len() != r.len {
        drop(g);
        return Err(vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            r.len
        )));
    }
    for (i, v) in r.indices().zip(items) {
        g[i] = v;
    }
    Ok(())
}

pub fn delitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    let l = lock(container);
    if is_slice(key) {
        let raw = raw_slice(vm, key)?;
        let mut g = l.write();
        let r = raw.adjust(g.len() as i64);
        if r.len == 0 {
            return Ok(());
        }
        if r.step == 1 || r.step == -1 {
            let (lo, hi) = if r.step == 1 {
                (r.start as usize, r.start as usize + r.len)
            } else {
                (r.start as usize + 1 - r.len, r.start as usize + 1)
            };
            let old: Vec<Value> = g.drain(lo..hi).collect();
            drop(g);
            drop(old);
            return Ok(());
        }
        // The selected indices, ascending: first, first + step, ...
        let step = r.step.unsigned_abs() as usize;
        let first = if r.step > 0 {
            r.start as usize
        } else {
            r.start as usize - (r.len - 1) * step
        };
        let last = first + (r.len - 1) * step;
        let mut k = 0;
        g.retain(|_| {
            let i = k;
            k += 1;
            !(i >= first && i <= last && (i - first) % step == 0)
        });
        return Ok(());
    }
    let i = int_key(vm, key)?;
    let mut g = l.write();
    match fit_index(i, g.len()) {
        Some(j) => {
            g.remove(j);
            Ok(())
        }
        None => {
            drop(g);
            Err(vm.index_error("list assignment index out of range"))
        }
    }
}

// ----- sorting -------------------------------------------------------------

/// Sorts `items` stably by `<` on the items or on `key(item)` (`key` may
/// be NULL or None), in reverse order when `reverse` (equal items still
/// keep their order). When a key call raises, `items` is untouched; when
/// a comparison raises, `items` is left as some permutation of itself.
/// `list.sort` and `sorted()` share this.
pub fn sort_values(vm: &mut Vm, items: &mut [Value], key: Value, reverse: bool) -> PyResult<()> {
    let lt = |vm: &mut Vm, a: Value, b: Value| vm.compare_bool(a, b, CompareKind::Lt);
    if key.is_null() || key.is_none() {
        if reverse {
            items.reverse();
        }
        let r = if native_sort(vm, items, |v| *v) {
            Ok(())
        } else {
            super::sort::sort_by(items, &mut |a, b| lt(vm, a, b))
        };
        if reverse {
            items.reverse();
        }
        return r;
    }
    let mut pairs = Vec::with_capacity(items.len());
    for &v in items.iter() {
        let k = vm.call(key, &[v])?;
        pairs.push((k, v));
    }
    if reverse {
        pairs.reverse();
    }
    let r = if native_sort(vm, &mut pairs, |p| p.0) {
        Ok(())
    } else {
        super::sort::sort_by(&mut pairs, &mut |a, b| lt(vm, a.0, b.0))
    };
    if reverse {
        pairs.reverse();
    }
    for (slot, (_, v)) in items.iter_mut().zip(pairs) {
        *slot = v;
    }
    r
}

/// Sorts stably without running Python code when every key is a small
/// int, every key a non-NaN float, or every key an exact str: their `<`
/// is a fixed total order, so any stable sort gives the same result.
/// Returns false (leaving `v` alone) for any other keys.
fn native_sort<T>(vm: &Vm, v: &mut [T], key: impl Fn(&T) -> Value) -> bool {
    let Some(first) = v.first().map(&key) else {
        return true;
    };
    if first.is_small_int() {
        if v.iter().all(|x| key(x).is_small_int()) {
            v.sort_by_key(|x| key(x).as_small_int());
            return true;
        }
    } else if first.is_float() {
        if v.iter().all(|x| {
            let k = key(x);
            k.is_float() && !k.as_float().is_nan()
        }) {
            // No NaN: `partial_cmp` is a total preorder (-0.0 == 0.0).
            v.sort_by(|a, b| {
                key(a)
                    .as_float()
                    .partial_cmp(&key(b).as_float())
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            return true;
        }
    } else {
        let str_class = vm.types().str;
        let exact_str =
            |k: Value| k.as_obj().is_some_and(|o| o.class() == str_class) && vm.as_str(k).is_some();
        if exact_str(first) && v.iter().all(|x| exact_str(key(x))) {
            v.sort_by(|a, b| {
                let (x, y) = (
                    vm.as_str(key(a)).unwrap_or(""),
                    vm.as_str(key(b)).unwrap_or(""),
                );
                x.cmp(y)
            });
            return true;
        }
    }
    false
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&list) = args.pos.first() else {
        return Err(vm.type_error("unbound method list.sort() needs an argument"));
    };
    if !is_list(list) {
        let t = vm.type_name(list);
        return Err(vm.type_error(format!(
            "descriptor 'sort' for 'list' objects doesn't apply to a '{t}' object"
        )));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::NONE;
    let mut reverse = false;
    for (&name, &v) in args.kwnames.iter().zip(args.kwvalues) {
        match vm.as_str(name) {
            Some("key") => key = v,
            Some("reverse") => {
                let n = vm.to_index(v)?;
                reverse = !num_traits::Zero::is_zero(&n);
            }
            other => {
                let other = other.unwrap_or("?").to_string();
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    // While the sort runs the list reads as empty; whatever is put in it
    // meanwhile is discarded and reported, as CPython does.
    let l = lock(list);
    let mut items = std::mem::take(&mut *l.write());
    let r = sort_values(vm, &mut items, key, reverse);
    let meanwhile = {
        let mut g = l.write();
        let touched = g.capacity() != 0;
        (std::mem::replace(&mut *g, items), touched)
    };
    drop(meanwhile.0);
    r?;
    if meanwhile.1 {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

// ----- methods -------------------------------------------------------------

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let list = vm.alloc(cls, ObjData::List(RwLock::new(Vec::new())));
    if cls == vm.types().list {
        let a = ctor_args(vm, &args, "list", 1)?;
        if let Some(&iterable) = a.first() {
            list_extend(vm, list, iterable)?;
        }
    }
    Ok(list)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let list = args.pos[0];
    if !is_list(list) {
        let t = vm.type_name(list);
        return Err(vm.type_error(format!(
            "descriptor '__init__' requires a 'list' object but received a '{t}'"
        )));
    }
    let a = ctor_args(vm, &args, "list", 1)?;
    let old = std::mem::take(&mut *lock(list).write());
    drop(old);
    if let Some(&iterable) = a.first() {
        list_extend(vm, list, iterable)?;
    }
    Ok(Value::NONE)
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "append", 1, 1, is_list)?;
    lock(args.pos[0]).write().push(a[0]);
    Ok(Value::NONE)
}

fn list_extend_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "extend", 1, 1, is_list)?;
    list_extend(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "insert", 2, 2, is_list)?;
    let i = ssize_arg(vm, a[0])?;
    let mut g = lock(args.pos[0]).write();
    let n = g.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.insert(j as usize, a[1]);
    Ok(Value::NONE)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "pop", 0, 1, is_list)?;
    let i = match a.first() {
        Some(&v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut g = lock(args.pos[0]).write();
    if g.is_empty() {
        drop(g);
        return Err(vm.index_error("pop from empty list"));
    }
    match fit_index(i, g.len()) {
        Some(j) => Ok(g.remove(j)),
        None => {
            drop(g);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "remove", 1, 1, is_list)?;
    let l = lock(args.pos[0]);
    let mut i = 0;
    while let Some(v) = item_at(l, i) {
        if same_or_eq(vm, v, a[0])? {
            let mut g = l.write();
            if i < g.len() {
                g.remove(i);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "index", 1, 3, is_list)?;
    let start = match a.get(1) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => 0,
    };
    let stop = match a.get(2) {
        Some(&v) => index_arg_not_none(vm, v)?,
        None => i64::MAX,
    };
    let l = lock(args.pos[0]);
    let len = l.read().len();
    let (lo, hi) = search_window(start, stop, len);
    for i in lo..hi {
        let Some(v) = item_at(l, i) else { break };
        if same_or_eq(vm, v, a[0])? {
            return Ok(vm.new_int(i as i64));
        }
    }
    let r = vm.repr_of(a[0])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "count", 1, 1, is_list)?;
    let l = lock(args.pos[0]);
    let (mut i, mut n) = (0, 0);
    while let Some(v) = item_at(l, i) {
        if same_or_eq(vm, v, a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(vm.new_int(n))
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "list", "reverse", 0, 0, is_list)?;
    lock(args.pos[0]).write().reverse();
    Ok(Value::NONE)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "list", "copy", 0, 0, is_list)?;
    let items = snapshot(args.pos[0]);
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "list", "clear", 0, 0, is_list)?;
    let old = std::mem::take(&mut *lock(args.pos[0]).write());
    drop(old);
    Ok(Value::NONE)
}

fn list_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "list", "__len__", 0, is_list)?;
    let n = lock(args.pos[0]).read().len();
    Ok(vm.new_int(n as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "list", "__getitem__", 1, 1, is_list)?;
    getitem(vm, args.pos[0], a[0])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__setitem__", 2, is_list)?;
    setitem(vm, args.pos[0], a[0], a[1])?;
    Ok(Value::NONE)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__delitem__", 1, is_list)?;
    delitem(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__contains__", 1, is_list)?;
    contains(vm, args.pos[0], a[0]).map(Value::bool)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "list", "__iter__", 0, is_list)?;
    let it = IterObj::for_builtin(vm, args.pos[0])?;
    Ok(it.unwrap_or(Value::NONE))
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "list", "__reversed__", 0, 0, is_list)?;
    let seq = args.pos[0];
    let n = lock(seq).read().len();
    let class = vm.types().list_reverseiterator;
    Ok(vm.alloc(
        class,
        ObjData::Iterator(IterObj::Reversed {
            seq,
            remaining: AtomicUsize::new(n),
        }),
    ))
}

fn list_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__add__", 1, is_list)?;
    if !is_list(a[0]) {
        return Err(concat_error(vm, a[0]));
    }
    concat(vm, args.pos[0], a[0])
}

/// The repeat count of a slot called directly (`[1].__mul__(x)`), which
/// converts with `__index__`'s message.
fn slot_count(vm: &mut Vm, n: Value) -> PyResult<i64> {
    match repeat_count(vm, n)? {
        Some(n) => Ok(n),
        None => {
            let t = vm.type_name(n);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__mul__", 1, is_list)?;
    let n = slot_count(vm, a[0])?;
    repeat(vm, args.pos[0], n)
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__iadd__", 1, is_list)?;
    list_extend(vm, args.pos[0], a[0])?;
    Ok(args.pos[0])
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = slot_args(vm, &args, "list", "__imul__", 1, is_list)?;
    let n = slot_count(vm, a[0])?;
    inplace_repeat(vm, args.pos[0], n)?;
    Ok(args.pos[0])
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "list", "__repr__", 0, is_list)?;
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn list_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "list", "__sizeof__", 0, 0, is_list)?;
    let cap = lock(args.pos[0]).read().capacity();
    Ok(vm.new_int(40 + 8 * cap as i64))
}

macro_rules! list_cmp_slot {
    ($name:ident, $dunder:literal, $kind:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = slot_args(vm, &args, "list", $dunder, 1, is_list)?;
            compare(vm, args.pos[0], a[0], CompareKind::$kind)
        }
    };
}

list_cmp_slot!(list_eq, "__eq__", Eq);
list_cmp_slot!(list_ne, "__ne__", Ne);
list_cmp_slot!(list_lt, "__lt__", Lt);
list_cmp_slot!(list_le, "__le__", Le);
list_cmp_slot!(list_gt, "__gt__", Gt);
list_cmp_slot!(list_ge, "__ge__", Ge);

pub fn init(interp: &InterpState) {
    let ty = interp.types.list;
    let methods: [(&'static str, crate::interp::NativeFn); 33] = [
        ("__new__", list_new),
        ("__init__", list_init),
        ("append", list_append),
        ("extend", list_extend_method),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__len__", list_len),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", list_contains),
        ("__iter__", list_iter),
        ("__reversed__", list_reversed),
        ("__add__", list_add),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__iadd__", list_iadd),
        ("__imul__", list_imul),
        ("__repr__", list_repr),
        ("__sizeof__", list_sizeof),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
    ];
    for (name, f) in methods {
        super::add_method(interp, ty, name, f);
    }
    super::set_type_attr(interp, ty, "__hash__", Value::NONE);
}
