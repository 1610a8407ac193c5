//! `repr()` of builtin payloads, and `ascii()`.

use crate::interp::{PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{DictViewKind, ObjData, Value};

use super::numfmt;

/// Whether Python's `str.isprintable` holds for `c` (approximated without
/// the full Unicode database: controls, separators other than space, format
/// characters, private use and noncharacters are not printable).
pub fn is_printable(c: char) -> bool {
    super::str::unicode::is_printable(c)
}

fn push_escaped(out: &mut String, c: char, ascii_only: bool) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if c.is_ascii() => out.push(c),
        c if !ascii_only && is_printable(c) => out.push(c),
        c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

/// `repr(str)`: single quotes unless the text has a single quote and no
/// double quote.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        if c == quote {
            out.push('\\');
            out.push(c);
        } else {
            push_escaped(&mut out, c, false);
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytearray)`: the quote is chosen as for bytes, but a single quote
/// is always escaped and a double quote never is (as CPython does).
/// `name` is the type's name (a subclass shows its own).
pub fn bytearray_repr(name: &str, b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + name.len() + 5);
    out.push_str(name);
    out.push_str("(b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out.push(')');
    out
}

/// Runs `f` unless `v` is already being repr'd on this thread (then
/// returns `recursive`), so `a = []; a.append(a)` prints `[[...]]`.
fn guarded(
    vm: &mut Vm,
    v: Value,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    if vm.repr_stack.contains(&v) {
        return Ok(recursive.to_string());
    }
    vm.repr_stack.push(v);
    let r = f(vm);
    vm.repr_stack.pop();
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_of(item)?);
    }
    Ok(out)
}

fn dict_body(vm: &mut Vm, d: Value) -> PyResult<String> {
    let ObjData::Dict(dict) = &d.obj().data else {
        return Ok(String::new());
    };
    let mut out = String::new();
    for (i, e) in dict.entries().into_iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_of(e.key)?);
        out.push_str(": ");
        out.push_str(&vm.repr_of(e.value)?);
    }
    Ok(out)
}

/// `repr(v)` for builtin payloads.
pub fn repr_builtin(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v.is_float() {
        return Ok(numfmt::float_repr(v.as_float()));
    }
    if v.is_small_int() {
        return Ok(v.as_small_int().to_string());
    }
    match v {
        Value::NONE => return Ok("None".into()),
        Value::TRUE => return Ok("True".into()),
        Value::FALSE => return Ok("False".into()),
        Value::NOT_IMPLEMENTED => return Ok("NotImplemented".into()),
        Value::ELLIPSIS => return Ok("Ellipsis".into()),
        Value::NULL => return Ok("<NULL>".into()),
        _ => {}
    }
    let obj = v.obj();
    let addr = v.obj_addr();
    let tname = vm.type_name(v);
    Ok(match &obj.data {
        ObjData::Int(_) => super::int::int_to_decimal(vm, v)?,
        ObjData::Float(f) => numfmt::float_repr(*f),
        ObjData::GenericAlias { .. } => super::generic_alias::alias_repr(vm, v)?,
        ObjData::Complex(re, im) => numfmt::complex_repr(*re, *im),
        ObjData::Str(s) => str_repr(s.as_str()),
        ObjData::Bytes(b) => bytes_repr(b),
        ObjData::ByteArray(b) => bytearray_repr(&tname, &b.read()),
        ObjData::Tuple(items) => {
            if items.is_empty() {
                return Ok("()".into());
            }
            let items = items.clone();
            guarded(vm, v, "(...)", |vm| {
                let body = join_reprs(vm, &items)?;
                Ok(if items.len() == 1 {
                    format!("({body},)")
                } else {
                    format!("({body})")
                })
            })?
        }
        ObjData::List(l) => {
            let items = l.read().clone();
            guarded(vm, v, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        ObjData::Dict(_) => guarded(vm, v, "{...}", |vm| {
            Ok(format!("{{{}}}", dict_body(vm, v)?))
        })?,
        ObjData::Set(s) | ObjData::FrozenSet(s) => {
            let frozen = matches!(obj.data, ObjData::FrozenSet(_));
            let items = s.keys();
            if items.is_empty() {
                return Ok(format!("{tname}()"));
            }
            guarded(vm, v, &format!("{tname}(...)"), |vm| {
                let body = join_reprs(vm, &items)?;
                Ok(if frozen || tname != "set" {
                    format!("{tname}({{{body}}})")
                } else {
                    format!("{{{body}}}")
                })
            })?
        }
        ObjData::Range(r) => r.repr(),
        ObjData::Slice(s) => {
            let (a, b, c) = (s.start, s.stop, s.step);
            format!(
                "slice({}, {}, {})",
                vm.repr_of(a)?,
                vm.repr_of(b)?,
                vm.repr_of(c)?
            )
        }
        ObjData::Function(f) => {
            let q = vm.str_of(*f.qualname.read())?;
            format!("<function {q} at {addr:#x}>")
        }
        ObjData::Native(n) => {
            if n.owner.is_null()
                || matches!(n.owner.as_obj().map(|o| &o.data), Some(ObjData::Module(_)))
            {
                format!("<built-in function {}>", n.name)
            } else {
                let owner = vm.type_obj(n.owner).name.to_string();
                format!("<method '{}' of '{owner}' objects>", n.name)
            }
        }
        ObjData::BoundMethod(m) => {
            let (func, recv) = (m.func, m.receiver);
            let r = vm.repr_of(recv)?;
            match &func.obj().data {
                ObjData::Native(n) => {
                    let rt = vm.type_name(recv);
                    format!(
                        "<built-in method {} of {rt} object at {:#x}>",
                        n.name,
                        recv.obj_addr()
                    )
                }
                ObjData::Function(f) => {
                    let q = vm.str_of(*f.qualname.read())?;
                    format!("<bound method {q} of {r}>")
                }
                _ => format!("<bound method of {r}>"),
            }
        }
        ObjData::Code(c) => {
            format!(
                "<code object {} at {addr:#x}, file \"{}\", line {}>",
                c.code.name, c.code.filename, c.code.first_line
            )
        }
        ObjData::Cell(c) => {
            let content = c.get();
            if content.is_null() {
                format!("<cell at {addr:#x}: empty>")
            } else {
                let t = vm.type_name(content);
                format!(
                    "<cell at {addr:#x}: {t} object at {:#x}>",
                    content.obj_addr()
                )
            }
        }
        ObjData::Module(m) => {
            let name = vm.str_of(m.name)?;
            let file = vm.interp.names.dunder_file;
            match vm.dict_get_str(m.dict, file) {
                Some(f) => format!("<module '{name}' from {}>", vm.repr_of(f)?),
                // Made by `types.ModuleType(name)`: no loader, no origin.
                None if vm.dict_get_str(m.dict, vm.intern("__spec__")).is_some() => {
                    format!("<module '{name}'>")
                }
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        ObjData::Type(t) => {
            let module = *t.module.read();
            match module
                .is_null()
                .then_some(())
                .map_or_else(|| vm.str_of(module).ok(), |_| None)
            {
                Some(m) if m != "builtins" => format!("<class '{m}.{}'>", t.qualname),
                _ => format!("<class '{}'>", t.qualname),
            }
        }
        ObjData::Generator(g) => {
            let q = vm.str_of(g.qualname)?;
            format!("<generator object {q} at {addr:#x}>")
        }
        ObjData::Exception(e) => {
            let args = *e.args.read();
            let items = vm.tuple_items(args).to_vec();
            let body = join_reprs(vm, &items)?;
            format!("{tname}({body})")
        }
        ObjData::MappingProxy(_) => super::mappingproxy::repr(vm, v)?,
        ObjData::DictView(kind, d) => {
            let (kind, d) = (*kind, *d);
            guarded(vm, v, "...", |vm| {
                let ObjData::Dict(dict) = &d.obj().data else {
                    return Ok(String::new());
                };
                let entries = dict.entries();
                let mut parts = Vec::with_capacity(entries.len());
                for e in entries {
                    parts.push(match kind {
                        DictViewKind::Keys => vm.repr_of(e.key)?,
                        DictViewKind::Values => vm.repr_of(e.value)?,
                        DictViewKind::Items => {
                            format!("({}, {})", vm.repr_of(e.key)?, vm.repr_of(e.value)?)
                        }
                    });
                }
                Ok(format!("{tname}([{}])", parts.join(", ")))
            })?
        }
        ObjData::GetSet(g) => {
            format!("<attribute '{}' of objects>", g.name)
        }
        ObjData::StaticMethod(f) => format!("<staticmethod({})>", vm.repr_of(*f)?),
        ObjData::ClassMethod(f) => format!("<classmethod({})>", vm.repr_of(*f)?),
        ObjData::Super { this, obj_type, .. } => {
            let (this, obj_type) = (*this, *obj_type);
            let this = format!("<class '{}'>", vm.type_obj(this).name);
            if obj_type.is_null() {
                format!("<super: {this}, NULL>")
            } else {
                let t = vm.type_obj(obj_type).name.to_string();
                format!("<super: {this}, <{t} object>>")
            }
        }
        ObjData::Member { name, owner, .. } => {
            let n = vm.str_of(*name)?;
            let o = vm.type_obj(*owner).name.to_string();
            format!("<member '{n}' of '{o}' objects>")
        }
        ObjData::Iterator(_)
        | ObjData::Random(_)
        | ObjData::Itertool(_)
        | ObjData::Instance(_)
        | ObjData::Shape(_)
        | ObjData::Property(_)
        | ObjData::Ext(_) => {
            let ty = vm.type_of(v);
            let t = vm.type_obj(ty);
            let module = *t.module.read();
            let m = if module.is_null() {
                None
            } else {
                vm.str_of(module).ok()
            };
            match m {
                Some(m) if m != "builtins" => format!("<{m}.{} object at {addr:#x}>", t.qualname),
                _ => format!("<{tname} object at {addr:#x}>"),
            }
        }
    })
}

/// `ascii(v)` as a str value: `repr` with non-ASCII characters escaped.
pub fn ascii(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let r = vm.repr_of(v)?;
    if r.is_ascii() {
        return Ok(vm.new_str(r));
    }
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escaped(&mut out, c, true);
        }
    }
    Ok(vm.new_str(out))
}

/// Whether `v` is an int for repr purposes (used by formatting).
pub fn is_int(v: Value) -> bool {
    matches!(int_view(v), Some(IntView::Small(_)) | Some(IntView::Big(_)))
}
