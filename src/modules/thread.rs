//! `_thread`: OS threads that run Python functions, and the lock type that
//! `threading` builds everything else from.
//!
//! There is no global lock: a new thread gets its own `Vm` on the shared
//! interpreter state and runs at the same time as every other thread. A
//! thread blocked in `lock.acquire()` waits on a condition variable.

use std::cell::Cell;
use std::time::{Duration, Instant};

use crate::builtins::functions::Params;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ExtData, ObjData, Value};
use crate::sync::{AtomicU64, AtomicUsize, Condvar, Mutex, Ordering};

use super::{add_function, add_value};

/// The largest timeout `acquire` takes, in seconds (CPython's figure on
/// 64-bit Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// Thread identifiers: handed out once per thread, never 0, never reused.
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);
/// Threads started by `start_new_thread` that have not finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// The calling thread's identifier (assigned on first use).
pub fn current_ident() -> u64 {
    IDENT.with(|id| {
        if id.get() == 0 {
            id.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
        }
        id.get()
    })
}

/// A Python lock: not owned by a thread, so any thread may release it.
pub struct LockObj {
    locked: Mutex<bool>,
    freed: Condvar,
}

impl ExtData for LockObj {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
}

impl LockObj {
    fn new() -> LockObj {
        LockObj {
            locked: Mutex::new(false),
            freed: Condvar::new(),
        }
    }

    /// Takes the lock, waiting up to `timeout` (forever when `None`, not
    /// at all when zero); returns whether it was taken.
    fn acquire(&self, timeout: Option<Duration>) -> bool {
        let mut locked = self.locked.lock();
        match timeout {
            None => {
                while *locked {
                    self.freed.wait(&mut locked);
                }
            }
            Some(t) => {
                let deadline = Instant::now() + t;
                while *locked {
                    if self.freed.wait_until(&mut locked, deadline).timed_out() && *locked {
                        return false;
                    }
                }
            }
        }
        *locked = true;
        true
    }

    /// Frees the lock; false if it was not held.
    fn release(&self) -> bool {
        let mut locked = self.locked.lock();
        if !*locked {
            return false;
        }
        *locked = false;
        drop(locked);
        self.freed.notify_one();
        true
    }
}

fn lock_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'static LockObj> {
    let lock = args
        .pos
        .first()
        .and_then(|v| v.as_obj()?.data.ext::<LockObj>());
    match lock {
        Some(l) => Ok(l),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for '_thread.lock' objects doesn't apply to this object"
        ))),
    }
}

const ACQUIRE_PARAMS: Params = Params {
    fname: "acquire",
    names: &["blocking", "timeout"],
    posonly: 0,
    maxpos: 2,
    required: 0,
    varargs: false,
};

/// `acquire(blocking=True, timeout=-1)` as a timeout: `Some(0)` for a
/// non-blocking try, `None` to wait forever.
fn acquire_timeout(vm: &mut Vm, args: &Args) -> PyResult<Option<Duration>> {
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
        bound: args.bound,
    };
    let a = ACQUIRE_PARAMS.bind(vm, &rest)?;
    let blocking = match a[0] {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let timeout = match a[1] {
        Some(t) => vm.to_f64(t)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Some(Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout < 0.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_error(
            "OverflowError",
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(Some(Duration::from_secs_f64(timeout)))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args, "acquire")?;
    let timeout = acquire_timeout(vm, &args)?;
    Ok(Value::bool(lock.acquire(timeout)))
}

fn lock_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args, "__enter__")?;
    Ok(Value::bool(lock.acquire(None)))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args, "release")?;
    if !lock.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args, "locked")?;
    Ok(Value::bool(*lock.locked.lock()))
}

fn lock_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args, "__repr__")?;
    let state = if *lock.locked.lock() {
        "locked"
    } else {
        "unlocked"
    };
    let addr = args.pos[0].to_bits();
    Ok(vm.new_str(format!("<{state} _thread.lock object at {addr:#x}>")))
}

fn lock_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

fn allocate_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "allocate_lock", 0, 0)?;
    let class = args.bound;
    Ok(vm.alloc(class, ObjData::Ext(Box::new(LockObj::new()))))
}

fn get_ident(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "get_ident", 0, 0)?;
    Ok(vm.new_int(current_ident() as i64))
}

fn count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_int(RUNNING.load(Ordering::Relaxed) as i64))
}

/// `start_new_thread(function, args[, kwargs])`: runs the call on a new OS
/// thread with its own `Vm`; returns the new thread's identifier. An
/// exception other than SystemExit that escapes is printed to stderr.
fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "start_new_thread")?;
    crate::builtins::check_arity(vm, &args, "start_new_thread", 2, 3)?;
    let (func, fargs) = (args.pos[0], args.pos[1]);
    if !crate::builtins::functions::objects::is_callable(vm, func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Some(ObjData::Tuple(pos)) = fargs.as_obj().map(|o| &o.data) else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let mut call_args: Vec<Value> = pos.to_vec();
    let mut kwnames = Vec::new();
    if let Some(&kw) = args.pos.get(2) {
        let Some(ObjData::Dict(d)) = kw.as_obj().map(|o| &o.data) else {
            return Err(vm.type_error("optional 3rd arg must be a dictionary"));
        };
        for e in d.entries() {
            kwnames.push(e.key);
            call_args.push(e.value);
        }
    }
    let ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    let interp = vm.interp.clone();
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new().spawn(move || {
        IDENT.with(|id| id.set(ident));
        let mut vm = Vm::new(interp);
        if let Err(e) = vm.call_kw(func, &call_args, &kwnames) {
            if !vm.err_is(&e, "SystemExit") {
                let f = vm.repr_of(func).unwrap_or_default();
                let text = vm.format_exception(e.exc);
                eprint!("Unhandled exception in thread started by {f}\n{text}");
            }
        }
        RUNNING.fetch_sub(1, Ordering::Relaxed);
    });
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::Relaxed);
        return Err(vm.runtime_error(format!("can't start new thread: {e}")));
    }
    Ok(vm.new_int(ident as i64))
}

/// `_format_exception(exc)`: the traceback text CPython's excepthook
/// prints (for `threading.excepthook`).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "_format_exception", 1, 1)?;
    let text = vm.format_exception(args.pos[0]);
    Ok(vm.new_str(text))
}

fn stack_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "stack_size", 0, 1)?;
    Ok(Value::small_int(0).expect("0 is small"))
}

/// Fills in `_thread`.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let interp = vm.interp.clone();
    let lock = super::native_type(
        vm,
        "lock",
        "_thread",
        crate::object::types::type_flags::NO_INSTANCE_DICT
            | crate::object::types::type_flags::NATIVE_EXT,
    );
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("__new__", lock_new),
        ("acquire", lock_acquire),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__enter__", lock_enter),
        ("__exit__", lock_release),
        ("__repr__", lock_repr),
    ];
    for &(name, f) in methods {
        crate::builtins::add_method(&interp, lock, name, f);
    }
    add_value(vm, module, "LockType", lock);
    let alloc = crate::builtins::native(&interp, "allocate_lock", allocate_lock, module, lock);
    add_value(vm, module, "allocate_lock", alloc);
    add_function(vm, module, "start_new_thread", start_new_thread);
    add_function(vm, module, "get_ident", get_ident);
    add_function(vm, module, "get_native_id", get_ident);
    add_function(vm, module, "_count", count);
    add_function(vm, module, "_format_exception", format_exception);
    add_function(vm, module, "stack_size", stack_size);
    let error = vm.types().exc("RuntimeError");
    add_value(vm, module, "error", error);
    add_value(vm, module, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
    Ok(())
}
