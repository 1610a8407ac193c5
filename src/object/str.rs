//! `str` payload: UTF-8 text with its length in code points cached, so
//! every string knows its `len()` without a scan and ASCII strings (the
//! common case) index in O(1). A non-ASCII string longer than
//! `INDEX_STRIDE` code points also carries a sparse index (the byte offset
//! of every `INDEX_STRIDE`-th code point), so indexing, slicing and turning
//! byte offsets back into code point indices stay O(1) / O(log n) with a
//! short scan, instead of O(n).
//!
//! `hash()` is CPython's: SipHash-1-3 over the string's PEP 393 storage
//! (one, two or four little-endian bytes per code point, by the widest code
//! point), keyed with zeros as under `PYTHONHASHSEED=0`, so sets and dicts
//! of strings iterate in the same order as CPython's under that setting.

use crate::sync::{AtomicI64, Ordering};

/// Code points between two index entries.
pub const INDEX_STRIDE: usize = 32;

pub struct StrObj {
    s: Box<str>,
    char_len: usize,
    /// Byte offsets of code points 0, STRIDE, 2*STRIDE, ...; empty for ASCII
    /// and short strings.
    index: Box<[usize]>,
    /// Cached `hash()`; `HASH_UNSET` until first computed.
    hash: AtomicI64,
    /// The interpreter's canonical copy of this text (`InterpState::intern`):
    /// two interned strings are equal exactly when they are the same object.
    interned: bool,
}

const HASH_UNSET: i64 = i64::MIN;

fn build_index(s: &str, char_len: usize) -> Box<[usize]> {
    if char_len <= INDEX_STRIDE || char_len == s.len() {
        return Box::default();
    }
    let mut index = Vec::with_capacity(char_len / INDEX_STRIDE + 1);
    for (k, (b, _)) in s.char_indices().enumerate() {
        if k % INDEX_STRIDE == 0 {
            index.push(b);
        }
    }
    index.into_boxed_slice()
}

/// Counts the code points of UTF-8 text (every byte that is not a
/// continuation byte starts one).
#[inline]
pub fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.as_bytes().iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl StrObj {
    pub fn new(s: impl Into<Box<str>>) -> StrObj {
        let s: Box<str> = s.into();
        let char_len = count_chars(&s);
        StrObj::with_len(s, char_len)
    }

    /// A string whose length in code points the caller already knows.
    pub fn with_len(s: Box<str>, char_len: usize) -> StrObj {
        debug_assert_eq!(char_len, s.chars().count());
        let index = build_index(&s, char_len);
        StrObj {
            s,
            char_len,
            index,
            hash: AtomicI64::new(HASH_UNSET),
            interned: false,
        }
    }

    /// The canonical copy of `s`, for the interpreter's intern table.
    pub fn new_interned(s: &str) -> StrObj {
        StrObj {
            interned: true,
            ..StrObj::new(s)
        }
    }

    /// Whether this is the interpreter's canonical copy of its text.
    #[inline]
    pub fn is_interned(&self) -> bool {
        self.interned
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
    #[inline]
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        let b = self.byte_offset(i);
        self.s[b..].chars().next().expect("index checked by caller")
    }

    /// Byte offset of code point index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        let (base_char, base_byte) = if self.index.is_empty() {
            (0, 0)
        } else {
            let k = i / INDEX_STRIDE;
            (k * INDEX_STRIDE, self.index[k])
        };
        let rest = &self.s[base_byte..];
        base_byte
            + rest
                .char_indices()
                .nth(i - base_char)
                .map_or(rest.len(), |(b, _)| b)
    }

    /// The code point index of byte offset `b` (a char boundary, <= len).
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        let (base_char, base_byte) = if self.index.is_empty() {
            (0, 0)
        } else {
            let k = self.index.partition_point(|&x| x <= b) - 1;
            (k * INDEX_STRIDE, self.index[k])
        };
        base_char + count_chars(&self.s[base_byte..b])
    }

    /// The text of code points `start..end` (start <= end <= char_len).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let a = self.byte_offset(start);
        let b = if end - start <= INDEX_STRIDE {
            let rest = &self.s[a..];
            a + rest
                .char_indices()
                .nth(end - start)
                .map_or(rest.len(), |(b, _)| b)
        } else {
            self.byte_offset(end)
        };
        &self.s[a..b]
    }

    /// Python's `hash(str)`, as CPython computes it with `PYTHONHASHSEED=0`.
    pub fn hash(&self) -> i64 {
        let cached = self.hash.load(Ordering::Relaxed);
        if cached != HASH_UNSET {
            return cached;
        }
        let h = if self.is_ascii() {
            bytes_hash(self.s.as_bytes())
        } else {
            str_hash(&self.s)
        };
        if h != HASH_UNSET {
            self.hash.store(h, Ordering::Relaxed);
        }
        h
    }
}

/// `hash(s)` for any text: SipHash-1-3 over its PEP 393 storage.
pub fn str_hash(s: &str) -> i64 {
    if s.is_ascii() {
        return bytes_hash(s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut data = Vec::with_capacity(s.len() * 2);
    if widest < 0x100 {
        data.extend(s.chars().map(|c| c as u32 as u8));
    } else if widest < 0x10000 {
        for c in s.chars() {
            data.extend_from_slice(&(c as u32 as u16).to_le_bytes());
        }
    } else {
        for c in s.chars() {
            data.extend_from_slice(&(c as u32).to_le_bytes());
        }
    }
    bytes_hash(&data)
}

/// `hash(b)` for bytes (and for a str's storage): 0 for empty input,
/// never -1.
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let h = siphash13(0, 0, data) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// SipHash with one compression round and three finalization rounds.
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    macro_rules! round {
        () => {
            v0 = v0.wrapping_add(v1);
            v1 = v1.rotate_left(13);
            v1 ^= v0;
            v0 = v0.rotate_left(32);
            v2 = v2.wrapping_add(v3);
            v3 = v3.rotate_left(16);
            v3 ^= v2;
            v0 = v0.wrapping_add(v3);
            v3 = v3.rotate_left(21);
            v3 ^= v0;
            v2 = v2.wrapping_add(v1);
            v1 = v1.rotate_left(17);
            v1 ^= v2;
            v2 = v2.rotate_left(32);
        };
    }
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let m = u64::from_le_bytes(chunk.try_into().expect("8-byte chunk"));
        v3 ^= m;
        round!();
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round!();
    v0 ^= last;
    v2 ^= 0xff;
    round!();
    round!();
    round!();
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_hashes() {
        // `PYTHONHASHSEED=0 python3 -c "print(hash(...))"`
        assert_eq!(str_hash("a"), 4644417185603328019);
        assert_eq!(str_hash(""), 0);
        assert_eq!(str_hash("é"), 6047309291227476195);
        assert_eq!(str_hash("中"), 1216952446211864180);
        assert_eq!(str_hash("😀"), -3536540696076613844);
    }

    #[test]
    fn index_roundtrip() {
        let text: String = (0..200)
            .map(|i| if i % 3 == 0 { 'é' } else { 'x' })
            .collect();
        let s = StrObj::new(text.clone());
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            assert_eq!(s.char_at(i), c);
            assert_eq!(s.char_index(s.byte_offset(i)), i);
        }
        assert_eq!(
            s.char_slice(5, 150),
            chars[5..150].iter().collect::<String>()
        );
    }
}
