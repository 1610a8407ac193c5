//! Builtin modules, found by name at import time.

pub mod bisect;
pub mod collections;
pub mod fileio;
pub mod heapq;
pub mod itertools;
pub mod json;
pub mod math;
pub mod operator;
pub mod os;
pub mod random;
pub mod sre;
pub mod struct_;
pub mod sys;
pub mod thread;
pub mod time;

use crate::interp::{PyResult, Vm};
use crate::object::Value;

/// Fills in a fresh module's namespace.
pub type ModuleInit = fn(&mut Vm, Value) -> PyResult<()>;

/// Modules written in Python, embedded in the binary: (name, source).
/// Their source lives in `src/modules/py/`; they may import the native
/// modules (conventionally named with a leading underscore).
const PY_MODULES: &[(&str, &str)] = &[
    ("__future__", include_str!("py/__future__.py")),
    ("abc", include_str!("py/abc.py")),
    ("array", include_str!("py/array.py")),
    ("atexit", include_str!("py/atexit.py")),
    ("collections", include_str!("py/collections.py")),
    ("collections.abc", include_str!("py/collections_abc.py")),
    ("contextlib", include_str!("py/contextlib.py")),
    ("copy", include_str!("py/copy.py")),
    ("dataclasses", include_str!("py/dataclasses.py")),
    ("enum", include_str!("py/enum.py")),
    ("io", include_str!("py/io.py")),
    ("struct", include_str!("py/struct.py")),
    ("bisect", include_str!("py/bisect.py")),
    ("functools", include_str!("py/functools.py")),
    ("gc", include_str!("py/gc.py")),
    ("heapq", include_str!("py/heapq.py")),
    ("itertools", include_str!("py/itertools.py")),
    ("json", include_str!("py/json.py")),
    (
        "json.decoder",
        "from json import JSONDecoder, JSONDecodeError\n",
    ),
    (
        "json.encoder",
        "from json import JSONEncoder, encode_basestring, encode_basestring_ascii\n",
    ),
    ("operator", include_str!("py/operator.py")),
    ("os", include_str!("py/os.py")),
    ("posixpath", include_str!("py/posixpath.py")),
    ("pprint", include_str!("py/pprint.py")),
    ("random", include_str!("py/random.py")),
    ("re", include_str!("py/re.py")),
    ("string", include_str!("py/string.py")),
    ("textwrap", include_str!("py/textwrap.py")),
    ("threading", include_str!("py/threading.py")),
    ("types", include_str!("py/types.py")),
    ("typing", include_str!("py/typing.py")),
    ("weakref", include_str!("py/weakref.py")),
    ("linecache", include_str!("py/linecache.py")),
    ("traceback", include_str!("py/traceback.py")),
];

/// Where a module comes from.
pub enum ModuleSource {
    Native(ModuleInit),
    Python(&'static str),
}

/// The module `name`, if weft has one.
pub fn find_module(name: &str) -> Option<ModuleSource> {
    if let Some(src) = dev_override(name) {
        return Some(ModuleSource::Python(src));
    }
    if let Some(&(_, src)) = PY_MODULES.iter().find(|(n, _)| *n == name) {
        return Some(ModuleSource::Python(src));
    }
    find(name).map(ModuleSource::Native)
}

/// For working on the embedded Python modules without rebuilding: when
/// `WEFT_PY_MODULES_DIR` is set, `DIR/NAME.py` replaces module `NAME`'s
/// embedded source (read once per import; the text is leaked, as module
/// sources live as long as the process).
fn dev_override(name: &str) -> Option<&'static str> {
    let dir = std::env::var_os("WEFT_PY_MODULES_DIR")?;
    let text =
        std::fs::read_to_string(std::path::Path::new(&dir).join(format!("{name}.py"))).ok()?;
    Some(Box::leak(text.into_boxed_str()))
}

/// The native module `name`, if weft has one.
pub fn find(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "builtins" => init_builtins,
        "_collections" => collections::init,
        "_thread" => thread::init,
        "_fileio" => fileio::init,
        "_struct" => struct_::init,
        "_sre" => sre::init,
        "_traceback" => crate::builtins::traceback::init_module,
        "_bisect" => bisect::init,
        "_heapq" => heapq::init,
        "_itertools" => itertools::init,
        "_json" => json::init,
        "_operator" => operator::init,
        "_os" => os::init,
        "_random" => random::init,
        "math" => math::init,
        "sys" => sys::init,
        "time" => time::init,
        _ => return None,
    })
}

fn init_builtins(vm: &mut Vm, module: Value) -> PyResult<()> {
    let dict = vm.module_dict(module);
    let src = vm.interp.builtins;
    if let (crate::object::ObjData::Dict(d), crate::object::ObjData::Dict(s)) =
        (&dict.obj().data, &src.obj().data)
    {
        d.copy_from(s);
    }
    Ok(())
}

/// Adds a native function to a module.
pub fn add_function(vm: &mut Vm, module: Value, name: &'static str, f: crate::interp::NativeFn) {
    let v = crate::builtins::native(&vm.interp, name, f, module, module);
    let dict = vm.module_dict(module);
    let key = vm.intern(name);
    vm.dict_set_str(dict, key, v);
}

/// A native type for a module's objects (with `ObjData::Ext` payloads),
/// a subclass of `object` shown as `module.name`.
pub fn native_type(vm: &mut Vm, name: &str, module: &str, flags: u32) -> Value {
    use crate::object::types::type_flags;
    let object = vm.types().object;
    let type_ = vm.types().type_;
    let ty = crate::interp::builtin_types::new_type(
        &vm.interp.heap,
        name,
        &[object],
        flags | type_flags::HEAPTYPE,
    );
    ty.obj().set_class(type_);
    let m = vm.intern(module);
    *vm.type_obj(ty).module.write() = m;
    ty
}

/// Sets a module attribute.
pub fn add_value(vm: &mut Vm, module: Value, name: &str, v: Value) {
    let dict = vm.module_dict(module);
    let key = vm.intern(name);
    vm.dict_set_str(dict, key, v);
}
