//! `set` and `frozenset`: constructors, methods, operators and iterators.
//!
//! Every operation follows the algorithm CPython 3.11 uses for it (which
//! operand is iterated, which table is copied, when the table is resized),
//! because the resulting table layout decides the iteration order that
//! programs print.
//!
//! Tables come in two kinds here. A *shared* table belongs to a set that
//! other threads may see: it is only touched under the set's lock, and a
//! comparison that needs user code is asked back (see `dict::hinted`). A
//! *private* table is a result being built (or a snapshot of another set):
//! no one else can see it, so comparisons run in the VM directly.

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::dict::EqHints;
use crate::object::hashing::builtin_eq;
use crate::object::set::{set_payload, SetObj, SetTable};
use crate::object::{ObjData, Value};
use crate::sync::Mutex;

use super::dict::{dict_payload, hinted};
use super::iterators::IterObj;
use super::slice::{ctor_args, method_args};

// ----- kinds of values ----------------------------------------------------------

fn is_anyset(v: Value) -> bool {
    set_payload(v).is_some()
}

fn is_mutable_set(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Set(_)))
}

fn is_frozen(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::FrozenSet(_)))
}

fn payload<'a>(v: Value) -> &'a SetObj {
    set_payload(v).expect("a set or frozenset")
}

/// A dict whose type is exactly `dict` (iterated through its entries).
fn exact_dict<'a>(vm: &Vm, v: Value) -> Option<&'a crate::object::DictObj> {
    dict_payload(v).filter(|_| vm.type_of(v) == vm.types().dict)
}

/// `==` for keys of a private table.
fn vm_eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    match builtin_eq(a, b) {
        Some(r) => Ok(r),
        None => vm.eq(a, b),
    }
}

/// A new set (`frozen` false) or frozenset holding `table`.
fn wrap(vm: &mut Vm, frozen: bool, table: SetTable) -> Value {
    vm.new_set(frozen, table)
}

// ----- private tables ---------------------------------------------------------------

fn local_add(vm: &mut Vm, t: &mut SetTable, key: Value, hash: i64) -> PyResult<bool> {
    t.add_with(key, hash, |a, b| vm_eq(vm, a, b))
}

fn local_contains(vm: &mut Vm, t: &SetTable, key: Value, hash: i64) -> PyResult<bool> {
    t.contains_with(key, hash, |a, b| vm_eq(vm, a, b))
}

/// `set_update_internal` on a private table.
fn local_update(vm: &mut Vm, t: &mut SetTable, other: Value) -> PyResult<()> {
    if let Some(o) = set_payload(other) {
        let ot = o.snapshot();
        if !t.merge_fast(&ot) {
            for (h, k) in ot.items() {
                local_add(vm, t, k, h)?;
            }
        }
        return Ok(());
    }
    if let Some(d) = exact_dict(vm, other) {
        let entries = d.entries();
        t.reserve_for(entries.len());
        for e in entries {
            local_add(vm, t, e.key, e.hash)?;
        }
        return Ok(());
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        local_add(vm, t, k, h)?;
    }
    Ok(())
}

/// A private table of `iterable`'s items.
fn table_from(vm: &mut Vm, iterable: Value) -> PyResult<SetTable> {
    let mut t = SetTable::default();
    local_update(vm, &mut t, iterable)?;
    Ok(t)
}

// ----- shared tables ---------------------------------------------------------------

fn shared_contains(vm: &mut Vm, s: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    hinted(vm, key, |h| s.contains_hinted(key, hash, h))
}

fn shared_add(vm: &mut Vm, s: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    hinted(vm, key, |h| {
        s.table.write().add_with(key, hash, |a, b| h.eq(a, b))
    })
}

fn shared_discard(vm: &mut Vm, s: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    hinted(vm, key, |h| {
        s.table.write().discard_with(key, hash, |a, b| h.eq(a, b))
    })
}

type Step = fn(&mut SetTable, Value, i64, &EqHints) -> Result<(), Value>;

fn step_add(t: &mut SetTable, k: Value, h: i64, hints: &EqHints) -> Result<(), Value> {
    t.add_with(k, h, |a, b| hints.eq(a, b)).map(|_| ())
}

fn step_discard(t: &mut SetTable, k: Value, h: i64, hints: &EqHints) -> Result<(), Value> {
    t.discard_with(k, h, |a, b| hints.eq(a, b)).map(|_| ())
}

fn step_toggle(t: &mut SetTable, k: Value, h: i64, hints: &EqHints) -> Result<(), Value> {
    t.toggle_with(k, h, |a, b| hints.eq(a, b))
}

/// Applies `step` to each of `items` on a shared table, all under one hold
/// of its lock unless a comparison needs the VM. `prologue` runs first
/// (returning true when it did all the work) and `epilogue` last.
fn shared_steps(
    vm: &mut Vm,
    s: &SetObj,
    items: &[(i64, Value)],
    prologue: impl FnOnce(&mut SetTable) -> bool,
    step: Step,
    epilogue: impl FnOnce(&mut SetTable),
) -> PyResult<()> {
    let mut prologue = Some(prologue);
    let mut epilogue = Some(epilogue);
    let mut i = 0;
    let mut hints = EqHints::default();
    loop {
        let asked = {
            let mut t = s.table.write();
            if let Some(p) = prologue.take() {
                if p(&mut t) {
                    return Ok(());
                }
            }
            let mut asked = None;
            while i < items.len() {
                let (h, k) = items[i];
                match step(&mut t, k, h, &hints) {
                    Ok(()) => {
                        i += 1;
                        hints.clear();
                    }
                    Err(stored) => {
                        asked = Some(stored);
                        break;
                    }
                }
            }
            if asked.is_none() {
                if let Some(e) = epilogue.take() {
                    e(&mut t);
                }
            }
            asked
        };
        match asked {
            None => return Ok(()),
            Some(stored) => {
                let eq = vm.eq(stored, items[i].1)?;
                hints.learn(stored, eq);
            }
        }
    }
}

/// `set_update_internal` on a shared set.
fn shared_update(vm: &mut Vm, target: Value, other: Value) -> PyResult<()> {
    let s = payload(target);
    if let Some(o) = set_payload(other) {
        if target == other {
            return Ok(());
        }
        let ot = o.snapshot();
        let items = ot.items();
        return shared_steps(vm, s, &items, |t| t.merge_fast(&ot), step_add, |_| {});
    }
    if let Some(d) = exact_dict(vm, other) {
        let items: Vec<(i64, Value)> = d.entries().iter().map(|e| (e.hash, e.key)).collect();
        let n = items.len();
        return shared_steps(
            vm,
            s,
            &items,
            |t| {
                t.reserve_for(n);
                false
            },
            step_add,
            |_| {},
        );
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        shared_add(vm, s, k, h)?;
    }
    Ok(())
}

/// `set_difference_update_internal` on a shared set.
fn shared_difference_update(vm: &mut Vm, target: Value, other: Value) -> PyResult<()> {
    let s = payload(target);
    if target == other {
        s.table.write().clear();
        return Ok(());
    }
    if let Some(o) = set_payload(other) {
        let ot = o.snapshot();
        let items = ot.items();
        // When the other set is much larger, CPython walks this set instead
        // (through an intersection); the keys removed are the same either
        // way, so the table ends up the same.
        let walk_self = |t: &mut SetTable| {
            if (ot.len() >> 3) <= t.len() {
                return false;
            }
            let mut common = Vec::new();
            for (h, k) in t.items() {
                match ot.contains_with(k, h, |a, b| builtin_eq(a, b).ok_or(())) {
                    Ok(true) => common.push((h, k)),
                    Ok(false) => {}
                    Err(()) => return false,
                }
            }
            for (h, k) in common {
                // Each key is its own stored key: found by identity.
                t.discard_with(k, h, |_, _| Ok::<bool, ()>(false)).ok();
            }
            t.shrink_dummies();
            true
        };
        return shared_steps(vm, s, &items, walk_self, step_discard, |t| {
            t.shrink_dummies()
        });
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        shared_discard(vm, s, k, h)?;
    }
    s.table.write().shrink_dummies();
    Ok(())
}

/// `set_symmetric_difference_update` on a shared set.
fn shared_symmetric_difference_update(vm: &mut Vm, target: Value, other: Value) -> PyResult<()> {
    let s = payload(target);
    if target == other {
        s.table.write().clear();
        return Ok(());
    }
    let items: Vec<(i64, Value)> = if let Some(d) = exact_dict(vm, other) {
        d.entries().iter().map(|e| (e.hash, e.key)).collect()
    } else if let Some(o) = set_payload(other) {
        o.snapshot().items()
    } else {
        table_from(vm, other)?.items()
    };
    shared_steps(vm, s, &items, |_| false, step_toggle, |_| {})
}

// ----- the algorithms behind the operators and methods --------------------------

/// `set_copy`: a new set of `so`'s base kind with its items.
fn copy_of(vm: &mut Vm, so: Value) -> Value {
    let mut t = SetTable::default();
    t.merge(&payload(so).snapshot());
    wrap(vm, is_frozen(so), t)
}

/// `set_intersection(so, other)` as a private table.
/// The intersection of two set tables: the smaller one's keys that the
/// larger one holds, added in the smaller one's order.
fn intersect_tables<E>(
    a: &SetTable,
    b: &SetTable,
    mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut result = SetTable::default();
    for (h, k) in small.items() {
        if big.contains_with(k, h, &mut eq)? {
            result.add_with(k, h, &mut eq)?;
        }
    }
    Ok(result)
}

/// The keys of `items` that `so` holds, in `items`' order.
fn intersect_items<E>(
    so: &SetTable,
    items: &[(i64, Value)],
    mut eq: impl FnMut(Value, Value) -> Result<bool, E>,
) -> Result<SetTable, E> {
    let mut result = SetTable::default();
    for &(h, k) in items {
        if so.contains_with(k, h, &mut eq)? {
            result.add_with(k, h, &mut eq)?;
        }
    }
    Ok(result)
}

/// `so &= other`: computed and swapped in under one hold of the lock when
/// builtin equality decides every comparison.
fn shared_intersection_update(vm: &mut Vm, target: Value, other: Value) -> PyResult<()> {
    let s = payload(target);
    if target == other {
        let mut t = s.table.write();
        let mut copy = SetTable::default();
        copy.merge(&t);
        t.replace_with(copy);
        return Ok(());
    }
    let other_table = set_payload(other).map(|o| o.snapshot());
    let items = match &other_table {
        Some(_) => Vec::new(),
        None => {
            let it = vm.iter(other)?;
            let mut items = Vec::new();
            while let Some(k) = vm.next(it)? {
                let h = vm.hash(k)?;
                items.push((h, k));
            }
            items
        }
    };
    let builtin = |a: Value, b: Value| builtin_eq(a, b).ok_or(());
    {
        let mut t = s.table.write();
        let r = match &other_table {
            Some(ot) => intersect_tables(&t, ot, builtin),
            None => intersect_items(&t, &items, builtin),
        };
        if let Ok(result) = r {
            t.replace_with(result);
            return Ok(());
        }
    }
    let snap = s.snapshot();
    let result = match &other_table {
        Some(ot) => intersect_tables(&snap, ot, |a, b| vm_eq(vm, a, b))?,
        None => intersect_items(&snap, &items, |a, b| vm_eq(vm, a, b))?,
    };
    s.table.write().replace_with(result);
    Ok(())
}

fn intersection_table(vm: &mut Vm, so: Value, other: Value) -> PyResult<SetTable> {
    if so == other {
        let mut t = SetTable::default();
        t.merge(&payload(so).snapshot());
        return Ok(t);
    }
    let mut result = SetTable::default();
    if let Some(o) = set_payload(other) {
        let (a, b) = (payload(so).snapshot(), o.snapshot());
        return intersect_tables(&a, &b, |x, y| vm_eq(vm, x, y));
    }
    let s = payload(so);
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        if shared_contains(vm, s, k, h)? {
            local_add(vm, &mut result, k, h)?;
        }
    }
    Ok(result)
}

/// `so & other` / `so.intersection(other)`.
pub fn intersection(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let t = intersection_table(vm, so, other)?;
    Ok(wrap(vm, is_frozen(so), t))
}

fn intersection_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return Ok(copy_of(vm, so));
    }
    let mut result = so;
    for &other in others {
        result = intersection(vm, result, other)?;
    }
    Ok(result)
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let frozen = is_frozen(so);
    let other_size = if let Some(o) = set_payload(other) {
        o.len()
    } else if let Some(d) = exact_dict(vm, other) {
        d.len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    let s = payload(so);
    if (s.len() >> 2) > other_size {
        return copy_and_difference(vm, so, other);
    }
    let mut result = SetTable::default();
    let items = s.snapshot().items();
    if let Some(d) = exact_dict(vm, other) {
        for (h, k) in items {
            if super::dict::lookup_hashed(vm, d, k, h)?.is_none() {
                local_add(vm, &mut result, k, h)?;
            }
        }
    } else {
        let ot = payload(other).snapshot();
        for (h, k) in items {
            if !local_contains(vm, &ot, k, h)? {
                local_add(vm, &mut result, k, h)?;
            }
        }
    }
    Ok(wrap(vm, frozen, result))
}

fn copy_and_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let result = copy_of(vm, so);
    shared_difference_update(vm, result, other)?;
    Ok(result)
}

fn difference_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    let Some((&first, rest)) = others.split_first() else {
        return Ok(copy_of(vm, so));
    };
    let result = difference(vm, so, first)?;
    for &other in rest {
        shared_difference_update(vm, result, other)?;
    }
    Ok(result)
}

/// `set_symmetric_difference(so, other)`.
fn symmetric_difference(vm: &mut Vm, so: Value, other: Value) -> PyResult<Value> {
    let t = table_from(vm, other)?;
    let result = wrap(vm, is_frozen(so), t);
    shared_symmetric_difference_update(vm, result, so)?;
    Ok(result)
}

fn union_multi(vm: &mut Vm, so: Value, others: &[Value]) -> PyResult<Value> {
    let result = copy_of(vm, so);
    for &other in others {
        if other != so {
            shared_update(vm, result, other)?;
        }
    }
    Ok(result)
}

/// `set_issubset(so, other)`.
fn issubset(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    let s = payload(so);
    let Some(o) = set_payload(other) else {
        let t = intersection_table(vm, so, other)?;
        return Ok(t.len() == s.len());
    };
    if s.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in s.snapshot().items() {
        if !shared_contains(vm, o, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset(so, other)`.
fn issuperset(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    if is_anyset(other) {
        return issubset(vm, other, so);
    }
    let s = payload(so);
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        if !shared_contains(vm, s, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint(vm: &mut Vm, so: Value, other: Value) -> PyResult<bool> {
    let s = payload(so);
    if so == other {
        return Ok(s.is_empty());
    }
    let t = vm.types();
    let exact_set = |v: Value| {
        let ty = vm.type_of(v);
        ty == t.set || ty == t.frozenset
    };
    if exact_set(other) {
        let (mut big, mut small) = (s.snapshot(), payload(other).snapshot());
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (h, k) in small.items() {
            if local_contains(vm, &big, k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        let h = vm.hash(k)?;
        if shared_contains(vm, s, k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The key to look up for `key in s` / `s.remove(key)` / `s.discard(key)`:
/// a set key is looked up as the frozenset of its items.
fn probe_key(vm: &mut Vm, key: Value) -> PyResult<(Value, i64)> {
    match vm.hash(key) {
        Ok(h) => Ok((key, h)),
        Err(e) if is_mutable_set(key) && vm.err_is(&e, "TypeError") => {
            let mut t = SetTable::default();
            t.merge(&payload(key).snapshot());
            let f = wrap(vm, true, t);
            let h = vm.hash(f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

// ----- hooks and helpers used by the interpreter and other types ---------------

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    if !is_anyset(lhs) || !is_anyset(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match kind {
        BinaryOpKind::Or => {
            let result = copy_of(vm, lhs);
            if lhs != rhs {
                shared_update(vm, result, rhs)?;
            }
            Ok(result)
        }
        BinaryOpKind::And => intersection(vm, lhs, rhs),
        BinaryOpKind::Subtract => difference(vm, lhs, rhs),
        BinaryOpKind::Xor => symmetric_difference(vm, lhs, rhs),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `s |= t`, `s &= t`, `s -= t`, `s ^= t` on a mutable set (both operands
/// sets); `None` lets the plain operator answer.
pub fn inplace(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    if !is_mutable_set(lhs) || !is_anyset(rhs) {
        return Ok(None);
    }
    match kind {
        BinaryOpKind::Or => shared_update(vm, lhs, rhs)?,
        BinaryOpKind::And => shared_intersection_update(vm, lhs, rhs)?,
        BinaryOpKind::Subtract => shared_difference_update(vm, lhs, rhs)?,
        BinaryOpKind::Xor => shared_symmetric_difference_update(vm, lhs, rhs)?,
        _ => return Ok(None),
    }
    Ok(Some(lhs))
}

pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if !is_anyset(lhs) || !is_anyset(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    super::dict::nested_compare(vm, |vm| compare_sets(vm, lhs, rhs, kind))
}

fn compare_sets(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    let (ls, rs) = (payload(lhs).len(), payload(rhs).len());
    let r = match kind {
        CompareKind::Eq => ls == rs && issubset(vm, lhs, rhs)?,
        CompareKind::Ne => !(ls == rs && issubset(vm, lhs, rhs)?),
        CompareKind::Le => issubset(vm, lhs, rhs)?,
        CompareKind::Ge => issuperset(vm, lhs, rhs)?,
        CompareKind::Lt => ls < rs && issubset(vm, lhs, rhs)?,
        CompareKind::Gt => ls > rs && issuperset(vm, lhs, rhs)?,
    };
    Ok(Value::bool(r))
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    let (key, h) = probe_key(vm, item)?;
    shared_contains(vm, payload(container), key, h)
}

/// A new set (or frozenset) of `items`, added in order (`{a, b, c}`).
pub fn set_from_values(vm: &mut Vm, items: &[Value], frozen: bool) -> PyResult<Value> {
    let mut table = SetTable::default();
    for &v in items {
        let h = vm.hash(v)?;
        local_add(vm, &mut table, v, h)?;
    }
    Ok(wrap(vm, frozen, table))
}

/// A new empty-or-filled set from values (for other modules).
pub fn new_set_from_values(vm: &mut Vm, items: &[Value]) -> PyResult<Value> {
    set_from_values(vm, items, false)
}

/// `set(iterable)`.
pub fn new_set_from(vm: &mut Vm, iterable: Value) -> PyResult<Value> {
    let t = table_from(vm, iterable)?;
    Ok(wrap(vm, false, t))
}

/// `set.add(v)` (also the `SET_ADD` instruction).
pub fn set_add(vm: &mut Vm, set: Value, v: Value) -> PyResult<()> {
    let h = vm.hash(v)?;
    if let Some(s) = set_payload(set) {
        shared_add(vm, s, v, h)?;
    }
    Ok(())
}

pub fn add_value(vm: &mut Vm, set: Value, v: Value) -> PyResult<()> {
    set_add(vm, set, v)
}

/// `set.update(other)` for other modules.
pub fn update_in_place(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    shared_update(vm, set, other)
}

/// `set.difference_update(other)` for other modules.
pub fn difference_update_in_place(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    shared_difference_update(vm, set, other)
}

/// `set.symmetric_difference_update(other)` for other modules.
pub fn symmetric_difference_update_in_place(vm: &mut Vm, set: Value, other: Value) -> PyResult<()> {
    shared_symmetric_difference_update(vm, set, other)
}

// ----- constructors ----------------------------------------------------------------

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    if cls == vm.types().set {
        // `type_call` runs `__init__` only for classes defined in Python.
        let rest = ctor_args(vm, &args, "set", 1)?;
        let t = match rest.first() {
            Some(&it) => table_from(vm, it)?,
            None => SetTable::default(),
        };
        return Ok(wrap(vm, false, t));
    }
    Ok(vm.alloc(cls, ObjData::Set(SetObj::new(SetTable::default()))))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&this) = args.pos.first().filter(|&&v| is_mutable_set(v)) else {
        return Err(vm.type_error("descriptor '__init__' requires a 'set' object"));
    };
    let rest = ctor_args(vm, &args, "set", 1)?;
    payload(this).table.write().clear();
    if let Some(&it) = rest.first() {
        shared_update(vm, this, it)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let exact = cls == vm.types().frozenset;
    let rest = ctor_args(vm, &args, "frozenset", 1)?;
    if let Some(&it) = rest.first() {
        if exact && vm.type_of(it) == cls {
            return Ok(it);
        }
    }
    let t = match rest.first() {
        Some(&it) => table_from(vm, it)?,
        None => SetTable::default(),
    };
    if exact {
        return Ok(wrap(vm, true, t));
    }
    Ok(vm.alloc(cls, ObjData::FrozenSet(SetObj::new(t))))
}

// ----- methods -----------------------------------------------------------------------

fn tname_of(args: &Args) -> &'static str {
    match args.pos.first() {
        Some(&v) if is_frozen(v) => "frozenset",
        _ => "set",
    }
}

/// Receiver check and arguments for a method shared by set and frozenset.
fn any_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    mname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let tname = tname_of(args);
    method_args(vm, args, tname, mname, min, max, is_anyset)
}

/// Receiver check and arguments for a method of `set` only.
fn set_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    mname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    method_args(vm, args, "set", mname, min, max, is_mutable_set)
}

fn m_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "add", 1, 1)?;
    set_add(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn m_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "remove", 1, 1)?;
    let (key, h) = probe_key(vm, a[0])?;
    if shared_discard(vm, payload(args.pos[0]), key, h)? {
        Ok(Value::NONE)
    } else {
        Err(vm.key_error(a[0]))
    }
}

fn m_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "discard", 1, 1)?;
    let (key, h) = probe_key(vm, a[0])?;
    shared_discard(vm, payload(args.pos[0]), key, h)?;
    Ok(Value::NONE)
}

fn m_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_args(vm, &args, "pop", 0, 0)?;
    let popped = payload(args.pos[0]).table.write().pop();
    match popped {
        Some(k) => Ok(k),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn m_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_args(vm, &args, "clear", 0, 0)?;
    payload(args.pos[0]).table.write().clear();
    Ok(Value::NONE)
}

fn m_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_args(vm, &args, "copy", 0, 0)?;
    let so = args.pos[0];
    if is_frozen(so) && vm.type_of(so) == vm.types().frozenset {
        return Ok(so);
    }
    Ok(copy_of(vm, so))
}

fn m_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "union", 0, usize::MAX)?;
    union_multi(vm, args.pos[0], a)
}

fn m_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "intersection", 0, usize::MAX)?;
    intersection_multi(vm, args.pos[0], a)
}

fn m_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "difference", 0, usize::MAX)?;
    difference_multi(vm, args.pos[0], a)
}

fn m_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "symmetric_difference", 1, 1)?;
    symmetric_difference(vm, args.pos[0], a[0])
}

fn m_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "update", 0, usize::MAX)?;
    for &other in a {
        shared_update(vm, args.pos[0], other)?;
    }
    Ok(Value::NONE)
}

fn m_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "intersection_update", 0, usize::MAX)?;
    let this = args.pos[0];
    if a.len() == 1 {
        shared_intersection_update(vm, this, a[0])?;
        return Ok(Value::NONE);
    }
    let result = intersection_multi(vm, this, a)?;
    if result != this {
        let t = payload(result).snapshot();
        payload(this).table.write().replace_with(t);
    }
    Ok(Value::NONE)
}

fn m_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "difference_update", 0, usize::MAX)?;
    for &other in a {
        shared_difference_update(vm, args.pos[0], other)?;
    }
    Ok(Value::NONE)
}

fn m_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = set_args(vm, &args, "symmetric_difference_update", 1, 1)?;
    shared_symmetric_difference_update(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn m_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "issubset", 1, 1)?;
    Ok(Value::bool(issubset(vm, args.pos[0], a[0])?))
}

fn m_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "issuperset", 1, 1)?;
    Ok(Value::bool(issuperset(vm, args.pos[0], a[0])?))
}

fn m_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "isdisjoint", 1, 1)?;
    Ok(Value::bool(isdisjoint(vm, args.pos[0], a[0])?))
}

fn m_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_args(vm, &args, "__len__", 0, 0)?;
    let n = payload(args.pos[0]).len();
    Ok(vm.new_int(n as i64))
}

fn m_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = any_args(vm, &args, "__contains__", 1, 1)?;
    Ok(Value::bool(contains(vm, args.pos[0], a[0])?))
}

fn m_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_args(vm, &args, "__iter__", 0, 0)?;
    Ok(new_iter(vm, args.pos[0]))
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    any_args(vm, &args, "__repr__", 0, 0)?;
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn m_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "frozenset", "__hash__", 0, 0, is_frozen)?;
    let h = payload(args.pos[0]).hash();
    Ok(vm.new_int(h))
}

fn compare_method(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let a = any_args(vm, &args, name, 1, 1)?;
    compare(vm, args.pos[0], a[0], kind)
}

fn m_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__eq__", CompareKind::Eq)
}
fn m_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__ne__", CompareKind::Ne)
}
fn m_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__lt__", CompareKind::Lt)
}
fn m_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__le__", CompareKind::Le)
}
fn m_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__gt__", CompareKind::Gt)
}
fn m_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__ge__", CompareKind::Ge)
}

fn binary_method(
    vm: &mut Vm,
    args: Args,
    name: &str,
    kind: BinaryOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let a = any_args(vm, &args, name, 1, 1)?;
    if reflected {
        binary(vm, kind, a[0], args.pos[0])
    } else {
        binary(vm, kind, args.pos[0], a[0])
    }
}

fn m_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__or__", BinaryOpKind::Or, false)
}
fn m_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__ror__", BinaryOpKind::Or, true)
}
fn m_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__and__", BinaryOpKind::And, false)
}
fn m_rand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__rand__", BinaryOpKind::And, true)
}
fn m_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__sub__", BinaryOpKind::Subtract, false)
}
fn m_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__rsub__", BinaryOpKind::Subtract, true)
}
fn m_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__xor__", BinaryOpKind::Xor, false)
}
fn m_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    binary_method(vm, args, "__rxor__", BinaryOpKind::Xor, true)
}

fn inplace_method(vm: &mut Vm, args: Args, name: &str, kind: BinaryOpKind) -> PyResult<Value> {
    let a = set_args(vm, &args, name, 1, 1)?;
    Ok(inplace(vm, kind, args.pos[0], a[0])?.unwrap_or(Value::NOT_IMPLEMENTED))
}

fn m_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace_method(vm, args, "__ior__", BinaryOpKind::Or)
}
fn m_iand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace_method(vm, args, "__iand__", BinaryOpKind::And)
}
fn m_isub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace_method(vm, args, "__isub__", BinaryOpKind::Subtract)
}
fn m_ixor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    inplace_method(vm, args, "__ixor__", BinaryOpKind::Xor)
}

// ----- iterators ----------------------------------------------------------------------

/// An iterator over a set's table slots. A change of the set's size
/// between steps is an error from then on, as in CPython.
pub struct SetIter {
    state: Mutex<SetIterState>,
}

struct SetIterState {
    /// The set, or NULL once exhausted.
    set: Value,
    pos: usize,
    /// The set's size when iteration began; `None` after a size change.
    used: Option<usize>,
    len: usize,
}

impl SetIter {
    pub fn new(set: Value) -> SetIter {
        let n = payload(set).len();
        SetIter {
            state: Mutex::new(SetIterState {
                set,
                pos: 0,
                used: Some(n),
                len: n,
            }),
        }
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        if st.set.is_null() {
            return Ok(None);
        }
        let t = payload(st.set).table.read();
        if st.used != Some(t.len()) {
            drop(t);
            st.used = None;
            drop(st);
            return Err(vm.runtime_error("Set changed size during iteration"));
        }
        match t.next_from(st.pos) {
            Some((pos, k)) => {
                st.pos = pos;
                st.len = st.len.saturating_sub(1);
                Ok(Some(k))
            }
            None => {
                drop(t);
                st.set = Value::NULL;
                Ok(None)
            }
        }
    }

    pub fn length_hint(&self) -> usize {
        let st = self.state.lock();
        match set_payload(st.set) {
            Some(s) if st.used == Some(s.len()) => st.len,
            _ => 0,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.state.lock().set);
    }
}

pub fn new_iter(vm: &mut Vm, set: Value) -> Value {
    let class = vm.types().set_iterator;
    vm.alloc(class, ObjData::Iterator(IterObj::Set(SetIter::new(set))))
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    type M = (&'static str, crate::interp::NativeFn);
    let shared: &[M] = &[
        ("copy", m_copy),
        ("union", m_union),
        ("intersection", m_intersection),
        ("difference", m_difference),
        ("symmetric_difference", m_symmetric_difference),
        ("issubset", m_issubset),
        ("issuperset", m_issuperset),
        ("isdisjoint", m_isdisjoint),
        ("__len__", m_len),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__repr__", m_repr),
        ("__eq__", m_eq),
        ("__ne__", m_ne),
        ("__lt__", m_lt),
        ("__le__", m_le),
        ("__gt__", m_gt),
        ("__ge__", m_ge),
        ("__or__", m_or),
        ("__ror__", m_ror),
        ("__and__", m_and),
        ("__rand__", m_rand),
        ("__sub__", m_sub),
        ("__rsub__", m_rsub),
        ("__xor__", m_xor),
        ("__rxor__", m_rxor),
    ];
    let set_only: &[M] = &[
        ("__new__", set_new),
        ("__init__", set_init),
        ("add", m_add),
        ("remove", m_remove),
        ("discard", m_discard),
        ("pop", m_pop),
        ("clear", m_clear),
        ("update", m_update),
        ("intersection_update", m_intersection_update),
        ("difference_update", m_difference_update),
        ("symmetric_difference_update", m_symmetric_difference_update),
        ("__ior__", m_ior),
        ("__iand__", m_iand),
        ("__isub__", m_isub),
        ("__ixor__", m_ixor),
    ];
    for &(name, f) in shared {
        super::add_method(interp, t.set, name, f);
        super::add_method(interp, t.frozenset, name, f);
    }
    for &(name, f) in set_only {
        super::add_method(interp, t.set, name, f);
    }
    super::add_method(interp, t.frozenset, "__new__", frozenset_new);
    super::add_method(interp, t.frozenset, "__hash__", m_hash);
    super::set_type_attr(interp, t.set, "__hash__", Value::NONE);
}
