//! `import`: modules are found among the builtin ones (native, or Python
//! embedded in the binary), then as `NAME.py` or `NAME/__init__.py` in the
//! directories of `sys.path` (a package's submodules in its `__path__`),
//! and cached in `sys.modules`. Relative imports resolve against the
//! importing module's `__package__`.

use crate::object::{ModuleObj, ObjData, Value};

use super::{PyResult, Vm};

impl Vm {
    /// A new module object named `name` with an empty namespace.
    pub fn new_module(&mut self, name: &str) -> Value {
        let name_v = self.new_str(name);
        let dict = self.new_dict();
        let key = self.interp.names.dunder_name;
        self.dict_set_str(dict, key, name_v);
        let doc = self.interp.names.dunder_doc;
        self.dict_set_str(dict, doc, Value::NONE);
        let class = self.types().module;
        self.alloc(class, ObjData::Module(ModuleObj { name: name_v, dict }))
    }

    /// The module `name`, importing (creating) it on first use.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        let modules = self.interp.modules;
        if let Some(m) = self.dict_get_str(modules, key) {
            return Ok(m);
        }
        let source = match crate::modules::find_module(name) {
            Some(s) => Found::Builtin(s),
            None => match self.find_file(name)? {
                Some(f) => f,
                None => {
                    return Err(self
                        .new_error("ModuleNotFoundError", format!("No module named '{name}'"))
                        .with_name(self, name))
                }
            },
        };
        let module = self.new_module(name);
        // Register first so circular imports see the module.
        self.dict_set_str(modules, key, module);
        let result = match source {
            Found::Builtin(crate::modules::ModuleSource::Native(init)) => init(self, module),
            Found::Builtin(crate::modules::ModuleSource::Python(text)) => {
                self.exec_module_source(module, name, text)
            }
            Found::File { path, package_dir } => {
                self.exec_module_file(module, name, path, package_dir)
            }
        };
        if let Err(e) = result {
            if let ObjData::Dict(d) = &modules.obj().data {
                d.remove(key, self.str_hash(key));
            }
            return Err(e);
        }
        // A submodule becomes an attribute of its package.
        if let Some((parent, last)) = name.rsplit_once('.') {
            let pkey = self.intern(parent);
            if let Some(pkg) = self.dict_get_str(modules, pkey) {
                if let Some(ObjData::Module(pm)) = pkg.as_obj().map(|o| &o.data) {
                    let lkey = self.intern(last);
                    let pdict = pm.dict;
                    self.dict_set_str(pdict, lkey, module);
                }
            }
        }
        Ok(module)
    }

    /// Runs an embedded Python module's source in `module`'s namespace.
    fn exec_module_source(&mut self, module: Value, name: &str, text: &str) -> PyResult<()> {
        self.run_module_text(module, &format!("<weft {name}>"), text)
    }

    /// Compiles `text` (recorded under `filename` for tracebacks) and runs
    /// it in `module`'s namespace, with `__builtins__` set.
    fn run_module_text(&mut self, module: Value, filename: &str, text: &str) -> PyResult<()> {
        self.interp
            .sources
            .write()
            .insert(filename.to_string(), std::sync::Arc::from(text));
        let code =
            crate::compile::compile_module(text, filename).map_err(|e| self.syntax_error(&e))?;
        let dict = self.module_dict(module);
        let builtins_mod = self.import_module("builtins")?;
        let key = self.interp.names.dunder_builtins;
        self.dict_set_str(dict, key, builtins_mod);
        self.run_code(&code, dict)?;
        Ok(())
    }

    /// `name` as a file: in the parent package's `__path__` for a dotted
    /// name (the parent is already imported), else along `sys.path`.
    fn find_file(&mut self, name: &str) -> PyResult<Option<Found>> {
        let (dirs, last) = match name.rsplit_once('.') {
            Some((parent, last)) => {
                let key = self.intern(parent);
                let modules = self.interp.modules;
                let Some(pkg) = self.dict_get_str(modules, key) else {
                    return Ok(None);
                };
                let path_name = self.intern("__path__");
                match self.getattr_opt(pkg, path_name)? {
                    Some(p) => (self.str_list(p), last),
                    None => return Ok(None),
                }
            }
            None => {
                let sys = self.import_module("sys")?;
                let path_name = self.intern("path");
                match self.getattr_opt(sys, path_name)? {
                    Some(p) => (self.str_list(p), name),
                    None => (Vec::new(), name),
                }
            }
        };
        for dir in dirs {
            let base = if dir.is_empty() {
                std::path::PathBuf::from(".")
            } else {
                std::path::PathBuf::from(&dir)
            };
            let pkg_dir = base.join(last);
            let init = pkg_dir.join("__init__.py");
            if init.is_file() {
                return Ok(Some(Found::File {
                    path: init,
                    package_dir: Some(pkg_dir),
                }));
            }
            let file = base.join(format!("{last}.py"));
            if file.is_file() {
                return Ok(Some(Found::File {
                    path: file,
                    package_dir: None,
                }));
            }
        }
        Ok(None)
    }

    /// The str items of a list or tuple (others skipped), for path lists.
    fn str_list(&mut self, v: Value) -> Vec<String> {
        let items = match &v.as_obj().map(|o| &o.data) {
            Some(ObjData::List(_)) => crate::builtins::list::snapshot(v),
            Some(ObjData::Tuple(_)) => self.tuple_items(v).to_vec(),
            _ => Vec::new(),
        };
        items
            .into_iter()
            .filter_map(|i| self.as_str(i).map(str::to_string))
            .collect()
    }

    /// Runs a module's source file in `module`'s namespace, setting
    /// `__file__`, `__package__` and, for a package, `__path__`.
    fn exec_module_file(
        &mut self,
        module: Value,
        name: &str,
        path: std::path::PathBuf,
        package_dir: Option<std::path::PathBuf>,
    ) -> PyResult<()> {
        let abs = std::path::absolute(&path).unwrap_or(path);
        let filename = abs.to_string_lossy().into_owned();
        let text = match std::fs::read_to_string(&abs) {
            Ok(t) => t,
            Err(e) => {
                return Err(self.new_error("ImportError", format!("cannot read '{filename}': {e}")))
            }
        };
        let dict = self.module_dict(module);
        let file_v = self.new_str(filename.clone());
        self.set_module_attr(dict, "__file__", file_v);
        let package = match &package_dir {
            Some(dir) => {
                let dir = std::path::absolute(dir).unwrap_or(dir.clone());
                let d = self.new_str(dir.to_string_lossy().into_owned());
                let list = self.new_list(vec![d]);
                self.set_module_attr(dict, "__path__", list);
                name.to_string()
            }
            None => name.rsplit_once('.').map_or("", |(p, _)| p).to_string(),
        };
        let package_v = self.new_str(package);
        self.set_module_attr(dict, "__package__", package_v);
        self.run_module_text(module, &filename, &text)
    }

    fn set_module_attr(&mut self, dict: Value, name: &str, v: Value) {
        let key = self.intern(name);
        self.dict_set_str(dict, key, v);
    }

    /// The namespace dict of a module value.
    pub fn module_dict(&self, module: Value) -> Value {
        match &module.obj().data {
            ObjData::Module(m) => m.dict,
            _ => unreachable!("module_dict on a non-module"),
        }
    }
}

impl super::PyErr {
    /// Sets the `name` attribute of an ImportError.
    fn with_name(self, vm: &mut Vm, name: &str) -> super::PyErr {
        let n = vm.new_str(name);
        vm.set_exception_attr(self.exc, "name", n);
        self
    }
}

/// Where a module's code comes from.
enum Found {
    Builtin(crate::modules::ModuleSource),
    File {
        path: std::path::PathBuf,
        package_dir: Option<std::path::PathBuf>,
    },
}

/// The absolute name of a relative import of `name` at `level` from the
/// running module (its `__package__`).
fn resolve_relative(vm: &mut Vm, name: &str, level: usize) -> PyResult<String> {
    let globals = vm.frame_globals;
    let package = if globals.is_null() {
        None
    } else {
        let key = vm.intern("__package__");
        vm.dict_get_str(globals, key)
            .and_then(|p| vm.as_str(p).map(str::to_string))
    };
    let package = match package {
        Some(p) if !p.is_empty() => p,
        _ => {
            return Err(vm.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ))
        }
    };
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() + 1 - level].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

/// `ImportName`: `import a.b.c` returns the top package `a` (when there is
/// no fromlist), `from a.b import x` returns `a.b`.
pub fn import_name(vm: &mut Vm, name: Value, level: Value, fromlist: Value) -> PyResult<Value> {
    let mut name = vm.as_str(name).unwrap_or("").to_string();
    if level.is_small_int() && level.as_small_int() > 0 {
        name = resolve_relative(vm, &name, level.as_small_int() as usize)?;
        let v = vm.new_str(name);
        return import_name(vm, v, Value::small_int_unchecked(0), fromlist);
    }
    // `import a.b.c` imports `a`, then `a.b`, then `a.b.c`: a missing
    // package is reported by its own name.
    let mut module = Value::NONE;
    let mut top = Value::NONE;
    for (end, _) in name
        .match_indices('.')
        .chain(std::iter::once((name.len(), "")))
    {
        module = vm.import_module(&name[..end])?;
        if top.is_none() {
            top = module;
        }
    }
    Ok(if fromlist.is_none() { top } else { module })
}

/// `ImportFrom`: `from m import x`.
pub fn import_from(vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
    match vm.getattr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let n = vm.as_str(name).unwrap_or("?").to_string();
            let m = match &module.obj().data {
                ObjData::Module(md) => vm.str_of(md.name)?,
                _ => "?".to_string(),
            };
            // `from package import submodule` imports the submodule.
            let path_name = vm.intern("__path__");
            if vm.getattr_opt(module, path_name)?.is_some() {
                let full = format!("{m}.{n}");
                match vm.import_module(&full) {
                    Ok(sub) => return Ok(sub),
                    Err(e) if vm.err_is(&e, "ModuleNotFoundError") => {}
                    Err(e) => return Err(e),
                }
            }
            Err(vm.new_error(
                "ImportError",
                format!("cannot import name '{n}' from '{m}' (unknown location)"),
            ))
        }
    }
}

/// `ImportStar`: binds the module's public names (`__all__` if defined)
/// into `namespace`.
pub fn import_star(vm: &mut Vm, module: Value, namespace: Value) -> PyResult<()> {
    let dict = vm.module_dict(module);
    let all_key = vm.interp.names.dunder_all;
    let names: Vec<Value> = match vm.dict_get_str(dict, all_key) {
        Some(all) => vm.collect(all)?,
        None => match &dict.obj().data {
            ObjData::Dict(d) => d
                .keys()
                .into_iter()
                .filter(|k| !vm.as_str(*k).unwrap_or("_").starts_with('_'))
                .collect(),
            _ => vec![],
        },
    };
    for name in names {
        let v = vm.getattr(module, name)?;
        vm.dict_set(namespace, name, v)?;
    }
    Ok(())
}
