//! `Value`: every Python value in one 64-bit word (DESIGN.md decision 1).
//!
//! # The encoding
//!
//! A `Value` is NaN-boxed. IEEE-754 doubles whose top sixteen bits are
//! 0xFFF9 or above are all NaNs, and no arithmetic produces them once NaNs
//! are canonicalized, so that part of the space is free for other things:
//!
//! ```text
//!   0x0000.. ..= 0xFFF8..   an f64, stored as itself
//!   0xFFF9 | 48-bit int     a small int, two's complement in 48 bits
//!   0xFFFA | small number   None, False, True, NotImplemented, Ellipsis, NULL
//!   0xFFFB | 48-bit address a pointer to a heap `Obj`
//! ```
//!
//! Every NaN that would land in the tagged range (sign bit and quiet bit set,
//! non-zero payload) is canonicalized to 0xFFF8_0000_0000_0000 when boxed: the
//! sign of a NaN survives, its payload does not (Python cannot observe NaN
//! payloads). So "is this a float?" is one unsigned compare, and a float
//! never allocates.
//!
//! Small ints cover -2**47 ..= 2**47 - 1; anything wider is a heap big int,
//! and every int operation checks that its result still fits. `Value` is
//! `Copy` and its `PartialEq` is bit identity (Python's `is`), so a value
//! fits an `AtomicU64`: shared slots are read without locks.
//!
//! x86-64 and AArch64 user-space addresses fit in 48 bits; heap objects are
//! 8-byte aligned.

use super::Obj;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_MASK: u64 = 0xFFFF << 48;
const TAG_INT: u64 = 0xFFF9 << 48;
const TAG_SPECIAL: u64 = 0xFFFA << 48;
const TAG_PTR: u64 = 0xFFFB << 48;
const PAYLOAD_MASK: u64 = (1 << 48) - 1;
const CANONICAL_NEG_NAN: u64 = 0xFFF8_0000_0000_0000;

/// The smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
/// The largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    pub const NONE: Value = Value(TAG_SPECIAL);
    pub const FALSE: Value = Value(TAG_SPECIAL | 1);
    pub const TRUE: Value = Value(TAG_SPECIAL | 2);
    pub const NOT_IMPLEMENTED: Value = Value(TAG_SPECIAL | 3);
    pub const ELLIPSIS: Value = Value(TAG_SPECIAL | 4);
    /// Never visible to Python: an unbound local, the "no self" slot of a
    /// call, an empty cell.
    pub const NULL: Value = Value(TAG_SPECIAL | 5);

    /// The raw word (for atomic slots and inline caches).
    #[inline]
    pub const fn to_bits(self) -> u64 {
        self.0
    }

    /// Rebuilds a value from `to_bits`.
    #[inline]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline]
    pub fn float(x: f64) -> Value {
        let bits = x.to_bits();
        if bits >= TAG_INT {
            Value(CANONICAL_NEG_NAN)
        } else {
            Value(bits)
        }
    }

    #[inline]
    pub fn is_float(self) -> bool {
        self.0 < TAG_INT
    }

    #[inline]
    pub fn as_float(self) -> f64 {
        debug_assert!(self.is_float());
        f64::from_bits(self.0)
    }

    /// A small int; the caller guarantees the range.
    #[inline]
    pub fn small_int_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i));
        Value(TAG_INT | (i as u64 & PAYLOAD_MASK))
    }

    /// A small int, or `None` if `i` is out of the inline range.
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::small_int_unchecked(i))
        } else {
            None
        }
    }

    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }

    #[inline]
    pub fn as_small_int(self) -> i64 {
        debug_assert!(self.is_small_int());
        ((self.0 << 16) as i64) >> 16
    }

    #[inline]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }

    #[inline]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }

    #[inline]
    pub fn is_special(self) -> bool {
        self.0 & TAG_MASK == TAG_SPECIAL
    }

    #[inline]
    pub fn is_obj(self) -> bool {
        self.0 & TAG_MASK == TAG_PTR
    }

    /// Boxes a heap object pointer.
    #[inline]
    pub fn from_obj(obj: *const Obj) -> Value {
        let addr = obj as u64;
        debug_assert!(addr & !PAYLOAD_MASK == 0 && addr & 7 == 0);
        Value(TAG_PTR | addr)
    }

    /// The heap object, if this value is one.
    #[inline]
    pub fn as_obj<'a>(self) -> Option<&'a Obj> {
        if self.is_obj() {
            // SAFETY: pointer-tagged values are only made by `from_obj` from
            // live heap allocations (`Heap::alloc`), and the heap frees no
            // object while the interpreter that owns it is alive, so the
            // pointer is valid and the object is `Sync`.
            Some(unsafe { &*((self.0 & PAYLOAD_MASK) as *const Obj) })
        } else {
            None
        }
    }

    /// The payload of a heap object, `None` for values that are not one.
    #[inline]
    pub fn obj_data<'a>(self) -> Option<&'a super::ObjData> {
        self.as_obj().map(|o| &o.data)
    }

    /// The heap object; the caller knows this value is one.
    #[inline]
    pub fn obj<'a>(self) -> &'a Obj {
        match self.as_obj() {
            Some(o) => o,
            None => panic!("Value::obj on a non-object value"),
        }
    }

    /// The heap object's address (Python's `id` of a heap object).
    #[inline]
    pub fn obj_addr(self) -> usize {
        (self.0 & PAYLOAD_MASK) as usize
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_obj() {
            write!(f, "Obj({:#x})", self.obj_addr())
        } else {
            let name = match *self {
                Value::NONE => "None",
                Value::FALSE => "False",
                Value::TRUE => "True",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                Value::ELLIPSIS => "Ellipsis",
                Value::NULL => "NULL",
                _ => "Special?",
            };
            f.write_str(name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_roundtrip_and_nans_are_canonical() {
        for x in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
        ] {
            let v = Value::float(x);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), x.to_bits());
        }
        let tagged_nan = f64::from_bits(0xFFFB_0000_0000_1234);
        let v = Value::float(tagged_nan);
        assert!(v.is_float() && v.as_float().is_nan() && v.as_float().is_sign_negative());
        assert!(Value::float(f64::NAN).as_float().is_nan());
    }

    #[test]
    fn small_ints_roundtrip() {
        for i in [0, 1, -1, SMALL_INT_MIN, SMALL_INT_MAX, 123_456_789] {
            let v = Value::small_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_float() && !v.is_obj());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [
            Value::NONE,
            Value::FALSE,
            Value::TRUE,
            Value::NOT_IMPLEMENTED,
            Value::ELLIPSIS,
            Value::NULL,
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.is_special() && !a.is_float() && !a.is_small_int());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
