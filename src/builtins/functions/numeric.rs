//! Numeric builtins: `abs`, `divmod`, `pow`, `round`, `bin`, `oct`, `hex`,
//! `sum`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::builtins::int::{self, to_bigint};
use crate::builtins::{check_arity, float, no_kwargs, numfmt};
use crate::bytecode::BinaryOpKind;
use crate::interp::{ops, Args, NativeFn, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};

use super::{non_none, Params};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", builtin_abs),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("bin", builtin_bin),
    ("oct", builtin_oct),
    ("hex", builtin_hex),
    ("sum", builtin_sum),
];

/// An int, bool or float (the operands the numeric fast paths handle).
fn is_number(v: Value) -> bool {
    v.is_float() || int_view(v).is_some()
}

/// A one-argument builtin's argument (`abs(x)`): no keywords, exactly one.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    Ok(args.pos[0])
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_arg(vm, &args, "abs")?;
    abs_value(vm, x)
}

/// `abs(x)`.
pub fn abs_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if vm.is_heap_instance(x) {
        if let Some(r) = vm.call_dunder(x, "__abs__", &[])? {
            return Ok(r);
        }
    } else if x.is_float() {
        return Ok(Value::float(x.as_float().abs()));
    } else if let Some((re, im)) = crate::builtins::complex::parts(x) {
        return Ok(Value::float(crate::builtins::complex::abs(vm, re, im)?));
    } else if let Some(n) = int_view(x) {
        return Ok(match n {
            IntView::Small(n) => vm.new_int(n.abs()),
            IntView::Big(n) => {
                let n = n.abs();
                vm.new_bigint(n)
            }
        });
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!("bad operand type for abs(): '{t}'")))
}

/// Calls a binary dunder pair on instances of classes (`__divmod__` /
/// `__rdivmod__`) with CPython's order: the right operand's reflected
/// method first when its type is a proper subclass of the left's. Builtin
/// operands go to `builtin`. `Ok(None)` when nothing applies.
fn binary_dunder(
    vm: &mut Vm,
    lhs: Value,
    rhs: Value,
    name: &str,
    rname: &str,
    builtin: fn(&mut Vm, Value, Value) -> PyResult<Value>,
) -> PyResult<Option<Value>> {
    let (lt, rt) = (vm.type_of(lhs), vm.type_of(rhs));
    let rhs_first = lt != rt && vm.is_subclass(rt, lt) && vm.lookup_dunder(rhs, rname).is_some();
    if rhs_first {
        if let Some(r) = vm.call_dunder(rhs, rname, &[lhs])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    if let Some(r) = vm.call_dunder(lhs, name, &[rhs])? {
        if r != Value::NOT_IMPLEMENTED {
            return Ok(Some(r));
        }
    }
    let r = builtin(vm, lhs, rhs)?;
    if r != Value::NOT_IMPLEMENTED {
        return Ok(Some(r));
    }
    if !rhs_first && lt != rt {
        if let Some(r) = vm.call_dunder(rhs, rname, &[lhs])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "divmod")?;
    check_arity(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    divmod_values(vm, a, b)
}

/// `divmod(a, b)`.
pub fn divmod_values(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = binary_dunder(vm, a, b, "__divmod__", "__rdivmod__", number_divmod)? {
        return Ok(r);
    }
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
    )))
}

/// `divmod` of two builtin numbers; `NOT_IMPLEMENTED` for anything else.
pub fn number_divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    if !is_number(a) || !is_number(b) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    if a.is_float() || b.is_float() {
        let x = vm.to_f64(a)?;
        let y = vm.to_f64(b)?;
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()"));
        }
        let (q, r) = float::divmod(x, y);
        return Ok(vm.new_tuple(vec![Value::float(q), Value::float(r)]));
    }
    if let (Some(IntView::Small(x)), Some(IntView::Small(y))) = (int_view(a), int_view(b)) {
        if y == 0 {
            return Err(vm.zero_division("integer division or modulo by zero"));
        }
        // Small ints have 48 bits: no `i64::MIN / -1` overflow.
        let q = vm.new_int(Integer::div_floor(&x, &y));
        let r = vm.new_int(x.mod_floor(&y));
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let (x, y) = (
        to_bigint(a).unwrap_or_default(),
        to_bigint(b).unwrap_or_default(),
    );
    if y.is_zero() {
        return Err(vm.zero_division("integer division or modulo by zero"));
    }
    let (q, r) = x.div_mod_floor(&y);
    let q = vm.new_bigint(q);
    let r = vm.new_bigint(r);
    Ok(vm.new_tuple(vec![q, r]))
}

const POW_PARAMS: Params = Params {
    fname: "pow",
    names: &["base", "exp", "mod"],
    posonly: 0,
    maxpos: 3,
    required: 2,
    varargs: false,
};

fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = POW_PARAMS.bind(vm, &args)?;
    let (base, exp) = (a[0].unwrap_or(Value::NONE), a[1].unwrap_or(Value::NONE));
    match non_none(a[2]) {
        None => ops::binary_op(vm, BinaryOpKind::Power, false, base, exp),
        Some(m) => pow3(vm, base, exp, m),
    }
}

/// `pow(base, exp, mod)` with a mod that is not None.
pub fn pow3(vm: &mut Vm, base: Value, exp: Value, m: Value) -> PyResult<Value> {
    if vm.is_heap_instance(base) {
        if let Some(r) = vm.call_dunder(base, "__pow__", &[exp, m])? {
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    if is_number(base) && is_number(exp) {
        if let (Some(b), Some(e), Some(md)) = (to_bigint(base), to_bigint(exp), to_bigint(m)) {
            return int::pow_mod(vm, &b, &e, &md);
        }
        if base.is_float() || exp.is_float() || m.is_float() {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        }
    }
    let is_c = crate::builtins::complex::is_complex;
    if (is_c(base) || is_c(exp)) && (is_number(base) || is_c(base)) && (is_number(exp) || is_c(exp))
    {
        return Err(vm.value_error("complex modulo"));
    }
    let (ta, tb, tc) = (vm.type_name(base), vm.type_name(exp), vm.type_name(m));
    Err(vm.type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{ta}', '{tb}', '{tc}'"
    )))
}

const ROUND_PARAMS: Params = Params {
    fname: "round",
    names: &["number", "ndigits"],
    posonly: 0,
    maxpos: 2,
    required: 1,
    varargs: false,
};

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = ROUND_PARAMS.bind(vm, &args)?;
    let number = a[0].unwrap_or(Value::NONE);
    round_value(vm, number, non_none(a[1]))
}

/// `round(number[, ndigits])`.
pub fn round_value(vm: &mut Vm, number: Value, ndigits: Option<Value>) -> PyResult<Value> {
    if vm.is_heap_instance(number) {
        let args: Vec<Value> = ndigits.into_iter().collect();
        if let Some(r) = vm.call_dunder(number, "__round__", &args)? {
            return Ok(r);
        }
    } else if number.is_float() {
        return round_float(vm, number.as_float(), ndigits);
    } else if let Some(n) = to_bigint(number) {
        return round_int(vm, n, ndigits);
    }
    let t = vm.type_name(number);
    Err(vm.type_error(format!("type {t} doesn't define __round__ method")))
}

/// An `ndigits` argument clamped to the i64 range (CPython clamps to
/// `Py_ssize_t`).
fn ndigits_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let n = vm.to_index(v)?;
    Ok(n.to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }))
}

/// `int.__round__`.
pub fn round_int(vm: &mut Vm, n: BigInt, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return Ok(vm.new_bigint(n));
    };
    let nd = ndigits_arg(vm, nd)?;
    let r = numfmt::round_int(&n, nd);
    Ok(vm.new_bigint(r))
}

/// `float.__round__`.
pub fn round_float(vm: &mut Vm, x: f64, ndigits: Option<Value>) -> PyResult<Value> {
    let Some(nd) = ndigits else {
        return int::float_to_int(vm, x.round_ties_even());
    };
    let nd = ndigits_arg(vm, nd)?;
    match numfmt::round_float(x, nd) {
        Ok(r) => Ok(Value::float(r)),
        Err(e) => Err(crate::builtins::format::numfmt_error(vm, e)),
    }
}

fn radix_string(vm: &mut Vm, args: &Args, name: &str, radix: u32) -> PyResult<Value> {
    let x = one_arg(vm, args, name)?;
    let n = vm.to_index(x)?;
    let s = numfmt::int_to_str_radix(&n, radix, true);
    Ok(vm.new_str(s))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, &args, "bin", 2)
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, &args, "oct", 8)
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_string(vm, &args, "hex", 16)
}

const SUM_PARAMS: Params = Params {
    fname: "sum",
    names: &["iterable", "start"],
    posonly: 1,
    maxpos: 2,
    required: 1,
    varargs: false,
};

fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = SUM_PARAMS.bind(vm, &args)?;
    let iterable = a[0].unwrap_or(Value::NONE);
    let start = a[1].unwrap_or(Value::small_int_unchecked(0));
    let refuse = match start.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(_)) => Some("sum() can't sum strings [use ''.join(seq) instead]"),
        Some(ObjData::Bytes(_)) => Some("sum() can't sum bytes [use b''.join(seq) instead]"),
        Some(ObjData::ByteArray(_)) => {
            Some("sum() can't sum bytearray [use b''.join(seq) instead]")
        }
        _ => None,
    };
    if let Some(msg) = refuse {
        return Err(vm.type_error(msg));
    }
    let it = vm.iter(iterable)?;
    let mut acc = start;
    // Small ints are summed in a machine word (`machine`, which may leave
    // the small-int range without allocating) and floats in a double; the
    // sum becomes a value only when something else arrives, the word
    // overflows, or the items end. Anything else goes through `+`: this is
    // what CPython's fast paths amount to (in 3.11 floats are added
    // plainly, left to right).
    let mut machine: Option<i64> = acc.is_small_int().then(|| acc.as_small_int());
    while let Some(item) = vm.next(it)? {
        if let Some(s) = machine {
            if item.is_small_int() {
                if let Some(t) = s.checked_add(item.as_small_int()) {
                    machine = Some(t);
                    continue;
                }
            }
            acc = vm.new_int(s);
            machine = None;
        }
        if acc.is_float() && item.is_float() {
            acc = Value::float(acc.as_float() + item.as_float());
            continue;
        }
        acc = ops::binary_op(vm, BinaryOpKind::Add, false, acc, item)?;
        if acc.is_small_int() {
            machine = Some(acc.as_small_int());
        }
    }
    if let Some(s) = machine {
        acc = vm.new_int(s);
    }
    Ok(acc)
}
