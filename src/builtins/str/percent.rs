//! `str % args`: printf-style formatting. The pure parsing and layout is in
//! `numfmt::percent`; this walks its pieces, fetches arguments from the
//! tuple, single value or mapping the way CPython does, converts them and
//! raises CPython's errors in CPython's order.

use num_bigint::BigInt;

use crate::builtins::format::{check_int_digits, numfmt_error};
use crate::builtins::int::{float_to_int, to_bigint};
use crate::builtins::numfmt::{self, Count, PercentParser, PercentRef, PercentSpec};
use crate::interp::{PyResult, Vm};
use crate::object::hashing::int_view;
use crate::object::{ObjData, Value};

use super::str_obj;

/// Where the arguments come from: CPython's `args`/`arglen`/`argidx`
/// triple (a non-tuple operand is one argument: `arglen == -1`).
struct ArgState {
    args: Value,
    items: &'static [Value],
    arglen: i64,
    argidx: i64,
}

impl ArgState {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            return Ok(if self.arglen < 0 {
                self.args
            } else {
                self.items[i as usize]
            });
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// Whether `v` counts as a mapping for `%(key)s` (CPython's
/// `PyMapping_Check`, minus tuples and strs).
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    match v.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(_)) | Some(ObjData::Str(_)) => false,
        Some(ObjData::Dict(_))
        | Some(ObjData::List(_))
        | Some(ObjData::Bytes(_))
        | Some(ObjData::ByteArray(_))
        | Some(ObjData::Range(_)) => true,
        _ => vm.lookup_dunder(v, "__getitem__").is_some(),
    }
}

/// Widths and precisions this large cannot be laid out in memory.
const MAX_FIELD: i64 = 1 << 40;

fn star_arg(vm: &mut Vm, state: &mut ArgState) -> PyResult<i64> {
    let v = state.next(vm)?;
    if int_view(v).is_none() {
        return Err(vm.type_error("* wants int"));
    }
    crate::builtins::slice::ssize_arg(vm, v)
}

fn count_value(vm: &mut Vm, c: Option<Count>, state: &mut ArgState) -> PyResult<Option<i64>> {
    Ok(match c {
        None => None,
        Some(Count::Num(n)) => Some(n as i64),
        Some(Count::Star) => Some(star_arg(vm, state)?),
    })
}

/// Whether `v` is a number for `%d` (CPython's `PyNumber_Check`).
fn is_number(vm: &mut Vm, v: Value) -> bool {
    v.is_float()
        || int_view(v).is_some()
        || vm.lookup_dunder(v, "__index__").is_some()
        || vm.lookup_dunder(v, "__int__").is_some()
        || vm.lookup_dunder(v, "__float__").is_some()
}

/// The int for `%d %i %u %o %x %X`.
fn int_operand(vm: &mut Vm, v: Value, conv: char) -> PyResult<BigInt> {
    if let Some(n) = to_bigint(v) {
        return Ok(n);
    }
    let integer_only = matches!(conv, 'o' | 'x' | 'X');
    let wrong = |vm: &mut Vm| {
        let t = vm.type_name(v);
        let what = if integer_only {
            "an integer"
        } else {
            "a real number"
        };
        vm.type_error(format!("%{conv} format: {what} is required, not {t}"))
    };
    if !is_number(vm, v) {
        return Err(wrong(vm));
    }
    let r = if integer_only {
        match vm.call_dunder(v, "__index__", &[])? {
            Some(r) => r,
            None => return Err(wrong(vm)),
        }
    } else if v.is_float() {
        float_to_int(vm, v.as_float())?
    } else {
        let mut found = None;
        for d in ["__int__", "__index__", "__trunc__"] {
            if let Some(r) = vm.call_dunder(v, d, &[])? {
                found = Some(r);
                break;
            }
        }
        match found {
            Some(r) => r,
            None => return Err(wrong(vm)),
        }
    };
    match to_bigint(r) {
        Some(n) => Ok(n),
        None => Err(wrong(vm)),
    }
}

fn format_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    v: Value,
    width: Option<i64>,
    prec: Option<i64>,
) -> PyResult<String> {
    let conv = match &spec.conv {
        Ok(c) => *c,
        Err(e) => return Err(numfmt_error(vm, e.clone())),
    };
    match conv {
        's' | 'r' | 'a' => {
            let text = match conv {
                's' => vm.str_of(v)?,
                'r' => vm.repr_of(v)?,
                _ => {
                    let r = crate::builtins::repr::ascii(vm, v)?;
                    vm.as_str(r).unwrap_or("").to_string()
                }
            };
            Ok(numfmt::percent_format_str(&text, spec, width, prec))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = int_operand(vm, v, conv)?;
            if matches!(conv, 'd' | 'i' | 'u') {
                check_int_digits(vm, &n)?;
            }
            numfmt::percent_format_int(&n, spec, width, prec).map_err(|e| numfmt_error(vm, e))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = vm.to_f64(v)?;
            numfmt::percent_format_float(x, spec, width, prec).map_err(|e| numfmt_error(vm, e))
        }
        'c' => {
            if let Some(s) = str_obj(v) {
                if s.char_len() == 1 {
                    return Ok(numfmt::percent_format_str(s.as_str(), spec, width, prec));
                }
                return Err(vm.type_error("%c requires int or char"));
            }
            let n = match to_bigint(v) {
                Some(n) => n,
                None => match vm.call_dunder(v, "__index__", &[])?.and_then(to_bigint) {
                    Some(n) => n,
                    None => return Err(vm.type_error("%c requires int or char")),
                },
            };
            numfmt::percent_format_int(&n, spec, width, prec).map_err(|e| numfmt_error(vm, e))
        }
        _ => Err(numfmt_error(vm, spec.unsupported())),
    }
}

/// `fmt % args`.
pub fn format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult<Value> {
    let text = str_obj(fmt).expect("a str").as_str();
    let tuple = match args.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(items)) => Some(&**items),
        _ => None,
    };
    let dict = if is_mapping(vm, args) {
        Some(args)
    } else {
        None
    };
    let mut state = match tuple {
        Some(items) => ArgState {
            args,
            items,
            arglen: items.len() as i64,
            argidx: 0,
        },
        None => ArgState {
            args,
            items: &[],
            arglen: -1,
            argidx: -2,
        },
    };
    if !text.contains('%') {
        if state.argidx < state.arglen && dict.is_none() {
            return Err(vm.type_error("not all arguments converted during string formatting"));
        }
        return Ok(super::same_or_new(vm, fmt));
    }
    let mut out = String::with_capacity(text.len() + 16);
    for piece in PercentParser::new(text) {
        match piece {
            PercentRef::Literal(s) => out.push_str(s),
            PercentRef::IncompleteKey => {
                return Err(match dict {
                    None => vm.type_error("format requires a mapping"),
                    Some(_) => vm.value_error("incomplete format key"),
                })
            }
            PercentRef::Spec(spec) => {
                if let Some(key) = &spec.key {
                    let Some(d) = dict else {
                        return Err(vm.type_error("format requires a mapping"));
                    };
                    let k = vm.new_str(key.as_str());
                    let v = crate::interp::ops::getitem(vm, d, k)?;
                    state = ArgState {
                        args: v,
                        items: &[],
                        arglen: -1,
                        argidx: -2,
                    };
                }
                let width = count_value(vm, spec.width, &mut state)?;
                let prec = count_value(vm, spec.precision, &mut state)?;
                if let Err(e) = &spec.conv {
                    return Err(numfmt_error(vm, e.clone()));
                }
                if width.is_some_and(|w| w.unsigned_abs() > MAX_FIELD as u64)
                    || prec.is_some_and(|p| p > MAX_FIELD)
                {
                    return Err(vm.memory_error());
                }
                let v = state.next(vm)?;
                if width.is_none()
                    && prec.is_none()
                    && spec.flags == Default::default()
                    && !vm.is_heap_instance(v)
                {
                    // Fast paths: plain `%s` of a str, `%d` of a small int.
                    match spec.conv {
                        Ok('s') => {
                            if let Some(s) = str_obj(v) {
                                out.push_str(s.as_str());
                                continue;
                            }
                        }
                        Ok('d' | 'i' | 'u') if v.is_small_int() => {
                            use std::fmt::Write;
                            let _ = write!(out, "{}", v.as_small_int());
                            continue;
                        }
                        _ => {}
                    }
                }
                let s = format_one(vm, &spec, v, width, prec)?;
                out.push_str(&s);
            }
        }
    }
    if state.argidx < state.arglen && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.new_str(out))
}
