//! `re.Match`: a native object holding one match's group spans.
//!
//! Spans are kept twice: in code points (what `span()` reports) and as
//! offsets into the subject's own storage (UTF-8 bytes of a str, bytes of a
//! bytes-like), so `group()` slices without converting. `re.py` adds the
//! methods written in Python (`expand`, `__class_getitem__`) to the type.

use crate::builtins::slice::index_value;
use crate::builtins::str::str_obj;
use crate::interp::{Args, PyErr, PyResult, Vm};
use crate::object::{ExtData, ObjData, Value};

use super::Code;

pub struct MatchObj {
    /// The `SRE_Code` object (group count and names).
    pub code: Value,
    /// The `re.Pattern` object.
    pub pattern: Value,
    pub string: Value,
    pub pos: usize,
    pub endpos: usize,
    pub lastindex: usize,
    /// Code point spans, two per group, -1 for a group that did not match.
    pub spans: Box<[i64]>,
    /// The same spans as offsets into the subject's storage.
    pub raw: Box<[usize]>,
}

impl ExtData for MatchObj {
    fn trace(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.code);
        visit(self.pattern);
        visit(self.string);
    }

    fn ext_getitem(&self, vm: &mut Vm, key: Value) -> Option<PyResult<Value>> {
        Some(
            self.index(vm, key)
                .map(|i| self.group_value(vm, i, Value::NONE)),
        )
    }
}

fn code(m: &MatchObj) -> &Code {
    m.code
        .as_obj()
        .and_then(|o| o.data.ext::<Code>())
        .expect("a match's code object")
}

fn no_such_group(vm: &mut Vm) -> PyErr {
    vm.index_error("no such group")
}

impl MatchObj {
    fn groups(&self) -> usize {
        self.spans.len() / 2 - 1
    }

    /// The group number `key` names (an int, or a group name).
    fn index(&self, vm: &mut Vm, key: Value) -> PyResult<usize> {
        if key.is_small_int() {
            let i = key.as_small_int();
            if (0..=self.groups() as i64).contains(&i) {
                return Ok(i as usize);
            }
            return Err(no_such_group(vm));
        }
        if let Some(name) = vm.as_str(key) {
            return match code(self).names.iter().find(|(n, _)| n == name) {
                Some(&(_, i)) => Ok(i),
                None => Err(no_such_group(vm)),
            };
        }
        match index_value(vm, key)? {
            Some(i) if (0..=self.groups() as i64).contains(&i) => Ok(i as usize),
            _ => Err(no_such_group(vm)),
        }
    }

    /// Group `i`'s text, `default` when it did not take part.
    fn group_value(&self, vm: &mut Vm, i: usize, default: Value) -> Value {
        if self.spans[2 * i] < 0 {
            return default;
        }
        let (s, e) = (self.raw[2 * i], self.raw[2 * i + 1]);
        if let Some(st) = str_obj(self.string) {
            let text = st.as_str();
            if s == 0 && e == text.len() && vm.type_of(self.string) == vm.types().str {
                return self.string;
            }
            return vm.new_str(text.get(s..e).unwrap_or(""));
        }
        match self.string.as_obj().map(|o| &o.data) {
            Some(ObjData::Bytes(b)) => {
                if s == 0 && e == b.len() && vm.type_of(self.string) == vm.types().bytes {
                    return self.string;
                }
                let piece: Box<[u8]> = b.get(s..e).unwrap_or(&[]).into();
                vm.new_bytes(piece)
            }
            Some(ObjData::ByteArray(b)) => {
                let piece: Box<[u8]> = b.read().get(s..e).unwrap_or(&[]).into();
                vm.new_bytes(piece)
            }
            _ => Value::NONE,
        }
    }

    fn span_of(&self, i: usize) -> (i64, i64) {
        (self.spans[2 * i], self.spans[2 * i + 1])
    }
}

fn recv<'a>(vm: &mut Vm, this: Value) -> PyResult<&'a MatchObj> {
    match this.as_obj().and_then(|o| o.data.ext::<MatchObj>()) {
        Some(m) => Ok(m),
        None => {
            let t = vm.type_name(this);
            Err(vm.type_error(format!(
                "descriptor requires a 're.Match' object but received a '{t}'"
            )))
        }
    }
}

fn this_and_args<'a, 'b>(vm: &mut Vm, args: &'b Args) -> PyResult<(&'a MatchObj, &'b [Value])> {
    let Some(&this) = args.pos.first() else {
        return Err(vm.type_error("descriptor needs a 're.Match' object"));
    };
    Ok((recv(vm, this)?, &args.pos[1..]))
}

/// One optional argument, positional or by keyword `name`.
fn opt_arg(
    vm: &mut Vm,
    args: &Args,
    rest: &[Value],
    fname: &str,
    name: &str,
) -> PyResult<Option<Value>> {
    if rest.len() > 1 || rest.len() + args.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            rest.len() + args.kwnames.len()
        )));
    }
    if let Some(&v) = rest.first() {
        return Ok(Some(v));
    }
    if let Some(&k) = args.kwnames.first() {
        if vm.as_str(k) == Some(name) {
            return Ok(Some(args.kwvalues[0]));
        }
        let k = vm.as_str(k).unwrap_or("").to_string();
        return Err(vm.type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )));
    }
    Ok(None)
}

fn m_group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    match rest.len() {
        0 => Ok(m.group_value(vm, 0, Value::NONE)),
        1 => {
            let i = m.index(vm, rest[0])?;
            Ok(m.group_value(vm, i, Value::NONE))
        }
        _ => {
            let mut items = Vec::with_capacity(rest.len());
            for &k in rest {
                let i = m.index(vm, k)?;
                items.push(m.group_value(vm, i, Value::NONE));
            }
            Ok(vm.new_tuple(items))
        }
    }
}

fn m_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let Some(&k) = rest.first() else {
        return Err(vm.type_error("__getitem__ expected 1 argument"));
    };
    let i = m.index(vm, k)?;
    Ok(m.group_value(vm, i, Value::NONE))
}

fn m_groups(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let default = opt_arg(vm, &args, rest, "groups", "default")?.unwrap_or(Value::NONE);
    let items: Vec<Value> = (1..=m.groups())
        .map(|i| m.group_value(vm, i, default))
        .collect();
    Ok(vm.new_tuple(items))
}

fn m_groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let default = opt_arg(vm, &args, rest, "groupdict", "default")?.unwrap_or(Value::NONE);
    let d = vm.new_dict();
    for (name, i) in code(m).names.iter() {
        let k = vm.new_str(name.as_str());
        let v = m.group_value(vm, *i, default);
        vm.dict_set(d, k, v)?;
    }
    Ok(d)
}

fn group_arg(
    vm: &mut Vm,
    args: &Args,
    m: &MatchObj,
    rest: &[Value],
    fname: &str,
) -> PyResult<usize> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("Match.{fname}() takes no keyword arguments")));
    }
    match opt_arg(vm, args, rest, fname, "group")? {
        Some(g) => m.index(vm, g),
        None => Ok(0),
    }
}

fn m_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let i = group_arg(vm, &args, m, rest, "start")?;
    Ok(vm.new_int(m.span_of(i).0))
}

fn m_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let i = group_arg(vm, &args, m, rest, "end")?;
    Ok(vm.new_int(m.span_of(i).1))
}

fn span_tuple(vm: &mut Vm, (s, e): (i64, i64)) -> Value {
    let s = vm.new_int(s);
    let e = vm.new_int(e);
    vm.new_tuple(vec![s, e])
}

fn m_span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, rest) = this_and_args(vm, &args)?;
    let i = group_arg(vm, &args, m, rest, "span")?;
    Ok(span_tuple(vm, m.span_of(i)))
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (m, _) = this_and_args(vm, &args)?;
    let g = m.group_value(vm, 0, Value::NONE);
    let r = vm.repr_of(g)?;
    let (s, e) = m.span_of(0);
    Ok(vm.new_str(format!("<re.Match object; span=({s}, {e}), match={r}>")))
}

fn m_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, _) = this_and_args(vm, &args)?;
    Ok(args.pos[0])
}

fn get_string(vm: &mut Vm, this: Value) -> PyResult<Value> {
    Ok(recv(vm, this)?.string)
}

fn get_re(vm: &mut Vm, this: Value) -> PyResult<Value> {
    Ok(recv(vm, this)?.pattern)
}

fn get_pos(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let p = recv(vm, this)?.pos;
    Ok(vm.new_int(p as i64))
}

fn get_endpos(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let p = recv(vm, this)?.endpos;
    Ok(vm.new_int(p as i64))
}

fn get_lastindex(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let m = recv(vm, this)?;
    Ok(match m.lastindex {
        0 => Value::NONE,
        i => vm.new_int(i as i64),
    })
}

fn get_lastgroup(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let m = recv(vm, this)?;
    if m.lastindex == 0 {
        return Ok(Value::NONE);
    }
    match code(m).names.iter().find(|(_, i)| *i == m.lastindex) {
        Some((name, _)) => Ok(vm.new_str(name.as_str())),
        None => Ok(Value::NONE),
    }
}

fn get_regs(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let m = recv(vm, this)?;
    let items: Vec<Value> = (0..=m.groups())
        .map(|i| span_tuple(vm, m.span_of(i)))
        .collect();
    Ok(vm.new_tuple(items))
}

type Getter = fn(&mut Vm, Value) -> PyResult<Value>;

/// Makes the `Match` type.
pub fn make_type(vm: &mut Vm) -> Value {
    use crate::object::types::type_flags;
    let interp = vm.interp.clone();
    let object = vm.types().object;
    let type_ = vm.types().type_;
    let ty = crate::interp::builtin_types::new_type(
        &vm.interp.heap,
        "Match",
        &[object],
        type_flags::HEAPTYPE | type_flags::NO_INSTANCE_DICT | type_flags::NATIVE_EXT,
    );
    ty.obj().set_class(type_);
    let m = vm.intern("re");
    *vm.type_obj(ty).module.write() = m;
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("group", m_group),
        ("__getitem__", m_getitem),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("__repr__", m_repr),
        ("__copy__", m_self),
        ("__deepcopy__", m_self),
    ];
    for &(name, f) in methods {
        crate::builtins::add_method(&interp, ty, name, f);
    }
    let getsets: &[(&'static str, Getter)] = &[
        ("string", get_string),
        ("re", get_re),
        ("pos", get_pos),
        ("endpos", get_endpos),
        ("lastindex", get_lastindex),
        ("lastgroup", get_lastgroup),
        ("regs", get_regs),
    ];
    for &(name, f) in getsets {
        crate::builtins::add_getset(&interp, ty, name, f, None);
    }
    ty
}
