//! `_os`: the operating-system calls under `os.py`. Paths arrive as str
//! (`os.py` applies `fspath` first); failures are raised as `OSError`
//! with errno, message and filename(s), which picks the subclass
//! (FileNotFoundError, ...) as CPython does.

use std::io::Read;

use crate::builtins::{check_arity, no_kwargs};
use crate::interp::{Args, PyErr, PyResult, Vm};
use crate::object::Value;

use super::add_function;

/// `OSError(errno, strerror, filename[, None, filename2])` for `e`.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: Value, path2: Option<Value>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    // std appends " (os error N)" to the C library's message.
    let msg = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let n = vm.new_int(errno as i64);
    let m = vm.new_str(msg);
    let mut args = vec![n, m, path];
    if let Some(p2) = path2 {
        args.push(Value::NONE);
        args.push(p2);
    }
    let class = vm.types().exc("OSError");
    match vm.call(class, &args) {
        Ok(exc) => PyErr { exc },
        Err(e) => e,
    }
}

fn path_arg<'a>(vm: &mut Vm, args: &Args, name: &str, n: usize) -> PyResult<Vec<&'a str>> {
    no_kwargs(vm, args, name)?;
    check_arity(vm, args, name, n, n)?;
    let mut out = Vec::with_capacity(n);
    for &v in args.pos {
        match vm.as_str(v) {
            Some(s) => out.push(s),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}: path should be string, bytes or os.PathLike, not {t}"
                )));
            }
        }
    }
    Ok(out)
}

fn io_result(vm: &mut Vm, r: std::io::Result<()>, args: &Args, two: bool) -> PyResult<Value> {
    match r {
        Ok(()) => Ok(Value::NONE),
        Err(e) => {
            let p2 = if two { Some(args.pos[1]) } else { None };
            Err(os_error(vm, &e, args.pos[0], p2))
        }
    }
}

fn o_getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getcwd")?;
    check_arity(vm, &args, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.new_str(p.to_string_lossy().into_owned())),
        Err(e) => {
            let dot = vm.new_str(".");
            Err(os_error(vm, &e, dot, None))
        }
    }
}

fn o_chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "chdir", 1)?;
    let r = std::env::set_current_dir(p[0]);
    io_result(vm, r, &args, false)
}

fn o_listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "listdir", 1)?;
    let rd = match std::fs::read_dir(p[0]) {
        Ok(rd) => rd,
        Err(e) => return Err(os_error(vm, &e, args.pos[0], None)),
    };
    let mut names = Vec::new();
    for entry in rd {
        match entry {
            Ok(en) => {
                let s = vm.new_str(en.file_name().to_string_lossy().into_owned());
                names.push(s);
            }
            Err(e) => return Err(os_error(vm, &e, args.pos[0], None)),
        }
    }
    Ok(vm.new_list(names))
}

/// `stat(path, follow_symlinks)` -> (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime) with float times.
fn o_stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "stat")?;
    check_arity(vm, &args, "stat", 2, 2)?;
    let Some(path) = vm.as_str(args.pos[0]) else {
        let t = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!(
            "stat: path should be string, bytes, os.PathLike or integer, not {t}"
        )));
    };
    let follow = vm.truthy(args.pos[1])?;
    let r = if follow {
        std::fs::metadata(path)
    } else {
        std::fs::symlink_metadata(path)
    };
    let md = match r {
        Ok(m) => m,
        Err(e) => return Err(os_error(vm, &e, args.pos[0], None)),
    };
    use std::os::unix::fs::MetadataExt;
    let t = |s: i64, ns: i64| Value::float(s as f64 + ns as f64 * 1e-9);
    let items = vec![
        vm.new_int(md.mode() as i64),
        vm.new_int(md.ino() as i64),
        vm.new_int(md.dev() as i64),
        vm.new_int(md.nlink() as i64),
        vm.new_int(md.uid() as i64),
        vm.new_int(md.gid() as i64),
        vm.new_int(md.size() as i64),
        t(md.atime(), md.atime_nsec()),
        t(md.mtime(), md.mtime_nsec()),
        t(md.ctime(), md.ctime_nsec()),
    ];
    Ok(vm.new_tuple(items))
}

fn o_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "remove", 1)?;
    let r = std::fs::remove_file(p[0]);
    io_result(vm, r, &args, false)
}

fn o_mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "mkdir")?;
    check_arity(vm, &args, "mkdir", 2, 2)?;
    let Some(p) = vm.as_str(args.pos[0]) else {
        return Err(vm.type_error("mkdir: path should be string, bytes or os.PathLike"));
    };
    let mode = if args.pos[1].is_small_int() {
        args.pos[1].as_small_int() as u32
    } else {
        0o777
    };
    use std::os::unix::fs::DirBuilderExt;
    let r = std::fs::DirBuilder::new().mode(mode).create(p);
    io_result(vm, r, &args, false)
}

fn o_rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "rmdir", 1)?;
    let r = std::fs::remove_dir(p[0]);
    io_result(vm, r, &args, false)
}

fn o_rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = path_arg(vm, &args, "rename", 2)?;
    let r = std::fs::rename(p[0], p[1]);
    io_result(vm, r, &args, true)
}

fn o_getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "getpid")?;
    check_arity(vm, &args, "getpid", 0, 0)?;
    Ok(vm.new_int(std::process::id() as i64))
}

fn o_cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "cpu_count")?;
    check_arity(vm, &args, "cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.new_int(n.get() as i64),
        Err(_) => Value::NONE,
    })
}

fn o_urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "urandom")?;
    check_arity(vm, &args, "urandom", 1, 1)?;
    let v = args.pos[0];
    if !v.is_small_int() {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
    }
    let n = v.as_small_int();
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if let Err(e) = r {
        let p = vm.new_str("/dev/urandom");
        return Err(os_error(vm, &e, p, None));
    }
    Ok(vm.new_bytes(buf))
}

/// The environment at startup, as a dict of str to str.
fn o_environ(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "environ")?;
    check_arity(vm, &args, "environ", 0, 0)?;
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        let k = vm.new_str(k.to_string_lossy().into_owned());
        let v = vm.new_str(v.to_string_lossy().into_owned());
        vm.dict_set_str(d, k, v);
    }
    Ok(d)
}

fn env_name<'a>(vm: &mut Vm, v: Value) -> PyResult<&'a str> {
    match vm.as_str(v) {
        Some(s) if s.is_empty() || s.contains('=') || s.contains('\0') => {
            Err(vm.value_error("illegal environment variable name"))
        }
        Some(s) => Ok(s),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!("str expected, not {t}")))
        }
    }
}

fn o_putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "putenv")?;
    check_arity(vm, &args, "putenv", 2, 2)?;
    let k = env_name(vm, args.pos[0])?;
    let Some(v) = vm.as_str(args.pos[1]) else {
        let t = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("str expected, not {t}")));
    };
    if v.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn o_unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs(vm, &args, "unsetenv")?;
    check_arity(vm, &args, "unsetenv", 1, 1)?;
    let k = env_name(vm, args.pos[0])?;
    std::env::remove_var(k);
    Ok(Value::NONE)
}

pub fn init(vm: &mut Vm, module: Value) -> PyResult<()> {
    let funcs: &[(&'static str, crate::interp::NativeFn)] = &[
        ("getcwd", o_getcwd),
        ("chdir", o_chdir),
        ("listdir", o_listdir),
        ("stat", o_stat),
        ("remove", o_remove),
        ("mkdir", o_mkdir),
        ("rmdir", o_rmdir),
        ("rename", o_rename),
        ("getpid", o_getpid),
        ("cpu_count", o_cpu_count),
        ("urandom", o_urandom),
        ("environ", o_environ),
        ("putenv", o_putenv),
        ("unsetenv", o_unsetenv),
    ];
    for &(name, f) in funcs {
        add_function(vm, module, name, f);
    }
    Ok(())
}
