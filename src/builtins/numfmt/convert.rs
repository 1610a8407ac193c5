//! Integer conversions: `float(int)` and `hex()` / `oct()` / `bin()`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::ToPrimitive;

/// `float(n)`: `n` rounded to the nearest double, ties to even.
///
/// Returns `None` when the rounded value does not fit in a double (that is,
/// `abs(n) >= 2**1024 - 2**970`); CPython then raises
/// `OverflowError("int too large to convert to float")`.
pub fn int_to_float(n: &BigInt) -> Option<f64> {
    let mag = n.magnitude();
    let bits = mag.bits();
    let a = if bits <= 64 {
        mag.to_u64().expect("fits in u64") as f64
    } else if bits > 1024 {
        return None;
    } else {
        // Keep the top 64 bits and fold everything below into a sticky bit:
        // the rounding of a 64-bit integer to 53 bits then sees the same
        // "below half / half / above half" as the full number.
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().expect("64 bits");
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        // `as` rounds to nearest, ties to even; scaling by 2**shift is exact.
        let r = top as f64 * f64::from_bits((1023 + shift) << 52);
        if r.is_infinite() {
            return None;
        }
        r
    };
    Some(if n.sign() == Sign::Minus { -a } else { a })
}

/// The digits of `n` in `radix` (2..=36, lower case), with a leading `-`
/// for negative numbers.  With `prefix`, radix 2, 8 and 16 get CPython's
/// `0b` / `0o` / `0x` after the sign, as `bin()`, `oct()` and `hex()` write
/// them: `int_to_str_radix(-31, 16, true) == "-0x1f"`.
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: bool) -> String {
    let digits = n.magnitude().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if n.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        match radix {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&digits);
    out
}

/// `round(n, ndigits)` for an int `n`: `n` itself when `ndigits >= 0`,
/// otherwise the multiple of `10**-ndigits` nearest to `n`, ties going to
/// the even multiple (`round(15, -1) == 20`, `round(25, -1) == 20`,
/// `round(-15, -1) == -20`).  The caller clamps a huge `ndigits` into the
/// `i64` range (any value below `-digits(n) - 1` gives 0).
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    // |n| < 10**digits <= 10**k / 2 rounds to zero: skip computing 10**k.
    let digits = (n.magnitude().bits() as f64 * std::f64::consts::LOG10_2) as u64 + 1;
    let k = ndigits.unsigned_abs();
    if k > digits + 1 {
        return BigInt::default();
    }
    let p = BigInt::from(10u32).pow(k as u32);
    let (q, r) = n.div_mod_floor(&p);
    let twice: BigInt = r << 1u32;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    q * p
}
