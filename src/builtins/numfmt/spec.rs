//! The format-spec mini-language: `format(value, spec)` / `f"{value:spec}"`
//! for `int`, `float` and `str`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::convert::int_to_float;
use super::float_repr::{double_to_string, DtoaFlags};
use super::parse::unicode_decimal_value;
use super::{short_type_name, NumFmtError};

/// Which built-in `__format__` a spec is parsed for.  It decides the
/// default presentation type and alignment, which CPython applies while
/// parsing (and so affects some error messages and the meaning of a
/// leading `0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecTarget {
    /// `int` (and `bool`): default type `d`, right-aligned.
    Int,
    /// `float`: no default type, right-aligned.
    Float,
    /// `str`: default type `s`, left-aligned.
    Str,
    /// `complex`: no default type, right-aligned.
    Complex,
}

impl SpecTarget {
    fn default_type(self) -> Option<char> {
        match self {
            SpecTarget::Int => Some('d'),
            SpecTarget::Str => Some('s'),
            SpecTarget::Float | SpecTarget::Complex => None,
        }
    }

    fn default_align(self) -> char {
        match self {
            SpecTarget::Str => '<',
            _ => '>',
        }
    }
}

/// A parsed standard format specifier,
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
///
/// The fields are resolved the way CPython resolves them while parsing:
/// `align` is always set (the target's default when not given, `'='` for a
/// number whose spec has a leading `0` and no explicit alignment), a leading
/// `0` without an explicit fill makes `fill == '0'`, and `ty` holds the
/// target's default type (`'d'` for int, `'s'` for str) when none was
/// given.  A literal NUL type character is kept as `Some('\0')`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The padding character (default `' '`).
    pub fill: char,
    /// One of `<`, `>`, `^`, `=`.
    pub align: char,
    /// `Some('+')`, `Some('-')`, `Some(' ')` or `None` when not given.
    pub sign: Option<char>,
    /// The `z` option: show negative zero as zero (floats only).
    pub no_neg_zero: bool,
    /// The `#` option.
    pub alternate: bool,
    /// Minimum field width, in characters.
    pub width: Option<usize>,
    /// `Some(',')` or `Some('_')`.
    pub grouping: Option<char>,
    /// Precision (digits, or maximum characters for `str`).
    pub precision: Option<usize>,
    /// The presentation type.
    pub ty: Option<char>,
}

fn value_error(msg: impl Into<String>) -> NumFmtError {
    NumFmtError::Value(msg.into())
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `'%c'` for printable ASCII, `'\x%x'` otherwise, as CPython quotes a
/// presentation type in messages.
fn quote_type(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{v:x}'")
    }
}

pub(super) fn unknown_code(ty: char, type_name: &str) -> NumFmtError {
    value_error(format!(
        "Unknown format code {} for object of type '{}'",
        quote_type(ty),
        short_type_name(type_name)
    ))
}

/// Reads a run of decimal digits (any Unicode `Nd` digits) starting at
/// `*pos`; returns `Ok(None)` when there are none.
fn read_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumFmtError> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal_value(c)) {
        let d = d as usize;
        if value > (isize::MAX as usize - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        value = value * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value))
}

/// Parses a standard format specifier for `target`.  `type_name` is the
/// Python type name used in the message for a malformed spec.
///
/// Errors (all `ValueError`), e.g.: `"Invalid format specifier 'abc' for
/// object of type 'float'"`, `"Format specifier missing precision"`,
/// `"Too many decimal digits in format string"`, `"Cannot specify both ','
/// and '_'."`, `"Cannot specify ',' with 's'."` (grouping with a type that
/// does not allow it; `_` is also allowed with `b o x X`, where it groups
/// by four).
pub fn parse_format_spec(
    spec: &str,
    target: SpecTarget,
    type_name: &str,
) -> Result<FormatSpec, NumFmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut fill = ' ';
    let mut fill_given = false;
    let mut align = None;
    if end >= 2 && is_align(chars[1]) {
        fill = chars[0];
        fill_given = true;
        align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        align = Some(chars[0]);
        pos = 1;
    }
    let mut sign = None;
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        sign = Some(chars[pos]);
        pos += 1;
    }
    let mut no_neg_zero = false;
    if pos < end && chars[pos] == 'z' {
        no_neg_zero = true;
        pos += 1;
    }
    let mut alternate = false;
    if pos < end && chars[pos] == '#' {
        alternate = true;
        pos += 1;
    }
    if !fill_given && pos < end && chars[pos] == '0' {
        fill = '0';
        if align.is_none() && target.default_align() == '>' {
            align = Some('=');
        }
        pos += 1;
    }
    let width = read_integer(&chars, &mut pos)?;
    let mut grouping = None;
    if pos < end && chars[pos] == ',' {
        grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    let mut precision = None;
    if pos < end && chars[pos] == '.' {
        pos += 1;
        precision = read_integer(&chars, &mut pos)?;
        if precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{}'",
            short_type_name(type_name)
        )));
    }
    let ty = if end - pos == 1 {
        Some(chars[pos])
    } else {
        target.default_type()
    };
    if let Some(g) = grouping {
        let allowed = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            Some(_) => false,
        };
        if !allowed {
            return Err(value_error(format!(
                "Cannot specify '{g}' with {}.",
                quote_type(ty.unwrap_or('\0'))
            )));
        }
    }
    Ok(FormatSpec {
        fill,
        align: align.unwrap_or(target.default_align()),
        sign,
        no_neg_zero,
        alternate,
        width,
        grouping,
        precision,
        ty,
    })
}

/// A number split the way the layout code needs it: the integer digits
/// (which get grouped and zero-padded), whether a decimal point follows,
/// and everything after the point (fraction, exponent, `%`, or all of
/// `inf` / `nan`, which have no integer digits).
pub(super) struct NumberParts<'a> {
    pub(super) negative: bool,
    pub(super) prefix: &'a str,
    pub(super) digits: &'a str,
    pub(super) decimal: bool,
    pub(super) remainder: &'a str,
}

/// Inserts `sep` every `group` digits counting from the right, first
/// padding with zeros so that the result is at least `min_width`
/// characters (separators included) without starting with a separator —
/// which can make it one character wider than `min_width`.  Without a
/// separator the digits are just zero-padded to `min_width`.
fn group_digits(digits: &str, min_width: i128, sep: Option<char>, group: usize) -> String {
    let n = digits.chars().count() as i128;
    let Some(sep) = sep else {
        let zeros = (min_width - n).max(0) as usize;
        let mut out = "0".repeat(zeros);
        out.push_str(digits);
        return out;
    };
    // Build the groups right to left.
    let digit_bytes = digits.as_bytes();
    let mut pieces: Vec<String> = Vec::new();
    let mut remaining = n;
    let mut min_width = min_width;
    let g = group as i128;
    loop {
        let len = g.min(remaining.max(min_width).max(1));
        let from_digits = remaining.min(len).max(0);
        let zeros = (len - remaining).max(0);
        let mut piece = "0".repeat(zeros as usize);
        let stop = remaining as usize;
        let start = stop - from_digits as usize;
        piece.push_str(std::str::from_utf8(&digit_bytes[start..stop]).expect("ASCII digits"));
        pieces.push(piece);
        remaining -= from_digits;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len() + 1).sum());
    for (i, piece) in pieces.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        out.push_str(piece);
    }
    out
}

pub(super) fn push_fill(out: &mut String, fill: char, count: i128) {
    for _ in 0..count.max(0) {
        out.push(fill);
    }
}

/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
pub(super) fn lay_out_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    sep: Option<char>,
    group: usize,
) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let non_digit = i128::from(sign.is_some())
        + parts.prefix.chars().count() as i128
        + i128::from(parts.decimal)
        + parts.remainder.chars().count() as i128;
    let width = spec.width.map_or(-1, |w| w as i128);
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, sep, group)
    };
    let padding = width - (non_digit + grouped.chars().count() as i128);
    let (left, inner, right) = if padding <= 0 {
        (0, 0, 0)
    } else {
        match spec.align {
            '<' => (0, 0, padding),
            '^' => (padding / 2, 0, padding - padding / 2),
            '=' => (0, padding, 0),
            _ => (padding, 0, 0),
        }
    };
    let mut out = String::with_capacity(grouped.len() + parts.remainder.len() + 8);
    push_fill(&mut out, spec.fill, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// `format(x, spec)` for a float (also used by `int` with a float
/// presentation type).  Types: `e E f F g G n %` and none (`''`-type: like
/// `repr` without a precision, like `g` with at least one fractional digit
/// when a precision is given).  `n` is `g` in the C locale (no grouping).
///
/// Errors: `ValueError("Unknown format code 'd' for object of type
/// 'float'")` (with `type_name`), `ValueError("precision too big")`.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, NumFmtError> {
    let ty = spec.ty.filter(|&t| t != '\0');
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(t, type_name));
        }
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut x = x;
    let mut percent = false;
    let (mut code, default_precision) = match ty {
        None => {
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => {
            x *= 100.0;
            percent = true;
            ('f', 6)
        }
        Some(t) => (t, 6),
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(x, code, precision, flags);
    if percent {
        text.push('%');
    }
    let sep = if ty == Some('n') { None } else { spec.grouping };
    Ok(lay_out_number(&float_parts(&text), spec, sep, 3))
}

/// Splits the output of [`double_to_string`] (plus an optional `%`) into
/// sign, integer digits, point and remainder.
pub(super) fn float_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(digits_end);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    }
}

/// `format(n, spec)` for an int.  Types: `b c d o x X n` (and none, which
/// means `d`), plus `e E f F g G %`, which format `float(n)`.  `#` adds
/// `0b` / `0o` / `0x` / `0X`; `_` groups `b o x X` by four digits.
///
/// Errors: `ValueError("Precision not allowed in integer format
/// specifier")`, `ValueError("Negative zero coercion (z) not allowed in
/// integer format specifier")`, `ValueError("Sign not allowed with integer
/// format specifier 'c'")`, `ValueError("Alternate form (#) not allowed with
/// integer format specifier 'c'")`, `OverflowError("%c arg not in
/// range(0x110000)")`, `OverflowError("Python int too large to convert to C
/// long")` (`c` with a huge int), `OverflowError("int too large to convert
/// to float")`, `ValueError("Unknown format code 'q' for object of type
/// 'int'")`.  A lone surrogate code point for `c`, which a Rust `String`
/// cannot hold, gives `ValueError("%c arg is a surrogate code point")`
/// (CPython returns the surrogate).
pub fn format_int(n: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, NumFmtError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_float(n).ok_or_else(|| {
                NumFmtError::Overflow("int too large to convert to float".to_string())
            })?;
            return format_float(x, spec, type_name);
        }
        other => return Err(unknown_code(other, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let negative = n.sign() == Sign::Minus;
    let mut sep = spec.grouping;
    let mut group = 3;
    let (prefix, digits) = match ty {
        'c' => {
            if spec.sign.is_some() {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if spec.alternate {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let v = n.to_i64().ok_or_else(|| {
                NumFmtError::Overflow("Python int too large to convert to C long".to_string())
            })?;
            if !(0..=0x10ffff).contains(&v) {
                return Err(NumFmtError::Overflow(
                    "%c arg not in range(0x110000)".to_string(),
                ));
            }
            let c = char::from_u32(v as u32)
                .ok_or_else(|| value_error("%c arg is a surrogate code point"))?;
            let parts = NumberParts {
                negative: false,
                prefix: "",
                digits: &c.to_string(),
                decimal: false,
                remainder: "",
            };
            return Ok(lay_out_number(&parts, spec, None, 3));
        }
        'b' => ("0b", n.magnitude().to_str_radix(2)),
        'o' => ("0o", n.magnitude().to_str_radix(8)),
        'x' => ("0x", n.magnitude().to_str_radix(16)),
        'X' => ("0X", n.magnitude().to_str_radix(16).to_ascii_uppercase()),
        'n' => {
            sep = None;
            ("", n.magnitude().to_string())
        }
        _ => ("", n.magnitude().to_string()),
    };
    if matches!(ty, 'b' | 'o' | 'x' | 'X') {
        group = 4;
    }
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(lay_out_number(&parts, spec, sep, group))
}

/// `format(s, spec)` for a str: type `s` (or none); the precision is the
/// maximum number of characters kept; left-aligned by default.
///
/// Errors (all `ValueError`): `"Unknown format code 'd' for object of type
/// 'str'"` (with `type_name`), `"Sign not allowed in string format
/// specifier"`, `"Space not allowed in string format specifier"`,
/// `"Negative zero coercion (z) not allowed in string format specifier"`,
/// `"Alternate form (#) not allowed in string format specifier"`,
/// `"'=' alignment not allowed in string format specifier"`.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, NumFmtError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (kept, len) = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    let padding = spec.width.map_or(0, |w| w.saturating_sub(len));
    let (left, right) = match spec.align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = String::with_capacity(kept.len() + padding);
    push_fill(&mut out, spec.fill, left as i128);
    out.push_str(kept);
    push_fill(&mut out, spec.fill, right as i128);
    Ok(out)
}
