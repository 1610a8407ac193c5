//! `_sre`: the native core of `re` (the public API is Python, in
//! `py/re.py`).
//!
//! Matching is done by the `fancy-regex` crate (backtracking with
//! backreferences and lookaround over the `regex` crate); `translate.rs`
//! turns Python's pattern syntax into its syntax. A compiled pattern is an
//! immutable `Code` payload shared freely between threads: fancy-regex's
//! `Regex` is `Send + Sync`, and the anchored variants (`match`,
//! `fullmatch`) are compiled on first use, once, behind a `OnceLock`.
//!
//! Positions: fancy-regex works in UTF-8 byte offsets, Python in code
//! points. A str subject is searched in place and offsets are converted
//! through the string's own index (`StrObj::byte_offset`/`char_index`,
//! identity for ASCII). A bytes subject is decoded as Latin-1 (byte `b`
//! becomes U+00bb), so byte positions are code point positions of the text
//! searched; the pattern of a bytes regex is read the same way and uses
//! ASCII classes.
//!
//! A match is reported to Python as a flat tuple
//! `(lastindex, start0, end0, start1, end1, ...)` in code points, -1 for a
//! group that did not take part; `lastindex` is 0 when no group matched.

mod match_obj;
mod translate;

use fancy_regex::{Regex, RegexBuilder};

use crate::builtins::slice::ssize_arg;
use crate::builtins::str::str_obj;
use crate::interp::{Args, PyResult, Vm};
use crate::object::str::StrObj;
use crate::object::types::type_flags;
use crate::object::{ExtData, ObjData, Value};
use std::sync::OnceLock;

use super::{add_function, add_value};
use translate::{FLAG_ASCII, FLAG_LOCALE, FLAG_UNICODE};

/// A compiled pattern.
pub struct Code {
    regex: Regex,
    /// The translated pattern, for building the anchored variants.
    source: String,
    /// Anchored variants, compiled on first use: `match` and `fullmatch`
    /// from position 0 (`\A`, which keeps easy patterns on the `regex`
    /// crate's engines) and from any position (`\G`).
    variants: [OnceLock<Result<Regex, String>>; 5],
    /// The regex has one more group than the pattern (see
    /// `Translated::hidden_group`).
    hidden_group: bool,
    groups: usize,
    /// (name, group number) of the named groups, in order.
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    bytes: bool,
}

impl ExtData for Code {
    fn trace(&self, _visit: &mut dyn FnMut(Value)) {}
}

/// Python's backtracking has no limit; a pattern that exhausts this one
/// would run for a very long time under CPython too.
const BACKTRACK_LIMIT: usize = 1 << 32;

fn build(src: &str) -> Result<Regex, String> {
    RegexBuilder::new(src)
        .backtrack_limit(BACKTRACK_LIMIT)
        .delegate_size_limit(1 << 28)
        .build()
        .map_err(|e| engine_message(&e))
}

/// An engine error in Python's words where Python has one.
fn engine_message(e: &fancy_regex::Error) -> String {
    let text = e.to_string();
    if text.contains("ook-behind") || text.contains("ookbehind") {
        return "look-behind requires fixed-width pattern".into();
    }
    text
}

const HIDDEN_DOLLAR: &str = "(\\n?)\\z";

impl Code {
    /// `\G(?:...)(?!\G)`: the best non-empty match right at the search
    /// start, which is what CPython looks for where an empty match just
    /// matched (the end must differ from the start).
    fn nonempty_variant(&self) -> Result<&Regex, String> {
        let body = if self.hidden_group {
            let plain = self
                .source
                .strip_suffix(HIDDEN_DOLLAR)
                .unwrap_or(&self.source);
            format!("{plain}(?=\\n?\\z)")
        } else {
            self.source.clone()
        };
        self.variants[4]
            .get_or_init(|| build(&format!("\\G(?:{body})(?!\\G)")))
            .as_ref()
            .map_err(|e| e.clone())
    }

    /// The regex for `mode` (0 search, 1 match, 2 fullmatch) from `pos`.
    fn variant(&self, mode: i64, pos: usize) -> Result<&Regex, String> {
        let (k, anchor, end) = match (mode, pos) {
            (1, 0) => (0, "\\A", ""),
            (2, 0) => (1, "\\A", "\\z"),
            (1, _) => (2, "\\G", ""),
            (2, _) => (3, "\\G", "\\z"),
            _ => return Ok(&self.regex),
        };
        // A whole match ends at the end: a trailing `$` is just `\z` there.
        let body = match (self.hidden_group, mode) {
            (true, 2) => self
                .source
                .strip_suffix(HIDDEN_DOLLAR)
                .unwrap_or(&self.source),
            _ => &self.source,
        };
        self.variants[k]
            .get_or_init(|| build(&format!("{anchor}(?:{body}){end}")))
            .as_ref()
            .map_err(|e| e.clone())
    }
}

pub(crate) fn code_of<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a Code> {
    match v.as_obj().and_then(|o| o.data.ext::<Code>()) {
        Some(c) => Ok(c),
        None => Err(vm.type_error("expected a compiled pattern")),
    }
}

/// The text a pattern runs over.
enum Subject<'a> {
    Str(&'a StrObj),
    /// Latin-1 decoding of a bytes-like subject; `ascii` when every byte
    /// is below 0x80 (offsets are then positions).
    Bytes {
        text: String,
        ascii: bool,
    },
}

impl Subject<'_> {
    fn text(&self) -> &str {
        match self {
            Subject::Str(s) => s.as_str(),
            Subject::Bytes { text, .. } => text,
        }
    }

    fn len(&self) -> usize {
        match self {
            Subject::Str(s) => s.char_len(),
            Subject::Bytes { text, ascii } => {
                if *ascii {
                    text.len()
                } else {
                    text.chars().count()
                }
            }
        }
    }

    fn to_byte(&self, i: usize) -> usize {
        match self {
            Subject::Str(s) => s.byte_offset(i),
            Subject::Bytes { text, ascii } => {
                if *ascii {
                    i
                } else {
                    text.char_indices().nth(i).map_or(text.len(), |(b, _)| b)
                }
            }
        }
    }

    fn is_ascii(&self) -> bool {
        match self {
            Subject::Str(s) => s.is_ascii(),
            Subject::Bytes { ascii, .. } => *ascii,
        }
    }

    /// The code point index of byte offset `b`, counting from `base` (a
    /// known (byte offset, index) pair) when `b` lies after it: matches
    /// come in order, so converting each from the previous one is linear.
    fn to_index_from(&self, base: &mut (usize, usize), b: usize) -> usize {
        if self.is_ascii() {
            return b;
        }
        if b >= base.0 {
            let i = base.1 + crate::object::str::count_chars(&self.text()[base.0..b]);
            *base = (b, i);
            return i;
        }
        self.to_index(b)
    }

    fn to_index(&self, b: usize) -> usize {
        match self {
            Subject::Str(s) => s.char_index(b),
            Subject::Bytes { text, ascii } => {
                if *ascii {
                    b
                } else {
                    text[..b].chars().count()
                }
            }
        }
    }
}

fn latin1(data: &[u8]) -> Subject<'static> {
    let ascii = data.is_ascii();
    let text = if ascii {
        // Plain ASCII is valid UTF-8 as it is.
        String::from_utf8(data.to_vec()).expect("ASCII is UTF-8")
    } else {
        data.iter().map(|&b| b as char).collect()
    };
    Subject::Bytes { text, ascii }
}

/// The subject `v` for `code`, with CPython's type errors.
fn subject<'a>(vm: &mut Vm, code: &Code, v: Value) -> PyResult<Subject<'a>> {
    let subj = if let Some(s) = str_obj(v) {
        Some(Subject::Str(s))
    } else {
        match v.as_obj().map(|o| &o.data) {
            Some(ObjData::Bytes(b)) => Some(latin1(b)),
            Some(ObjData::ByteArray(b)) => Some(latin1(&b.read())),
            _ => None,
        }
    };
    let Some(subj) = subj else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")));
    };
    match (&subj, code.bytes) {
        (Subject::Str(_), true) => {
            Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        (Subject::Bytes { .. }, false) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        _ => Ok(subj),
    }
}

/// `pos` and `endpos` clamped to the subject as CPython does.
fn window(vm: &mut Vm, subj: &Subject, pos: Value, endpos: Value) -> PyResult<(usize, usize)> {
    let len = subj.len() as i64;
    let p = ssize_arg(vm, pos)?.clamp(0, len);
    let e = ssize_arg(vm, endpos)?.clamp(0, len);
    Ok((p as usize, e as usize))
}

/// One match: group spans in byte offsets of the subject text.
type Spans = Vec<Option<(usize, usize)>>;

fn run(
    vm: &mut Vm,
    hidden_group: bool,
    re: &Regex,
    text: &str,
    end_b: usize,
    pos_b: usize,
) -> PyResult<Option<Spans>> {
    match re.captures_from_pos(&text[..end_b], pos_b) {
        Ok(Some(caps)) => {
            let mut spans: Spans = (0..caps.len())
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect();
            if hidden_group {
                if let (Some(Some((end, _))), Some(Some((s, _)))) = (spans.pop(), spans.first()) {
                    spans[0] = Some((*s, end));
                }
            }
            Ok(Some(spans))
        }
        Ok(None) => Ok(None),
        Err(e) => Err(vm.runtime_error(format!("regular expression matching failed: {e}"))),
    }
}

/// The last group to close, as CPython's `lastindex`: the matched group
/// ending last; on a tie an enclosing group closes after the groups it
/// holds, and of two unrelated groups the later one closes last.
fn lastindex(code: &Code, spans: &Spans) -> usize {
    let is_ancestor = |a: usize, mut b: usize| {
        while b != 0 {
            b = code.parents[b];
            if b == a {
                return true;
            }
        }
        false
    };
    let mut best = 0;
    let mut best_end = 0;
    for (i, s) in spans.iter().enumerate().skip(1) {
        let Some((_, e)) = *s else { continue };
        if best == 0 || e > best_end || (e == best_end && !is_ancestor(best, i)) {
            best = i;
            best_end = e;
        }
    }
    best
}

/// Code point spans of one match; `base` carries the conversion forward
/// from match to match (see `to_index_from`).
fn code_point_spans(
    subj: &Subject,
    base: &mut (usize, usize),
    spans: &Spans,
) -> Vec<Option<(usize, usize)>> {
    let start = spans[0].map(|(s, _)| s).unwrap_or(0);
    subj.to_index_from(base, start);
    let anchor = *base;
    spans
        .iter()
        .map(|sp| {
            sp.map(|(s, e)| {
                let mut b = anchor;
                let cs = subj.to_index_from(&mut b, s);
                let ce = subj.to_index_from(&mut b, e);
                (cs, ce)
            })
        })
        .collect()
}

fn spans_tuple(
    vm: &mut Vm,
    code: &Code,
    subj: &Subject,
    base: &mut (usize, usize),
    spans: &Spans,
) -> Value {
    let mut items = Vec::with_capacity(1 + 2 * (code.groups + 1));
    items.push(Value::small_int_unchecked(lastindex(code, spans) as i64));
    let cps = code_point_spans(subj, base, spans);
    for i in 0..=code.groups {
        match cps.get(i).copied().flatten() {
            Some((s, e)) => {
                items.push(Value::small_int_unchecked(s as i64));
                items.push(Value::small_int_unchecked(e as i64));
            }
            None => {
                items.push(Value::small_int_unchecked(-1));
                items.push(Value::small_int_unchecked(-1));
            }
        }
    }
    vm.new_tuple(items)
}

fn regex_error(vm: &mut Vm, msg: String) -> crate::interp::PyErr {
    vm.runtime_error(msg)
}

// ----- functions --------------------------------------------------------

/// `compile(pattern, flags)`: `(code, groups, names, flags, groupindex)`
/// (`names`: the (name, number) pairs in order; `groupindex` a read-only
/// mapping of them), or
/// `(None, message, pos)` for a syntax error (`re.py` raises `re.error`).
fn sre_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "compile", 2, 2)?;
    let pattern = args.pos[0];
    let mut flags = ssize_arg(vm, args.pos[1])? as u32;
    let (chars, bytes): (Vec<char>, bool) = if let Some(s) = vm.as_str(pattern) {
        (s.chars().collect(), false)
    } else {
        match pattern.as_obj().map(|o| &o.data) {
            Some(ObjData::Bytes(b)) => (b.iter().map(|&c| c as char).collect(), true),
            Some(ObjData::ByteArray(b)) => (b.read().iter().map(|&c| c as char).collect(), true),
            _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
        }
    };
    if !bytes && flags & FLAG_LOCALE != 0 {
        return Err(vm.value_error("cannot use LOCALE flag with a str pattern"));
    }
    if bytes && flags & FLAG_UNICODE != 0 {
        return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern"));
    }
    if flags & FLAG_ASCII != 0 && flags & FLAG_UNICODE != 0 {
        return Err(vm.value_error("ASCII and UNICODE flags are incompatible"));
    }
    let t = match translate::translate(&chars, flags, bytes) {
        Ok(t) => t,
        Err(e) => {
            let msg = vm.new_str(e.msg);
            let pos = vm.new_int(e.pos as i64);
            return Ok(vm.new_tuple(vec![Value::NONE, msg, pos]));
        }
    };
    flags = t.flags;
    if !bytes {
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(vm.value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else if flags & FLAG_ASCII != 0 && flags & FLAG_LOCALE != 0 {
        return Err(vm.value_error("ASCII and LOCALE flags are incompatible"));
    }
    let regex = match build(&t.regex) {
        Ok(r) => r,
        Err(msg) => {
            let msg = vm.new_str(msg);
            return Ok(vm.new_tuple(vec![Value::NONE, msg, Value::NONE]));
        }
    };
    let code_names = t.names.clone();
    let code = Code {
        regex,
        source: t.regex,
        variants: Default::default(),
        hidden_group: t.hidden_group,
        groups: t.groups,
        names: code_names,
        parents: t.parents,
        bytes,
    };
    let class = code_type(vm, args.bound);
    let obj = vm.alloc(class, ObjData::Ext(Box::new(code)));
    let index = vm.new_dict();
    let mut names = Vec::with_capacity(t.names.len());
    for (name, n) in t.names {
        let k = vm.new_str(name);
        let v = Value::small_int_unchecked(n as i64);
        vm.dict_set(index, k, v)?;
        names.push(vm.new_tuple(vec![k, v]));
    }
    let names = vm.new_tuple(names);
    let index = crate::builtins::mappingproxy::new(vm, index);
    let groups = Value::small_int_unchecked(t.groups as i64);
    let flags = Value::small_int_unchecked(flags as i64);
    Ok(vm.new_tuple(vec![obj, groups, names, flags, index]))
}

/// The type of compiled code objects, kept in the module (`args.bound`).
fn code_type(vm: &mut Vm, module: Value) -> Value {
    let dict = vm.module_dict(module);
    let key = vm.intern("SRE_Code");
    vm.dict_get_str(dict, key).unwrap_or(Value::NONE)
}

/// A `re.Match` for `spans` (byte offsets of the subject text).
#[allow(clippy::too_many_arguments)]
fn new_match(
    vm: &mut Vm,
    class: Value,
    code_v: Value,
    pattern: Value,
    string: Value,
    subj: &Subject,
    (pos, endpos): (usize, usize),
    base: &mut (usize, usize),
    spans: &Spans,
) -> Value {
    let code = code_v
        .as_obj()
        .and_then(|o| o.data.ext::<Code>())
        .expect("code object checked by the caller");
    let n = 2 * (code.groups + 1);
    let mut cp = Vec::with_capacity(n);
    let mut raw = Vec::with_capacity(n);
    let is_str = matches!(subj, Subject::Str(_));
    let cps = code_point_spans(subj, base, spans);
    for i in 0..=code.groups {
        match (
            spans.get(i).copied().flatten(),
            cps.get(i).copied().flatten(),
        ) {
            (Some((s, e)), Some((cs, ce))) => {
                cp.push(cs as i64);
                cp.push(ce as i64);
                if is_str {
                    raw.push(s);
                    raw.push(e);
                } else {
                    raw.push(cs);
                    raw.push(ce);
                }
            }
            _ => {
                cp.extend([-1, -1]);
                raw.extend([0, 0]);
            }
        }
    }
    let m = match_obj::MatchObj {
        code: code_v,
        pattern,
        string,
        pos,
        endpos,
        lastindex: lastindex(code, spans),
        spans: cp.into(),
        raw: raw.into(),
    };
    vm.alloc(class, ObjData::Ext(Box::new(m)))
}

fn module_attr(vm: &mut Vm, module: Value, name: &str) -> Value {
    let dict = vm.module_dict(module);
    let key = vm.intern(name);
    vm.dict_get_str(dict, key).unwrap_or(Value::NONE)
}

/// `search(code, pattern, string, pos, endpos, mode)`: mode 0 searches,
/// 1 matches at `pos`, 2 matches all of `pos..endpos`, 3 matches a
/// non-empty match at `pos`. A `re.Match` or None.
fn sre_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "search", 6, 6)?;
    let code = code_of(vm, args.pos[0])?;
    let subj = subject(vm, code, args.pos[2])?;
    let (pos, endpos) = window(vm, &subj, args.pos[3], args.pos[4])?;
    if pos > endpos {
        return Ok(Value::NONE);
    }
    let mode = ssize_arg(vm, args.pos[5])?;
    let re = if mode == 3 {
        code.nonempty_variant()
    } else {
        code.variant(mode, pos)
    }
    .map_err(|m| regex_error(vm, m))?;
    let text = subj.text();
    let (pos_b, end_b) = (subj.to_byte(pos), subj.to_byte(endpos));
    match run(vm, code.hidden_group && mode < 2, re, text, end_b, pos_b)? {
        Some(spans) => {
            let class = module_attr(vm, args.bound, "Match");
            Ok(new_match(
                vm,
                class,
                args.pos[0],
                args.pos[1],
                args.pos[2],
                &subj,
                (pos, endpos),
                &mut (0, 0),
                &spans,
            ))
        }
        None => Ok(Value::NONE),
    }
}

/// `matches(code, pattern, string, pos, endpos, limit)`: a list of the
/// `re.Match` objects of every match, as `scan`.
fn sre_matches(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "matches", 6, 6)?;
    let code = code_of(vm, args.pos[0])?;
    let subj = subject(vm, code, args.pos[2])?;
    let (pos, endpos) = window(vm, &subj, args.pos[3], args.pos[4])?;
    let limit = ssize_arg(vm, args.pos[5])?.max(0) as usize;
    let all = scan_spans(vm, code, &subj, pos, endpos, limit)?;
    let class = module_attr(vm, args.bound, "Match");
    let mut base = (0, 0);
    let items = all
        .iter()
        .map(|spans| {
            new_match(
                vm,
                class,
                args.pos[0],
                args.pos[1],
                args.pos[2],
                &subj,
                (pos, endpos),
                &mut base,
                spans,
            )
        })
        .collect();
    Ok(vm.new_list(items))
}

/// Every match from `pos`, non-overlapping, in order, at most `limit`
/// (0: no limit). An empty match may not sit where the previous match,
/// itself empty, was (CPython 3.7+): the search then resumes one character
/// further.
fn scan_spans(
    vm: &mut Vm,
    code: &Code,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    limit: usize,
) -> PyResult<Vec<Spans>> {
    let mut found = Vec::new();
    if pos > endpos {
        return Ok(found);
    }
    let text = subj.text();
    let end_b = subj.to_byte(endpos);
    let mut at = subj.to_byte(pos);
    let mut prev_empty: Option<usize> = None;
    while at <= end_b && (limit == 0 || found.len() < limit) {
        let Some(spans) = run(vm, code.hidden_group, &code.regex, text, end_b, at)? else {
            break;
        };
        let (s, e) = spans[0].expect("group 0 of a match");
        if s == e && prev_empty == Some(e) {
            // A second empty match at the same place: take the best
            // non-empty match starting there, or else search again one
            // character further.
            let re = code.nonempty_variant().map_err(|m| regex_error(vm, m))?;
            if let Some(spans) = run(vm, false, re, text, end_b, e)? {
                let (_, e2) = spans[0].expect("group 0 of a match");
                prev_empty = None;
                at = e2;
                found.push(spans);
                continue;
            }
            match text[e..end_b].chars().next() {
                Some(c) => {
                    at = e + c.len_utf8();
                    continue;
                }
                None => break,
            }
        }
        prev_empty = (s == e).then_some(e);
        at = e;
        found.push(spans);
    }
    Ok(found)
}

/// `scan(code, string, pos, endpos, limit)`: a list of spans tuples.
fn sre_scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "scan", 5, 5)?;
    let code = code_of(vm, args.pos[0])?;
    let subj = subject(vm, code, args.pos[1])?;
    let (pos, endpos) = window(vm, &subj, args.pos[2], args.pos[3])?;
    let limit = ssize_arg(vm, args.pos[4])?.max(0) as usize;
    let all = scan_spans(vm, code, &subj, pos, endpos, limit)?;
    let mut base = (0, 0);
    let items = all
        .iter()
        .map(|spans| spans_tuple(vm, code, &subj, &mut base, spans))
        .collect();
    Ok(vm.new_list(items))
}

fn piece(vm: &mut Vm, subject: Value, subj: &Subject, span: Option<(usize, usize)>) -> Value {
    let Some((s, e)) = span else {
        return match subj {
            Subject::Str(_) => vm.new_str(""),
            Subject::Bytes { .. } => vm.new_bytes(Vec::new()),
        };
    };
    match subj {
        Subject::Str(st) => {
            if s == 0 && e == st.as_str().len() && vm.type_of(subject) == vm.types().str {
                return subject;
            }
            vm.new_str(&st.as_str()[s..e])
        }
        Subject::Bytes { text, .. } => {
            let b: Vec<u8> = text[s..e].chars().map(|c| c as u8).collect();
            vm.new_bytes(b)
        }
    }
}

/// `findall(code, string, pos, endpos)`: as `re.findall`.
fn sre_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "findall", 4, 4)?;
    let code = code_of(vm, args.pos[0])?;
    let subject_v = args.pos[1];
    let subj = subject(vm, code, subject_v)?;
    let (pos, endpos) = window(vm, &subj, args.pos[2], args.pos[3])?;
    let all = scan_spans(vm, code, &subj, pos, endpos, 0)?;
    let mut out = Vec::with_capacity(all.len());
    for spans in &all {
        let v = match code.groups {
            0 => piece(vm, subject_v, &subj, spans[0]),
            1 => piece(vm, subject_v, &subj, spans.get(1).copied().flatten()),
            n => {
                let items: Vec<Value> = (1..=n)
                    .map(|i| piece(vm, subject_v, &subj, spans.get(i).copied().flatten()))
                    .collect();
                vm.new_tuple(items)
            }
        };
        out.push(v);
    }
    Ok(vm.new_list(out))
}

/// `generic_alias(cls, item)`: `cls[item]` (`re.Pattern[str]`).
fn sre_generic_alias(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "generic_alias", 2, 2)?;
    Ok(crate::builtins::generic_alias::new(
        vm,
        args.pos[0],
        args.pos[1],
    ))
}

/// One piece of a parsed replacement template.
enum Piece {
    /// Literal text (a bytes literal as its Latin-1 decoding).
    Text(String),
    Group(usize),
}

/// `sub(code, string, items, count)`: `(result, n)`, the subject with its
/// first `count` matches (0: all) replaced by the template `items` (the
/// literal str/bytes pieces and group numbers `re.py` parsed).
fn sre_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "sub", 4, 4)?;
    let code = code_of(vm, args.pos[0])?;
    let subj = subject(vm, code, args.pos[1])?;
    let items = vm.collect(args.pos[2])?;
    let mut pieces = Vec::with_capacity(items.len());
    for v in items {
        if v.is_small_int() {
            let g = v.as_small_int();
            if !(0..=code.groups as i64).contains(&g) {
                return Err(vm.index_error("no such group"));
            }
            pieces.push(Piece::Group(g as usize));
        } else if let Some(t) = vm.as_str(v) {
            pieces.push(Piece::Text(t.to_string()));
        } else if let Some(ObjData::Bytes(b)) = v.as_obj().map(|o| &o.data) {
            pieces.push(Piece::Text(b.iter().map(|&c| c as char).collect()));
        } else {
            return Err(vm.type_error("bad template piece"));
        }
    }
    let limit = ssize_arg(vm, args.pos[3])?.max(0) as usize;
    let len = subj.len();
    let all = scan_spans(vm, code, &subj, 0, len, limit)?;
    let text = subj.text();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for spans in &all {
        let (s, e) = spans[0].expect("group 0 of a match");
        out.push_str(&text[last..s]);
        for p in &pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Group(g) => {
                    if let Some(Some((gs, ge))) = spans.get(*g) {
                        out.push_str(&text[*gs..*ge]);
                    }
                }
            }
        }
        last = e;
    }
    out.push_str(&text[last..]);
    let result = match subj {
        Subject::Str(_) => vm.new_str(out),
        Subject::Bytes { .. } => {
            let b: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
            vm.new_bytes(b)
        }
    };
    let n = vm.new_int(all.len() as i64);
    Ok(vm.new_tuple(vec![result, n]))
}

pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    add_function(vm, module, "sub", sre_sub);
    add_function(vm, module, "generic_alias", sre_generic_alias);
    add_function(vm, module, "compile", sre_compile);
    add_function(vm, module, "search", sre_search);
    add_function(vm, module, "scan", sre_scan);
    add_function(vm, module, "matches", sre_matches);
    let match_type = match_obj::make_type(vm);
    add_value(vm, module, "Match", match_type);
    add_function(vm, module, "findall", sre_findall);
    let object = vm.types().object;
    let type_ = vm.types().type_;
    let ty = crate::interp::builtin_types::new_type(
        &vm.interp.heap,
        "SRE_Code",
        &[object],
        type_flags::HEAPTYPE | type_flags::NO_INSTANCE_DICT,
    );
    ty.obj().set_class(type_);
    add_value(vm, module, "SRE_Code", ty);
    let maxrepeat = vm.new_int(4294967295);
    add_value(vm, module, "MAXREPEAT", maxrepeat);
    Ok(())
}
