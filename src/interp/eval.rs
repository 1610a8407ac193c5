//! The evaluation loop.
//!
//! `run_frame` runs a frame until it returns or yields, turning errors into
//! jumps to exception handlers found in the code's exception table. The
//! loop itself (`execute`) is a fetch-decode-dispatch over atomic code
//! units: each handler is a few lines, and anything longer is a named
//! function elsewhere (ops.rs, call.rs, builtins). `frame.pc` always holds
//! the unit index of the instruction being executed, which is what the
//! exception table, tracebacks and generators need.

use crate::bytecode::opcodes::{
    self, format_value, make_function, BinaryOpKind, CompareKind, Opcode,
};
use crate::object::{AtomicValue, FunctionObj, ObjData, SliceObj, Value};
use crate::sync::{Ordering, RwLock};

use super::frame::{Frame, FrameExit};
use super::{ops, PyErr, PyResult, Vm};
use crate::specialize;

/// Runs `frame` from `frame.pc` until it returns or yields.
pub fn run_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    specialize::quicken(&frame.code_obj().code);
    // What `globals()` and `locals()` see while this frame runs.
    let locals = if !frame.locals_map.is_null() {
        frame.locals_map
    } else if frame.code_obj().code.flags & crate::bytecode::code::flags::MODULE != 0 {
        frame.globals
    } else {
        Value::NULL
    };
    let saved = (
        std::mem::replace(&mut vm.frame_globals, frame.globals),
        std::mem::replace(&mut vm.frame_locals, locals),
    );
    let result = loop {
        match execute(vm, frame) {
            Ok(exit) => break Ok(exit),
            Err(err) => {
                if let Err(e) = unwind(vm, frame, err) {
                    break Err(e);
                }
            }
        }
    };
    (vm.frame_globals, vm.frame_locals) = saved;
    result
}

/// Raises `err` at the frame's current instruction (generator `throw`),
/// then runs on from the handler if there is one.
pub fn throw_into_frame(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> PyResult<FrameExit> {
    // A generator suspended in `yield from` passes the exception to the
    // sub-iterator first.
    let word = frame.code_obj().code.word(frame.pc);
    if opcodes::word_opcode_byte(word) == Opcode::YieldFrom as u8 && frame.depth() >= 1 {
        let sub = frame.top();
        match delegate_throw(vm, sub, err) {
            Ok(Some(v)) => return Ok(FrameExit::Yield(v)),
            Ok(None) => {}
            Err(e) => {
                if vm.err_is(&e, "StopIteration") {
                    let value = stop_iteration_value(vm, e.exc);
                    frame.pop();
                    frame.push(value);
                    frame.pc += 1 + Opcode::YieldFrom.cache_words();
                    return run_frame(vm, frame);
                }
                unwind(vm, frame, e)?;
                return run_frame(vm, frame);
            }
        }
    }
    unwind(vm, frame, err)?;
    run_frame(vm, frame)
}

/// Passes a thrown exception to a `yield from` sub-iterator. `Ok(Some(v))`
/// if it yielded v; `Err` if it raised (StopIteration included).
fn delegate_throw(vm: &mut Vm, sub: Value, err: PyErr) -> PyResult<Option<Value>> {
    if matches!(sub.as_obj().map(|o| &o.data), Some(ObjData::Generator(_))) {
        if vm.err_is(&err, "GeneratorExit") {
            super::call::generator_close(vm, sub)?;
            return Err(err);
        }
        return match super::call::generator_resume(vm, sub, Value::NONE, Some(err))? {
            super::call::GenStep::Yield(v) => Ok(Some(v)),
            super::call::GenStep::Return(v) => Err(vm.stop_iteration(v)),
        };
    }
    let throw = vm.intern("throw");
    match vm.getattr_opt(sub, throw)? {
        Some(f) => vm.call(f, &[err.exc]).map(Some),
        None => Err(err),
    }
}

/// The `value` of a StopIteration instance.
pub fn stop_iteration_value(vm: &mut Vm, exc: Value) -> Value {
    let args = match super::errors::as_exception(exc) {
        Some(e) => *e.args.read(),
        None => return Value::NONE,
    };
    vm.tuple_items(args).first().copied().unwrap_or(Value::NONE)
}

/// Finds the handler for an error raised at `frame.pc` and moves the frame
/// there, or returns the error (with this frame's traceback line added).
fn unwind(vm: &mut Vm, frame: &mut Frame, err: PyErr) -> PyResult<()> {
    let pc = frame.pc;
    if std::mem::take(&mut vm.skip_traceback) {
        // A re-raise: the traceback already has this frame's line.
    } else {
        // An error raised by native code (`raise` chains in `raise`).
        let e = err.exception();
        if e.traceback.lock().is_empty() && e.context.get().is_none() {
            vm.chain_context(err.exc);
        }
        vm.add_traceback(&err, frame.code, frame.globals, pc);
    }
    let code = frame.code_obj();
    match code.code.handler_for(pc) {
        Some(h) => {
            frame.slots.truncate(frame.nlocals + h.depth as usize);
            if h.push_lasti {
                frame.push(Value::small_int_unchecked(pc as i64));
            }
            frame.push(err.exc);
            frame.pc = h.target as usize;
            Ok(())
        }
        None => Err(err),
    }
}

#[cold]
fn unbound_local(vm: &mut Vm, frame: &Frame, idx: usize) -> PyErr {
    let name = &frame.code_obj().code.varnames[idx];
    vm.new_error(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cold]
fn unbound_cell(vm: &mut Vm, frame: &Frame, idx: usize) -> PyErr {
    let code = &frame.code_obj().code;
    if idx < code.cellvars.len() {
        let name = &code.cellvars[idx];
        vm.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        let name = &code.freevars[idx - code.cellvars.len()];
        vm.new_error(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

#[cold]
fn name_error(vm: &mut Vm, name: Value) -> PyErr {
    let text = vm.as_str(name).unwrap_or("?").to_string();
    let err = vm.new_error("NameError", format!("name '{text}' is not defined"));
    vm.set_exception_attr(err.exc, "name", name);
    err
}

/// A dict of a function frame's bound variables: parameters and locals,
/// then cell and free variables, as CPython's `locals()` shows them.
#[cold]
fn frame_locals_snapshot(vm: &mut Vm, frame: &Frame) -> Value {
    let code = &frame.code_obj().code;
    let d = vm.new_dict();
    let names = code.varnames.iter().zip(&frame.slots[..frame.nlocals]);
    let mut pairs: Vec<(&str, Value)> = names.map(|(n, &v)| (n.as_str(), v)).collect();
    let cell_names = code.cellvars.iter().chain(&code.freevars);
    for (i, name) in cell_names.enumerate() {
        pairs.push((name.as_str(), cell_of(frame, i).get()));
    }
    for (name, v) in pairs {
        if !v.is_null() {
            let key = vm.intern(name);
            vm.dict_set_str(d, key, v);
        }
    }
    d
}

/// The implicit arguments of a zero-argument `super()`: the `__class__`
/// cell's contents (`class_cell` is its cell index + 1, 0 when the
/// function has none) and the first argument, read from its cell when an
/// inner function captured it. Checked in CPython's order.
#[cold]
fn super_args(vm: &mut Vm, frame: &Frame, class_cell: u32) -> PyResult<(Value, Value)> {
    let code = &frame.code_obj().code;
    let first = match code.cell_params.iter().position(|p| *p == Some(0)) {
        Some(cell) => cell_of(frame, cell).get(),
        None => frame.slots[0],
    };
    if first.is_null() {
        return Err(vm.new_error("RuntimeError", "super(): arg[0] deleted"));
    }
    let Some(cell) = class_cell.checked_sub(1) else {
        return Err(vm.new_error("RuntimeError", "super(): __class__ cell not found"));
    };
    let class = cell_of(frame, cell as usize).get();
    if class.is_null() {
        return Err(vm.new_error("RuntimeError", "super(): empty __class__ cell"));
    }
    if !matches!(class.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let tn = vm.type_name(class);
        return Err(vm.new_error(
            "RuntimeError",
            format!("super(): __class__ is not a type ({tn})"),
        ));
    }
    Ok((class, first))
}

fn cell_of(frame: &Frame, idx: usize) -> &'static AtomicValue {
    match &frame.cells[idx].obj().data {
        ObjData::Cell(c) => c,
        _ => unreachable!("cell slot holds a cell"),
    }
}

fn load_global(vm: &mut Vm, frame: &Frame, name: Value) -> PyResult<Value> {
    let hash = vm.str_hash(name);
    if let ObjData::Dict(g) = &frame.globals.obj().data {
        if let Some(v) = g.get(name, hash) {
            return Ok(v);
        }
    }
    if let ObjData::Dict(b) = &frame.builtins.obj().data {
        if let Some(v) = b.get(name, hash) {
            return Ok(v);
        }
    }
    Err(name_error(vm, name))
}

fn load_name(vm: &mut Vm, frame: &Frame, name: Value) -> PyResult<Value> {
    if !frame.locals_map.is_null() {
        if let Some(v) = crate::builtins::class::namespace_get(vm, frame.locals_map, name)? {
            return Ok(v);
        }
    }
    load_global(vm, frame, name)
}

fn namespace(frame: &Frame) -> Value {
    if frame.locals_map.is_null() {
        frame.globals
    } else {
        frame.locals_map
    }
}

#[inline]
fn truthy_fast(vm: &mut Vm, v: Value) -> PyResult<bool> {
    match v {
        Value::TRUE => Ok(true),
        Value::FALSE | Value::NONE => Ok(false),
        _ => vm.truthy(v),
    }
}

/// Executes instructions until the frame returns or yields, or an error
/// escapes an instruction (left for `run_frame` to unwind).
fn execute(vm: &mut Vm, frame: &mut Frame) -> PyResult<FrameExit> {
    let co = frame.code_obj();
    let units = &co.code.units[..];
    let consts = &co.consts[..];
    let names = &co.names[..];
    let mut pc = frame.pc;
    loop {
        frame.pc = pc;
        let word = units[pc].load(Ordering::Acquire);
        let Some(op) = Opcode::from_u8(opcodes::word_opcode_byte(word)) else {
            unreachable!("corrupt instruction word")
        };
        let arg = opcodes::word_oparg(word);
        pc += 1 + op.cache_words();
        match op {
            Opcode::Nop => {}
            Opcode::PopTop => {
                frame.pop();
            }
            Opcode::Copy => frame.push(frame.peek(arg as usize)),
            Opcode::Swap => {
                let len = frame.slots.len();
                frame.slots.swap(len - 1, len - arg as usize);
            }
            Opcode::PushNull => frame.push(Value::NULL),
            Opcode::LoadConst => frame.push(consts[arg as usize]),
            Opcode::LoadFast => {
                let v = frame.slots[arg as usize];
                if v.is_null() {
                    return Err(unbound_local(vm, frame, arg as usize));
                }
                frame.push(v);
            }
            Opcode::StoreFast => {
                let v = frame.pop();
                frame.slots[arg as usize] = v;
            }
            Opcode::DeleteFast => {
                if frame.slots[arg as usize].is_null() {
                    return Err(unbound_local(vm, frame, arg as usize));
                }
                frame.slots[arg as usize] = Value::NULL;
            }
            Opcode::LoadDeref => {
                let v = cell_of(frame, arg as usize).get();
                if v.is_null() {
                    return Err(unbound_cell(vm, frame, arg as usize));
                }
                frame.push(v);
            }
            Opcode::StoreDeref => {
                let v = frame.pop();
                cell_of(frame, arg as usize).set(v);
            }
            Opcode::DeleteDeref => {
                if cell_of(frame, arg as usize).swap(Value::NULL).is_null() {
                    return Err(unbound_cell(vm, frame, arg as usize));
                }
            }
            Opcode::LoadClosure => frame.push(frame.cells[arg as usize]),
            Opcode::PublishLocals => {
                vm.frame_locals = frame_locals_snapshot(vm, frame);
            }
            Opcode::SetupAnnotations => {
                let ns = namespace(frame);
                let key = vm.intern("__annotations__");
                if crate::builtins::class::namespace_get(vm, ns, key)?.is_none() {
                    let d = vm.new_dict();
                    crate::builtins::class::namespace_set(vm, ns, key, d)?;
                }
            }
            Opcode::LoadSuperArgs => {
                let (class, first) = super_args(vm, frame, arg)?;
                frame.push(class);
                frame.push(first);
            }
            Opcode::LoadClassDeref => {
                let code = &co.code;
                let idx = arg as usize;
                let name = if idx < code.cellvars.len() {
                    &code.cellvars[idx]
                } else {
                    &code.freevars[idx - code.cellvars.len()]
                };
                let key = vm.intern(name);
                let found = if frame.locals_map.is_null() {
                    None
                } else {
                    crate::builtins::class::namespace_get(vm, frame.locals_map, key)?
                };
                match found {
                    Some(v) => frame.push(v),
                    None => {
                        let v = cell_of(frame, idx).get();
                        if v.is_null() {
                            return Err(unbound_cell(vm, frame, idx));
                        }
                        frame.push(v);
                    }
                }
            }
            Opcode::LoadGlobal => {
                let name = names[arg as usize];
                let here = frame.pc;
                specialize::adapt(units, here, word, || {
                    let hash = vm.str_hash(name);
                    specialize::load_global::specialize(frame.globals, frame.builtins, name, hash)
                });
                let v = load_global(vm, frame, name)?;
                frame.push(v);
            }
            Opcode::LoadGlobalModule => {
                let v = match specialize::load_global::module(units, frame.pc, word, frame.globals)
                {
                    Some(v) => v,
                    None => {
                        specialize::miss(units, frame.pc, word);
                        load_global(vm, frame, names[arg as usize])?
                    }
                };
                frame.push(v);
            }
            Opcode::LoadGlobalBuiltin => {
                let hit = specialize::load_global::builtin(
                    units,
                    frame.pc,
                    word,
                    frame.globals,
                    frame.builtins,
                );
                let v = match hit {
                    Some(v) => v,
                    None => {
                        specialize::miss(units, frame.pc, word);
                        load_global(vm, frame, names[arg as usize])?
                    }
                };
                frame.push(v);
            }
            Opcode::StoreGlobal => {
                let v = frame.pop();
                vm.dict_set_str(frame.globals, names[arg as usize], v);
            }
            Opcode::DeleteGlobal => {
                let name = names[arg as usize];
                let hash = vm.str_hash(name);
                let ObjData::Dict(g) = &frame.globals.obj().data else {
                    unreachable!()
                };
                if g.remove(name, hash).is_none() {
                    return Err(name_error(vm, name));
                }
            }
            Opcode::LoadName => {
                let v = load_name(vm, frame, names[arg as usize])?;
                frame.push(v);
            }
            Opcode::StoreName => {
                let v = frame.pop();
                let ns = namespace(frame);
                crate::builtins::class::namespace_set(vm, ns, names[arg as usize], v)?;
            }
            Opcode::DeleteName => {
                let name = names[arg as usize];
                let ns = namespace(frame);
                if !crate::builtins::class::namespace_del(vm, ns, name)? {
                    return Err(name_error(vm, name));
                }
            }
            Opcode::LoadAttr => {
                let obj = frame.pop();
                let name = names[arg as usize];
                specialize::adapt(units, frame.pc, word, || {
                    specialize::attr::specialize_load_attr(vm, obj, name)
                });
                let v = vm.getattr(obj, name)?;
                frame.push(v);
            }
            Opcode::LoadAttrInstanceValue => {
                let obj = frame.pop();
                let name = names[arg as usize];
                let v = match specialize::attr::load_instance_value(
                    vm, units, frame.pc, word, obj, name,
                ) {
                    Some(v) => v,
                    None => load_attr_miss(vm, units, frame.pc, word, obj, names[arg as usize])?,
                };
                frame.push(v);
            }
            Opcode::LoadAttrModule => {
                let obj = frame.pop();
                let v = match specialize::attr::load_module_attr(units, frame.pc, word, obj) {
                    Some(v) => v,
                    None => load_attr_miss(vm, units, frame.pc, word, obj, names[arg as usize])?,
                };
                frame.push(v);
            }
            Opcode::LoadAttrProperty => {
                let obj = frame.pop();
                let v = match specialize::attr::load_property(vm, units, frame.pc, word, obj) {
                    Some(fget) => vm.call(fget, &[obj])?,
                    None => load_attr_miss(vm, units, frame.pc, word, obj, names[arg as usize])?,
                };
                frame.push(v);
            }
            Opcode::LoadAttrClass => {
                let obj = frame.pop();
                let v = match specialize::attr::load_class_attr(vm, units, frame.pc, word, obj) {
                    Some(v) => v,
                    None => load_attr_miss(vm, units, frame.pc, word, obj, names[arg as usize])?,
                };
                frame.push(v);
            }
            Opcode::LoadMethod => {
                let obj = frame.pop();
                let name = names[arg as usize];
                specialize::adapt(units, frame.pc, word, || {
                    specialize::attr::specialize_load_method(vm, obj, name)
                });
                let (a, b) = crate::builtins::attrs::load_method(vm, obj, name)?;
                frame.push(a);
                frame.push(b);
            }
            Opcode::LoadMethodWithValues | Opcode::LoadMethodNoDict => {
                let obj = frame.pop();
                let hit = if op == Opcode::LoadMethodWithValues {
                    specialize::attr::load_method_with_values(vm, units, frame.pc, word, obj)
                } else {
                    specialize::attr::load_method_no_dict(vm, units, frame.pc, word, obj)
                };
                let (a, b) = match hit {
                    Some(f) => (f, obj),
                    None => {
                        specialize::miss(units, frame.pc, word);
                        crate::builtins::attrs::load_method(vm, obj, names[arg as usize])?
                    }
                };
                frame.push(a);
                frame.push(b);
            }
            Opcode::LoadMethodModule => {
                let obj = frame.pop();
                let (a, b) = match specialize::attr::load_method_module(units, frame.pc, word, obj)
                {
                    Some(v) => (v, Value::NULL),
                    None => {
                        specialize::miss(units, frame.pc, word);
                        crate::builtins::attrs::load_method(vm, obj, names[arg as usize])?
                    }
                };
                frame.push(a);
                frame.push(b);
            }
            Opcode::StoreAttr => {
                let obj = frame.pop();
                let v = frame.pop();
                let name = names[arg as usize];
                specialize::adapt(units, frame.pc, word, || {
                    specialize::attr::specialize_store_attr(vm, obj, name)
                });
                vm.setattr(obj, name, v)?;
            }
            Opcode::StoreAttrInstanceValue | Opcode::StoreAttrInstanceAdd => {
                let obj = frame.pop();
                let v = frame.pop();
                let adding = op == Opcode::StoreAttrInstanceAdd;
                let name = names[arg as usize];
                if !specialize::attr::store_instance(
                    vm, units, frame.pc, word, obj, name, v, adding,
                ) {
                    specialize::miss(units, frame.pc, word);
                    vm.setattr(obj, names[arg as usize], v)?;
                }
            }
            Opcode::DeleteAttr => {
                let obj = frame.pop();
                vm.delattr(obj, names[arg as usize])?;
            }
            Opcode::BinaryOp => {
                let rhs = frame.pop();
                let lhs = frame.pop();
                specialize::adapt(units, frame.pc, word, || {
                    let (kind, _) = BinaryOpKind::from_oparg(arg)?;
                    let op = specialize::binary_op::specialize_binary(kind, lhs, rhs)?;
                    Some(specialize::Spec::new(op, &[]))
                });
                let v = binary_op(vm, arg, lhs, rhs)?;
                frame.push(v);
            }
            Opcode::BinaryOpAddInt
            | Opcode::BinaryOpSubtractInt
            | Opcode::BinaryOpMultiplyInt
            | Opcode::BinaryOpAddFloat
            | Opcode::BinaryOpSubtractFloat
            | Opcode::BinaryOpMultiplyFloat
            | Opcode::BinaryOpTrueDivideFloat
            | Opcode::BinaryOpIntOther => {
                let rhs = frame.pop();
                let lhs = frame.pop();
                let v = match specialize::binary_op::binary(op, arg, lhs, rhs) {
                    Some(v) => v,
                    None => {
                        if !specialize::binary_op::types_still_match(op, lhs, rhs) {
                            specialize::miss(units, frame.pc, word);
                        }
                        binary_op(vm, arg, lhs, rhs)?
                    }
                };
                frame.push(v);
            }
            Opcode::UnaryNegative => {
                let v = frame.pop();
                let r = ops::unary_negative(vm, v)?;
                frame.push(r);
            }
            Opcode::UnaryPositive => {
                let v = frame.pop();
                let r = ops::unary_positive(vm, v)?;
                frame.push(r);
            }
            Opcode::UnaryInvert => {
                let v = frame.pop();
                let r = ops::unary_invert(vm, v)?;
                frame.push(r);
            }
            Opcode::UnaryNot => {
                let v = frame.pop();
                let t = truthy_fast(vm, v)?;
                frame.push(Value::bool(!t));
            }
            Opcode::CompareOpInt | Opcode::CompareOpFloat | Opcode::CompareOpStr => {
                let rhs = frame.pop();
                let lhs = frame.pop();
                let kind = CompareKind::from_oparg(arg).expect("bad compare oparg");
                let v = match specialize::binary_op::compare(vm, op, kind, lhs, rhs) {
                    Some(b) => Value::bool(b),
                    None => {
                        specialize::miss(units, frame.pc, word);
                        vm.compare(lhs, rhs, kind)?
                    }
                };
                frame.push(v);
            }
            Opcode::CompareOp => {
                let rhs = frame.pop();
                let lhs = frame.pop();
                let kind = CompareKind::from_oparg(arg).expect("bad compare oparg");
                specialize::adapt(units, frame.pc, word, || {
                    let op = specialize::binary_op::specialize_compare(vm, kind, lhs, rhs)?;
                    Some(specialize::Spec::new(op, &[]))
                });
                let v = if lhs.is_small_int() && rhs.is_small_int() {
                    Value::bool(ops::compare_i64(
                        lhs.as_small_int(),
                        rhs.as_small_int(),
                        kind,
                    ))
                } else {
                    vm.compare(lhs, rhs, kind)?
                };
                frame.push(v);
            }
            Opcode::IsOp => {
                let rhs = frame.pop();
                let lhs = frame.pop();
                frame.push(Value::bool((lhs == rhs) != (arg == 1)));
            }
            Opcode::ContainsOp => {
                let container = frame.pop();
                let item = frame.pop();
                let r = ops::contains(vm, container, item)?;
                frame.push(Value::bool(r != (arg == 1)));
            }
            Opcode::BinarySubscr => {
                let key = frame.pop();
                let container = frame.pop();
                specialize::adapt(units, frame.pc, word, || {
                    let op = specialize::subscr::specialize_load(vm, container, key)?;
                    Some(specialize::Spec::new(op, &[]))
                });
                let v = ops::getitem(vm, container, key)?;
                frame.push(v);
            }
            Opcode::BinarySubscrListInt | Opcode::BinarySubscrTupleInt => {
                let key = frame.pop();
                let container = frame.pop();
                let v = match specialize::subscr::load_seq(vm, op, container, key) {
                    Some(v) => v,
                    None => {
                        if specialize::subscr::specialize_load(vm, container, key) != Some(op) {
                            specialize::miss(units, frame.pc, word);
                        }
                        ops::getitem(vm, container, key)?
                    }
                };
                frame.push(v);
            }
            Opcode::BinarySubscrDict => {
                let key = frame.pop();
                let container = frame.pop();
                if !specialize::subscr::is_exact_dict(vm, container) {
                    specialize::miss(units, frame.pc, word);
                }
                let v = ops::getitem(vm, container, key)?;
                frame.push(v);
            }
            Opcode::StoreSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let v = frame.pop();
                specialize::adapt(units, frame.pc, word, || {
                    let op = specialize::subscr::specialize_store(vm, container, key)?;
                    Some(specialize::Spec::new(op, &[]))
                });
                ops::setitem(vm, container, key, v)?;
            }
            Opcode::StoreSubscrListInt => {
                let key = frame.pop();
                let container = frame.pop();
                let v = frame.pop();
                if !specialize::subscr::store_list(vm, container, key, v) {
                    if specialize::subscr::specialize_store(vm, container, key) != Some(op) {
                        specialize::miss(units, frame.pc, word);
                    }
                    ops::setitem(vm, container, key, v)?;
                }
            }
            Opcode::StoreSubscrDict => {
                let key = frame.pop();
                let container = frame.pop();
                let v = frame.pop();
                if !specialize::subscr::is_exact_dict(vm, container) {
                    specialize::miss(units, frame.pc, word);
                }
                ops::setitem(vm, container, key, v)?;
            }
            Opcode::DeleteSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                ops::delitem(vm, container, key)?;
            }
            Opcode::BuildSlice => {
                let step = if arg == 3 { frame.pop() } else { Value::NONE };
                let stop = frame.pop();
                let start = frame.pop();
                let class = vm.types().slice;
                let s = vm.alloc(class, ObjData::Slice(SliceObj { start, stop, step }));
                frame.push(s);
            }
            Opcode::BuildTuple => {
                let items = take_top(frame, arg as usize);
                let t = vm.new_tuple(items);
                frame.push(t);
            }
            Opcode::BuildList => {
                let items = take_top(frame, arg as usize);
                let l = vm.new_list(items);
                frame.push(l);
            }
            Opcode::BuildSet => {
                let items = take_top(frame, arg as usize);
                let s = crate::builtins::set::set_from_values(vm, &items, false)?;
                frame.push(s);
            }
            Opcode::BuildMap => {
                let items = take_top(frame, 2 * arg as usize);
                let d = vm.new_dict();
                for pair in items.chunks(2) {
                    vm.dict_set(d, pair[0], pair[1])?;
                }
                frame.push(d);
            }
            Opcode::BuildString => {
                let items = take_top(frame, arg as usize);
                let mut s = String::new();
                for v in items {
                    s.push_str(vm.as_str(v).unwrap_or(""));
                }
                let v = vm.new_str(s);
                frame.push(v);
            }
            Opcode::ListAppend => {
                let v = frame.pop();
                if let ObjData::List(l) = &frame.peek(arg as usize).obj().data {
                    l.write().push(v);
                }
            }
            Opcode::SetAdd => {
                let v = frame.pop();
                let set = frame.peek(arg as usize);
                crate::builtins::set::set_add(vm, set, v)?;
            }
            Opcode::MapAdd => {
                let v = frame.pop();
                let k = frame.pop();
                let d = frame.peek(arg as usize);
                vm.dict_set(d, k, v)?;
            }
            Opcode::ListExtend => {
                let iterable = frame.pop();
                let list = frame.peek(arg as usize);
                let items = match vm.collect(iterable) {
                    Ok(items) => items,
                    Err(e) if vm.err_is(&e, "TypeError") && !can_iterate(vm, iterable) => {
                        let t = vm.type_name(iterable);
                        return Err(
                            vm.type_error(format!("Value after * must be an iterable, not {t}"))
                        );
                    }
                    Err(e) => return Err(e),
                };
                if let ObjData::List(l) = &list.obj().data {
                    l.write().extend(items);
                }
            }
            Opcode::SetUpdate => {
                let iterable = frame.pop();
                let set = frame.peek(arg as usize);
                crate::builtins::set::update_in_place(vm, set, iterable)?;
            }
            Opcode::DictUpdate => {
                let mapping = frame.pop();
                let d = frame.peek(arg as usize);
                crate::builtins::dict::dict_update_from(vm, d, mapping, None)?;
            }
            Opcode::DictMerge => {
                let mapping = frame.pop();
                let d = frame.peek(arg as usize);
                let callee = frame
                    .slots
                    .len()
                    .checked_sub(arg as usize + 3)
                    .map(|i| frame.slots[i]);
                crate::builtins::dict::dict_update_from(
                    vm,
                    d,
                    mapping,
                    Some(callee.unwrap_or(Value::NULL)),
                )?;
            }
            Opcode::ListToTuple => {
                let list = frame.pop();
                let items = match &list.obj().data {
                    ObjData::List(l) => l.read().clone(),
                    _ => vec![],
                };
                let t = vm.new_tuple(items);
                frame.push(t);
            }
            Opcode::GetLen => {
                let n = vm.len(frame.top())?;
                let v = vm.new_int(n as i64);
                frame.push(v);
            }
            Opcode::MatchSequence => {
                let ok = super::patma::match_sequence(vm, frame.top(), arg)?;
                frame.push(Value::bool(ok));
            }
            Opcode::MatchMapping => {
                let ok = super::patma::match_mapping(vm, frame.top(), arg)?;
                frame.push(Value::bool(ok));
            }
            Opcode::MatchKeys => super::patma::match_keys(vm, frame, arg as usize)?,
            Opcode::MatchClass => super::patma::match_class(vm, frame, arg as usize)?,
            Opcode::DictWithoutKeys => {
                let keys = frame.pop();
                let mapping = frame.pop();
                let d = super::patma::dict_without_keys(vm, mapping, keys)?;
                frame.push(d);
            }
            Opcode::UnpackSequence => {
                let seq = frame.pop();
                ops::unpack_sequence(vm, frame, seq, arg as usize)?;
            }
            Opcode::UnpackEx => {
                let seq = frame.pop();
                ops::unpack_ex(vm, frame, seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
            }
            Opcode::FormatValue => {
                let spec = if arg & format_value::HAS_SPEC != 0 {
                    frame.pop()
                } else {
                    Value::NULL
                };
                let v = frame.pop();
                let v = match arg & format_value::CONV_MASK {
                    format_value::CONV_STR => vm.to_str(v)?,
                    format_value::CONV_REPR => vm.repr(v)?,
                    format_value::CONV_ASCII => crate::builtins::repr::ascii(vm, v)?,
                    _ => v,
                };
                let s = crate::builtins::format::format(vm, v, spec)?;
                frame.push(s);
            }
            Opcode::GetIter => {
                let v = frame.pop();
                let it = vm.iter(v)?;
                frame.push(it);
            }
            Opcode::ForIter => {
                let it = frame.top();
                // `for i in range(...)`: a range iterator (never subclassed)
                // steps without the generic protocol's dispatch.
                let next = match it.obj_data() {
                    Some(ObjData::Iterator(crate::builtins::iterators::IterObj::Range(r))) => {
                        r.next(vm)
                    }
                    _ => vm.next(it)?,
                };
                match next {
                    Some(v) => frame.push(v),
                    None => {
                        frame.pop();
                        pc = arg as usize;
                    }
                }
            }
            Opcode::Jump | Opcode::JumpBackward => pc = arg as usize,
            Opcode::PopJumpIfFalse => {
                let v = frame.pop();
                if !truthy_fast(vm, v)? {
                    pc = arg as usize;
                }
            }
            Opcode::PopJumpIfTrue => {
                let v = frame.pop();
                if truthy_fast(vm, v)? {
                    pc = arg as usize;
                }
            }
            Opcode::PopJumpIfNone => {
                if frame.pop().is_none() {
                    pc = arg as usize;
                }
            }
            Opcode::PopJumpIfNotNone => {
                if !frame.pop().is_none() {
                    pc = arg as usize;
                }
            }
            Opcode::JumpIfFalseOrPop => {
                if truthy_fast(vm, frame.top())? {
                    frame.pop();
                } else {
                    pc = arg as usize;
                }
            }
            Opcode::JumpIfTrueOrPop => {
                if truthy_fast(vm, frame.top())? {
                    pc = arg as usize;
                } else {
                    frame.pop();
                }
            }
            Opcode::Call => {
                let argc = arg as usize;
                let base = frame.slots.len() - argc - 2;
                let callable = frame.slots[base];
                let args_start = if frame.slots[base + 1].is_null() {
                    base + 2
                } else {
                    base + 1
                };
                let nargs = frame.slots.len() - args_start;
                specialize::adapt(units, frame.pc, word, || {
                    specialize::call::specialize(callable, nargs)
                });
                let r = vm.call_kw(callable, &frame.slots[args_start..], &[])?;
                frame.slots.truncate(base);
                frame.push(r);
            }
            Opcode::CallPyExactArgs | Opcode::CallNative => {
                let argc = arg as usize;
                let base = frame.slots.len() - argc - 2;
                let callable = frame.slots[base];
                let args_start = if frame.slots[base + 1].is_null() {
                    base + 2
                } else {
                    base + 1
                };
                let args = &frame.slots[args_start..];
                let r = if op == Opcode::CallPyExactArgs {
                    if specialize::call::py_exact_args(units, frame.pc, word, callable) {
                        super::call::call_function(vm, callable, args, &[])?
                    } else {
                        specialize::miss(units, frame.pc, word);
                        vm.call_kw(callable, args, &[])?
                    }
                } else if specialize::call::native(units, frame.pc, word, callable) {
                    let ObjData::Native(n) = &callable.obj().data else {
                        unreachable!("the guard checked the callable")
                    };
                    (n.func)(
                        vm,
                        crate::interp::Args {
                            pos: args,
                            kwnames: &[],
                            kwvalues: &[],
                            bound: n.bound,
                        },
                    )?
                } else {
                    specialize::miss(units, frame.pc, word);
                    vm.call_kw(callable, args, &[])?
                };
                frame.slots.truncate(base);
                frame.push(r);
            }
            Opcode::CallKw => {
                let kwnames = frame.pop();
                let argc = arg as usize;
                let base = frame.slots.len() - argc - 2;
                let callable = frame.slots[base];
                let args_start = if frame.slots[base + 1].is_null() {
                    base + 2
                } else {
                    base + 1
                };
                let names = vm.tuple_items(kwnames);
                let r = vm.call_kw(callable, &frame.slots[args_start..], names)?;
                frame.slots.truncate(base);
                frame.push(r);
            }
            Opcode::CallFunctionEx => {
                let kwargs = if arg & 1 != 0 {
                    frame.pop()
                } else {
                    Value::NULL
                };
                let args = frame.pop();
                let self_or_null = frame.pop();
                let callable = frame.pop();
                let r = call_function_ex(vm, callable, self_or_null, args, kwargs)?;
                frame.push(r);
            }
            Opcode::MakeFunction => {
                let code = frame.pop();
                let closure = if arg & make_function::CLOSURE != 0 {
                    frame.pop()
                } else {
                    Value::NONE
                };
                let annotations = if arg & make_function::ANNOTATIONS != 0 {
                    frame.pop()
                } else {
                    Value::NULL
                };
                let kwdefaults = if arg & make_function::KWDEFAULTS != 0 {
                    frame.pop()
                } else {
                    Value::NONE
                };
                let defaults = if arg & make_function::DEFAULTS != 0 {
                    frame.pop()
                } else {
                    Value::NONE
                };
                let f = make_function_value(vm, code, frame.globals, defaults, kwdefaults, closure);
                if !annotations.is_null() {
                    if let ObjData::Function(func) = &f.obj().data {
                        *func.annotations.write() = annotations;
                    }
                }
                frame.push(f);
            }
            Opcode::ReturnValue => {
                let v = frame.pop();
                return Ok(FrameExit::Return(v));
            }
            Opcode::YieldValue => {
                let v = frame.pop();
                frame.pc = pc;
                return Ok(FrameExit::Yield(v));
            }
            Opcode::GetYieldFromIter => {
                let v = frame.pop();
                let it = if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Generator(_))) {
                    v
                } else {
                    vm.iter(v)?
                };
                frame.push(it);
            }
            Opcode::YieldFrom => {
                let sent = frame.pop();
                let sub = frame.top();
                match yield_from_step(vm, sub, sent)? {
                    Ok(yielded) => return Ok(FrameExit::Yield(yielded)),
                    Err(result) => {
                        frame.pop();
                        frame.push(result);
                    }
                }
            }
            Opcode::RaiseVarargs => return Err(raise(vm, frame, arg)),
            Opcode::PushExcInfo => {
                let exc = frame.pop();
                frame.push(vm.handled);
                frame.push(exc);
                vm.handled = exc;
            }
            Opcode::PopExcept => {
                vm.handled = frame.pop();
            }
            Opcode::CheckExcMatch => {
                let class = frame.pop();
                let exc = frame.top();
                let m = exception_matches(vm, exc, class)?;
                frame.push(Value::bool(m));
            }
            Opcode::Reraise => {
                let exc = frame.pop();
                vm.skip_traceback = true;
                return Err(PyErr { exc });
            }
            Opcode::LoadAssertionError => frame.push(vm.types().exc("AssertionError")),
            Opcode::BeforeWith => {
                let mgr = frame.pop();
                let (exit, entered) = ops::before_with(vm, mgr)?;
                frame.push(exit);
                frame.push(entered);
            }
            Opcode::WithExceptStart => {
                let exc = frame.top();
                let exit = frame.peek(4);
                let class = vm.type_of(exc);
                let tb = crate::builtins::traceback::traceback_of(vm, exc);
                let r = vm.call(exit, &[class, exc, tb])?;
                frame.push(r);
            }
            Opcode::ImportName => {
                let fromlist = frame.pop();
                let level = frame.pop();
                let m = super::import::import_name(vm, names[arg as usize], level, fromlist)?;
                frame.push(m);
            }
            Opcode::ImportFrom => {
                let module = frame.top();
                let v = super::import::import_from(vm, module, names[arg as usize])?;
                frame.push(v);
            }
            Opcode::ImportStar => {
                let module = frame.pop();
                let ns = namespace(frame);
                super::import::import_star(vm, module, ns)?;
            }
            Opcode::LoadBuildClass => {
                let name = vm.intern("__build_class__");
                let v = load_global(vm, frame, name)?;
                frame.push(v);
            }
        }
    }
}

/// A LoadAttr variant's guard failed: count the miss, run the generic
/// lookup.
#[cold]
fn load_attr_miss(
    vm: &mut Vm,
    units: &[crate::sync::AtomicU64],
    pc: usize,
    word: u64,
    obj: Value,
    name: Value,
) -> PyResult<Value> {
    specialize::miss(units, pc, word);
    vm.getattr(obj, name)
}

fn can_iterate(vm: &mut Vm, v: Value) -> bool {
    vm.iter(v).is_ok()
}

/// Pops the top `n` values, in stack order.
#[inline]
fn take_top(frame: &mut Frame, n: usize) -> Vec<Value> {
    let at = frame.slots.len() - n;
    frame.slots.split_off(at)
}

#[inline]
fn binary_op(vm: &mut Vm, arg: u32, lhs: Value, rhs: Value) -> PyResult<Value> {
    let (kind, inplace) = BinaryOpKind::from_oparg(arg).expect("bad binary oparg");
    if lhs.is_small_int() && rhs.is_small_int() {
        let (a, b) = (lhs.as_small_int(), rhs.as_small_int());
        let r = match kind {
            BinaryOpKind::Add => Some(a + b),
            BinaryOpKind::Subtract => Some(a - b),
            BinaryOpKind::Multiply => a.checked_mul(b),
            _ => None,
        };
        if let Some(v) = r.and_then(Value::small_int) {
            return Ok(v);
        }
    } else if lhs.is_float() && rhs.is_float() {
        let (a, b) = (lhs.as_float(), rhs.as_float());
        match kind {
            BinaryOpKind::Add => return Ok(Value::float(a + b)),
            BinaryOpKind::Subtract => return Ok(Value::float(a - b)),
            BinaryOpKind::Multiply => return Ok(Value::float(a * b)),
            BinaryOpKind::TrueDivide if b != 0.0 => return Ok(Value::float(a / b)),
            _ => {}
        }
    }
    ops::binary_op(vm, kind, inplace, lhs, rhs)
}

/// One step of `yield from`: `Ok(Ok(v))` when the sub-iterator yielded v,
/// `Ok(Err(r))` when it finished with result r.
fn yield_from_step(vm: &mut Vm, sub: Value, sent: Value) -> PyResult<Result<Value, Value>> {
    if matches!(sub.as_obj().map(|o| &o.data), Some(ObjData::Generator(_))) {
        return Ok(match super::call::generator_resume(vm, sub, sent, None)? {
            super::call::GenStep::Yield(v) => Ok(v),
            super::call::GenStep::Return(v) => Err(v),
        });
    }
    let step = if sent.is_none() {
        vm.next(sub)
    } else {
        vm.call_method(sub, "send", &[sent]).map(Some)
    };
    match step {
        Ok(Some(v)) => Ok(Ok(v)),
        Ok(None) => Ok(Err(Value::NONE)),
        Err(e) if vm.err_is(&e, "StopIteration") => Ok(Err(stop_iteration_value(vm, e.exc))),
        Err(e) => Err(e),
    }
}

/// `raise`, `raise exc`, `raise exc from cause`.
#[cold]
fn raise(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyErr {
    if arg == 0 {
        if vm.handled.is_none() {
            return vm.runtime_error("No active exception to reraise");
        }
        vm.skip_traceback = true;
        return PyErr { exc: vm.handled };
    }
    let cause = if arg == 2 { Some(frame.pop()) } else { None };
    let exc = frame.pop();
    let exc = match make_exception(vm, exc) {
        Ok(e) => e,
        Err(e) => return e,
    };
    if let Some(cause) = cause {
        let cause = if cause.is_none() {
            Value::NONE
        } else {
            match make_exception(vm, cause) {
                Ok(c) => c,
                Err(_) => return vm.type_error("exception causes must derive from BaseException"),
            }
        };
        let e = super::errors::as_exception(exc).expect("made an exception");
        e.cause.set(cause);
        e.suppress_context.store(true, Ordering::Relaxed);
    }
    vm.chain_context(exc);
    PyErr { exc }
}

/// An exception instance from what `raise` was given: an instance as is, a
/// class instantiated with no arguments.
pub fn make_exception(vm: &mut Vm, v: Value) -> Result<Value, PyErr> {
    let base = vm.types().exc("BaseException");
    if super::errors::as_exception(v).is_some() {
        return Ok(v);
    }
    if matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) && vm.is_subclass(v, base) {
        let inst = vm.call(v, &[])?;
        if super::errors::as_exception(inst).is_some() {
            return Ok(inst);
        }
        let t = vm.type_name(inst);
        let r = vm.repr_of(v)?;
        return Err(vm.type_error(format!(
            "calling {r} should have returned an instance of BaseException, not {t}"
        )));
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

fn exception_matches(vm: &mut Vm, exc: Value, class: Value) -> PyResult<bool> {
    let base = vm.types().exc("BaseException");
    let check = |vm: &mut Vm, c: Value| -> PyResult<bool> {
        if !matches!(c.as_obj().map(|o| &o.data), Some(ObjData::Type(_)))
            || !vm.is_subclass(c, base)
        {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(vm.isinstance(exc, c))
    };
    if let Some(ObjData::Tuple(items)) = class.as_obj().map(|o| &o.data) {
        let mut any = false;
        for &c in items.iter() {
            any |= check(vm, c)?;
        }
        return Ok(any);
    }
    check(vm, class)
}

fn call_function_ex(
    vm: &mut Vm,
    callable: Value,
    self_or_null: Value,
    args: Value,
    kwargs: Value,
) -> PyResult<Value> {
    let mut all: Vec<Value> = Vec::new();
    if !self_or_null.is_null() {
        all.push(self_or_null);
    }
    match args.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => all.extend_from_slice(t),
        _ => match vm.collect(args) {
            Ok(items) => all.extend(items),
            Err(e) if vm.err_is(&e, "TypeError") && !can_iterate(vm, args) => {
                let (f, t) = (
                    crate::builtins::dict::function_str(vm, callable),
                    vm.type_name(args),
                );
                return Err(
                    vm.type_error(format!("{f} argument after * must be an iterable, not {t}"))
                );
            }
            Err(e) => return Err(e),
        },
    }
    let mut kwnames = Vec::new();
    if !kwargs.is_null() {
        if let ObjData::Dict(d) = &kwargs.obj().data {
            for e in d.entries() {
                if vm.as_str(e.key).is_none() {
                    return Err(vm.type_error("keywords must be strings"));
                }
                kwnames.push(e.key);
                all.push(e.value);
            }
        }
    }
    vm.call_kw(callable, &all, &kwnames)
}

/// Builds a function object for `MakeFunction`.
pub fn make_function_value(
    vm: &mut Vm,
    code: Value,
    globals: Value,
    defaults: Value,
    kwdefaults: Value,
    closure: Value,
) -> Value {
    let ObjData::Code(co) = &code.obj().data else {
        unreachable!("MakeFunction needs code")
    };
    let qualname = vm.new_str(co.code.qualname.as_str());
    let doc = match &co.code.doc {
        Some(d) => vm.new_str(d.as_str()),
        None => Value::NONE,
    };
    let module = vm
        .dict_get_str(globals, vm.interp.names.dunder_name)
        .unwrap_or(Value::NONE);
    let class = vm.types().function;
    vm.alloc(
        class,
        ObjData::Function(Box::new(FunctionObj {
            code,
            globals,
            name: RwLock::new(co.name),
            qualname: RwLock::new(qualname),
            defaults: RwLock::new(defaults),
            kwdefaults: RwLock::new(kwdefaults),
            closure,
            doc: RwLock::new(doc),
            module,
            dict: RwLock::new(Value::NULL),
            annotations: RwLock::new(Value::NULL),
            version: crate::sync::AtomicU32::new(crate::object::next_function_version()),
        })),
    )
}
