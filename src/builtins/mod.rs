//! Builtin types, functions and their methods.
//!
//! Each builtin type has a module here that registers its methods on the
//! type object (`init`) and answers the operator hooks the interpreter
//! calls for it. The hooks' contract, shared by every type module:
//!
//! - `binary(vm, kind, lhs, rhs) -> PyResult<Value>`: `lhs` (or, for a
//!   reflected operation such as `3 * "ab"`, `rhs`) is of this type; return
//!   `Value::NOT_IMPLEMENTED` when the operand types do not apply.
//! - `compare(vm, lhs, rhs, kind) -> PyResult<Value>`: `lhs` is of this type;
//!   `NOT_IMPLEMENTED` when `rhs` is not comparable.
//! - `contains`, `getitem`, `setitem`, `delitem` where the type has them.
//!
//! Native functions receive `Args`; methods get the receiver as
//! `args.pos[0]`, and `__new__` gets the class there.

pub mod attrs;
pub mod bytes;
pub mod class;
pub mod complex;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod functions;
pub mod generic_alias;
pub mod int;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod numfmt;
pub mod object;
pub mod range;
pub mod repr;
pub mod set;
pub mod slice;
pub mod sort;
pub mod str;
pub mod traceback;
pub mod tuple;

use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::{GetSetObj, NativeObj, ObjData, Value};

/// Registers every builtin type's methods and the builtin functions.
pub fn init(interp: &InterpState) {
    object::init(interp);
    int::init(interp);
    float::init(interp);
    complex::init(interp);
    str::init(interp);
    format::init(interp);
    bytes::init(interp);
    list::init(interp);
    tuple::init(interp);
    dict::init(interp);
    set::init(interp);
    range::init(interp);
    slice::init(interp);
    iterators::init(interp);
    exceptions::init(interp);
    traceback::init(interp);
    mappingproxy::init(interp);
    functions::init(interp);
    generic_alias::init(interp);
}

/// A native function value.
pub fn native(
    interp: &InterpState,
    name: &'static str,
    func: NativeFn,
    owner: Value,
    bound: Value,
) -> Value {
    interp.heap.alloc_shared(
        interp.types.builtin_function,
        ObjData::Native(NativeObj {
            name,
            func,
            owner,
            bound,
        }),
    )
}

/// Adds a method to a type: a `method_descriptor`, or for special
/// methods a `wrapper_descriptor` (`__new__` stays a builtin function).
pub fn add_method(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let t = &interp.types;
    let class = if name == "__new__" {
        t.builtin_function
    } else if is_dunder(name) {
        t.wrapper_descriptor
    } else {
        t.method_descriptor
    };
    let f = interp.heap.alloc_shared(
        class,
        ObjData::Native(NativeObj {
            name,
            func,
            owner: ty,
            bound: Value::NULL,
        }),
    );
    set_type_attr(interp, ty, name, f);
}

/// `__name__`-style special method names.
pub fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// Adds a classmethod (receives the class as `args.pos[0]`).
pub fn add_classmethod(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let f = native(interp, name, func, ty, Value::NULL);
    let cm = interp
        .heap
        .alloc_shared(interp.types.classmethod_descriptor, ObjData::ClassMethod(f));
    set_type_attr(interp, ty, name, cm);
}

/// Adds a staticmethod.
pub fn add_staticmethod(interp: &InterpState, ty: Value, name: &'static str, func: NativeFn) {
    let f = native(interp, name, func, ty, Value::NULL);
    let sm = interp
        .heap
        .alloc_shared(interp.types.staticmethod, ObjData::StaticMethod(f));
    set_type_attr(interp, ty, name, sm);
}

/// Adds a computed attribute (`int.real`, `exc.args`...).
pub fn add_getset(
    interp: &InterpState,
    ty: Value,
    name: &'static str,
    get: fn(&mut Vm, Value) -> PyResult<Value>,
    set: Option<crate::object::SetterFn>,
) {
    let gs = interp.heap.alloc_shared(
        interp.types.getset,
        ObjData::GetSet(GetSetObj { name, get, set }),
    );
    set_type_attr(interp, ty, name, gs);
}

/// Adds a read-only attribute that CPython implements as a member
/// descriptor (`method.__self__`, `property.fget`, ...): its type is
/// `member_descriptor` and assignment says "readonly attribute".
pub fn add_member(
    interp: &InterpState,
    ty: Value,
    name: &'static str,
    get: fn(&mut Vm, Value) -> PyResult<Value>,
) {
    let gs = interp.heap.alloc_shared(
        interp.types.member_descriptor,
        ObjData::GetSet(GetSetObj {
            name,
            get,
            set: None,
        }),
    );
    set_type_attr(interp, ty, name, gs);
}

/// Sets a plain attribute in a type's dict.
pub fn set_type_attr(interp: &InterpState, ty: Value, name: &str, value: Value) {
    let key = interp.intern(name);
    let ObjData::Type(t) = &ty.obj().data else {
        panic!("set_type_attr on a non-type")
    };
    let hash = match &key.obj().data {
        ObjData::Str(s) => s.hash(),
        _ => unreachable!(),
    };
    t.dict().insert(key, hash, value);
}

/// `cls(*args, **kwargs)` for a type object.
pub fn type_call(vm: &mut Vm, cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    object::type_call(vm, cls, args, kwnames)
}

/// Raises the "takes no keyword arguments" error unless `args` has none.
pub fn no_kwargs(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
    }
}

/// Checks a positional count with CPython's usual wording:
/// `f() takes exactly one argument (2 given)`, `f expected at most 2
/// arguments, got 3`, `f expected at least 1 argument, got 0`.
pub fn check_arity(vm: &mut Vm, args: &Args, fname: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max && min == 1 {
        format!("{fname}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{fname}() takes no arguments ({n} given)")
    } else if min == max {
        format!("{fname} expected {min} argument{}, got {n}", s(min))
    } else if n > max {
        format!("{fname} expected at most {max} argument{}, got {n}", s(max))
    } else {
        format!(
            "{fname} expected at least {min} argument{}, got {n}",
            s(min)
        )
    };
    Err(vm.type_error(msg))
}

fn is_number(v: Value) -> bool {
    v.is_float()
        || v.is_small_int()
        || v.is_bool()
        || matches!(
            v.as_obj().map(|o| &o.data),
            Some(ObjData::Int(_)) | Some(ObjData::Float(_))
        )
}

fn is_floatish(v: Value) -> bool {
    v.is_float() || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Float(_)))
}

/// Binary operators on builtin payloads; `NOT_IMPLEMENTED` if none applies.
pub fn builtin_binary(vm: &mut Vm, kind: BinaryOpKind, lhs: Value, rhs: Value) -> PyResult<Value> {
    if is_number(lhs) && is_number(rhs) {
        return if is_floatish(lhs) || is_floatish(rhs) {
            float::binary(vm, kind, lhs, rhs)
        } else {
            int::binary(vm, kind, lhs, rhs)
        };
    }
    if complex::is_complex(lhs) || complex::is_complex(rhs) {
        let r = complex::binary(vm, kind, lhs, rhs)?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let r = type_binary(vm, kind, lhs, rhs, lhs)?;
    if r != Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    // Reflected forms where only the right operand knows the operation
    // (`3 * [1]`, `1 + "a"` gets its message from str).
    type_binary(vm, kind, lhs, rhs, rhs)
}

fn type_binary(
    vm: &mut Vm,
    kind: BinaryOpKind,
    lhs: Value,
    rhs: Value,
    owner: Value,
) -> PyResult<Value> {
    match owner.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(_)) => str::binary(vm, kind, lhs, rhs),
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => bytes::binary(vm, kind, lhs, rhs),
        Some(ObjData::List(_)) => list::binary(vm, kind, lhs, rhs),
        Some(ObjData::Tuple(_)) => tuple::binary(vm, kind, lhs, rhs),
        Some(ObjData::Dict(_)) | Some(ObjData::DictView(..)) => dict::binary(vm, kind, lhs, rhs),
        Some(ObjData::Set(_)) | Some(ObjData::FrozenSet(_)) => set::binary(vm, kind, lhs, rhs),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// In-place operators that mutate builtin containers (`list += x`,
/// `set |= x`, `dict |= x`); `None` when the plain operator applies.
pub fn inplace_builtin(
    vm: &mut Vm,
    kind: BinaryOpKind,
    lhs: Value,
    rhs: Value,
) -> PyResult<Option<Value>> {
    match lhs.as_obj().map(|o| &o.data) {
        Some(ObjData::List(_)) => list::inplace(vm, kind, lhs, rhs),
        Some(ObjData::Set(_)) => set::inplace(vm, kind, lhs, rhs),
        Some(ObjData::Dict(_)) => dict::inplace(vm, kind, lhs, rhs),
        Some(ObjData::ByteArray(_)) => bytes::inplace(vm, kind, lhs, rhs),
        _ => Ok(None),
    }
}

/// Unary `-`, `+`, `~` on numbers.
pub fn unary_builtin(vm: &mut Vm, v: Value, op: &str) -> PyResult<Value> {
    if let Some(f) = float::as_f64(v) {
        return Ok(match op {
            "-" => Value::float(-f),
            "+" => Value::float(f),
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("bad operand type for unary ~: '{t}'")));
            }
        });
    }
    if let Some((re, im)) = complex::parts(v) {
        return Ok(match op {
            "-" => complex::new_complex(vm, -re, -im),
            "+" => complex::new_complex(vm, re, im),
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("bad operand type for unary ~: '{t}'")));
            }
        });
    }
    if is_number(v) {
        return int::unary(vm, v, op);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for unary {op}: '{t}'")))
}

/// Rich comparison of builtin payloads; `NOT_IMPLEMENTED` if none applies.
pub fn builtin_compare(vm: &mut Vm, lhs: Value, rhs: Value, kind: CompareKind) -> PyResult<Value> {
    if is_number(lhs) && is_number(rhs) {
        let (l, r) = (float::unwrap(lhs), float::unwrap(rhs));
        return Ok(Value::bool(int::compare_numbers(l, r, kind)));
    }
    let r = match lhs.as_obj().map(|o| &o.data) {
        Some(ObjData::Complex(..)) => complex::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Str(_)) => str::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            bytes::compare(vm, lhs, rhs, kind)?
        }
        Some(ObjData::List(_)) => list::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Tuple(_)) => tuple::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Dict(_)) | Some(ObjData::DictView(..)) => dict::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Set(_)) | Some(ObjData::FrozenSet(_)) => set::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Range(_)) => range::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::Slice(_)) => slice::compare(vm, lhs, rhs, kind)?,
        Some(ObjData::BoundMethod(_)) => function::method_compare(lhs, rhs, kind),
        Some(ObjData::MappingProxy(_)) => mappingproxy::compare(vm, lhs, rhs, kind)?,
        _ => Value::NOT_IMPLEMENTED,
    };
    if r != Value::NOT_IMPLEMENTED {
        return Ok(r);
    }
    // Try the reflected comparison on the right operand's type.
    match rhs.as_obj().map(|o| &o.data) {
        Some(ObjData::Complex(..)) => complex::compare(vm, rhs, lhs, kind.reflected()),
        Some(ObjData::Set(_)) | Some(ObjData::FrozenSet(_)) => {
            set::compare(vm, rhs, lhs, kind.reflected())
        }
        Some(ObjData::DictView(..)) => dict::compare(vm, rhs, lhs, kind.reflected()),
        _ => Ok(Value::NOT_IMPLEMENTED),
    }
}

/// `item in container` for builtin containers; `None` if not one.
pub fn contains_builtin(vm: &mut Vm, container: Value, item: Value) -> PyResult<Option<bool>> {
    Ok(Some(match container.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(_)) => str::contains(vm, container, item)?,
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => {
            bytes::contains(vm, container, item)?
        }
        Some(ObjData::List(_)) => list::contains(vm, container, item)?,
        Some(ObjData::Tuple(_)) => tuple::contains(vm, container, item)?,
        Some(ObjData::MappingProxy(d)) => dict::contains(vm, *d, item)?,
        Some(ObjData::Dict(_)) | Some(ObjData::DictView(..)) => {
            dict::contains(vm, container, item)?
        }
        Some(ObjData::Set(_)) | Some(ObjData::FrozenSet(_)) => set::contains(vm, container, item)?,
        Some(ObjData::Range(_)) => range::contains(vm, container, item)?,
        _ => return Ok(None),
    }))
}

/// `container[key]` for builtin containers.
pub fn getitem_builtin(vm: &mut Vm, container: Value, key: Value) -> PyResult<Value> {
    match container.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(_)) => str::getitem(vm, container, key),
        Some(ObjData::Bytes(_)) | Some(ObjData::ByteArray(_)) => bytes::getitem(vm, container, key),
        Some(ObjData::List(_)) => list::getitem(vm, container, key),
        Some(ObjData::Tuple(_)) => tuple::getitem(vm, container, key),
        Some(ObjData::Dict(_)) => dict::getitem(vm, container, key),
        Some(ObjData::MappingProxy(d)) => dict::getitem(vm, *d, key),
        Some(ObjData::Range(_)) => range::getitem(vm, container, key),
        Some(ObjData::Type(t)) => {
            if container == vm.types().type_ {
                return Ok(generic_alias::new(vm, container, key));
            }
            let name = vm.intern("__class_getitem__");
            if let Some(f) = vm.getattr_opt(container, name)? {
                return vm.call(f, &[key]);
            }
            Err(vm.type_error(format!("type '{}' is not subscriptable", t.name)))
        }
        _ => {
            let t = vm.type_name(container);
            Err(vm.type_error(format!("'{t}' object is not subscriptable")))
        }
    }
}

/// `container[key] = value` for builtin containers.
pub fn setitem_builtin(vm: &mut Vm, container: Value, key: Value, value: Value) -> PyResult<()> {
    match container.as_obj().map(|o| &o.data) {
        Some(ObjData::List(_)) => list::setitem(vm, container, key, value),
        Some(ObjData::Dict(_)) => dict::setitem(vm, container, key, value),
        Some(ObjData::ByteArray(_)) => bytes::setitem(vm, container, key, value),
        _ => {
            let t = vm.type_name(container);
            Err(vm.type_error(format!("'{t}' object does not support item assignment")))
        }
    }
}

/// `del container[key]` for builtin containers.
pub fn delitem_builtin(vm: &mut Vm, container: Value, key: Value) -> PyResult<()> {
    match container.as_obj().map(|o| &o.data) {
        Some(ObjData::List(_)) => list::delitem(vm, container, key),
        Some(ObjData::Dict(_)) => dict::delitem(vm, container, key),
        Some(ObjData::ByteArray(_)) => bytes::delitem(vm, container, key),
        Some(ObjData::MappingProxy(_)) => {
            Err(vm.type_error("'mappingproxy' object does not support item deletion"))
        }
        _ => {
            let t = vm.type_name(container);
            Err(vm.type_error(format!("'{t}' object doesn't support item deletion")))
        }
    }
}
