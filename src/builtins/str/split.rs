//! `split`, `rsplit`, `splitlines` and `join`.

use crate::builtins::add_method;
use crate::builtins::slice::seq_fast;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{StrObj, Value};

use super::args::{c_int, kw_recv, recv, ssize, this};
use super::{alloc_string, new_str_len, new_sub_str, same_or_new, str_obj, unicode};

fn is_ws(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        unicode::is_space(c)
    }
}

/// Whitespace splitting from the left, at most `max` splits: runs of
/// whitespace separate words, and the unsplit rest keeps its trailing
/// whitespace.
fn split_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    let mut splits = 0;
    loop {
        while it.next_if(|&(_, c)| is_ws(c)).is_some() {}
        let Some(&(start, _)) = it.peek() else { break };
        if splits == max {
            out.push(&text[start..]);
            break;
        }
        while it.next_if(|&(_, c)| !is_ws(c)).is_some() {}
        let end = it.peek().map_or(text.len(), |&(i, _)| i);
        out.push(&text[start..end]);
        splits += 1;
    }
    out
}

/// Whitespace splitting from the right (the result in order).
fn rsplit_whitespace(text: &str, max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut it = text.char_indices().rev().peekable();
    let mut splits = 0;
    loop {
        while it.next_if(|&(_, c)| is_ws(c)).is_some() {}
        let Some(&(i, c)) = it.peek() else { break };
        let end = i + c.len_utf8();
        if splits == max {
            out.push(&text[..end]);
            break;
        }
        while it.next_if(|&(_, c)| !is_ws(c)).is_some() {}
        let start = it.peek().map_or(0, |&(i, c)| i + c.len_utf8());
        out.push(&text[start..end]);
        splits += 1;
    }
    out.reverse();
    out
}

fn split_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let [sep, maxsplit] = kw_recv(vm, args, name, &["sep", "maxsplit"])?;
    let max = match maxsplit {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let max = if max < 0 { usize::MAX } else { max as usize };
    let sep = match sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match str_obj(v) {
            Some(s) => Some(s),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {t}")));
            }
        },
    };
    let s = this(args);
    let text = s.as_str();
    let pieces: Vec<&str> = match sep {
        None if reverse => rsplit_whitespace(text, max),
        None => split_whitespace(text, max),
        Some(sep) => {
            if sep.char_len() == 0 {
                return Err(vm.value_error("empty separator"));
            }
            let n = max.saturating_add(1);
            if reverse {
                let mut v: Vec<&str> = text.rsplitn(n, sep.as_str()).collect();
                v.reverse();
                v
            } else {
                text.splitn(n, sep.as_str()).collect()
            }
        }
    };
    let items = pieces_to_values(vm, args.pos[0], s, &pieces);
    Ok(vm.new_list(items))
}

fn pieces_to_values(vm: &mut Vm, whole: Value, s: &StrObj, pieces: &[&str]) -> Vec<Value> {
    pieces
        .iter()
        .map(|p| {
            if p.len() == s.as_str().len() {
                same_or_new(vm, whole)
            } else {
                new_sub_str(vm, s, p)
            }
        })
        .collect()
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, &args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, &args, "rsplit", true)
}

/// Whether `c` ends a line for `splitlines`.
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [keepends] = kw_recv(vm, &args, "splitlines", &["keepends"])?;
    let keep = match keepends {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    let s = this(&args);
    let text = s.as_str();
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && it.next_if(|&(_, d)| d == '\n').is_some() {
            end += 1;
        }
        pieces.push(if keep {
            &text[start..end]
        } else {
            &text[start..i]
        });
        start = end;
    }
    if start < text.len() {
        pieces.push(&text[start..]);
    }
    let items = pieces_to_values(vm, args.pos[0], s, &pieces);
    Ok(vm.new_list(items))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "join", 1, 1)?;
    let items = seq_fast(vm, a[0], "can only join an iterable")?;
    let sep = this(&args);
    let mut size = 0usize;
    let mut chars = 0usize;
    for (i, &item) in items.iter().enumerate() {
        match str_obj(item) {
            Some(s) => {
                size = size.saturating_add(s.as_str().len());
                chars += s.char_len();
            }
            None => {
                let t = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    match items.len() {
        0 => return Ok(new_str_len(vm, "", 0)),
        1 => return Ok(same_or_new(vm, items[0])),
        _ => {}
    }
    let n = items.len() - 1;
    size = size.saturating_add(n.saturating_mul(sep.as_str().len()));
    let mut out = alloc_string(vm, size)?;
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(str_obj(item).expect("checked").as_str());
    }
    Ok(new_str_len(vm, out, chars + n * sep.char_len()))
}

pub fn init(interp: &InterpState, ty: Value) {
    add_method(interp, ty, "split", str_split);
    add_method(interp, ty, "rsplit", str_rsplit);
    add_method(interp, ty, "splitlines", str_splitlines);
    add_method(interp, ty, "join", str_join);
}
