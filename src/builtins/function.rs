//! Functions, methods, generators, code objects and modules: their
//! attributes and methods.

use crate::interp::call::{generator_close, generator_resume, generator_send, GenStep};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, Value};

fn func(v: Value) -> &'static crate::object::FunctionObj {
    match &v.obj().data {
        ObjData::Function(f) => f,
        _ => unreachable!("function getter on a non-function"),
    }
}

fn get_func_name(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*func(v).name.read())
}

fn set_func_name(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if vm.as_str(value).is_none() {
        return Err(vm.type_error("__name__ must be set to a string object"));
    }
    *func(v).name.write() = value;
    Ok(())
}

fn get_func_qualname(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*func(v).qualname.read())
}

fn set_func_qualname(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if vm.as_str(value).is_none() {
        return Err(vm.type_error("__qualname__ must be set to a string object"));
    }
    *func(v).qualname.write() = value;
    Ok(())
}

fn get_func_doc(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*func(v).doc.read())
}

fn set_func_doc(_vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    // `del f.__doc__` (NULL) leaves None.
    let value = if value.is_null() { Value::NONE } else { value };
    *func(v).doc.write() = value;
    Ok(())
}

fn bump_version(v: Value) {
    func(v).version.store(
        crate::object::next_function_version(),
        crate::sync::Ordering::Release,
    );
}

fn get_func_defaults(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*func(v).defaults.read())
}

fn set_func_defaults(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    let value = if value.is_null() { Value::NONE } else { value };
    if !value.is_none() && !matches!(value.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_))) {
        return Err(vm.type_error("__defaults__ must be set to a tuple object"));
    }
    *func(v).defaults.write() = value;
    bump_version(v);
    Ok(())
}

fn get_func_kwdefaults(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(*func(v).kwdefaults.read())
}

fn set_func_kwdefaults(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    let value = if value.is_null() { Value::NONE } else { value };
    if !value.is_none() && !matches!(value.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        return Err(vm.type_error("__kwdefaults__ must be set to a dict object"));
    }
    *func(v).kwdefaults.write() = value;
    bump_version(v);
    Ok(())
}

/// `f.__annotations__`: created empty on first read, as CPython does.
fn get_func_annotations(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let slot = &func(v).annotations;
    let current = *slot.read();
    if !current.is_null() {
        return Ok(current);
    }
    let fresh = vm.new_dict();
    let mut w = slot.write();
    if w.is_null() {
        *w = fresh;
    }
    Ok(*w)
}

fn set_func_annotations(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    let value = if value.is_none() { Value::NULL } else { value };
    if !value.is_null() && !matches!(value.as_obj().map(|o| &o.data), Some(ObjData::Dict(_))) {
        return Err(vm.type_error("__annotations__ must be set to a dict object"));
    }
    *func(v).annotations.write() = value;
    Ok(())
}

fn get_func_code(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(func(v).code)
}

fn get_func_globals(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(func(v).globals)
}

/// `f.__module__`: the module the function was defined in, unless
/// assigned (`functools.wraps` does); an assigned value is kept in the
/// function's attribute dict, as `module` itself is immutable.
fn get_func_module(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let d = *func(v).dict.read();
    if !d.is_null() {
        let key = vm.intern("__module__");
        if let Some(m) = vm.dict_get_str(d, key) {
            return Ok(m);
        }
    }
    Ok(func(v).module)
}

fn set_func_module(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    if let Some(d) = super::attrs::instance_dict(vm, v) {
        let key = vm.intern("__module__");
        vm.dict_set_str(d, key, if value.is_null() { Value::NONE } else { value });
    }
    Ok(())
}

fn get_func_closure(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(func(v).closure)
}

fn method_parts(v: Value) -> (Value, Value) {
    match &v.obj().data {
        ObjData::BoundMethod(m) => (m.func, m.receiver),
        _ => unreachable!("method getter on a non-method"),
    }
}

fn get_method_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(method_parts(v).1)
}

fn get_method_func(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(method_parts(v).0)
}

fn get_method_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let f = method_parts(v).0;
    vm.getattr_str(f, "__name__")
}

/// `func.__get__(obj, type=None)`: a method bound to `obj`, or the
/// function itself when `obj` is None.
fn func_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__get__", 2, 3)?;
    let (f, obj) = (args.pos[0], args.pos[1]);
    if obj.is_none() {
        if args.pos.get(2).is_none_or(|t| t.is_none()) {
            return Err(vm.type_error("__get__(None, None) is invalid"));
        }
        return Ok(f);
    }
    Ok(super::attrs::bound_method(vm, f, obj))
}

/// `types.MethodType(func, obj)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::no_kwargs(vm, &args, "method")?;
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let (f, obj) = (args.pos[1], args.pos[2]);
    if !super::functions::objects::is_callable(vm, f) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(super::attrs::bound_method(vm, f, obj))
}

fn method_forward(vm: &mut Vm, v: Value, name: &str) -> PyResult<Value> {
    let f = method_parts(v).0;
    vm.getattr_str(f, name)
}

fn get_method_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    method_forward(vm, v, "__qualname__")
}

fn get_method_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    method_forward(vm, v, "__doc__")
}

fn get_method_module(vm: &mut Vm, v: Value) -> PyResult<Value> {
    method_forward(vm, v, "__module__")
}

/// `==`/`!=` on bound methods: the same function bound to the very same
/// object (CPython 3.8+ compares `__self__` by identity).
pub fn method_compare(lhs: Value, rhs: Value, kind: crate::bytecode::CompareKind) -> Value {
    use crate::bytecode::CompareKind;
    let (ObjData::BoundMethod(a), Some(ObjData::BoundMethod(b))) =
        (&lhs.obj().data, rhs.as_obj().map(|o| &o.data))
    else {
        return Value::NOT_IMPLEMENTED;
    };
    let same = a.receiver == b.receiver && a.func == b.func;
    match kind {
        CompareKind::Eq => Value::bool(same),
        CompareKind::Ne => Value::bool(!same),
        _ => Value::NOT_IMPLEMENTED,
    }
}

/// The native function behind a builtin function, method descriptor or
/// bound builtin method.
fn native_of(v: Value) -> Option<&'static crate::object::NativeObj> {
    match &v.obj().data {
        ObjData::Native(n) => Some(n),
        ObjData::BoundMethod(m) => match &m.func.obj().data {
            ObjData::Native(n) => Some(n),
            _ => None,
        },
        _ => None,
    }
}

fn get_native_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match native_of(v) {
        Some(n) => Ok(vm.intern(n.name)),
        None => Ok(Value::NONE),
    }
}

fn get_none(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `__doc__` of a builtin function: a line of weft's own for the functions
/// of the `builtins` module, None for the rest.
fn get_native_doc(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let Some(n) = native_of(v) else {
        return Ok(Value::NONE);
    };
    // The builtins module's functions are the natives without an owner.
    match super::functions::doc(n.name) {
        Some(text) if n.owner.is_null() => Ok(vm.intern(text)),
        _ => Ok(Value::NONE),
    }
}

/// `list.append.__qualname__` is `'list.append'`; module functions' is
/// their name.
fn get_native_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let Some(n) = native_of(v) else {
        return Ok(Value::NONE);
    };
    match n.owner.as_obj().map(|o| &o.data) {
        Some(ObjData::Type(t)) => {
            let q = format!("{}.{}", t.qualname, n.name);
            Ok(vm.new_str(q))
        }
        _ => Ok(vm.intern(n.name)),
    }
}

fn get_native_objclass(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match native_of(v) {
        Some(n) if !n.owner.is_null() => Ok(n.owner),
        _ => Err(vm.attribute_error("__objclass__")),
    }
}

fn get_native_self(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v.obj().data {
        ObjData::BoundMethod(m) => Ok(m.receiver),
        ObjData::Native(n) if !n.bound.is_null() => Ok(n.bound),
        _ => Ok(Value::NONE),
    }
}

/// `descr.__get__(obj, type=None)` for builtin method descriptors.
fn native_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__get__", 2, 3)?;
    let (f, obj) = (args.pos[0], args.pos[1]);
    if obj.is_none() {
        return Ok(f);
    }
    Ok(super::attrs::bound_method(vm, f, obj))
}

/// `f.__call__(*args, **kwargs)` for functions, methods and builtins.
fn call_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((&f, rest)) = args.pos.split_first() else {
        return Err(vm.type_error("descriptor '__call__' needs an argument"));
    };
    let mut all = rest.to_vec();
    all.extend_from_slice(args.kwvalues);
    vm.call_kw(f, &all, args.kwnames)
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "send", 2, 2)?;
    generator_send(vm, args.pos[0], args.pos[1])
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    generator_send(vm, args.pos[0], Value::NONE)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "throw", 2, 4)?;
    let mut exc = args.pos[1];
    if let Some(&v) = args.pos.get(2) {
        if !v.is_none() {
            exc = vm.call(exc, &[v])?;
        }
    }
    let exc = crate::interp::eval::make_exception(vm, exc)?;
    if let Some(ObjData::Generator(g)) = args.pos[0].as_obj().map(|o| &o.data) {
        let running = g.running.load(crate::sync::Ordering::Acquire);
        if !running && !g.started.load(crate::sync::Ordering::Acquire) {
            // Thrown in before the first instruction: no handler of the
            // body applies; the generator ends with the exception.
            if let Some(frame) = g.frame.lock().take() {
                drop(frame);
                return Err(crate::interp::PyErr { exc });
            }
        }
    }
    match generator_resume(
        vm,
        args.pos[0],
        Value::NONE,
        Some(crate::interp::PyErr { exc }),
    )? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    generator_close(vm, args.pos[0])?;
    Ok(Value::NONE)
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0])
}

fn gen_attr(v: Value) -> &'static crate::object::GeneratorObj {
    match &v.obj().data {
        ObjData::Generator(g) => g,
        _ => unreachable!(),
    }
}

fn get_gen_name(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(gen_attr(v).name)
}

fn get_gen_qualname(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(gen_attr(v).qualname)
}

fn get_gen_running(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(Value::bool(
        gen_attr(v).running.load(crate::sync::Ordering::Relaxed),
    ))
}

fn get_gen_code(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(gen_attr(v).code)
}

fn code_of(v: Value) -> &'static crate::object::CodeObj {
    match &v.obj().data {
        ObjData::Code(c) => c,
        _ => unreachable!(),
    }
}

fn get_co_name(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(code_of(v).name)
}

fn get_co_qualname(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_str(code_of(v).code.qualname.as_str()))
}

fn get_co_filename(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_str(&*code_of(v).code.filename))
}

fn get_co_firstlineno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_int(code_of(v).code.first_line as i64))
}

fn get_co_argcount(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_int(code_of(v).code.arg_count as i64))
}

fn get_co_posonlyargcount(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_int(code_of(v).code.posonly_count as i64))
}

fn get_co_kwonlyargcount(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(vm.new_int(code_of(v).code.kwonly_count as i64))
}

fn str_tuple(vm: &mut Vm, names: &[String]) -> Value {
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n.as_str())).collect();
    vm.new_tuple(items)
}

fn get_co_varnames(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(str_tuple(vm, &code_of(v).code.varnames))
}

fn get_co_names(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(str_tuple(vm, &code_of(v).code.names))
}

fn units_bytes(units: &[u64]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_le_bytes()).collect()
}

fn get_co_code(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let units = code_of(v).code.deoptimized_units();
    Ok(vm.new_bytes(units_bytes(&units)))
}

fn get_co_code_adaptive(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let units: Vec<u64> = code_of(v)
        .code
        .units
        .iter()
        .map(|u| u.load(crate::sync::Ordering::Acquire))
        .collect();
    Ok(vm.new_bytes(units_bytes(&units)))
}

fn get_co_consts(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let consts = code_of(v).consts.to_vec();
    Ok(vm.new_tuple(consts))
}

fn get_cell_contents(vm: &mut Vm, v: Value) -> PyResult<Value> {
    match &v.obj().data {
        ObjData::Cell(c) if !c.get().is_null() => Ok(c.get()),
        _ => Err(vm.value_error("Cell is empty")),
    }
}

pub fn init(interp: &InterpState) {
    let t = &interp.types;
    let f = t.function;
    super::add_getset(interp, f, "__name__", get_func_name, Some(set_func_name));
    super::add_getset(
        interp,
        f,
        "__qualname__",
        get_func_qualname,
        Some(set_func_qualname),
    );
    super::add_getset(interp, f, "__doc__", get_func_doc, Some(set_func_doc));
    super::add_getset(
        interp,
        f,
        "__defaults__",
        get_func_defaults,
        Some(set_func_defaults),
    );
    super::add_getset(
        interp,
        f,
        "__kwdefaults__",
        get_func_kwdefaults,
        Some(set_func_kwdefaults),
    );
    super::add_getset(
        interp,
        f,
        "__annotations__",
        get_func_annotations,
        Some(set_func_annotations),
    );
    super::add_getset(interp, f, "__code__", get_func_code, None);
    super::add_getset(interp, f, "__globals__", get_func_globals, None);
    super::add_getset(
        interp,
        f,
        "__module__",
        get_func_module,
        Some(set_func_module),
    );
    super::add_getset(interp, f, "__closure__", get_func_closure, None);
    let m = t.method;
    super::add_member(interp, m, "__self__", get_method_self);
    super::add_member(interp, m, "__func__", get_method_func);
    super::add_getset(interp, m, "__name__", get_method_name, None);
    super::add_getset(interp, m, "__qualname__", get_method_qualname, None);
    super::add_getset(interp, m, "__doc__", get_method_doc, None);
    super::add_getset(interp, m, "__module__", get_method_module, None);
    super::add_method(interp, m, "__new__", method_new);
    super::add_method(interp, f, "__get__", func_get);
    for n in [t.builtin_function, t.method_wrapper] {
        super::add_getset(interp, n, "__name__", get_native_name, None);
        super::add_getset(interp, n, "__qualname__", get_native_qualname, None);
        super::add_member(interp, n, "__self__", get_native_self);
        super::add_getset(interp, n, "__doc__", get_native_doc, None);
    }
    for d in [t.method_descriptor, t.wrapper_descriptor] {
        super::add_getset(interp, d, "__name__", get_native_name, None);
        super::add_getset(interp, d, "__qualname__", get_native_qualname, None);
        super::add_getset(interp, d, "__objclass__", get_native_objclass, None);
        super::add_getset(interp, d, "__doc__", get_none, None);
        super::add_method(interp, d, "__get__", native_get);
    }
    for ty in [f, m, t.builtin_function, t.method_wrapper] {
        super::add_method(interp, ty, "__call__", call_self);
    }
    let g = t.generator;
    super::add_method(interp, g, "send", gen_send);
    super::add_method(interp, g, "throw", gen_throw);
    super::add_method(interp, g, "close", gen_close);
    super::add_method(interp, g, "__next__", gen_next);
    super::add_method(interp, g, "__iter__", gen_iter);
    super::add_getset(interp, g, "__name__", get_gen_name, None);
    super::add_getset(interp, g, "__qualname__", get_gen_qualname, None);
    super::add_getset(interp, g, "gi_running", get_gen_running, None);
    super::add_getset(interp, g, "gi_code", get_gen_code, None);
    let c = t.code;
    super::add_getset(interp, c, "co_name", get_co_name, None);
    super::add_getset(interp, c, "co_qualname", get_co_qualname, None);
    super::add_getset(interp, c, "co_filename", get_co_filename, None);
    super::add_getset(interp, c, "co_firstlineno", get_co_firstlineno, None);
    super::add_getset(interp, c, "co_argcount", get_co_argcount, None);
    super::add_getset(
        interp,
        c,
        "co_posonlyargcount",
        get_co_posonlyargcount,
        None,
    );
    super::add_getset(interp, c, "co_kwonlyargcount", get_co_kwonlyargcount, None);
    super::add_getset(interp, c, "co_varnames", get_co_varnames, None);
    super::add_getset(interp, c, "co_names", get_co_names, None);
    super::add_getset(interp, c, "co_consts", get_co_consts, None);
    super::add_getset(interp, c, "co_code", get_co_code, None);
    super::add_getset(interp, c, "_co_code_adaptive", get_co_code_adaptive, None);
    super::add_getset(interp, t.cell, "cell_contents", get_cell_contents, None);
}
