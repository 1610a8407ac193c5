//! `_operator`: the operators as native functions, which `operator`
//! (embedded Python) re-exports, plus the call of `itemgetter` objects.

use crate::builtins::{check_arity, no_kwargs};
use crate::bytecode::{BinaryOpKind, CompareKind};
use crate::interp::ops;
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ObjData, Value};

use super::add_function;

/// The `n` positional arguments of `_operator.NAME`, with CPython's
/// messages (the one-argument functions name their module).
fn args_n<'a>(vm: &mut Vm, args: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.pos.len() == n && args.kwnames.is_empty() {
        return Ok(args.pos);
    }
    let qualified = format!("_operator.{name}");
    no_kwargs(vm, args, &qualified)?;
    check_arity(vm, args, if n == 1 { &qualified } else { name }, n, n)?;
    Ok(args.pos)
}

macro_rules! binary {
    ($($fname:ident, $pyname:literal, $kind:ident, $inplace:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = args_n(vm, &args, $pyname, 2)?;
            ops::binary_op(vm, BinaryOpKind::$kind, $inplace, a[0], a[1])
        }
    )*};
}

binary! {
    o_add, "add", Add, false;
    o_sub, "sub", Subtract, false;
    o_mul, "mul", Multiply, false;
    o_truediv, "truediv", TrueDivide, false;
    o_floordiv, "floordiv", FloorDivide, false;
    o_mod, "mod", Remainder, false;
    o_pow, "pow", Power, false;
    o_lshift, "lshift", LShift, false;
    o_rshift, "rshift", RShift, false;
    o_and, "and_", And, false;
    o_or, "or_", Or, false;
    o_xor, "xor", Xor, false;
    o_matmul, "matmul", MatMul, false;
    o_iadd, "iadd", Add, true;
    o_isub, "isub", Subtract, true;
    o_imul, "imul", Multiply, true;
    o_itruediv, "itruediv", TrueDivide, true;
    o_ifloordiv, "ifloordiv", FloorDivide, true;
    o_imod, "imod", Remainder, true;
    o_ipow, "ipow", Power, true;
    o_ilshift, "ilshift", LShift, true;
    o_irshift, "irshift", RShift, true;
    o_iand, "iand", And, true;
    o_ior, "ior", Or, true;
    o_ixor, "ixor", Xor, true;
    o_imatmul, "imatmul", MatMul, true;
}

macro_rules! compare {
    ($($fname:ident, $pyname:literal, $kind:ident;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = args_n(vm, &args, $pyname, 2)?;
            vm.compare(a[0], a[1], CompareKind::$kind)
        }
    )*};
}

compare! {
    o_lt, "lt", Lt;
    o_le, "le", Le;
    o_eq, "eq", Eq;
    o_ne, "ne", Ne;
    o_gt, "gt", Gt;
    o_ge, "ge", Ge;
}

fn o_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "neg", 1)?;
    ops::unary_negative(vm, a[0])
}

fn o_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "pos", 1)?;
    ops::unary_positive(vm, a[0])
}

fn o_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "invert", 1)?;
    ops::unary_invert(vm, a[0])
}

fn o_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "not_", 1)?;
    let t = vm.truthy(a[0])?;
    Ok(Value::bool(!t))
}

fn o_truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "truth", 1)?;
    let t = vm.truthy(a[0])?;
    Ok(Value::bool(t))
}

fn o_is(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "is_", 2)?;
    Ok(Value::bool(a[0] == a[1]))
}

fn o_is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "is_not", 2)?;
    Ok(Value::bool(a[0] != a[1]))
}

fn o_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "getitem", 2)?;
    ops::getitem(vm, a[0], a[1])
}

fn o_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args_n(vm, &args, "contains", 2)?;
    let r = ops::contains(vm, a[0], a[1])?;
    Ok(Value::bool(r))
}

/// `itemgetter.__call__(self, obj)`: `obj[item]`, or a tuple of
/// `obj[i]` for each item when the getter has several (`self._items`).
fn o_itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "itemgetter")?;
    if args.pos.len() != 2 {
        let n = args.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("itemgetter expected 1 argument, got {n}")));
    }
    let (getter, obj) = (args.pos[0], args.pos[1]);
    let items = vm.getattr_str(getter, "_items")?;
    let items: Vec<Value> = match items.as_obj().map(|o| &o.data) {
        Some(ObjData::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("itemgetter state is not a tuple")),
    };
    if let [item] = items[..] {
        return ops::getitem(vm, obj, item);
    }
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(ops::getitem(vm, obj, item)?);
    }
    Ok(vm.new_tuple(out))
}

/// Fills in the `_operator` module.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("add", o_add),
        ("sub", o_sub),
        ("mul", o_mul),
        ("truediv", o_truediv),
        ("floordiv", o_floordiv),
        ("mod", o_mod),
        ("pow", o_pow),
        ("lshift", o_lshift),
        ("rshift", o_rshift),
        ("and_", o_and),
        ("or_", o_or),
        ("xor", o_xor),
        ("matmul", o_matmul),
        ("iadd", o_iadd),
        ("isub", o_isub),
        ("imul", o_imul),
        ("itruediv", o_itruediv),
        ("ifloordiv", o_ifloordiv),
        ("imod", o_imod),
        ("ipow", o_ipow),
        ("ilshift", o_ilshift),
        ("irshift", o_irshift),
        ("iand", o_iand),
        ("ior", o_ior),
        ("ixor", o_ixor),
        ("imatmul", o_imatmul),
        ("lt", o_lt),
        ("le", o_le),
        ("eq", o_eq),
        ("ne", o_ne),
        ("gt", o_gt),
        ("ge", o_ge),
        ("neg", o_neg),
        ("pos", o_pos),
        ("invert", o_invert),
        ("not_", o_not),
        ("truth", o_truth),
        ("is_", o_is),
        ("is_not", o_is_not),
        ("getitem", o_getitem),
        ("contains", o_contains),
        ("itemgetter_call", o_itemgetter_call),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
