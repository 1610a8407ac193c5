//! `_struct`: packing values into bytes and back (`struct` wraps it with
//! the `Struct` class, in `py/struct.py`).
//!
//! A format is parsed into a list of codes with their counts and the byte
//! layout computed once: native mode (`@`, the default) uses this machine's
//! sizes and aligns each item to its size; `=`, `<`, `>` and `!` use the
//! standard sizes without alignment.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::check_arity;
use crate::interp::builtin_types::new_type;
use crate::interp::{Args, PyErr, PyResult, Vm};
use crate::object::hashing::{int_view, IntView};
use crate::object::types::type_flags;
use crate::object::{ObjData, Value};

use super::{add_function, add_value};

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Little,
    Big,
}

/// One format code and its repeat count.
struct Code {
    ch: u8,
    count: usize,
    size: usize,
    /// Byte offset of the first item.
    offset: usize,
}

struct Layout {
    order: Order,
    /// Standard sizes (`=<>!`) rather than native ones.
    standard: bool,
    codes: Vec<Code>,
    size: usize,
    /// Values packed or unpacked.
    items: usize,
}

/// Size of one item of `ch`, `None` for a code the mode does not have.
fn item_size(ch: u8, standard: bool) -> Option<usize> {
    Some(match ch {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if standard {
                4
            } else {
                8
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if !standard => 8,
        _ => return None,
    })
}

fn parse(fmt: &[u8]) -> Result<Layout, &'static str> {
    let (order, standard, rest) = match fmt.first() {
        Some(b'<') => (Order::Little, true, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Order::Big, true, &fmt[1..]),
        Some(b'=') => (native_order(), true, &fmt[1..]),
        Some(b'@') => (native_order(), false, &fmt[1..]),
        _ => (native_order(), false, fmt),
    };
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut items = 0;
    let mut i = 0;
    const TOO_LONG: &str = "total struct size too long";
    while i < rest.len() {
        let c = rest[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < rest.len() && rest[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((rest[i] - b'0') as usize))
                    .ok_or(TOO_LONG)?;
                i += 1;
            }
            if i >= rest.len() {
                return Err("repeat count given without format specifier");
            }
            count = n;
        }
        let ch = rest[i];
        i += 1;
        let isz = item_size(ch, standard).ok_or("bad char in struct format")?;
        if !standard && isz > 1 {
            size = size.div_ceil(isz).checked_mul(isz).ok_or(TOO_LONG)?;
        }
        let offset = size;
        size = count
            .checked_mul(isz)
            .and_then(|n| size.checked_add(n))
            .ok_or(TOO_LONG)?;
        items += match ch {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
        codes.push(Code {
            ch,
            count,
            size: isz,
            offset,
        });
    }
    if size > isize::MAX as usize {
        return Err(TOO_LONG);
    }
    Ok(Layout {
        order,
        standard,
        codes,
        size,
        items,
    })
}

fn native_order() -> Order {
    if cfg!(target_endian = "big") {
        Order::Big
    } else {
        Order::Little
    }
}

// ----- errors -----------------------------------------------------------------

/// A `struct.error` with `msg` (the class lives in the `_struct` module).
fn error(vm: &mut Vm, module: Value, msg: impl Into<Box<str>>) -> PyErr {
    let key = vm.intern("error");
    let class = if module.is_null() {
        None
    } else {
        vm.dict_get_str(vm.module_dict(module), key)
    };
    let msg = vm.new_str(msg);
    let class = class.unwrap_or_else(|| vm.types().exc("Exception"));
    PyErr {
        exc: vm.new_exception(class, vec![msg]),
    }
}

fn layout_of(vm: &mut Vm, module: Value, fmt: Value) -> PyResult<Layout> {
    let bytes: Vec<u8> = match fmt.as_obj().map(|o| &o.data) {
        Some(ObjData::Str(s)) => s.as_str().as_bytes().to_vec(),
        Some(ObjData::Bytes(b)) => b.to_vec(),
        _ => {
            let t = vm.type_name(fmt);
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {t}"
            )));
        }
    };
    parse(&bytes).map_err(|m| error(vm, module, m))
}

// ----- packing ----------------------------------------------------------------

/// An integer argument as a big int, or struct.error.
fn int_arg(vm: &mut Vm, module: Value, v: Value) -> PyResult<BigInt> {
    match int_view(v) {
        Some(IntView::Small(n)) => return Ok(BigInt::from(n)),
        Some(IntView::Big(n)) => return Ok(n.clone()),
        None => {}
    }
    if vm.lookup_dunder(v, "__index__").is_some() {
        return vm.to_index(v);
    }
    Err(error(vm, module, "required argument is not an integer"))
}

fn int_bytes(
    vm: &mut Vm,
    module: Value,
    ch: u8,
    size: usize,
    standard: bool,
    v: Value,
) -> PyResult<u64> {
    let n = int_arg(vm, module, v)?;
    let out_of_range = |vm: &mut Vm| error(vm, module, "argument out of range");
    let signed = ch.is_ascii_lowercase();
    let range_msg = |lo: &str, hi: &str| -> String {
        match ch {
            b'b' => format!("byte format requires {lo} <= number <= {hi}"),
            b'B' => format!("ubyte format requires {lo} <= number <= {hi}"),
            b'h' => format!("short format requires {lo} <= number <= {hi}"),
            b'H' => format!("ushort format requires {lo} <= number <= {hi}"),
            _ => format!("'{}' format requires {lo} <= number <= {hi}", ch as char),
        }
    };
    // Bytes and shorts (signed or not) are range-checked as signed longs,
    // as CPython does; the wider unsigned codes as unsigned longs.
    if signed || matches!(ch, b'B' | b'H') {
        let Some(x) = n.to_i64() else {
            return Err(out_of_range(vm));
        };
        let (lo, hi): (i64, i64) = match (ch, size) {
            (b'B', _) => (0, 255),
            (b'H', _) => (0, 65535),
            (_, 1) => (-128, 127),
            (_, 2) => (-32768, 32767),
            (_, 4) => (i32::MIN as i64, i32::MAX as i64),
            _ => (i64::MIN, i64::MAX),
        };
        if x < lo || x > hi {
            let msg = range_msg(&lo.to_string(), &hi.to_string());
            return Err(error(vm, module, msg));
        }
        let _ = standard;
        return Ok(x as u64);
    }
    let Some(x) = n.to_u64() else {
        return Err(out_of_range(vm));
    };
    if size == 4 && x > u32::MAX as u64 {
        let msg = range_msg("0", &u32::MAX.to_string());
        return Err(error(vm, module, msg));
    }
    Ok(x)
}

fn float_arg(vm: &mut Vm, module: Value, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if int_view(v).is_some()
        || vm.lookup_dunder(v, "__float__").is_some()
        || vm.lookup_dunder(v, "__index__").is_some()
    {
        return vm.to_f64(v);
    }
    Err(error(vm, module, "required argument is not a float"))
}

/// IEEE half precision, rounding to nearest even; `None` on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    let min_normal = 2f64.powi(-14);
    if a < min_normal {
        // Subnormal: units of 2**-24 (a carry into 1024 is the smallest
        // normal number, which the bit pattern already spells).
        let n = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | n);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let m = a / 2f64.powi(e);
    let mut f = ((m - 1.0) * 1024.0).round_ties_even() as u32;
    if f == 1024 {
        f = 0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | f as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], order: Order, x: u64, size: usize) {
    for k in 0..size {
        let byte = (x >> (8 * k)) as u8;
        match order {
            Order::Little => out[k] = byte,
            Order::Big => out[size - 1 - k] = byte,
        }
    }
}

fn get(data: &[u8], order: Order, size: usize) -> u64 {
    let mut x: u64 = 0;
    for k in 0..size {
        let byte = match order {
            Order::Little => data[k],
            Order::Big => data[size - 1 - k],
        };
        x |= (byte as u64) << (8 * k);
    }
    x
}

/// Packs `values` into `out` (of `layout.size` bytes, zeroed).
fn pack_into_buf(
    vm: &mut Vm,
    module: Value,
    layout: &Layout,
    values: &[Value],
    out: &mut [u8],
) -> PyResult<()> {
    let mut vals = values.iter().copied();
    for code in &layout.codes {
        let base = code.offset;
        match code.ch {
            b'x' => {}
            b's' | b'p' => {
                let v = vals.next().unwrap_or(Value::NONE);
                let Some(data) = crate::builtins::bytes::view(v) else {
                    let c = code.ch as char;
                    return Err(error(
                        vm,
                        module,
                        format!("argument for '{c}' must be a bytes object"),
                    ));
                };
                let n = code.count;
                if code.ch == b's' {
                    let k = data.len().min(n);
                    out[base..base + k].copy_from_slice(&data[..k]);
                } else if n > 0 {
                    let k = data.len().min(n - 1);
                    out[base + 1..base + 1 + k].copy_from_slice(&data[..k]);
                    out[base] = k.min(255) as u8;
                }
            }
            ch => {
                for k in 0..code.count {
                    let v = vals.next().unwrap_or(Value::NONE);
                    let at = base + k * code.size;
                    let slot = &mut out[at..at + code.size];
                    match ch {
                        b'c' => match v.as_obj().map(|o| &o.data) {
                            Some(ObjData::Bytes(b)) if b.len() == 1 => slot[0] = b[0],
                            Some(ObjData::ByteArray(b)) if b.read().len() == 1 => {
                                slot[0] = b.read()[0]
                            }
                            _ => {
                                return Err(error(
                                    vm,
                                    module,
                                    "char format requires a bytes object of length 1",
                                ))
                            }
                        },
                        b'?' => slot[0] = vm.truthy(v)? as u8,
                        b'e' => {
                            let x = float_arg(vm, module, v)?;
                            let Some(h) = f64_to_half(x) else {
                                return Err(
                                    vm.overflow_error("float too large to pack with e format")
                                );
                            };
                            put(slot, layout.order, h as u64, 2);
                        }
                        b'f' => {
                            let x = float_arg(vm, module, v)?;
                            let f = x as f32;
                            // Standard sizes refuse what a C float cannot
                            // hold; native mode stores the C cast (inf).
                            if layout.standard && f.is_infinite() && x.is_finite() {
                                return Err(
                                    vm.overflow_error("float too large to pack with f format")
                                );
                            }
                            put(slot, layout.order, f.to_bits() as u64, 4);
                        }
                        b'd' => {
                            let x = float_arg(vm, module, v)?;
                            put(slot, layout.order, x.to_bits(), 8);
                        }
                        _ => {
                            let x = int_bytes(vm, module, ch, code.size, layout.standard, v)?;
                            put(slot, layout.order, x, code.size);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn unpack_buf(vm: &mut Vm, layout: &Layout, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.items);
    for code in &layout.codes {
        let base = code.offset;
        match code.ch {
            b'x' => {}
            b's' => out.push(vm.new_bytes(&data[base..base + code.count])),
            b'p' => {
                let n = code.count;
                if n == 0 {
                    out.push(vm.new_bytes(Vec::new()));
                } else {
                    let k = (data[base] as usize).min(n - 1);
                    out.push(vm.new_bytes(&data[base + 1..base + 1 + k]));
                }
            }
            ch => {
                for k in 0..code.count {
                    let at = base + k * code.size;
                    let raw = get(&data[at..], layout.order, code.size);
                    let v = match ch {
                        b'c' => vm.new_bytes(vec![raw as u8]),
                        b'?' => Value::bool(raw != 0),
                        b'e' => Value::float(half_to_f64(raw as u16)),
                        b'f' => Value::float(f32::from_bits(raw as u32) as f64),
                        b'd' => Value::float(f64::from_bits(raw)),
                        c if c.is_ascii_lowercase() => {
                            let shift = 64 - 8 * code.size as u32;
                            vm.new_int(((raw << shift) as i64) >> shift)
                        }
                        _ => match i64::try_from(raw) {
                            Ok(x) => vm.new_int(x),
                            Err(_) => vm.new_bigint(BigInt::from(raw)),
                        },
                    };
                    out.push(v);
                }
            }
        }
    }
    vm.new_tuple(out)
}

// ----- module functions ---------------------------------------------------------

fn pack_values(
    vm: &mut Vm,
    module: Value,
    layout: &Layout,
    values: &[Value],
    who: &str,
) -> PyResult<Vec<u8>> {
    if values.len() != layout.items {
        let msg = format!(
            "{who} expected {} items for packing (got {})",
            layout.items,
            values.len()
        );
        return Err(error(vm, module, msg));
    }
    // Refused up front rather than zero-filling memory that is not there.
    if layout.size > 1 << 36 {
        return Err(vm.memory_error());
    }
    let mut out = vec![0u8; layout.size];
    pack_into_buf(vm, module, layout, values, &mut out)?;
    Ok(out)
}

fn s_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "pack")?;
    if args.pos.is_empty() {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    }
    let module = args.bound;
    let layout = layout_of(vm, module, args.pos[0])?;
    let out = pack_values(vm, module, &layout, &args.pos[1..], "pack")?;
    Ok(vm.new_bytes(out))
}

fn s_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "pack_into")?;
    if args.pos.len() < 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("pack_into expected at least 3 arguments, got {n}")));
    }
    let module = args.bound;
    let layout = layout_of(vm, module, args.pos[0])?;
    let buf = args.pos[1];
    let Some(ObjData::ByteArray(b)) = buf.as_obj().map(|o| &o.data) else {
        let t = vm.type_name(buf);
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {t}"
        )));
    };
    let offset = crate::builtins::slice::ssize_arg(vm, args.pos[2])?;
    let data = pack_values(vm, module, &layout, &args.pos[3..], "pack_into")?;
    let mut g = b.write();
    let len = g.len() as i64;
    let size = layout.size as i64;
    let mut at = offset;
    if at < 0 {
        if at + size > 0 {
            drop(g);
            return Err(error(
                vm,
                module,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        if at + len < 0 {
            drop(g);
            return Err(error(
                vm,
                module,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        at += len;
    }
    if len - at < size {
        drop(g);
        return Err(error(
            vm,
            module,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {at} (actual buffer size is {len})",
                size + at
            ),
        ));
    }
    let at = at as usize;
    g[at..at + layout.size].copy_from_slice(&data);
    Ok(Value::NONE)
}

fn s_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "unpack")?;
    check_arity(vm, &args, "unpack", 2, 2)?;
    let module = args.bound;
    let layout = layout_of(vm, module, args.pos[0])?;
    let data = crate::builtins::bytes::buffer_arg(vm, args.pos[1])?;
    if data.len() != layout.size {
        let msg = format!("unpack requires a buffer of {} bytes", layout.size);
        return Err(error(vm, module, msg));
    }
    Ok(unpack_buf(vm, &layout, &data))
}

fn s_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let module = args.bound;
    let mut buffer = args.pos.get(1).copied();
    let mut offset = args.pos.get(2).copied();
    for (i, &k) in args.kwnames.iter().enumerate() {
        match vm.as_str(k).unwrap_or("") {
            "buffer" if buffer.is_none() => buffer = Some(args.kwvalues[i]),
            "offset" if offset.is_none() => offset = Some(args.kwvalues[i]),
            name => {
                let name = name.to_string();
                return Err(vm.type_error(format!(
                    "unpack_from() got an unexpected keyword argument '{name}'"
                )));
            }
        }
    }
    if args.pos.is_empty() || args.pos.len() > 3 {
        let n = args.pos.len();
        return Err(vm.type_error(format!("unpack_from expected at most 3 arguments, got {n}")));
    }
    let Some(buffer) = buffer else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    let layout = layout_of(vm, module, args.pos[0])?;
    let data = crate::builtins::bytes::buffer_arg(vm, buffer)?;
    let offset = match offset {
        Some(v) => crate::builtins::slice::ssize_arg(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    let size = layout.size as i64;
    let mut at = offset;
    if at < 0 {
        if at + len < 0 {
            return Err(error(
                vm,
                module,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        at += len;
        if len - at < size {
            return Err(error(
                vm,
                module,
                format!("not enough data to unpack {size} bytes at offset {offset}"),
            ));
        }
    }
    if len - at < size {
        return Err(error(
            vm,
            module,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {at} (actual buffer size is {len})",
                size + at
            ),
        ));
    }
    let at = at as usize;
    Ok(unpack_buf(vm, &layout, &data[at..at + layout.size]))
}

fn s_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "iter_unpack")?;
    check_arity(vm, &args, "iter_unpack", 2, 2)?;
    let module = args.bound;
    let layout = layout_of(vm, module, args.pos[0])?;
    let data = crate::builtins::bytes::buffer_arg(vm, args.pos[1])?;
    if layout.size == 0 {
        return Err(error(
            vm,
            module,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % layout.size != 0 {
        let msg = format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        );
        return Err(error(vm, module, msg));
    }
    let items: Vec<Value> = data
        .chunks(layout.size)
        .map(|c| unpack_buf(vm, &layout, c))
        .collect();
    let list = vm.new_list(items);
    vm.iter(list)
}

fn s_calcsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs(vm, &args, "calcsize")?;
    check_arity(vm, &args, "calcsize", 1, 1)?;
    let layout = layout_of(vm, args.bound, args.pos[0])?;
    Ok(vm.new_int(layout.size as i64))
}

/// Fills in `_struct`.
pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let base = vm.types().exc("Exception");
    let type_ = vm.types().type_;
    let err = new_type(
        &vm.interp.heap,
        "error",
        &[base],
        type_flags::BASETYPE | type_flags::EXCEPTION,
    );
    err.obj().set_class(type_);
    let m = vm.intern("struct");
    *vm.type_obj(err).module.write() = m;
    add_value(vm, module, "error", err);
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("pack", s_pack),
        ("pack_into", s_pack_into),
        ("unpack", s_unpack),
        ("unpack_from", s_unpack_from),
        ("iter_unpack", s_iter_unpack),
        ("calcsize", s_calcsize),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
