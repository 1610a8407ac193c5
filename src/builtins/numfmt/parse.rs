//! Reading numbers from text the way `float(str)` and `int(str, base)` do.

use num_bigint::{BigInt, BigUint, Sign};

use super::hexfloat::parse_inf_or_nan;

/// The first code point of every run of ten Unicode decimal digits
/// (general category `Nd`, Unicode 14.0 as in CPython 3.11), generated with
/// `[c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0]`.
/// Every `Nd` character is `zero + value` for one of these.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()`), e.g. 3 for
/// `'3'`, `'٣'` or `'３'`; `None` for anything else.
pub fn unicode_decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    if idx == 0 {
        return None;
    }
    let offset = c - DECIMAL_ZEROS[idx - 1];
    (offset < 10).then_some(offset)
}

/// `str.isspace()` for one character (Python's `Py_UNICODE_ISSPACE`:
/// bidirectional class WS, B or S, or category Zs).  Note that this
/// includes U+001C..U+001F, which `int()` and `float()` nevertheless do
/// not strip (they only map non-ASCII spaces to `' '`).
pub fn unicode_is_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// CPython's first step for `int(str)` and `float(str)`: ASCII stays as is,
/// other white space becomes `' '`, other decimal digits become ASCII
/// digits, and anything else becomes `'?'` (which no grammar accepts).
fn to_ascii_number_text(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if unicode_is_space(c) {
                b' '
            } else if let Some(d) = unicode_decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect()
}

fn trim_py_space(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !is_py_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_py_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

/// Scans `digit ( ['_'] digit )*` at the start of `b`; returns the bytes
/// used (0 when `b` does not start with a digit).  Underscores are kept in
/// the input and dropped later.
fn scan_digit_part(b: &[u8]) -> usize {
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        if i + 1 < b.len() && b[i] == b'_' && b[i + 1].is_ascii_digit() {
            i += 1;
        }
    }
    i
}

/// `float(s)` for a str `s`: `Some(value)`, or `None` when CPython raises
/// `ValueError("could not convert string to float: %r")` (the caller builds
/// that message from the original string).
///
/// Accepted, after stripping white space (ASCII white space and any Unicode
/// space, but not U+001C..U+001F): an optional sign and then `inf`,
/// `infinity` or `nan` in any case, or `digits [. [digits]] [exponent]` /
/// `. digits [exponent]` with `exponent = (e|E) [sign] digits`.  Digits may
/// be any Unicode decimal digits and a single underscore may separate two
/// digits.  The result is correctly rounded; out-of-range exponents give
/// `inf` or `0.0`.  `float('-nan')` has its sign bit set.
pub fn parse_float_literal(s: &str) -> Option<f64> {
    let text = to_ascii_number_text(s);
    let b = trim_py_space(&text);
    if b.is_empty() {
        return None;
    }
    if let Some((v, len)) = parse_inf_or_nan(b) {
        return (len == b.len()).then_some(v);
    }
    // Validate the grammar, then let core's correctly rounded parser read
    // the same text without underscores.
    let mut i = 0;
    if b[0] == b'+' || b[0] == b'-' {
        i = 1;
    }
    let int_len = scan_digit_part(&b[i..]);
    i += int_len;
    let mut frac_len = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_len = scan_digit_part(&b[i..]);
        i += frac_len;
    }
    if int_len == 0 && frac_len == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let exp_len = scan_digit_part(&b[i..]);
        if exp_len == 0 {
            return None;
        }
        i += exp_len;
    }
    if i != b.len() {
        return None;
    }
    let clean: String = b
        .iter()
        .filter(|&&c| c != b'_')
        .map(|&c| c as char)
        .collect();
    clean.parse::<f64>().ok()
}

/// `int(s, base)` for a str `s` and `base` 0 or 2..=36: `Ok(value)`, or
/// `Err(())` when CPython raises
/// `ValueError("invalid literal for int() with base %d: %R")` (the caller
/// builds that message, and checks the base range and the
/// `sys.set_int_max_str_digits` limit itself).
///
/// Accepted, after optional ASCII white space (non-ASCII spaces count as
/// spaces too): an optional sign, then digits of the base (any Unicode
/// decimal digits for 0..9, letters in either case above that), with
/// single underscores between digits.  A `0x`/`0o`/`0b` prefix (any case)
/// is allowed when it matches the base, and selects the base when `base`
/// is 0; an underscore may follow the prefix.  With base 0, a literal
/// without prefix must not have leading zeros unless it is zero (`"000"`,
/// `"0_0"`).  Then optional trailing white space.
// The `Err(())` shape is the agreed interface (callers build the message).
#[allow(clippy::result_unit_err)]
pub fn parse_int_literal(s: &str, base: u32) -> Result<BigInt, ()> {
    if base == 1 || base > 36 {
        return Err(());
    }
    let text = to_ascii_number_text(s);
    let b = text.as_slice();
    let mut i = 0;
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        negative = b[i] == b'-';
        i += 1;
    }
    let second = |i: usize| b.get(i + 1).map(|c| c.to_ascii_lowercase());
    let first_is_zero = b.get(i) == Some(&b'0');
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = if !first_is_zero {
            10
        } else {
            match second(i) {
                Some(b'x') => 16,
                Some(b'o') => 8,
                Some(b'b') => 2,
                _ => {
                    must_be_zero = true;
                    10
                }
            }
        };
    }
    if first_is_zero {
        let prefixed = matches!(
            (base, second(i)),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
        if prefixed {
            i += 2;
            if b.get(i) == Some(&b'_') {
                i += 1;
            }
        }
    }
    let digit_value = |c: u8| (c as char).to_digit(base);
    let mut digits: Vec<u8> = Vec::with_capacity(b.len() - i);
    let mut prev_underscore = false;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev_underscore || digits.is_empty() {
                return Err(());
            }
            prev_underscore = true;
        } else if let Some(d) = digit_value(c) {
            digits.push(d as u8);
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if digits.is_empty() || prev_underscore {
        return Err(());
    }
    while i < b.len() && is_py_space(b[i]) {
        i += 1;
    }
    if i != b.len() {
        return Err(());
    }
    let magnitude = BigUint::from_radix_be(&digits, base).ok_or(())?;
    if must_be_zero && magnitude != BigUint::default() {
        return Err(());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}
