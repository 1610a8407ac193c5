//! Substring search over byte strings.
//!
//! Short needles use a scan for the first byte followed by a comparison;
//! its worst case is bounded by the needle length. Longer needles use a
//! rolling hash (Rabin-Karp), so no input makes a search quadratic.

/// Needles at least this long use the rolling hash.
const LONG: usize = 32;
const BASE: u64 = 257;

/// The first index `>= from` where `needle` occurs in `hay`.
pub(crate) fn find_in(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let m = needle.len();
    if m == 0 {
        return (from <= hay.len()).then_some(from);
    }
    if from > hay.len() || m > hay.len() - from {
        return None;
    }
    if m >= LONG {
        return rolling_find(&hay[from..], needle).map(|i| i + from);
    }
    let first = needle[0];
    let last_start = hay.len() - m;
    let mut i = from;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&c| c == first) {
            None => return None,
            Some(p) => i += p,
        }
        if &hay[i..i + m] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last index where `needle` occurs entirely within `hay`.
pub(crate) fn rfind_in(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let m = needle.len();
    if m > hay.len() {
        return None;
    }
    if m >= LONG {
        return rolling_rfind(hay, needle);
    }
    (0..=hay.len() - m)
        .rev()
        .find(|&i| &hay[i..i + m] == needle)
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
pub(crate) fn count_in(hay: &[u8], needle: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_in(hay, needle, i) {
            Some(p) => {
                n += 1;
                i = p + needle.len();
            }
            None => break,
        }
    }
    n
}

fn hash(b: &[u8]) -> u64 {
    b.iter()
        .fold(0u64, |h, &c| h.wrapping_mul(BASE).wrapping_add(c as u64))
}

/// `BASE ** (m - 1)`, the weight of a window's leading byte.
fn lead_weight(m: usize) -> u64 {
    (1..m).fold(1u64, |p, _| p.wrapping_mul(BASE))
}

fn rolling_find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let m = needle.len();
    let target = hash(needle);
    let lead = lead_weight(m);
    let mut h = hash(&hay[..m]);
    let mut i = 0;
    loop {
        if h == target && &hay[i..i + m] == needle {
            return Some(i);
        }
        if i + m >= hay.len() {
            return None;
        }
        h = h
            .wrapping_sub((hay[i] as u64).wrapping_mul(lead))
            .wrapping_mul(BASE)
            .wrapping_add(hay[i + m] as u64);
        i += 1;
    }
}

fn rolling_rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    // Hash windows read backwards, so a window can slide left cheaply.
    let m = needle.len();
    let rev = |b: &[u8]| {
        b.iter()
            .rev()
            .fold(0u64, |h, &c| h.wrapping_mul(BASE).wrapping_add(c as u64))
    };
    let target = rev(needle);
    let lead = lead_weight(m);
    let mut i = hay.len() - m;
    let mut h = rev(&hay[i..]);
    loop {
        if h == target && &hay[i..i + m] == needle {
            return Some(i);
        }
        if i == 0 {
            return None;
        }
        i -= 1;
        h = h
            .wrapping_sub((hay[i + m] as u64).wrapping_mul(lead))
            .wrapping_mul(BASE)
            .wrapping_add(hay[i] as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_find(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
        if n.len() > h.len() {
            return None;
        }
        (from..=h.len() - n.len()).find(|&i| &h[i..i + n.len()] == n)
    }

    fn naive_rfind(h: &[u8], n: &[u8]) -> Option<usize> {
        if n.len() > h.len() {
            return None;
        }
        (0..=h.len() - n.len())
            .rev()
            .find(|&i| &h[i..i + n.len()] == n)
    }

    #[test]
    fn matches_naive_search() {
        let mut seed = 12345u64;
        for round in 0..400 {
            let mut next = || {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 33) as usize
            };
            let hay_len = next() % 200;
            let hay: Vec<u8> = (0..hay_len).map(|_| b"ab"[next() % 2]).collect();
            let n_len = 1 + if round % 2 == 0 {
                next() % 6
            } else {
                30 + next() % 10
            };
            let needle: Vec<u8> = if hay_len > n_len && next() % 2 == 0 {
                let s = next() % (hay_len - n_len);
                hay[s..s + n_len].to_vec()
            } else {
                (0..n_len).map(|_| b"ab"[next() % 2]).collect()
            };
            let from = next() % (hay_len + 2);
            let expect = if from > hay.len() {
                None
            } else {
                naive_find(&hay, &needle, from)
            };
            assert_eq!(find_in(&hay, &needle, from), expect);
            assert_eq!(rfind_in(&hay, &needle), naive_rfind(&hay, &needle));
        }
    }
}
