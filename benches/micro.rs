//! Microbenchmarks: each specialization family's fast path against its
//! generic path, and the evaluation loop's cost per instruction.
//!
//! ```sh
//! cargo bench --bench micro            # everything (about 2 minutes)
//! cargo bench --bench micro -- load_attr   # groups whose name matches
//! ```
//!
//! One Python module (`SOURCE` below) defines a function per family: a loop
//! of `n` iterations whose body is mostly that family's instruction. The
//! module is run twice, in two interpreters: once with specialization on
//! (`on`) and once after `weft::specialize::set_enabled(false)` (`off`).
//! The switch is process-wide and is read when an instruction warms up, so
//! every benchmark sets it to its own variant before it runs: the `off`
//! code only ever runs with the switch off and stays generic, the `on` code
//! only with it on.
//!
//! Each benchmark calls its function once per criterion iteration through
//! `Interpreter::call_repr` with `n = N`; the `host_call` group measures
//! that call on its own (a function that returns at once), so its cost
//! (a small fraction of a loop of `N`) can be set against the rest. Every
//! group has a throughput in elements: the family's instructions per call
//! (`N` times `OPS` per iteration), so criterion's `thrpt` line is the rate
//! of that instruction with the loop around it. After the run a Markdown
//! table (ns per operation, on / off / off÷on) goes to stdout and to
//! `bench-results/micro.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use criterion::{Criterion, Throughput};
use weft::specialize;
use weft::Interpreter;

/// The module name the benchmark functions live in.
const MODULE: &str = "weft_micro";

/// Loop iterations per call.
const N: i64 = 10_000;

/// One benchmark group: `function(N)` runs `ops` of the family's
/// instruction per iteration (the `op` column of the table counts those).
struct Family {
    group: &'static str,
    function: &'static str,
    ops: u64,
}

const fn family(group: &'static str, function: &'static str, ops: u64) -> Family {
    Family {
        group,
        function,
        ops,
    }
}

/// Every family, with how many of its instructions one loop iteration runs.
const FAMILIES: &[Family] = &[
    family("load_attr_instance", "load_attr_instance", 4),
    // An inner loop over four instances of three sibling classes: 4 x 4
    // reads at one pair of sites per outer iteration, N / 4 outer ones.
    family("load_attr_polymorphic", "load_attr_polymorphic", 4),
    family("load_attr_property", "load_attr_property", 2),
    family("load_attr_module", "load_attr_module", 4),
    // LoadMethod plus the call of the method it found.
    family("load_method", "load_method", 2),
    family("store_attr_instance", "store_attr", 4),
    family("load_global_module", "load_global_module", 4),
    family("load_global_builtin", "load_global_builtin", 4),
    family("binary_op_int_add", "binary_op_int_add", 4),
    family("binary_op_float_mul", "binary_op_float_mul", 4),
    family("compare_op_int", "compare_op_int", 4),
    family("binary_subscr_list_int", "binary_subscr_list_int", 4),
    family("binary_subscr_dict_str", "binary_subscr_dict_str", 4),
    family("store_subscr_list_int", "store_subscr_list_int", 4),
    family("store_subscr_dict_str", "store_subscr_dict_str", 4),
    family("call_py_exact_args", "call_py_exact_args", 2),
    family("call_builtin_len", "call_builtin_len", 4),
    family("for_iter_range", "for_iter_range", 1),
    family("unpack_sequence_2tuple", "unpack_sequence_2tuple", 4),
    // Instructions per iteration of `dispatch`'s loop, as `weft -m dis`
    // lists them: ForIter, StoreFast (the loop variable), eight statements
    // `x = y` of LoadFast + StoreFast each (16), JumpBackward: 19. The
    // time per "op" is the time per bytecode instruction.
    family("dispatch", "dispatch", DISPATCH_INSTRUCTIONS),
];

/// See the `dispatch` entry of `FAMILIES`.
const DISPATCH_INSTRUCTIONS: u64 = 19;

/// The benchmark functions. Locals hold the operands, so each loop body
/// is the family's instruction between LoadFast and StoreFast (`t = ...`).
const SOURCE: &str = r#"
import math

G = 7


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Base:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SibA(Base):
    def __init__(self, x, y):
        Base.__init__(self, x, y)
        self.a = "a"


class SibB(Base):
    def __init__(self, x, y):
        Base.__init__(self, x, y)
        self.b = "b"
        self.bb = "bb"


class SibC(Base):
    pass


class Prop:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v


class Meth:
    def __init__(self, k):
        self.k = k

    def get(self):
        return self.k


def add1(x):
    return x + 1


def noop(n):
    return n


def load_attr_instance(n):
    o = P(1, 2)
    t = 0
    for _ in range(n):
        t = o.x
        t = o.y
        t = o.x
        t = o.y
    return t


def load_attr_polymorphic(n):
    objs = (SibA(1, 2), SibB(3, 4), SibC(5, 6), SibA(7, 8))
    t = 0
    for _ in range(n // 4):
        for o in objs:
            t = o.x
            t = o.y
            t = o.x
            t = o.y
    return t


def load_attr_property(n):
    o = Prop(3)
    t = 0
    for _ in range(n):
        t = o.v
        t = o.v
    return t


def load_attr_module(n):
    t = 0
    for _ in range(n):
        t = math.pi
        t = math.e
        t = math.pi
        t = math.e
    return t


def load_method(n):
    o = Meth(5)
    t = 0
    for _ in range(n):
        t = o.get()
        t = o.get()
    return t


def store_attr(n):
    o = P(1, 2)
    for i in range(n):
        o.x = i
        o.y = i
        o.x = i
        o.y = i
    return o.x


def load_global_module(n):
    t = 0
    for _ in range(n):
        t = G
        t = G
        t = G
        t = G
    return t


def load_global_builtin(n):
    t = 0
    for _ in range(n):
        t = len
        t = len
        t = len
        t = len
    return t is len


def binary_op_int_add(n):
    a = 3
    b = 4
    t = 0
    for _ in range(n):
        t = a + b
        t = a + b
        t = a + b
        t = a + b
    return t


def binary_op_float_mul(n):
    x = 1.5
    y = 2.5
    t = 0.0
    for _ in range(n):
        t = x * y
        t = x * y
        t = x * y
        t = x * y
    return t


def compare_op_int(n):
    a = 3
    b = 4
    t = False
    for _ in range(n):
        t = a < b
        t = a == b
        t = a < b
        t = a == b
    return t


def binary_subscr_list_int(n):
    lst = [1, 2, 3, 4]
    t = 0
    for _ in range(n):
        t = lst[0]
        t = lst[1]
        t = lst[2]
        t = lst[3]
    return t


def binary_subscr_dict_str(n):
    d = {"a": 1, "b": 2, "c": 3}
    t = 0
    for _ in range(n):
        t = d["a"]
        t = d["b"]
        t = d["c"]
        t = d["a"]
    return t


def store_subscr_list_int(n):
    lst = [0, 0, 0, 0]
    for i in range(n):
        lst[0] = i
        lst[1] = i
        lst[2] = i
        lst[3] = i
    return lst[3]


def store_subscr_dict_str(n):
    d = {"a": 1, "b": 2, "c": 3}
    for i in range(n):
        d["a"] = i
        d["b"] = i
        d["c"] = i
        d["a"] = i
    return d["a"]


def call_py_exact_args(n):
    t = 0
    for i in range(n):
        t = add1(i)
        t = add1(i)
    return t


def call_builtin_len(n):
    lst = [1, 2, 3]
    t = 0
    for _ in range(n):
        t = len(lst)
        t = len(lst)
        t = len(lst)
        t = len(lst)
    return t


def for_iter_range(n):
    t = 0
    for i in range(n):
        pass
    return t


def unpack_sequence_2tuple(n):
    tup = (1, 2)
    a = b = 0
    for _ in range(n):
        a, b = tup
        a, b = tup
        a, b = tup
        a, b = tup
    return a + b


def dispatch(n):
    a = 0
    b = 1
    c = 2
    d = 3
    for _ in range(n):
        a = b
        b = c
        c = d
        d = a
        a = b
        b = c
        c = d
        d = a
    return a + b + c + d
"#;

/// Runs `SOURCE` as `MODULE` in a fresh interpreter.
fn load() -> Interpreter {
    let interp = Interpreter::new();
    if let Err(e) = interp.run_module(SOURCE, "<weft_micro>", MODULE) {
        panic!("benchmark module failed:\n{e}");
    }
    interp
}

fn call(interp: &Interpreter, function: &str, n: i64) -> String {
    match interp.call_repr(MODULE, function, &[n]) {
        Ok(r) => r,
        Err(e) => panic!("{function}({n}) failed:\n{e}"),
    }
}

fn main() {
    let started = SystemTime::now();
    let out_dir = output_directory();
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_millis(1500))
        .sample_size(20)
        .output_directory(&out_dir)
        .configure_from_args();

    // Each interpreter's module body (class bodies, __init__ calls) runs
    // under its own setting too.
    specialize::set_enabled(true);
    let on = load();
    specialize::set_enabled(false);
    let off = load();
    // Both variants compute the same thing (one call each, under its own
    // setting).
    for f in FAMILIES {
        specialize::set_enabled(false);
        let generic = call(&off, f.function, N);
        specialize::set_enabled(true);
        let fast = call(&on, f.function, N);
        assert_eq!(fast, generic, "{}: on and off disagree", f.function);
    }

    {
        let mut g = c.benchmark_group("host_call");
        g.throughput(Throughput::Elements(1));
        g.bench_function("on", |b| b.iter(|| call(&on, "noop", N)));
        g.finish();
    }
    for f in FAMILIES {
        let mut g = c.benchmark_group(f.group);
        g.throughput(Throughput::Elements(N as u64 * f.ops));
        for (label, interp, enabled) in [("on", &on, true), ("off", &off, false)] {
            specialize::set_enabled(enabled);
            g.bench_function(label, |b| b.iter(|| call(interp, f.function, N)));
        }
        g.finish();
    }
    specialize::set_enabled(true);
    c.final_summary();
    summary(&out_dir, started);
}

/// Where criterion keeps its results, as criterion itself chooses it:
/// `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else
/// `target/criterion` under the package.
fn output_directory() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

/// Criterion's estimate of one call, in ns, from `group/id/new/estimates.json`
/// if this run wrote it (a filtered run leaves older files alone: those are
/// skipped).
fn estimate(out_dir: &Path, group: &str, id: &str, since: SystemTime) -> Option<f64> {
    let path = out_dir
        .join(group)
        .join(id)
        .join("new")
        .join("estimates.json");
    let modified = std::fs::metadata(&path).ok()?.modified().ok()?;
    if modified < since {
        return None;
    }
    let json = std::fs::read_to_string(&path).ok()?;
    // The time criterion prints: the slope of the linear fit when there is
    // one, else the mean.
    point_estimate(&json, "slope").or_else(|| point_estimate(&json, "mean"))
}

/// `json["key"]["point_estimate"]`, without a JSON parser: criterion writes
/// each estimate as `"key":{"confidence_interval":{...},"point_estimate":X,...}`
/// (or `"key":null`).
fn point_estimate(json: &str, key: &str) -> Option<f64> {
    let rest = &json[json.find(&format!("\"{key}\":"))? + key.len() + 3..];
    if rest.starts_with("null") {
        return None;
    }
    const FIELD: &str = "\"point_estimate\":";
    let rest = &rest[rest.find(FIELD)? + FIELD.len()..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E')))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// Prints the table of this run's results and writes it to
/// `bench-results/micro.md`.
fn summary(out_dir: &Path, since: SystemTime) {
    let mut table = String::new();
    let _ = writeln!(
        table,
        "| group | on (ns/op) | off (ns/op) | off/on |\n| --- | ---: | ---: | ---: |"
    );
    let mut rows = 0;
    if let Some(ns) = estimate(out_dir, "host_call", "on", since) {
        let _ = writeln!(table, "| host_call (ns/call) | {ns:.0} | | |");
        rows += 1;
    }
    for f in FAMILIES {
        let per_op =
            |id| estimate(out_dir, f.group, id, since).map(|ns| ns / (N as f64 * f.ops as f64));
        let (on, off) = (per_op("on"), per_op("off"));
        if on.is_none() && off.is_none() {
            continue;
        }
        let cell = |v: Option<f64>| v.map_or_else(String::new, |v| format!("{v:.2}"));
        let ratio = match (on, off) {
            (Some(on), Some(off)) if on > 0.0 => format!("{:.2}", off / on),
            _ => String::new(),
        };
        let name = if f.group == "dispatch" {
            "dispatch (ns/instruction)"
        } else {
            f.group
        };
        let _ = writeln!(table, "| {name} | {} | {} | {ratio} |", cell(on), cell(off));
        rows += 1;
    }
    if rows == 0 {
        return;
    }
    let _ = writeln!(
        table,
        "\nns/op: criterion's time per call / (N = {N} iterations x the family's \
         instructions per iteration); loop overhead included."
    );
    println!("\n{table}");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-results");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("micro.md"), &table);
    }
}
