//! `_fileio`: the operating-system half of `open()`. Files are kept in a
//! process-wide table and named by an int handle; `io.py` builds the file
//! objects (`FileIO`-like binary files and text wrappers) on top. Errors
//! come back as `(errno, message)` tuples for the Python side to raise as
//! the right `OSError` subclass.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, PyResult, Vm};
use crate::object::{ObjData, Value};
use crate::sync::Mutex;

use super::add_function;

/// Open files by handle; a closed slot is `None`. One lock for the table:
/// each operation is atomic with respect to the others.
static FILES: Mutex<Vec<Option<File>>> = Mutex::new(Vec::new());

fn os_error(vm: &mut Vm, e: &std::io::Error) -> Value {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // std appends " (os error N)" to the C library's message.
    let msg = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let n = vm.new_int(errno as i64);
    let m = vm.new_str(msg);
    vm.new_tuple(vec![n, m])
}

fn int_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<i64> {
    if v.is_small_int() {
        Ok(v.as_small_int())
    } else {
        Err(vm.type_error(format!("{what} must be an int")))
    }
}

fn handle(vm: &mut Vm, v: Value) -> PyResult<usize> {
    usize::try_from(int_arg(vm, v, "handle")?)
        .map_err(|_| vm.value_error("I/O operation on closed file."))
}

fn closed(vm: &mut Vm) -> crate::interp::PyErr {
    vm.value_error("I/O operation on closed file.")
}

/// Runs `op` on the open file `h` under the table lock; a closed or
/// unknown handle is a ValueError, an I/O error comes back as the
/// `(errno, message)` tuple.
fn with_file<T>(
    vm: &mut Vm,
    h: usize,
    op: impl FnOnce(&mut File) -> std::io::Result<T>,
    ok: impl FnOnce(&mut Vm, T) -> Value,
) -> PyResult<Value> {
    let r = {
        let mut files = FILES.lock();
        match files.get_mut(h) {
            Some(Some(f)) => op(f),
            _ => {
                drop(files);
                return Err(closed(vm));
            }
        }
    };
    match r {
        Ok(v) => Ok(ok(vm, v)),
        Err(e) => Ok(os_error(vm, &e)),
    }
}

/// `open(path, mode)`: mode is one of r, w, a, x, each optionally with `+`.
fn f_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "_fileio.open")?;
    check_arity(vm, &args, "_fileio.open", 2, 2)?;
    let path = vm.as_str(args.pos[0]).unwrap_or("").to_string();
    let mode = vm.as_str(args.pos[1]).unwrap_or("r").to_string();
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.chars().next() {
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => o.read(true).write(plus),
    };
    match o.open(&path) {
        Ok(f) => {
            if f.metadata().is_ok_and(|m| m.is_dir()) {
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Ok(os_error(vm, &e));
            }
            let mut files = FILES.lock();
            let slot = files.iter().position(Option::is_none).unwrap_or_else(|| {
                files.push(None);
                files.len() - 1
            });
            files[slot] = Some(f);
            Ok(vm.new_int(slot as i64))
        }
        Err(e) => Ok(os_error(vm, &e)),
    }
}

/// `read(handle, n)`: up to n bytes, or everything left when n < 0.
fn f_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "_fileio.read", 2, 2)?;
    let h = handle(vm, args.pos[0])?;
    let n = int_arg(vm, args.pos[1], "size")?;
    with_file(
        vm,
        h,
        |f| {
            let mut buf = Vec::new();
            if n < 0 {
                f.read_to_end(&mut buf)?;
            } else {
                f.take(n as u64).read_to_end(&mut buf)?;
            }
            Ok(buf)
        },
        |vm, buf| vm.new_bytes(buf),
    )
}

/// `write(handle, data)`: writes all of `data` (bytes), returns its length.
fn f_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "_fileio.write", 2, 2)?;
    let h = handle(vm, args.pos[0])?;
    let data: Vec<u8> = match args.pos[1].as_obj().map(|o| &o.data) {
        Some(ObjData::Bytes(b)) => b.to_vec(),
        _ => return Err(vm.type_error("a bytes-like object is required")),
    };
    let len = data.len() as i64;
    with_file(vm, h, |f| f.write_all(&data), move |vm, ()| vm.new_int(len))
}

/// `seek(handle, offset, whence)` -> the new position.
fn f_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "_fileio.seek", 3, 3)?;
    let h = handle(vm, args.pos[0])?;
    let off = int_arg(vm, args.pos[1], "offset")?;
    let whence = int_arg(vm, args.pos[2], "whence")?;
    let pos = match whence {
        0 => SeekFrom::Start(off.max(0) as u64),
        1 => SeekFrom::Current(off),
        _ => SeekFrom::End(off),
    };
    with_file(vm, h, |f| f.seek(pos), |vm, p| vm.new_int(p as i64))
}

/// `close(handle)`: closing twice is harmless.
fn f_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, &args, "_fileio.close", 1, 1)?;
    let h = handle(vm, args.pos[0])?;
    let file = FILES.lock().get_mut(h).and_then(Option::take);
    drop(file);
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("open", f_open),
        ("read", f_read),
        ("write", f_write),
        ("seek", f_seek),
        ("close", f_close),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
