//! The methods `bytes` and `bytearray` share, each written once over the
//! receiver's bytes. ASCII semantics throughout: only ASCII letters have
//! case, whitespace is CPython's `Py_ISSPACE` set.

use crate::builtins::slice::{clamped_index_arg, has_index, seq_fast, ssize_arg};
use crate::builtins::str::codecs;
use crate::interp::{Args, NativeFn, PyResult, Vm};
use crate::object::Value;

use super::ctor::is_space;
pub(crate) use super::search::{count_in, find_in, rfind_in};
use super::{buffer_arg, c_int_arg, parse_kw, recv, recv_only, str_arg, view, Recv, View};

// ----- searching ---------------------------------------------------------------

/// A `start` / `end` argument: None, or an int clamped to the machine range.
fn opt_index(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => clamped_index_arg(vm, v).map(Some),
    }
}

/// CPython's `ADJUST_INDICES`: negative bounds count from the end, `end`
/// is clamped to the length, `start` is not clamped above.
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

/// The arguments of `find`, `count`, `index`, `startswith`...: the receiver,
/// the subject and the `start`/`end` window.
fn window_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Recv, Value, Option<i64>, Option<i64>)> {
    let r = recv_only(vm, args, name)?;
    if !args.kwnames.is_empty() {
        let t = super::owner_name(vm, args);
        return Err(vm.type_error(format!("{t}.{name}() takes no keyword arguments")));
    }
    let n = args.pos.len() - 1;
    if n == 0 {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if n > 3 {
        return Err(vm.type_error(format!("{name}() takes at most 3 arguments ({n} given)")));
    }
    let start = opt_index(vm, args.pos.get(2).copied())?;
    let end = opt_index(vm, args.pos.get(3).copied())?;
    Ok((r, args.pos[1], start, end))
}

/// The subject of `find` and friends: a byte as an int, or a bytes-like.
fn search_subject(vm: &mut Vm, sub: Value) -> PyResult<View> {
    if has_index(vm, sub) {
        let n = vm.to_index(sub)?;
        return match u8::try_from(n) {
            Ok(b) => Ok(View::Owned(vec![b])),
            Err(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        };
    }
    match view(sub) {
        Some(v) => Ok(v),
        None => {
            let t = vm.type_name(sub);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{t}'"
            )))
        }
    }
}

/// `find`/`rfind` core: the index, or `None`.
fn find_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (r, sub, start, end) = window_args(vm, args, name)?;
    let needle = search_subject(vm, sub)?;
    let (start, end) = adjust(start, end, r.data.len());
    if end - start < needle.len() as i64 {
        return Ok(None);
    }
    let (s, e) = (start as usize, end as usize);
    let hay = &r.data[s..e];
    let found = if reverse {
        rfind_in(hay, &needle)
    } else {
        find_in(hay, &needle, 0)
    };
    Ok(found.map(|i| i + s))
}

fn found_value(vm: &mut Vm, r: Option<usize>) -> Value {
    match r {
        Some(i) => vm.new_int(i as i64),
        None => Value::small_int_unchecked(-1),
    }
}

fn m_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_common(vm, &args, "find", false)?;
    Ok(found_value(vm, r))
}

fn m_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = find_common(vm, &args, "rfind", true)?;
    Ok(found_value(vm, r))
}

fn m_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_common(vm, &args, "index", false)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn m_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_common(vm, &args, "rindex", true)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn m_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, sub, start, end) = window_args(vm, &args, "count")?;
    let needle = search_subject(vm, sub)?;
    let (start, end) = adjust(start, end, r.data.len());
    let n = if end < start {
        0
    } else if needle.is_empty() {
        (end - start + 1) as usize
    } else {
        count_in(&r.data[start as usize..end as usize], &needle, usize::MAX)
    };
    Ok(vm.new_int(n as i64))
}

/// `startswith` / `endswith`.
fn tail_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let (r, sub, start, end) = window_args(vm, args, name)?;
    let (start, end) = adjust(start, end, r.data.len());
    let len = r.data.len() as i64;
    let matches = |p: &[u8]| -> bool {
        let n = p.len() as i64;
        if at_end {
            if end - start < n || start > len {
                return false;
            }
            r.data[(end - n) as usize..end as usize] == *p
        } else {
            if start + n > len || end - start < n {
                return false;
            }
            r.data[start as usize..(start + n) as usize] == *p
        }
    };
    if let Some(items) = tuple_of(sub) {
        for &item in items {
            let p = buffer_arg(vm, item)?;
            if matches(&p) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    match view(sub) {
        Some(p) => Ok(Value::bool(matches(&p))),
        None => {
            let t = vm.type_name(sub);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {t}"
            )))
        }
    }
}

fn m_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_match(vm, &args, "startswith", false)
}

fn m_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tail_match(vm, &args, "endswith", true)
}

/// The items of a tuple, `None` for anything else.
fn tuple_of(v: Value) -> Option<&'static [Value]> {
    match &v.as_obj()?.data {
        crate::object::ObjData::Tuple(t) => Some(&t[..]),
        _ => None,
    }
}

// ----- predicates and case -----------------------------------------------------------

fn predicate(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (r, _) = recv(vm, args, name, 0, 0)?;
    Ok(Value::bool(f(&r.data)))
}

fn all_nonempty(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

fn m_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalnum", |d| {
        all_nonempty(d, u8::is_ascii_alphanumeric)
    })
}

fn m_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalpha", |d| {
        all_nonempty(d, u8::is_ascii_alphabetic)
    })
}

fn m_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isascii", |d| d.is_ascii())
}

fn m_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isdigit", |d| {
        all_nonempty(d, u8::is_ascii_digit)
    })
}

fn m_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isspace", |d| all_nonempty(d, |&c| is_space(c)))
}

fn m_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "islower", |d| {
        d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)
    })
}

fn m_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isupper", |d| {
        d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)
    })
}

fn is_title(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in d {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn m_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "istitle", is_title)
}

fn mapped(vm: &mut Vm, args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (r, _) = recv(vm, args, name, 0, 0)?;
    let out = f(&r.data);
    Ok(r.make(vm, out))
}

fn m_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, &args, "lower", |d| d.to_ascii_lowercase())
}

fn m_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, &args, "upper", |d| d.to_ascii_uppercase())
}

fn m_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, &args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, &args, "capitalize", |d| {
        let mut out = d.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            c.make_ascii_uppercase();
        }
        out
    })
}

fn m_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    mapped(vm, &args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    let out = if prev_cased {
                        c
                    } else {
                        c.to_ascii_uppercase()
                    };
                    prev_cased = true;
                    out
                } else if c.is_ascii_uppercase() {
                    let out = if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    };
                    prev_cased = true;
                    out
                } else {
                    prev_cased = false;
                    c
                }
            })
            .collect()
    })
}

// ----- strip, pad -------------------------------------------------------------------

fn strip_common(vm: &mut Vm, args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (r, a) = recv(vm, args, name, 0, 1)?;
    let chars: Option<View> = match a.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) => Some(buffer_arg(vm, v)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let d = &r.data[..];
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && strip(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(d[j - 1]) {
            j -= 1;
        }
    }
    Ok(r.same_or_new(vm, &d[i..j]))
}

fn m_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "strip", true, true)
}

fn m_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "lstrip", true, false)
}

fn m_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "rstrip", false, true)
}

/// A width argument (index-sized).
fn width_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    ssize_arg(vm, v)
}

/// `center` / `ljust` / `rjust`: `how` is 'c', 'l' or 'r'.
fn justify(vm: &mut Vm, args: &Args, name: &str, how: char) -> PyResult<Value> {
    let (r, a) = recv(vm, args, name, 1, 2)?;
    let width = width_arg(vm, a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(&f) => match view(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let t = super::clinic_type_name(vm, f);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {t}"
                )));
            }
        },
    };
    let len = r.data.len() as i64;
    if width <= len {
        return Ok(r.same_or_new(vm, &r.data.clone()));
    }
    let marg = width - len;
    let left = match how {
        'l' => 0,
        'r' => marg,
        _ => marg / 2 + (marg & width & 1),
    } as usize;
    let right = marg as usize - left;
    let mut out = super::alloc_vec(vm, width as usize)?;
    out.resize(left, fill);
    out.extend_from_slice(&r.data);
    out.resize(out.len() + right, fill);
    Ok(r.make(vm, out))
}

fn m_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "center", 'c')
}

fn m_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "ljust", 'l')
}

fn m_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "rjust", 'r')
}

fn m_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, a) = recv(vm, &args, "zfill", 1, 1)?;
    let width = width_arg(vm, a[0])?;
    let len = r.data.len() as i64;
    if width <= len {
        return Ok(r.same_or_new(vm, &r.data.clone()));
    }
    let fill = (width - len) as usize;
    let mut out = super::alloc_vec(vm, width as usize)?;
    out.resize(fill, b'0');
    out.extend_from_slice(&r.data);
    if matches!(out.get(fill), Some(b'+') | Some(b'-')) {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(r.make(vm, out))
}

fn m_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = recv_only(vm, &args, "expandtabs")?;
    let [tabsize] = parse_kw(vm, &args, 1, "expandtabs", ["tabsize"], 0, 0)?;
    let tabsize = match tabsize {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    // Size the result first so a huge tab size fails cleanly.
    let mut total: u64 = 0;
    let mut col: u64 = 0;
    for &c in r.data.iter() {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                total += incr;
            }
        } else {
            col += 1;
            total += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    if total > isize::MAX as u64 {
        return Err(vm.overflow_error("result too long"));
    }
    let mut out = super::alloc_vec(vm, total as usize)?;
    let mut col: u64 = 0;
    for &c in r.data.iter() {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as u64 - col % tabsize as u64;
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(r.make(vm, out))
}

// ----- split, partition, join ------------------------------------------------------------

fn maxsplit_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<usize> {
    let n = match v {
        None => -1,
        Some(v) => width_arg(vm, v)?,
    };
    Ok(if n < 0 { usize::MAX } else { n as usize })
}

fn sep_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<View>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let sep = buffer_arg(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Ok(Some(sep))
        }
    }
}

/// Pieces of `d` as `(start, end)` ranges.
fn split_ranges(d: &[u8], sep: Option<&[u8]>, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = d.len();
    match sep {
        None => {
            let mut i = 0;
            let mut left = max;
            while left > 0 {
                while i < n && is_space(d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                i += 1;
                while i < n && !is_space(d[i]) {
                    i += 1;
                }
                out.push((j, i));
                left -= 1;
            }
            if i < n {
                while i < n && is_space(d[i]) {
                    i += 1;
                }
                if i != n {
                    out.push((i, n));
                }
            }
        }
        Some(sep) => {
            let mut i = 0;
            let mut left = max;
            while left > 0 {
                match find_in(d, sep, i) {
                    Some(p) => {
                        out.push((i, p));
                        i = p + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push((i, n));
        }
    }
    out
}

/// Pieces of `d` split from the right, in order.
fn rsplit_ranges(d: &[u8], sep: Option<&[u8]>, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = d.len();
            let mut left = max;
            while left > 0 {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i > 0 && !is_space(d[i - 1]) {
                    i -= 1;
                }
                out.push((i, j));
                left -= 1;
            }
            if i > 0 {
                while i > 0 && is_space(d[i - 1]) {
                    i -= 1;
                }
                if i != 0 {
                    out.push((0, i));
                }
            }
        }
        Some(sep) => {
            let mut j = d.len();
            let mut left = max;
            while left > 0 {
                match rfind_in(&d[..j], sep) {
                    Some(p) => {
                        out.push((p + sep.len(), j));
                        j = p;
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push((0, j));
        }
    }
    out.reverse();
    out
}

fn pieces_list(vm: &mut Vm, r: &Recv, ranges: &[(usize, usize)]) -> Value {
    let items: Vec<Value> = ranges
        .iter()
        .map(|&(a, b)| r.same_or_new(vm, &r.data[a..b]))
        .collect();
    vm.new_list(items)
}

fn split_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let r = recv_only(vm, args, name)?;
    let [sep, maxsplit] = parse_kw(vm, args, 1, name, ["sep", "maxsplit"], 0, 0)?;
    let max = maxsplit_arg(vm, maxsplit)?;
    let sep = sep_arg(vm, sep)?;
    let ranges = if reverse {
        rsplit_ranges(&r.data, sep.as_deref(), max)
    } else {
        split_ranges(&r.data, sep.as_deref(), max)
    };
    Ok(pieces_list(vm, &r, &ranges))
}

fn m_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "split", false)
}

fn m_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, &args, "rsplit", true)
}

fn m_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = recv_only(vm, &args, "splitlines")?;
    let [keepends] = parse_kw(vm, &args, 1, "splitlines", ["keepends"], 0, 0)?;
    let keepends = match keepends {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let d = &r.data[..];
    let mut ranges = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let start = i;
        while i < d.len() && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < d.len() {
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        ranges.push((start, eol));
    }
    Ok(pieces_list(vm, &r, &ranges))
}

fn partition_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (r, a) = recv(vm, args, name, 1, 1)?;
    let sep_obj = a[0];
    let sep = buffer_arg(vm, sep_obj)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let d = &r.data[..];
    let found = if reverse {
        rfind_in(d, &sep)
    } else {
        find_in(d, &sep, 0)
    };
    let items = match found {
        Some(p) => {
            let head = r.make(vm, d[..p].to_vec());
            let mid = if r.bytearray {
                r.make(vm, sep.to_vec())
            } else {
                sep_obj
            };
            let tail = r.make(vm, d[p + sep.len()..].to_vec());
            vec![head, mid, tail]
        }
        None => {
            let whole = r.same_or_new(vm, d);
            let e1 = r.make(vm, Vec::new());
            let e2 = r.make(vm, Vec::new());
            if reverse {
                vec![e1, e2, whole]
            } else {
                vec![whole, e1, e2]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn m_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "partition", false)
}

fn m_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "rpartition", true)
}

fn m_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, a) = recv(vm, &args, "join", 1, 1)?;
    let items = seq_fast(vm, a[0], "can only join an iterable")?;
    let mut parts = Vec::with_capacity(items.len());
    let mut total: usize = 0;
    for (i, &item) in items.iter().enumerate() {
        match view(item) {
            Some(b) => {
                total = total.saturating_add(b.len());
                parts.push(b);
            }
            None => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {t} found"
                )));
            }
        }
    }
    if !r.bytearray
        && parts.len() == 1
        && super::is_bytes(items[0])
        && !vm.is_heap_instance(items[0])
    {
        return Ok(items[0]);
    }
    total = total.saturating_add(r.data.len().saturating_mul(parts.len().saturating_sub(1)));
    let mut out = super::alloc_vec(vm, total)?;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&r.data);
        }
        out.extend_from_slice(p);
    }
    Ok(r.make(vm, out))
}

// ----- replace, prefixes, translate ---------------------------------------------------------

fn m_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, a) = recv(vm, &args, "replace", 2, 3)?;
    let old = buffer_arg(vm, a[0])?;
    let new = buffer_arg(vm, a[1])?;
    let max = match a.get(2) {
        Some(&v) => {
            let n = width_arg(vm, v)?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
        None => usize::MAX,
    };
    let d = &r.data[..];
    if max == 0 || (old.is_empty() && new.is_empty()) {
        return Ok(r.same_or_new(vm, d));
    }
    if old.is_empty() {
        let n = max.min(d.len() + 1);
        let total = (d.len() as u128) + (n as u128) * (new.len() as u128);
        if total > isize::MAX as u128 {
            return Err(vm.overflow_error("replace bytes is too long"));
        }
        let mut out = super::alloc_vec(vm, total as usize)?;
        for (i, &c) in d.iter().enumerate() {
            if i < n {
                out.extend_from_slice(&new);
            }
            out.push(c);
        }
        if n > d.len() {
            out.extend_from_slice(&new);
        }
        return Ok(r.make(vm, out));
    }
    let count = count_in(d, &old, max);
    if count == 0 {
        return Ok(r.same_or_new(vm, d));
    }
    let total = (d.len() as i128) + (count as i128) * (new.len() as i128 - old.len() as i128);
    if total > isize::MAX as i128 {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    let mut out = super::alloc_vec(vm, total as usize)?;
    let mut i = 0;
    for _ in 0..count {
        let Some(p) = find_in(d, &old, i) else { break };
        out.extend_from_slice(&d[i..p]);
        out.extend_from_slice(&new);
        i = p + old.len();
    }
    out.extend_from_slice(&d[i..]);
    Ok(r.make(vm, out))
}

fn m_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, a) = recv(vm, &args, "removeprefix", 1, 1)?;
    let p = buffer_arg(vm, a[0])?;
    let d = &r.data[..];
    let rest = d.strip_prefix(&p[..]).unwrap_or(d);
    Ok(r.same_or_new(vm, rest))
}

fn m_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (r, a) = recv(vm, &args, "removesuffix", 1, 1)?;
    let p = buffer_arg(vm, a[0])?;
    let d = &r.data[..];
    let rest = if p.is_empty() {
        d
    } else {
        d.strip_suffix(&p[..]).unwrap_or(d)
    };
    Ok(r.same_or_new(vm, rest))
}

fn m_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = recv_only(vm, &args, "translate")?;
    let [table, delete] = parse_kw(vm, &args, 1, "translate", ["table", "delete"], 1, 1)?;
    let table = match table {
        Some(t) if !t.is_none() => {
            let t = buffer_arg(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match delete {
        Some(d) => Some(buffer_arg(vm, d)?),
        None => None,
    };
    let mut del = [false; 256];
    if let Some(d) = &delete {
        for &c in d.iter() {
            del[c as usize] = true;
        }
    }
    let out: Vec<u8> = r
        .data
        .iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    if !r.bytearray && out[..] == r.data[..] {
        return Ok(r.value);
    }
    Ok(r.make(vm, out))
}

// ----- conversions -------------------------------------------------------------------

fn m_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = recv_only(vm, &args, "decode")?;
    let [enc, errs] = parse_kw(vm, &args, 1, "decode", ["encoding", "errors"], 0, 0)?;
    let enc = match enc {
        Some(v) => str_arg(vm, v, "decode", "encoding")?,
        None => "utf-8",
    };
    let errs = match errs {
        Some(v) => str_arg(vm, v, "decode", "errors")?,
        None => "strict",
    };
    if r.data.is_empty() {
        // CPython returns "" for empty input without looking the codec up.
        return Ok(vm.new_str(""));
    }
    let s = codecs::decode(vm, &r.data, enc, errs)?;
    Ok(vm.new_str(s))
}

/// `hex(sep, bytes_per_sep)` text for `d`.
pub(crate) fn hex_text(d: &[u8], sep: Option<u8>, per: i64) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = d.len();
    for (i, &c) in d.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                // Groups count from the right for a positive size, from
                // the left for a negative one.
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s as char);
                }
            }
        }
        out.push(DIGITS[(c >> 4) as usize] as char);
        out.push(DIGITS[(c & 15) as usize] as char);
    }
    out
}

fn m_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = recv_only(vm, &args, "hex")?;
    let [sep, per] = parse_kw(vm, &args, 1, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let per = match per {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            let n = vm.len(s)?;
            if n != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = if let Some(t) = vm.as_str(s) {
                t.chars().next().map_or(0, |c| c as u32)
            } else if super::is_bytes(s) {
                view(s).map_or(0, |b| b[0] as u32)
            } else {
                return Err(vm.type_error("sep must be str or bytes."));
            };
            if c >= 128 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
    };
    let text = hex_text(&r.data, sep, per);
    Ok(vm.new_str(text))
}

pub(super) static SHARED: &[(&str, NativeFn)] = &[
    ("capitalize", m_capitalize),
    ("center", m_center),
    ("count", m_count),
    ("decode", m_decode),
    ("endswith", m_endswith),
    ("expandtabs", m_expandtabs),
    ("find", m_find),
    ("hex", m_hex),
    ("index", m_index),
    ("isalnum", m_isalnum),
    ("isalpha", m_isalpha),
    ("isascii", m_isascii),
    ("isdigit", m_isdigit),
    ("islower", m_islower),
    ("isspace", m_isspace),
    ("istitle", m_istitle),
    ("isupper", m_isupper),
    ("join", m_join),
    ("ljust", m_ljust),
    ("lower", m_lower),
    ("lstrip", m_lstrip),
    ("partition", m_partition),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("replace", m_replace),
    ("rfind", m_rfind),
    ("rindex", m_rindex),
    ("rjust", m_rjust),
    ("rpartition", m_rpartition),
    ("rsplit", m_rsplit),
    ("rstrip", m_rstrip),
    ("split", m_split),
    ("splitlines", m_splitlines),
    ("startswith", m_startswith),
    ("strip", m_strip),
    ("swapcase", m_swapcase),
    ("title", m_title),
    ("translate", m_translate),
    ("upper", m_upper),
    ("zfill", m_zfill),
];
