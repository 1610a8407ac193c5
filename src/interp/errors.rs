//! Raising exceptions from Rust, and printing tracebacks as CPython does.

use crate::object::{AtomicValue, ExceptionObj, ObjData, Traceback, TracebackEntry, Value};
use crate::sync::{AtomicBool, Mutex, RwLock};

use super::Vm;

/// A raised Python exception: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr {
    pub exc: Value,
}

impl PyErr {
    pub fn exception(&self) -> &ExceptionObj {
        match &self.exc.obj().data {
            ObjData::Exception(e) => e,
            _ => unreachable!("PyErr always holds an exception instance"),
        }
    }
}

/// The exception payload of `v`, if it is an exception instance.
pub fn as_exception(v: Value) -> Option<&'static ExceptionObj> {
    match &v.as_obj()?.data {
        ObjData::Exception(e) => Some(e),
        _ => None,
    }
}

impl Vm {
    /// A fresh exception instance of `class` with `args`.
    pub fn new_exception(&mut self, class: Value, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        self.alloc(
            class,
            ObjData::Exception(Box::new(ExceptionObj {
                args: RwLock::new(args),
                traceback: Mutex::new(Traceback::new()),
                cause: AtomicValue::new(Value::NONE),
                context: AtomicValue::new(Value::NONE),
                suppress_context: AtomicBool::new(false),
                dict: RwLock::new(Value::NULL),
            })),
        )
    }

    /// An exception of builtin class `name` with one message argument.
    pub fn new_error(&mut self, name: &str, msg: impl Into<Box<str>>) -> PyErr {
        let class = self.types().exc(name);
        let msg = self.new_str(msg);
        PyErr {
            exc: self.new_exception(class, vec![msg]),
        }
    }

    /// An exception of builtin class `name` with no arguments.
    pub fn new_error_empty(&mut self, name: &str) -> PyErr {
        let class = self.types().exc(name);
        PyErr {
            exc: self.new_exception(class, vec![]),
        }
    }

    pub fn type_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("ValueError", msg)
    }

    pub fn index_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("IndexError", msg)
    }

    pub fn attribute_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("AttributeError", msg)
    }

    pub fn overflow_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("OverflowError", msg)
    }

    pub fn zero_division(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }

    pub fn runtime_error(&mut self, msg: impl Into<Box<str>>) -> PyErr {
        self.new_error("RuntimeError", msg)
    }

    pub fn memory_error(&mut self) -> PyErr {
        self.new_error_empty("MemoryError")
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.types().exc("KeyError");
        PyErr {
            exc: self.new_exception(class, vec![key]),
        }
    }

    /// `StopIteration(value)` (no args when value is None).
    pub fn stop_iteration(&mut self, value: Value) -> PyErr {
        let class = self.types().exc("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        PyErr {
            exc: self.new_exception(class, args),
        }
    }

    /// Whether the raised exception is an instance of `class` (by name).
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        self.is_subclass(err.exc.obj().class(), self.types().exc(name))
    }

    /// Records a traceback line for `code` (running with `globals`) at
    /// `pc` on `err`.
    pub fn add_traceback(&mut self, err: &PyErr, code: Value, globals: Value, pc: usize) {
        err.exception()
            .traceback
            .lock()
            .entries
            .push(TracebackEntry {
                code,
                globals,
                pc: pc as u32,
            });
    }

    /// CPython's rule for `exc` raised while another exception is being
    /// handled: the handled one becomes `exc.__context__`, after `exc` is
    /// cut out of the handled one's context chain so that no cycle forms.
    pub fn chain_context(&mut self, exc: Value) {
        let handled = self.handled;
        if handled.is_none() || handled.is_null() || handled == exc {
            return;
        }
        let Some(e) = as_exception(exc) else { return };
        // Floyd's walk: a chain made cyclic by assignment still ends.
        let (mut o, mut slow, mut step) = (handled, handled, false);
        while let Some(oe) = as_exception(o) {
            let c = oe.context.get();
            if c == exc {
                oe.context.set(Value::NONE);
                break;
            }
            o = c;
            if step {
                slow = as_exception(slow).map_or(Value::NONE, |s| s.context.get());
                if slow == o {
                    break;
                }
            }
            step = !step;
        }
        e.context.set(handled);
    }

    /// A named attribute from the exception's extra-attribute dict.
    pub fn exception_attr(&mut self, exc: Value, name: &str) -> Option<Value> {
        let e = as_exception(exc)?;
        let dict = *e.dict.read();
        if dict.is_null() {
            return None;
        }
        let key = self.intern(name);
        self.dict_get_str(dict, key)
    }

    /// Sets an extra attribute on an exception instance.
    pub fn set_exception_attr(&mut self, exc: Value, name: &str, value: Value) {
        let Some(e) = as_exception(exc) else { return };
        let mut dict = *e.dict.read();
        if dict.is_null() {
            dict = self.new_dict();
            *e.dict.write() = dict;
        }
        let key = self.intern(name);
        self.dict_set_str(dict, key, value);
    }

    /// Prints `exc` with its chain and traceback to stderr, as CPython's
    /// default excepthook does.
    pub fn print_exception(&mut self, exc: Value) {
        let text = self.format_exception(exc);
        eprint!("{text}");
    }

    pub fn format_exception(&mut self, exc: Value) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_exception_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_exception_chain(&mut self, exc: Value, out: &mut String, seen: &mut Vec<Value>) {
        seen.push(exc);
        if let Some(e) = as_exception(exc) {
            let cause = e.cause.get();
            let context = e.context.get();
            if !cause.is_none() && as_exception(cause).is_some() && !seen.contains(&cause) {
                self.format_exception_chain(cause, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if !context.is_none()
                && !e.suppress_context.load(crate::sync::Ordering::Relaxed)
                && as_exception(context).is_some()
                && !seen.contains(&context)
            {
                self.format_exception_chain(context, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
            let tb = crate::builtins::traceback::traceback_lines(exc);
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                self.format_traceback(&tb, out);
            }
        }
        let class = exc.obj().class();
        let name = self.type_display_name(class);
        if self.is_subclass(class, self.types().exc("SyntaxError")) {
            self.format_syntax_error(exc, &name, out);
            return;
        }
        let msg = match self.str_of(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            out.push_str(&format!("{name}\n"));
        } else {
            out.push_str(&format!("{name}: {msg}\n"));
        }
        self.format_notes(exc, out);
    }

    /// `__notes__` after the message, one per line, as CPython's printer
    /// writes them (a non-list, non-tuple value shows as its repr).
    fn format_notes(&mut self, exc: Value, out: &mut String) {
        let Some(notes) = self.exception_attr(exc, "__notes__") else {
            return;
        };
        let items = match notes.as_obj().map(|o| &o.data) {
            Some(ObjData::List(l)) => l.read().clone(),
            Some(ObjData::Tuple(t)) => t.to_vec(),
            _ => {
                let r = self
                    .repr_of(notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                out.push_str(&r);
                out.push('\n');
                return;
            }
        };
        for note in items {
            let s = self
                .str_of(note)
                .unwrap_or_else(|_| "<note str() failed>".into());
            out.push_str(&s);
            out.push('\n');
        }
    }

    /// The (code, line) pairs oldest first. Like CPython, a run of more
    /// than `REPEAT_CUTOFF` identical lines (same file, line and function,
    /// as runaway recursion gives) prints its first few and then
    /// `[Previous line repeated N more times]`.
    fn format_traceback(
        &mut self,
        tb: &[crate::builtins::traceback::TracebackLine],
        out: &mut String,
    ) {
        const REPEAT_CUTOFF: usize = 3;
        let mut last: Option<(Value, u32)> = None;
        let mut repeats = 0;
        let flush = |out: &mut String, repeats: usize| {
            if repeats > REPEAT_CUTOFF {
                let n = repeats - REPEAT_CUTOFF;
                let s = if n == 1 { "" } else { "s" };
                out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
            }
        };
        // CPython prints at most `sys.tracebacklimit` (1000) entries, the
        // newest ones.
        const TRACEBACK_LIMIT: usize = 1000;
        for entry in &tb[tb.len().saturating_sub(TRACEBACK_LIMIT)..] {
            let (code_value, line) = (entry.code, entry.line);
            let ObjData::Code(code) = &code_value.obj().data else {
                continue;
            };
            let key = (code_value, line);
            if last == Some(key) {
                repeats += 1;
                if repeats > REPEAT_CUTOFF {
                    continue;
                }
            } else {
                flush(out, repeats);
                last = Some(key);
                repeats = 1;
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.code.filename, line, code.code.name
            ));
            if let Some(text) = self.source_line(&code.code.filename, line) {
                out.push_str(&format!("    {}\n", text.trim()));
                if let Some(pos) = entry.position.filter(|p| p.0 == line) {
                    let full = format!("{text}\n");
                    if let Some(carets) = crate::builtins::traceback::caret_line(&full, pos) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        flush(out, repeats);
    }

    fn format_syntax_error(&mut self, exc: Value, name: &str, out: &mut String) {
        let get = |vm: &mut Vm, n: &str| vm.exception_attr(exc, n).filter(|v| !v.is_none());
        let filename = get(self, "filename").and_then(|v| self.str_of(v).ok());
        let lineno = get(self, "lineno")
            .filter(|v| v.is_small_int())
            .map(|v| v.as_small_int());
        if let (Some(f), Some(l)) = (&filename, lineno) {
            out.push_str(&format!("  File \"{f}\", line {l}\n"));
        }
        if let Some(text) = get(self, "text").and_then(|v| self.str_of(v).ok()) {
            let line = text.trim_end_matches('\n');
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            // As CPython: the offset counts from the line's start, and a
            // position inside the stripped indentation gets no caret.
            if let Some(off) = get(self, "offset")
                .filter(|v| v.is_small_int())
                .map(|v| v.as_small_int())
                .filter(|&off| off > indent as i64)
            {
                let end = get(self, "end_offset")
                    .filter(|v| v.is_small_int())
                    .map(|v| v.as_small_int());
                let col = (off as usize).saturating_sub(1).saturating_sub(indent);
                let width = match end {
                    Some(e) if e > off => (e - off) as usize,
                    _ => 1,
                };
                out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
            }
        }
        let msg = get(self, "msg")
            .and_then(|v| self.str_of(v).ok())
            .unwrap_or_default();
        out.push_str(&format!("{name}: {msg}\n"));
    }

    /// Line `line` (1-based) of a compiled file, if its source is known.
    /// Names such as `<string>` have none: CPython cannot read them back.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if filename.starts_with('<') && filename.ends_with('>') {
            return None;
        }
        let sources = self.interp.sources.read();
        let src = sources.get(filename)?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }

    /// A type's name as tracebacks print it: builtins bare, others
    /// `module.QualName` (just `QualName` for builtins and `__main__`, as
    /// CPython prints uncaught exceptions).
    pub fn type_display_name(&mut self, class: Value) -> String {
        let ObjData::Type(t) = &class.obj().data else {
            return "?".into();
        };
        let module = *t.module.read();
        let module = if module.is_null() {
            None
        } else {
            self.str_of(module).ok()
        };
        match module {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{}", t.qualname),
            _ => t.qualname.to_string(),
        }
    }
}
