//! `float.hex()` and `float.fromhex()`.

use super::float_repr::{decompose, float_repr};
use super::NumFmtError;

/// `x.hex()`: `'0x1.8000000000000p+0'` for 1.5, `'-0x0.0p+0'` for -0.0,
/// `'0x0.0000000000001p-1022'` for the smallest subnormal, and the `repr`
/// (`inf`, `-inf`, `nan`) for non-finite values.
///
/// Normal numbers are written as `0x1.` + the 52 fraction bits as 13 hex
/// digits + `p` + the signed binary exponent; subnormals as `0x0.` + 13
/// digits + `p-1022`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let (mant, exp) = decompose(x.abs());
    let frac = mant & ((1u64 << 52) - 1);
    if mant >> 52 == 1 {
        format!("{sign}0x1.{frac:013x}p{:+}", exp + 52)
    } else {
        format!("{sign}0x0.{frac:013x}p-1022")
    }
}

fn parse_error() -> NumFmtError {
    NumFmtError::Value("invalid hexadecimal floating-point string".to_string())
}

fn overflow_error() -> NumFmtError {
    NumFmtError::Overflow("hexadecimal value too large to represent as a float".to_string())
}

fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Parses an optionally signed `inf` / `infinity` / `nan` (any case) at the
/// start of `s`; returns the value and the number of bytes used.
pub(super) fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negative, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s[start..];
    let starts = |word: &str| {
        rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word.as_bytes())
    };
    let (value, len) = if starts("infinity") {
        (f64::INFINITY, 8)
    } else if starts("inf") {
        (f64::INFINITY, 3)
    } else if starts("nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -value } else { value }, start + len))
}

/// `float.fromhex(s)`: `[ws] [sign] (inf | infinity | nan | [0x] hexdigits
/// [. hexdigits] [p [sign] decimaldigits]) [ws]`, with at least one hex
/// digit, ASCII whitespace only.  The value is rounded to the nearest
/// double, ties to even (subnormals included).
///
/// Errors: `ValueError("invalid hexadecimal floating-point string")`,
/// `OverflowError("hexadecimal value too large to represent as a float")`.
pub fn float_fromhex(s: &str) -> Result<f64, NumFmtError> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    let value = if let Some((v, len)) = parse_inf_or_nan(&b[i..]) {
        i += len;
        v
    } else {
        let mut negative = false;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            negative = b[i] == b'-';
            i += 1;
        }
        if b.len() >= i + 2 && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
            i += 2;
        }
        // Hex digits of the coefficient, most significant first.
        let mut digits: Vec<u8> = Vec::new();
        let mut frac_digits: i64 = 0;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            digits.push(hex_value(b[i]));
            i += 1;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                digits.push(hex_value(b[i]));
                frac_digits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(parse_error());
        }
        let mut exp: i64 = 0;
        if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
            i += 1;
            let mut exp_negative = false;
            if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
                exp_negative = b[i] == b'-';
                i += 1;
            }
            if i >= b.len() || !b[i].is_ascii_digit() {
                return Err(parse_error());
            }
            while i < b.len() && b[i].is_ascii_digit() {
                exp = exp
                    .saturating_mul(10)
                    .saturating_add(i64::from(b[i] - b'0'));
                i += 1;
            }
            if exp_negative {
                exp = -exp;
            }
        }
        let magnitude = hex_digits_to_f64(&digits, exp, frac_digits)?;
        if negative {
            -magnitude
        } else {
            magnitude
        }
    };
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(parse_error());
    }
    Ok(value)
}

fn hex_value(c: u8) -> u8 {
    (c as char).to_digit(16).expect("hex digit") as u8
}

/// The double nearest to `0x<digits> * 2**(exp - 4*frac_digits)`.
fn hex_digits_to_f64(digits: &[u8], exp: i64, frac_digits: i64) -> Result<f64, NumFmtError> {
    let first = match digits.iter().position(|&d| d != 0) {
        Some(p) => p,
        None => return Ok(0.0),
    };
    let digits = &digits[first..];
    if exp < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(overflow_error());
    }
    // Up to 15 leading digits (60 bits) exactly, the rest as a sticky bit.
    let taken = digits.len().min(15);
    let mut m: u64 = 0;
    for &d in &digits[..taken] {
        m = (m << 4) | u64::from(d);
    }
    let sticky = digits[taken..].iter().any(|&d| d != 0);
    let extra = (digits.len() - taken) as i64;
    // value = (m + something below 1 if sticky) * 2**e2
    let e2 = exp - 4 * frac_digits + 4 * extra;
    let bitlen = i64::from(64 - m.leading_zeros());
    let top = e2 + bitlen; // value < 2**top
    if top < -1074 {
        return Ok(0.0);
    }
    if top > 1024 {
        return Err(overflow_error());
    }
    // Round at bit weight 2**q: 53 significant bits, or fewer for subnormals.
    let q = (top - 53).max(-1074);
    let quotient = if e2 >= q {
        m << (e2 - q)
    } else {
        let s = (q - e2) as u32;
        let (quot, rem, half) = if s >= 64 {
            (0, m, if s == 64 { Some(1u64 << 63) } else { None })
        } else {
            (m >> s, m & ((1u64 << s) - 1), Some(1u64 << (s - 1)))
        };
        let round_up = match half {
            None => false, // m < 2**63 < half: below the midpoint
            Some(h) => rem > h || (rem == h && (sticky || quot & 1 == 1)),
        };
        quot + u64::from(round_up)
    };
    let scale = if q >= -1022 {
        f64::from_bits(((q + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (q + 1074))
    };
    let r = quotient as f64 * scale;
    if r.is_infinite() {
        return Err(overflow_error());
    }
    Ok(r)
}
