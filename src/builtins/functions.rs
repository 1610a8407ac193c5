//! The builtin functions (`print`, `len`, ...). (Stub: being filled in.)

use std::io::Write;

use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::Value;

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = match args.kw("sep") {
        Some(s) if !s.is_none() => vm.str_of(s)?,
        _ => " ".to_string(),
    };
    let end = match args.kw("end") {
        Some(s) if !s.is_none() => vm.str_of(s)?,
        _ => "\n".to_string(),
    };
    let mut out = String::new();
    for (i, &v) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(out.as_bytes());
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "len", 1, 1)?;
    let n = vm.len(args.pos[0])?;
    Ok(vm.new_int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_arity(vm, &args, "repr", 1, 1)?;
    vm.repr(args.pos[0])
}

/// Registers the builtin functions in `builtins`.
pub fn init(interp: &InterpState) {
    let b = interp.builtins;
    let add = |name: &'static str, f: crate::interp::NativeFn| {
        let v = crate::builtins::native(interp, name, f, Value::NULL, Value::NULL);
        let key = interp.intern(name);
        if let crate::object::ObjData::Dict(d) = &b.obj().data {
            let hash = match &key.obj().data {
                crate::object::ObjData::Str(s) => s.hash(),
                _ => 0,
            };
            d.insert(key, hash, v);
        }
    };
    add("print", print);
    add("len", len);
    add("repr", repr);
}
