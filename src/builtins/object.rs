//! `object` and `type`: instance creation (`type_call`), the methods every
//! object inherits from `object`, the attributes every class has
//! (`__name__`, `__mro__`, ...), and the descriptor types `property`,
//! `staticmethod`, `classmethod` and `super`.

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::types::type_flags;
use crate::object::{InstanceObj, ObjData, PropertyObj, Value};
use crate::sync::{Ordering, RwLock};

use super::attrs;

/// `cls(*args, **kwargs)`: the metaclass's `__call__` when a metaclass
/// overrides it; else `cls.__new__(cls, ...)`, then `__init__` when the
/// result is an instance of `cls`.
pub fn type_call(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let meta = vm.type_of(cls);
    if meta != vm.types().type_ {
        if let Some(call) = metaclass_call(vm, meta) {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(cls);
            all.extend_from_slice(args);
            return vm.call_kw(call, &all, kwnames);
        }
    }
    type_call_default(vm, cls, args, kwnames)
}

/// What `type.__call__` does: `cls.__new__(cls, ...)`, then `__init__`
/// when the result is an instance of `cls`. A metaclass's `__call__`
/// reaches this through `super().__call__(...)`.
pub fn type_call_default(
    vm: &mut Vm,
    cls: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    if cls == vm.types().type_ {
        let n = args.len() - kwnames.len();
        if n == 1 && kwnames.is_empty() {
            return Ok(vm.type_of(args[0]));
        }
        if n != 1 && n != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    let new_name = vm.interp.names.dunder_new;
    let hash = vm.str_hash(new_name);
    let Some(new) = vm.lookup_type_attr(cls, new_name, hash) else {
        let name = vm.type_obj(cls).name.to_string();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    };
    let new = match new.as_obj().map(|o| &o.data) {
        Some(ObjData::StaticMethod(f)) => *f,
        _ => new,
    };
    // A builtin type with no constructor of its own (functions, methods,
    // descriptors) only inherits `object.__new__`.
    let object = vm.types().object;
    if cls != object
        && vm.type_obj(cls).flags & type_flags::HEAPTYPE == 0
        && vm.type_obj(object).dict().get(new_name, hash) == Some(new)
    {
        let name = vm.type_obj(cls).name.to_string();
        return Err(vm.type_error(format!("cannot create '{name}' instances")));
    }
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(cls);
    all.extend_from_slice(args);
    let inst = vm.call_kw(new, &all, kwnames)?;
    // Builtin types initialize in `__new__`; only classes defined in
    // Python (and their instances) and exceptions (whose `__init__` sets
    // `args` and, for OSError, `filename`) run `__init__`.
    let exception = matches!(inst.as_obj().map(|o| &o.data), Some(ObjData::Exception(_)));
    if (exception || vm.is_heap_instance(inst)) && vm.isinstance(inst, cls) {
        let init_name = vm.interp.names.dunder_init;
        let ty = vm.type_of(inst);
        let init = vm.lookup_type_attr(ty, init_name, hash_of(vm, init_name));
        if let Some(init) = init {
            all[0] = inst;
            let r = vm.call_kw(init, &all, kwnames)?;
            if !r.is_none() {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__init__() should return None, not '{t}'")));
            }
        }
    }
    Ok(inst)
}

fn hash_of(vm: &Vm, name: Value) -> i64 {
    vm.str_hash(name)
}

/// A metaclass's own `__call__` (not `type.__call__`), if it defines one.
fn metaclass_call(vm: &mut Vm, meta: Value) -> Option<Value> {
    let key = vm.interp.names.dunder_call;
    let hash = vm.str_hash(key);
    let type_ = vm.types().type_;
    let mro = vm.type_obj(meta).mro.read().clone();
    for t in mro {
        if t == type_ {
            return None;
        }
        if let Some(f) = vm.type_obj(t).dict().get(key, hash) {
            return Some(f);
        }
    }
    None
}

/// Whether `cls` (or a base before `object`) defines `name` itself.
fn overrides(vm: &mut Vm, cls: Value, name: Value) -> bool {
    let hash = vm.str_hash(name);
    let object = vm.types().object;
    let mro = vm.type_obj(cls).mro.read().clone();
    mro.into_iter()
        .take_while(|&t| t != object)
        .any(|t| vm.type_obj(t).dict().contains(name, hash))
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(ObjData::Type(t)) = cls.as_obj().map(|o| &o.data) else {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!("object.__new__(X): X is not a type object ({tn})")));
    };
    let excess = args.pos.len() > 1 || !args.kwnames.is_empty();
    if excess {
        let new_key = vm.interp.names.dunder_new;
        let init_key = vm.interp.names.dunder_init;
        if overrides(vm, cls, new_key) || t.had_custom_new.load(Ordering::Relaxed) {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(vm, cls, init_key) {
            return Err(vm.type_error(format!("{}() takes no arguments", t.name)));
        }
    }
    if t.is_abstract.load(Ordering::Relaxed) {
        return Err(abstract_error(vm, cls));
    }
    if t.flags & type_flags::HEAPTYPE == 0 && cls != vm.types().object {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name, t.name
        )));
    }
    Ok(new_instance(vm, cls))
}

/// CPython's error for instantiating a class with abstract methods:
/// "Can't instantiate abstract class C with abstract method(s) a, b".
#[cold]
fn abstract_error(vm: &mut Vm, cls: Value) -> crate::interp::PyErr {
    let name = vm.type_obj(cls).name.to_string();
    let names = vm.getattr_str(cls, "__abstractmethods__").and_then(|set| {
        let items = vm.collect(set)?;
        items
            .into_iter()
            .map(|v| vm.str_of(v))
            .collect::<PyResult<Vec<String>>>()
    });
    let mut names = match names {
        Ok(n) => n,
        Err(e) => return e,
    };
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!(
        "Can't instantiate abstract class {name} with abstract method{s} {}",
        names.join(", ")
    ))
}

/// A fresh instance of a class defined in Python.
pub fn new_instance(vm: &mut Vm, cls: Value) -> Value {
    let t = vm.type_obj(cls);
    // Dict-less instances keep slot values in their shape slots.
    let cells = if t.flags & type_flags::NO_INSTANCE_DICT != 0 {
        0
    } else {
        t.members
    };
    let inst = InstanceObj::with_members(vm, t.members.max(4), cells);
    vm.alloc(cls, ObjData::Instance(inst))
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(&obj) = args.pos.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    let excess = args.pos.len() > 1 || !args.kwnames.is_empty();
    if excess {
        let cls = vm.type_of(obj);
        let new_key = vm.interp.names.dunder_new;
        let init_key = vm.interp.names.dunder_init;
        if overrides(vm, cls, init_key) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(vm, cls, new_key) {
            let name = vm.type_obj(cls).name.to_string();
            return Err(vm.type_error(format!(
                "{name}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(Value::NONE)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = super::repr::repr_builtin(vm, args.pos[0])?;
    Ok(vm.new_str(s))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // The caller (`str()`) checks the result's type and names `__str__`.
    if let Some(r) = vm.call_dunder(args.pos[0], "__repr__", &[])? {
        return Ok(r);
    }
    vm.repr(args.pos[0])
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let h = match crate::object::hashing::builtin_hash(v) {
        Some(Ok(h)) => h,
        Some(Err(())) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("unhashable type: '{t}'")));
        }
        None => crate::object::hashing::hash_identity(v),
    };
    Ok(vm.new_int(h))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(if args.pos[0] == args.pos[1] {
        Value::TRUE
    } else {
        Value::NOT_IMPLEMENTED
    })
}

/// `object.__ne__`: the inverse of the type's own `__eq__`, passing
/// NotImplemented on (no reflected or identity fallback here).
fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__ne__", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    // The receiver's own `__eq__`, not the full (reflected) comparison.
    let r = if vm.is_heap_instance(a) {
        match vm.call_dunder(a, "__eq__", &[b])? {
            Some(r) => r,
            None => Value::NOT_IMPLEMENTED,
        }
    } else {
        let eq = crate::builtins::builtin_compare(vm, a, b, crate::bytecode::CompareKind::Eq)?;
        if eq == Value::NOT_IMPLEMENTED && a == b {
            Value::TRUE
        } else {
            eq
        }
    };
    if r == Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(r)?))
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__sizeof__", 1, 1)?;
    Ok(vm.new_int(16))
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = vm.type_name(args.pos[0]);
    Err(vm.type_error(format!("cannot pickle '{t}' object")))
}

fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::NOT_IMPLEMENTED)
}

fn name_arg(vm: &mut Vm, name: Value) -> PyResult<Value> {
    match vm.as_str(name) {
        Some(s) => Ok(vm.intern(s)),
        None => {
            let t = vm.type_name(name);
            Err(vm.type_error(format!("attribute name must be string, not '{t}'")))
        }
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__getattribute__", 2, 2)?;
    let (obj, name) = (args.pos[0], name_arg(vm, args.pos[1])?);
    match attrs::generic_getattr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, name)),
    }
}

/// `object.__setattr__(cls, ...)` would bypass `type.__setattr__` (and
/// the version tags): refused, as CPython does.
fn refuse_types(vm: &mut Vm, obj: Value, what: &str) -> PyResult<()> {
    if matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!("can't apply this {what} to {t} object")));
    }
    Ok(())
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__setattr__", 3, 3)?;
    refuse_types(vm, args.pos[0], "__setattr__")?;
    let name = name_arg(vm, args.pos[1])?;
    attrs::generic_setattr(vm, args.pos[0], name, Some(args.pos[2]))?;
    Ok(Value::NONE)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__delattr__", 2, 2)?;
    refuse_types(vm, args.pos[0], "__delattr__")?;
    let name = name_arg(vm, args.pos[1])?;
    attrs::generic_setattr(vm, args.pos[0], name, None)?;
    Ok(Value::NONE)
}

/// The receiver of a `type` method called through the class
/// (`type.__setattr__(x, ...)`), which must be a class.
fn type_receiver(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let obj = args.pos[0];
    if !matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let t = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'type' object but received a '{t}'"
        )));
    }
    Ok(obj)
}

fn type_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__getattribute__", 2, 2)?;
    let cls = type_receiver(vm, &args, "__getattribute__")?;
    let name = name_arg(vm, args.pos[1])?;
    match attrs::type_getattr(vm, cls, name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(cls, name)),
    }
}

fn type_setattr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__setattr__", 3, 3)?;
    let cls = type_receiver(vm, &args, "__setattr__")?;
    let name = name_arg(vm, args.pos[1])?;
    attrs::type_setattr(vm, cls, name, Some(args.pos[2]))?;
    Ok(Value::NONE)
}

fn type_delattr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__delattr__", 2, 2)?;
    let cls = type_receiver(vm, &args, "__delattr__")?;
    let name = name_arg(vm, args.pos[1])?;
    attrs::type_setattr(vm, cls, name, None)?;
    Ok(Value::NONE)
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let cls = args.pos[0];
        let name = vm.type_obj(cls).qualname.to_string();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::NONE)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__format__", 2, 2)?;
    let (v, spec) = (args.pos[0], args.pos[1]);
    match vm.as_str(spec) {
        Some("") => vm.to_str(v),
        Some(_) => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "unsupported format string passed to {t}.__format__"
            )))
        }
        None => {
            let t = vm.type_name(spec);
            Err(vm.type_error(format!("format() argument 2 must be str, not {t}")))
        }
    }
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos[0];
    let mut names: Vec<Value> = Vec::new();
    if let Some(ObjData::Instance(i)) = obj.as_obj().map(|o| &o.data) {
        names.extend(i.items(vm).into_iter().map(|(k, _)| k));
    }
    let ty = vm.type_of(obj);
    let mro = vm.type_obj(ty).mro.read().clone();
    for t in mro {
        names.extend(vm.type_obj(t).dict().keys());
    }
    Ok(vm.new_list(names))
}

fn get_class(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.type_of(v))
}

/// `obj.__class__ = cls`: only between classes defined in Python whose
/// instances are laid out alike.
fn set_class(vm: &mut Vm, obj: Value, cls: Value) -> PyResult<()> {
    if cls.is_null() {
        return Err(vm.type_error("can't delete __class__ attribute"));
    }
    let Some(ObjData::Type(new_t)) = cls.as_obj().map(|o| &o.data) else {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{t}' object"
        )));
    };
    let old = vm.type_of(obj);
    let old_t = vm.type_obj(old);
    let same_layout = new_t.members == old_t.members
        && new_t.slot_names == old_t.slot_names
        && (new_t.flags ^ old_t.flags) & type_flags::NO_INSTANCE_DICT == 0;
    // A class may switch between metaclasses defined in Python.
    let is_class = matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Type(_)));
    let type_ = vm.types().type_;
    let new_is_meta = new_t.mro.read().contains(&type_);
    let compatible = (matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Instance(_)))
        || is_class)
        && new_is_meta == is_class
        && new_t.flags & type_flags::HEAPTYPE != 0
        && old_t.flags & type_flags::HEAPTYPE != 0
        && same_layout;
    if !compatible {
        let msg =
            if new_t.flags & type_flags::HEAPTYPE == 0 || old_t.flags & type_flags::HEAPTYPE == 0 {
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
                    .to_string()
            } else {
                format!(
                    "__class__ assignment: '{}' object layout differs from '{}'",
                    new_t.name, old_t.name
                )
            };
        return Err(vm.type_error(msg));
    }
    if is_class {
        // What lookups on the class (and its subclasses) find through the
        // metaclass changes: reset their version tags.
        crate::builtins::attrs::modify_type(vm, obj, |_| obj.obj().set_class(cls));
    } else {
        obj.obj().set_class(cls);
    }
    Ok(())
}

fn type_of_type(vm: &mut Vm, v: Value) -> &'static crate::object::TypeObj {
    vm.type_obj(v)
}

/// A type name as a str object (builtin types' names are made before
/// `str` exists and are copied out).
fn name_value(vm: &mut Vm, name: &crate::object::types::TypeName) -> Value {
    let v = name.get();
    if v.obj().class().is_null() {
        return vm.new_str(name.as_str());
    }
    v
}

fn get_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = type_of_type(vm, v);
    Ok(name_value(vm, &t.name))
}

fn get_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = type_of_type(vm, v);
    Ok(name_value(vm, &t.qualname))
}

/// CPython's checks before a class's special attribute is replaced:
/// builtin types refuse, and none of them can be deleted (`value` NULL).
fn check_special_type_attr(vm: &mut Vm, v: Value, value: Value, name: &str) -> PyResult<()> {
    let t = type_of_type(vm, v);
    if t.flags & type_flags::HEAPTYPE == 0 {
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name
        )));
    }
    if value.is_null() {
        return Err(vm.type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            t.name
        )));
    }
    Ok(())
}

fn set_type_name_attr(vm: &mut Vm, v: Value, value: Value, attr: &str) -> PyResult<()> {
    check_special_type_attr(vm, v, value, attr)?;
    let t = type_of_type(vm, v);
    let Some(text) = vm.as_str(value) else {
        let tn = vm.type_name(value);
        return Err(vm.type_error(format!(
            "can only assign string to {}.{attr}, not '{tn}'",
            t.name
        )));
    };
    if attr == "__name__" {
        if text.contains('\0') {
            return Err(vm.value_error("type name must not contain null characters"));
        }
        t.name.set(value);
    } else {
        t.qualname.set(value);
    }
    Ok(())
}

fn set_name(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    set_type_name_attr(vm, v, value, "__name__")
}

fn set_qualname(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    set_type_name_attr(vm, v, value, "__qualname__")
}

fn get_module(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = type_of_type(vm, v);
    if t.flags & type_flags::HEAPTYPE != 0 {
        let key = vm.interp.names.dunder_module;
        if let Some(m) = vm.dict_get_str(t.dict, key) {
            return Ok(m);
        }
    }
    let m = *t.module.read();
    if m.is_null() {
        return Ok(vm.intern("builtins"));
    }
    Ok(m)
}

fn set_module(vm: &mut Vm, v: Value, m: Value) -> PyResult<()> {
    check_special_type_attr(vm, v, m, "__module__")?;
    let key = vm.interp.names.dunder_module;
    attrs::modify_type(vm, v, |t| {
        *t.module.write() = m;
        let hash = match &key.obj().data {
            ObjData::Str(s) => s.hash(),
            _ => 0,
        };
        t.dict().insert(key, hash, m);
    });
    Ok(())
}

fn get_mro(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let mro = type_of_type(vm, v).mro.read().clone();
    Ok(vm.new_tuple(mro))
}

fn get_base(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(type_of_type(vm, v)
        .bases
        .read()
        .first()
        .copied()
        .unwrap_or(Value::NONE))
}

fn get_type_dict(vm: &mut Vm, v: Value) -> PyResult<Value> {
    // Read-only: writes through it would bypass the version tags.
    let d = type_of_type(vm, v).dict;
    Ok(super::mappingproxy::new(vm, d))
}

fn get_type_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let key = vm.interp.names.dunder_doc;
    let dict = type_of_type(vm, v).dict;
    Ok(vm.dict_get_str(dict, key).unwrap_or(Value::NONE))
}

fn set_type_doc(vm: &mut Vm, v: Value, doc: Value) -> PyResult<()> {
    check_special_type_attr(vm, v, doc, "__doc__")?;
    let key = vm.interp.names.dunder_doc;
    let hash = vm.str_hash(key);
    attrs::modify_type(vm, v, |t| t.dict().insert(key, hash, doc));
    Ok(())
}

/// `C.__annotations__`: the class's own entry, created empty on first
/// read (CPython 3.10+: a subclass does not see its base's).
fn get_type_annotations(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let t = type_of_type(vm, v);
    let key = vm.intern("__annotations__");
    if let Some(d) = vm.dict_get_str(t.dict, key) {
        return Ok(d);
    }
    if t.flags & type_flags::HEAPTYPE == 0 {
        return Err(vm.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            t.name
        )));
    }
    let fresh = vm.new_dict();
    let hash = vm.str_hash(key);
    Ok(attrs::modify_type(vm, v, |t| {
        t.dict().get_or_insert(key, hash, fresh)
    }))
}

fn set_type_annotations(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    let t = type_of_type(vm, v);
    if t.flags & type_flags::HEAPTYPE == 0 {
        let verb = if value.is_null() { "delete" } else { "set" };
        return Err(vm.type_error(format!(
            "cannot {verb} '__annotations__' attribute of immutable type '{}'",
            t.name
        )));
    }
    let key = vm.intern("__annotations__");
    let hash = vm.str_hash(key);
    if value.is_null() {
        if attrs::modify_type(vm, v, |t| t.dict().remove(key, hash)).is_none() {
            return Err(vm.attribute_error("__annotations__"));
        }
    } else {
        attrs::modify_type(vm, v, |t| t.dict().insert(key, hash, value));
    }
    Ok(())
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__instancecheck__", 2, 2)?;
    let (cls, obj) = (args.pos[0], args.pos[1]);
    super::functions::objects::real_isinstance(vm, obj, cls).map(Value::bool)
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__subclasscheck__", 2, 2)?;
    let (cls, sub) = (args.pos[0], args.pos[1]);
    super::functions::objects::real_issubclass(vm, sub, cls).map(Value::bool)
}

// ----- staticmethod, classmethod ---------------------------------------------

fn one_callable(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.pos.len() {
        2 => Ok(args.pos[1]),
        n => Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            n.saturating_sub(1)
        ))),
    }
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one_callable(vm, &args, "staticmethod")?;
    Ok(vm.alloc(args.pos[0], ObjData::StaticMethod(f)))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = one_callable(vm, &args, "classmethod")?;
    Ok(vm.alloc(args.pos[0], ObjData::ClassMethod(f)))
}

fn wrapped_func(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::StaticMethod(f)) | Some(ObjData::ClassMethod(f)) => Ok(*f),
        _ => Err(vm.type_error("expected a staticmethod or classmethod")),
    }
}

/// `staticmethod`/`classmethod` copy their function's `__name__`,
/// `__qualname__`, `__doc__` and `__module__` (read through here).
fn wrapped_attr(vm: &mut Vm, v: Value, name: &str) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    vm.getattr_str(f, name)
}

fn wrapped_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__name__")
}

fn wrapped_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__qualname__")
}

fn wrapped_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__doc__")
}

fn wrapped_module(vm: &mut Vm, v: Value) -> PyResult<Value> {
    wrapped_attr(vm, v, "__module__")
}

/// `__isabstractmethod__`: the wrapped object's, False if it has none.
fn is_abstract_of(vm: &mut Vm, f: Value) -> PyResult<Value> {
    let key = vm.intern("__isabstractmethod__");
    match vm.getattr_opt(f, key)? {
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::FALSE),
    }
}

fn wrapped_isabstract(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let f = wrapped_func(vm, v)?;
    is_abstract_of(vm, f)
}

fn prop_isabstract(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let [fget, fset, fdel, ..] = property_parts(vm, v)?;
    for f in [fget, fset, fdel] {
        if !f.is_none() && is_abstract_of(vm, f)? == Value::TRUE {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = wrapped_func(vm, args.pos[0])?;
    let mut all = args.pos[1..].to_vec();
    all.extend_from_slice(args.kwvalues);
    vm.call_kw(f, &all, args.kwnames)
}

fn descr_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    let owner = args.pos.get(2).copied().unwrap_or(Value::NONE);
    match d.as_obj().map(|o| &o.data) {
        Some(ObjData::StaticMethod(f)) => Ok(*f),
        Some(ObjData::ClassMethod(f)) => {
            let f = *f;
            let cls = if owner.is_none() {
                vm.type_of(obj)
            } else {
                owner
            };
            Ok(attrs::bound_method(vm, f, cls))
        }
        Some(ObjData::Property(_)) if obj.is_none() => Ok(d),
        _ => attrs::bind(vm, d, obj),
    }
}

// ----- property ----------------------------------------------------------------

fn property_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["fget", "fset", "fdel", "doc"];
    let mut vals = [Value::NONE; 4];
    if args.pos.len() > 5 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    for (i, &v) in args.pos[1..].iter().enumerate() {
        vals[i] = v;
    }
    let total = args.pos.len() - 1 + args.kwnames.len();
    if total > 4 {
        return Err(vm.type_error(format!(
            "property() takes at most 4 keyword arguments ({total} given)"
        )));
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvalues) {
        let key = vm.as_str(k).unwrap_or("");
        match names.iter().position(|&n| n == key) {
            Some(i) => vals[i] = v,
            None => {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let [fget, fset, fdel, mut doc] = vals;
    if doc.is_none() && !fget.is_none() {
        if let Ok(Some(d)) = vm.getattr_opt(fget, vm.interp.names.dunder_doc) {
            doc = d;
        }
    }
    Ok(vm.alloc(
        args.pos[0],
        ObjData::Property(Box::new(PropertyObj {
            fget,
            fset,
            fdel,
            doc,
            name: RwLock::new(Value::NULL),
        })),
    ))
}

fn property_parts(vm: &mut Vm, v: Value) -> PyResult<[Value; 5]> {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Property(p)) => Ok([p.fget, p.fset, p.fdel, p.doc, *p.name.read()]),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    super::check_arity(vm, args, "property", 2, 2)?;
    let mut parts = property_parts(vm, args.pos[0])?;
    parts[which] = args.pos[1];
    let class = vm.type_of(args.pos[0]);
    Ok(vm.alloc(
        class,
        ObjData::Property(Box::new(PropertyObj {
            fget: parts[0],
            fset: parts[1],
            fdel: parts[2],
            doc: parts[3],
            name: RwLock::new(parts[4]),
        })),
    ))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, &args, 2)
}

fn property_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__set_name__", 3, 3)?;
    if let Some(ObjData::Property(p)) = args.pos[0].as_obj().map(|o| &o.data) {
        *p.name.write() = args.pos[2];
    }
    Ok(Value::NONE)
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__set__", 3, 3)?;
    let [_, fset, ..] = property_parts(vm, args.pos[0])?;
    if fset.is_none() {
        return Err(attrs::property_error(
            vm,
            args.pos[0],
            args.pos[1],
            "setter",
        ));
    }
    vm.call(fset, &[args.pos[1], args.pos[2]])?;
    Ok(Value::NONE)
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__delete__", 2, 2)?;
    let [_, _, fdel, ..] = property_parts(vm, args.pos[0])?;
    if fdel.is_none() {
        return Err(attrs::property_error(
            vm,
            args.pos[0],
            args.pos[1],
            "deleter",
        ));
    }
    vm.call(fdel, &[args.pos[1]])?;
    Ok(Value::NONE)
}

fn prop_fget(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(property_parts(vm, v)?[0])
}

fn prop_fset(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(property_parts(vm, v)?[1])
}

fn prop_fdel(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(property_parts(vm, v)?[2])
}

fn prop_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(property_parts(vm, v)?[3])
}

// ----- super ---------------------------------------------------------------------

fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let rest = &args.pos[1..];
    let (this, obj) = match rest.len() {
        0 => return Err(vm.runtime_error("super(): no arguments")),
        1 => (rest[0], Value::NULL),
        2 => (rest[0], rest[1]),
        n => return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}"))),
    };
    if !matches!(this.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let t = vm.type_name(this);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {t}")));
    }
    let obj_type = if obj.is_null() {
        Value::NULL
    } else if matches!(obj.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
        && vm.is_subclass(obj, this)
    {
        obj
    } else if vm.isinstance(obj, this) {
        vm.type_of(obj)
    } else {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    Ok(vm.alloc(
        cls,
        ObjData::Super {
            this,
            obj,
            obj_type,
        },
    ))
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__getattribute__", 2, 2)?;
    let (sup, name) = (args.pos[0], name_arg(vm, args.pos[1])?);
    match super_getattr(vm, sup, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'super' object has no attribute '{}'",
            vm.as_str(name).unwrap_or("?")
        ))),
    }
}

/// Attribute lookup through a `super` object: the MRO of the bound
/// object's type, starting after `this`.
pub fn super_getattr(vm: &mut Vm, sup: Value, name: Value) -> PyResult<Option<Value>> {
    let ObjData::Super {
        this,
        obj,
        obj_type,
    } = sup.obj().data
    else {
        return Ok(None);
    };
    if !obj_type.is_null() && name != vm.interp.names.dunder_class {
        let hash = vm.str_hash(name);
        let mro = vm.type_obj(obj_type).mro.read().clone();
        let start = mro
            .iter()
            .position(|&t| t == this)
            .map_or(mro.len(), |i| i + 1);
        for &t in &mro[start..] {
            let Some(v) = vm.type_obj(t).dict().get(name, hash) else {
                continue;
            };
            // Descriptors get no instance when the super object is bound
            // to a class (`super(C, C)`), and the start type as owner.
            let unbound = obj == obj_type;
            return Ok(Some(match v.as_obj().map(|o| &o.data) {
                Some(ObjData::StaticMethod(f)) => *f,
                Some(ObjData::ClassMethod(f)) => {
                    let f = *f;
                    attrs::bound_method(vm, f, obj_type)
                }
                Some(ObjData::Function(_))
                | Some(ObjData::Native(_))
                | Some(ObjData::Property(_))
                | Some(ObjData::GetSet(_))
                | Some(ObjData::Member { .. }) => {
                    if unbound {
                        v
                    } else {
                        attrs::bind(vm, v, obj)?
                    }
                }
                _ => match vm.lookup_dunder(v, "__get__") {
                    Some(get) => {
                        let inst = if unbound { Value::NONE } else { obj };
                        vm.call(get, &[v, inst, obj_type])?
                    }
                    None => v,
                },
            }));
        }
    }
    attrs::generic_getattr(vm, sup, name)
}

fn super_thisclass(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.obj().data {
        ObjData::Super { this, .. } => Ok(this),
        _ => Err(vm.type_error("expected super")),
    }
}

fn super_self_class(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.obj().data {
        ObjData::Super { obj_type, .. } if !obj_type.is_null() => Ok(obj_type),
        ObjData::Super { .. } => Ok(Value::NONE),
        _ => Err(vm.type_error("expected super")),
    }
}

fn super_self(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match v.obj().data {
        ObjData::Super { obj, .. } if !obj.is_null() => Ok(obj),
        ObjData::Super { .. } => Ok(Value::NONE),
        _ => Err(vm.type_error("expected super")),
    }
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    let object = t.object;
    super::add_method(interp, object, "__new__", object_new);
    super::add_method(interp, object, "__init__", object_init);
    super::add_method(interp, object, "__repr__", object_repr);
    super::add_method(interp, object, "__str__", object_str);
    super::add_method(interp, object, "__hash__", object_hash);
    super::add_method(interp, object, "__eq__", object_eq);
    super::add_method(interp, object, "__ne__", object_ne);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        super::add_method(interp, object, name, not_implemented);
    }
    super::add_method(interp, object, "__getattribute__", object_getattribute);
    super::add_method(interp, object, "__setattr__", object_setattr);
    super::add_method(interp, object, "__delattr__", object_delattr);
    super::add_classmethod(interp, object, "__init_subclass__", object_init_subclass);
    super::add_method(interp, object, "__format__", object_format);
    super::add_method(interp, object, "__dir__", object_dir);
    super::add_method(interp, object, "__sizeof__", object_sizeof);
    super::add_method(interp, object, "__reduce__", object_reduce);
    super::add_method(interp, object, "__reduce_ex__", object_reduce);
    super::add_getset(interp, object, "__class__", get_class, Some(set_class));

    let ty = t.type_;
    super::add_getset(interp, ty, "__name__", get_name, Some(set_name));
    super::add_getset(interp, ty, "__qualname__", get_qualname, Some(set_qualname));
    super::add_getset(interp, ty, "__module__", get_module, Some(set_module));
    super::add_member(interp, ty, "__mro__", get_mro);
    super::add_method(interp, ty, "__getattribute__", type_getattribute);
    super::add_method(interp, ty, "__setattr__", type_setattr_method);
    super::add_method(interp, ty, "__delattr__", type_delattr_method);
    super::add_getset(interp, ty, "__base__", get_base, None);
    super::add_getset(interp, ty, "__dict__", get_type_dict, None);
    super::add_getset(interp, ty, "__doc__", get_type_doc, Some(set_type_doc));
    super::add_getset(
        interp,
        ty,
        "__annotations__",
        get_type_annotations,
        Some(set_type_annotations),
    );
    super::add_method(interp, ty, "__instancecheck__", type_instancecheck);
    super::add_method(interp, ty, "__subclasscheck__", type_subclasscheck);

    for (cls, new) in [
        (t.staticmethod, staticmethod_new as crate::interp::NativeFn),
        (t.classmethod, classmethod_new),
    ] {
        super::add_method(interp, cls, "__new__", new);
        super::add_method(interp, cls, "__get__", descr_get);
        super::add_member(interp, cls, "__func__", wrapped_func);
        super::add_getset(interp, cls, "__wrapped__", wrapped_func, None);
        super::add_getset(interp, cls, "__name__", wrapped_name, None);
        super::add_getset(interp, cls, "__qualname__", wrapped_qualname, None);
        super::add_getset(interp, cls, "__doc__", wrapped_doc, None);
        super::add_getset(interp, cls, "__module__", wrapped_module, None);
        super::add_getset(
            interp,
            cls,
            "__isabstractmethod__",
            wrapped_isabstract,
            None,
        );
    }
    super::add_method(interp, t.staticmethod, "__call__", staticmethod_call);

    let prop = t.property;
    super::add_method(interp, prop, "__new__", property_new);
    super::add_method(interp, prop, "getter", property_getter);
    super::add_method(interp, prop, "setter", property_setter);
    super::add_method(interp, prop, "deleter", property_deleter);
    super::add_method(interp, prop, "__set_name__", property_set_name);
    super::add_method(interp, prop, "__get__", descr_get);
    super::add_method(interp, prop, "__set__", property_set);
    super::add_method(interp, prop, "__delete__", property_delete);
    super::add_member(interp, prop, "fget", prop_fget);
    super::add_member(interp, prop, "fset", prop_fset);
    super::add_member(interp, prop, "fdel", prop_fdel);
    super::add_getset(interp, prop, "__isabstractmethod__", prop_isabstract, None);
    super::add_getset(interp, prop, "__doc__", prop_doc, None);

    let sup = t.super_;
    super::add_method(interp, sup, "__new__", super_new);
    super::add_method(interp, sup, "__getattribute__", super_getattribute);
    super::add_getset(interp, sup, "__thisclass__", super_thisclass, None);
    super::add_getset(interp, sup, "__self__", super_self, None);
    super::add_getset(interp, sup, "__self_class__", super_self_class, None);

    super::class::init(interp);
    super::attrs::init(interp);
    super::function::init(interp);
}
