//! CPython-exact number formatting and parsing, as pure Rust functions.
//!
//! Nothing in this module knows about VM objects: every function takes plain
//! Rust values (`f64`, [`num_bigint::BigInt`], `&str`) and returns a `String`
//! or a [`NumFmtError`] whose variant names the Python exception class and
//! whose text is CPython 3.11's message, word for word.  The caller wraps
//! the result in VM objects and raises the matching exception.
//!
//! # Digits first, layout second
//!
//! Every float output is produced in two independent steps.
//!
//! 1. **Digit generation.**  Rust's standard library already contains two
//!    correct decimal converters for `f64`:
//!
//!    * the *shortest* mode (`format!("{:e}", x)`), which yields the fewest
//!      significant digits that read back as exactly the same double (the
//!      Grisu algorithm with a Dragon4 fallback, so it is always correct and
//!      usually fast).  When several digit strings of that length round-trip,
//!      it picks the one closest to the true value, which is the same choice
//!      David Gay's `dtoa` mode 0 makes, and `dtoa` mode 0 is what CPython's
//!      `repr(float)` uses.  The one difference is an exact tie between the
//!      two closest candidates (possible only for 16- and 17-digit results,
//!      e.g. `2**-25`): `core::fmt` rounds it up, `dtoa` to the even digit;
//!      `Digits::shortest` in `float_repr.rs` detects and corrects that.
//!    * the *exact* mode (`format!("{:.*e}", p, x)` and `format!("{:.*}", p, x)`),
//!      which rounds the exact binary value of `x` to `p` digits, resolving
//!      exact ties to even.  That is what `dtoa` modes 2 and 3 do for
//!      `%e`/`%g` (a count of significant digits) and `%f` (a count of digits
//!      after the point).
//!
//!    So this module never does digit arithmetic itself on the hot paths: it
//!    asks `core::fmt` for a digit string plus a decimal exponent and then
//!    throws the formatting away.  (The only place that needs exact big-number
//!    arithmetic is `round(x, n)` with negative `n`, see [`round_float`].)
//!
//! 2. **Layout.**  CPython's rules for where the decimal point goes, when to
//!    switch to an exponent, how many zeros to pad, and how to spell the
//!    exponent live in `Python/pystrtod.c` (the function that turns a digit
//!    string into text for `PyOS_double_to_string`).  The rules reimplemented
//!    here, in [`double_to_string`], are:
//!
//!    * with `decpt` the position of the decimal point relative to the
//!      digits (value = `0.d1d2d3… × 10^decpt`), `repr` uses positional
//!      notation when `-4 < decpt <= 16` (so `1e-05` and `1e+16` switch, while
//!      `0.0001` and `1234567890123456.8` do not) and otherwise an exponent;
//!    * `%g` with precision `p` uses an exponent when `decpt <= -4` or
//!      `decpt > p`; when the format spec had no presentation type (the
//!      "add `.0`" flavour used by `format(x, '.3')`) the upper limit is
//!      `p - 1`, so `format(123.0, '.3')` is `'1.23e+02'`;
//!    * exponents are written with an explicit sign and at least two digits
//!      (`e+16`, `e-07`, `e+308`);
//!    * integral values in positional notation get `.0` appended for `repr`
//!      and for format specs without a type, but never in exponent form;
//!    * the `#` ("alternate") flag keeps a trailing decimal point and, for
//!      `%g`, the trailing zeros up to the precision.
//!
//!    The width, fill, alignment, sign and digit-grouping rules of the
//!    format-spec mini-language come from `Python/formatter_unicode.c` and
//!    the digit grouping (including how `'0'` padding interacts with the
//!    separators) from `_PyUnicode_InsertThousandsGrouping`; printf-style
//!    `%` formatting follows `Objects/unicodeobject.c`.  Those sources were
//!    read to learn the rules; the code here is an independent
//!    implementation and is checked against `python3` itself by the test
//!    table `tests/numfmt_cases.txt`.
//!
//! # Type names in messages
//!
//! Some messages name the Python type of the formatted object ("Unknown
//! format code 'd' for object of type 'str'").  Functions that can raise
//! such a message take a `type_name: &str` argument (e.g. `"float"`,
//! `"int"`, `"bool"`, or a subclass name); it is truncated to 200 characters
//! as CPython does.
//!
//! # What the caller still does
//!
//! * `format(x, '')` is `str(x)` for every built-in type; the `format_*`
//!   functions here implement the non-empty case (they work for the empty
//!   spec too, and for `int` and `float` return the same text as `str`).
//! * Conversions of arbitrary objects (`__index__`, `__float__`, `repr` for
//!   `%r`), argument fetching for `%` formatting, and the
//!   `sys.set_int_max_str_digits` limit are left to the caller.
//! * A width or precision so large that the text cannot be allocated makes
//!   CPython raise `MemoryError`; there is no such variant here, so the
//!   caller should refuse absurd sizes before calling if that matters.

mod complex;
mod convert;
mod float_repr;
mod hexfloat;
mod parse;
mod percent;
mod spec;

pub use complex::{complex_repr, format_complex};
pub use convert::{int_to_float, int_to_str_radix, round_int};
pub use float_repr::{double_to_string, float_repr, round_float, DtoaFlags};
pub use hexfloat::{float_fromhex, float_hex};
pub use parse::{parse_float_literal, parse_int_literal, unicode_decimal_value, unicode_is_space};
pub use percent::{
    parse_percent, percent_format_float, percent_format_int, percent_format_str, Count,
    PercentFlags, PercentParser, PercentPiece, PercentRef, PercentSpec,
};
pub use spec::{format_float, format_int, format_str, parse_format_spec, FormatSpec, SpecTarget};

use std::fmt;

/// An error from this module, tagged with the Python exception class that
/// CPython raises for it.  The string is CPython's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumFmtError {
    /// `ValueError(msg)`
    Value(String),
    /// `OverflowError(msg)`
    Overflow(String),
    /// `TypeError(msg)`
    Type(String),
}

impl NumFmtError {
    /// The Python exception class name: `"ValueError"`, `"OverflowError"` or `"TypeError"`.
    pub fn class_name(&self) -> &'static str {
        match self {
            NumFmtError::Value(_) => "ValueError",
            NumFmtError::Overflow(_) => "OverflowError",
            NumFmtError::Type(_) => "TypeError",
        }
    }

    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            NumFmtError::Value(m) | NumFmtError::Overflow(m) | NumFmtError::Type(m) => m,
        }
    }
}

impl fmt::Display for NumFmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for NumFmtError {}

/// CPython prints type names with `%.200s`.
fn short_type_name(type_name: &str) -> &str {
    match type_name.char_indices().nth(200) {
        Some((i, _)) => &type_name[..i],
        None => type_name,
    }
}
