//! The `time` module: clocks and `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, PyResult, Vm};
use crate::object::Value;

use super::add_function;

/// The process-wide origin of the monotonic clocks.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn monotonic_ns() -> u128 {
    origin().elapsed().as_nanos()
}

fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 0, 0)
}

fn int_ns(vm: &mut Vm, ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(n) => vm.new_int(n),
        Err(_) => vm.new_bigint(num_bigint::BigInt::from(ns)),
    }
}

fn t_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.time")?;
    Ok(Value::float(wall_ns() as f64 * 1e-9))
}

fn t_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.time_ns")?;
    Ok(int_ns(vm, wall_ns()))
}

fn t_monotonic(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.monotonic")?;
    Ok(Value::float(monotonic_ns() as f64 * 1e-9))
}

fn t_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.monotonic_ns")?;
    Ok(int_ns(vm, monotonic_ns() as i128))
}

fn t_perf_counter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.perf_counter")?;
    Ok(Value::float(monotonic_ns() as f64 * 1e-9))
}

fn t_perf_counter_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.perf_counter_ns")?;
    Ok(int_ns(vm, monotonic_ns() as i128))
}

/// CPU time of this process (user + system), from /proc when available.
fn process_ns() -> u128 {
    // /proc/self/stat fields 14 and 15 are utime and stime in clock ticks
    // (100 Hz on Linux).
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        if let Some(rest) = stat.rsplit(')').next() {
            let fields: Vec<&str> = rest.split_whitespace().collect();
            // `rest` starts at field 3 (state).
            if let (Some(u), Some(s)) = (fields.get(11), fields.get(12)) {
                if let (Ok(u), Ok(s)) = (u.parse::<u128>(), s.parse::<u128>()) {
                    return (u + s) * 10_000_000;
                }
            }
        }
    }
    monotonic_ns()
}

fn t_process_time(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.process_time")?;
    Ok(Value::float(process_ns() as f64 * 1e-9))
}

fn t_process_time_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "time.process_time_ns")?;
    Ok(int_ns(vm, process_ns() as i128))
}

fn t_sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "time.sleep")?;
    check_arity(vm, &args, "time.sleep", 1, 1)?;
    let v = args.pos[0];
    let secs = if v.is_float() || crate::object::hashing::int_view(v).is_some() {
        vm.to_f64(v)?
    } else {
        match vm.call_dunder(v, "__float__", &[])? {
            Some(f) if f.is_float() => f.as_float(),
            _ => {
                let t = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if secs > 1e15 {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    if secs > 0.0 {
        std::thread::sleep(Duration::from_secs_f64(secs));
    }
    Ok(Value::NONE)
}

/// Fills in the `time` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    origin();
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_monotonic),
        ("monotonic_ns", t_monotonic_ns),
        ("perf_counter", t_perf_counter),
        ("perf_counter_ns", t_perf_counter_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("sleep", t_sleep),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
