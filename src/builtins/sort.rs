//! A stable merge sort whose comparison may fail (it runs Python code).
//!
//! This is the adaptive natural merge sort ("timsort", with the powersort
//! merge policy) that CPython 3.11's `list.sort` uses, written out so that
//! it asks the very same `a < b` questions in the very same order. That
//! matters beyond speed: when the order is inconsistent (NaNs) the result
//! depends on which questions were asked, and when a comparison raises,
//! the error reported and the order the list is left in do too.
//!
//! The outline: the input is cut into runs (a maximal non-descending run,
//! or a strictly descending one that is reversed in place); short runs are
//! extended to a minimum length by binary insertion; each new run is
//! merged with the runs before it while their "power" (the depth of their
//! boundary in a balanced merge tree) says so; the remaining runs are
//! merged at the end. A merge first skips, by galloping search, the items
//! of both runs that are already in place, sets the shorter remainder
//! aside and merges from that end, switching to galloping while one side
//! keeps winning.
//!
//! Only `lt(a, b)` ("a < b") is ever asked, and equal items keep their
//! order. When a comparison raises, the error propagates at once and the
//! slice still holds a permutation of its items: a merge puts back what it
//! had set aside before returning.

use crate::interp::PyResult;

/// Below this many items the whole slice is one binary-insertion run.
const MIN_MERGE: usize = 64;

/// How many consecutive wins make a merge start galloping.
const MIN_GALLOP: usize = 7;

type Lt<'a, T> = dyn FnMut(T, T) -> PyResult<bool> + 'a;

/// A pending run: where it starts, its length, and the power of its
/// boundary with the run after it.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// What a merge's last step is once the main loop stops.
enum Finish {
    /// Put the items still set aside back into the gap.
    Rest,
    /// One set-aside item is left and it belongs at the far end.
    Single,
}

struct Merger<'s, 'l, T> {
    lt: &'s mut Lt<'l, T>,
    /// The galloping threshold, adapted as merges go.
    min_gallop: usize,
    /// The items a merge sets aside.
    tmp: Vec<T>,
}

/// Sorts `v` stably by `lt` (`a < b`), propagating the first error.
pub fn sort_by<T: Copy>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let min_run = min_run_length(n);
    let mut m = Merger {
        lt,
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
    };
    let mut runs: Vec<Run> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let left = n - lo;
        let mut len = count_run(&mut v[lo..], m.lt)?;
        if len < min_run {
            let forced = left.min(min_run);
            binary_insertion(&mut v[lo..lo + forced], len, m.lt)?;
            len = forced;
        }
        if let Some(last) = runs.last().copied() {
            let power = node_power(last.base, last.len, len, n);
            while runs.len() > 1 && runs[runs.len() - 2].power > power {
                let at = runs.len() - 2;
                m.merge_at(v, &mut runs, at)?;
            }
            if let Some(last) = runs.last_mut() {
                last.power = power;
            }
        }
        runs.push(Run {
            base: lo,
            len,
            power: 0,
        });
        lo += len;
    }
    while runs.len() > 1 {
        let mut at = runs.len() - 2;
        if at > 0 && runs[at - 1].len < runs[at + 1].len {
            at -= 1;
        }
        m.merge_at(v, &mut runs, at)?;
    }
    Ok(())
}

/// The minimum run length: `n` itself below 64, otherwise a number in
/// 32..=64 such that `n / minrun` is a power of two or just below one.
fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MIN_MERGE {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort power of the boundary between a run at `s1` of `n1`
/// items and the `n2` items after it, in a list of `n`: the first bit at
/// which the binary fractions of the two runs' midpoints (over `n`)
/// differ.
fn node_power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, so they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// The length of the run at the start of `v` (1 when `v` has one item);
/// a strictly descending run is reversed in place.
fn count_run<T: Copy>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let n = v.len();
    if n < 2 {
        return Ok(n);
    }
    let mut k = 2;
    if lt(v[1], v[0])? {
        while k < n && lt(v[k], v[k - 1])? {
            k += 1;
        }
        v[..k].reverse();
    } else {
        while k < n && !lt(v[k], v[k - 1])? {
            k += 1;
        }
    }
    Ok(k)
}

/// Sorts `v` whose first `sorted` items are already in order, inserting
/// each following item after the items not greater than it (found by
/// binary search; nothing moves until the place is known).
fn binary_insertion<T: Copy>(v: &mut [T], sorted: usize, lt: &mut Lt<'_, T>) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let x = v[i];
        let (mut a, mut b) = (0, i);
        while a < b {
            let m = a + (b - a) / 2;
            if lt(x, v[m])? {
                b = m;
            } else {
                a = m + 1;
            }
        }
        v.copy_within(a..i, a + 1);
        v[a] = x;
    }
    Ok(())
}

/// Where `key` goes in sorted `a` before any items equal to it: the
/// first index whose item is not less than `key`. The search starts at
/// `hint`, probing 1, 3, 7, 15... items away, then bisects.
fn gallop_left<T: Copy>(key: T, a: &[T], hint: usize, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let (mut last, mut ofs) = (0, 1);
    let (mut lo, mut hi);
    if lt(a[hint], key)? {
        // a[hint] < key: probe rightwards.
        let max = a.len() - hint;
        while ofs < max && lt(a[hint + ofs], key)? {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: probe leftwards.
        let max = hint + 1;
        while ofs < max && !lt(a[hint - ofs], key)? {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(max);
        lo = hint + 1 - ofs;
        hi = hint - last;
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in sorted `a` after any items equal to it: the first
/// index whose item is greater than `key`. Probes as `gallop_left`.
fn gallop_right<T: Copy>(key: T, a: &[T], hint: usize, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let (mut last, mut ofs) = (0, 1);
    let (mut lo, mut hi);
    if lt(key, a[hint])? {
        // key < a[hint]: probe leftwards.
        let max = hint + 1;
        while ofs < max && lt(key, a[hint - ofs])? {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(max);
        lo = hint + 1 - ofs;
        hi = hint - last;
    } else {
        // a[hint] <= key: probe rightwards.
        let max = a.len() - hint;
        while ofs < max && !lt(key, a[hint + ofs])? {
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        ofs = ofs.min(max);
        lo = hint + last + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

impl<T: Copy> Merger<'_, '_, T> {
    /// Merges pending runs `at` and `at + 1` into one.
    fn merge_at(&mut self, v: &mut [T], runs: &mut Vec<Run>, at: usize) -> PyResult<()> {
        let Run { base, len: na, .. } = runs[at];
        let nb = runs[at + 1].len;
        runs[at].len = na + nb;
        runs.remove(at + 1);
        let region = &mut v[base..base + na + nb];
        // Items of the first run not greater than the second run's first
        // item are in place already.
        let k = gallop_right(region[na], &region[..na], 0, self.lt)?;
        let region = &mut region[k..];
        let na = na - k;
        if na == 0 {
            return Ok(());
        }
        // So are items of the second run not less than the first run's
        // last item.
        let nb = gallop_left(region[na - 1], &region[na..], nb - 1, self.lt)?;
        if nb == 0 {
            return Ok(());
        }
        let region = &mut region[..na + nb];
        if na <= nb {
            self.merge_lo(region, na)
        } else {
            self.merge_hi(region, na)
        }
    }

    /// Merges `r[..na]` and `r[na..]` (the first no longer), setting the
    /// first aside and filling `r` from the left. The second run's first
    /// item is known to go first, and the first run's last item last.
    fn merge_lo(&mut self, r: &mut [T], na: usize) -> PyResult<()> {
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&r[..na]);
        let (mut na, mut nb) = (na, r.len() - na);
        // Next set-aside item, next item of the second run, next slot.
        let (mut pa, mut pb, mut d) = (0, r.len() - nb, 0);
        r[d] = r[pb];
        d += 1;
        pb += 1;
        nb -= 1;
        let lt = &mut *self.lt;
        let mg = &mut self.min_gallop;
        let outcome: PyResult<Finish> = 'merge: {
            if nb == 0 {
                break 'merge Ok(Finish::Rest);
            }
            if na == 1 {
                break 'merge Ok(Finish::Single);
            }
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One item at a time until one run keeps winning.
                loop {
                    match lt(r[pb], tmp[pa]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            r[d] = r[pb];
                            d += 1;
                            pb += 1;
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 0 {
                                break 'merge Ok(Finish::Rest);
                            }
                            if bcount >= *mg {
                                break;
                            }
                        }
                        Ok(false) => {
                            r[d] = tmp[pa];
                            d += 1;
                            pa += 1;
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 1 {
                                break 'merge Ok(Finish::Single);
                            }
                            if acount >= *mg {
                                break;
                            }
                        }
                    }
                }
                // Gallop while it pays.
                *mg += 1;
                loop {
                    *mg -= usize::from(*mg > 1);
                    let k = match gallop_right(r[pb], &tmp[pa..pa + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        r[d..d + k].copy_from_slice(&tmp[pa..pa + k]);
                        d += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(Finish::Single);
                        }
                        // Only an inconsistent order gets here.
                        if na == 0 {
                            break 'merge Ok(Finish::Rest);
                        }
                    }
                    r[d] = r[pb];
                    d += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(Finish::Rest);
                    }
                    let k = match gallop_left(tmp[pa], &r[pb..pb + nb], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        r.copy_within(pb..pb + k, d);
                        d += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(Finish::Rest);
                        }
                    }
                    r[d] = tmp[pa];
                    d += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(Finish::Single);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving gallop mode costs.
                *mg += 1;
            }
        };
        match outcome {
            Ok(Finish::Single) => {
                r.copy_within(pb..pb + nb, d);
                r[d + nb] = tmp[pa];
                Ok(())
            }
            Ok(Finish::Rest) => {
                r[d..d + na].copy_from_slice(&tmp[pa..pa + na]);
                Ok(())
            }
            Err(e) => {
                r[d..d + na].copy_from_slice(&tmp[pa..pa + na]);
                Err(e)
            }
        }
    }

    /// Merges `r[..na]` and `r[na..]` (the second shorter), setting the
    /// second aside and filling `r` from the right. With `na` and `nb`
    /// items left, the next slot to fill is `r[na + nb - 1]`.
    fn merge_hi(&mut self, r: &mut [T], na: usize) -> PyResult<()> {
        let tmp = &mut self.tmp;
        tmp.clear();
        tmp.extend_from_slice(&r[na..]);
        let (mut na, mut nb) = (na, r.len() - na);
        r[na + nb - 1] = r[na - 1];
        na -= 1;
        let lt = &mut *self.lt;
        let mg = &mut self.min_gallop;
        let outcome: PyResult<Finish> = 'merge: {
            if na == 0 {
                break 'merge Ok(Finish::Rest);
            }
            if nb == 1 {
                break 'merge Ok(Finish::Single);
            }
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match lt(tmp[nb - 1], r[na - 1]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            r[na + nb - 1] = r[na - 1];
                            na -= 1;
                            acount += 1;
                            bcount = 0;
                            if na == 0 {
                                break 'merge Ok(Finish::Rest);
                            }
                            if acount >= *mg {
                                break;
                            }
                        }
                        Ok(false) => {
                            r[na + nb - 1] = tmp[nb - 1];
                            nb -= 1;
                            bcount += 1;
                            acount = 0;
                            if nb == 1 {
                                break 'merge Ok(Finish::Single);
                            }
                            if bcount >= *mg {
                                break;
                            }
                        }
                    }
                }
                *mg += 1;
                loop {
                    *mg -= usize::from(*mg > 1);
                    let k = match gallop_right(tmp[nb - 1], &r[..na], na - 1, lt) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        r.copy_within(na - k..na, na + nb - k);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(Finish::Rest);
                        }
                    }
                    r[na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(Finish::Single);
                    }
                    let k = match gallop_left(r[na - 1], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        r[na + nb - k..na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(Finish::Single);
                        }
                        // Only an inconsistent order gets here.
                        if nb == 0 {
                            break 'merge Ok(Finish::Rest);
                        }
                    }
                    r[na + nb - 1] = r[na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(Finish::Rest);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                *mg += 1;
            }
        };
        match outcome {
            Ok(Finish::Single) => {
                r.copy_within(0..na, 1);
                r[0] = tmp[0];
                Ok(())
            }
            Ok(Finish::Rest) => {
                r[na..na + nb].copy_from_slice(&tmp[..nb]);
                Ok(())
            }
            Err(e) => {
                r[na..na + nb].copy_from_slice(&tmp[..nb]);
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably() {
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000, 20000] {
            for modulus in [2, 37, 1 << 30] {
                let mut seed = n as u64 + modulus;
                let mut v: Vec<(u64, usize)> =
                    (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                sort_by(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
                for w in v.windows(2) {
                    assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
                }
            }
        }
    }

    #[test]
    fn sorts_runs() {
        let mut v: Vec<i64> = (0..3000)
            .rev()
            .chain(0..3000)
            .chain((0..500).rev())
            .chain((0..2000).map(|i| i % 7))
            .collect();
        let mut expect = v.clone();
        expect.sort();
        sort_by(&mut v, &mut |a, b| Ok(a < b)).unwrap();
        assert_eq!(v, expect);
    }

    #[test]
    fn inconsistent_order_keeps_a_permutation() {
        for n in [50, 300, 4000] {
            let mut seed = n as u64;
            let mut v: Vec<u64> = (0..n).map(|_| lcg(&mut seed) % 100).collect();
            let mut before = v.clone();
            sort_by(&mut v, &mut |a, b| Ok((a ^ b) % 3 == 0 || a < b)).unwrap();
            before.sort();
            v.sort();
            assert_eq!(before, v);
        }
    }

    #[test]
    fn failure_leaves_a_permutation() {
        for n in [5, 70, 500, 3000] {
            for fail_at in [1, 3, 50, 400, 2000, 20000] {
                let mut seed = (n * 31 + fail_at) as u64;
                let mut v: Vec<u64> = (0..n).map(|_| lcg(&mut seed) % 1000).collect();
                let mut before = v.clone();
                let mut calls = 0;
                let r = sort_by(&mut v, &mut |a, b| {
                    calls += 1;
                    if calls == fail_at {
                        // Any error value will do; the sort only passes it on.
                        return Err(crate::interp::PyErr {
                            exc: crate::object::Value::NONE,
                        });
                    }
                    Ok(a < b)
                });
                let mut after = v.clone();
                before.sort();
                after.sort();
                assert_eq!(before, after);
                if r.is_ok() {
                    assert!(v.windows(2).all(|w| w[0] <= w[1]));
                }
            }
        }
    }
}
