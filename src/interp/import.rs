//! `import`: builtin modules only (modules written in Python are a later
//! extension), cached in `sys.modules`.

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
        let Some(source) = crate::modules::find_module(name) else {
            return Err(self
                .new_error("ModuleNotFoundError", format!("No module named '{name}'"))
                .with_name(self, name));
        };
        let module = self.new_module(name);
        // Register first so circular imports see the module.
        self.dict_set_str(modules, key, module);
        let result = match source {
            crate::modules::ModuleSource::Native(init) => init(self, module),
            crate::modules::ModuleSource::Python(text) => {
                self.exec_module_source(module, name, text)
            }
        };
        if let Err(e) = result {
            if let ObjData::Dict(d) = &modules.obj().data {
                d.remove(key, self.str_hash(key));
            }
            return Err(e);
        }
        Ok(module)
    }

    /// Runs an embedded Python module's source in `module`'s namespace.
    fn exec_module_source(&mut self, module: Value, name: &str, text: &str) -> PyResult<()> {
        let filename = format!("<weft {name}>");
        self.interp
            .sources
            .write()
            .insert(filename.clone(), std::sync::Arc::from(text));
        let code =
            crate::compile::compile_module(text, &filename).map_err(|e| self.syntax_error(&e))?;
        let dict = self.module_dict(module);
        let builtins_mod = self.import_module("builtins")?;
        let key = self.interp.names.dunder_builtins;
        self.dict_set_str(dict, key, builtins_mod);
        self.run_code(&code, dict)?;
        Ok(())
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

/// `ImportName`: `import a.b.c` returns the top package `a` (when there is
/// no fromlist), `from a.b import x` returns `a.b`.
pub fn import_name(vm: &mut Vm, name: Value, level: Value, fromlist: Value) -> PyResult<Value> {
    let name = vm.as_str(name).unwrap_or("").to_string();
    if level.is_small_int() && level.as_small_int() > 0 {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
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
