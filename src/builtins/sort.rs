//! A stable merge sort whose comparison may fail (it runs Python code).
//!
//! The shape follows the natural merge sort CPython uses for `list.sort`:
//! the input is cut into runs (a maximal ascending run, or a strictly
//! descending one that is reversed in place), short runs are extended to a
//! minimum length by binary insertion, and runs are merged as they are
//! found so that the run stack stays balanced. Before a merge, the items of
//! the left run that are already in place and those of the right run that
//! are already in place are skipped by binary search, so sorted or nearly
//! sorted input costs few comparisons.
//!
//! Only `lt(a, b)` ("a < b") is ever asked, and equal items keep their
//! order. When a comparison raises, the error propagates at once and the
//! slice still holds a permutation of its items (every merge puts back what
//! it had set aside before returning the error).

use crate::interp::PyResult;

/// Below this many items a slice is sorted by binary insertion alone.
const MIN_MERGE: usize = 64;

type Lt<'a, T> = dyn FnMut(T, T) -> PyResult<bool> + 'a;

/// Sorts `v` stably by `lt` (`a < b`), propagating the first error.
pub fn sort_by<T: Copy>(v: &mut [T], lt: &mut Lt<'_, T>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let min_run = min_run_length(n);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut scratch: Vec<T> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut run = count_run(&mut v[lo..], lt)?;
        if run < min_run {
            let forced = min_run.min(n - lo);
            binary_insertion(&mut v[lo..lo + forced], run, lt)?;
            run = forced;
        }
        runs.push((lo, run));
        lo += run;
        collapse(v, &mut runs, &mut scratch, lt, false)?;
    }
    collapse(v, &mut runs, &mut scratch, lt, true)?;
    Ok(())
}

/// CPython's minimum run length: `n` itself below 64, otherwise a number
/// in 32..=64 such that `n / minrun` is a power of two or just below one.
fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MIN_MERGE {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v` (at least 1, at most 2 when
/// `v` has fewer items); a strictly descending run is reversed in place.
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

/// Sorts `v` whose first `sorted` items are already in order, by binary
/// insertion of each following item after the items not greater than it.
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
        if a < i {
            v.copy_within(a..i, a + 1);
            v[a] = x;
        }
    }
    Ok(())
}

/// Merges runs until the stack satisfies the balance rules (or, with
/// `all`, until one run is left).
fn collapse<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<(usize, usize)>,
    scratch: &mut Vec<T>,
    lt: &mut Lt<'_, T>,
    all: bool,
) -> PyResult<()> {
    while runs.len() > 1 {
        let n = runs.len() - 2;
        let len = |i: usize| runs[i].1;
        let at = if all {
            if n > 0 && len(n - 1) < len(n + 1) {
                n - 1
            } else {
                n
            }
        } else if (n > 0 && len(n - 1) <= len(n) + len(n + 1))
            || (n > 1 && len(n - 2) <= len(n - 1) + len(n))
        {
            if len(n - 1) < len(n + 1) {
                n - 1
            } else {
                n
            }
        } else if len(n) <= len(n + 1) {
            n
        } else {
            break;
        };
        let (start, a) = runs[at];
        let b = runs[at + 1].1;
        merge(&mut v[start..start + a + b], a, scratch, lt)?;
        runs[at] = (start, a + b);
        runs.remove(at + 1);
    }
    Ok(())
}

/// The first index in sorted `v` whose item is greater than `x` (so `x`
/// goes after its equals).
fn upper_bound<T: Copy>(v: &[T], x: T, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let (mut a, mut b) = (0, v.len());
    while a < b {
        let m = a + (b - a) / 2;
        if lt(x, v[m])? {
            b = m;
        } else {
            a = m + 1;
        }
    }
    Ok(a)
}

/// The first index in sorted `v` whose item is not less than `x` (so `x`
/// goes before its equals).
fn lower_bound<T: Copy>(v: &[T], x: T, lt: &mut Lt<'_, T>) -> PyResult<usize> {
    let (mut a, mut b) = (0, v.len());
    while a < b {
        let m = a + (b - a) / 2;
        if lt(v[m], x)? {
            a = m + 1;
        } else {
            b = m;
        }
    }
    Ok(a)
}

/// Merges the sorted runs `v[..mid]` and `v[mid..]`.
fn merge<T: Copy>(
    v: &mut [T],
    mid: usize,
    scratch: &mut Vec<T>,
    lt: &mut Lt<'_, T>,
) -> PyResult<()> {
    // Items of the left run not greater than the right run's first item
    // are in place already; so are items of the right run not less than
    // the left run's last item.
    let skip = upper_bound(&v[..mid], v[mid], lt)?;
    if skip == mid {
        return Ok(());
    }
    let v = &mut v[skip..];
    let mid = mid - skip;
    let end = mid + lower_bound(&v[mid..], v[mid - 1], lt)?;
    let v = &mut v[..end];
    // Set the left run aside and merge forward into the gap it leaves.
    scratch.clear();
    scratch.extend_from_slice(&v[..mid]);
    let (mut i, mut j, mut d) = (0, mid, 0);
    while i < scratch.len() && j < v.len() {
        // Take from the right only when strictly smaller (stability).
        match lt(v[j], scratch[i]) {
            Ok(true) => {
                v[d] = v[j];
                j += 1;
            }
            Ok(false) => {
                v[d] = scratch[i];
                i += 1;
            }
            Err(e) => {
                // The gap v[d..j] has exactly the unmerged scratch items'
                // room: put them back so `v` stays a permutation.
                v[d..j].copy_from_slice(&scratch[i..]);
                return Err(e);
            }
        }
        d += 1;
    }
    let rest = scratch.len() - i;
    v[d..d + rest].copy_from_slice(&scratch[i..]);
    Ok(())
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
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000] {
            let mut seed = n as u64;
            let mut v: Vec<(u64, usize)> = (0..n).map(|i| (lcg(&mut seed) % 37, i)).collect();
            sort_by(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
            for w in v.windows(2) {
                assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
            }
        }
    }

    #[test]
    fn sorts_runs() {
        let mut v: Vec<i64> = (0..300).rev().chain(0..300).chain((0..50).rev()).collect();
        let mut expect = v.clone();
        expect.sort();
        sort_by(&mut v, &mut |a, b| Ok(a < b)).unwrap();
        assert_eq!(v, expect);
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
