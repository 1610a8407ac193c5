//! `dict`: constructor, methods, the `keys`/`values`/`items` views, their
//! iterators and the operators.
//!
//! Lookups that may need a user `__eq__` go through `hinted`: the table
//! operation runs under the dict's lock with builtin equality, and when it
//! meets a stored key whose equality it cannot decide it gives that key
//! back untouched; the comparison then runs in the VM with no lock held and
//! the operation is retried knowing the answer (see `object::dict`).

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::dict::{DictEntry, EqHints};
use crate::object::{DictObj, DictViewKind, ObjData, Value};
use crate::sync::Mutex;

use super::iterators::IterObj;
use super::slice::{method_args, same_or_eq, seq_fast};

// ----- payload access and keyed operations -----------------------------------

/// The dict payload of a dict (or dict subclass instance).
pub fn dict_payload<'a>(v: Value) -> Option<&'a DictObj> {
    match &v.as_obj()?.data {
        ObjData::Dict(d) => Some(d),
        _ => None,
    }
}

fn is_dict(v: Value) -> bool {
    dict_payload(v).is_some()
}

/// A dict whose type is exactly `dict`.
fn is_exact_dict(vm: &Vm, v: Value) -> bool {
    is_dict(v) && vm.type_of(v) == vm.types().dict
}

/// Runs `op` until it no longer needs the VM to decide `stored == key`;
/// each undecided comparison runs with no lock held and its answer is
/// passed to the next attempt.
pub fn hinted<T>(
    vm: &mut Vm,
    key: Value,
    mut op: impl FnMut(&EqHints) -> Result<T, Value>,
) -> PyResult<T> {
    let mut hints = EqHints::default();
    loop {
        match op(&hints) {
            Ok(t) => return Ok(t),
            Err(stored) => {
                let eq = vm.eq(stored, key)?;
                hints.learn(stored, eq);
            }
        }
    }
}

/// Runs `f` one level deeper in a recursive comparison of containers,
/// raising RecursionError past the recursion limit (as CPython does for
/// comparisons) and growing the native stack as needed.
pub fn nested_compare<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.depth >= vm.recursion_limit() {
        return Err(vm.new_error(
            "RecursionError",
            "maximum recursion depth exceeded in comparison",
        ));
    }
    vm.depth += 1;
    let r = stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || f(vm));
    vm.depth -= 1;
    r
}

pub fn lookup_hashed(vm: &mut Vm, d: &DictObj, key: Value, hash: i64) -> PyResult<Option<Value>> {
    hinted(vm, key, |h| d.get_hinted(key, hash, h))
}

/// `d.get(key)` for any key (hashing it first).
pub fn lookup(vm: &mut Vm, d: &DictObj, key: Value) -> PyResult<Option<Value>> {
    let hash = vm.hash(key)?;
    lookup_hashed(vm, d, key, hash)
}

pub fn store_hashed(vm: &mut Vm, d: &DictObj, key: Value, hash: i64, value: Value) -> PyResult<()> {
    hinted(vm, key, |h| d.insert_hinted(key, hash, value, h))?;
    Ok(())
}

/// `d[key] = value` on a dict payload.
pub fn store(vm: &mut Vm, d: &DictObj, key: Value, value: Value) -> PyResult<()> {
    let hash = vm.hash(key)?;
    store_hashed(vm, d, key, hash, value)
}

fn remove_hashed(vm: &mut Vm, d: &DictObj, key: Value, hash: i64) -> PyResult<Option<DictEntry>> {
    hinted(vm, key, |h| d.remove_hinted(key, hash, h))
}

/// Inserts `entries` in order (replacing values of keys already present)
/// under as few lock holds as the keys' equality allows.
fn insert_entries(vm: &mut Vm, d: &DictObj, entries: &[DictEntry]) -> PyResult<()> {
    insert_entries_after(vm, d, entries, |_| false)
}

/// `insert_entries`, running `prologue` first under the same lock hold (it
/// returns true when it did all the work).
fn insert_entries_after(
    vm: &mut Vm,
    d: &DictObj,
    entries: &[DictEntry],
    prologue: impl FnOnce(&mut crate::object::dict::DictTable) -> bool,
) -> PyResult<()> {
    let mut prologue = Some(prologue);
    let mut start = 0;
    let mut hints = EqHints::default();
    let none = EqHints::default();
    loop {
        let r = d.modify(|t| {
            if let Some(p) = prologue.take() {
                if p(t) {
                    return Ok(());
                }
            }
            for (i, e) in entries.iter().enumerate().skip(start) {
                let h = if i == start { &hints } else { &none };
                if let Err(stored) = t.insert(e.key, e.hash, e.value, |a, b| h.eq(a, b)) {
                    return Err((i, stored));
                }
            }
            Ok(())
        });
        match r {
            Ok(()) => return Ok(()),
            Err((i, stored)) => {
                if i != start {
                    start = i;
                    hints.clear();
                }
                let eq = vm.eq(stored, entries[i].key)?;
                hints.learn(stored, eq);
            }
        }
    }
}

// ----- the operator hooks -----------------------------------------------------

/// The view kind of a keys or items view (the set-like ones).
fn setlike_view(v: Value) -> Option<(DictViewKind, Value)> {
    match &v.as_obj()?.data {
        ObjData::DictView(k, d) if *k != DictViewKind::Values => Some((*k, *d)),
        _ => None,
    }
}

pub fn binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    if is_dict(lhs) || is_dict(rhs) {
        if kind == BinaryOpKind::Or && is_dict(lhs) && is_dict(rhs) {
            return dict_or(vm, lhs, rhs);
        }
        if setlike_view(lhs).is_none() && setlike_view(rhs).is_none() {
            return Ok(Value::NOT_IMPLEMENTED);
        }
    }
    if setlike_view(lhs).is_none() && setlike_view(rhs).is_none() {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match kind {
        BinaryOpKind::And => view_and(vm, lhs, rhs),
        BinaryOpKind::Or => view_or(vm, lhs, rhs),
        BinaryOpKind::Subtract => view_sub(vm, lhs, rhs),
        BinaryOpKind::Xor => view_xor(vm, lhs, rhs),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

fn dict_or(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (Some(a), Some(_)) = (dict_payload(lhs), dict_payload(rhs)) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let class = vm.types().dict;
    let new = vm.alloc(
        class,
        ObjData::Dict(Box::new(DictObj::from_table(a.snapshot()))),
    );
    update_arg(vm, new, rhs)?;
    Ok(new)
}

/// `d |= other`: any mapping or iterable of pairs.
pub fn inplace(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Option<Value>> {
    if kind != BinaryOpKind::Or || !is_dict(lhs) {
        return Ok(None);
    }
    update_arg(vm, lhs, rhs)?;
    Ok(Some(lhs))
}

pub fn compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    nested_compare(vm, |vm| compare_inner(vm, lhs, rhs, kind))
}

fn compare_inner(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if let Some(a) = dict_payload(lhs) {
        let Some(b) = dict_payload(rhs) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        return Ok(match kind {
            CompareKind::Eq => Value::bool(dict_equal(vm, a, b)?),
            CompareKind::Ne => Value::bool(!dict_equal(vm, a, b)?),
            _ => Value::NOT_IMPLEMENTED,
        });
    }
    if setlike_view(lhs).is_some() {
        return view_richcompare(vm, lhs, rhs, kind);
    }
    Ok(Value::NOT_IMPLEMENTED)
}

fn dict_equal(vm: &mut Vm, a: &DictObj, b: &DictObj) -> PyResult<bool> {
    if std::ptr::eq(a, b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    for e in a.entries() {
        let Some(bval) = lookup_hashed(vm, b, e.key, e.hash)? else {
            return Ok(false);
        };
        if !same_or_eq(vm, e.value, bval)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(d) = dict_payload(container) {
        return Ok(lookup(vm, d, item)?.is_some());
    }
    let Some((kind, dict)) = vm.dict_view(container) else {
        return Ok(false);
    };
    let d = dict_payload(dict).expect("a view of a dict");
    match kind {
        DictViewKind::Keys => Ok(lookup(vm, d, item)?.is_some()),
        DictViewKind::Items => {
            let pair = match item.as_obj().map(|o| &o.data) {
                Some(ObjData::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
                _ => return Ok(false),
            };
            match lookup(vm, d, pair.0)? {
                Some(v) => same_or_eq(vm, v, pair.1),
                None => Ok(false),
            }
        }
        DictViewKind::Values => {
            let it = vm.iter(container)?;
            while let Some(v) = vm.next(it)? {
                if same_or_eq(vm, v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn getitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    let d = dict_payload(container).expect("dict::getitem on a dict");
    if let Some(v) = lookup(vm, d, key)? {
        return Ok(v);
    }
    if vm.is_heap_instance(container) {
        if let Some(r) = vm.call_dunder(container, "__missing__", &[key])? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key))
}

pub fn setitem(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    let d = dict_payload(container).expect("dict::setitem on a dict");
    store(vm, d, key, value)
}

pub fn delitem(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    let d = dict_payload(container).expect("dict::delitem on a dict");
    let hash = vm.hash(key)?;
    match remove_hashed(vm, d, key, hash)? {
        Some(_) => Ok(()),
        None => Err(vm.key_error(key)),
    }
}

// ----- update and construction -------------------------------------------------

/// `dict.update(arg)`'s positional argument: a dict, a mapping (anything
/// with `keys`), or an iterable of pairs.
/// The payload of a dict whose entries may be copied directly: CPython
/// does so unless a dict subclass overrides `__iter__` (then `keys()` and
/// `__getitem__` are used).
fn mergeable_dict<'a>(vm: &mut Vm, v: Value) -> Option<&'a DictObj> {
    let d = dict_payload(v)?;
    if vm.is_heap_instance(v) {
        let dict_iter = vm.lookup_dunder_of(vm.types().dict, "__iter__");
        let own_iter = vm.lookup_dunder_of(vm.type_of(v), "__iter__");
        if own_iter != dict_iter {
            return None;
        }
    }
    Some(d)
}

pub fn update_arg(vm: &mut Vm, target: Value, arg: Value) -> PyResult<()> {
    let d = dict_payload(target).expect("update_arg on a dict");
    if let Some(src) = mergeable_dict(vm, arg) {
        if target == arg {
            return Ok(());
        }
        return merge_dict(vm, d, src);
    }
    let keys_name = vm.intern("keys");
    if let Some(keys) = vm.getattr_opt(arg, keys_name)? {
        let keys = vm.call(keys, &[])?;
        let it = vm.iter(keys)?;
        while let Some(k) = vm.next(it)? {
            let v = crate::interp::ops::getitem(vm, arg, k)?;
            store(vm, d, k, v)?;
        }
        return Ok(());
    }
    merge_pairs(vm, d, arg)
}

/// `dict.update(other_dict)`: an empty dict may take a clone of the other's
/// table; otherwise one resize up front, then the entries in order.
fn merge_dict(vm: &mut Vm, d: &DictObj, src: &DictObj) -> PyResult<()> {
    let entries = src.entries();
    if entries.is_empty() {
        return Ok(());
    }
    let cloned = src.clone_for_merge();
    let n = entries.len();
    insert_entries_after(vm, d, &entries, |t| {
        if t.is_empty() {
            if let Some(c) = cloned {
                *t = c;
                return true;
            }
        }
        t.reserve_for(n);
        false
    })
}

/// Adds the pairs of an iterable of 2-item iterables.
fn merge_pairs(vm: &mut Vm, d: &DictObj, iterable: Value) -> PyResult<()> {
    let it = vm.iter(iterable)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(it)? {
        let msg = format!("cannot convert dictionary update sequence element #{i} to a sequence");
        let pair = seq_fast(vm, item, &msg)?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        store(vm, d, pair[0], pair[1])?;
        i += 1;
    }
    Ok(())
}

/// `dict.__init__` / `dict.update`: an optional positional argument, then
/// the keyword arguments in order: one by one for a `dict(...)` call, as a
/// merge of a keyword dict for `update` and `__init__` (as in CPython).
fn init_from_args(
    vm: &mut Vm,
    target: Value,
    args: &Args,
    pos: &[Value],
    fname: &str,
    kw_merge: bool,
) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(&arg) = pos.first() {
        update_arg(vm, target, arg)?;
    }
    if !args.kwnames.is_empty() {
        let d = dict_payload(target).expect("a dict");
        if kw_merge {
            let kw =
                DictObj::from_table(crate::object::dict::DictTable::presized(args.kwnames.len()));
            for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
                store(vm, &kw, k, v)?;
            }
            return merge_dict(vm, d, &kw);
        }
        for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
            store(vm, d, k, v)?;
        }
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let d = vm.alloc(cls, ObjData::Dict(Box::default()));
    if cls == vm.types().dict {
        // `type_call` runs `__init__` only for classes defined in Python.
        init_from_args(vm, d, &args, &args.pos[1..], "dict", false)?;
    }
    Ok(d)
}

fn self_dict<'a>(vm: &mut Vm, args: &Args, mname: &str) -> PyResult<&'a DictObj> {
    match args.pos.first().copied().and_then(dict_payload) {
        Some(d) => Ok(d),
        None => {
            let t = match args.pos.first() {
                Some(&v) => vm.type_name(v),
                None => {
                    return Err(
                        vm.type_error(format!("unbound method dict.{mname}() needs an argument"))
                    )
                }
            };
            Err(vm.type_error(format!(
                "descriptor '{mname}' for 'dict' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "__init__")?;
    init_from_args(vm, args.pos[0], &args, &args.pos[1..], "dict", true)?;
    Ok(Value::NONE)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    self_dict(vm, &args, "update")?;
    init_from_args(vm, args.pos[0], &args, &args.pos[1..], "update", true)?;
    Ok(Value::NONE)
}

/// `{**mapping}` (callee `None`) and `f(**mapping)` (callee given:
/// duplicate keys are a TypeError naming the function).
pub fn dict_update_from(
    vm: &mut Vm,
    dict: Value,
    mapping: Value,
    callee: Option<Value>,
) -> PyResult<()> {
    let d = dict_payload(dict).expect("dict_update_from on a dict");
    if callee.is_none() {
        if let Some(src) = mergeable_dict(vm, mapping) {
            return merge_dict(vm, d, src);
        }
    }
    let pairs: Vec<(Value, Value)> = if let Some(src) = mergeable_dict(vm, mapping) {
        src.entries().iter().map(|e| (e.key, e.value)).collect()
    } else {
        let keys_name = vm.intern("keys");
        let Some(keys) = vm.getattr_opt(mapping, keys_name)? else {
            let t = vm.type_name(mapping);
            return Err(match callee {
                Some(f) => {
                    let fs = function_str(vm, f);
                    vm.type_error(format!("{fs} argument after ** must be a mapping, not {t}"))
                }
                None => vm.type_error(format!("'{t}' object is not a mapping")),
            });
        };
        let keys = vm.call(keys, &[])?;
        let it = vm.iter(keys)?;
        let pairs = Vec::new();
        while let Some(k) = vm.next(it)? {
            // A duplicate keyword is refused before its value is fetched.
            check_duplicate(vm, d, k, callee)?;
            let v = crate::interp::ops::getitem(vm, mapping, k)?;
            store(vm, d, k, v)?;
        }
        pairs
    };
    for (k, v) in pairs {
        check_duplicate(vm, d, k, callee)?;
        store(vm, d, k, v)?;
    }
    Ok(())
}

/// `f(**m)`: TypeError when keyword `k` was already given.
fn check_duplicate(vm: &mut Vm, d: &DictObj, k: Value, callee: Option<Value>) -> PyResult<()> {
    if let Some(f) = callee {
        if lookup(vm, d, k)?.is_some() {
            let fs = function_str(vm, f);
            let ks = vm.str_of(k)?;
            return Err(vm.type_error(format!(
                "{fs} got multiple values for keyword argument '{ks}'"
            )));
        }
    }
    Ok(())
}

/// How CPython names a callable in call errors: `module.qualname()`, or
/// `qualname()` for builtins.
pub(crate) fn function_str(vm: &mut Vm, f: Value) -> String {
    if f.is_null() {
        return "function".into();
    }
    let qn = vm.intern("__qualname__");
    let q = match vm.getattr_opt(f, qn) {
        Ok(Some(q)) => vm.as_str(q).map(str::to_string),
        _ => None,
    };
    let Some(q) = q else {
        return vm.str_of(f).unwrap_or_default();
    };
    let mn = vm.intern("__module__");
    let m = match vm.getattr_opt(f, mn) {
        Ok(Some(m)) => vm.as_str(m).map(str::to_string),
        _ => None,
    };
    match m {
        Some(m) if m != "builtins" => format!("{m}.{q}()"),
        _ => format!("{q}()"),
    }
}

// ----- methods -------------------------------------------------------------------

fn is_dict_value(v: Value) -> bool {
    is_dict(v)
}

fn any_receiver(_v: Value) -> bool {
    true
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "get", 1, 2, is_dict_value)?;
    let d = dict_payload(args.pos[0]).expect("checked");
    Ok(lookup(vm, d, a[0])?.unwrap_or(a.get(1).copied().unwrap_or(Value::NONE)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "setdefault", 1, 2, is_dict_value)?;
    let d = dict_payload(args.pos[0]).expect("checked");
    let (key, default) = (a[0], a.get(1).copied().unwrap_or(Value::NONE));
    let hash = vm.hash(key)?;
    hinted(vm, key, |h| d.setdefault_hinted(key, hash, default, h))
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "pop", 1, 2, is_dict_value)?;
    let d = dict_payload(args.pos[0]).expect("checked");
    let key = a[0];
    if d.is_empty() {
        // CPython answers an empty dict without hashing the key.
        return match a.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(key)),
        };
    }
    let hash = vm.hash(key)?;
    match remove_hashed(vm, d, key, hash)? {
        Some(e) => Ok(e.value),
        None => match a.get(1) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "popitem", 0, 0, is_dict_value)?;
    let d = dict_payload(args.pos[0]).expect("checked");
    match d.pop_last() {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(vm.key_error(msg))
        }
    }
}

fn new_view(vm: &mut Vm, kind: DictViewKind, d: Value) -> Value {
    let t = vm.types();
    let class = match kind {
        DictViewKind::Keys => t.dict_keys,
        DictViewKind::Values => t.dict_values,
        DictViewKind::Items => t.dict_items,
    };
    vm.alloc(class, ObjData::DictView(kind, d))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "keys", 0, 0, is_dict_value)?;
    Ok(new_view(vm, DictViewKind::Keys, args.pos[0]))
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "values", 0, 0, is_dict_value)?;
    Ok(new_view(vm, DictViewKind::Values, args.pos[0]))
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "items", 0, 0, is_dict_value)?;
    Ok(new_view(vm, DictViewKind::Items, args.pos[0]))
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "copy", 0, 0, is_dict_value)?;
    let Some(d) = mergeable_dict(vm, args.pos[0]) else {
        let copy = vm.new_dict();
        update_arg(vm, copy, args.pos[0])?;
        return Ok(copy);
    };
    let class = vm.types().dict;
    Ok(vm.alloc(
        class,
        ObjData::Dict(Box::new(DictObj::from_table(d.snapshot()))),
    ))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "clear", 0, 0, is_dict_value)?;
    dict_payload(args.pos[0]).expect("checked").clear();
    Ok(Value::NONE)
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "fromkeys", 1, 2, any_receiver)?;
    let cls = args.pos[0];
    let (iterable, value) = (a[0], a.get(1).copied().unwrap_or(Value::NONE));
    let d = vm.call(cls, &[])?;
    let exact = is_exact_dict(vm, d);
    if exact {
        let target = dict_payload(d).expect("exact dict");
        if let Some(src) = dict_payload(iterable).filter(|_| !vm.is_heap_instance(iterable)) {
            target.modify(|t| t.resize_for(src.len()));
            let entries: Vec<DictEntry> = src
                .entries()
                .into_iter()
                .map(|e| DictEntry { value, ..e })
                .collect();
            insert_entries(vm, target, &entries)?;
            return Ok(d);
        }
        if let Some(s) = crate::object::set::set_payload(iterable) {
            target.modify(|t| t.resize_for(s.len()));
            let entries: Vec<DictEntry> = s
                .snapshot()
                .items()
                .into_iter()
                .map(|(hash, key)| DictEntry { hash, key, value })
                .collect();
            insert_entries(vm, target, &entries)?;
            return Ok(d);
        }
    }
    let it = vm.iter(iterable)?;
    while let Some(k) = vm.next(it)? {
        if exact {
            store(vm, dict_payload(d).expect("exact dict"), k, value)?;
        } else {
            crate::interp::ops::setitem(vm, d, k, value)?;
        }
    }
    Ok(d)
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "__len__", 0, 0, is_dict_value)?;
    let n = dict_payload(args.pos[0]).expect("checked").len();
    Ok(vm.new_int(n as i64))
}

fn dict_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__contains__", 1, 1, is_dict_value)?;
    let d = dict_payload(args.pos[0]).expect("checked");
    Ok(Value::bool(lookup(vm, d, a[0])?.is_some()))
}

fn dict_getitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__getitem__", 1, 1, is_dict_value)?;
    getitem(vm, args.pos[0], a[0])
}

fn dict_setitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__setitem__", 2, 2, is_dict_value)?;
    setitem(vm, args.pos[0], a[0], a[1])?;
    Ok(Value::NONE)
}

fn dict_delitem_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__delitem__", 1, 1, is_dict_value)?;
    delitem(vm, args.pos[0], a[0])?;
    Ok(Value::NONE)
}

fn dict_iter_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "__iter__", 0, 0, is_dict_value)?;
    new_iter(vm, args.pos[0], DictViewKind::Keys, false)
}

fn dict_reversed_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "__reversed__", 0, 0, is_dict_value)?;
    new_iter(vm, args.pos[0], DictViewKind::Keys, true)
}

fn dict_repr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, &args, "dict", "__repr__", 0, 0, is_dict_value)?;
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn compare_method(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", name, 1, 1, is_dict_value)?;
    compare(vm, args.pos[0], a[0], kind)
}

fn dict_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__eq__", CompareKind::Eq)
}

fn dict_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__ne__", CompareKind::Ne)
}

fn dict_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__lt__", CompareKind::Lt)
}

fn dict_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__le__", CompareKind::Le)
}

fn dict_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__gt__", CompareKind::Gt)
}

fn dict_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare_method(vm, args, "__ge__", CompareKind::Ge)
}

fn dict_or_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__or__", 1, 1, is_dict_value)?;
    dict_or(vm, args.pos[0], a[0])
}

fn dict_ror_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__ror__", 1, 1, is_dict_value)?;
    dict_or(vm, a[0], args.pos[0])
}

fn dict_ior_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = method_args(vm, &args, "dict", "__ior__", 1, 1, is_dict_value)?;
    update_arg(vm, args.pos[0], a[0])?;
    Ok(args.pos[0])
}

// ----- views ------------------------------------------------------------------------

fn view_len(v: Value) -> usize {
    match &v.obj().data {
        ObjData::DictView(_, d) => dict_payload(*d).map_or(0, |d| d.len()),
        _ => 0,
    }
}

/// `set(view)`, building from the dict itself for a keys view of an exact
/// dict (which sizes the set's table up front, as CPython does).
fn view_to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let src = match setlike_view(v) {
        Some((DictViewKind::Keys, d)) if is_exact_dict(vm, d) => d,
        _ => v,
    };
    super::set::new_set_from(vm, src)
}

fn view_or(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Value> {
    let result = view_to_set(vm, lhs)?;
    super::set::update_in_place(vm, result, rhs)?;
    Ok(result)
}

fn view_sub(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Value> {
    let result = view_to_set(vm, lhs)?;
    super::set::difference_update_in_place(vm, result, rhs)?;
    Ok(result)
}

fn view_xor(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Value> {
    if let (Some((DictViewKind::Items, d1)), Some((DictViewKind::Items, d2))) =
        (setlike_view(lhs), setlike_view(rhs))
    {
        return items_xor(vm, d1, d2);
    }
    let result = view_to_set(vm, lhs)?;
    super::set::symmetric_difference_update_in_place(vm, result, rhs)?;
    Ok(result)
}

/// `d1.items() ^ d2.items()`: the pairs of `d2` whose key is absent from
/// `d1` or maps to a different value, then the pairs of `d1` left over.
fn items_xor(vm: &mut Vm, d1: Value, d2: Value) -> PyResult<Value> {
    let a = dict_payload(d1).expect("a dict");
    let b = dict_payload(d2).expect("a dict");
    let temp = DictObj::from_table(a.snapshot());
    let result = super::set::new_set_from_values(vm, &[])?;
    for e in b.entries() {
        let to_delete = match lookup_hashed(vm, &temp, e.key, e.hash)? {
            Some(v1) => same_or_eq(vm, v1, e.value)?,
            None => false,
        };
        if to_delete {
            remove_hashed(vm, &temp, e.key, e.hash)?;
        } else {
            let pair = vm.new_tuple(vec![e.key, e.value]);
            super::set::add_value(vm, result, pair)?;
        }
    }
    for e in temp.entries() {
        let pair = vm.new_tuple(vec![e.key, e.value]);
        super::set::add_value(vm, result, pair)?;
    }
    Ok(result)
}

fn view_and(vm: &mut Vm, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (mut this, mut other) = if setlike_view(lhs).is_some() {
        (lhs, rhs)
    } else {
        (rhs, lhs)
    };
    let len_this = view_len(this);
    if vm.type_of(other) == vm.types().set && len_this <= vm.len(other)? {
        return super::set::intersection(vm, other, this);
    }
    if setlike_view(other).is_some() && view_len(other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = super::set::new_set_from_values(vm, &[])?;
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        if contains(vm, this, k)? {
            super::set::add_value(vm, result, k)?;
        }
    }
    Ok(result)
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(k) = vm.next(it)? {
        if !crate::interp::ops::contains(vm, b, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_setlike(v: Value) -> bool {
    crate::object::set::set_payload(v).is_some() || setlike_view(v).is_some()
}

fn view_richcompare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if !is_setlike(rhs) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (ls, rs) = (vm.len(lhs)?, vm.len(rhs)?);
    let ok = match kind {
        CompareKind::Eq | CompareKind::Ne => {
            let eq = ls == rs && all_contained_in(vm, lhs, rhs)?;
            eq == (kind == CompareKind::Eq)
        }
        CompareKind::Lt => ls < rs && all_contained_in(vm, lhs, rhs)?,
        CompareKind::Le => ls <= rs && all_contained_in(vm, lhs, rhs)?,
        CompareKind::Gt => ls > rs && all_contained_in(vm, rhs, lhs)?,
        CompareKind::Ge => ls >= rs && all_contained_in(vm, rhs, lhs)?,
    };
    Ok(Value::bool(ok))
}

fn is_setlike_view(v: Value) -> bool {
    setlike_view(v).is_some()
}

fn is_any_view(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::DictView(..)))
}

fn view_type_name(v: Option<&Value>) -> &'static str {
    match v.and_then(|v| v.as_obj()).map(|o| &o.data) {
        Some(ObjData::DictView(DictViewKind::Values, _)) => "dict_values",
        Some(ObjData::DictView(DictViewKind::Items, _)) => "dict_items",
        _ => "dict_keys",
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    let a = method_args(vm, &args, tname, "isdisjoint", 1, 1, is_setlike_view)?;
    let (mut this, mut other) = (args.pos[0], a[0]);
    if this == other {
        return Ok(Value::bool(view_len(this) == 0));
    }
    if is_setlike(other) {
        let (lt, lo) = (view_len(this), vm.len(other)?);
        if lo > lt {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = vm.iter(other)?;
    while let Some(k) = vm.next(it)? {
        if crate::interp::ops::contains(vm, this, k)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn view_len_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    method_args(vm, &args, tname, "__len__", 0, 0, is_any_view)?;
    Ok(vm.new_int(view_len(args.pos[0]) as i64))
}

fn view_iter_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    method_args(vm, &args, tname, "__iter__", 0, 0, is_any_view)?;
    let (kind, d) = vm.dict_view(args.pos[0]).expect("checked");
    new_iter(vm, d, kind, false)
}

fn view_reversed_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    method_args(vm, &args, tname, "__reversed__", 0, 0, is_any_view)?;
    let (kind, d) = vm.dict_view(args.pos[0]).expect("checked");
    new_iter(vm, d, kind, true)
}

fn view_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    let a = method_args(vm, &args, tname, "__contains__", 1, 1, is_any_view)?;
    Ok(Value::bool(contains(vm, args.pos[0], a[0])?))
}

fn view_repr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    method_args(vm, &args, tname, "__repr__", 0, 0, is_any_view)?;
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn view_compare_method(vm: &mut Vm, args: Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    let a = method_args(vm, &args, tname, name, 1, 1, is_setlike_view)?;
    compare(vm, args.pos[0], a[0], kind)
}

fn view_binary_method(
    vm: &mut Vm,
    args: Args,
    name: &str,
    kind: BinaryOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let tname = view_type_name(args.pos.first());
    let a = method_args(vm, &args, tname, name, 1, 1, is_setlike_view)?;
    if reflected {
        binary(vm, kind, a[0], args.pos[0])
    } else {
        binary(vm, kind, args.pos[0], a[0])
    }
}

macro_rules! view_dunders {
    ($($f:ident: $name:literal $how:ident $kind:ident $($refl:literal)?;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_dunders!(@call $how vm args $name $kind $($refl)?)
        })*
        const VIEW_DUNDERS: &[(&str, crate::interp::NativeFn)] = &[$(($name, $f)),*];
    };
    (@call cmp $vm:ident $args:ident $name:literal $kind:ident) => {
        view_compare_method($vm, $args, $name, CompareKind::$kind)
    };
    (@call bin $vm:ident $args:ident $name:literal $kind:ident) => {
        view_binary_method($vm, $args, $name, BinaryOpKind::$kind, false)
    };
    (@call bin $vm:ident $args:ident $name:literal $kind:ident $refl:literal) => {
        view_binary_method($vm, $args, $name, BinaryOpKind::$kind, $refl)
    };
}

view_dunders! {
    vd_eq: "__eq__" cmp Eq;
    vd_ne: "__ne__" cmp Ne;
    vd_lt: "__lt__" cmp Lt;
    vd_le: "__le__" cmp Le;
    vd_gt: "__gt__" cmp Gt;
    vd_ge: "__ge__" cmp Ge;
    vd_and: "__and__" bin And;
    vd_rand: "__rand__" bin And true;
    vd_or: "__or__" bin Or;
    vd_ror: "__ror__" bin Or true;
    vd_sub: "__sub__" bin Subtract;
    vd_rsub: "__rsub__" bin Subtract true;
    vd_xor: "__xor__" bin Xor;
    vd_rxor: "__rxor__" bin Xor true;
}

// ----- iterators ----------------------------------------------------------------------

/// An iterator over a dict's keys, values or items, forwards or backwards.
/// It walks entry positions of the live dict; a change of the dict's size
/// between steps is an error from then on, as in CPython.
pub struct DictIter {
    state: Mutex<DictIterState>,
    kind: DictViewKind,
    reverse: bool,
}

struct DictIterState {
    /// The dict, or NULL once exhausted.
    dict: Value,
    /// Forwards: the next position to look at. Backwards: one past it.
    pos: usize,
    /// The dict's size when iteration began; `None` after a size change.
    used: Option<usize>,
    /// Items left to yield.
    len: usize,
}

impl DictIter {
    pub fn new(dict: Value, kind: DictViewKind, reverse: bool) -> DictIter {
        let d = dict_payload(dict).expect("DictIter over a dict");
        let t = d.read();
        let (len, positions) = (t.len(), t.positions());
        drop(t);
        DictIter {
            state: Mutex::new(DictIterState {
                dict,
                pos: if reverse { positions } else { 0 },
                used: Some(len),
                len,
            }),
            kind,
            reverse,
        }
    }

    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let mut st = self.state.lock();
        if st.dict.is_null() {
            return Ok(None);
        }
        let d = dict_payload(st.dict).expect("a dict");
        let t = d.read();
        if st.used != Some(t.len()) {
            st.used = None;
            drop(t);
            drop(st);
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        }
        let found = if self.reverse {
            match st.pos.checked_sub(1) {
                Some(p) => t.entry_before(p),
                None => None,
            }
        } else {
            t.entry_from(st.pos)
        };
        drop(t);
        let Some((i, e)) = found else {
            st.dict = Value::NULL;
            return Ok(None);
        };
        if st.len == 0 {
            st.dict = Value::NULL;
            drop(st);
            return Err(vm.runtime_error("dictionary keys changed during iteration"));
        }
        st.pos = if self.reverse { i } else { i + 1 };
        st.len -= 1;
        drop(st);
        Ok(Some(match self.kind {
            DictViewKind::Keys => e.key,
            DictViewKind::Values => e.value,
            DictViewKind::Items => vm.new_tuple(vec![e.key, e.value]),
        }))
    }

    pub fn length_hint(&self) -> usize {
        let st = self.state.lock();
        match dict_payload(st.dict) {
            Some(d) if st.used == Some(d.len()) => st.len,
            _ => 0,
        }
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.state.lock().dict);
    }
}

/// A new dict iterator over `dict` (a dict value).
pub fn new_iter(vm: &mut Vm, dict: Value, kind: DictViewKind, reverse: bool) -> PyResult<Value> {
    let t = vm.types();
    let class = match (kind, reverse) {
        (DictViewKind::Keys, false) => t.dict_keyiterator,
        (DictViewKind::Values, false) => t.dict_valueiterator,
        (DictViewKind::Items, false) => t.dict_itemiterator,
        (_, true) => t.reversed,
    };
    let it = IterObj::Dict(DictIter::new(dict, kind, reverse));
    Ok(vm.alloc(class, ObjData::Iterator(it)))
}

/// `reversed(d)` / `reversed(view)`.
pub fn reversed(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if is_dict(v) {
        return new_iter(vm, v, DictViewKind::Keys, true);
    }
    match vm.dict_view(v) {
        Some((kind, d)) => new_iter(vm, d, kind, true),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("'{t}' object is not reversible")))
        }
    }
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    let dict = t.dict;
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("__new__", dict_new),
        ("__init__", dict_init),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
        ("__len__", dict_len),
        ("__contains__", dict_contains_method),
        ("__getitem__", dict_getitem_method),
        ("__setitem__", dict_setitem_method),
        ("__delitem__", dict_delitem_method),
        ("__iter__", dict_iter_method),
        ("__reversed__", dict_reversed_method),
        ("__repr__", dict_repr_method),
        ("__eq__", dict_eq),
        ("__ne__", dict_ne),
        ("__lt__", dict_lt),
        ("__le__", dict_le),
        ("__gt__", dict_gt),
        ("__ge__", dict_ge),
        ("__or__", dict_or_method),
        ("__ror__", dict_ror_method),
        ("__ior__", dict_ior_method),
    ];
    for &(name, f) in methods {
        super::add_method(interp, dict, name, f);
    }
    super::add_classmethod(interp, dict, "fromkeys", dict_fromkeys);
    super::set_type_attr(interp, dict, "__hash__", Value::NONE);
    for view in [t.dict_keys, t.dict_values, t.dict_items] {
        super::add_method(interp, view, "__len__", view_len_method);
        super::add_method(interp, view, "__iter__", view_iter_method);
        super::add_method(interp, view, "__reversed__", view_reversed_method);
        super::add_method(interp, view, "__contains__", view_contains_method);
        super::add_method(interp, view, "__repr__", view_repr_method);
    }
    for view in [t.dict_keys, t.dict_items] {
        super::add_method(interp, view, "isdisjoint", view_isdisjoint);
        for &(name, f) in VIEW_DUNDERS {
            super::add_method(interp, view, name, f);
        }
        super::set_type_attr(interp, view, "__hash__", Value::NONE);
    }
}
