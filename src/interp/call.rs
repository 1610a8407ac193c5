//! Calls: dispatch on the callable, binding arguments to parameters with
//! CPython's error messages, frames for Python functions, generators, and
//! the recursion limit.

use crate::bytecode::code::flags;
use crate::object::{AtomicValue, GeneratorObj, ObjData, Value};
use crate::sync::{AtomicBool, Mutex, Ordering};

use super::eval::run_frame;
use super::frame::{Frame, FrameExit};
use super::{Args, PyResult, Vm};

/// Free stack below which a Python-level call switches to a new stack
/// segment, and the size of each segment. Deep recursion (the recursion
/// limit can be raised to 100,000 and more) never overflows the native
/// stack: it gets RecursionError from the limit instead.
const RED_ZONE: usize = 256 * 1024;
const STACK_SEGMENT: usize = 16 * 1024 * 1024;

impl Vm {
    /// Calls `callable(*args)`.
    pub fn call(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, &[])
    }

    /// Calls with keyword arguments: the last `kwnames.len()` values of
    /// `args` are the keyword values.
    pub fn call_kw(
        &mut self,
        callable: Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let Some(obj) = callable.as_obj() else {
            return Err(self.not_callable(callable));
        };
        match &obj.data {
            ObjData::Function(_) => call_function(self, callable, args, kwnames),
            ObjData::Native(n) => {
                let npos = args.len() - kwnames.len();
                let a = Args {
                    pos: &args[..npos],
                    kwnames,
                    kwvalues: &args[npos..],
                    bound: n.bound,
                };
                (n.func)(self, a)
            }
            ObjData::BoundMethod(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver);
                all.extend_from_slice(args);
                self.call_kw(m.func, &all, kwnames)
            }
            ObjData::Type(_) => crate::builtins::type_call(self, callable, args, kwnames),
            ObjData::StaticMethod(f) => self.call_kw(*f, args, kwnames),
            ObjData::GenericAlias { .. } => {
                crate::builtins::generic_alias::call(self, callable, args, kwnames)
            }
            _ => {
                if let Some(f) = self.lookup_dunder(callable, "__call__") {
                    if !crate::builtins::attrs::is_method_descr(f) {
                        // A property or other descriptor: bind, then call.
                        let bound = crate::builtins::attrs::bind(self, f, callable)?;
                        return self.call_kw(bound, args, kwnames);
                    }
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(callable);
                    all.extend_from_slice(args);
                    return self.call_kw(f, &all, kwnames);
                }
                Err(self.not_callable(callable))
            }
        }
    }

    /// A cleared vector with room for `capacity` frame slots, reused from
    /// frames that finished on this thread (a call then allocates nothing
    /// for its locals and stack).
    #[inline]
    pub fn take_slots(&mut self, capacity: usize) -> Vec<Value> {
        match self.slot_pool.pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity.max(16)),
        }
    }

    /// Returns a finished frame's slot vector to this thread's pool.
    #[inline]
    pub fn recycle_slots(&mut self, mut slots: Vec<Value>) {
        const POOL_MAX: usize = 64;
        if self.slot_pool.len() < POOL_MAX && slots.capacity() <= 4096 {
            slots.clear();
            self.slot_pool.push(slots);
        }
    }

    fn not_callable(&mut self, v: Value) -> super::PyErr {
        let t = self.type_name(v);
        self.type_error(format!("'{t}' object is not callable"))
    }

    /// Runs a fresh frame to completion, enforcing the recursion limit.
    pub fn run_new_frame(&mut self, mut frame: Frame) -> PyResult<Value> {
        if self.depth >= self.recursion_limit() {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let result = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || run_frame(self, &mut frame));
        self.depth -= 1;
        self.recycle_slots(std::mem::take(&mut frame.slots));
        match result? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => unreachable!("a plain frame cannot yield"),
        }
    }
}

/// Calls a Python function.
pub fn call_function(
    vm: &mut Vm,
    func: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    let frame = new_function_frame(vm, func, args, kwnames)?;
    if frame.code_obj().code.flags & flags::GENERATOR != 0 {
        return Ok(make_generator(vm, func, frame));
    }
    vm.run_new_frame(frame)
}

/// Builds the frame for a call of a Python function: binds the arguments
/// and makes the cells.
pub fn new_function_frame(
    vm: &mut Vm,
    func: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Frame> {
    let ObjData::Function(f) = &func.obj().data else {
        unreachable!("new_function_frame on a non-function")
    };
    let ObjData::Code(co) = &f.code.obj().data else {
        unreachable!("function code is a code object")
    };
    let code = &co.code;
    let nlocals = code.varnames.len();
    let mut slots = vm.take_slots(nlocals + code.max_stack as usize + 1);
    let nargs = args.len() - kwnames.len();
    let simple = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && kwnames.is_empty()
        && nargs == code.arg_count as usize
        && code.kwonly_count == 0;
    if simple {
        slots.extend_from_slice(args);
        slots.resize(nlocals, Value::NULL);
    } else {
        slots.resize(nlocals, Value::NULL);
        bind_arguments(vm, f, code, &mut slots, args, kwnames)?;
    }
    let mut cells = Vec::new();
    let ncell = code.cellvars.len();
    if ncell + code.freevars.len() > 0 {
        cells.reserve(ncell + code.freevars.len());
        for i in 0..ncell {
            let initial = match code.cell_params.get(i).copied().flatten() {
                Some(p) => std::mem::replace(&mut slots[p as usize], Value::NULL),
                None => Value::NULL,
            };
            let class = vm.types().cell;
            cells.push(vm.alloc(class, ObjData::Cell(AtomicValue::new(initial))));
        }
        cells.extend_from_slice(vm.tuple_items(f.closure));
    }
    let builtins = vm.interp.builtins;
    Ok(Frame {
        code: f.code,
        globals: f.globals,
        builtins,
        locals_map: Value::NULL,
        slots,
        nlocals,
        cells,
        pc: 0,
    })
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
fn name_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

fn bind_arguments(
    vm: &mut Vm,
    f: &crate::object::FunctionObj,
    code: &crate::bytecode::CodeObject,
    slots: &mut [Value],
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<()> {
    let qualname = vm.str_of(*f.qualname.read())?;
    let nargs = args.len() - kwnames.len();
    let argcount = code.arg_count as usize;
    let kwonly = code.kwonly_count as usize;
    let posonly = code.posonly_count as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let varargs_idx = argcount + kwonly;
    let varkw_idx = varargs_idx + has_varargs as usize;

    let npos = nargs.min(argcount);
    slots[..npos].copy_from_slice(&args[..npos]);
    if has_varargs {
        let extra = args[npos..nargs].to_vec();
        slots[varargs_idx] = vm.new_tuple(extra);
    }
    let kwdict = if has_varkw {
        let d = vm.new_dict();
        slots[varkw_idx] = d;
        Some(d)
    } else {
        None
    };

    let mut posonly_as_kw = Vec::new();
    for (i, &name) in kwnames.iter().enumerate() {
        let value = args[nargs + i];
        let Some(name_str) = vm.as_str(name) else {
            return Err(vm.type_error("keywords must be strings"));
        };
        let found = code.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|v| v == name_str);
        match found {
            Some(j) => {
                let idx = posonly + j;
                if !slots[idx].is_null() {
                    return Err(vm.type_error(format!(
                        "{qualname}() got multiple values for argument '{name_str}'"
                    )));
                }
                slots[idx] = value;
            }
            None => match kwdict {
                Some(d) => vm.dict_set(d, name, value)?,
                None => {
                    if code.varnames[..posonly].iter().any(|v| v == name_str) {
                        posonly_as_kw.push(name_str);
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{name_str}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        let names = posonly_as_kw.join(", ");
        return Err(vm.type_error(format!(
            "{qualname}() got some positional-only arguments passed as keyword arguments: '{names}'"
        )));
    }

    if nargs > argcount && !has_varargs {
        let defaults = vm.tuple_items(*f.defaults.read()).len();
        let kw_given = kwnames
            .iter()
            .filter(|n| {
                vm.as_str(**n).is_some_and(|s| {
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == s)
                })
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {argcount} positional arguments",
                argcount - defaults
            )
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kw_given > 0 {
            format!(
                "{} (and {}) were given",
                plural(nargs, "positional argument"),
                plural(kw_given, "keyword-only argument")
            )
        } else if nargs == 1 {
            "1 was given".to_string()
        } else {
            format!("{nargs} were given")
        };
        return Err(vm.type_error(format!("{qualname}() takes {takes} but {given}")));
    }

    // Defaults for missing positional parameters.
    let defaults = vm.tuple_items(*f.defaults.read());
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in npos..argcount {
        if slots[i].is_null() {
            if i >= first_default {
                slots[i] = defaults[i - first_default];
            } else {
                missing.push(code.varnames[i].as_str());
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() missing {} {}: {}",
            missing.len(),
            if missing.len() == 1 {
                "required positional argument"
            } else {
                "required positional arguments"
            },
            name_list(&missing)
        )));
    }
    // Keyword-only defaults.
    let kwdefaults = *f.kwdefaults.read();
    #[allow(clippy::needless_range_loop)] // `i` also names the parameter
    for i in argcount..argcount + kwonly {
        if slots[i].is_null() {
            let name = vm.intern(&code.varnames[i]);
            let default = if kwdefaults.is_none() || kwdefaults.is_null() {
                None
            } else {
                vm.dict_get_str(kwdefaults, name)
            };
            match default {
                Some(v) => slots[i] = v,
                None => missing.push(code.varnames[i].as_str()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{qualname}() missing {} {}: {}",
            missing.len(),
            if missing.len() == 1 {
                "required keyword-only argument"
            } else {
                "required keyword-only arguments"
            },
            name_list(&missing)
        )));
    }
    Ok(())
}

// ----- generators -----------------------------------------------------------

fn make_generator(vm: &mut Vm, func: Value, frame: Frame) -> Value {
    let ObjData::Function(f) = &func.obj().data else {
        unreachable!()
    };
    let name = *f.name.read();
    let qualname = *f.qualname.read();
    let class = vm.types().generator;
    vm.alloc(
        class,
        ObjData::Generator(Box::new(GeneratorObj {
            frame: Mutex::new(Some(Box::new(frame))),
            running: AtomicBool::new(false),
            name,
            qualname,
            code: f.code,
            started: AtomicBool::new(false),
            handled: crate::object::AtomicValue::new(Value::NONE),
        })),
    )
}

/// How a generator step ended.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

fn generator_obj(gen: Value) -> &'static GeneratorObj {
    match &gen.obj().data {
        ObjData::Generator(g) => g,
        _ => unreachable!("not a generator"),
    }
}

/// Resumes a generator with `value` sent in (or with `throw` raised at the
/// suspension point).
pub fn generator_resume(
    vm: &mut Vm,
    gen: Value,
    value: Value,
    throw: Option<super::PyErr>,
) -> PyResult<GenStep> {
    let g = generator_obj(gen);
    if g.running.swap(true, Ordering::Acquire) {
        return Err(vm.value_error("generator already executing"));
    }
    let taken = g.frame.lock().take();
    let Some(mut frame) = taken else {
        g.running.store(false, Ordering::Release);
        return match throw {
            Some(e) => Err(e),
            None => Ok(GenStep::Return(Value::NONE)),
        };
    };
    let first = !g.started.swap(true, Ordering::Relaxed);
    if first && !value.is_none() && throw.is_none() {
        g.started.store(false, Ordering::Relaxed);
        *g.frame.lock() = Some(frame);
        g.running.store(false, Ordering::Release);
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    // A generator suspended inside an except block handles that exception
    // again while it runs; otherwise it sees its caller's.
    let caller_handled = vm.handled;
    let own = g.handled.get();
    if !own.is_none() {
        g.handled.set(Value::NONE);
        vm.handled = own;
    }
    let result = if vm.depth >= vm.recursion_limit() {
        Err(vm.new_error("RecursionError", "maximum recursion depth exceeded"))
    } else {
        vm.depth += 1;
        let r = stacker::maybe_grow(RED_ZONE, STACK_SEGMENT, || match throw {
            Some(err) => super::eval::throw_into_frame(vm, &mut frame, err),
            None => {
                if !first {
                    frame.push(value);
                }
                run_frame(vm, &mut frame)
            }
        });
        vm.depth -= 1;
        r
    };
    if matches!(result, Ok(FrameExit::Yield(_))) && vm.handled != caller_handled {
        g.handled.set(vm.handled);
    }
    vm.handled = caller_handled;
    let step = match result {
        Ok(FrameExit::Yield(v)) => {
            *g.frame.lock() = Some(frame);
            Ok(GenStep::Yield(v))
        }
        Ok(FrameExit::Return(v)) => Ok(GenStep::Return(v)),
        Err(e) => {
            if vm.err_is(&e, "StopIteration") {
                let new = vm.runtime_error("generator raised StopIteration");
                new.exception().cause.set(e.exc);
                new.exception().context.set(e.exc);
                new.exception()
                    .suppress_context
                    .store(true, Ordering::Relaxed);
                Err(new)
            } else {
                Err(e)
            }
        }
    };
    g.running.store(false, Ordering::Release);
    step
}

/// `gen.send(value)`: the yielded value, or StopIteration(return value).
pub fn generator_send(vm: &mut Vm, gen: Value, value: Value) -> PyResult<Value> {
    match generator_resume(vm, gen, value, None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `gen.close()`.
pub fn generator_close(vm: &mut Vm, gen: Value) -> PyResult<()> {
    let g = generator_obj(gen);
    if g.frame.lock().is_none() {
        return Ok(());
    }
    if !g.started.load(Ordering::Relaxed) {
        g.frame.lock().take();
        return Ok(());
    }
    let exit = vm.new_error_empty("GeneratorExit");
    match generator_resume(vm, gen, Value::NONE, Some(exit)) {
        Ok(GenStep::Yield(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(GenStep::Return(_)) => Ok(()),
        Err(e) if vm.err_is(&e, "GeneratorExit") || vm.err_is(&e, "StopIteration") => Ok(()),
        Err(e) => Err(e),
    }
}
