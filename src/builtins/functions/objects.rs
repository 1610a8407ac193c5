//! Builtins about objects: `isinstance`, `issubclass`, `callable`,
//! `getattr`/`setattr`/`hasattr`/`delattr`, `dir`, `vars`, `globals`,
//! `locals`, `id`, `hash`, `repr`, `ascii`, `format`, `chr`, `ord`.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::{attrs, check_arity, no_kwargs};
use crate::bytecode::CompareKind;
use crate::interp::{Args, NativeFn, PyResult, Vm};
use crate::object::{ObjData, Value};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("callable", builtin_callable),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("dir", builtin_dir),
    ("vars", builtin_vars),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("format", builtin_format),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
];

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    Ok(args.pos[0])
}

fn is_type(v: Value) -> bool {
    matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
}

// ----- isinstance, issubclass, callable -----------------------------------

/// `isinstance(v, info)`: an exact type match, then a tuple's items, then
/// the `__instancecheck__` of `info`'s type (a metaclass, or any class
/// defining it for its instances), then the plain check.
pub fn isinstance_of(vm: &mut Vm, v: Value, info: Value) -> PyResult<bool> {
    if vm.type_of(v) == info {
        return Ok(true);
    }
    if is_type(info) && vm.type_of(info) == vm.types().type_ {
        return real_isinstance(vm, v, info);
    }
    if let Some(ObjData::Tuple(items)) = info.as_obj().map(|o| &o.data) {
        for &t in items.iter() {
            if isinstance_of(vm, v, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = vm.call_dunder(info, "__instancecheck__", &[v])? {
        return vm.truthy(r);
    }
    real_isinstance(vm, v, info)
}

/// `isinstance` without hooks (what `type.__instancecheck__` does): the
/// type, or a differing `__class__`; for a non-type `cls`, its
/// `__bases__` chain.
pub fn real_isinstance(vm: &mut Vm, v: Value, cls: Value) -> PyResult<bool> {
    let dunder_class = vm.interp.names.dunder_class;
    if is_type(cls) {
        if vm.isinstance(v, cls) {
            return Ok(true);
        }
        // An object whose `__class__` differs from its type (proxies).
        let class = vm.getattr_opt(v, dunder_class)?;
        return Ok(match class {
            Some(c) if is_type(c) && c != vm.type_of(v) => vm.is_subclass(c, cls),
            _ => false,
        });
    }
    if class_bases(vm, cls)?.is_none() {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    match vm.getattr_opt(v, dunder_class)? {
        Some(c) => abstract_issubclass(vm, c, cls),
        None => Ok(false),
    }
}

/// `cls.__bases__` when it is a tuple (what makes a non-type object count
/// as a class for isinstance/issubclass).
fn class_bases(vm: &mut Vm, cls: Value) -> PyResult<Option<Value>> {
    let key = vm.intern("__bases__");
    let bases = match vm.getattr_opt(cls, key) {
        Ok(b) => b,
        Err(e) if vm.err_is(&e, "AttributeError") => None,
        Err(e) => return Err(e),
    };
    Ok(bases.filter(|b| matches!(b.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_)))))
}

/// Whether `cls` is `derived` or among its `__bases__`, recursively.
fn abstract_issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    abstract_issubclass_at(vm, derived, cls, 0)
}

fn abstract_issubclass_at(vm: &mut Vm, derived: Value, cls: Value, depth: usize) -> PyResult<bool> {
    // `__bases__` may form a cycle: recursion ends as CPython's does
    // (capped, as each level is native stack).
    if depth > vm.recursion_limit().min(5000) {
        return Err(vm.new_error(
            "RecursionError",
            "maximum recursion depth exceeded in __subclasscheck__",
        ));
    }
    let mut derived = derived;
    loop {
        if derived == cls {
            return Ok(true);
        }
        let Some(bases) = class_bases(vm, derived)? else {
            return Ok(false);
        };
        let items = vm.tuple_items(bases).to_vec();
        match items.len() {
            0 => return Ok(false),
            1 => derived = items[0],
            _ => {
                for b in items {
                    if abstract_issubclass_at(vm, b, cls, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "isinstance")?;
    check_arity(vm, &args, "isinstance", 2, 2)?;
    isinstance_of(vm, args.pos[0], args.pos[1]).map(Value::bool)
}

/// `issubclass(cls, info)`: a tuple's items, then the `__subclasscheck__`
/// of `info`'s type, then the plain check.
pub fn issubclass_of(vm: &mut Vm, cls: Value, info: Value) -> PyResult<bool> {
    if is_type(info) && vm.type_of(info) == vm.types().type_ {
        if cls == info {
            return Ok(true);
        }
        return real_issubclass(vm, cls, info);
    }
    if let Some(ObjData::Tuple(items)) = info.as_obj().map(|o| &o.data) {
        for &t in items.iter() {
            if issubclass_of(vm, cls, t)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = vm.call_dunder(info, "__subclasscheck__", &[cls])? {
        return vm.truthy(r);
    }
    real_issubclass(vm, cls, info)
}

/// `issubclass` without hooks (what `type.__subclasscheck__` does).
pub fn real_issubclass(vm: &mut Vm, cls: Value, info: Value) -> PyResult<bool> {
    if is_type(cls) && is_type(info) {
        return Ok(vm.is_subclass(cls, info));
    }
    if !is_type(cls) && class_bases(vm, cls)?.is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(info) && class_bases(vm, info)?.is_none() {
        return Err(
            vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
        );
    }
    abstract_issubclass(vm, cls, info)
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "issubclass")?;
    check_arity(vm, &args, "issubclass", 2, 2)?;
    issubclass_of(vm, args.pos[0], args.pos[1]).map(Value::bool)
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Function(_))
        | Some(ObjData::Native(_))
        | Some(ObjData::BoundMethod(_))
        | Some(ObjData::Type(_))
        | Some(ObjData::StaticMethod(_)) => true,
        _ => vm.lookup_dunder(v, "__call__").is_some(),
    }
}

fn builtin_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "callable")?;
    Ok(Value::bool(is_callable(vm, v)))
}

// ----- attributes -----------------------------------------------------------

/// The attribute name argument: a str, or CPython's TypeError.
fn attr_name(vm: &mut Vm, name: Value) -> PyResult<Value> {
    if vm.as_str(name).is_some() {
        return Ok(name);
    }
    let t = vm.type_name(name);
    Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getattr")?;
    check_arity(vm, &args, "getattr", 2, 3)?;
    let (obj, name) = (args.pos[0], attr_name(vm, args.pos[1])?);
    let default = args.pos.get(2).copied();
    match vm.getattr_opt(obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match default {
            Some(d) => Ok(d),
            None => Err(vm.no_attribute(obj, name)),
        },
        Err(e) => match default {
            Some(d) if vm.err_is(&e, "AttributeError") => Ok(d),
            _ => Err(e),
        },
    }
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "hasattr")?;
    check_arity(vm, &args, "hasattr", 2, 2)?;
    let (obj, name) = (args.pos[0], attr_name(vm, args.pos[1])?);
    match vm.getattr_opt(obj, name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if vm.err_is(&e, "AttributeError") => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "setattr")?;
    check_arity(vm, &args, "setattr", 3, 3)?;
    let (obj, name) = (args.pos[0], attr_name(vm, args.pos[1])?);
    vm.setattr(obj, name, args.pos[2])?;
    Ok(Value::NONE)
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "delattr")?;
    check_arity(vm, &args, "delattr", 2, 2)?;
    let (obj, name) = (args.pos[0], attr_name(vm, args.pos[1])?);
    vm.delattr(obj, name)?;
    Ok(Value::NONE)
}

// ----- namespaces: dir, vars, globals, locals --------------------------------

/// The calling code's globals and, in a module or class body, its locals
/// namespace. A function's fast locals are not reachable from builtins yet.
fn caller_namespace(vm: &mut Vm, fname: &str) -> PyResult<(Value, Option<Value>)> {
    if vm.frame_globals.is_null() {
        return Err(vm.runtime_error(format!("{fname}(): no current frame")));
    }
    let locals = (!vm.frame_locals.is_null()).then_some(vm.frame_locals);
    Ok((vm.frame_globals, locals))
}

fn caller_locals(vm: &mut Vm, fname: &str) -> PyResult<Value> {
    match caller_namespace(vm, fname)? {
        (_, Some(l)) => Ok(l),
        (_, None) => Err(vm.new_error(
            "NotImplementedError",
            format!("weft cannot read a function's local variables for {fname}() yet"),
        )),
    }
}

fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "globals")?;
    check_arity(vm, &args, "globals", 0, 0)?;
    Ok(caller_namespace(vm, "globals")?.0)
}

fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "locals")?;
    check_arity(vm, &args, "locals", 0, 0)?;
    caller_locals(vm, "locals")
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "vars")?;
    check_arity(vm, &args, "vars", 0, 1)?;
    let Some(&obj) = args.pos.first() else {
        return caller_locals(vm, "vars");
    };
    let key = vm.interp.names.dunder_dict;
    match vm.getattr_opt(obj, key) {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        Err(e) if vm.err_is(&e, "AttributeError") => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// The str keys of a dict value.
fn dict_str_keys(vm: &mut Vm, dict: Value, out: &mut Vec<Value>) {
    if let Some(ObjData::Dict(d)) = dict.as_obj().map(|o| &o.data) {
        out.extend(d.keys().into_iter().filter(|&k| vm.as_str(k).is_some()));
    }
}

/// The attribute names of a class: its own and its bases'.
pub fn type_attr_names(vm: &mut Vm, cls: Value, out: &mut Vec<Value>) {
    let mro = vm.type_obj(cls).mro.read().clone();
    for t in mro {
        let dict = vm.type_obj(t).dict;
        dict_str_keys(vm, dict, out);
    }
}

/// Sorts and de-duplicates a list of names as `sorted(set(names))`.
fn sorted_names(vm: &mut Vm, names: Vec<Value>) -> PyResult<Value> {
    let mut names = names;
    if names.iter().all(|&n| vm.as_str(n).is_some()) {
        names.sort_by(|&a, &b| vm.as_str(a).cmp(&vm.as_str(b)));
        names.dedup_by(|a, b| vm.as_str(*a) == vm.as_str(*b));
        return Ok(vm.new_list(names));
    }
    crate::builtins::sort::sort_by(&mut names, &mut |a, b| {
        vm.compare_bool(a, b, CompareKind::Lt)
    })?;
    Ok(vm.new_list(names))
}

/// `dir(obj)`.
pub fn dir_of(vm: &mut Vm, obj: Value) -> PyResult<Value> {
    if vm.is_heap_instance(obj) {
        if let Some(r) = vm.call_dunder(obj, "__dir__", &[])? {
            // What `__dir__` returns is sorted as it is, duplicates kept.
            let mut items = vm.collect(r)?;
            crate::builtins::sort::sort_by(&mut items, &mut |a, b| {
                vm.compare_bool(a, b, CompareKind::Lt)
            })?;
            return Ok(vm.new_list(items));
        }
    }
    let mut names = Vec::new();
    match obj.as_obj().map(|o| &o.data) {
        Some(ObjData::Module(m)) => {
            let d = m.dict;
            dict_str_keys(vm, d, &mut names);
        }
        Some(ObjData::Type(_)) => type_attr_names(vm, obj, &mut names),
        _ => {
            if let Some(d) = attrs::instance_dict(vm, obj) {
                dict_str_keys(vm, d, &mut names);
            }
            let cls = vm.type_of(obj);
            type_attr_names(vm, cls, &mut names);
            names.push(vm.interp.names.dunder_class);
        }
    }
    sorted_names(vm, names)
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "dir")?;
    check_arity(vm, &args, "dir", 0, 1)?;
    match args.pos.first() {
        Some(&obj) => dir_of(vm, obj),
        None => {
            let locals = caller_locals(vm, "dir")?;
            let mut names = Vec::new();
            dict_str_keys(vm, locals, &mut names);
            sorted_names(vm, names)
        }
    }
}

// ----- identity, hashing, text ----------------------------------------------------

/// `id(v)`: a heap object's address; for values stored inline (small ints,
/// floats, None, ...) their bit pattern above 2**64, so no inline value
/// shares an id with an object or with a different inline value.
pub fn id_of(vm: &mut Vm, v: Value) -> Value {
    if v.is_obj() {
        return vm.new_int(v.obj_addr() as i64);
    }
    let id = BigInt::from(v.to_bits()) + (BigInt::from(1u8) << 64u32);
    vm.new_bigint(id)
}

fn builtin_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "id")?;
    Ok(id_of(vm, v))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "hash")?;
    let h = vm.hash(v)?;
    Ok(vm.new_int(h))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "repr")?;
    vm.repr(v)
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ascii")?;
    crate::builtins::repr::ascii(vm, v)
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "format")?;
    check_arity(vm, &args, "format", 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(&s) if vm.as_str(s).is_some() => s,
        Some(&s) => {
            let t = if s.is_none() {
                "None".to_string()
            } else {
                vm.type_name(s)
            };
            return Err(vm.type_error(format!("format() argument 2 must be str, not {t}")));
        }
        None => Value::NULL,
    };
    crate::builtins::format::format(vm, args.pos[0], spec)
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "chr")?;
    let n = vm.to_index(v)?;
    let Some(n) = n.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&n) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error(format!(
            "chr() arg is a surrogate code point ({n:#x}): weft strings cannot hold surrogates"
        ))),
    }
}

fn builtin_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "ord")?;
    let (code, len) = match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => (c as i64, 1),
                _ => (0, s.char_len()),
            }
        }
        Some(ObjData::Bytes(b)) => match b.as_ref() {
            [c] => (*c as i64, 1),
            _ => (0, b.len()),
        },
        Some(ObjData::ByteArray(b)) => match b.read().as_slice() {
            [c] => (*c as i64, 1),
            other => (0, other.len()),
        },
        _ => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("ord() expected string of length 1, but {t} found")));
        }
    };
    if len != 1 {
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {len} found"
        )));
    }
    Ok(vm.new_int(code))
}

// ----- the singletons' types: `type(None)()` is None ---------------------------

fn singleton_new(vm: &mut Vm, args: &Args, value: Value) -> PyResult<Value> {
    let ty = vm.type_of(value);
    super::check_new(vm, args, ty)?;
    if args.pos.len() > 1 || !args.kwnames.is_empty() {
        let t = vm.type_name(value);
        return Err(vm.type_error(format!("{t} takes no arguments")));
    }
    Ok(value)
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, &args, Value::NONE)
}

fn not_implemented_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, &args, Value::NOT_IMPLEMENTED)
}

fn ellipsis_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(vm, &args, Value::ELLIPSIS)
}

/// Registers the constructors of `NoneType`, `NotImplementedType` and
/// `ellipsis`.
pub fn init_singletons(interp: &crate::interp::InterpState) {
    let t = &interp.types;
    crate::builtins::add_method(interp, t.none, "__new__", none_new);
    crate::builtins::add_method(interp, t.not_implemented, "__new__", not_implemented_new);
    crate::builtins::add_method(interp, t.ellipsis, "__new__", ellipsis_new);
}
