//! The `math` module: CPython's float functions with its special cases and
//! errors (`math domain error` as ValueError, `math range error` as
//! OverflowError), the exact integer functions, and `fsum`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::{check_arity, no_kwargs};
use crate::bytecode::BinaryOpKind;
use crate::interp::ops::binary_op;
use crate::interp::{Args, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::Value;

use super::{add_function, add_value};

fn domain_error(vm: &mut Vm) -> crate::interp::PyErr {
    vm.value_error("math domain error")
}

fn range_error(vm: &mut Vm) -> crate::interp::PyErr {
    vm.overflow_error("math range error")
}

/// The one argument of `math.NAME(x)`.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    Ok(args.pos[0])
}

/// The two arguments of `NAME(x, y)` (`pow expected 2 arguments, got 1`).
fn two_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let qualified = format!("math.{name}");
    no_kwargs(vm, args, &qualified)?;
    check_arity(vm, args, name, 2, 2)?;
    Ok((args.pos[0], args.pos[1]))
}

/// Applies a float function with CPython's error rules: a NaN from a
/// non-NaN argument is a domain error; an infinity from a finite argument
/// is a range error when the function can overflow, else a domain error.
fn math_1(vm: &mut Vm, x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<f64> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

/// The two-argument error rules (atan2, copysign, remainder).
fn math_2(vm: &mut Vm, x: f64, y: f64, f: fn(f64, f64) -> f64) -> PyResult<f64> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(r)
}

/// The platform C library's versions of the functions whose Rust `std`
/// counterparts are computed differently (std's `asinh`, `acosh` and
/// `atanh` are its own formulas, and `libm`'s ports may differ from the C
/// library in the last bit). CPython calls these, so calling them too gives
/// the same bits on the same machine.
mod clib {
    mod ffi {
        #[link(name = "m")]
        extern "C" {
            pub fn asinh(x: f64) -> f64;
            pub fn acosh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
        }
    }
    macro_rules! wrap {
        ($($name:ident),*) => {$(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure C math function of one double: no pointers,
                // no shared state beyond errno, which weft never reads.
                unsafe { ffi::$name(x) }
            }
        )*};
    }
    wrap!(asinh, acosh, atanh, erf, erfc, expm1, log1p);

    /// `cbrt` needs a detour: Rust's runtime (compiler-builtins) links in a
    /// `cbrt` of its own that wins over the C library's inside this binary
    /// and differs from it in the last bit, so the C library's is looked up
    /// by name at run time; the builtin one is the fallback.
    pub fn cbrt(x: f64) -> f64 {
        type CFn = unsafe extern "C" fn(f64) -> f64;
        static CBRT: std::sync::OnceLock<Option<CFn>> = std::sync::OnceLock::new();
        let f = CBRT.get_or_init(|| {
            // SAFETY: dlsym with RTLD_DEFAULT and a NUL-terminated name only
            // reads the dynamic linker's tables; a non-null result is the
            // address of the C library's `double cbrt(double)`, whose
            // signature CFn spells out.
            unsafe {
                let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
                (!p.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, CFn>(p))
            }
        });
        match f {
            // SAFETY: a pure C math function of one double.
            Some(f) => unsafe { f(x) },
            None => x.cbrt(),
        }
    }
}

macro_rules! math1 {
    ($fname:ident, $pyname:literal, $f:expr, $overflow:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let v = one_arg(vm, &args, concat!("math.", $pyname))?;
            let x = vm.to_f64(v)?;
            let f: fn(f64) -> f64 = $f;
            math_1(vm, x, f, $overflow).map(Value::float)
        }
    };
}

math1!(m_sqrt, "sqrt", f64::sqrt, false);
math1!(m_exp, "exp", f64::exp, true);
math1!(m_exp2, "exp2", f64::exp2, true);
math1!(m_expm1, "expm1", clib::expm1, true);
math1!(m_log1p, "log1p", clib::log1p, false);
math1!(m_sin, "sin", f64::sin, false);
math1!(m_cos, "cos", f64::cos, false);
math1!(m_tan, "tan", f64::tan, false);
math1!(m_asin, "asin", f64::asin, false);
math1!(m_acos, "acos", f64::acos, false);
math1!(m_atan, "atan", f64::atan, false);
math1!(m_sinh, "sinh", f64::sinh, true);
math1!(m_cosh, "cosh", f64::cosh, true);
math1!(m_tanh, "tanh", f64::tanh, false);
math1!(m_asinh, "asinh", clib::asinh, false);
math1!(m_acosh, "acosh", clib::acosh, false);
math1!(m_atanh, "atanh", clib::atanh, false);
math1!(m_fabs, "fabs", f64::abs, false);
math1!(m_cbrt, "cbrt", clib::cbrt, false);
math1!(m_erf, "erf", clib::erf, false);
math1!(m_erfc, "erfc", clib::erfc, false);

fn m_degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.degrees")?;
    let x = vm.to_f64(v)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.radians")?;
    let x = vm.to_f64(v)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

// ----- gamma and lgamma (Lanczos approximation, as CPython computes them) ---

// Exact dyadic values (the f64s CPython uses), written out in full.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// The denominator x*(x+1)*...*(x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate for large x.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Why a gamma computation failed.
enum GammaErr {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, GammaErr> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(GammaErr::Domain)
        };
    }
    if x == 0.0 {
        return Err(GammaErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(GammaErr::Domain);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for i in 2..(x as i64) {
                f *= i as f64;
            }
            return Ok(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(GammaErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(GammaErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(GammaErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, GammaErr> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(GammaErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(GammaErr::Range);
    }
    Ok(r)
}

fn gamma_result(vm: &mut Vm, r: Result<f64, GammaErr>) -> PyResult<Value> {
    match r {
        Ok(v) => Ok(Value::float(v)),
        Err(GammaErr::Domain) => Err(domain_error(vm)),
        Err(GammaErr::Range) => Err(range_error(vm)),
    }
}

fn m_gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.gamma")?;
    let x = vm.to_f64(v)?;
    gamma_result(vm, tgamma(x))
}

fn m_lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.lgamma")?;
    let x = vm.to_f64(v)?;
    gamma_result(vm, lgamma(x))
}

// ----- logarithms --------------------------------------------------------

/// A positive big int as (m, e) with n == m * 2**e, 0.5 <= m < 1, m
/// correctly rounded.
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits();
    let mag = n.magnitude();
    let (top, shift) = if bits > 55 {
        let shift = bits - 55;
        let mut top = (mag >> shift).to_u64().unwrap_or(0);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit: the rounding sees the dropped bits
        }
        (top, shift)
    } else {
        (mag.to_u64().unwrap_or(0), 0)
    };
    // `top as f64` rounds to nearest even; top < 2**55.
    let m = top as f64;
    let (fm, fe) = crate::object::hashing::frexp(m);
    (fm, fe as i64 + shift as i64)
}

/// CPython's loghelper: ints of any size are accepted (positive only);
/// anything else goes through float conversion and the math_1 rules.
fn loghelper(vm: &mut Vm, arg: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(iv) = int_view(arg) {
        let n = match iv {
            IntView::Small(n) => {
                if n <= 0 {
                    return Err(domain_error(vm));
                }
                return Ok(f(n as f64));
            }
            IntView::Big(n) => n,
        };
        if !n.is_positive() {
            return Err(domain_error(vm));
        }
        if let Some(x) = crate::builtins::numfmt::int_to_float(n) {
            return Ok(f(x));
        }
        let (m, e) = bigint_frexp(n);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = vm.to_f64(arg)?;
    math_1(vm, x, f, false)
}

fn m_log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "math.log")?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, args.pos[0], f64::ln)?;
    if let Some(&base) = args.pos.get(1) {
        let den = loghelper(vm, base, f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::float(num / den));
    }
    Ok(Value::float(num))
}

fn m_log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.log2")?;
    loghelper(vm, v, f64::log2).map(Value::float)
}

fn m_log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.log10")?;
    loghelper(vm, v, f64::log10).map(Value::float)
}

// ----- two-argument float functions --------------------------------------

fn m_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "pow")?;
    let x = vm.to_f64(a)?;
    let y = vm.to_f64(b)?;
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error(vm)
            } else {
                range_error(vm)
            });
        }
    }
    Ok(Value::float(r))
}

fn m_atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "atan2")?;
    let y = vm.to_f64(a)?;
    let x = vm.to_f64(b)?;
    math_2(vm, y, x, f64::atan2).map(Value::float)
}

fn m_copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "copysign")?;
    let x = vm.to_f64(a)?;
    let y = vm.to_f64(b)?;
    math_2(vm, x, y, f64::copysign).map(Value::float)
}

fn m_remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "remainder")?;
    let x = vm.to_f64(a)?;
    let y = vm.to_f64(b)?;
    math_2(vm, x, y, libm::remainder).map(Value::float)
}

fn m_fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "fmod")?;
    let x = vm.to_f64(a)?;
    let y = vm.to_f64(b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::float(r))
}

fn m_nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "nextafter")?;
    let x = vm.to_f64(a)?;
    let y = vm.to_f64(b)?;
    Ok(Value::float(libm::nextafter(x, y)))
}

fn m_ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.ulp")?;
    let x = vm.to_f64(v)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::float(x));
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest finite float: use the gap below it.
        let prev = libm::nextafter(x, 0.0);
        return Ok(Value::float(x - prev));
    }
    Ok(Value::float(next - x))
}

fn m_ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "ldexp")?;
    let x = vm.to_f64(a)?;
    let exp = match int_view(b) {
        Some(IntView::Small(n)) => n,
        Some(IntView::Big(n)) => {
            if n.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => {
            // `__index__` objects are accepted too.
            if vm.lookup_dunder(b, "__index__").is_some() {
                let n = vm.to_index(b)?;
                n.to_i64()
                    .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX })
            } else {
                return Err(vm.type_error("Expected an int as second argument to ldexp."));
            }
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    if exp > i32::MAX as i64 {
        return Err(range_error(vm));
    }
    if exp < i32::MIN as i64 {
        return Ok(Value::float(0.0f64.copysign(x)));
    }
    let r = libm::ldexp(x, exp as i32);
    if r.is_infinite() {
        return Err(range_error(vm));
    }
    Ok(Value::float(r))
}

fn m_frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.frexp")?;
    let x = vm.to_f64(v)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    let e = vm.new_int(e as i64);
    Ok(vm.new_tuple(vec![Value::float(m), e]))
}

fn m_modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.modf")?;
    let x = vm.to_f64(v)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::float(frac), Value::float(int)]))
}

fn m_isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.isfinite")?;
    let x = vm.to_f64(v)?;
    Ok(Value::bool(x.is_finite()))
}

fn m_isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.isinf")?;
    let x = vm.to_f64(v)?;
    Ok(Value::bool(x.is_infinite()))
}

fn m_isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.isnan")?;
    let x = vm.to_f64(v)?;
    Ok(Value::bool(x.is_nan()))
}

fn m_isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut a = args.pos.first().copied();
    let mut b = args.pos.get(1).copied();
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (i, &k) in args.kwnames.iter().enumerate() {
        let v = args.kwvalues[i];
        match vm.as_str(k).unwrap_or("") {
            "a" if a.is_none() => a = Some(v),
            "b" if b.is_none() => b = Some(v),
            "rel_tol" => rel_tol = vm.to_f64(v)?,
            "abs_tol" => abs_tol = vm.to_f64(v)?,
            "a" | "b" => {
                let name = vm.as_str(k).unwrap_or("").to_string();
                let pos = if name == "a" { 1 } else { 2 };
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{name}') and position ({pos})"
                )));
            }
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "isclose() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(a) = a else {
        return Err(vm.type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = b else {
        return Err(vm.type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let a = vm.to_f64(a)?;
    let b = vm.to_f64(b)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::TRUE);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

// ----- rounding ----------------------------------------------------------

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    crate::builtins::int::float_to_int(vm, f)
}

fn int_copy(vm: &mut Vm, v: Value) -> Option<Value> {
    match int_view(v)? {
        IntView::Small(n) => Some(vm.new_int(n)),
        IntView::Big(n) => {
            let n = n.clone();
            Some(vm.new_bigint(n))
        }
    }
}

fn round_with(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(vm, args, name)?;
    if v.is_float() {
        return float_to_int(vm, f(v.as_float()));
    }
    if let Some(r) = vm.call_dunder(v, dunder, &[])? {
        return Ok(r);
    }
    if let Some(r) = int_copy(vm, v) {
        return Ok(r);
    }
    let x = vm.to_f64(v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, &args, "math.floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    round_with(vm, &args, "math.ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.trunc")?;
    if v.is_float() {
        return float_to_int(vm, v.as_float().trunc());
    }
    if let Some(r) = vm.call_dunder(v, "__trunc__", &[])? {
        return Ok(r);
    }
    if let Some(r) = int_copy(vm, v) {
        return Ok(r);
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("type {t} doesn't define __trunc__ method")))
}

// ----- sums and norms ----------------------------------------------------

fn m_fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "math.fsum")?;
    let it = vm.iter(v)?;
    // Shewchuk's algorithm: `partials` holds non-overlapping floats whose
    // exact sum is the running total.
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.next(it)? {
        let mut x = vm.to_f64(item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite partial from finite input is an overflow;
                // infinities and NaNs in the input are summed separately.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    // Add the partials from the top, stopping at the first inexact sum, and
    // correct for half-way rounding with the next partial down.
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

/// sqrt(sum(x*x for x in vec)) with CPython's correctly-rounded-in-practice
/// algorithm: scale to avoid overflow, square and add losslessly, then one
/// differential correction of the square root. `max` is the largest value
/// (all are non-negative).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    if max_e < -1023 {
        // Subnormal max: scaling by 2**-max_e would overflow.
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    // Exact product and sum (error-free transformations).
    let mul = |x: f64, y: f64| {
        let z = x * y;
        (z, x.mul_add(y, -z))
    };
    let fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    for &x in vec.iter() {
        let x = x * scale;
        let (phi, plo) = mul(x, x);
        let (shi, slo) = fast_sum(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = mul(-h, h);
    let (shi, slo) = fast_sum(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn m_hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "hypot")?;
    let mut coords = Vec::with_capacity(args.pos.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &v in args.pos {
        let x = vm.to_f64(v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&mut coords, max, found_nan)))
}

fn m_dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(vm, &args, "dist")?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (&a, &b) in p.iter().zip(q.iter()) {
        let px = vm.to_f64(a)?;
        let qx = vm.to_f64(b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&mut diffs, max, found_nan)))
}

fn m_prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut acc = Value::small_int_unchecked(1);
    for (i, &k) in args.kwnames.iter().enumerate() {
        match vm.as_str(k).unwrap_or("") {
            "start" => acc = args.kwvalues[i],
            other => {
                let other = other.to_string();
                return Err(vm.type_error(format!(
                    "prod() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let it = vm.iter(args.pos[0])?;
    while let Some(item) = vm.next(it)? {
        acc = binary_op(vm, BinaryOpKind::Multiply, false, acc, item)?;
    }
    Ok(acc)
}

// ----- integer functions -------------------------------------------------

fn m_gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "gcd")?;
    let mut acc = BigInt::zero();
    for &v in args.pos {
        let n = vm.to_index(v)?;
        acc = acc.gcd(&n);
    }
    Ok(vm.new_bigint(acc))
}

fn m_lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "lcm")?;
    let mut acc = BigInt::one();
    for &v in args.pos {
        let n = vm.to_index(v)?;
        if acc.is_zero() {
            continue;
        }
        acc = if n.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&n)
        };
    }
    Ok(vm.new_bigint(acc.abs()))
}

/// The product lo * (lo+1) * ... * (hi-1), by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// Refuses results too big to build (their size in bits is roughly
/// `bits`).
fn check_bits(vm: &mut Vm, bits: f64) -> PyResult<()> {
    if bits > crate::builtins::int::MAX_INT_BITS as f64 {
        return Err(vm.memory_error());
    }
    Ok(())
}

fn factorial_of(vm: &mut Vm, n: u64) -> PyResult<BigInt> {
    let bits = if n < 2 {
        0.0
    } else {
        (n as f64) * (n as f64).log2()
    };
    check_bits(vm, bits)?;
    Ok(range_product(2, n + 1))
}

fn m_factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "factorial")?;
    let n = vm.to_index(v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    let r = factorial_of(vm, n)?;
    Ok(vm.new_bigint(r))
}

fn nonneg(vm: &mut Vm, v: Value, which: &str) -> PyResult<BigInt> {
    let n = vm.to_index(v)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{which} must be a non-negative integer")));
    }
    Ok(n)
}

fn m_comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, &args, "comb")?;
    let n = nonneg(vm, a, "n")?;
    let k = nonneg(vm, b, "k")?;
    if k > n {
        return Ok(Value::small_int_unchecked(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    check_bits(vm, (k as f64) * (n.bits() as f64))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
        acc /= BigInt::from(i + 1);
    }
    Ok(vm.new_bigint(acc))
}

fn m_perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "perm")?;
    check_arity(vm, &args, "perm", 1, 2)?;
    let n = nonneg(vm, args.pos[0], "n")?;
    let k = match args.pos.get(1) {
        Some(v) if !v.is_none() => nonneg(vm, *v, "k")?,
        _ => {
            let Some(n) = n.to_u64() else {
                return Err(
                    vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
                );
            };
            let r = factorial_of(vm, n)?;
            return Ok(vm.new_bigint(r));
        }
    };
    if k > n {
        return Ok(Value::small_int_unchecked(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    check_bits(vm, (k as f64) * (n.bits() as f64))?;
    let r = match n.to_u64() {
        Some(nn) => range_product(nn - k + 1, nn + 1),
        None => {
            let mut acc = BigInt::one();
            for i in 0..k {
                acc *= &n - BigInt::from(i);
            }
            acc
        }
    };
    Ok(vm.new_bigint(r))
}

fn m_isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, &args, "isqrt")?;
    let n = vm.to_index(v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

/// Fills in the `math` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    use std::f64::consts;
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("acos", m_acos),
        ("acosh", m_acosh),
        ("asin", m_asin),
        ("asinh", m_asinh),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("ceil", m_ceil),
        ("comb", m_comb),
        ("copysign", m_copysign),
        ("cos", m_cos),
        ("cosh", m_cosh),
        ("degrees", m_degrees),
        ("dist", m_dist),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("exp", m_exp),
        ("exp2", m_exp2),
        ("expm1", m_expm1),
        ("fabs", m_fabs),
        ("factorial", m_factorial),
        ("floor", m_floor),
        ("fmod", m_fmod),
        ("frexp", m_frexp),
        ("fsum", m_fsum),
        ("gamma", m_gamma),
        ("gcd", m_gcd),
        ("hypot", m_hypot),
        ("isclose", m_isclose),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("isqrt", m_isqrt),
        ("lcm", m_lcm),
        ("ldexp", m_ldexp),
        ("lgamma", m_lgamma),
        ("log", m_log),
        ("log10", m_log10),
        ("log1p", m_log1p),
        ("log2", m_log2),
        ("modf", m_modf),
        ("nextafter", m_nextafter),
        ("perm", m_perm),
        ("pow", m_pow),
        ("prod", m_prod),
        ("radians", m_radians),
        ("remainder", m_remainder),
        ("sin", m_sin),
        ("sinh", m_sinh),
        ("sqrt", m_sqrt),
        ("tan", m_tan),
        ("tanh", m_tanh),
        ("trunc", m_trunc),
        ("ulp", m_ulp),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    add_value(vm, module, "pi", Value::float(consts::PI));
    add_value(vm, module, "e", Value::float(consts::E));
    add_value(vm, module, "tau", Value::float(consts::TAU));
    add_value(vm, module, "inf", Value::float(f64::INFINITY));
    add_value(vm, module, "nan", Value::float(f64::NAN));
    Ok(())
}
