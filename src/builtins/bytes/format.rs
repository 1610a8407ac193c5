//! printf-style formatting of bytes: `b'%s=%d' % (b'x', 5)`.
//!
//! The format is parsed by `numfmt::parse_percent` after mapping each byte
//! to the char of the same value (Latin-1), and the output is mapped back,
//! so non-ASCII bytes pass through unchanged.

use num_bigint::BigInt;

use crate::builtins::numfmt::{
    parse_percent, percent_format_float, percent_format_int, percent_format_str, Count,
    NumFmtError, PercentPiece, PercentSpec,
};
use crate::interp::{PyErr, PyResult, Vm};
use crate::object::{ObjData, Value};

use super::view;

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn push_latin1(out: &mut Vec<u8>, s: &str) {
    out.extend(s.chars().map(|c| c as u32 as u8));
}

fn raise(vm: &mut Vm, e: NumFmtError) -> PyErr {
    vm.new_error(e.class_name(), e.message())
}

/// Whether `%` treats the right operand as a mapping (CPython: has
/// `__getitem__` and is not a tuple, bytes, bytearray or str).
fn is_mapping(vm: &mut Vm, v: Value) -> bool {
    if vm.is_heap_instance(v) {
        return vm.lookup_dunder(v, "__getitem__").is_some()
            && !matches!(
                v.as_obj().map(|o| &o.data),
                Some(
                    ObjData::Tuple(_) | ObjData::Str(_) | ObjData::Bytes(_) | ObjData::ByteArray(_)
                )
            );
    }
    matches!(
        v.as_obj().map(|o| &o.data),
        Some(ObjData::Dict(_) | ObjData::List(_) | ObjData::Range(_))
    )
}

/// The argument cursor of one formatting run (CPython's `getnextarg`).
struct Cursor {
    args: Value,
    len: i64,
    idx: i64,
}

impl Cursor {
    fn next(&mut self, vm: &mut Vm) -> PyResult<Value> {
        if self.idx < self.len {
            let i = self.idx;
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.args);
            }
            return Ok(vm.tuple_items(self.args)[i as usize]);
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

fn star(vm: &mut Vm, cur: &mut Cursor, count: Option<Count>) -> PyResult<Option<i64>> {
    match count {
        None => Ok(None),
        Some(Count::Num(n)) => Ok(Some(n as i64)),
        Some(Count::Star) => {
            let v = cur.next(vm)?;
            if v.is_small_int() {
                return Ok(Some(v.as_small_int()));
            }
            if v == Value::TRUE
                || v == Value::FALSE
                || matches!(v.as_obj().map(|o| &o.data), Some(ObjData::Int(_)))
            {
                return vm.to_i64(v).map(Some);
            }
            Err(vm.type_error("* wants int"))
        }
    }
}

/// `fmt % args` for a bytes format.
pub(super) fn percent_format(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let text = latin1(fmt);
    let pieces = parse_percent(&text);
    let tuple = matches!(args.as_obj().map(|o| &o.data), Some(ObjData::Tuple(_)));
    let mut cur = if tuple {
        Cursor {
            args,
            len: vm.tuple_items(args).len() as i64,
            idx: 0,
        }
    } else {
        Cursor {
            args,
            len: -1,
            idx: -2,
        }
    };
    let dict = if !tuple && is_mapping(vm, args) {
        Some(args)
    } else {
        None
    };
    let mut out = Vec::with_capacity(fmt.len());
    for piece in pieces {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                push_latin1(&mut out, &s);
                continue;
            }
            PercentPiece::IncompleteKey => {
                return Err(match dict {
                    None => vm.type_error("format requires a mapping"),
                    Some(_) => vm.value_error("incomplete format key"),
                });
            }
            PercentPiece::Spec(spec) => spec,
        };
        if let Some(key) = &spec.key {
            let Some(d) = dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let k: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
            let k = vm.new_bytes(k);
            let v = crate::interp::ops::getitem(vm, d, k)?;
            cur = Cursor {
                args: v,
                len: -1,
                idx: -2,
            };
        }
        let width = star(vm, &mut cur, spec.width)?;
        let precision = star(vm, &mut cur, spec.precision)?;
        let conv = match &spec.conv {
            Ok(c) => *c,
            Err(e) => return Err(raise(vm, e.clone())),
        };
        let v = cur.next(vm)?;
        let piece = convert(vm, &spec, conv, v, width, precision)?;
        push_latin1(&mut out, &piece);
    }
    if cur.idx < cur.len && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}

fn convert(
    vm: &mut Vm,
    spec: &PercentSpec,
    conv: char,
    v: Value,
    width: Option<i64>,
    precision: Option<i64>,
) -> PyResult<String> {
    match conv {
        's' | 'b' => {
            let data = match view(v) {
                Some(b) => b.into_owned(),
                None => match vm.call_dunder(v, "__bytes__", &[])? {
                    Some(r) if super::is_bytes(r) => view(r).unwrap_or_default().into_owned(),
                    Some(r) => {
                        let t = vm.type_name(r);
                        return Err(
                            vm.type_error(format!("__bytes__ returned non-bytes (type {t})"))
                        );
                    }
                    None => {
                        let t = vm.type_name(v);
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{t}'"
                        )));
                    }
                },
            };
            Ok(percent_format_str(&latin1(&data), spec, width, precision))
        }
        'r' | 'a' => {
            let r = crate::builtins::repr::ascii(vm, v)?;
            let s = vm.as_str(r).unwrap_or("").to_string();
            Ok(percent_format_str(&s, spec, width, precision))
        }
        'c' => {
            let byte = if let Some(n) = crate::builtins::int::to_bigint(v) {
                match u8::try_from(n) {
                    Ok(b) => b,
                    Err(_) => return Err(vm.overflow_error("%c arg not in range(256)")),
                }
            } else {
                match view(v) {
                    Some(b) if b.len() == 1 => b[0],
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                }
            };
            Ok(percent_format_str(
                &(byte as char).to_string(),
                spec,
                width,
                precision,
            ))
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = int_operand(vm, conv, v)?;
            percent_format_int(&n, spec, width, precision).map_err(|e| raise(vm, e))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let numeric = v.is_float() || crate::builtins::int::to_bigint(v).is_some();
            if !numeric && !vm.is_heap_instance(v) {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("float argument required, not {t}")));
            }
            let x = vm.to_f64(v)?;
            percent_format_float(x, spec, width, precision).map_err(|e| raise(vm, e))
        }
        _ => Err(raise(vm, spec.unsupported())),
    }
}

/// The int operand of `%d`, `%x`...: floats truncate for the decimal
/// conversions only.
fn int_operand(vm: &mut Vm, conv: char, v: Value) -> PyResult<BigInt> {
    if let Some(n) = crate::builtins::int::to_bigint(v) {
        return Ok(n);
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if v.is_float() {
        if decimal {
            let i = crate::builtins::int::float_to_int(vm, v.as_float())?;
            return Ok(crate::builtins::int::to_bigint(i).unwrap_or_default());
        }
        return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
    }
    if vm.is_heap_instance(v) {
        return vm.to_index(v);
    }
    let t = vm.type_name(v);
    if decimal {
        Err(vm.type_error(format!(
            "%{conv} format: a real number is required, not {t}"
        )))
    } else {
        Err(vm.type_error(format!("%{conv} format: an integer is required, not {t}")))
    }
}
