//! `str` payload: UTF-8 text with its length in code points cached, so
//! ASCII strings (the common case) index in O(1) and every string knows its
//! `len()` without a scan.

use crate::sync::{AtomicI64, Ordering};

pub struct StrObj {
    s: Box<str>,
    char_len: usize,
    /// Cached `hash()`; `HASH_UNSET` until first computed.
    hash: AtomicI64,
}

const HASH_UNSET: i64 = i64::MIN;

impl StrObj {
    pub fn new(s: impl Into<Box<str>>) -> StrObj {
        let s: Box<str> = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrObj {
            s,
            char_len,
            hash: AtomicI64::new(HASH_UNSET),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).expect("index checked by caller")
        }
    }

    /// Byte offset of code point index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        }
    }

    /// Python's `hash(str)`: deterministic within a process (CPython's
    /// differs per run unless PYTHONHASHSEED is set, so no program can rely
    /// on the values).
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != HASH_UNSET {
            return cached;
        }
        let h = str_hash(&self.s);
        self.hash.store(h, Ordering::Relaxed);
        h
    }
}

/// FNV-1a over the bytes, finished with a 64-bit mix; never -1.
pub fn str_hash(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 || h == HASH_UNSET {
        -2
    } else {
        h
    }
}
