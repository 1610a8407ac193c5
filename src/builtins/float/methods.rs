//! `float()` and the methods of `float`: the named ones (`is_integer`,
//! `hex`, ...) and the dunders (`__add__`, `__round__`, ...).

use num_bigint::BigInt;

use crate::builtins::functions::numeric::{number_divmod, round_float};
use crate::builtins::int::{float_to_int, slot_args};
use crate::builtins::numfmt;
use crate::builtins::slice::method_args;
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::hashing::{self, int_view};
use crate::object::{ObjData, Value};

use super::binary;

fn is_float(v: Value) -> bool {
    super::as_f64(v).is_some()
}

fn is_number(v: Value) -> bool {
    is_float(v) || int_view(v).is_some()
}

/// A checked float receiver's value.
fn fval(v: Value) -> f64 {
    super::as_f64(v).unwrap_or(0.0)
}

/// The text of a str, bytes or bytearray for `float()`; non-ASCII bytes
/// become a character no number accepts.
fn number_text(x: Value) -> Option<String> {
    let bytes_text = |b: &[u8]| -> String {
        b.iter()
            .map(|&c| if c.is_ascii() { c as char } else { '\u{fffd}' })
            .collect()
    };
    match x.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => Some(s.as_str().to_string()),
        Some(ObjData::Bytes(b)) => Some(bytes_text(b)),
        Some(ObjData::ByteArray(b)) => Some(bytes_text(&b.read())),
        _ => None,
    }
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if x.is_float() {
        return Ok(x.as_float());
    }
    if !vm.is_heap_instance(x) {
        if let Some(f) = super::payload(x) {
            return Ok(f);
        }
    }
    if !vm.is_heap_instance(x) {
        if let Some(n) = crate::builtins::int::to_bigint(x) {
            return crate::builtins::int::bigint_to_f64(vm, &n);
        }
    }
    if let Some(text) = number_text(x) {
        return match numfmt::parse_float_literal(&text) {
            Some(f) => Ok(f),
            None => {
                let r = vm.repr_of(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
        if let Some(f) = super::as_f64(r) {
            return Ok(f);
        }
        let t = vm.type_name(r);
        return Err(vm.type_error(format!(
            "{}.__float__ returned non-float (type {t})",
            vm.type_name(x)
        )));
    }
    if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
        if let Some(n) = crate::builtins::int::to_bigint(r) {
            return crate::builtins::int::bigint_to_f64(vm, &n);
        }
        let t = vm.type_name(r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {t})")));
    }
    if let Some(n) = crate::builtins::int::to_bigint(x) {
        return crate::builtins::int::bigint_to_f64(vm, &n);
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{t}'"
    )))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let float = vm.types().float;
    let cls = crate::builtins::functions::check_new(vm, &args, float)?;
    let rest = crate::builtins::slice::ctor_args(vm, &args, "float", 1)?;
    let f = match rest.first() {
        Some(&x) => float_from_value(vm, x)?,
        None => 0.0,
    };
    if cls != float {
        return Ok(vm.alloc(cls, ObjData::Float(f)));
    }
    Ok(Value::float(f))
}

/// The receiver of a float method, checked with CPython's messages.
fn float_method<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(f64, &'a [Value])> {
    let rest = method_args(vm, args, "float", name, min, max, is_float)?;
    Ok((fval(args.pos[0]), rest))
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "is_integer", 0, 0)?;
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "as_integer_ratio", 0, 0)?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    // f == mant * 2**exp exactly; strip the mantissa's trailing zero bits.
    let bits = f.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        exp = 0;
    } else {
        let tz = mant.trailing_zeros();
        mant >>= tz;
        exp += tz as i64;
    }
    let mut num = BigInt::from(mant);
    if f.is_sign_negative() {
        num = -num;
    }
    let mut den = BigInt::from(1u8);
    if exp > 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let n = vm.new_bigint(num);
    let d = vm.new_bigint(den);
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "hex", 0, 0)?;
    Ok(vm.new_str(numfmt::float_hex(f)))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0];
    let rest = method_args(vm, &args, "float", "fromhex", 1, 1, |_| true)?;
    let s = match vm.as_str(rest[0]) {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error("bad argument type for built-in operation"));
        }
    };
    let f = match numfmt::float_fromhex(&s) {
        Ok(f) => Value::float(f),
        Err(e) => return Err(crate::builtins::format::numfmt_error(vm, e)),
    };
    if cls == vm.types().float {
        return Ok(f);
    }
    vm.call(cls, &[f])
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "conjugate", 0, 0)?;
    Ok(Value::float(f))
}

fn float_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "__trunc__", 0, 0)?;
    float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "__floor__", 0, 0)?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "__ceil__", 0, 0)?;
    float_to_int(vm, f.ceil())
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, rest) = float_method(vm, &args, "__round__", 0, 1)?;
    round_float(vm, f, rest.first().copied().filter(|v| !v.is_none()))
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, _) = float_method(vm, &args, "__getnewargs__", 0, 0)?;
    Ok(vm.new_tuple(vec![Value::float(f)]))
}

fn float_getformat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = method_args(vm, &args, "float", "__getformat__", 1, 1, |_| true)?;
    match vm.as_str(rest[0]) {
        Some("double") | Some("float") => Ok(vm.new_str(if cfg!(target_endian = "big") {
            "IEEE, big-endian"
        } else {
            "IEEE, little-endian"
        })),
        Some(_) => Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => {
            let t = vm.type_name(rest[0]);
            Err(vm.type_error(format!("__getformat__() argument must be str, not {t}")))
        }
    }
}

// ----- slot wrappers -------------------------------------------------------------

/// `float.__op__(a, b)` / `__rop__`: NotImplemented unless `b` is a
/// number.
fn float_slot_binary(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    kind: Option<BinaryOpKind>,
    reflected: bool,
) -> PyResult<Value> {
    let rest = slot_args(vm, args, "float", name, 1, 1, is_float)?;
    let (a, b) = (args.pos[0], rest[0]);
    if !is_number(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    match kind {
        Some(k) => binary(vm, k, l, r),
        None => number_divmod(vm, l, r),
    }
}

/// `float.__pow__(a, b, mod=None)` / `__rpow__`.
fn float_slot_pow(vm: &mut Vm, args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let rest = slot_args(vm, args, "float", name, 1, 2, is_float)?;
    let (a, b) = (args.pos[0], rest[0]);
    if !is_number(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if rest.get(1).is_some_and(|m| !m.is_none()) {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    }
    let (l, r) = if reflected { (b, a) } else { (a, b) };
    binary(vm, BinaryOpKind::Power, l, r)
}

fn float_slot_compare(vm: &mut Vm, args: &Args, name: &str, kind: CompareKind) -> PyResult<Value> {
    let rest = slot_args(vm, args, "float", name, 1, 1, is_float)?;
    let (a, b) = (args.pos[0], rest[0]);
    if !is_number(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    Ok(Value::bool(crate::builtins::int::compare_numbers(
        super::unwrap(a),
        super::unwrap(b),
        kind,
    )))
}

fn float_slot_unary(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    slot_args(vm, args, "float", name, 0, 0, is_float)?;
    Ok(fval(args.pos[0]))
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(-float_slot_unary(vm, &args, "__neg__")?))
}

fn float_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_slot_unary(vm, &args, "__pos__")?))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_slot_unary(vm, &args, "__abs__")?.abs()))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(float_slot_unary(vm, &args, "__bool__")? != 0.0))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_slot_unary(vm, &args, "__int__")?;
    float_to_int(vm, f)
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::float(float_slot_unary(vm, &args, "__float__")?))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = hashing::hash_f64(float_slot_unary(vm, &args, "__hash__")?);
    Ok(vm.new_int(h))
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = float_slot_unary(vm, &args, "__repr__")?;
    Ok(vm.new_str(numfmt::float_repr(f)))
}

macro_rules! slot_fns {
    (binary $table:ident: $($f:ident $name:literal $kind:expr, $refl:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            float_slot_binary(vm, &args, $name, $kind, $refl)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
    (compare $table:ident: $($f:ident $name:literal $kind:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            float_slot_compare(vm, &args, $name, $kind)
        })*
        const $table: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

use BinaryOpKind as K;

slot_fns!(binary FLOAT_BINARY:
    float_add "__add__" Some(K::Add), false;
    float_radd "__radd__" Some(K::Add), true;
    float_sub "__sub__" Some(K::Subtract), false;
    float_rsub "__rsub__" Some(K::Subtract), true;
    float_mul "__mul__" Some(K::Multiply), false;
    float_rmul "__rmul__" Some(K::Multiply), true;
    float_floordiv "__floordiv__" Some(K::FloorDivide), false;
    float_rfloordiv "__rfloordiv__" Some(K::FloorDivide), true;
    float_truediv "__truediv__" Some(K::TrueDivide), false;
    float_rtruediv "__rtruediv__" Some(K::TrueDivide), true;
    float_mod "__mod__" Some(K::Remainder), false;
    float_rmod "__rmod__" Some(K::Remainder), true;
    float_divmod "__divmod__" None, false;
    float_rdivmod "__rdivmod__" None, true;
);

slot_fns!(compare FLOAT_COMPARE:
    float_eq "__eq__" CompareKind::Eq;
    float_ne "__ne__" CompareKind::Ne;
    float_lt "__lt__" CompareKind::Lt;
    float_le "__le__" CompareKind::Le;
    float_gt "__gt__" CompareKind::Gt;
    float_ge "__ge__" CompareKind::Ge;
);

fn float_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_slot_pow(vm, &args, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_slot_pow(vm, &args, "__rpow__", true)
}

fn get_real(_vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(super::unwrap(v))
}

fn get_imag(_vm: &mut Vm, _v: Value) -> PyResult<Value> {
    Ok(Value::float(0.0))
}

pub fn init(interp: &InterpState) {
    use crate::builtins::{add_classmethod, add_getset, add_method};
    let float = interp.types.float;
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", float_new),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__getnewargs__", float_getnewargs),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
    ];
    for &(name, f) in methods.iter().chain(FLOAT_BINARY).chain(FLOAT_COMPARE) {
        add_method(interp, float, name, f);
    }
    add_classmethod(interp, float, "fromhex", float_fromhex);
    add_classmethod(interp, float, "__getformat__", float_getformat);
    add_getset(interp, float, "real", get_real, None);
    add_getset(interp, float, "imag", get_imag, None);
}
