//! Loading compiled code into an interpreter and running modules.

use std::sync::Arc;

use crate::bytecode::{CodeObject, Constant};
use crate::compile::CompileError;
use crate::object::{CodeObj, ObjData, Value};

use super::frame::Frame;
use super::{PyErr, PyResult, Vm};

impl Vm {
    /// Materializes a compiled code object (and its nested code) as a code
    /// value of this interpreter.
    pub fn load_code(&mut self, code: &Arc<CodeObject>) -> Value {
        let consts: Vec<Value> = code
            .constants
            .iter()
            .map(|c| self.load_constant(c))
            .collect();
        let names: Vec<Value> = code.names.iter().map(|n| self.intern(n)).collect();
        let name = self.intern(&code.name);
        let class = self.types().code;
        self.alloc(
            class,
            ObjData::Code(Box::new(CodeObj {
                code: code.clone(),
                consts: consts.into_boxed_slice(),
                names: names.into_boxed_slice(),
                name,
            })),
        )
    }

    fn load_constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::NONE,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(n) => self.new_bigint(n.clone()),
            Constant::Float(f) => Value::float(*f),
            Constant::Complex(re, im) => {
                let cls = self.types().complex;
                self.alloc(cls, ObjData::Complex(*re, *im))
            }
            Constant::Str(s) => self.intern(s),
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(items) => {
                let items: Vec<Value> = items.iter().map(|c| self.load_constant(c)).collect();
                self.new_tuple(items)
            }
            Constant::FrozenSet(items) => {
                let items: Vec<Value> = items.iter().map(|c| self.load_constant(c)).collect();
                // Constants are always hashable (the folder makes no others).
                // CPython's compiler builds the frozenset twice (folding,
                // then merging constants from the first one's iteration
                // order), which decides the order a set display shows.
                let once = crate::builtins::set::set_from_values(self, &items, true);
                let again = once.and_then(|f| {
                    let order = self.collect(f)?;
                    crate::builtins::set::set_from_values(self, &order, true)
                });
                again.unwrap_or_else(|_| self.new_tuple(items))
            }
            Constant::Ellipsis => Value::ELLIPSIS,
            Constant::Code(code) => self.load_code(code),
        }
    }

    /// The SyntaxError (or IndentationError/TabError) for a compile error.
    pub fn syntax_error(&mut self, e: &CompileError) -> PyErr {
        let class = self.types().exc(e.kind.name());
        let msg = self.new_str(e.message.as_str());
        let exc = self.new_exception(class, vec![msg]);
        let filename = self.new_str(e.filename.as_str());
        self.set_exception_attr(exc, "msg", msg);
        self.set_exception_attr(exc, "filename", filename);
        let line = self.new_int(e.line as i64);
        self.set_exception_attr(exc, "lineno", line);
        let col = self.new_int(e.column as i64);
        self.set_exception_attr(exc, "offset", col);
        let end = match e.end_column {
            Some(c) => self.new_int(c as i64),
            None => Value::NONE,
        };
        self.set_exception_attr(exc, "end_offset", end);
        let text = match &e.text {
            Some(t) => self.new_str(t.as_str()),
            None => Value::NONE,
        };
        self.set_exception_attr(exc, "text", text);
        PyErr { exc }
    }

    /// Compiles `source` and runs it as module `module_name` (usually
    /// `__main__`). Returns the module.
    pub fn run_source(
        &mut self,
        source: &str,
        filename: &str,
        module_name: &str,
    ) -> PyResult<Value> {
        self.interp
            .sources
            .write()
            .insert(filename.to_string(), Arc::from(source));
        let code =
            crate::compile::compile_module(source, filename).map_err(|e| self.syntax_error(&e))?;
        let module = self.new_module(module_name);
        let dict = self.module_dict(module);
        let file = self.new_str(filename);
        let key = self.interp.names.dunder_file;
        self.dict_set_str(dict, key, file);
        let builtins_mod = self.import_module("builtins")?;
        let key = self.interp.names.dunder_builtins;
        self.dict_set_str(dict, key, builtins_mod);
        let name = self.intern(module_name);
        let modules = self.interp.modules;
        self.dict_set_str(modules, name, module);
        self.run_code(&code, dict)?;
        Ok(module)
    }

    /// Runs module-level code with `globals` as its namespace.
    pub fn run_code(&mut self, code: &Arc<CodeObject>, globals: Value) -> PyResult<Value> {
        let code = self.load_code(code);
        let builtins = self.interp.builtins;
        let frame = Frame {
            code,
            globals,
            builtins,
            locals_map: Value::NULL,
            slots: Vec::with_capacity(16),
            nlocals: 0,
            cells: Vec::new(),
            pc: 0,
        };
        self.run_new_frame(frame)
    }
}
