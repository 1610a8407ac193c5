//! `traceback` and `frame` objects, made on demand from an exception's
//! recorded traceback lines.
//!
//! Unwinding pushes one `TracebackEntry` (code, globals, pc) per frame onto
//! the exception's `Traceback`; nothing here runs while an exception is
//! raised and caught. The first read of `__traceback__` (or
//! `sys.exc_info()`, or a `with` block's `__exit__`) turns the pending
//! entries into a chain of `traceback` objects, each with a snapshot
//! `frame`, and keeps the chain's head as `Traceback::inner`: later frames
//! that the exception unwinds through push new entries ahead of it, just as
//! CPython prepends a traceback object per frame. Assigning
//! `__traceback__` (or `with_traceback`) drops the entries and makes the
//! given chain the whole traceback, so the uncaught-exception printer,
//! which walks entries then objects, prints what Python code set.
//!
//! A frame object is a snapshot of where the frame was: `f_code`,
//! `f_globals`, `f_lineno`, `f_lasti`. Frames of one activation are not
//! shared between traceback objects, `f_back` is None, and `f_locals` is the
//! globals dict for module code and an empty dict otherwise (weft keeps no
//! frame alive after it returns, and copying locals on every unwind would
//! cost the exception path).

use crate::interp::errors::as_exception;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{AtomicValue, ExtData, ObjData, TracebackEntry, Value};

/// Bytes per code unit in `co_code`: `tb_lasti` and `f_lasti` are byte
/// offsets into it, and `co_positions()` yields one entry per two bytes, so
/// CPython's `co_positions()[lasti // 2]` holds.
const UNIT_BYTES: i64 = 8;

/// A `traceback` object: one frame's line in a chain.
pub struct TracebackObj {
    /// `tb_next`: the next (inner) traceback object, or None. Settable.
    next: AtomicValue,
    /// `tb_frame`: a `frame` object.
    frame: Value,
    /// The instruction's unit index (`tb_lasti` is its byte offset).
    lasti: u32,
    lineno: u32,
}

impl ExtData for TracebackObj {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.next.get());
        visit(self.frame);
    }
}

/// A `frame` object: a snapshot of a frame at one of its traceback lines.
pub struct FrameObj {
    code: Value,
    globals: Value,
    lasti: u32,
    lineno: u32,
}

impl ExtData for FrameObj {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.code);
        visit(self.globals);
    }
}

fn as_tb(v: Value) -> Option<&'static TracebackObj> {
    v.as_obj()?.data.ext::<TracebackObj>()
}

fn as_frame(v: Value) -> Option<&'static FrameObj> {
    v.as_obj()?.data.ext::<FrameObj>()
}

fn code_line(code: Value, pc: u32) -> u32 {
    match &code.obj().data {
        ObjData::Code(c) => c.code.line_for(pc as usize),
        _ => 0,
    }
}

fn new_frame(vm: &mut Vm, code: Value, globals: Value, lasti: u32, lineno: u32) -> Value {
    let class = vm.types().frame;
    vm.alloc(
        class,
        ObjData::Ext(Box::new(FrameObj {
            code,
            globals,
            lasti,
            lineno,
        })),
    )
}

fn new_tb(vm: &mut Vm, next: Value, frame: Value, lasti: u32, lineno: u32) -> Value {
    let class = vm.types().traceback;
    vm.alloc(
        class,
        ObjData::Ext(Box::new(TracebackObj {
            next: AtomicValue::new(next),
            frame,
            lasti,
            lineno,
        })),
    )
}

/// `exc.__traceback__`: the chain of traceback objects (None if never
/// raised), made from the pending entries on first use and kept.
pub fn traceback_of(vm: &mut Vm, exc: Value) -> Value {
    let Some(e) = as_exception(exc) else {
        return Value::NONE;
    };
    loop {
        // Allocation happens outside the lock; if another thread changed
        // the traceback meanwhile, start over from what it left.
        let (entries, inner) = {
            let tb = e.traceback.lock();
            if tb.entries.is_empty() {
                return tb.inner;
            }
            (tb.entries.clone(), tb.inner)
        };
        let mut head = inner;
        for entry in &entries {
            head = materialize(vm, entry, head);
        }
        let mut tb = e.traceback.lock();
        if tb.inner == inner
            && tb.entries.len() >= entries.len()
            && tb.entries[..entries.len()]
                .iter()
                .zip(&entries)
                .all(|(a, b)| a.code == b.code && a.pc == b.pc)
        {
            tb.entries.drain(..entries.len());
            tb.inner = head;
            if tb.entries.is_empty() {
                return head;
            }
        }
    }
}

fn materialize(vm: &mut Vm, entry: &TracebackEntry, next: Value) -> Value {
    let line = code_line(entry.code, entry.pc);
    let frame = new_frame(vm, entry.code, entry.globals, entry.pc, line);
    new_tb(vm, next, frame, entry.pc, line)
}

/// Replaces an exception's whole traceback with `tb` (a traceback object
/// or None), as assigning `__traceback__` does.
pub fn set_traceback(vm: &mut Vm, exc: Value, tb: Value) -> PyResult<()> {
    if !tb.is_none() && as_tb(tb).is_none() {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(e) = as_exception(exc) {
        let mut t = e.traceback.lock();
        t.entries.clear();
        t.inner = tb;
    }
    Ok(())
}

/// One line of a printed traceback: the code, its line, and the failing
/// instruction's source position (for the `^^^` marker).
pub struct TracebackLine {
    pub code: Value,
    pub line: u32,
    pub position: Option<(u32, u32, u32, u32)>,
}

fn code_position(code: Value, pc: u32) -> Option<(u32, u32, u32, u32)> {
    match &code.obj().data {
        ObjData::Code(c) => c.code.position_for(pc as usize),
        _ => None,
    }
}

/// The lines an exception's traceback prints, outermost first.
pub fn traceback_lines(exc: Value) -> Vec<TracebackLine> {
    let Some(e) = as_exception(exc) else {
        return Vec::new();
    };
    let (mut lines, mut cursor): (Vec<TracebackLine>, Value) = {
        let tb = e.traceback.lock();
        let lines = tb
            .entries
            .iter()
            .rev()
            .map(|en| TracebackLine {
                code: en.code,
                line: code_line(en.code, en.pc),
                position: code_position(en.code, en.pc),
            })
            .collect();
        (lines, tb.inner)
    };
    // `tb_next` assignment refuses loops, so this walk ends.
    while let Some(t) = as_tb(cursor) {
        if let Some(f) = as_frame(t.frame) {
            lines.push(TracebackLine {
                code: f.code,
                line: t.lineno,
                position: code_position(f.code, t.lasti),
            });
        }
        cursor = t.next.get();
    }
    lines
}

// ----- traceback ------------------------------------------------------------

fn tb_recv(vm: &mut Vm, v: Value, name: &str) -> PyResult<&'static TracebackObj> {
    match as_tb(v) {
        Some(t) => Ok(t),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'traceback' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn tb_get_next(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(tb_recv(vm, v, "tb_next")?.next.get())
}

fn tb_set_next(vm: &mut Vm, v: Value, value: Value) -> PyResult<()> {
    let t = tb_recv(vm, v, "tb_next")?;
    if value.is_null() {
        return Err(vm.type_error("can't delete tb_next attribute"));
    }
    if !value.is_none() {
        if as_tb(value).is_none() {
            let name = vm.type_name(value);
            return Err(vm.type_error(format!("expected traceback object, got '{name}'")));
        }
        let mut cursor = value;
        while let Some(c) = as_tb(cursor) {
            if cursor == v {
                return Err(vm.value_error("traceback loop detected"));
            }
            cursor = c.next.get();
        }
    }
    t.next.set(value);
    Ok(())
}

fn tb_get_frame(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(tb_recv(vm, v, "tb_frame")?.frame)
}

fn tb_get_lineno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = tb_recv(vm, v, "tb_lineno")?.lineno;
    Ok(vm.new_int(n as i64))
}

fn tb_get_lasti(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = tb_recv(vm, v, "tb_lasti")?.lasti;
    Ok(vm.new_int(n as i64 * UNIT_BYTES))
}

/// `traceback(tb_next, tb_frame, tb_lasti, tb_lineno)`.
fn tb_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    let given = &args.pos[1..];
    let mut vals = [Value::NULL; 4];
    if given.len() > 4 {
        return Err(vm.type_error(format!(
            "TracebackType() takes at most 4 arguments ({} given)",
            given.len() + args.kwnames.len()
        )));
    }
    vals[..given.len()].copy_from_slice(given);
    for (i, &k) in args.kwnames.iter().enumerate() {
        let name = vm.as_str(k).unwrap_or("").to_string();
        match NAMES.iter().position(|n| *n == name) {
            Some(j) if vals[j].is_null() => vals[j] = args.kwvalues[i],
            Some(j) => {
                return Err(vm.type_error(format!(
                    "argument for TracebackType() given by name ('{name}') and position ({})",
                    j + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for TracebackType()"
                )))
            }
        }
    }
    if let Some(j) = vals.iter().position(|v| v.is_null()) {
        return Err(vm.type_error(format!(
            "TracebackType() missing required argument '{}' (pos {})",
            NAMES[j],
            j + 1
        )));
    }
    let [next, frame, lasti, lineno] = vals;
    if !next.is_none() && as_tb(next).is_none() {
        let t = vm.type_name(next);
        return Err(vm.type_error(format!("expected traceback object or None, got '{t}'")));
    }
    if as_frame(frame).is_none() {
        let t = if frame.is_none() {
            "None".to_string()
        } else {
            vm.type_name(frame)
        };
        return Err(vm.type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {t}"
        )));
    }
    let lasti = vm.to_i64(lasti)?;
    let lineno = vm.to_i64(lineno)?;
    Ok(new_tb(
        vm,
        next,
        frame,
        u32::try_from(lasti / UNIT_BYTES).unwrap_or(0),
        u32::try_from(lineno).unwrap_or(0),
    ))
}

fn tb_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "__dir__", 1, 1)?;
    let names = ["tb_frame", "tb_next", "tb_lasti", "tb_lineno"]
        .iter()
        .map(|n| vm.intern(n))
        .collect();
    Ok(vm.new_list(names))
}

// ----- frame ----------------------------------------------------------------

fn frame_recv(vm: &mut Vm, v: Value, name: &str) -> PyResult<&'static FrameObj> {
    match as_frame(v) {
        Some(f) => Ok(f),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'frame' objects doesn't apply to a '{t}' object"
            )))
        }
    }
}

fn frame_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'frame' instances"))
}

fn frame_code(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(frame_recv(vm, v, "f_code")?.code)
}

fn frame_globals(vm: &mut Vm, v: Value) -> PyResult<Value> {
    Ok(frame_recv(vm, v, "f_globals")?.globals)
}

fn frame_builtins(vm: &mut Vm, v: Value) -> PyResult<Value> {
    frame_recv(vm, v, "f_builtins")?;
    Ok(vm.interp.builtins)
}

/// Module code runs with its globals as locals; a function's locals are
/// gone once it has returned (see the module comment).
fn frame_locals(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let f = frame_recv(vm, v, "f_locals")?;
    let module_level = match &f.code.obj().data {
        ObjData::Code(c) => c.code.name == "<module>",
        _ => false,
    };
    Ok(if module_level {
        f.globals
    } else {
        vm.new_dict()
    })
}

fn frame_lineno(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = frame_recv(vm, v, "f_lineno")?.lineno;
    Ok(vm.new_int(n as i64))
}

fn frame_lasti(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let n = frame_recv(vm, v, "f_lasti")?.lasti;
    Ok(vm.new_int(n as i64 * UNIT_BYTES))
}

fn frame_none(vm: &mut Vm, v: Value) -> PyResult<Value> {
    frame_recv(vm, v, "f_back")?;
    Ok(Value::NONE)
}

fn frame_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "clear", 1, 1)?;
    frame_recv(vm, args.pos[0], "clear")?;
    Ok(Value::NONE)
}

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.pos[0];
    let f = frame_recv(vm, v, "__repr__")?;
    let (file, name) = match &f.code.obj().data {
        ObjData::Code(c) => (c.code.filename.to_string(), c.code.name.clone()),
        _ => (String::new(), String::new()),
    };
    let file = vm.new_str(file);
    let file = vm.repr_of(file)?;
    let addr = v.obj_addr();
    Ok(vm.new_str(format!(
        "<frame at {addr:#x}, file {file}, line {}, code {name}>",
        f.lineno
    )))
}

pub fn init(interp: &InterpState) {
    let tb = interp.types.traceback;
    super::add_method(interp, tb, "__new__", tb_new);
    super::add_method(interp, tb, "__dir__", tb_dir);
    super::add_getset(interp, tb, "tb_next", tb_get_next, Some(tb_set_next));
    super::add_getset(interp, tb, "tb_frame", tb_get_frame, None);
    super::add_getset(interp, tb, "tb_lineno", tb_get_lineno, None);
    super::add_getset(interp, tb, "tb_lasti", tb_get_lasti, None);
    super::add_method(interp, interp.types.code, "co_positions", code_positions);
    let fr = interp.types.frame;
    super::add_method(interp, fr, "__new__", frame_new);
    super::add_method(interp, fr, "__repr__", frame_repr);
    super::add_method(interp, fr, "clear", frame_clear);
    super::add_getset(interp, fr, "f_code", frame_code, None);
    super::add_getset(interp, fr, "f_globals", frame_globals, None);
    super::add_getset(interp, fr, "f_builtins", frame_builtins, None);
    super::add_getset(interp, fr, "f_locals", frame_locals, None);
    super::add_getset(interp, fr, "f_lineno", frame_lineno, None);
    super::add_getset(interp, fr, "f_lasti", frame_lasti, None);
    super::add_getset(interp, fr, "f_back", frame_none, None);
    super::add_getset(interp, fr, "f_trace", frame_none, None);
}

// ----- source markers ---------------------------------------------------------

/// Character index of UTF-8 byte `offset` in `s` (an offset inside a
/// character counts that character, as CPython's lossy decode does).
fn char_index(s: &str, offset: usize) -> usize {
    let offset = offset.min(s.len());
    let mut n = s[..s.floor_char_boundary(offset)].chars().count();
    if !s.is_char_boundary(offset) {
        n += 1;
    }
    n
}

/// Where the `^` part of a marker goes inside `segment`, the source of the
/// failing expression, in characters: around the operator of a binary
/// operation, around the brackets of a subscript (CPython 3.11's rules,
/// quirks included); `None` for anything else.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, PythonVersion, Stmt};
    use ruff_python_parser::{Mode, ParseOptions};
    use ruff_text_size::Ranged;
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(segment, options).try_into_module()?;
    if !parsed.errors().is_empty() {
        return None;
    }
    let [Stmt::Expr(stmt)] = &parsed.syntax().body[..] else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    match &*stmt.value {
        Expr::BinOp(b) => {
            let left_end = u32::from(b.left.end()) as usize;
            let op_start = char_index(segment, left_end);
            let op_end = char_index(segment, u32::from(b.right.start()) as usize);
            let op: &[char] = &chars[op_start..op_end.max(op_start)];
            let offset = op.iter().take_while(|c| c.is_whitespace()).count();
            // As CPython: a byte offset plus a character count.
            let mut left = left_end + offset;
            let mut right = left + 1;
            if offset + 1 < op.len() && !op[offset + 1].is_whitespace() {
                right += 1;
            }
            while let Some(&c) = chars.get(left) {
                if !(c.is_whitespace() || c == ')' || c == '#') {
                    break;
                }
                left += 1;
                right += 1;
            }
            Some((char_index(segment, left), char_index(segment, right)))
        }
        Expr::Subscript(s) => {
            let mut left = char_index(segment, u32::from(s.value.end()) as usize);
            let mut right = char_index(segment, u32::from(s.slice.end()) as usize + 1);
            while chars.get(left).is_some_and(|&c| c != '[') {
                left += 1;
            }
            while chars.get(right).is_some_and(|&c| c != ']') {
                right += 1;
            }
            if right < chars.len() {
                right += 1;
            }
            Some((left, right))
        }
        _ => None,
    }
}

/// The marker line CPython 3.11 prints under a traceback's source line
/// (`    ~~~^~~~\n`), from the original line (indentation and newline
/// included) and the failing instruction's position (columns in UTF-8
/// bytes); `None` when the position spans the whole line and has no
/// operator to point at.
pub fn caret_line(line: &str, pos: (u32, u32, u32, u32)) -> Option<String> {
    let (lineno, end_lineno, col, end_col) = pos;
    let stripped = line.trim();
    if stripped.is_empty() {
        return None;
    }
    let stripped_len = stripped.chars().count();
    let stripped_chars = line.chars().count() - stripped_len;
    let start = char_index(line, col as usize);
    let mut end = char_index(line, end_col as usize);
    let mut anchors = None;
    if lineno == end_lineno {
        let segment: String = line
            .chars()
            .skip(start)
            .take(end.saturating_sub(start))
            .collect();
        anchors = caret_anchors(&segment);
    } else {
        end = line.trim_end().chars().count();
    }
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if end.saturating_sub(start) >= stripped_len && !anchored {
        return None;
    }
    // Every character counts one column (CPython widens East Asian wide
    // characters; weft has no Unicode width table).
    let (dp_start, dp_end) = (start + 1, end + 1);
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(dp_start.saturating_sub(stripped_chars)));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat((dp_end - dp_start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(dp_end.saturating_sub(dp_start))),
    }
    out.push('\n');
    Some(out)
}

/// `code.co_positions()`: (line, end line, column, end column) for every
/// two bytes of `co_code` (so `UNIT_BYTES / 2` per code unit), None where
/// unknown.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "co_positions", 1, 1)?;
    let ObjData::Code(c) = &args.pos[0].obj().data else {
        return Err(vm.type_error("descriptor 'co_positions' requires a 'code' object"));
    };
    let per_unit = (UNIT_BYTES / 2) as usize;
    let mut items = Vec::with_capacity(c.code.units.len() * per_unit);
    for pc in 0..c.code.units.len() {
        let t = match c.code.position_for(pc) {
            Some((l, el, col, ecol)) => {
                let v = [l, el, col, ecol].map(|n| Value::small_int_unchecked(n as i64));
                vm.new_tuple(v.to_vec())
            }
            None => vm.new_tuple(vec![Value::NONE; 4]),
        };
        items.extend(std::iter::repeat_n(t, per_unit));
    }
    let list = vm.new_list(items);
    vm.iter(list)
}

/// `_traceback.caret_line(line, lineno, end_lineno, colno, end_colno)`:
/// see `caret_line`.
fn py_caret_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_arity(vm, &args, "caret_line", 5, 5)?;
    let Some(line) = vm.as_str(args.pos[0]).map(str::to_string) else {
        return Ok(Value::NONE);
    };
    let mut nums = [0u32; 4];
    for (n, &v) in nums.iter_mut().zip(&args.pos[1..]) {
        if v.is_none() {
            return Ok(Value::NONE);
        }
        *n = u32::try_from(vm.to_i64(v)?).unwrap_or(0);
    }
    Ok(
        match caret_line(&line, (nums[0], nums[1], nums[2], nums[3])) {
            Some(s) => vm.new_str(s),
            None => Value::NONE,
        },
    )
}

/// The native half of the `traceback` module.
pub fn init_module(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::add_function(vm, module, "caret_line", py_caret_line);
    Ok(())
}
