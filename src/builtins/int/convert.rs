//! `int(x)` and `int(s, base)`: the constructor and its conversions.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::interp::{Args, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};

use super::{numfmt, to_bigint, MAX_STR_DIGITS};

/// The text of a str, bytes or bytearray argument for parsing: `None` for
/// other types. Non-ASCII bytes become a character no number accepts.
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

/// The repr CPython quotes in a failed `int()`/`float()` parse: a
/// bytearray is shown as the bytes it holds.
fn literal_repr(vm: &mut Vm, x: Value) -> PyResult<String> {
    if let Some(ObjData::ByteArray(b)) = x.as_obj().map(|o| &o.data) {
        let b = b.read().clone();
        return Ok(crate::builtins::repr::bytes_repr(&b));
    }
    vm.repr_of(x)
}

/// `int.__new__(cls, x=0, /, base=10)`.
pub(super) fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let int = vm.types().int;
    let cls = crate::builtins::functions::check_new(vm, &args, int)?;
    let rest = &args.pos[1..];
    let total = rest.len() + args.kwnames.len();
    if total > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({total} given)")));
    }
    for &k in args.kwnames {
        if vm.as_str(k) != Some("base") {
            let r = vm.repr_of(k)?;
            return Err(vm.type_error(format!("{r} is an invalid keyword argument for int()")));
        }
    }
    let base = match (rest.get(1), args.kw("base")) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"))
        }
        (Some(&b), None) | (None, Some(b)) => Some(b),
        (None, None) => None,
    };
    let value = match (rest.first(), base) {
        (None, None) => Value::small_int_unchecked(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(&x), None) => int_from_value(vm, x)?,
        (Some(&x), Some(base)) => {
            let base = vm.to_index(base)?;
            let base = match base.to_u32() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b,
                _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            let Some(text) = number_text(x) else {
                return Err(vm.type_error("int() can't convert non-string with explicit base"));
            };
            parse_int(vm, &text, base, x)?
        }
    };
    if cls == vm.types().int {
        return Ok(value);
    }
    // An int subclass: the value boxed with the subclass as its type.
    let n = to_bigint(value).unwrap_or_default();
    Ok(vm.alloc(cls, ObjData::Int(n)))
}

/// CPython's limit on decimal digits (`sys.get_int_max_str_digits`),
/// checked on the leading run of digits before any conversion work, as
/// CPython does (so `'1' * 5000 + 'x'` reports the limit, not the `x`).
/// Power-of-two bases are exempt. Malformed runs are left to the parser.
fn check_digit_limit(vm: &mut Vm, text: &str, base: u32) -> PyResult<()> {
    let is_space = numfmt::unicode_is_space;
    let mut chars = text.chars().skip_while(|&c| is_space(c)).peekable();
    if matches!(chars.peek(), Some('+') | Some('-')) {
        chars.next();
    }
    let rest: Vec<char> = chars.collect();
    let mut i = 0;
    let mut base = base;
    if rest.first() == Some(&'0') {
        let prefix_base = match rest.get(1).map(|c| c.to_ascii_lowercase()) {
            Some('x') => 16,
            Some('o') => 8,
            Some('b') => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            i = 2;
            if rest.get(2) == Some(&'_') {
                i = 3;
            }
        }
    }
    if base == 0 {
        base = 10;
    }
    if base.is_power_of_two() {
        return Ok(());
    }
    let mut digits = 0usize;
    let mut prev_underscore = false;
    for &c in &rest[i..] {
        if c == '_' {
            if prev_underscore || digits == 0 {
                return Ok(());
            }
            prev_underscore = true;
            continue;
        }
        let d = c
            .to_digit(base)
            .or_else(|| numfmt::unicode_decimal_value(c).filter(|&d| d < base));
        if d.is_none() {
            break;
        }
        digits += 1;
        prev_underscore = false;
    }
    if digits > MAX_STR_DIGITS && !prev_underscore {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Parses `text` in `base` (0 or 2..=36) with CPython's limit on decimal
/// digits; `original` is the argument quoted in the error message.
pub fn parse_int(vm: &mut Vm, text: &str, base: u32, original: Value) -> PyResult<Value> {
    check_digit_limit(vm, text, base)?;
    match numfmt::parse_int_literal(text, base) {
        Ok(n) => Ok(vm.new_bigint(n)),
        Err(()) => {
            let r = literal_repr(vm, original)?;
            let r: String = r.chars().take(200).collect();
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    if let Some(v) = int_view(x) {
        if !vm.is_heap_instance(x) || vm.lookup_dunder(x, "__int__").is_none() {
            return Ok(match v {
                IntView::Small(n) => Value::small_int_unchecked(n),
                IntView::Big(n) => {
                    let n = n.clone();
                    vm.new_bigint(n)
                }
            });
        }
    }
    if x.is_float() {
        return float_to_int(vm, x.as_float());
    }
    if let Some(text) = number_text(x) {
        return parse_int(vm, &text, 10, x);
    }
    if let Some(r) = vm.call_dunder(x, "__int__", &[])? {
        return int_result(vm, r, "__int__");
    }
    if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
        return int_result(vm, r, "__index__");
    }
    if let Some(r) = vm.call_dunder(x, "__trunc__", &[])? {
        if int_view(r).is_some() {
            return int_result(vm, r, "__trunc__");
        }
        return match vm.call_dunder(r, "__index__", &[])? {
            Some(i) => int_result(vm, i, "__index__"),
            None => {
                let t = vm.type_name(r);
                Err(vm.type_error(format!("__trunc__ returned non-Integral (type {t})")))
            }
        };
    }
    let t = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{t}'"
    )))
}

/// Checks that a dunder returned an int and returns it as an exact int.
fn int_result(vm: &mut Vm, r: Value, dunder: &str) -> PyResult<Value> {
    match int_view(r) {
        Some(IntView::Small(n)) => Ok(Value::small_int_unchecked(n)),
        Some(IntView::Big(n)) => {
            let n = n.clone();
            Ok(vm.new_bigint(n))
        }
        None => {
            let t = vm.type_name(r);
            Err(vm.type_error(format!("{dunder} returned non-int (type {t})")))
        }
    }
}

/// `int(f)` for a float: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(vm.new_int(t as i64));
    }
    let n: BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    Ok(vm.new_bigint(n))
}
