//! `format(value, spec)`, and the glue between Python values and the pure
//! formatting code in `numfmt` (str.format and `%` build on this).

use crate::interp::{PyErr, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::{ObjData, Value};

use super::numfmt::{self, NumFmtError};

/// Turns a numfmt error into the Python exception it names.
pub fn numfmt_error(vm: &mut Vm, e: NumFmtError) -> PyErr {
    match e {
        NumFmtError::Value(m) => vm.value_error(m),
        NumFmtError::Overflow(m) => vm.overflow_error(m),
        NumFmtError::Type(m) => vm.type_error(m),
    }
}

/// `format(v, spec)`; `spec` is a str value or NULL (empty).
pub fn format(vm: &mut Vm, v: Value, spec: Value) -> PyResult<Value> {
    let spec_str = if spec.is_null() {
        ""
    } else {
        vm.as_str(spec).unwrap_or("")
    };
    if vm.is_heap_instance(v) {
        let spec_val = if spec.is_null() { vm.intern("") } else { spec };
        if let Some(r) = vm.call_dunder(v, "__format__", &[spec_val])? {
            if vm.as_str(r).is_none() {
                let t = vm.type_name(r);
                return Err(vm.type_error(format!("__format__ must return a str, not {t}")));
            }
            return Ok(r);
        }
    }
    if spec_str.is_empty() {
        return vm.to_str(v);
    }
    let spec_owned = spec_str.to_string();
    let s = format_builtin(vm, v, &spec_owned)?;
    Ok(vm.new_str(s))
}

fn format_builtin(vm: &mut Vm, v: Value, spec: &str) -> PyResult<String> {
    let tname = vm.type_name(v);
    let parse = |vm: &mut Vm, target| {
        numfmt::parse_format_spec(spec, target, &tname).map_err(|e| numfmt_error(vm, e))
    };
    if v.is_float() {
        let s = parse(vm, numfmt::SpecTarget::Float)?;
        return numfmt::format_float(v.as_float(), &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    if let Some(n) = int_view(v) {
        let n = match n {
            IntView::Small(i) => num_bigint::BigInt::from(i),
            IntView::Big(b) => b.clone(),
        };
        let s = parse(vm, numfmt::SpecTarget::Int)?;
        return numfmt::format_int(&n, &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    if let Some(ObjData::Str(st)) = v.as_obj().map(|o| &o.data) {
        let s = parse(vm, numfmt::SpecTarget::Str)?;
        return numfmt::format_str(st.as_str(), &s, &tname).map_err(|e| numfmt_error(vm, e));
    }
    Err(vm.type_error(format!(
        "unsupported format string passed to {tname}.__format__"
    )))
}
