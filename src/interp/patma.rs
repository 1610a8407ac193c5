//! Pattern matching at run time: the work behind `MatchSequence`,
//! `MatchMapping`, `MatchKeys`, `MatchClass` and `DictWithoutKeys`, with
//! CPython 3.11's semantics and messages. The compiler side, and the stack
//! discipline these instructions serve, is `compile/codegen/pattern.rs`.
//!
//! Which objects count as sequences and mappings is a per-class kind
//! (`TypeObj::collection`, CPython's `Py_TPFLAGS_SEQUENCE`/`_MAPPING`): set
//! on the builtin types, inherited from the first class on the MRO that
//! has one, and set on heap classes (and their subclasses) when
//! `collections.abc.Sequence`/`Mapping` register them, through
//! `set_collection_flags`.

use crate::bytecode::opcodes::match_len;
use crate::object::types::{collection, type_flags};
use crate::object::{ObjData, Value};
use crate::sync::Ordering;

use super::frame::Frame;
use super::{Args, PyResult, Vm};

/// CPython's flag bits, as `collections.abc` passes them.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

#[inline]
fn collection_kind(vm: &Vm, v: Value) -> u8 {
    vm.type_obj(vm.type_of(v))
        .collection
        .load(Ordering::Relaxed)
}

/// `MatchSequence` / `MatchMapping`: whether `subject` is of the `kind`
/// and its length passes the check encoded in `arg` (`match_len`).
pub fn match_collection(vm: &mut Vm, subject: Value, kind: u8, arg: u32) -> PyResult<bool> {
    if collection_kind(vm, subject) != kind {
        return Ok(false);
    }
    if arg & match_len::MASK == match_len::NONE {
        return Ok(true);
    }
    let len = vm.len(subject)?;
    Ok(length_passes(len, arg))
}

#[inline]
fn length_passes(len: usize, arg: u32) -> bool {
    let n = (arg >> match_len::SHIFT) as usize;
    match arg & match_len::MASK {
        match_len::EQUAL => len == n,
        match_len::AT_LEAST => len >= n,
        _ => true,
    }
}

pub fn match_sequence(vm: &mut Vm, subject: Value, arg: u32) -> PyResult<bool> {
    // Exact tuples and lists, the common subjects, without the protocols.
    if let Some(o) = subject.as_obj() {
        let t = vm.types();
        match &o.data {
            ObjData::Tuple(items) if o.class() == t.tuple => {
                return Ok(length_passes(items.len(), arg))
            }
            ObjData::List(items) if o.class() == t.list => {
                return Ok(length_passes(items.read().len(), arg))
            }
            _ => {}
        }
    }
    match_collection(vm, subject, collection::SEQUENCE, arg)
}

pub fn match_mapping(vm: &mut Vm, subject: Value, arg: u32) -> PyResult<bool> {
    if let Some(o) = subject.as_obj() {
        if let ObjData::Dict(d) = &o.data {
            if o.class() == vm.types().dict {
                return Ok(length_passes(d.len(), arg));
            }
        }
    }
    match_collection(vm, subject, collection::MAPPING, arg)
}

/// `MatchKeys`: `[mapping, keys] -> [mapping, keys, v_n .. v_1, ok]`.
pub fn match_keys(vm: &mut Vm, frame: &mut Frame, n: usize) -> PyResult<()> {
    let keys = frame.peek(1);
    let subject = frame.peek(2);
    let base = frame.slots.len();
    frame.slots.resize(base + n, Value::NONE);
    let ok = lookup_keys(vm, frame, base, subject, keys)?;
    frame.push(Value::bool(ok));
    Ok(())
}

/// Fetches every key's value into the slots above `base` (the first key's
/// value on top); false as soon as one is missing. Lookups go through the
/// mapping's `get(key, sentinel)`, so a `defaultdict` gains no keys; exact
/// dicts are read directly. Keys are checked for duplicates as they are
/// reached, as a set would (hash, then identity or `==`).
fn lookup_keys(
    vm: &mut Vm,
    frame: &mut Frame,
    base: usize,
    subject: Value,
    keys: Value,
) -> PyResult<bool> {
    let keys = vm.tuple_items(keys);
    if keys.is_empty() {
        return Ok(true);
    }
    let n = keys.len();
    let dict = if vm.type_of(subject) == vm.types().dict {
        crate::builtins::dict::dict_payload(subject)
    } else {
        None
    };
    let (get, sentinel) = match dict {
        Some(_) => (Value::NULL, Value::NULL),
        None => {
            let get = vm.getattr_str(subject, "get")?;
            let object = vm.types().object;
            (get, crate::builtins::object::new_instance(vm, object))
        }
    };
    // The keys' hashes, on the stack for the usual handful of keys.
    let mut few = [0i64; 8];
    let mut many = Vec::new();
    let hashes: &mut [i64] = if n <= few.len() {
        &mut few[..n]
    } else {
        many.resize(n, 0);
        &mut many
    };
    for (i, &key) in keys.iter().enumerate() {
        let hash = vm.hash(key)?;
        for j in 0..i {
            if hashes[j] == hash && (keys[j] == key || vm.eq(keys[j], key)?) {
                let r = vm.repr_of(key)?;
                return Err(vm.value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
        }
        hashes[i] = hash;
        let value = match dict {
            Some(d) => crate::builtins::dict::lookup_hashed(vm, d, key, hash)?,
            None => Some(vm.call(get, &[key, sentinel])?).filter(|&v| v != sentinel),
        };
        match value {
            Some(v) => frame.slots[base + n - 1 - i] = v,
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `DictWithoutKeys`: a new dict of the mapping's items but the keys (the
/// `**rest` of a mapping pattern).
pub fn dict_without_keys(vm: &mut Vm, mapping: Value, keys: Value) -> PyResult<Value> {
    let d = vm.new_dict();
    crate::builtins::dict::dict_update_from(vm, d, mapping, None)?;
    for &k in vm.tuple_items(keys) {
        crate::builtins::dict::delitem(vm, d, k)?;
    }
    Ok(d)
}

/// `MatchClass`: `[subject, cls, kwnames] -> [a_total .. a_1, ok]`.
pub fn match_class(vm: &mut Vm, frame: &mut Frame, total: usize) -> PyResult<()> {
    let names = frame.pop();
    let cls = frame.pop();
    let subject = frame.pop();
    let base = frame.slots.len();
    frame.slots.resize(base + total, Value::NONE);
    let ok = class_attrs(vm, frame, base, total, subject, cls, names)?;
    frame.push(Value::bool(ok));
    Ok(())
}

/// CPython's `match_class`: the isinstance check, then the positional
/// attributes named by `__match_args__` (or the subject itself for the
/// builtins of `is_match_self`), then the keyword ones; a missing attribute
/// means no match. Attribute `i` goes to the slot `base + total - 1 - i`.
fn class_attrs(
    vm: &mut Vm,
    frame: &mut Frame,
    base: usize,
    total: usize,
    subject: Value,
    cls: Value,
    names: Value,
) -> PyResult<bool> {
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        return Err(vm.type_error("called match pattern must be a type"));
    }
    if vm.type_of(subject) != cls
        && !crate::builtins::functions::objects::isinstance_of(vm, subject, cls)?
    {
        return Ok(false);
    }
    let kwnames = vm.tuple_items(names);
    let nargs = total - kwnames.len();
    // The names fetched positionally, for the duplicate checks.
    let mut positional: &[Value] = &[];
    let mut i = 0;
    if nargs > 0 {
        let (match_args, match_self): (&[Value], bool) = match match_args_of(vm, cls)? {
            Some(ma) => {
                if vm.type_of(ma) != vm.types().tuple {
                    let tn = vm.type_obj(cls).name.to_string();
                    let got = vm.type_name(ma);
                    return Err(
                        vm.type_error(format!("{tn}.__match_args__ must be a tuple (got {got})"))
                    );
                }
                (vm.tuple_items(ma), false)
            }
            None => (&[], is_match_self(vm, cls)),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let tn = vm.type_obj(cls).name.to_string();
            let s = if allowed == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{tn}() accepts {allowed} positional sub-pattern{s} ({nargs} given)"
            )));
        }
        if match_self {
            frame.slots[base + total - 1] = subject;
            i = 1;
        } else {
            positional = &match_args[..nargs];
            for &name in positional {
                if vm.type_of(name) != vm.types().str {
                    let got = vm.type_name(name);
                    return Err(vm.type_error(format!(
                        "__match_args__ elements must be strings (got {got})"
                    )));
                }
                match class_attr(vm, [&positional[..i], &[]], subject, cls, name)? {
                    Some(v) => frame.slots[base + total - 1 - i] = v,
                    None => return Ok(false),
                }
                i += 1;
            }
        }
    }
    for (j, &name) in kwnames.iter().enumerate() {
        match class_attr(vm, [positional, &kwnames[..j]], subject, cls, name)? {
            Some(v) => frame.slots[base + total - 1 - i] = v,
            None => return Ok(false),
        }
        i += 1;
    }
    Ok(true)
}

/// `cls.__match_args__`, `None` when it has none. A class whose metaclass
/// is `type` finds it on its MRO through the type attribute cache (a tuple
/// there is what `getattr` would return).
fn match_args_of(vm: &mut Vm, cls: Value) -> PyResult<Option<Value>> {
    let key = vm.interp.names.dunder_match_args;
    if vm.type_of(cls) == vm.types().type_ {
        let hash = vm.str_hash(key);
        match vm.lookup_type_attr(cls, key, hash) {
            None => return Ok(None),
            Some(v) if vm.type_of(v) == vm.types().tuple => return Ok(Some(v)),
            Some(_) => {}
        }
    }
    vm.getattr_opt(cls, key)
}

/// One attribute of a class pattern; `None` when the subject lacks it.
/// `seen` holds the names fetched before it.
fn class_attr(
    vm: &mut Vm,
    seen: [&[Value]; 2],
    subject: Value,
    cls: Value,
    name: Value,
) -> PyResult<Option<Value>> {
    let text = vm.as_str(name);
    if seen
        .iter()
        .flat_map(|s| s.iter())
        .any(|&s| s == name || vm.as_str(s) == text)
    {
        let tn = vm.type_obj(cls).name.to_string();
        let r = vm.repr_of(name)?;
        return Err(vm.type_error(format!(
            "{tn}() got multiple sub-patterns for attribute {r}"
        )));
    }
    vm.getattr_opt(subject, name)
}

/// Whether a single positional sub-pattern matches instances of `cls` as a
/// whole (`case int(x)`): the builtins below and their subclasses, when
/// `__match_args__` is not defined.
fn is_match_self(vm: &Vm, cls: Value) -> bool {
    let t = vm.types();
    let builtins = [
        t.bool,
        t.bytearray,
        t.bytes,
        t.dict,
        t.float,
        t.frozenset,
        t.int,
        t.list,
        t.set,
        t.str,
        t.tuple,
    ];
    vm.type_obj(cls)
        .mro
        .read()
        .iter()
        .any(|k| builtins.contains(k))
}

/// `_collections._set_collection_flags(cls, flags)`: gives a heap class
/// and its subclasses the sequence or mapping kind of CPython's flag bits
/// (what `collections.abc` registration and ABC creation do); builtin
/// classes keep their own.
pub fn set_collection_flags(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "_set_collection_flags")?;
    crate::builtins::check_arity(vm, &args, "_set_collection_flags", 2, 2)?;
    let (cls, flags) = (args.pos[0], args.pos[1]);
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        return Err(vm.type_error("_set_collection_flags() argument 1 must be a type"));
    }
    let flags = vm.to_i64(flags)?;
    let kind = match (flags & TPFLAGS_SEQUENCE != 0, flags & TPFLAGS_MAPPING != 0) {
        (true, true) => {
            return Err(vm.type_error(
                "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
            ))
        }
        (true, false) => collection::SEQUENCE,
        (false, true) => collection::MAPPING,
        (false, false) => return Ok(Value::NONE),
    };
    set_kind_recursive(vm, cls, kind);
    Ok(Value::NONE)
}

fn set_kind_recursive(vm: &Vm, cls: Value, kind: u8) {
    let t = vm.type_obj(cls);
    if t.flags & type_flags::HEAPTYPE == 0 || t.collection.load(Ordering::Relaxed) == kind {
        return;
    }
    t.collection.store(kind, Ordering::Relaxed);
    let subclasses: Vec<Value> = t.subclasses.lock().clone();
    for sub in subclasses {
        if matches!(sub.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
            set_kind_recursive(vm, sub, kind);
        }
    }
}
