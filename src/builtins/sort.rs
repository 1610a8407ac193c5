//! A stable merge sort whose comparison may fail (it runs Python code).
//!
//! Short runs are sorted by binary insertion, then merged bottom-up; a
//! merge whose halves are already in order costs one comparison. Every
//! merge writes into a scratch vector and copies back only when it
//! completes, so when a comparison raises, the slice still holds a
//! permutation of its items.

use crate::interp::PyResult;

const RUN: usize = 16;

/// Sorts `v` stably by `lt` (`a < b`), propagating the first error.
pub fn sort_by<T: Copy>(v: &mut [T], lt: &mut dyn FnMut(T, T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut lo = 0;
    while lo < n {
        let hi = (lo + RUN).min(n);
        insertion_sort(&mut v[lo..hi], lt)?;
        lo = hi;
    }
    let mut width = RUN;
    let mut scratch: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo + width < n {
            let mid = lo + width;
            let hi = (mid + width).min(n);
            merge(&mut v[lo..hi], mid - lo, &mut scratch, lt)?;
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

fn insertion_sort<T: Copy>(v: &mut [T], lt: &mut dyn FnMut(T, T) -> PyResult<bool>) -> PyResult<()> {
    for i in 1..v.len() {
        let x = v[i];
        // The first position whose item is greater than x (stability: x
        // goes after every item equal to it).
        let (mut a, mut b) = (0, i);
        while a < b {
            let m = (a + b) / 2;
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

fn merge<T: Copy>(
    v: &mut [T],
    mid: usize,
    scratch: &mut Vec<T>,
    lt: &mut dyn FnMut(T, T) -> PyResult<bool>,
) -> PyResult<()> {
    if !lt(v[mid], v[mid - 1])? {
        return Ok(());
    }
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        // Take from the right only when strictly smaller (stability).
        if lt(v[j], v[i])? {
            scratch.push(v[j]);
            j += 1;
        } else {
            scratch.push(v[i]);
            i += 1;
        }
    }
    scratch.extend_from_slice(&v[i..mid]);
    scratch.extend_from_slice(&v[j..]);
    v.copy_from_slice(scratch);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(i32, usize)> = (0..1000).map(|i| ((i * 7919 % 101) as i32, i)).collect();
        sort_by(&mut v, &mut |a, b| Ok(a.0 < b.0)).unwrap();
        for w in v.windows(2) {
            assert!(w[0].0 < w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1));
        }
    }
}
