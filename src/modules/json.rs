//! `_json`: the fast halves of the `json` module. `scan` parses one JSON
//! value out of a str (calling the decoder's hooks where they are set) and
//! `encode_basestring[_ascii]` quote a str as a JSON string literal.
//!
//! The scanner works on the UTF-8 bytes and converts positions to code
//! point indices only at its ends (and for error messages), so decoding is
//! linear in the document's size whatever its characters.

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, PyErr, PyResult, Vm};
use crate::object::{ObjData, Value};

use std::fmt::Write;

use super::add_function;

/// The decoder's settings for one `scan` call.
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// The str being decoded, for JSONDecodeError's `doc`.
    doc: Value,
    err_class: Value,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    max_depth: usize,
    /// Object keys seen so far, so repeated keys share one str (as
    /// CPython's scanner memo does).
    keys: std::cell::RefCell<std::collections::HashMap<String, Value>>,
}

fn char_index(text: &str, byte: usize) -> usize {
    let b = &text.as_bytes()[..byte];
    if text.len() == text.chars().count() {
        byte
    } else {
        b.iter().filter(|&&c| (c & 0xC0) != 0x80).count()
    }
}

impl Scanner<'_> {
    /// JSONDecodeError(msg, doc, pos) with `pos` converted to a code point index.
    fn error(&self, vm: &mut Vm, msg: &str, byte: usize) -> PyErr {
        let pos = char_index(self.text, byte.min(self.bytes.len()));
        let m = vm.new_str(msg);
        let p = vm.new_int(pos as i64);
        match vm.call(self.err_class, &[m, self.doc, p]) {
            Ok(exc) => PyErr { exc },
            Err(e) => e,
        }
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && matches!(self.bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    /// The value starting at byte `i` and the byte after it.
    fn value(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let Some(&c) = b.get(i) else {
            return Err(self.error(vm, "Expecting value", i));
        };
        match c {
            b'"' => {
                let (s, end) = self.string(vm, i + 1)?;
                Ok((vm.new_str(s), end))
            }
            b'{' => self.object(vm, i + 1, depth + 1),
            b'[' => self.array(vm, i + 1, depth + 1),
            b'n' if b[i..].starts_with(b"null") => Ok((Value::NONE, i + 4)),
            b't' if b[i..].starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            b'f' if b[i..].starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            b'N' if b[i..].starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, i + 3),
            b'I' if b[i..].starts_with(b"Infinity") => {
                self.constant(vm, "Infinity", f64::INFINITY, i + 8)
            }
            b'-' if b[i..].starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, i + 9)
            }
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Err(self.error(vm, "Expecting value", i)),
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, x: f64, end: usize) -> PyResult<(Value, usize)> {
        if self.parse_constant.is_none() {
            return Ok((Value::float(x), end));
        }
        let s = vm.new_str(name);
        Ok((vm.call(self.parse_constant, &[s])?, end))
    }

    fn number(&self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.bytes;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            _ => return Err(self.error(vm, "Expecting value", start)),
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.text[start..i];
        if is_float {
            if !self.parse_float.is_none() {
                let s = vm.new_str(text);
                return Ok((vm.call(self.parse_float, &[s])?, i));
            }
            let x: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((Value::float(x), i));
        }
        if !self.parse_int.is_none() {
            let s = vm.new_str(text);
            return Ok((vm.call(self.parse_int, &[s])?, i));
        }
        if text.len() <= 18 {
            if let Ok(n) = text.parse::<i64>() {
                return Ok((vm.new_int(n), i));
            }
        }
        let digits = text.trim_start_matches('-').len();
        let limit = crate::builtins::int::MAX_STR_DIGITS;
        if digits > limit {
            return Err(vm.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        match text.parse::<num_bigint::BigInt>() {
            Ok(n) => Ok((vm.new_bigint(n), i)),
            Err(_) => Err(self.error(vm, "Expecting value", start)),
        }
    }

    /// The string whose opening quote is just before byte `i`; returns the
    /// decoded text and the byte after the closing quote.
    fn string(&self, vm: &mut Vm, i: usize) -> PyResult<(String, usize)> {
        let b = self.bytes;
        let begin = i - 1;
        let mut out = String::new();
        let mut i = i;
        loop {
            // Copy the run of plain characters.
            let run = i;
            while i < b.len() {
                let c = b[i];
                if c == b'"' || c == b'\\' || (c < 0x20 && self.strict) {
                    break;
                }
                i += 1;
            }
            out.push_str(&self.text[run..i]);
            let Some(&c) = b.get(i) else {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            };
            match c {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    let Some(&e) = b.get(i + 1) else {
                        return Err(self.error(vm, "Unterminated string starting at", begin));
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        i += 2;
                        continue;
                    }
                    if e != b'u' {
                        return Err(self.error(vm, "Invalid \\escape", i));
                    }
                    let Some(mut cp) = self.hex4(i + 2) else {
                        return Err(self.error(vm, "Invalid \\uXXXX escape", i + 1));
                    };
                    i += 6;
                    if (0xD800..0xDC00).contains(&cp)
                        && b.get(i) == Some(&b'\\')
                        && b.get(i + 1) == Some(&b'u')
                    {
                        let Some(low) = self.hex4(i + 2) else {
                            return Err(self.error(vm, "Invalid \\uXXXX escape", i + 1));
                        };
                        if (0xDC00..0xE000).contains(&low) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    // weft strs cannot hold lone surrogates.
                    out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                }
                _ => return Err(self.error(vm, "Invalid control character at", i)),
            }
        }
    }

    fn hex4(&self, i: usize) -> Option<u32> {
        let h = self.bytes.get(i..i + 4)?;
        let mut v = 0u32;
        for &c in h {
            v = v * 16 + (c as char).to_digit(16)?;
        }
        Some(v)
    }

    fn too_deep(&self, vm: &mut Vm, depth: usize, what: &str) -> PyResult<()> {
        if depth > self.max_depth {
            return Err(vm.new_error(
                "RecursionError",
                format!("maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"),
            ));
        }
        Ok(())
    }

    fn array(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        self.too_deep(vm, depth, "array")?;
        let b = self.bytes;
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if b.get(i) == Some(&b']') {
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (v, end) = self.value(vm, i, depth)?;
            items.push(v);
            i = self.skip_ws(end);
            match b.get(i) {
                Some(b']') => return Ok((vm.new_list(items), i + 1)),
                Some(b',') => i = self.skip_ws(i + 1),
                _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
            }
        }
    }

    fn object(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        self.too_deep(vm, depth, "object")?;
        let b = self.bytes;
        let pairs_hook = !self.object_pairs_hook.is_none();
        let mut pairs = Vec::new();
        let dict = if pairs_hook {
            Value::NULL
        } else {
            vm.new_dict()
        };
        let mut i = self.skip_ws(i);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (k, end) = self.string(vm, i + 1)?;
                let known = self.keys.borrow().get(&k).copied();
                let key = match known {
                    Some(key) => key,
                    None => {
                        let key = vm.new_str(k.as_str());
                        self.keys.borrow_mut().insert(k, key);
                        key
                    }
                };
                i = self.skip_ws(end);
                if b.get(i) != Some(&b':') {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (v, end) = self.value(vm, i, depth)?;
                if pairs_hook {
                    pairs.push(vm.new_tuple(vec![key, v]));
                } else {
                    vm.dict_set_str(dict, key, v);
                }
                i = self.skip_ws(end);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => i = self.skip_ws(i + 1),
                    _ => return Err(self.error(vm, "Expecting ',' delimiter", i)),
                }
            }
        }
        let end = i + 1;
        if pairs_hook {
            let list = vm.new_list(pairs);
            return Ok((vm.call(self.object_pairs_hook, &[list])?, end));
        }
        if !self.object_hook.is_none() {
            return Ok((vm.call(self.object_hook, &[dict])?, end));
        }
        Ok((dict, end))
    }
}

/// `scan(s, idx, strict, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant, error_class)` -> `(value, end)`; a hook of
/// None means the default behaviour. Errors are raised as `error_class(msg,
/// s, pos)`.
fn j_scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "_json.scan")?;
    check_arity(vm, &args, "_json.scan", 9, 9)?;
    let a = args.pos;
    let Some(text) = vm.as_str(a[0]) else {
        return Err(vm.type_error("first argument must be a string"));
    };
    if !a[1].is_small_int() || a[1].as_small_int() < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let idx = a[1].as_small_int() as usize;
    let scanner = Scanner {
        text,
        bytes: text.as_bytes(),
        doc: a[0],
        err_class: a[8],
        strict: vm.truthy(a[2])?,
        object_hook: a[3],
        object_pairs_hook: a[4],
        parse_float: a[5],
        parse_int: a[6],
        parse_constant: a[7],
        max_depth: vm.recursion_limit().clamp(1, 3_000),
        keys: Default::default(),
    };
    let ascii = text.len() == text.chars().count();
    let start = if ascii {
        idx.min(text.len())
    } else {
        text.char_indices().nth(idx).map_or(text.len(), |(b, _)| b)
    };
    let (v, end) = scanner.value(vm, start, 0)?;
    let end_idx = if ascii {
        end
    } else {
        idx + text[start..end].chars().count()
    };
    let e = vm.new_int(end_idx as i64);
    Ok(vm.new_tuple(vec![v, e]))
}

fn quote(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s, ascii);
    out
}

fn quote_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The settings of one `encode` call.
struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    /// `sorted`, when keys are sorted.
    sort: Value,
    skipkeys: bool,
    ascii: bool,
    allow_nan: bool,
    circular: bool,
    /// Iterate list and tuple subclasses with their `__iter__`, as both of
    /// CPython's encoders do (plain lists and tuples are read directly).
    iter_subclasses: bool,
    default: Value,
    markers: std::collections::HashSet<u64>,
    /// Containers and default() calls being encoded, for RecursionError.
    nesting: usize,
    max_depth: usize,
}

fn push_float(vm: &mut Vm, enc: &Encoder, out: &mut String, x: f64) -> PyResult<()> {
    if x.is_finite() {
        out.push_str(&crate::builtins::numfmt::float_repr(x));
        return Ok(());
    }
    if !enc.allow_nan {
        return Err(vm.value_error("Out of range float values are not JSON compliant"));
    }
    out.push_str(if x.is_nan() {
        "NaN"
    } else if x > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    });
    Ok(())
}

/// Writes int `v` in decimal (CPython's digit limit applies); false when
/// `v` is not an int.
fn push_int(vm: &mut Vm, out: &mut String, v: Value) -> PyResult<bool> {
    match crate::object::hashing::int_view(v) {
        Some(crate::object::hashing::IntView::Small(n)) => {
            let _ = write!(out, "{n}");
            Ok(true)
        }
        Some(crate::object::hashing::IntView::Big(_)) => {
            out.push_str(&crate::builtins::int::int_to_decimal(vm, v)?);
            Ok(true)
        }
        None => Ok(false),
    }
}

impl Encoder {
    fn newline(&self, out: &mut String, depth: usize) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..depth {
                out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &mut Vm, v: Value) -> PyResult<()> {
        self.nesting += 1;
        if self.nesting > self.max_depth {
            return Err(vm.new_error(
                "RecursionError",
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.circular && !self.markers.insert(v.to_bits()) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn leave(&mut self, v: Value) {
        self.nesting -= 1;
        if self.circular {
            self.markers.remove(&v.to_bits());
        }
    }

    fn value(&mut self, vm: &mut Vm, out: &mut String, v: Value, depth: usize) -> PyResult<()> {
        if v.is_none() {
            out.push_str("null");
            return Ok(());
        }
        if v == Value::TRUE {
            out.push_str("true");
            return Ok(());
        }
        if v == Value::FALSE {
            out.push_str("false");
            return Ok(());
        }
        if v.is_float() {
            return push_float(vm, self, out, v.as_float());
        }
        if v.is_small_int() {
            let _ = write!(out, "{}", v.as_small_int());
            return Ok(());
        }
        let Some(obj) = v.as_obj() else {
            return self.fallback(vm, out, v, depth);
        };
        match &obj.data {
            ObjData::Str(s) => {
                quote_into(out, s.as_str(), self.ascii);
                Ok(())
            }
            ObjData::Int(_) => {
                push_int(vm, out, v)?;
                Ok(())
            }
            ObjData::Float(x) => push_float(vm, self, out, *x),
            ObjData::List(l) => {
                let items = if self.iter_subclasses && vm.is_heap_instance(v) {
                    vm.collect(v)?
                } else {
                    l.read().clone()
                };
                self.array(vm, out, v, &items, depth)
            }
            ObjData::Tuple(t) => {
                let items = if self.iter_subclasses && vm.is_heap_instance(v) {
                    vm.collect(v)?
                } else {
                    t.to_vec()
                };
                self.array(vm, out, v, &items, depth)
            }
            ObjData::Dict(d) => {
                if d.is_empty() {
                    out.push_str("{}");
                    return Ok(());
                }
                let mut items = if vm.is_heap_instance(v) {
                    let f = vm.getattr_str(v, "items")?;
                    let view = vm.call(f, &[])?;
                    let list = vm.collect(view)?;
                    let mut pairs = Vec::with_capacity(list.len());
                    for p in list {
                        match p.as_obj().map(|o| &o.data) {
                            Some(ObjData::Tuple(t)) if t.len() == 2 => pairs.push((t[0], t[1])),
                            _ => return Err(vm.value_error("items must return 2-tuples")),
                        }
                    }
                    pairs
                } else {
                    d.entries().into_iter().map(|e| (e.key, e.value)).collect()
                };
                if !self.sort.is_none() {
                    let tuples: Vec<Value> = items
                        .iter()
                        .map(|&(k, x)| vm.new_tuple(vec![k, x]))
                        .collect();
                    let list = vm.new_list(tuples);
                    let sorted = vm.call(self.sort, &[list])?;
                    items.clear();
                    for p in vm.collect(sorted)? {
                        if let Some(ObjData::Tuple(t)) = p.as_obj().map(|o| &o.data) {
                            items.push((t[0], t[1]));
                        }
                    }
                }
                self.object(vm, out, v, &items, depth)
            }
            _ => {
                if push_int(vm, out, v)? {
                    return Ok(());
                }
                if let Some(x) = crate::builtins::float::as_f64(v) {
                    return push_float(vm, self, out, x);
                }
                if let Some(s) = vm.as_str(v) {
                    quote_into(out, s, self.ascii);
                    return Ok(());
                }
                self.fallback(vm, out, v, depth)
            }
        }
    }

    fn array(
        &mut self,
        vm: &mut Vm,
        out: &mut String,
        v: Value,
        items: &[Value],
        depth: usize,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, v)?;
        out.push('[');
        self.newline(out, depth + 1);
        for (i, &x) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(out, depth + 1);
            }
            self.value(vm, out, x, depth + 1)?;
        }
        self.newline(out, depth);
        out.push(']');
        self.leave(v);
        Ok(())
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        out: &mut String,
        v: Value,
        items: &[(Value, Value)],
        depth: usize,
    ) -> PyResult<()> {
        self.enter(vm, v)?;
        out.push('{');
        self.newline(out, depth + 1);
        let mut first = true;
        for &(k, x) in items {
            let mark = out.len();
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, depth + 1);
            }
            if !self.key(vm, out, k)? {
                out.truncate(mark);
                continue;
            }
            first = false;
            out.push_str(&self.key_sep);
            self.value(vm, out, x, depth + 1)?;
        }
        self.newline(out, depth);
        out.push('}');
        self.leave(v);
        Ok(())
    }

    /// Writes key `k` as a JSON string; false when skipkeys skips it.
    fn key(&mut self, vm: &mut Vm, out: &mut String, k: Value) -> PyResult<bool> {
        if let Some(s) = vm.as_str(k) {
            quote_into(out, s, self.ascii);
            return Ok(true);
        }
        let mut text = String::new();
        if let Some(x) = crate::builtins::float::as_f64(k) {
            push_float(vm, self, &mut text, x)?;
        } else if k == Value::TRUE {
            text.push_str("true");
        } else if k == Value::FALSE {
            text.push_str("false");
        } else if k.is_none() {
            text.push_str("null");
        } else if !push_int(vm, &mut text, k)? {
            if self.skipkeys {
                return Ok(false);
            }
            let t = vm.type_name(k);
            return Err(vm.type_error(format!(
                "keys must be str, int, float, bool or None, not {t}"
            )));
        }
        quote_into(out, &text, self.ascii);
        Ok(true)
    }

    fn fallback(&mut self, vm: &mut Vm, out: &mut String, v: Value, depth: usize) -> PyResult<()> {
        self.enter(vm, v)?;
        let r = vm.call(self.default, &[v])?;
        self.value(vm, out, r, depth)?;
        self.leave(v);
        Ok(())
    }
}

/// `encode(o, indent, item_sep, key_sep, sort, skipkeys, ensure_ascii,
/// allow_nan, check_circular, iter_subclasses, default)` -> the JSON text
/// of `o`; `indent` is a str or None, `sort` is `sorted` or None.
fn j_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "_json.encode")?;
    check_arity(vm, &args, "_json.encode", 11, 11)?;
    let a = args.pos;
    let text = |vm: &mut Vm, v: Value| -> PyResult<String> {
        match vm.as_str(v) {
            Some(s) => Ok(s.to_string()),
            None => Err(vm.type_error("separators and indent must be str")),
        }
    };
    let indent = if a[1].is_none() {
        None
    } else {
        Some(text(vm, a[1])?)
    };
    let mut enc = Encoder {
        indent,
        item_sep: text(vm, a[2])?,
        key_sep: text(vm, a[3])?,
        sort: a[4],
        skipkeys: vm.truthy(a[5])?,
        ascii: vm.truthy(a[6])?,
        allow_nan: vm.truthy(a[7])?,
        circular: vm.truthy(a[8])?,
        iter_subclasses: vm.truthy(a[9])?,
        default: a[10],
        markers: std::collections::HashSet::new(),
        nesting: 0,
        max_depth: vm.recursion_limit().clamp(1, 3_000),
    };
    let mut out = String::new();
    enc.value(vm, &mut out, a[0], 0)?;
    Ok(vm.new_str(out))
}

fn str_arg<'a>(vm: &mut Vm, args: &Args, name: &str) -> PyResult<&'a str> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, 1, 1)?;
    match vm.as_str(args.pos[0]) {
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(args.pos[0]);
            Err(vm.type_error(format!("first argument must be a string, not {t}")))
        }
    }
}

fn j_encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(vm, &args, "encode_basestring_ascii")?;
    Ok(vm.new_str(quote(s, true)))
}

fn j_encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = str_arg(vm, &args, "encode_basestring")?;
    Ok(vm.new_str(quote(s, false)))
}

pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    add_function(vm, module, "scan", j_scan);
    add_function(vm, module, "encode", j_encode);
    add_function(
        vm,
        module,
        "encode_basestring_ascii",
        j_encode_basestring_ascii,
    );
    add_function(vm, module, "encode_basestring", j_encode_basestring);
    Ok(())
}
