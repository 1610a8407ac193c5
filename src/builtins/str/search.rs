//! Substring search: `find`, `rfind`, `index`, `rindex`, `count`,
//! `startswith`, `endswith`, `replace`, `partition`, `rpartition`.
//!
//! Searches run on the UTF-8 bytes (Rust's two-way matcher); the window
//! arguments and results are code point indices, converted through the
//! string's index (free for ASCII).

use num_traits::{Signed, ToPrimitive};

use crate::builtins::add_method;
use crate::builtins::slice::has_index;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{ObjData, StrObj, Value};

use super::args::{named_str_arg, recv, ssize, str_arg, this, tuple_recv};
use super::{alloc_string, checked_size, new_str_len, new_sub_str, same_or_new, str_obj};

/// A `start`/`end` argument: None, or an int clamped to the machine range.
fn bound_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(&v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if v.is_small_int() {
        return Ok(Some(v.as_small_int()));
    }
    if !has_index(vm, v) {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    let n = vm.to_index(v)?;
    Ok(Some(n.to_i64().unwrap_or(if n.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    })))
}

/// CPython's ADJUST_INDICES: `end` is clamped to the string, `start` only
/// from below (so it may exceed the length).
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The search window `[start, end)` as a byte range of `s`, or `None` when
/// `needle` (of `needle_len` code points) cannot fit in it.
fn window(
    vm: &mut Vm,
    s: &StrObj,
    a: &[Value],
    needle_len: usize,
) -> PyResult<Option<(usize, usize)>> {
    let start = bound_arg(vm, a.get(1))?;
    let end = bound_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, s.char_len());
    if end - start < needle_len as i64 {
        return Ok(None);
    }
    Ok(Some((
        s.byte_offset(start as usize),
        s.byte_offset(end as usize),
    )))
}

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Forward,
    Reverse,
}

/// `find`/`rfind` as a code point index or -1.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, dir: Dir) -> PyResult<i64> {
    let a = tuple_recv(vm, args, name, 1, 3)?;
    let sub = str_arg(vm, a[0])?;
    let s = this(args);
    let Some((lo, hi)) = window(vm, s, a, sub.char_len())? else {
        return Ok(-1);
    };
    let hay = &s.as_str()[lo..hi];
    let pos = match dir {
        Dir::Forward => hay.find(sub.as_str()),
        Dir::Reverse => hay.rfind(sub.as_str()),
    };
    Ok(pos.map_or(-1, |p| s.char_index(lo + p) as i64))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = find_impl(vm, &args, "find", Dir::Forward)?;
    Ok(vm.new_int(i))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = find_impl(vm, &args, "rfind", Dir::Reverse)?;
    Ok(vm.new_int(i))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", Dir::Forward)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", Dir::Reverse)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.new_int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = tuple_recv(vm, &args, "count", 1, 3)?;
    let sub = str_arg(vm, a[0])?;
    let s = this(&args);
    let Some((lo, hi)) = window(vm, s, a, sub.char_len())? else {
        return Ok(Value::small_int_unchecked(0));
    };
    let hay = &s.as_str()[lo..hi];
    let n = if sub.char_len() == 0 {
        let chars = if s.is_ascii() {
            hay.len()
        } else {
            hay.chars().count()
        };
        chars + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(vm.new_int(n as i64))
}

fn tail_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let a = tuple_recv(vm, args, name, 1, 3)?;
    let s = this(args);
    let start = bound_arg(vm, a.get(1))?;
    let end = bound_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, s.char_len());
    let test = |sub: &StrObj| -> bool {
        if end - start < sub.char_len() as i64 {
            return false;
        }
        let (lo, hi) = (s.byte_offset(start as usize), s.byte_offset(end as usize));
        let hay = &s.as_str()[lo..hi];
        if at_end {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    if let Some(sub) = str_obj(a[0]) {
        return Ok(Value::bool(test(sub)));
    }
    if let Some(ObjData::Tuple(items)) = a[0].as_obj().map(|o| &o.data) {
        for &item in items.iter() {
            match str_obj(item) {
                Some(sub) => {
                    if test(sub) {
                        return Ok(Value::TRUE);
                    }
                }
                None => {
                    let t = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("tuple for {name} must only contain str, not {t}"))
                    );
                }
            }
        }
        return Ok(Value::FALSE);
    }
    let t = vm.type_name(a[0]);
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {t}"
    )))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_match(vm, &args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_match(vm, &args, "endswith", true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "replace", 2, 3)?;
    let old = named_str_arg(vm, a[0], "replace", "1")?;
    let new = named_str_arg(vm, a[1], "replace", "2")?;
    let count = match a.get(2) {
        Some(&c) => ssize(vm, c)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let s = this(&args);
    let (text, old_t, new_t) = (s.as_str(), old.as_str(), new.as_str());
    if max == 0 || (old_t == new_t) {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    if old_t.is_empty() {
        // The new text goes before every code point and at the end.
        let n = (s.char_len() + 1).min(max);
        let size = checked_size(vm, &[(n, new_t.len())], text.len())?;
        let mut out = alloc_string(vm, size)?;
        for (k, c) in text.chars().enumerate() {
            if k < n {
                out.push_str(new_t);
            }
            out.push(c);
        }
        if n == s.char_len() + 1 {
            out.push_str(new_t);
        }
        let len = s.char_len() + n * new.char_len();
        return Ok(new_str_len(vm, out, len));
    }
    let hits: Vec<usize> = text
        .match_indices(old_t)
        .take(max)
        .map(|(i, _)| i)
        .collect();
    if hits.is_empty() {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    let n = hits.len();
    let size = checked_size(vm, &[(n, new_t.len())], text.len() - n * old_t.len())?;
    let mut out = alloc_string(vm, size)?;
    let mut last = 0;
    for &i in &hits {
        out.push_str(&text[last..i]);
        out.push_str(new_t);
        last = i + old_t.len();
    }
    out.push_str(&text[last..]);
    let len = s.char_len() - n * old.char_len() + n * new.char_len();
    Ok(new_str_len(vm, out, len))
}

fn partition(vm: &mut Vm, args: &Args, name: &str, dir: Dir) -> PyResult<Value> {
    let a = recv(vm, args, name, 1, 1)?;
    let sep = str_arg(vm, a[0])?;
    if sep.char_len() == 0 {
        return Err(vm.value_error("empty separator"));
    }
    let s = this(args);
    let text = s.as_str();
    let found = match dir {
        Dir::Forward => text.find(sep.as_str()),
        Dir::Reverse => text.rfind(sep.as_str()),
    };
    let items = match found {
        Some(i) => {
            let head = new_sub_str(vm, s, &text[..i]);
            let tail = new_sub_str(vm, s, &text[i + sep.as_str().len()..]);
            vec![head, a[0], tail]
        }
        None => {
            let whole = same_or_new(vm, args.pos[0]);
            let empty = new_str_len(vm, "", 0);
            let empty2 = new_str_len(vm, "", 0);
            match dir {
                Dir::Forward => vec![whole, empty, empty2],
                Dir::Reverse => vec![empty, empty2, whole],
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, &args, "partition", Dir::Forward)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition(vm, &args, "rpartition", Dir::Reverse)
}

pub fn init(interp: &InterpState, ty: Value) {
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
    ];
    for &(name, f) in methods {
        add_method(interp, ty, name, f);
    }
}
