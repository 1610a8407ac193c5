//! Hashing and equality of builtin values without running Python code.
//!
//! `builtin_hash` and `builtin_eq` answer for the types whose hash and `==`
//! are fixed by the language (numbers, str, bytes, tuples of those, None,
//! frozensets, and identity-compared objects). They return `None` when the
//! answer needs user code (an instance with `__eq__`/`__hash__`), so callers
//! that hold a container lock can fall back to the VM after releasing it.
//! Numbers hash as CPython does (modulo the Mersenne prime 2**61 - 1), so
//! `hash(51.0) == hash(51)` and set iteration order of ints matches.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::{ObjData, Value};

/// The modulus of numeric hashing: 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % HASH_MODULUS) as i64;
    fix_minus_one(if n < 0 { -m } else { m })
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = (n.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0) as i64;
    fix_minus_one(if n.sign() == Sign::Minus { -m } else { m })
}

pub fn hash_f64(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    fix_minus_one(x as i64 * sign)
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1 (v finite, non-zero).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (the xxHash-derived lane mixing).
pub fn hash_tuple_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = hashes.len() as u64;
    let mut acc = P5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// CPython's frozenset hash over the active entries' hashes.
pub fn hash_frozenset_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut h: u64 = 0;
    for e in hashes {
        h ^= shuffle_bits(e as u64);
    }
    h ^= (len + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
    if h == u64::MAX {
        590_923_713
    } else {
        h as i64
    }
}

/// SipHash-1-3 with a zero key: CPython's string hash when
/// `PYTHONHASHSEED=0` (which the test harness sets).
fn siphash13(data: &[u8]) -> u64 {
    #[inline]
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[2] = v[2].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[1]);
        v[0] = v[0].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].rotate_left(32);
    }
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = u64::from_le_bytes(last) | ((data.len() as u64) << 56);
    v[3] ^= b;
    round(&mut v);
    v[0] ^= b;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `hash(bytes)` as CPython computes it with `PYTHONHASHSEED=0`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix_minus_one(siphash13(b) as i64)
}

/// `hash(str)` as CPython computes it with `PYTHONHASHSEED=0`: the hash of
/// the string's code units in its compact form (1, 2 or 4 bytes each,
/// little-endian), so `hash('abc') == hash(b'abc')`.
pub fn hash_unicode(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        if max < 0x100 {
            buf.push(c as u8);
        } else if max < 0x10000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

/// Identity hash for objects compared by identity.
pub fn hash_identity(v: Value) -> i64 {
    let bits = v.to_bits();
    fix_minus_one(bits.rotate_right(4) as i64)
}

/// The hash of a builtin value, `Some(Err(()))` if it is unhashable
/// (list, dict, set), `None` if user code must decide.
pub fn builtin_hash(v: Value) -> Option<Result<i64, ()>> {
    if v.is_small_int() {
        return Some(Ok(hash_i64(v.as_small_int())));
    }
    if v.is_float() {
        return Some(Ok(hash_f64(v.as_float())));
    }
    if v == Value::TRUE {
        return Some(Ok(1));
    }
    if v == Value::FALSE {
        return Some(Ok(0));
    }
    let Some(obj) = v.as_obj() else {
        return Some(Ok(hash_identity(v)));
    };
    let h = match &obj.data {
        ObjData::Int(n) => hash_bigint(n),
        ObjData::Float(f) => hash_f64(*f),
        ObjData::Complex(re, im) => crate::builtins::complex::hash(*re, *im),
        ObjData::Str(s) => s.hash(),
        ObjData::Bytes(b) => hash_bytes(b),
        ObjData::Tuple(items) => {
            let mut hashes = Vec::with_capacity(items.len());
            for &item in items.iter() {
                match builtin_hash(item)? {
                    Ok(h) => hashes.push(h),
                    Err(()) => return Some(Err(())),
                }
            }
            hash_tuple_of(hashes.into_iter())
        }
        ObjData::FrozenSet(s) => s.hash(),
        ObjData::Range(r) => r.hash(),
        ObjData::Slice(_) | ObjData::MappingProxy(_) => return Some(Err(())),
        ObjData::List(_) | ObjData::Dict(_) | ObjData::Set(_) | ObjData::ByteArray(_) => {
            return Some(Err(()))
        }
        ObjData::DictView(kind, _) if *kind != super::DictViewKind::Values => return Some(Err(())),
        ObjData::Instance(_) | ObjData::Exception(_) => return None,
        ObjData::BoundMethod(m) => hash_identity(m.receiver) ^ hash_identity(m.func),
        _ => hash_identity(v),
    };
    Some(Ok(h))
}

/// Whether two ints or floats (bools count as ints) are equal; `None` if
/// either is not a number.
pub fn numeric_eq(a: Value, b: Value) -> Option<bool> {
    if let Some(c) = crate::builtins::complex::parts(a) {
        return crate::builtins::complex::eq_number(c, b);
    }
    if let Some(c) = crate::builtins::complex::parts(b) {
        return crate::builtins::complex::eq_number(c, a);
    }
    let (a, b) = (
        crate::builtins::float::unwrap(a),
        crate::builtins::float::unwrap(b),
    );
    if a.is_float() && b.is_float() {
        return Some(a.as_float() == b.as_float());
    }
    if a.is_float() {
        return float_eq_int(a.as_float(), b);
    }
    if b.is_float() {
        return float_eq_int(b.as_float(), a);
    }
    match (int_view(a)?, int_view(b)?) {
        (IntView::Small(x), IntView::Small(y)) => Some(x == y),
        (IntView::Big(x), IntView::Big(y)) => Some(x == y),
        // An int subclass instance holds even a small value as a big int.
        (IntView::Small(x), IntView::Big(y)) | (IntView::Big(y), IntView::Small(x)) => {
            Some(y.to_i64() == Some(x))
        }
    }
}

fn float_eq_int(f: f64, i: Value) -> Option<bool> {
    Some(match int_view(i)? {
        IntView::Small(n) => (n as f64) == f && f.fract() == 0.0 && f as i64 == n,
        IntView::Big(n) => {
            f.is_finite() && f.fract() == 0.0 && BigInt::from_f64_exact(f).as_ref() == Some(n)
        }
    })
}

/// An int value seen as a machine int or a big int.
pub enum IntView<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// Views an int (or bool) value; `None` for anything else.
pub fn int_view<'a>(v: Value) -> Option<IntView<'a>> {
    if v.is_small_int() {
        return Some(IntView::Small(v.as_small_int()));
    }
    if v == Value::TRUE {
        return Some(IntView::Small(1));
    }
    if v == Value::FALSE {
        return Some(IntView::Small(0));
    }
    match &v.as_obj()?.data {
        ObjData::Int(n) => Some(IntView::Big(n)),
        _ => None,
    }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// Whether `v` is an instance of a class defined in Python whose payload
/// is a builtin one (`class C(int)`).
fn is_python_subclass_instance(v: Value) -> bool {
    let Some(o) = v.as_obj() else {
        return false;
    };
    match &o.class().as_obj().map(|c| &c.data) {
        Some(ObjData::Type(t)) => t.flags & super::types::type_flags::HEAPTYPE != 0,
        _ => false,
    }
}

/// `a == b` for builtin values; `None` when user code must decide.
pub fn builtin_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        // Identity implies equality for container lookups (as in CPython).
        return Some(true);
    }
    if is_python_subclass_instance(a) || is_python_subclass_instance(b) {
        // A subclass of a builtin type may override `__eq__`.
        return None;
    }
    payload_eq(a, b)
}

/// `a == b` by the builtin payloads alone, even for instances of Python
/// subclasses of builtin types (for callers that cannot run Python code,
/// such as attribute dicts keyed by str).
pub fn payload_eq(a: Value, b: Value) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    if let Some(eq) = numeric_eq(a, b) {
        return Some(eq);
    }
    let (Some(oa), Some(ob)) = (a.as_obj(), b.as_obj()) else {
        // At least one is an immediate non-number (None, a bool vs str...).
        let other = if a.is_obj() { a } else { b };
        return match other.as_obj().map(|o| &o.data) {
            Some(ObjData::Instance(_)) | Some(ObjData::Exception(_)) => None,
            Some(ObjData::Type(_)) if has_python_class(other) => None,
            _ => Some(false),
        };
    };
    match (&oa.data, &ob.data) {
        (ObjData::Str(x), ObjData::Str(y)) => Some(x.as_str() == y.as_str()),
        (ObjData::Bytes(x), ObjData::Bytes(y)) => Some(x == y),
        (ObjData::Bytes(x), ObjData::ByteArray(y)) | (ObjData::ByteArray(y), ObjData::Bytes(x)) => {
            Some(x[..] == y.read()[..])
        }
        (ObjData::ByteArray(x), ObjData::ByteArray(y)) => {
            let x = x.read().clone();
            Some(x[..] == y.read()[..])
        }
        (ObjData::Tuple(x), ObjData::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (&p, &q) in x.iter().zip(y.iter()) {
                if !builtin_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (ObjData::Range(x), ObjData::Range(y)) => Some(x.same_sequence(y)),
        // Bound methods: the same function bound to the very same object.
        (ObjData::BoundMethod(x), ObjData::BoundMethod(y)) => {
            Some(x.receiver == y.receiver && x.func == y.func)
        }
        (ObjData::Slice(_), ObjData::Slice(_)) => None,
        (ObjData::Instance(_), _) | (_, ObjData::Instance(_)) => None,
        (ObjData::Exception(_), _) | (_, ObjData::Exception(_)) => None,
        (ObjData::FrozenSet(x), ObjData::FrozenSet(y)) => super::set::frozenset_eq(x, y),
        (ObjData::List(_), ObjData::List(_))
        | (ObjData::Dict(_), ObjData::Dict(_))
        | (ObjData::Set(_) | ObjData::FrozenSet(_), ObjData::Set(_) | ObjData::FrozenSet(_)) => {
            None
        }
        (ObjData::DictView(..), _) | (_, ObjData::DictView(..)) => None,
        (ObjData::MappingProxy(_), _) | (_, ObjData::MappingProxy(_)) => None,
        // Classes whose metaclass is defined in Python may define `__eq__`.
        (ObjData::Type(_), _) | (_, ObjData::Type(_))
            if has_python_class(a) || has_python_class(b) =>
        {
            None
        }
        _ => Some(false),
    }
}

/// Whether `v`'s class was made by a class statement (its dunders may be
/// Python code).
fn has_python_class(v: Value) -> bool {
    let Some(o) = v.as_obj() else { return false };
    matches!(&o.class().obj().data, ObjData::Type(t) if t.flags & super::types::type_flags::HEAPTYPE != 0)
}

/// Whether an int is zero (for `bool(int)`).
pub fn int_is_zero(v: Value) -> bool {
    match int_view(v) {
        Some(IntView::Small(n)) => n == 0,
        Some(IntView::Big(n)) => n.is_zero(),
        None => false,
    }
}
