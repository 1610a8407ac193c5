//! Code generation: one `Unit` per code object under construction.
//!
//! Instructions are emitted into a flat list with symbolic labels; the
//! assembler (`assemble.rs`) resolves labels to unit indices once the list
//! is final. Exception handling is zero-cost, as in CPython 3.11: instead of
//! SETUP/POP_BLOCK instructions, every emitted instruction records the
//! innermost handler active when it was emitted (`Unit::handler_stack`), and
//! the assembler turns runs of instructions with the same handler into
//! exception-table entries. A handler's stack depth is the depth at the
//! instruction where it was pushed (`HandlerDef::setup_at`), found by the
//! assembler's stack-depth pass.
//!
//! Leaving a protected region early (`return`, `break`, `continue`) unwinds
//! the frame blocks (`FBlock`) in between inline: pop a loop's iterator, run
//! a `finally` body, call a `with`'s `__exit__`, restore the handled
//! exception; while that inline code runs, the handlers of the blocks being
//! left are popped, so an exception there is not caught by them.

mod assemble;
mod comprehension;
mod exceptions;
mod expr;
mod fstring;
mod pattern;
mod stmt;

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::errors::SourceMap;
use super::symtable::{
    has_annotations, has_future_annotations, mangle, param_annotations, NameScope, ScopeId,
    ScopeKind, SymbolTable,
};
use super::CompileError;
use crate::bytecode::code::flags;
use crate::bytecode::opcodes::make_function;
use crate::bytecode::{CodeObject, Constant, Opcode};

pub(super) type CResult<T = ()> = Result<T, CompileError>;

/// A jump target, resolved by the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Label(u32);

#[derive(Clone, Copy, Debug)]
pub(super) struct Instr {
    pub op: Opcode,
    pub arg: u32,
    pub target: Option<Label>,
    pub line: u32,
    /// The source range of the expression or statement it belongs to.
    pub pos: TextRange,
    pub handler: Option<u32>,
}

/// An exception handler: where it jumps, and how to find its stack depth.
#[derive(Clone, Copy, Debug)]
pub(super) struct HandlerDef {
    pub target: Label,
    /// Index of the first instruction emitted under this handler; the stack
    /// depth before it (plus `depth_adjust`) is the depth the handler keeps.
    pub setup_at: usize,
    pub depth_adjust: i32,
    pub push_lasti: bool,
}

/// What must happen when control leaves a block early.
#[derive(Clone, Copy)]
pub(super) enum FBlockKind<'a> {
    WhileLoop {
        top: Label,
        exit: Label,
    },
    ForLoop {
        top: Label,
        exit: Label,
    },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving runs the finally body.
    FinallyTry(&'a [Stmt]),
    /// The finally body on the exceptional path: `[prev_exc, exc]` on the stack.
    FinallyEnd,
    /// A `with` body: `[exit]` on the stack; leaving calls `exit(None, None, None)`.
    With,
    /// An except clause body: `[prev_exc]` on the stack; the bound name, if any.
    HandlerCleanup(Option<&'a str>),
    /// A pending return value under a finally body run inline.
    PopValue,
}

#[derive(Clone, Copy)]
pub(super) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// The handler stack outside this block.
    pub handlers_len: usize,
}

/// One code object under construction.
pub(super) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub instrs: Vec<Instr>,
    pub labels: Vec<usize>,
    pub handlers: Vec<HandlerDef>,
    pub handler_stack: Vec<u32>,
    pub fblocks: Vec<FBlock<'a>>,
    pub consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub line: u32,
    /// The range of the innermost expression or statement being compiled
    /// (saved and restored around each), for `co_positions`.
    pub pos: TextRange,
    pub first_line: u32,
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub flags: u32,
    pub doc: Option<String>,
}

/// Hashable identity of a scalar constant, for dedup.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
}

fn const_key(c: &Constant) -> Option<ConstKey> {
    Some(match c {
        Constant::None => ConstKey::None,
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(re, im) => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Code(_) => return None,
    })
}

/// The load/store/delete flavour of a name operation.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum NameCtx {
    Load,
    Store,
    Del,
}

pub(super) struct Compiler<'a, 's> {
    pub table: &'a SymbolTable,
    pub map: &'a SourceMap<'s>,
    pub filename: Arc<str>,
    pub units: Vec<Unit<'a>>,
    /// `from __future__ import annotations`: annotations are kept as
    /// their source text.
    pub future_annotations: bool,
    /// Top-level names use `LoadName`/`StoreName` (code for `eval` and
    /// `exec`, whose locals may differ from the globals).
    pub module_name_ops: bool,
}

/// Compiles a module body; `name_ops` makes its top-level names go
/// through the locals mapping (`exec`'s code) instead of the globals.
pub(super) fn compile_module_with(
    module: &ast::ModModule,
    table: &SymbolTable,
    map: &SourceMap,
    name_ops: bool,
) -> CResult<Arc<CodeObject>> {
    let mut c = Compiler {
        table,
        map,
        filename: Arc::from(map_filename(map)),
        units: Vec::new(),
        future_annotations: has_future_annotations(&module.body),
        module_name_ops: name_ops,
    };
    c.enter_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().flags |= flags::MODULE;
    if has_annotations(&module.body) {
        c.emit(Opcode::SetupAnnotations, 0);
    }
    c.compile_body_with_doc(&module.body, true)?;
    c.unit().line = map.line_count().max(1);
    if let Some(last) = module.body.last() {
        let l = c.line_of(last.start());
        c.unit().line = l;
    }
    c.load_const(Constant::None);
    c.emit(Opcode::ReturnValue, 0);
    c.leave_unit()
}

/// Compiles an expression (a module whose body is one expression
/// statement) into code that returns its value: what `eval` runs.
pub(super) fn compile_eval(
    module: &ast::ModModule,
    table: &SymbolTable,
    map: &SourceMap,
) -> CResult<Arc<CodeObject>> {
    let [ast::Stmt::Expr(stmt)] = module.body.as_slice() else {
        let range = module.body.first().map(|s| s.range()).unwrap_or_default();
        return Err(map.syntax_error("invalid syntax".to_string(), range));
    };
    let mut c = Compiler {
        table,
        map,
        filename: Arc::from(map_filename(map)),
        units: Vec::new(),
        future_annotations: false,
        module_name_ops: true,
    };
    c.enter_unit(0, "<module>".into(), "<module>".into(), 1);
    c.unit().flags |= flags::MODULE;
    c.unit().line = c.line_of(stmt.start());
    c.compile_expr(&stmt.value)?;
    c.emit(Opcode::ReturnValue, 0);
    c.leave_unit()
}

fn map_filename(map: &SourceMap) -> String {
    map.syntax_error("", TextRange::default()).filename
}

impl<'a, 's> Compiler<'a, 's> {
    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    pub fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is being compiled")
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.map.line_of(offset)
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.map.syntax_error(msg, range)
    }

    pub fn unsupported(&self, what: &str, range: TextRange) -> CompileError {
        self.error(format!("weft does not support {what}"), range)
    }

    /// Sets the current line to the line of `range`; returns the old line.
    pub fn set_line(&mut self, range: TextRange) -> u32 {
        let line = self.line_of(range.start());
        std::mem::replace(&mut self.unit().line, line)
    }

    pub fn enter_unit(&mut self, scope: ScopeId, name: String, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut u = Unit {
            scope,
            kind: s.kind,
            name,
            qualname,
            private: s.private.clone(),
            instrs: Vec::new(),
            labels: Vec::new(),
            handlers: Vec::new(),
            handler_stack: Vec::new(),
            fblocks: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            line: first_line,
            pos: TextRange::default(),
            first_line,
            arg_count: 0,
            posonly_count: 0,
            kwonly_count: 0,
            flags: 0,
            doc: None,
        };
        if s.kind.is_function_like() {
            for p in &s.params {
                u.var_index.insert(p.clone(), u.varnames.len() as u32);
                u.varnames.push(p.clone());
            }
            if s.generator {
                u.flags |= flags::GENERATOR;
            }
        }
        if s.nested && s.kind.is_function_like() {
            u.flags |= flags::NESTED;
        }
        self.units.push(u);
    }

    /// Finishes the current unit into a code object.
    pub fn leave_unit(&mut self) -> CResult<Arc<CodeObject>> {
        let unit = self.units.pop().expect("a unit is being compiled");
        Ok(Arc::new(assemble::assemble(unit, &self.filename, self.map)))
    }

    // ----- emission -------------------------------------------------------

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        debug_assert!(op.jump_effect(arg).is_none(), "{op:?} needs a label");
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let (line, pos) = (u.line, u.pos);
        u.instrs.push(Instr {
            op,
            arg,
            target: None,
            line,
            pos,
            handler,
        });
    }

    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        let u = self.unit();
        let handler = u.handler_stack.last().copied();
        let (line, pos) = (u.line, u.pos);
        u.instrs.push(Instr {
            op,
            arg: 0,
            target: Some(target),
            line,
            pos,
            handler,
        });
    }

    pub fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(usize::MAX);
        Label(u.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let u = self.unit();
        debug_assert_eq!(u.labels[label.0 as usize], usize::MAX, "label bound twice");
        u.labels[label.0 as usize] = u.instrs.len();
    }

    /// Starts a protected region whose exceptions go to `target`.
    pub fn push_handler(&mut self, target: Label, push_lasti: bool, depth_adjust: i32) {
        let u = self.unit();
        let id = u.handlers.len() as u32;
        u.handlers.push(HandlerDef {
            target,
            setup_at: u.instrs.len(),
            depth_adjust,
            push_lasti,
        });
        u.handler_stack.push(id);
    }

    pub fn pop_handler(&mut self) -> u32 {
        self.unit()
            .handler_stack
            .pop()
            .expect("a handler is active")
    }

    /// Re-activates a handler popped with `pop_handler` (its range resumes).
    pub fn resume_handler(&mut self, id: u32) {
        self.unit().handler_stack.push(id);
    }

    pub fn push_fblock(&mut self, kind: FBlockKind<'a>) {
        let handlers_len = self.unit().handler_stack.len();
        self.unit().fblocks.push(FBlock { kind, handlers_len });
    }

    /// Like `push_fblock`, but records the handler depth from before the
    /// block's own handlers were pushed.
    pub fn push_fblock_outside(&mut self, kind: FBlockKind<'a>, handlers_len: usize) {
        self.unit().fblocks.push(FBlock { kind, handlers_len });
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        if let Some(k) = const_key(&c) {
            if let Some(&i) = u.const_index.get(&k) {
                return i;
            }
            let i = u.consts.len() as u32;
            u.const_index.insert(k, i);
            u.consts.push(c);
            return i;
        }
        if let Some(i) = u.consts.iter().position(|x| *x == c) {
            return i as u32;
        }
        u.consts.push(c);
        u.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn var_slot(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.var_index.insert(name.to_string(), i);
        i
    }

    fn cell_slot(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit_ref().private.as_deref(), name)
    }

    /// Emits the load, store or delete of a variable.
    pub fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.mangle(name);
        let u = self.unit_ref();
        let scope = self.table.scopes[u.scope].scope_of(&mangled);
        let kind = u.kind;
        enum Flavor {
            Fast,
            Deref,
            ClassDeref,
            Global,
            Name,
        }
        let flavor = match kind {
            ScopeKind::Module if self.module_name_ops => match scope {
                NameScope::GlobalExplicit => Flavor::Global,
                _ => Flavor::Name,
            },
            ScopeKind::Module => Flavor::Global,
            ScopeKind::Class => match scope {
                NameScope::Free => Flavor::ClassDeref,
                NameScope::GlobalExplicit => Flavor::Global,
                _ => Flavor::Name,
            },
            _ => match scope {
                NameScope::Local => Flavor::Fast,
                NameScope::Cell | NameScope::Free => Flavor::Deref,
                NameScope::GlobalExplicit | NameScope::GlobalImplicit => Flavor::Global,
            },
        };
        match flavor {
            Flavor::Fast => {
                let i = self.var_slot(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LoadFast,
                    NameCtx::Store => Opcode::StoreFast,
                    NameCtx::Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            Flavor::Deref | Flavor::ClassDeref => {
                let i = self
                    .cell_slot(&mangled)
                    .expect("symtable lists every cell and free variable");
                let op = match (ctx, flavor) {
                    (NameCtx::Load, Flavor::ClassDeref) => Opcode::LoadClassDeref,
                    (NameCtx::Load, _) => Opcode::LoadDeref,
                    (NameCtx::Store, _) => Opcode::StoreDeref,
                    (NameCtx::Del, _) => Opcode::DeleteDeref,
                };
                self.emit(op, i);
            }
            Flavor::Global => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LoadGlobal,
                    NameCtx::Store => Opcode::StoreGlobal,
                    NameCtx::Del => Opcode::DeleteGlobal,
                };
                self.emit(op, i);
            }
            Flavor::Name => {
                let i = self.add_name(&mangled);
                let op = match ctx {
                    NameCtx::Load => Opcode::LoadName,
                    NameCtx::Store => Opcode::StoreName,
                    NameCtx::Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
    }

    /// Stores TOS under a name that is not subject to scope analysis
    /// (`__module__`, `__qualname__`, `__doc__` in class bodies).
    pub fn store_name_direct(&mut self, name: &str) {
        let i = self.add_name(name);
        let op = if self.unit_ref().kind == ScopeKind::Module {
            Opcode::StoreGlobal
        } else {
            Opcode::StoreName
        };
        self.emit(op, i);
    }

    /// CPython's qualified name for a child code object named `name`.
    pub fn qualname_for(&self, name: &str, child: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit_ref();
        if matches!(child, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.table.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    // ----- bodies, functions and classes -----------------------------------

    /// Compiles a block body; for modules and classes a leading docstring is
    /// stored as `__doc__`.
    pub fn compile_body_with_doc(&mut self, body: &'a [Stmt], store_doc: bool) -> CResult {
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            if store_doc {
                let first = &body[0];
                self.set_line(first.range());
                self.load_const(Constant::Str(doc.clone()));
                self.store_name_direct("__doc__");
                rest = &body[1..];
            }
            self.unit().doc = Some(doc);
        }
        self.compile_stmts(rest)
    }

    pub fn compile_stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.compile_stmt(s)?;
        }
        Ok(())
    }

    /// Pushes the closure tuple for a child code's free variables; returns
    /// whether there is one.
    fn make_closure(&mut self, child: ScopeId) -> bool {
        let frees = &self.table.scopes[child].freevars;
        if frees.is_empty() {
            return false;
        }
        for name in frees.clone() {
            let i = self
                .cell_slot(&name)
                .expect("a child's free variable is a cell or free here");
            self.emit(Opcode::LoadClosure, i);
        }
        self.emit(Opcode::BuildTuple, frees.len() as u32);
        true
    }

    /// Emits the MakeFunction sequence for a compiled child code object;
    /// defaults/kwdefaults must already be on the stack per `flags`.
    pub fn make_function(&mut self, code: Arc<CodeObject>, child: ScopeId, mut mf_flags: u32) {
        if self.make_closure(child) {
            mf_flags |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, mf_flags);
    }

    /// Evaluates defaults and keyword-only defaults; returns MakeFunction flags.
    pub fn compile_defaults(&mut self, params: &'a ast::Parameters) -> CResult<u32> {
        let mut mf = 0;
        let positional: Vec<&Expr> = params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_deref())
            .collect();
        if !positional.is_empty() {
            self.compile_tuple_of(&positional)?;
            mf |= make_function::DEFAULTS;
        }
        let kw: Vec<(&str, &Expr)> = params
            .kwonlyargs
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.as_str(), d)))
            .collect();
        if !kw.is_empty() {
            for (name, value) in &kw {
                let mangled = self.mangle(name);
                self.load_const(Constant::Str(mangled));
                self.compile_expr(value)?;
            }
            self.emit(Opcode::BuildMap, kw.len() as u32);
            mf |= make_function::KWDEFAULTS;
        }
        Ok(mf)
    }

    /// Pushes a dict of a definition's parameter and return annotations;
    /// returns whether there is one.
    fn compile_param_annotations(
        &mut self,
        params: &'a ast::Parameters,
        returns: Option<&'a Expr>,
    ) -> CResult<bool> {
        let mut n = 0;
        for (name, ann) in param_annotations(params).chain(returns.map(|r| ("return", r))) {
            let key = if name == "return" {
                name.to_string()
            } else {
                self.mangle(name)
            };
            self.load_const(Constant::Str(key));
            self.compile_annotation(ann)?;
            n += 1;
        }
        if n > 0 {
            self.emit(Opcode::BuildMap, n);
        }
        Ok(n > 0)
    }

    /// Pushes an annotation's value: the expression's, or its source text
    /// under `from __future__ import annotations`.
    pub fn compile_annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            let text = &self.map.source()[ann.range()];
            self.load_const(Constant::Str(text.to_string()));
            Ok(())
        } else {
            self.compile_expr(ann)
        }
    }

    fn set_param_counts(&mut self, params: &ast::Parameters) {
        let u = self.unit();
        u.posonly_count = params.posonlyargs.len() as u32;
        u.arg_count = (params.posonlyargs.len() + params.args.len()) as u32;
        u.kwonly_count = params.kwonlyargs.len() as u32;
        if params.vararg.is_some() {
            u.flags |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            u.flags |= flags::VARKEYWORDS;
        }
    }

    pub fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        if f.is_async {
            return Err(self.unsupported("async functions", f.range));
        }
        if f.type_params.is_some() {
            return Err(self.error("invalid syntax", f.range));
        }
        let first_line = match f.decorator_list.first() {
            Some(d) => self.line_of(d.range.start()),
            None => self.line_of(f.range.start()),
        };
        for d in &f.decorator_list {
            self.set_line(d.range);
            self.compile_expr(&d.expression)?;
            self.emit(Opcode::PushNull, 0);
        }
        // Decorated definitions start at the first decorator; the `def`
        // itself is on the name's line.
        let def_line = self.line_of(f.name.range.start());
        self.unit().line = def_line;
        let mut mf = self.compile_defaults(&f.parameters)?;
        if self.compile_param_annotations(&f.parameters, f.returns.as_deref())? {
            mf |= make_function::ANNOTATIONS;
        }
        let scope = self.table.scope_for(f.range);
        let qualname = self.qualname_for(f.name.as_str(), ScopeKind::Function);
        self.enter_unit(scope, f.name.as_str().to_string(), qualname, first_line);
        self.set_param_counts(&f.parameters);
        self.unit().line = def_line;
        self.compile_body_with_doc(&f.body, false)?;
        self.load_const(Constant::None);
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.unit().line = def_line;
        self.make_function(code, scope, mf);
        for _ in &f.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(f.name.as_str(), NameCtx::Store);
        Ok(())
    }

    pub fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let mf = match &l.parameters {
            Some(p) => self.compile_defaults(p)?,
            None => 0,
        };
        let scope = self.table.scope_for(l.range);
        let qualname = self.qualname_for("<lambda>", ScopeKind::Lambda);
        let line = self.line_of(l.range.start());
        self.enter_unit(scope, "<lambda>".into(), qualname, line);
        if let Some(p) = &l.parameters {
            self.set_param_counts(p);
        }
        self.compile_expr(&l.body)?;
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.make_function(code, scope, mf);
        Ok(())
    }

    pub fn compile_class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        if c.type_params.is_some() {
            return Err(self.error("invalid syntax", c.range));
        }
        let first_line = match c.decorator_list.first() {
            Some(d) => self.line_of(d.range.start()),
            None => self.line_of(c.range.start()),
        };
        for d in &c.decorator_list {
            self.set_line(d.range);
            self.compile_expr(&d.expression)?;
            self.emit(Opcode::PushNull, 0);
        }
        let class_line = self.line_of(c.name.range.start());
        self.unit().line = class_line;
        let scope = self.table.scope_for(c.range);
        let qualname = self.qualname_for(c.name.as_str(), ScopeKind::Class);
        self.enter_unit(
            scope,
            c.name.as_str().to_string(),
            qualname.clone(),
            first_line,
        );
        self.unit().flags |= flags::CLASS_BODY;
        self.unit().line = class_line;
        let name_idx = self.add_name("__name__");
        self.emit(Opcode::LoadName, name_idx);
        self.store_name_direct("__module__");
        self.load_const(Constant::Str(qualname));
        self.store_name_direct("__qualname__");
        if has_annotations(&c.body) {
            self.emit(Opcode::SetupAnnotations, 0);
        }
        self.compile_body_with_doc(&c.body, true)?;
        if self.table.scopes[scope].needs_class_closure {
            let i = self.cell_slot("__class__").expect("__class__ cell");
            self.emit(Opcode::LoadClosure, i);
            self.emit(Opcode::Copy, 1);
            self.store_name_direct("__classcell__");
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.unit().line = class_line;
        self.emit(Opcode::LoadBuildClass, 0);
        self.emit(Opcode::PushNull, 0);
        self.make_function(code, scope, 0);
        let name = Constant::Str(c.name.as_str().to_string());
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args[..], &a.keywords[..]),
            None => (&[], &[]),
        };
        self.compile_call_args(&[CallLead::Const(name)], 1, args, keywords, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Opcode::Call, 1);
        }
        self.name_op(c.name.as_str(), NameCtx::Store);
        Ok(())
    }
}

/// An argument pushed before the user's positional arguments of a call
/// (`__build_class__`'s function and name).
pub(super) enum CallLead {
    Const(Constant),
}

/// The docstring of a body, if its first statement is a plain string.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}
