//! The builtin functions (`print`, `len`, `max`, `round`, ...), with
//! CPython 3.11's argument handling and error messages.
//!
//! Functions CPython declares with Argument Clinic (positional-or-keyword
//! parameters, defaults) bind their arguments through [`Params::bind`],
//! which reproduces the clinic's checks and messages; the one-argument and
//! positional-only ones use `check_arity` / `no_kwargs`.

pub mod eval;
pub mod io;
pub mod iteration;
pub mod numeric;
pub mod objects;

use crate::interp::{Args, InterpState, NativeFn, PyResult, Vm};
use crate::object::{ObjData, Value};

/// A builtin's parameter list, as Argument Clinic describes it.
pub struct Params {
    /// The function name used in messages (`round`).
    pub fname: &'static str,
    /// Every parameter, positional ones first.
    pub names: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters may be passed by position.
    pub maxpos: usize,
    /// How many leading parameters are required.
    pub required: usize,
    /// The function also takes `*args` (`print`): no "takes at most"
    /// check on the total count.
    pub varargs: bool,
}

impl Params {
    /// Binds `args` to the parameters: one slot per name, `None` when the
    /// argument was not given. Errors are CPython's
    /// `_PyArg_UnpackKeywords` messages, checked in its order.
    pub fn bind(&self, vm: &mut Vm, args: &Args) -> PyResult<Vec<Option<Value>>> {
        let f = self.fname;
        let nargs = args.pos.len();
        let nkw = args.kwnames.len();
        let maxargs = self.names.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if nargs + nkw > maxargs && !self.varargs {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return Err(vm.type_error(format!(
                "{f}() takes at most {maxargs} {kw}argument{} ({} given)",
                plural(maxargs),
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            let msg = if self.maxpos == 0 {
                format!("{f}() takes no positional arguments")
            } else {
                let how = if self.required < self.maxpos {
                    "at most"
                } else {
                    "exactly"
                };
                format!(
                    "{f}() takes {how} {} positional argument{} ({nargs} given)",
                    self.maxpos,
                    plural(self.maxpos)
                )
            };
            return Err(vm.type_error(msg));
        }
        let minposonly = self.posonly.min(self.required);
        if nargs < minposonly {
            let how = if minposonly < self.maxpos {
                "at least"
            } else {
                "exactly"
            };
            return Err(vm.type_error(format!(
                "{f}() takes {how} {minposonly} positional argument{} ({nargs} given)",
                plural(minposonly)
            )));
        }
        let mut out: Vec<Option<Value>> = vec![None; maxargs];
        for (slot, &v) in out.iter_mut().zip(args.pos) {
            *slot = Some(v);
        }
        let mut used = 0;
        let first_kw = nargs.max(self.posonly);
        for (i, slot) in out.iter_mut().enumerate().skip(first_kw) {
            if let Some(v) = args.kw(self.names[i]) {
                *slot = Some(v);
                used += 1;
            } else if i < self.required {
                return Err(vm.type_error(format!(
                    "{f}() missing required argument '{}' (pos {})",
                    self.names[i],
                    i + 1
                )));
            }
        }
        if used < nkw {
            for i in self.posonly..nargs {
                if args.kw(self.names[i]).is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {f}() given by name ('{}') and position ({})",
                        self.names[i],
                        i + 1
                    )));
                }
            }
            for &k in args.kwnames {
                let name = vm.as_str(k).unwrap_or("");
                let known = self.names[self.posonly..].contains(&name);
                if !known {
                    let r = vm.repr_of(k)?;
                    return Err(
                        vm.type_error(format!("{r} is an invalid keyword argument for {f}()"))
                    );
                }
            }
        }
        Ok(out)
    }
}

/// Checks the class argument of a builtin type's `__new__` (`int.__new__(
/// cls, ...)`) with CPython's messages, and returns it.
pub fn check_new(vm: &mut Vm, args: &Args, base: Value) -> PyResult<Value> {
    let tname = vm.type_obj(base).name.to_string();
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error(format!("{tname}.__new__(): not enough arguments")));
    };
    if !matches!(cls.as_obj().map(|o| &o.data), Some(ObjData::Type(_))) {
        let t = vm.type_name(cls);
        return Err(vm.type_error(format!("{tname}.__new__(X): X is not a type object ({t})")));
    }
    let cname = vm.type_obj(cls).name.to_string();
    if !vm.is_subclass(cls, base) {
        return Err(vm.type_error(format!(
            "{tname}.__new__({cname}): {cname} is not a subtype of {tname}"
        )));
    }
    let heap = vm.type_obj(cls).flags & crate::object::types::type_flags::HEAPTYPE != 0;
    if cls != base && !heap {
        return Err(vm.type_error(format!(
            "{tname}.__new__({cname}) is not safe, use {cname}.__new__()"
        )));
    }
    Ok(cls)
}

/// `None` for an argument that is absent or given as `None`.
pub fn non_none(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_none())
}

/// Registers the builtin functions in `builtins`.
pub fn init(interp: &InterpState) {
    let b = interp.builtins;
    let add = |name: &'static str, f: NativeFn| {
        let v = crate::builtins::native(interp, name, f, Value::NULL, Value::NULL);
        let key = interp.intern(name);
        if let (ObjData::Dict(d), ObjData::Str(s)) = (&b.obj().data, &key.obj().data) {
            d.insert(key, s.hash(), v);
        }
    };
    for (name, f) in numeric::FUNCTIONS
        .iter()
        .chain(iteration::FUNCTIONS)
        .chain(objects::FUNCTIONS)
        .chain(io::FUNCTIONS)
        .chain(eval::FUNCTIONS)
    {
        add(name, *f);
    }
    objects::init_singletons(interp);
}

/// One line on what each builtin function does, in weft's words (its
/// `__doc__`).
pub fn doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "abs" => "abs(x): the absolute value of x.",
        "all" => "all(iterable): True unless some item is false.",
        "any" => "any(iterable): True if some item is true.",
        "ascii" => "ascii(obj): repr(obj) with non-ASCII characters escaped.",
        "bin" => "bin(n): n as a binary literal string ('0b...').",
        "callable" => "callable(obj): whether obj can be called.",
        "chr" => "chr(i): the one-character string of code point i.",
        "compile" => "compile(source, filename, mode): a code object for eval or exec.",
        "delattr" => "delattr(obj, name): delete attribute name of obj.",
        "dir" => "dir([obj]): the sorted attribute names of obj, or the local names.",
        "divmod" => "divmod(a, b): the pair (a // b, a % b).",
        "eval" => "eval(source[, globals[, locals]]): the value of an expression.",
        "exec" => "exec(source[, globals[, locals]]): run statements.",
        "format" => "format(value[, spec]): value formatted by its __format__.",
        "getattr" => "getattr(obj, name[, default]): attribute name of obj.",
        "globals" => "globals(): the dict of the current module's globals.",
        "hasattr" => "hasattr(obj, name): whether getattr(obj, name) succeeds.",
        "hash" => "hash(obj): obj's hash value.",
        "hex" => "hex(n): n as a hexadecimal literal string ('0x...').",
        "id" => "id(obj): an integer unique to obj while it lives.",
        "input" => "input([prompt]): a line read from standard input.",
        "isinstance" => "isinstance(obj, cls): whether obj is an instance of cls (or of one of a tuple of classes).",
        "issubclass" => "issubclass(cls, base): whether cls derives from base (or from one of a tuple).",
        "iter" => "iter(obj[, sentinel]): an iterator over obj, or calls of obj until sentinel.",
        "len" => "len(obj): the number of items in obj.",
        "locals" => "locals(): a dict of the current local names.",
        "max" => "max(iterable[, key, default]) or max(a, b, ...[, key]): the largest item.",
        "min" => "min(iterable[, key, default]) or min(a, b, ...[, key]): the smallest item.",
        "next" => "next(iterator[, default]): the iterator's next item.",
        "oct" => "oct(n): n as an octal literal string ('0o...').",
        "open" => "open(file, mode='r', ...): a file object.",
        "ord" => "ord(c): the code point of the one-character string c.",
        "pow" => "pow(base, exp[, mod]): base ** exp, reduced modulo mod if given.",
        "print" => "print(*values, sep=' ', end='\\n', file=None, flush=False): write values to a stream.",
        "repr" => "repr(obj): the printable representation of obj.",
        "round" => "round(number[, ndigits]): number rounded to ndigits decimal places.",
        "setattr" => "setattr(obj, name, value): set attribute name of obj.",
        "sorted" => "sorted(iterable, *, key=None, reverse=False): a new sorted list.",
        "sum" => "sum(iterable, start=0): start plus the items.",
        "vars" => "vars([obj]): obj.__dict__, or the local names.",
        "__import__" => "__import__(name, globals=None, locals=None, fromlist=(), level=0): import a module.",
        _ => return None,
    })
}
