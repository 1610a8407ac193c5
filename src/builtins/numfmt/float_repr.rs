//! `repr(float)`, the `e`/`f`/`g`/`r` conversions shared by `format()` and
//! `%`-formatting, and `round(float, n)`.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

use super::NumFmtError;

/// Options for [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Prefix non-negative numbers (and NaN) with `+`.
    pub sign: bool,
    /// Append `.0` to integral values written without an exponent
    /// (used by `repr` and by format specs that have no presentation type).
    pub add_dot_0: bool,
    /// The `#` flag: always write a decimal point, and keep `%g`'s trailing zeros.
    pub alt: bool,
    /// The `z` flag: a result that reads as zero never gets a minus sign.
    pub no_neg_0: bool,
}

/// A finite, non-negative number as decimal digits: the value is
/// `0.d1 d2 d3 … × 10^decpt`.  `digits` has no leading zeros except for
/// the number zero itself, which is `"0"` with `decpt == 1`.
struct Digits {
    digits: String,
    decpt: i32,
}

impl Digits {
    /// Splits `core::fmt`'s scientific output (`"1.2345e-5"`, `"7e22"`).
    fn from_sci(s: &str) -> Digits {
        let (mant, exp) = s.split_once('e').expect("scientific notation");
        let digits: String = mant.chars().filter(|c| *c != '.').collect();
        let exp: i32 = exp.parse().expect("decimal exponent");
        Digits {
            digits,
            decpt: exp + 1,
        }
    }

    /// The shortest digit string that reads back as `a` (`a >= 0`, finite);
    /// among several of that length, the one nearest to `a`, and between two
    /// equally near ones the one ending in an even digit (as `dtoa` mode 0).
    fn shortest(a: f64) -> Digits {
        let d = Digits::from_sci(&format!("{a:e}"));
        // core::fmt resolves an exact tie between the two nearest n-digit
        // strings upwards (2**-25 = 2.98023223876953125e-08 gives ...313,
        // CPython ...312).  A tie needs the exact value to have n + 1
        // significant digits, and with n <= 15 neither neighbour would
        // round-trip, so only 16- and 17-digit results need a second look:
        // the correctly rounded (ties-to-even) n-digit string is the nearest
        // one, and is the answer whenever it also round-trips.
        let n = d.digits.len();
        if n >= 16 {
            let text = format!("{:.*e}", n - 1, a);
            if text.parse::<f64>() == Ok(a) {
                let nearest = Digits::from_sci(&text);
                if nearest.digits != d.digits {
                    return nearest;
                }
            }
        }
        d
    }

    /// `a` correctly rounded (ties to even) to `n >= 1` significant digits,
    /// with trailing zeros removed.
    fn significant(a: f64, n: usize) -> Digits {
        let mut d = Digits::from_sci(&format!("{:.*e}", n - 1, a));
        let keep = d.digits.trim_end_matches('0').len().max(1);
        d.digits.truncate(keep);
        d
    }

    fn is_zero(&self) -> bool {
        self.digits.bytes().all(|b| b == b'0')
    }
}

/// Appends `e+05` / `E-123`: the exponent with a sign and at least two digits.
fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let mag = exp.unsigned_abs();
    if mag < 10 {
        out.push('0');
    }
    out.push_str(&mag.to_string());
}

/// Writes `d` either positionally or with an exponent.
///
/// `min_sig` pads the significant digits with zeros up to that count (used
/// by `%#g`).  Without a fractional part the point is dropped, unless
/// `add_dot_0` (positional form only: writes `.0`) or `alt` (writes `.`).
fn lay_out(d: &Digits, use_exp: bool, min_sig: usize, flags: DtoaFlags, upper: bool) -> String {
    let mut sig = d.digits.clone();
    if sig.len() < min_sig {
        sig.extend(std::iter::repeat_n('0', min_sig - sig.len()));
    }
    let point: i64 = if use_exp { 1 } else { i64::from(d.decpt) };
    let mut out = String::with_capacity(sig.len() + 8);
    let frac: String;
    if point <= 0 {
        out.push('0');
        let mut f = "0".repeat(point.unsigned_abs() as usize);
        f.push_str(&sig);
        frac = f;
    } else if point as usize >= sig.len() {
        out.push_str(&sig);
        out.extend(std::iter::repeat_n('0', point as usize - sig.len()));
        frac = String::new();
    } else {
        out.push_str(&sig[..point as usize]);
        frac = sig[point as usize..].to_string();
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    } else if flags.add_dot_0 && !use_exp {
        out.push_str(".0");
    } else if flags.alt {
        out.push('.');
    }
    if use_exp {
        push_exponent(&mut out, d.decpt - 1, upper);
    }
    out
}

/// More digits than any double's exact decimal expansion has.
const EXACT_DIGITS: usize = 1100;

/// Converts `x` to text like CPython's `PyOS_double_to_string`.
///
/// `code` is one of `e E f F g G r`; `precision` is the number of digits
/// after the point (`e`, `f`) or of significant digits (`g`, where `0` means
/// `1`), and is ignored by `r`, which produces the shortest round-tripping
/// digits with `repr`'s layout.  Upper-case codes write `E`, `INF`, `NAN`.
/// Negative numbers (including `-0.0` and `-inf`) start with `-`; NaN never
/// carries a minus sign.  Any other `code` is treated as `r`.
///
/// This is the engine under [`float_repr`], `format()` and `%`-formatting;
/// it is public for callers that need other combinations (e.g. `complex`).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if x.is_nan() {
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        out.push(if negative {
            '-'
        } else if flags.sign {
            '+'
        } else {
            return if upper { "INF" } else { "inf" }.to_string();
        });
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let a = x.abs();
    let body = match code {
        'f' => {
            // A double has at most 1074 digits after the point, and
            // `core::fmt` refuses precisions past u16::MAX: compute what can
            // be non-zero and pad the rest.
            let exact = precision.min(EXACT_DIGITS);
            let mut s = format!("{a:.exact$}");
            s.extend(std::iter::repeat_n('0', precision - exact));
            if flags.no_neg_0 && s.bytes().all(|b| b == b'0' || b == b'.') {
                negative = false;
            }
            if precision == 0 && flags.alt {
                s.push('.');
            }
            s
        }
        'e' => {
            let exact = precision.min(EXACT_DIGITS);
            let mut d = Digits::from_sci(&format!("{a:.exact$e}"));
            d.digits.extend(std::iter::repeat_n('0', precision - exact));
            if flags.no_neg_0 && d.is_zero() {
                negative = false;
            }
            let mut s = String::with_capacity(precision + 8);
            s.push_str(&d.digits[..1]);
            if precision > 0 || flags.alt {
                s.push('.');
            }
            s.push_str(&d.digits[1..]);
            push_exponent(&mut s, d.decpt - 1, upper);
            s
        }
        'g' => {
            let p = precision.max(1);
            let d = Digits::significant(a, p.min(EXACT_DIGITS));
            if flags.no_neg_0 && d.is_zero() {
                negative = false;
            }
            let limit = if flags.add_dot_0 {
                p as i64 - 1
            } else {
                p as i64
            };
            let decpt = i64::from(d.decpt);
            let use_exp = decpt <= -4 || decpt > limit;
            let min_sig = if flags.alt { p } else { 0 };
            lay_out(&d, use_exp, min_sig, flags, upper)
        }
        _ => {
            let d = Digits::shortest(a);
            if flags.no_neg_0 && d.is_zero() {
                negative = false;
            }
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            lay_out(&d, use_exp, 0, flags, upper)
        }
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    out.push_str(&body);
    out
}

/// `repr(x)` (and `str(x)`) for a Python float: the shortest digit string
/// that round-trips, positional for `1e-4 <= |x| < 1e16` with `.0` added to
/// integral values (`1.0`, `100.0`, `0.0001`, `1234567890123456.8`), and
/// exponent form otherwise (`1e-05`, `1e+16`, `1.5e-07`, `5e-324`);
/// `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// Beyond this many digits after the point every double is already exact.
const NDIGITS_MAX: i64 = 323;
/// Below `-NDIGITS_MIN` digits every finite double rounds to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float `x` and an integer `ndigits` (the caller
/// handles `round(x)` / `round(x, None)`, which return an int, and clamps a
/// huge `ndigits` to the `i64` range).
///
/// The exact binary value of `x` is rounded to a multiple of
/// `10**-ndigits`, ties going to the even multiple, and the result is the
/// double nearest to that decimal (so `round(2.675, 2) == 2.67` because the
/// double 2.675 is slightly below the tie, `round(2.5, 0) == 2.0`,
/// `round(1234.5, -1) == 1230.0`, `round(-0.4, 0) == -0.0`).  NaN and
/// infinities are returned unchanged, as is `x` for `ndigits > 323`; for
/// `ndigits < -308` the result is a zero with the sign of `x`.
///
/// Errors: `OverflowError("rounded value too large to represent")` when the
/// rounded decimal is beyond the float range (`round(1.7e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, NumFmtError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // Correctly rounded, ties to even, by core::fmt's exact mode.
        format!("{:.*}", ndigits as usize, x)
    } else {
        let q = round_to_power_of_ten(x.abs(), ndigits.unsigned_abs() as u32);
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{sign}{q}e{}", -ndigits)
    };
    let r: f64 = text.parse().expect("decimal text");
    if r.is_infinite() {
        return Err(NumFmtError::Overflow(
            "rounded value too large to represent".to_string(),
        ));
    }
    Ok(r)
}

/// `a / 10**k` rounded to an integer, ties to even, computed exactly
/// (`a` finite and non-negative).
fn round_to_power_of_ten(a: f64, k: u32) -> BigUint {
    let (mant, exp) = decompose(a);
    let mut num = BigUint::from(mant);
    let mut den = BigUint::from(10u32).pow(k);
    if exp >= 0 {
        num <<= exp as u32;
    } else {
        den <<= exp.unsigned_abs();
    }
    let (q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q + BigUint::one()
    } else if q.is_zero() {
        BigUint::zero()
    } else {
        q
    }
}

/// `a == mant * 2**exp` exactly, for finite non-negative `a`.
pub(super) fn decompose(a: f64) -> (u64, i32) {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}
