//! printf-style formatting: `"%5.2f" % x`.
//!
//! [`parse_percent`] splits a format string into literal text and
//! conversion specifiers.  CPython reports most problems only when it
//! reaches them, after the pieces before them have consumed their
//! arguments, so parse problems are carried inside the pieces instead of
//! failing the whole parse.  A caller implementing `str % args` walks the
//! pieces in order and, for each [`PercentSpec`]:
//!
//! 1. with a `key`, looks the value up in the mapping (`TypeError("format
//!    requires a mapping")` if the right operand is not one, else
//!    `KeyError`);
//! 2. for `width == Some(Count::Star)`, takes the next argument (`"* wants
//!    int"`), then likewise for the precision;
//! 3. raises `conv`'s error if it is an `Err` (`"incomplete format"`,
//!    `"width too big"`, `"precision too big"`: note that a parse error in
//!    the width leaves `precision` as `None`, as CPython stops there);
//! 4. without a key, takes the next argument (`"not enough arguments for
//!    format string"`);
//! 5. converts it according to the conversion character, raising
//!    [`PercentSpec::unsupported`] for an unknown one, and calls
//!    [`percent_format_int`], [`percent_format_float`] or
//!    [`percent_format_str`].
//!
//! A [`PercentPiece::IncompleteKey`] stands for a `%(` whose parentheses
//! never balance: `TypeError("format requires a mapping")` when the operand
//! is not a mapping, else `ValueError("incomplete format key")`.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{double_to_string, DtoaFlags};
use super::NumFmtError;

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// `*`
    Star,
    /// A literal number.
    Num(usize),
}

/// The flag characters `-`, `+`, space, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always write a sign.
    pub sign: bool,
    /// space: write a space before non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// One `%…` conversion specifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The `(key)` of `%(key)s`.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The width, if any.
    pub width: Option<Count>,
    /// The precision, if any.
    pub precision: Option<Count>,
    /// The conversion character, or the error CPython raises once the key
    /// and `*` arguments of this specifier have been processed.
    pub conv: Result<char, NumFmtError>,
    /// The index (in characters) of the conversion character in the
    /// format string, for [`PercentSpec::unsupported`].
    pub conv_index: usize,
}

impl PercentSpec {
    /// `ValueError("unsupported format character 'y' (0x79) at index 3")`
    /// for this specifier's conversion character; non-printable characters
    /// are shown as `?`.
    pub fn unsupported(&self) -> NumFmtError {
        let c = *self.conv.as_ref().unwrap_or(&'?');
        let shown = if (' '..='~').contains(&c) { c } else { '?' };
        NumFmtError::Value(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.conv_index
        ))
    }
}

/// A piece of a `%`-format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` is already turned into `%`).
    Literal(String),
    /// A conversion specifier.
    Spec(PercentSpec),
    /// A `%(` with unbalanced parentheses; the format string ends here.
    IncompleteKey,
}

/// Splits a printf-style format string into pieces; see the module
/// documentation for how errors are placed.  Length modifiers `h`, `l`,
/// `L` are skipped.  After an [`PercentPiece::IncompleteKey`] or a spec
/// whose `conv` is an error, no more pieces follow.
pub fn parse_percent(fmt: &str) -> Vec<PercentPiece> {
    let mut pieces: Vec<PercentPiece> = Vec::new();
    for piece in PercentParser::new(fmt) {
        match piece {
            PercentRef::Literal(text) => match pieces.last_mut() {
                Some(PercentPiece::Literal(prev)) => prev.push_str(text),
                _ => pieces.push(PercentPiece::Literal(text.to_string())),
            },
            PercentRef::Spec(spec) => pieces.push(PercentPiece::Spec(spec)),
            PercentRef::IncompleteKey => pieces.push(PercentPiece::IncompleteKey),
        }
    }
    pieces
}

/// A piece of a `%`-format string that borrows its literal text (the
/// allocation-free form of [`PercentPiece`]; `%%` is a literal `"%"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentRef<'a> {
    Literal(&'a str),
    Spec(PercentSpec),
    IncompleteKey,
}

/// The pieces of a `%`-format string, one at a time (what
/// [`parse_percent`] collects).
pub struct PercentParser<'a> {
    fmt: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> PercentParser<'a> {
    pub fn new(fmt: &'a str) -> PercentParser<'a> {
        PercentParser {
            fmt,
            pos: 0,
            done: false,
        }
    }
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = PercentRef<'a>;

    fn next(&mut self) -> Option<PercentRef<'a>> {
        let b = self.fmt.as_bytes();
        let n = b.len();
        if self.done || self.pos >= n {
            return None;
        }
        let start = self.pos;
        if b[start] != b'%' {
            let end = b[start..]
                .iter()
                .position(|&c| c == b'%')
                .map_or(n, |k| start + k);
            self.pos = end;
            return Some(PercentRef::Literal(&self.fmt[start..end]));
        }
        if start + 1 < n && b[start + 1] == b'%' {
            self.pos = start + 2;
            return Some(PercentRef::Literal("%"));
        }
        let (piece, next) = parse_spec(self.fmt, start + 1);
        self.done = match &piece {
            PercentRef::Spec(s) => s.conv.is_err(),
            _ => true,
        };
        self.pos = next;
        Some(piece)
    }
}

/// Parses the specifier that starts right after a `%` at byte `start`;
/// returns it and the byte index after it.
fn parse_spec(fmt: &str, start: usize) -> (PercentRef<'_>, usize) {
    let chars = fmt.as_bytes();
    let n = chars.len();
    let mut i = start;
    let mut spec = PercentSpec {
        key: None,
        flags: PercentFlags::default(),
        width: None,
        precision: None,
        conv: Err(NumFmtError::Value("incomplete format".to_string())),
        conv_index: 0,
    };
    if i < n && chars[i] == b'(' {
        let mut depth = 1;
        i += 1;
        let key_start = i;
        while depth > 0 && i < n {
            match chars[i] {
                b'(' => depth += 1,
                b')' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        if depth > 0 {
            return (PercentRef::IncompleteKey, n);
        }
        spec.key = Some(fmt[key_start..i - 1].to_string());
    }
    while i < n {
        match chars[i] {
            b'-' => spec.flags.left = true,
            b'+' => spec.flags.sign = true,
            b' ' => spec.flags.space = true,
            b'#' => spec.flags.alt = true,
            b'0' => spec.flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let too_big = |what: &str| Err(NumFmtError::Value(format!("{what} too big")));
    if i < n && chars[i] == b'*' {
        spec.width = Some(Count::Star);
        i += 1;
    } else if let Some(v) = read_number(chars, &mut i, isize::MAX as usize) {
        match v {
            Some(v) => spec.width = Some(Count::Num(v)),
            None => {
                spec.conv = too_big("width");
                return (PercentRef::Spec(spec), n);
            }
        }
    }
    if i < n && chars[i] == b'.' {
        i += 1;
        spec.precision = Some(Count::Num(0));
        if i < n && chars[i] == b'*' {
            spec.precision = Some(Count::Star);
            i += 1;
        } else if let Some(v) = read_number(chars, &mut i, i32::MAX as usize) {
            match v {
                Some(v) => spec.precision = Some(Count::Num(v)),
                None => {
                    spec.conv = too_big("precision");
                    return (PercentRef::Spec(spec), n);
                }
            }
        }
    }
    if i < n && matches!(chars[i], b'h' | b'l' | b'L') {
        i += 1;
    }
    if let Some(c) = fmt[i..].chars().next() {
        spec.conv = Ok(c);
        spec.conv_index = if fmt.is_ascii() {
            i
        } else {
            fmt[..i].chars().count()
        };
        i += c.len_utf8();
    }
    (PercentRef::Spec(spec), i)
}

/// Reads ASCII digits at `*i`: `None` if there are none, `Some(None)` if
/// the number exceeds `max`.
fn read_number(chars: &[u8], i: &mut usize, max: usize) -> Option<Option<usize>> {
    if !chars.get(*i).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut v: usize = 0;
    while let Some(&c) = chars.get(*i).filter(|c| c.is_ascii_digit()) {
        let d = (c - b'0') as usize;
        if v > (max - d) / 10 {
            return Some(None);
        }
        v = v * 10 + d;
        *i += 1;
    }
    Some(Some(v))
}

/// Applies a `*` width taken from the arguments: negative means
/// left-justified.
fn resolve_width(flags: &mut PercentFlags, width: Option<i64>) -> usize {
    match width {
        Some(w) if w < 0 => {
            flags.left = true;
            usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX)
        }
        Some(w) => usize::try_from(w).unwrap_or(usize::MAX),
        None => 0,
    }
}

/// Lays out a number: `[pad][sign][prefix][zeros]body[pad]`.
fn output_number(
    flags: PercentFlags,
    width: usize,
    negative: bool,
    prefix: &str,
    body: &str,
) -> String {
    let sign = if negative {
        Some('-')
    } else if flags.sign {
        Some('+')
    } else if flags.space {
        Some(' ')
    } else {
        None
    };
    let len = usize::from(sign.is_some()) + prefix.len() + body.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if flags.zero {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

/// Formats an int for the conversions `d i u x X o c` of `spec.conv` (the
/// caller has already turned the argument into an int, or, for `c`,
/// handled a one-character str with [`percent_format_str`]).  `width` and
/// `precision` are the resolved values (from the spec or a `*` argument; a
/// negative width means left-justify, a negative precision means 0).
/// The precision is the minimum number of digits; `#` adds `0x` / `0X` /
/// `0o`.
///
/// Errors: `OverflowError("%c arg not in range(0x110000)")`;
/// [`PercentSpec::unsupported`] for any other conversion character; a
/// surrogate for `c` gives `ValueError("%c arg is a surrogate code
/// point")` (CPython returns the surrogate).
pub fn percent_format_int(
    n: &BigInt,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, NumFmtError> {
    let conv = spec.conv.clone()?;
    let mut flags = spec.flags;
    let width = resolve_width(&mut flags, width);
    let precision = precision.map_or(0, |p| usize::try_from(p.max(0)).unwrap_or(usize::MAX));
    let (prefix, mut digits) = match conv {
        'd' | 'i' | 'u' => ("", n.magnitude().to_string()),
        'x' => ("0x", n.magnitude().to_str_radix(16)),
        'X' => ("0X", n.magnitude().to_str_radix(16).to_ascii_uppercase()),
        'o' => ("0o", n.magnitude().to_str_radix(8)),
        'c' => {
            let c = n
                .to_i64()
                .filter(|v| (0..=0x10ffff).contains(v))
                .ok_or_else(|| {
                    NumFmtError::Overflow("%c arg not in range(0x110000)".to_string())
                })?;
            let c = char::from_u32(c as u32).ok_or_else(|| {
                NumFmtError::Value("%c arg is a surrogate code point".to_string())
            })?;
            return Ok(pad_text(&c.to_string(), flags.left, width));
        }
        _ => return Err(spec.unsupported()),
    };
    if digits.len() < precision {
        digits.insert_str(0, &"0".repeat(precision - digits.len()));
    }
    let prefix = if flags.alt { prefix } else { "" };
    Ok(output_number(
        flags,
        width,
        n.sign() == Sign::Minus,
        prefix,
        &digits,
    ))
}

/// Formats a float for the conversions `e E f F g G` of `spec.conv`
/// (precision defaults to 6; `#` keeps the point and `%g`'s zeros).
/// `width` and `precision` as for [`percent_format_int`].  The `0` flag
/// pads `inf` and `nan` with zeros too, as CPython does.
///
/// Errors: [`PercentSpec::unsupported`] for other conversion characters.
pub fn percent_format_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> Result<String, NumFmtError> {
    let conv = spec.conv.clone()?;
    if !matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return Err(spec.unsupported());
    }
    let mut flags = spec.flags;
    let width = resolve_width(&mut flags, width);
    let precision = precision.map_or(6, |p| usize::try_from(p.max(0)).unwrap_or(usize::MAX));
    let text = double_to_string(
        x,
        conv,
        precision,
        DtoaFlags {
            alt: flags.alt,
            ..DtoaFlags::default()
        },
    );
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    Ok(output_number(flags, width, negative, "", body))
}

/// Lays out already-converted text for `s`, `r`, `a` (the caller applied
/// `str`, `repr` or `ascii`) and for `c` with a one-character str: the
/// precision (`s r a` only) keeps at most that many characters, the width
/// pads with spaces on the left, or on the right with the `-` flag (the
/// `0` flag is ignored).  `width` and `precision` as for
/// [`percent_format_int`].
pub fn percent_format_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<i64>,
    precision: Option<i64>,
) -> String {
    let mut flags = spec.flags;
    let width = resolve_width(&mut flags, width);
    let truncates = matches!(spec.conv, Ok('s' | 'r' | 'a'));
    let kept = match precision {
        Some(p) if truncates => {
            let p = usize::try_from(p.max(0)).unwrap_or(usize::MAX);
            match s.char_indices().nth(p) {
                Some((i, _)) => &s[..i],
                None => s,
            }
        }
        _ => s,
    };
    pad_text(kept, flags.left, width)
}

/// Pads `text` with spaces to `width` characters, on the right when `left`.
fn pad_text(text: &str, left: bool, width: usize) -> String {
    let pad = width.saturating_sub(text.chars().count());
    let mut out = String::with_capacity(text.len() + pad);
    if left {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', pad));
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(text);
    }
    out
}
