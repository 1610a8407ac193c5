//! Making classes: the `class` statement (`__build_class__`), the metaclass
//! choice, `type.__new__` / `type(name, bases, dict)`, the C3 method
//! resolution order, `__slots__`, `__set_name__`, `__init_subclass__`, and
//! `__bases__` assignment.
//!
//! Every change to an existing class that could change what a lookup
//! returns goes through `attrs::modify_type`, which runs it under the type
//! lock and invalidates the version tags of the class and its subclasses.

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::types::{type_flags, TypeName, TypeObj};
use crate::object::{ObjData, Value};
use crate::sync::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, Mutex, Ordering, RwLock};

use super::attrs;

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: what a
/// `class` statement calls.
fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args.pos[0], args.pos[1]);
    if !matches!(func.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    if vm.as_str(name).is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases = args.pos[2..].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    let mut meta = None;
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        if vm.as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kwnames.push(k);
            kwvalues.push(v);
        }
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    let meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(&b) => vm.type_of(b),
            None => vm.types().type_,
        },
    };
    // With a class for a metaclass, pick the most derived one.
    let meta = if matches!(meta.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        calculate_metaclass(vm, meta, &bases)?
    } else {
        meta
    };
    let ns = match vm.getattr_opt(meta, vm.intern("__prepare__"))? {
        Some(prepare) => {
            let mut all = vec![name, bases_tuple];
            all.extend_from_slice(&kwvalues);
            let ns = vm.call_kw(prepare, &all, &kwnames)?;
            if !is_mapping(vm, ns) {
                let m = if is_type(meta) {
                    vm.type_obj(meta).name.to_string()
                } else {
                    "<metaclass>".to_string()
                };
                let t = vm.type_name(ns);
                return Err(
                    vm.type_error(format!("{m}.__prepare__() must return a mapping, not {t}"))
                );
            }
            ns
        }
        None => vm.new_dict(),
    };
    let mut frame = crate::interp::call::new_function_frame(vm, func, &[], &[])?;
    frame.locals_map = ns;
    let cell = vm.run_new_frame(frame)?;
    if bases != orig_bases {
        let key = vm.intern("__orig_bases__");
        let orig = vm.new_tuple(orig_bases);
        namespace_set(vm, ns, key, orig)?;
    }
    let mut all = vec![name, bases_tuple, ns];
    all.extend_from_slice(&kwvalues);
    let cls = vm.call_kw(meta, &all, &kwnames)?;
    // The body returns its `__class__` cell; `type.__new__` must have
    // filled it with this very class.
    if let Some(ObjData::Cell(c)) = cell.as_obj().map(|o| &o.data) {
        let set = c.get();
        if set != cls && is_type(cls) {
            let n = vm.as_str(name).unwrap_or("?").to_string();
            let t = vm.repr_of(cls)?;
            if set.is_null() {
                return Err(vm.runtime_error(format!(
                    "__class__ not set defining '{n}' as {t}. \
                     Was __classcell__ propagated to type.__new__?"
                )));
            }
            // CPython's message names the new class twice.
            return Err(vm.type_error(format!("__class__ set to {t} defining '{n}' as {t}")));
        }
    }
    Ok(cls)
}

/// The bases a class statement's base expressions stand for: each
/// non-class with `__mro_entries__` is replaced by the tuple that method
/// returns, given the original bases.
fn resolve_mro_entries(vm: &mut Vm, orig: &[Value]) -> PyResult<Vec<Value>> {
    if orig.iter().all(|&b| is_type(b)) {
        return Ok(orig.to_vec());
    }
    let key = vm.intern("__mro_entries__");
    let orig_tuple = vm.new_tuple(orig.to_vec());
    let mut out = Vec::with_capacity(orig.len());
    for &b in orig {
        if is_type(b) {
            out.push(b);
            continue;
        }
        let Some(f) = vm.getattr_opt(b, key)? else {
            out.push(b);
            continue;
        };
        let r = vm.call(f, &[orig_tuple])?;
        let Some(ObjData::Tuple(items)) = r.as_obj().map(|o| &o.data) else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(items.iter().copied());
    }
    Ok(out)
}

fn is_type(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
}

/// Whether `v` can serve as a class namespace: a dict, or anything whose
/// type has `__getitem__`.
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        return true;
    }
    let key = vm.interp.names.dunder_getitem;
    let hash = vm.str_hash(key);
    let t = vm.type_of(v);
    vm.type_obj(t).lookup(key, hash).is_some()
}

/// A class body's `name` lookup in its namespace: a dict directly, any
/// other mapping (a `__prepare__` result) through `__getitem__`, with
/// KeyError meaning "not there".
pub fn namespace_get(vm: &mut Vm, ns: Value, name: Value) -> PyResult<Option<Value>> {
    if vm.type_of(ns) == vm.types().dict {
        return vm.dict_get(ns, name);
    }
    match crate::interp::ops::getitem(vm, ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

/// `ns[name] = v` in a class body (or module) namespace.
pub fn namespace_set(vm: &mut Vm, ns: Value, name: Value, v: Value) -> PyResult<()> {
    if vm.type_of(ns) == vm.types().dict {
        return vm.dict_set(ns, name, v);
    }
    crate::interp::ops::setitem(vm, ns, name, v)
}

/// `del ns[name]` in a class body; `Ok(false)` when it was not there.
pub fn namespace_del(vm: &mut Vm, ns: Value, name: Value) -> PyResult<bool> {
    if vm.type_of(ns) == vm.types().dict {
        let hash = vm.str_hash(name);
        return Ok(match &ns.obj().data {
            ObjData::Dict(d) => d.remove(name, hash).is_some(),
            _ => false,
        });
    }
    match crate::interp::ops::delitem(vm, ns, name) {
        Ok(()) => Ok(true),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(false),
        Err(e) => Err(e),
    }
}

/// The most derived of `meta` and the bases' metaclasses; TypeError when
/// two are unrelated.
fn calculate_metaclass(vm: &mut Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for &b in bases {
        let t = vm.type_of(b);
        if vm.is_subclass(winner, t) {
            continue;
        }
        if vm.is_subclass(t, winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace, **kwds)`, and `type(x)`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&meta) = args.pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(ObjData::Type(mt)) = meta.as_obj().map(|o| &o.data) else {
        let t = vm.type_name(meta);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({t})")));
    };
    let type_ = vm.types().type_;
    if !vm.is_subclass(meta, type_) {
        return Err(vm.type_error(format!(
            "type.__new__({}): {} is not a subtype of type",
            mt.name, mt.name
        )));
    }
    let rest = &args.pos[1..];
    if rest.len() == 1 && args.kwnames.is_empty() && meta == vm.types().type_ {
        return Ok(vm.type_of(rest[0]));
    }
    if rest.len() != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        )));
    }
    let (name, bases, ns) = (rest[0], rest[1], rest[2]);
    let Some(name) = vm.as_str(name) else {
        let t = vm.type_name(name);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {t}")));
    };
    if !matches!(bases.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_))) {
        let t = vm.type_name(bases);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {t}")));
    }
    if !matches!(ns.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        let t = vm.type_name(ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {t}")));
    }
    let bases = vm.tuple_items(bases).to_vec();
    let entries_key = vm.intern("__mro_entries__");
    for &b in &bases {
        if !is_type(b) && vm.getattr_opt(b, entries_key)?.is_some() {
            return Err(
                vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()")
            );
        }
    }
    let winner = calculate_metaclass(vm, meta, &bases)?;
    if winner != meta {
        // A more derived metaclass with a `__new__` of its own makes the
        // class instead.
        let key = vm.interp.names.dunder_new;
        let hash = vm.str_hash(key);
        let own = vm.type_obj(winner).lookup(key, hash);
        let type_new = vm.type_obj(vm.types().type_).dict().get(key, hash);
        if let Some(f) = own.filter(|&f| Some(f) != type_new) {
            let f = match f.as_obj().map(|o| &o.data) {
                Some(ObjData::StaticMethod(inner)) => *inner,
                _ => f,
            };
            let mut all = vec![winner];
            all.extend_from_slice(&args.pos[1..]);
            all.extend_from_slice(args.kwvalues);
            return vm.call_kw(f, &all, args.kwnames);
        }
    }
    new_class(vm, winner, name, bases, ns, &args)
}

/// The builtin type whose instance layout a class's instances have (its
/// "solid base"): `object` for plain classes.
fn solid_base(vm: &Vm, ty: Value) -> Value {
    let t = vm.type_obj(ty);
    if t.flags & type_flags::HEAPTYPE == 0 {
        // Most builtin exceptions share BaseException's layout; these add
        // fields of their own in CPython.
        const OWN_LAYOUT: &[&str] = &[
            "BaseException",
            "BaseExceptionGroup",
            "StopIteration",
            "SystemExit",
            "ImportError",
            "OSError",
            "SyntaxError",
            "NameError",
            "AttributeError",
            "UnicodeEncodeError",
            "UnicodeDecodeError",
            "UnicodeTranslateError",
        ];
        if t.flags & type_flags::EXCEPTION != 0 && !OWN_LAYOUT.contains(&&*t.name) {
            if let Some(&b) = t.bases.read().first() {
                return solid_base(vm, b);
            }
        }
        return ty;
    }
    // A class whose own `__slots__` add value cells has a layout of its own.
    if !t.slot_names.is_empty() {
        return ty;
    }
    match t.bases.read().first() {
        Some(&b) => solid_base(vm, b),
        None => vm.types().object,
    }
}

fn new_class(
    vm: &mut Vm,
    meta: Value,
    name: &str,
    mut bases: Vec<Value>,
    ns: Value,
    args: &Args,
) -> PyResult<Value> {
    let types = vm.types();
    let (object, exc_base) = (types.object, types.exc("BaseException"));
    for (i, &b) in bases.iter().enumerate() {
        let Some(ObjData::Type(bt)) = b.as_obj().map(|o| &o.data) else {
            let r = vm.repr_of(b)?;
            return Err(vm.type_error(format!("bases must be types, not {r}")));
        };
        if bt.flags & type_flags::BASETYPE == 0 {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bt.name)));
        }
        if bases[..i].contains(&b) {
            return Err(vm.type_error(format!("duplicate base class {}", bt.name)));
        }
    }
    if bases.is_empty() {
        bases.push(object);
    }
    // Builtin layouts cannot be combined (`class C(int, str)`).
    let mut layout = object;
    for &b in &bases {
        let s = solid_base(vm, b);
        if s == object || vm.is_subclass(layout, s) {
            continue;
        }
        if layout == object || vm.is_subclass(s, layout) {
            layout = s;
            continue;
        }
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    // The namespace becomes the class's own dict.
    let dict = vm.new_dict();
    let ObjData::Dict(src) = &ns.obj().data else {
        unreachable!("checked by the caller")
    };
    let ObjData::Dict(dst) = &dict.obj().data else {
        unreachable!()
    };
    dst.copy_from(src);
    let names = &vm.interp.names;
    let (qual_key, module_key, doc_key, cell_key) = (
        names.dunder_qualname,
        names.dunder_module,
        names.dunder_doc,
        names.dunder_classcell,
    );
    let qualname = match vm.dict_get_str(dict, qual_key) {
        Some(q) => match vm.as_str(q) {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(q);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {t}")));
            }
        },
        None => name.to_string(),
    };
    dst.remove(qual_key, vm.str_hash(qual_key));
    let cell = vm.dict_get_str(dict, cell_key);
    if let Some(c) = cell {
        if !matches!(c.as_obj().map(|o| &o.data), Some(ObjData::Cell(_))) {
            let t = vm.type_of(c);
            let r = vm.repr_of(t)?;
            return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {r}")));
        }
    }
    dst.remove(cell_key, vm.str_hash(cell_key));
    let module = match vm.dict_get_str(dict, module_key) {
        Some(m) => m,
        None => {
            // The module of the code that made the class (its globals).
            let m = vm.intern("__main__");
            vm.dict_set_str(dict, module_key, m);
            m
        }
    };
    if vm.dict_get_str(dict, doc_key).is_none() {
        vm.dict_set_str(dict, doc_key, Value::NONE);
    }
    // `__new__` is a static method, `__init_subclass__` and
    // `__class_getitem__` class methods, even when written as functions.
    for (key, wrap_static) in [
        ("__new__", true),
        ("__init_subclass__", false),
        ("__class_getitem__", false),
    ] {
        let k = vm.intern(key);
        if let Some(f) = vm.dict_get_str(dict, k) {
            if matches!(f.as_obj().map(|o| &o.data), Some(ObjData::Function(_))) {
                let w = if wrap_static {
                    let c = vm.types().staticmethod;
                    vm.alloc(c, ObjData::StaticMethod(f))
                } else {
                    let c = vm.types().classmethod;
                    vm.alloc(c, ObjData::ClassMethod(f))
                };
                vm.dict_set_str(dict, k, w);
            }
        }
    }
    // Defining `__eq__` without `__hash__` makes instances unhashable.
    let eq_key = vm.interp.names.dunder_eq;
    let hash_key = vm.interp.names.dunder_hash;
    if vm.dict_get_str(dict, eq_key).is_some() && vm.dict_get_str(dict, hash_key).is_none() {
        vm.dict_set_str(dict, hash_key, Value::NONE);
    }
    let mut flags = type_flags::HEAPTYPE | type_flags::BASETYPE;
    if bases.iter().any(|&b| vm.is_subclass(b, exc_base)) {
        flags |= type_flags::EXCEPTION;
    }
    // `__slots__`: each name gets a member descriptor and a value cell in
    // the instances (after the cells of the bases); without '__dict__'
    // among them (and in every base), instances get no `__dict__`.
    let slots_key = vm.intern("__slots__");
    let base_has_dict = bases.iter().any(|&b| instances_have(vm, b).0);
    let base_has_weakref = bases.iter().any(|&b| instances_have(vm, b).1);
    let base_members = bases
        .iter()
        .map(|&b| vm.type_obj(b).members)
        .max()
        .unwrap_or(0);
    let mut slot_names = Vec::new();
    let mut add_dict = !base_has_dict;
    let mut add_weakref = !base_has_weakref;
    if let Some(slots) = vm.dict_get_str(dict, slots_key) {
        let items = if vm.as_str(slots).is_some() {
            vec![slots]
        } else {
            vm.collect(slots)?
        };
        let (mut has_dict, mut has_weakref) = (false, false);
        for s in items {
            let Some(text) = vm.as_str(s) else {
                let t = vm.type_name(s);
                return Err(vm.type_error(format!("__slots__ items must be strings, not '{t}'")));
            };
            if !is_identifier(text) {
                return Err(vm.type_error("__slots__ must be identifiers"));
            }
            if text == "__dict__" {
                if base_has_dict || has_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                has_dict = true;
                continue;
            }
            if text == "__weakref__" {
                if base_has_weakref || has_weakref {
                    return Err(vm.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                has_weakref = true;
                continue;
            }
            let key = vm.intern(&mangle(name, text));
            if vm.dict_get_str(dict, key).is_some() {
                return Err(vm.value_error(format!(
                    "'{text}' in __slots__ conflicts with class variable"
                )));
            }
            if !slot_names.contains(&key) {
                slot_names.push(key);
            }
        }
        if !slot_names.is_empty() {
            // Variable-size builtin layouts have no room for slots.
            let (int, tuple, bytes) = (vm.types().int, vm.types().tuple, vm.types().bytes);
            if let Some(&b) = bases.iter().find(|&&b| {
                let s = solid_base(vm, b);
                s == int || s == tuple || s == bytes
            }) {
                let bn = vm.type_obj(b).name.to_string();
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{bn}'"
                )));
            }
        }
        add_dict = has_dict;
        add_weakref = has_weakref;
        if !has_dict && !base_has_dict {
            flags |= type_flags::NO_INSTANCE_DICT;
        }
    }
    // The first class with instance dicts holds the `__dict__` and
    // `__weakref__` descriptors.
    for (key, wanted) in [("__dict__", add_dict), ("__weakref__", add_weakref)] {
        let k = vm.intern(key);
        if wanted && vm.dict_get_str(dict, k).is_none() {
            let d = attrs::instance_dict_descriptor(vm, key);
            vm.dict_set_str(dict, k, d);
        }
    }
    let new_key = vm.interp.names.dunder_new;
    let had_custom_new = vm.dict_get_str(dict, new_key).is_some()
        || bases
            .iter()
            .any(|&b| vm.type_obj(b).had_custom_new.load(Ordering::Relaxed));
    let (name_str, qualname_str) = (vm.new_str(name), vm.new_str(qualname));
    let ty = vm.alloc(
        meta,
        ObjData::Type(Box::new(TypeObj {
            name: TypeName::new(name_str),
            qualname: TypeName::new(qualname_str),
            module: RwLock::new(module),
            bases: RwLock::new(bases.clone()),
            mro: RwLock::new(Vec::new()),
            dict,
            version: AtomicU32::new(0),
            flags,
            subclasses: Mutex::new(Vec::new()),
            slot_names: slot_names.clone().into_boxed_slice(),
            members: base_members + slot_names.len(),
            hooks: AtomicU64::new(0),
            had_custom_new: AtomicBool::new(had_custom_new),
            collection: AtomicU8::new(0),
        })),
    );
    for (i, &s) in slot_names.iter().enumerate() {
        let class = vm.types().member_descriptor;
        let m = vm.alloc(
            class,
            ObjData::Member {
                name: s,
                owner: ty,
                index: base_members + i,
            },
        );
        vm.dict_set_str(dict, s, m);
    }
    let mro = match custom_mro(vm, meta)? {
        None => compute_mro(vm, ty, &bases)?,
        Some(f) => {
            // Until `mro()` answers, lookups on the class see only itself.
            *vm.type_obj(ty).mro.write() = vec![ty];
            mro_from_method(vm, f, ty)?
        }
    };
    // Classes a custom MRO adds beyond the bases' own must invalidate this
    // class's version tag too: it joins their subclass lists (which
    // `__subclasses__` filters back to direct subclasses).
    for &k in mro.iter().skip(1) {
        if !bases.iter().any(|&b| vm.is_subclass(b, k)) {
            vm.type_obj(k).subclasses.lock().push(ty);
        }
    }
    // Sequence or mapping patterns: the first class on the MRO with a kind.
    let kind = mro.iter().skip(1).find_map(|&k| {
        match k.as_obj().map(|o| &o.data) {
            Some(ObjData::Type(t)) => Some(t.collection.load(Ordering::Relaxed)),
            _ => None,
        }
        .filter(|&c| c != 0)
    });
    if let Some(kind) = kind {
        vm.type_obj(ty).collection.store(kind, Ordering::Relaxed);
    }
    attrs::modify_type(vm, ty, |t| *t.mro.write() = mro);
    for &b in &bases {
        vm.type_obj(b).subclasses.lock().push(ty);
    }
    if let Some(c) = cell {
        if let Some(ObjData::Cell(c)) = c.as_obj().map(|o| &o.data) {
            c.set(ty);
        }
    }
    // `__set_name__` on the attributes that define it.
    let entries = match &dict.obj().data {
        ObjData::Dict(d) => d.entries(),
        _ => Vec::new(),
    };
    for e in entries {
        if let Some(ObjData::Property(p)) = e.value.as_obj().map(|o| &o.data) {
            // `property.__set_name__`: the last name it is bound to wins.
            *p.name.write() = e.key;
            continue;
        }
        if let Some(f) = vm.lookup_dunder(e.value, "__set_name__") {
            if let Err(err) = vm.call_method_descr(f, e.value, &[ty, e.key]) {
                // 3.11 wraps the error, chaining the original as the cause.
                let t = vm.type_name(e.value);
                let key = vm.repr_of(e.key)?;
                let wrapped = vm.runtime_error(format!(
                    "Error calling __set_name__ on '{t}' instance {key} in '{name}'"
                ));
                if let ObjData::Exception(x) = &wrapped.exc.obj().data {
                    x.cause.set(err.exc);
                    x.suppress_context
                        .store(true, crate::sync::Ordering::Relaxed);
                }
                return Err(wrapped);
            }
        }
    }
    // `super(ty, ty).__init_subclass__(**kwds)`.
    let key = vm.intern("__init_subclass__");
    let hash = vm.str_hash(key);
    let parent_mro: Vec<Value> = vm.type_obj(ty).mro.read()[1..].to_vec();
    for t in parent_mro {
        if let Some(f) = vm.type_obj(t).dict().get(key, hash) {
            let f = match f.as_obj().map(|o| &o.data) {
                Some(ObjData::ClassMethod(inner)) => attrs::bound_method(vm, *inner, ty),
                _ => attrs::bind(vm, f, ty)?,
            };
            let kwnames: Vec<Value> = args
                .kwnames
                .iter()
                .copied()
                .filter(|&k| vm.as_str(k) != Some("metaclass"))
                .collect();
            let kwvalues: Vec<Value> = args
                .kwnames
                .iter()
                .zip(args.kwvalues)
                .filter(|(&k, _)| vm.as_str(k) != Some("metaclass"))
                .map(|(_, &v)| v)
                .collect();
            vm.call_kw(f, &kwvalues, &kwnames)?;
            break;
        }
    }
    Ok(ty)
}

/// Whether instances of class `b` have (a `__dict__`, a `__weakref__`)
/// already, so that a subclass adds no descriptor of its own for them.
fn instances_have(vm: &Vm, b: Value) -> (bool, bool) {
    let t = vm.type_obj(b);
    if t.flags & type_flags::HEAPTYPE != 0 {
        let has = t.flags & type_flags::NO_INSTANCE_DICT == 0;
        return (has, has);
    }
    let types = vm.types();
    if vm.is_subclass(b, types.type_) || vm.is_subclass(b, types.module) {
        return (true, true);
    }
    if t.flags & type_flags::EXCEPTION != 0 {
        return (true, false);
    }
    // Variable-size layouts (int, tuple, bytes) have no weak reference list.
    let sized = [types.int, types.tuple, types.bytes];
    (false, sized.iter().any(|&s| vm.is_subclass(b, s)))
}

/// A private name (`__x`) as written in class `class`: `_class__x`.
fn mangle(class: &str, name: &str) -> String {
    let stripped = class.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A metaclass's own `mro` method, when it overrides `type.mro`.
fn custom_mro(vm: &mut Vm, meta: Value) -> PyResult<Option<Value>> {
    let type_ = vm.types().type_;
    if meta == type_ {
        return Ok(None);
    }
    let key = vm.intern("mro");
    let hash = vm.str_hash(key);
    let mro = vm.type_obj(meta).mro.read().clone();
    for t in mro {
        if t == type_ {
            return Ok(None);
        }
        if let Some(f) = vm.type_obj(t).dict().get(key, hash) {
            return Ok(Some(f));
        }
    }
    Ok(None)
}

/// Calls a metaclass's `mro` override for `ty` and checks its answer.
fn mro_from_method(vm: &mut Vm, f: Value, ty: Value) -> PyResult<Vec<Value>> {
    let m = match f.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(_)) | Some(ObjData::Native(_)) => vm.call(f, &[ty])?,
        _ => {
            let bound = attrs::bind(vm, f, ty)?;
            vm.call(bound, &[])?
        }
    };
    let items = vm.collect(m)?;
    for &k in &items {
        if !is_type(k) {
            let t = vm.type_name(k);
            return Err(vm.type_error(format!("mro() returned a non-class ('{t}')")));
        }
    }
    Ok(items)
}

/// `type.mro(cls)`: the C3 linearization of `cls` from its bases.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "mro", 1, 1)?;
    let cls = args.pos[0];
    if !is_type(cls) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{t}' object"
        )));
    }
    let bases = vm.type_obj(cls).bases.read().clone();
    let mro = if bases.is_empty() {
        vm.type_obj(cls).mro.read().clone()
    } else {
        compute_mro(vm, cls, &bases)?
    };
    Ok(vm.new_list(mro))
}

/// The C3 linearization of a class with `bases`: the class, then a merge
/// of the bases' MROs and the bases list that keeps every list's order.
pub fn compute_mro(vm: &mut Vm, ty: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|&b| vm.type_obj(b).mro.read().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs
            .iter()
            .map(|s| s[0])
            .find(|&candidate| !seqs.iter().any(|s| s[1..].contains(&candidate)));
        let Some(head) = head else {
            // CPython names the head of every list still to merge, once
            // each, in list order.
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let stuck: Vec<String> = heads
                .iter()
                .map(|&h| vm.type_obj(h).name.to_string())
                .collect();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                stuck.join(", ")
            )));
        };
        out.push(head);
        for s in &mut seqs {
            if s[0] == head {
                s.remove(0);
            }
        }
    }
}

/// `cls.__bases__ = (...)`: recomputes the MRO of the class and of every
/// subclass, under the type lock, invalidating their version tags.
fn set_bases(vm: &mut Vm, cls: Value, value: Value) -> PyResult<()> {
    let t = vm.type_obj(cls);
    if t.flags & type_flags::HEAPTYPE == 0 {
        return Err(vm.type_error(format!(
            "cannot set '__bases__' attribute of immutable type '{}'",
            t.name
        )));
    }
    if value.is_null() {
        return Err(vm.type_error(format!(
            "cannot delete '__bases__' attribute of immutable type '{}'",
            t.name
        )));
    }
    let Some(ObjData::Tuple(items)) = value.as_obj().map(|o| &o.data) else {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "can only assign tuple to {}.__bases__, not {tn}",
            t.name
        )));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            t.name
        )));
    }
    let new_bases = items.to_vec();
    for &b in &new_bases {
        if !matches!(b.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
            let tn = vm.type_name(b);
            return Err(vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{tn}'",
                t.name
            )));
        }
        if vm.is_subclass(b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        let bt = vm.type_obj(b);
        if bt.flags & type_flags::BASETYPE == 0 {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", bt.name)));
        }
    }
    for (i, &b) in new_bases.iter().enumerate() {
        if new_bases[..i].contains(&b) {
            let n = vm.type_obj(b).name.to_string();
            return Err(vm.type_error(format!("duplicate base class {n}")));
        }
    }
    let old_best = best_base(vm, &t.bases.read().clone())?;
    let new_best = best_base(vm, &new_bases)?;
    check_same_layout(vm, new_best, old_best, "__bases__")?;
    let new_mro = compute_mro(vm, cls, &new_bases)?;
    // Subclasses' MROs, computed against the new one before anything is
    // published, so a failure changes nothing.
    let old_bases = t.bases.read().clone();
    *t.bases.write() = new_bases.clone();
    let old_mro = std::mem::replace(&mut *t.mro.write(), new_mro.clone());
    let mut updates = Vec::new();
    let mut work = t.subclasses.lock().clone();
    while let Some(sub) = work.pop() {
        let bases = vm.type_obj(sub).bases.read().clone();
        match compute_mro(vm, sub, &bases) {
            Ok(m) => updates.push((sub, m)),
            Err(e) => {
                *t.bases.write() = old_bases;
                *t.mro.write() = old_mro;
                return Err(e);
            }
        }
        work.extend(vm.type_obj(sub).subclasses.lock().iter().copied());
    }
    *t.bases.write() = old_bases.clone();
    *t.mro.write() = old_mro;
    attrs::modify_type(vm, cls, |t| {
        *t.bases.write() = new_bases.clone();
        *t.mro.write() = new_mro;
        for (sub, m) in updates {
            if let ObjData::Type(st) = &sub.obj().data {
                *st.mro.write() = m;
            }
        }
    });
    for &b in &old_bases {
        vm.type_obj(b).subclasses.lock().retain(|&s| s != cls);
    }
    for &b in &new_bases {
        vm.type_obj(b).subclasses.lock().push(cls);
    }
    Ok(())
}

/// The base whose layout a class with `bases` extends (CPython's
/// `best_base`): the one with the most derived solid base.
fn best_base(vm: &mut Vm, bases: &[Value]) -> PyResult<Value> {
    let object = vm.types().object;
    let mut winner: Option<(Value, Value)> = None;
    for &b in bases {
        let s = solid_base(vm, b);
        match winner {
            None => winner = Some((b, s)),
            Some((_, w)) if vm.is_subclass(w, s) => {}
            Some((_, w)) if vm.is_subclass(s, w) => winner = Some((b, s)),
            Some(_) => return Err(vm.type_error("multiple bases have instance lay-out conflict")),
        }
    }
    Ok(winner.map_or(object, |(b, _)| b))
}

/// Whether instances of `t` are tracked by CPython's cycle collector,
/// which decides whether two layouts share a deallocator.
fn is_gc_layout(vm: &Vm, t: Value) -> bool {
    if vm.type_obj(t).flags & type_flags::HEAPTYPE != 0 {
        return true;
    }
    let ty = vm.types();
    ![
        ty.object,
        ty.int,
        ty.bool,
        ty.float,
        ty.str,
        ty.bytes,
        ty.bytearray,
        ty.range,
    ]
    .contains(&t)
}

/// The class whose layout `t` extends (CPython's `tp_base`).
fn layout_parent(vm: &mut Vm, t: Value) -> Option<Value> {
    let tt = vm.type_obj(t);
    let bases = tt.bases.read().clone();
    if bases.is_empty() {
        return None;
    }
    if tt.flags & type_flags::HEAPTYPE == 0 {
        return bases.first().copied();
    }
    best_base(vm, &bases).ok()
}

/// Whether `t` lays its instances out exactly as its layout parent does
/// (adds no slots, no `__dict__`).
fn same_layout_as_parent(vm: &mut Vm, t: Value) -> bool {
    if vm.type_obj(t).flags & type_flags::HEAPTYPE == 0 {
        return false;
    }
    let Some(p) = layout_parent(vm, t) else {
        return false;
    };
    vm.type_obj(t).members == vm.type_obj(p).members
        && instances_have(vm, t) == instances_have(vm, p)
        && is_gc_layout(vm, t) == is_gc_layout(vm, p)
}

/// CPython's `compatible_for_assignment`: may instances laid out for
/// `old` be treated as laid out for `new` (`__bases__` and `__class__`
/// assignment)?
pub fn check_same_layout(vm: &mut Vm, new: Value, old: Value, attr: &str) -> PyResult<()> {
    let (nn, on) = (
        vm.type_obj(new).name.to_string(),
        vm.type_obj(old).name.to_string(),
    );
    if is_gc_layout(vm, new) != is_gc_layout(vm, old) {
        return Err(vm.type_error(format!(
            "{attr} assignment: '{nn}' deallocator differs from '{on}'"
        )));
    }
    let (mut nb, mut ob) = (new, old);
    while same_layout_as_parent(vm, nb) {
        nb = layout_parent(vm, nb).expect("checked");
    }
    while same_layout_as_parent(vm, ob) {
        ob = layout_parent(vm, ob).expect("checked");
    }
    let heap = |vm: &Vm, t: Value| vm.type_obj(t).flags & type_flags::HEAPTYPE != 0;
    let same_added = heap(vm, nb)
        && heap(vm, ob)
        && vm.type_obj(nb).slot_names == vm.type_obj(ob).slot_names
        && instances_have(vm, nb) == instances_have(vm, ob);
    if nb != ob && (layout_parent(vm, nb) != layout_parent(vm, ob) || !same_added) {
        return Err(vm.type_error(format!(
            "{attr} assignment: '{nn}' object layout differs from '{on}'"
        )));
    }
    Ok(())
}

fn get_bases(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let bases = vm.type_obj(v).bases.read().clone();
    Ok(vm.new_tuple(bases))
}

fn set_bases_attr(vm: &mut Vm, cls: Value, value: Value) -> PyResult<()> {
    set_bases(vm, cls, value)
}

/// `cls.__subclasses__()`.
fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    if args.pos.len() > 1 || !args.kwnames.is_empty() {
        let q = vm.type_obj(cls).qualname.to_string();
        let msg = if args.kwnames.is_empty() {
            format!(
                "{q}.__subclasses__() takes no arguments ({} given)",
                args.pos.len() - 1
            )
        } else {
            format!("{q}.__subclasses__() takes no keyword arguments")
        };
        return Err(vm.type_error(msg));
    }
    let mut subs = vm.type_obj(cls).subclasses.lock().clone();
    subs.retain(|&s| vm.type_obj(s).bases.read().contains(&cls));
    Ok(vm.new_list(subs))
}

/// `type.__call__(cls, *args, **kwargs)`.
fn type_call_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(&c) if matches!(c.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) => c,
        Some(&c) => {
            let t = vm.type_name(c);
            return Err(vm.type_error(format!(
                "descriptor '__call__' requires a 'type' object but received a '{t}'"
            )));
        }
        None => {
            return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"))
        }
    };
    let mut all = args.pos[1..].to_vec();
    all.extend_from_slice(args.kwvalues);
    super::object::type_call_default(vm, cls, &all, args.kwnames)
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: the class is already
/// made; only the argument count is checked.
fn type_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.pos.len().saturating_sub(1);
    if n == 1 && !args.kwnames.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__dir__(cls)`: the names along the class's MRO (not its
/// metaclass's).
fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__dir__", 1, 1)?;
    let cls = args.pos[0];
    if !is_type(cls) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "descriptor '__dir__' for 'type' objects doesn't apply to a '{t}' object"
        )));
    }
    let mut names = Vec::new();
    super::functions::objects::type_attr_names(vm, cls, &mut names);
    Ok(vm.new_list(names))
}

fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    super::add_method(interp, t.type_, "__new__", type_new);
    super::add_method(interp, t.type_, "__init__", type_init);
    super::add_method(interp, t.type_, "__call__", type_call_method);
    super::add_classmethod(interp, t.type_, "__prepare__", type_prepare);
    super::add_method(interp, t.type_, "__subclasses__", type_subclasses);
    super::add_method(interp, t.type_, "mro", type_mro);
    super::add_method(interp, t.type_, "__dir__", type_dir);
    super::add_getset(
        interp,
        t.type_,
        "__bases__",
        get_bases,
        Some(set_bases_attr),
    );
    let f = super::native(
        interp,
        "__build_class__",
        build_class,
        Value::NULL,
        Value::NULL,
    );
    let key = interp.intern("__build_class__");
    if let ObjData::Dict(d) = &interp.builtins.obj().data {
        if let ObjData::Str(s) = &key.obj().data {
            d.insert(key, s.hash(), f);
        }
    }
}
