//! `str.maketrans` and `str.translate`.

use num_traits::ToPrimitive;

use crate::builtins::{add_method, add_staticmethod};
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};

use super::args::{named_str_arg, recv, this};
use super::{alloc_string, same_or_new, str_obj};

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let a = args.pos;
    match a.len() {
        0 => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
        n if n > 3 => {
            return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")))
        }
        _ => {}
    }
    let y = match a.get(1) {
        Some(&y) => Some(named_str_arg(vm, y, "maketrans", "2")?),
        None => None,
    };
    let z = match a.get(2) {
        Some(&z) => Some(named_str_arg(vm, z, "maketrans", "3")?),
        None => None,
    };
    let out = vm.new_dict();
    let Some(y) = y else {
        let Some(ObjData::Dict(d)) = a[0].as_obj().map(|o| &o.data) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for e in d.entries() {
            let key = if let Some(k) = str_obj(e.key) {
                if k.char_len() != 1 {
                    return Err(
                        vm.value_error("string keys in translate table must be of length 1")
                    );
                }
                Value::small_int_unchecked(k.char_at(0) as i64)
            } else if int_view(e.key).is_some() {
                e.key
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(out, key, e.value)?;
        }
        return Ok(out);
    };
    let Some(x) = str_obj(a[0]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (cx, cy) in x.as_str().chars().zip(y.as_str().chars()) {
        let k = Value::small_int_unchecked(cx as i64);
        let v = Value::small_int_unchecked(cy as i64);
        vm.dict_set(out, k, v)?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set(out, Value::small_int_unchecked(c as i64), Value::NONE)?;
        }
    }
    Ok(out)
}

/// What the table says for one code point.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

fn lookup(vm: &mut Vm, table: Value, c: char) -> PyResult<Mapped> {
    let key = Value::small_int_unchecked(c as i64);
    let exact_dict = matches!(table.as_obj().map(|o| &o.data), Some(ObjData::Dict(_)))
        && !vm.is_heap_instance(table);
    let r = if exact_dict {
        match vm.dict_get(table, key)? {
            Some(v) => v,
            None => return Ok(Mapped::Keep),
        }
    } else {
        match crate::interp::ops::getitem(vm, table, key) {
            Ok(v) => v,
            Err(e) if vm.err_is(&e, "LookupError") => return Ok(Mapped::Keep),
            Err(e) => return Err(e),
        }
    };
    if r.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = str_obj(r) {
        return Ok(if s.char_len() == 1 {
            Mapped::Char(s.char_at(0))
        } else {
            Mapped::Text(s.as_str().to_string())
        });
    }
    if let Some(n) = int_view(r) {
        let n = match n {
            IntView::Small(i) => Some(i),
            IntView::Big(b) => b.to_i64(),
        };
        return match n.filter(|n| (0..0x110000).contains(n)) {
            Some(n) => match char::from_u32(n as u32) {
                Some(ch) => Ok(Mapped::Char(ch)),
                None => Err(
                    vm.value_error("character mapping to a surrogate code point is not supported")
                ),
            },
            None => Err(vm.value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(vm.type_error("character mapping must return integer, None or str"))
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "translate", 1, 1)?;
    let table = a[0];
    let s = this(&args);
    let text = s.as_str();
    let mut out = alloc_string(vm, text.len())?;
    let mut cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut changed = false;
    for c in text.chars() {
        let m = if c.is_ascii() {
            match &cache[c as usize] {
                Some(m) => m.clone(),
                None => {
                    let m = lookup(vm, table, c)?;
                    cache[c as usize] = Some(m.clone());
                    m
                }
            }
        } else {
            lookup(vm, table, c)?
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => changed = true,
            Mapped::Char(d) => {
                changed |= d != c;
                out.push(d);
            }
            Mapped::Text(t) => {
                changed = true;
                out.push_str(&t);
            }
        }
    }
    if !changed {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    Ok(vm.new_str(out))
}

pub fn init(interp: &InterpState, ty: Value) {
    add_staticmethod(interp, ty, "maketrans", str_maketrans);
    add_method(interp, ty, "translate", str_translate);
}
