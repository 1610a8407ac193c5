//! The methods of `int` and `bool`: the named ones (`bit_length`,
//! `to_bytes`, ...) and the dunders (`__add__`, `__eq__`, `__round__`, ...)
//! that make `int.__add__(2, 3)` and `(5).__abs__()` work.
//!
//! Every dunder works on the payload directly (never through `vm.hash`,
//! `vm.repr_of`, `vm.truthy`...): those protocols call the dunder itself
//! for instances of int subclasses, and would recurse.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::functions::numeric::{number_divmod, round_int};
use crate::builtins::functions::Params;
use crate::builtins::slice::method_args;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::hashing::{self, int_view, IntView};
use crate::object::{ObjData, Value};

use super::{binary, compare_numbers, int_to_decimal, pow_mod, to_bigint, unary};

fn is_int(v: Value) -> bool {
    int_view(v).is_some()
}

fn is_bool(v: Value) -> bool {
    v.is_bool()
}

/// The receiver of an int method as a big int, checked with CPython's
/// method messages; returns the arguments after it.
fn int_method<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(BigInt, &'a [Value])> {
    let rest = method_args(vm, args, "int", name, min, max, is_int)?;
    Ok((to_bigint(args.pos[0]).unwrap_or_default(), rest))
}

/// Checks a slot wrapper's arguments (`int.__add__(a, b)`): the receiver's
/// type, no keywords, and `min..=max` more arguments, with CPython's
/// wrapper messages. Returns the arguments after the receiver.
pub fn slot_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    tname: &str,
    name: &str,
    min: usize,
    max: usize,
    ok: fn(Value) -> bool,
) -> PyResult<&'a [Value]> {
    let Some(&recv) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of '{tname}' object needs an argument"
        )));
    };
    if !ok(recv) {
        let t = vm.type_name(recv);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a '{tname}' object but received a '{t}'"
        )));
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    let n = rest.len();
    if (min..=max).contains(&n) {
        return Ok(rest);
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    let msg = if min == max {
        format!("expected {min} argument{}, got {n}", s(min))
    } else if n > max {
        format!(" expected at most {max} argument{}, got {n}", s(max))
    } else {
        format!(" expected at least {min} argument{}, got {n}", s(min))
    };
    Err(vm.type_error(msg))
}

/// The exact int value of an int or bool (or int subclass instance).
fn exact(vm: &mut Vm, v: Value) -> Value {
    match int_view(v) {
        Some(IntView::Small(n)) => Value::small_int_unchecked(n),
        Some(IntView::Big(n)) => {
            let n = n.clone();
            vm.new_bigint(n)
        }
        None => v,
    }
}

// ----- named methods -----------------------------------------------------------

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "bit_length", 0, 0)?;
    Ok(vm.new_int(n.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "bit_count", 0, 0)?;
    let count: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(vm.new_int(count as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "conjugate", 0, 0)?;
    Ok(vm.new_bigint(n))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "as_integer_ratio", 0, 0)?;
    let a = vm.new_bigint(n);
    Ok(vm.new_tuple(vec![a, Value::small_int_unchecked(1)]))
}

/// The `byteorder` argument: `true` for big-endian.
fn byteorder_arg(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else { return Ok(true) };
    match vm.as_str(v) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 'byteorder' must be str, not {t}"
            )))
        }
    }
}

/// Args without the receiver (for binding a method's parameters).
fn after_receiver<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        ..*args
    }
}

const TO_BYTES: Params = Params {
    fname: "to_bytes",
    names: &["length", "byteorder", "signed"],
    posonly: 0,
    maxpos: 2,
    required: 0,
    varargs: false,
};

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = match args.pos.first().and_then(|&v| to_bigint(v)) {
        Some(n) => n,
        None => {
            method_args(vm, &args, "int", "to_bytes", 0, 2, is_int)?;
            unreachable!("method_args rejects a non-int receiver")
        }
    };
    let a = TO_BYTES.bind(vm, &after_receiver(&args))?;
    let length = match a[0] {
        Some(l) => crate::builtins::slice::ssize_arg(vm, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let big = byteorder_arg(vm, a[1], "to_bytes")?;
    let signed = match a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if n.is_zero() {
        Vec::new()
    } else if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    // CPython lets -1 fit in zero bytes.
    if length == 0 && n == BigInt::from(-1) {
        bytes.clear();
    }
    if bytes.len() as u64 > length as u64 {
        return Err(vm.overflow_error("int too big to convert"));
    }
    if length > 1 << 32 {
        return Err(vm.memory_error());
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

const FROM_BYTES: Params = Params {
    fname: "from_bytes",
    names: &["bytes", "byteorder", "signed"],
    posonly: 0,
    maxpos: 2,
    required: 1,
    varargs: false,
};

/// `bytes(x)` for `int.from_bytes`: bytes-like objects and iterables of
/// ints in range(256).
fn bytes_of(vm: &mut Vm, data: Value) -> PyResult<Vec<u8>> {
    match data.as_obj().map(|o| &o.data) {
        Some(ObjData::Bytes(b)) => return Ok(b.to_vec()),
        Some(ObjData::ByteArray(b)) => return Ok(b.read().clone()),
        Some(ObjData::Str(_)) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        _ => {}
    }
    let it = match vm.iter(data) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, "TypeError") => {
            let t = vm.type_name(data);
            return Err(vm.type_error(format!("cannot convert '{t}' object to bytes")));
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(v) = vm.next(it)? {
        let b = vm.to_index(v)?;
        match b.to_u8() {
            Some(b) => out.push(b),
            None => return Err(vm.value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let a = FROM_BYTES.bind(vm, &after_receiver(&args))?;
    let mut bytes = bytes_of(vm, a[0].unwrap_or(Value::NONE))?;
    let big = byteorder_arg(vm, a[1], "from_bytes")?;
    let signed = match a[2] {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if big {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = vm.new_bigint(n);
    if cls == vm.types().int {
        return Ok(v);
    }
    vm.call(cls, &[v])
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, rest) = int_method(vm, &args, "__round__", 0, 1)?;
    round_int(vm, n, rest.first().copied())
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "__getnewargs__", 0, 0)?;
    let v = vm.new_bigint(n);
    Ok(vm.new_tuple(vec![v]))
}

fn int_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, "__sizeof__", 0, 0)?;
    // CPython's layout: a 24-byte header and 30-bit digits of 4 bytes.
    let digits = n.bits().div_ceil(30).max(1);
    Ok(vm.new_int(24 + 4 * digits as i64))
}

/// `__trunc__`, `__floor__`, `__ceil__`, `__int__`-like methods of int:
/// the value itself as an exact int.
fn int_identity_method(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (n, _) = int_method(vm, &args, name, 0, 0)?;
    Ok(vm.new_bigint(n))
}

fn int_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity_method(vm, args, "__trunc__")
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity_method(vm, args, "__floor__")
}

fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_identity_method(vm, args, "__ceil__")
}

// ----- slot wrappers -------------------------------------------------------------

/// `int.__op__(a, b)` / `int.__rop__(a, b)`: NotImplemented unless `b` is
/// an int.
fn int_slot_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: Option<BinaryOpKind>,
    reflected: bool,
) -> PyResult<Value> {
    let rest = slot_args(vm, args, "int", name, 1, 1, is_int)?;
    let (a, b) = (args.pos[0], rest[0]);
    if !is_int(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    let (l, r) = (exact(vm, l), exact(vm, r));
    match kind {
        Some(k) => binary(vm, k, l, r),
        None => number_divmod(vm, l, r),
    }
}

/// `bool.__and__` and friends: a bool when both operands are bools, the
/// int result otherwise.
fn bool_slot_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: BinaryOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let rest = slot_args(vm, args, "bool", name, 1, 1, is_bool)?;
    let (a, b) = (args.pos[0], rest[0]);
    if b.is_bool() {
        return binary(vm, kind, a, b);
    }
    if !is_int(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    let (l, r) = (exact(vm, l), exact(vm, r));
    binary(vm, kind, l, r)
}

/// `int.__pow__(a, b, mod=None)` / `__rpow__`.
fn int_slot_pow(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let rest = slot_args(vm, args, "int", name, 1, 2, is_int)?;
    let (a, b) = (args.pos[0], rest[0]);
    let m = rest.get(1).copied().filter(|m| !m.is_none());
    if !is_int(b) || m.is_some_and(|m| !is_int(m)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    match m {
        None => {
            let (l, r) = (exact(vm, l), exact(vm, r));
            binary(vm, BinaryOpKind::Power, l, r)
        }
        Some(m) => {
            let (l, r, m) = (
                to_bigint(l).unwrap_or_default(),
                to_bigint(r).unwrap_or_default(),
                to_bigint(m).unwrap_or_default(),
            );
            pow_mod(vm, &l, &r, &m)
        }
    }
}

fn int_slot_compare(vm: &mut Vm, args: &Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let rest = slot_args(vm, args, "int", name, 1, 1, is_int)?;
    let (a, b) = (args.pos[0], rest[0]);
    if !is_int(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::bool(compare_numbers(a, b, kind)))
}

/// The receiver of a no-argument int slot wrapper.
fn int_slot_unary(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    slot_args(vm, args, "int", name, 0, 0, is_int)?;
    Ok(args.pos[0])
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__neg__")?;
    unary(vm, v, "-")
}

fn int_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__pos__")?;
    unary(vm, v, "+")
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__invert__")?;
    unary(vm, v, "~")
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__abs__")?;
    Ok(match int_view(v) {
        Some(IntView::Small(n)) => vm.new_int(n.abs()),
        _ => {
            let n = to_bigint(v).unwrap_or_default().abs();
            vm.new_bigint(n)
        }
    })
}

fn int_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__bool__")?;
    Ok(Value::bool(!hashing::int_is_zero(v)))
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__int__")?;
    Ok(exact(vm, v))
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__index__")?;
    Ok(exact(vm, v))
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__float__")?;
    let n = to_bigint(v).unwrap_or_default();
    super::bigint_to_f64(vm, &n).map(Value::float)
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__hash__")?;
    let h = match int_view(v) {
        Some(IntView::Small(n)) => hashing::hash_i64(n),
        Some(IntView::Big(n)) => hashing::hash_bigint(n),
        None => 0,
    };
    Ok(vm.new_int(h))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = int_slot_unary(vm, &args, "__repr__")?;
    let v = exact(vm, v);
    let s = int_to_decimal(vm, v)?;
    Ok(vm.new_str(s))
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_args(vm, &args, "bool", "__repr__", 0, 0, is_bool)?;
    Ok(vm.intern(if args.pos[0] == Value::TRUE {
        "True"
    } else {
        "False"
    }))
}

macro_rules! slot_fns {
    (binary $table:ident: $($f:ident $name:literal $kind:expr, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            int_slot_binary(vm, &args, $name, $kind, $refl)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
    (bool $table:ident: $($f:ident $name:literal $kind:expr, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            bool_slot_binary(vm, &args, $name, $kind, $refl)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
    (compare $table:ident: $($f:ident $name:literal $kind:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            int_slot_compare(vm, &args, $name, $kind)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

use BinaryOpKind as K;

slot_fns!(binary INT_BINARY:
    int_add "__add__" Some(K::Add), false;
    int_radd "__radd__" Some(K::Add), true;
    int_sub "__sub__" Some(K::Subtract), false;
    int_rsub "__rsub__" Some(K::Subtract), true;
    int_mul "__mul__" Some(K::Multiply), false;
    int_rmul "__rmul__" Some(K::Multiply), true;
    int_floordiv "__floordiv__" Some(K::FloorDivide), false;
    int_rfloordiv "__rfloordiv__" Some(K::FloorDivide), true;
    int_truediv "__truediv__" Some(K::TrueDivide), false;
    int_rtruediv "__rtruediv__" Some(K::TrueDivide), true;
    int_mod "__mod__" Some(K::Remainder), false;
    int_rmod "__rmod__" Some(K::Remainder), true;
    int_lshift "__lshift__" Some(K::LShift), false;
    int_rlshift "__rlshift__" Some(K::LShift), true;
    int_rshift "__rshift__" Some(K::RShift), false;
    int_rrshift "__rrshift__" Some(K::RShift), true;
    int_and "__and__" Some(K::And), false;
    int_rand "__rand__" Some(K::And), true;
    int_or "__or__" Some(K::Or), false;
    int_ror "__ror__" Some(K::Or), true;
    int_xor "__xor__" Some(K::Xor), false;
    int_rxor "__rxor__" Some(K::Xor), true;
    int_divmod "__divmod__" None, false;
    int_rdivmod "__rdivmod__" None, true;
);

slot_fns!(bool BOOL_BINARY:
    bool_and "__and__" K::And, false;
    bool_rand "__rand__" K::And, true;
    bool_or "__or__" K::Or, false;
    bool_ror "__ror__" K::Or, true;
    bool_xor "__xor__" K::Xor, false;
    bool_rxor "__rxor__" K::Xor, true;
);

slot_fns!(compare INT_COMPARE:
    int_eq "__eq__" CompareKind::Eq;
    int_ne "__ne__" CompareKind::Ne;
    int_lt "__lt__" CompareKind::Lt;
    int_le "__le__" CompareKind::Le;
    int_gt "__gt__" CompareKind::Gt;
    int_ge "__ge__" CompareKind::Ge;
);

fn int_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_slot_pow(vm, &args, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_slot_pow(vm, &args, "__rpow__", true)
}

fn get_self(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(exact(vm, v))
}

fn get_zero(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(0))
}

fn get_one(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::small_int_unchecked(1))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let bool_ = vm.types().bool;
    crate::builtins::functions::check_new(vm, &args, bool_)?;
    let rest = crate::builtins::slice::ctor_args(vm, &args, "bool", 1)?;
    match rest.first() {
        Some(&v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::FALSE),
    }
}

pub fn init(interp: &InterpState) {
    use crate::builtins::{add_classmethod, add_getset, add_method};
    let int = interp.types.int;
    add_method(interp, int, "__new__", super::convert::int_new);
    let methods: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
        ("__round__", int_round),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
    ];
    for &(name, f) in methods.iter().chain(INT_BINARY).chain(INT_COMPARE) {
        add_method(interp, int, name, f);
    }
    add_classmethod(interp, int, "from_bytes", int_from_bytes);
    add_getset(interp, int, "real", get_self, None);
    add_getset(interp, int, "numerator", get_self, None);
    add_getset(interp, int, "imag", get_zero, None);
    add_getset(interp, int, "denominator", get_one, None);
    let bool_ = interp.types.bool;
    add_method(interp, bool_, "__new__", bool_new);
    add_method(interp, bool_, "__repr__", bool_repr);
    for &(name, f) in BOOL_BINARY {
        add_method(interp, bool_, name, f);
    }
}
