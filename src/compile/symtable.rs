//! Scope analysis: which scope every name of every code block lives in.
//!
//! Two passes, as in CPython's `Python/symtable.c`. The first walks the AST
//! and records, per block (module, class body, function, lambda,
//! comprehension), how each name is used: bound (assigned, imported, a
//! parameter), used, declared `global` or `nonlocal`. The second resolves
//! every name top-down: a name bound in a function is local; a name used but
//! not bound is free if an enclosing function binds it (that function's
//! variable becomes a cell) and global otherwise; class bodies do not make
//! their names visible to nested functions, but a free variable can pass
//! through a class body on its way to a method (the class then lists it in
//! its freevars too, `DEF_FREE_CLASS`). A method that uses `super` or
//! `__class__` gets the implicit `__class__` cell of its class.
//!
//! Names are mangled (`__x` in class `C` becomes `_C__x`) here and in the
//! code generator by the same `mangle`, so both agree on every name.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::TextRange;

use super::errors::SourceMap;
use super::CompileError;

pub type ScopeId = usize;

/// What kind of code block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GenExpr,
}

impl ScopeKind {
    /// Function-like blocks have fast locals and can own cells.
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::SetComp | ScopeKind::DictComp | ScopeKind::GenExpr
        )
    }
}

/// How a name is used in one block (bit flags).
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE_CLASS: u32 = 32;
    pub const IMPORT: u32 = 64;
    pub const COMP_ITER: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where a name resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameter names in `varnames` order (mangled).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub generator: bool,
    /// A class body whose methods use `super`/`__class__`.
    pub needs_class_closure: bool,
    /// Nested inside a function-like block.
    pub nested: bool,
    /// The class name used for mangling private names, if any.
    pub private: Option<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, nested: bool, private: Option<String>) -> Scope {
        Scope {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: kind == ScopeKind::GenExpr,
            needs_class_closure: false,
            nested,
            private,
            cellvars: Vec::new(),
            freevars: Vec::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// Where `name` (already mangled) resolves in this block.
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.lookup(name)
            .map_or(NameScope::GlobalImplicit, |s| s.scope)
    }
}

/// All scopes of a module, the module's first.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), ScopeId>,
}

/// CPython's private-name mangling: `__x` inside class `_C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

fn key(range: TextRange) -> (u32, u32) {
    (u32::from(range.start()), u32::from(range.end()))
}

impl SymbolTable {
    pub fn build(module: &ast::ModModule, map: &SourceMap) -> Result<SymbolTable, CompileError> {
        let mut b = Builder {
            table: SymbolTable {
                scopes: vec![Scope::new(ScopeKind::Module, false, None)],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            map,
            error: None,
            future_annotations: has_future_annotations(&module.body),
        };
        b.visit_body(&module.body);
        if let Some(e) = b.error {
            return Err(e);
        }
        let mut table = b.table;
        let mut err = None;
        table.analyze_block(0, &HashSet::new(), &HashSet::new(), &mut err);
        if let Some((name, _)) = err {
            // Re-walk to find where the bad declaration is, for the location.
            let range = find_nonlocal(&module.body, &name).unwrap_or_default();
            return Err(map.syntax_error(format!("no binding for nonlocal '{name}' found"), range));
        }
        Ok(table)
    }

    /// The scope created for the node with this range.
    pub fn scope_for(&self, range: TextRange) -> ScopeId {
        *self
            .by_node
            .get(&key(range))
            .expect("symtable saw every scope-creating node")
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: &HashSet<String>,
        global: &HashSet<String>,
        err: &mut Option<(String, ScopeId)>,
    ) -> HashSet<String> {
        let kind = self.scopes[id].kind;
        let mut bound = bound.clone();
        let mut global = global.clone();
        let mut local = HashSet::new();
        let mut free = HashSet::new();
        let mut scopes = Vec::with_capacity(self.scopes[id].symbols.len());
        for sym in &self.scopes[id].symbols {
            let f = sym.flags;
            let s = if f & def::GLOBAL != 0 {
                global.insert(sym.name.clone());
                bound.remove(&sym.name);
                NameScope::GlobalExplicit
            } else if f & def::NONLOCAL != 0 {
                if !bound.contains(&sym.name) && err.is_none() {
                    *err = Some((sym.name.clone(), id));
                }
                free.insert(sym.name.clone());
                NameScope::Free
            } else if f & def::BOUND != 0 {
                local.insert(sym.name.clone());
                global.remove(&sym.name);
                NameScope::Local
            } else if bound.contains(&sym.name) {
                free.insert(sym.name.clone());
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
            scopes.push(s);
        }
        for (sym, s) in self.scopes[id].symbols.iter_mut().zip(scopes) {
            sym.scope = s;
        }
        let mut new_bound = HashSet::new();
        if kind == ScopeKind::Class {
            new_bound.extend(bound.iter().cloned());
            new_bound.insert("__class__".to_string());
        } else {
            if kind.is_function_like() {
                new_bound.extend(local.iter().cloned());
            }
            new_bound.extend(bound.iter().cloned());
        }
        let mut child_free = HashSet::new();
        for child in self.scopes[id].children.clone() {
            child_free.extend(self.analyze_block(child, &new_bound, &global, err));
        }
        let scope = &mut self.scopes[id];
        if kind.is_function_like() {
            for sym in &mut scope.symbols {
                if sym.scope == NameScope::Local && child_free.remove(&sym.name) {
                    sym.scope = NameScope::Cell;
                }
            }
        } else if kind == ScopeKind::Class && child_free.remove("__class__") {
            scope.needs_class_closure = true;
        }
        // Names free in children: mark pass-through frees here.
        let mut names: Vec<String> = child_free.iter().cloned().collect();
        names.sort();
        for name in names {
            if let Some(&i) = scope.index.get(&name) {
                let sym = &mut scope.symbols[i];
                if kind == ScopeKind::Class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                    sym.flags |= def::FREE_CLASS;
                }
                continue;
            }
            if !bound.contains(&name) {
                continue;
            }
            scope.index.insert(name.clone(), scope.symbols.len());
            scope.symbols.push(Symbol {
                name,
                flags: 0,
                scope: NameScope::Free,
            });
        }
        let mut cells: Vec<String> = scope
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        cells.sort();
        if scope.needs_class_closure {
            cells.push("__class__".to_string());
            cells.sort();
        }
        let mut frees: Vec<String> = scope
            .symbols
            .iter()
            .filter(|s| s.scope == NameScope::Free || s.flags & def::FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        frees.sort();
        scope.cellvars = cells;
        scope.freevars = frees;
        free.extend(child_free);
        free
    }
}

fn find_nonlocal(body: &[Stmt], name: &str) -> Option<TextRange> {
    struct Finder<'n> {
        name: &'n str,
        found: Option<TextRange>,
    }
    impl<'a> Visitor<'a> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'a Stmt) {
            if self.found.is_some() {
                return;
            }
            if let Stmt::Nonlocal(n) = stmt {
                if n.names
                    .iter()
                    .any(|id| id.as_str() == self.name || id.as_str().ends_with(self.name))
                {
                    self.found = Some(n.range);
                    return;
                }
            }
            visitor::walk_stmt(self, stmt);
        }
    }
    let mut f = Finder { name, found: None };
    f.visit_body(body);
    f.found
}

struct Builder<'m, 's> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    map: &'m SourceMap<'s>,
    error: Option<CompileError>,
    /// `from __future__ import annotations`: annotations are strings.
    future_annotations: bool,
}

/// The annotations of a parameter list, in CPython's order: positional,
/// `*args`, keyword-only, `**kwargs`.
pub fn param_annotations(params: &ast::Parameters) -> impl Iterator<Item = (&str, &Expr)> {
    fn annotated(p: &ast::Parameter) -> Option<(&str, &Expr)> {
        Some((p.name.as_str(), p.annotation.as_deref()?))
    }
    fn named(p: &ast::ParameterWithDefault) -> Option<(&str, &Expr)> {
        annotated(&p.parameter)
    }
    params
        .posonlyargs
        .iter()
        .chain(&params.args)
        .filter_map(named)
        .chain(params.vararg.as_deref().and_then(annotated))
        .chain(params.kwonlyargs.iter().filter_map(named))
        .chain(params.kwarg.as_deref().and_then(annotated))
}

/// Whether a body holds an annotated assignment outside nested functions
/// and classes (CPython then creates `__annotations__` on entry).
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::If(i) => {
            has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| has_annotations(&c.body))
        }
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        Stmt::With(w) => has_annotations(&w.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

/// Whether a module body starts (after its docstring and other future
/// imports) with `from __future__ import annotations`.
pub fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(Stmt::Expr(e)) = stmts.peek() {
        if e.value.is_string_literal_expr() {
            stmts.next();
        }
    }
    for s in stmts {
        match s {
            Stmt::ImportFrom(i)
                if i.module
                    .as_ref()
                    .is_some_and(|m| m.as_str() == "__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

impl Builder<'_, '_> {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn fail(&mut self, msg: String, range: TextRange) {
        if self.error.is_none() {
            self.error = Some(self.map.syntax_error(msg, range));
        }
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.table.scopes[self.cur()].private.as_deref(), name)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32) {
        let scope = &mut self.table.scopes[id];
        if let Some(&i) = scope.index.get(name) {
            scope.symbols[i].flags |= flag;
        } else {
            scope.index.insert(name.to_string(), scope.symbols.len());
            scope.symbols.push(Symbol {
                name: name.to_string(),
                flags: flag,
                scope: NameScope::GlobalImplicit,
            });
        }
    }

    fn add_def(&mut self, name: &str, flag: u32) {
        let name = self.mangled(name);
        let id = self.cur();
        self.add_def_in(id, &name, flag);
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let parent = self.cur();
        let p = &self.table.scopes[parent];
        let nested = p.nested || p.kind.is_function_like();
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            p.private.clone()
        };
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, nested, private));
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key(range), id);
        self.stack.push(id);
        id
    }

    fn leave(&mut self) {
        self.stack.pop();
    }

    fn add_param(&mut self, name: &str, range: TextRange) {
        let mangled = self.mangled(name);
        if self.scope().flags(&mangled) & def::PARAM != 0 {
            self.fail(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
            return;
        }
        self.add_def(name, def::PARAM);
        self.scope().params.push(mangled);
    }

    fn visit_params(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            self.add_param(p.parameter.name.as_str(), p.parameter.range);
        }
        // CPython's varnames order: positional, keyword-only, *args, **kwargs.
        if let Some(v) = &params.vararg {
            self.add_param(v.name.as_str(), v.range);
        }
        if let Some(k) = &params.kwarg {
            self.add_param(k.name.as_str(), k.range);
        }
    }

    fn visit_defaults(&mut self, params: &ast::Parameters) {
        for p in params
            .posonlyargs
            .iter()
            .chain(&params.args)
            .chain(&params.kwonlyargs)
        {
            if let Some(d) = &p.default {
                self.visit_expr(d);
            }
        }
    }

    fn declare(&mut self, names: &[ast::Identifier], global: bool, range: TextRange) {
        let kind = self.table.scopes[self.cur()].kind;
        if !global && kind == ScopeKind::Module {
            self.fail(
                "nonlocal declaration not allowed at module level".into(),
                range,
            );
            return;
        }
        let what = if global { "global" } else { "nonlocal" };
        for id in names {
            let name = self.mangled(id.as_str());
            let cur = self.scope().flags(&name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let raw = id.as_str();
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{raw}' is parameter and {what}")
                } else if cur & def::USE != 0 {
                    format!("name '{raw}' is used prior to {what} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{raw}' can't be {what}")
                } else {
                    format!("name '{raw}' is assigned to before {what} declaration")
                };
                self.fail(msg, range);
                return;
            }
            if global && cur & def::NONLOCAL != 0 || !global && cur & def::GLOBAL != 0 {
                self.fail(
                    format!("name '{raw}' is nonlocal and global", raw = id.as_str()),
                    range,
                );
                return;
            }
            self.add_def(
                id.as_str(),
                if global { def::GLOBAL } else { def::NONLOCAL },
            );
        }
    }

    /// `x := v`: inside a comprehension, binds in the enclosing function.
    fn named_target(&mut self, name: &str, range: TextRange) {
        let mangled = self.mangled(name);
        let cur = self.cur();
        if !self.table.scopes[cur].kind.is_comprehension() {
            self.add_def(name, def::LOCAL);
            return;
        }
        for &id in self.stack.iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.kind.is_comprehension() {
                if scope.flags(&mangled) & def::COMP_ITER != 0 {
                    self.fail(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        range,
                    );
                    return;
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Class => {
                    self.fail(
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                        range,
                    );
                }
                ScopeKind::Module => {
                    self.add_def_in(cur, &mangled, def::GLOBAL);
                    self.add_def_in(id, &mangled, def::GLOBAL);
                }
                _ => {
                    let flag = if scope.flags(&mangled) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def_in(cur, &mangled, flag);
                    self.add_def_in(id, &mangled, def::LOCAL);
                }
            }
            return;
        }
    }

    fn comprehension(
        &mut self,
        kind: ScopeKind,
        range: TextRange,
        generators: &[ast::Comprehension],
        elts: &[&Expr],
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.visit_expr(&first.iter);
        let name = match kind {
            ScopeKind::ListComp => "<listcomp>",
            ScopeKind::SetComp => "<setcomp>",
            ScopeKind::DictComp => "<dictcomp>",
            _ => "<genexpr>",
        };
        self.enter(kind, name, range);
        self.add_def(".0", def::PARAM);
        self.scope().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.comp_target(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.leave();
    }

    fn comp_target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => self.add_def(n.id.as_str(), def::LOCAL | def::COMP_ITER),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.comp_target(e)),
            Expr::Starred(s) => self.comp_target(&s.value),
            other => self.visit_expr(other),
        }
    }

    fn yield_seen(&mut self, range: TextRange) {
        let kind = self.table.scopes[self.cur()].kind;
        match kind {
            ScopeKind::Module | ScopeKind::Class => {
                self.fail("'yield' outside function".into(), range)
            }
            ScopeKind::ListComp => self.fail("'yield' inside list comprehension".into(), range),
            ScopeKind::SetComp => self.fail("'yield' inside set comprehension".into(), range),
            ScopeKind::DictComp => self.fail("'yield' inside dict comprehension".into(), range),
            ScopeKind::GenExpr => self.fail("'yield' inside generator expression".into(), range),
            _ => self.scope().generator = true,
        }
    }
}

impl<'a> Visitor<'a> for Builder<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                if !self.future_annotations {
                    let params = param_annotations(&f.parameters).map(|(_, a)| a);
                    for a in params.chain(f.returns.as_deref()) {
                        self.visit_expr(a);
                    }
                }
                self.add_def(f.name.as_str(), def::LOCAL);
                self.enter(ScopeKind::Function, f.name.as_str(), f.range);
                self.visit_params(&f.parameters);
                self.visit_body(&f.body);
                self.leave();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    self.visit_arguments(args);
                }
                self.add_def(c.name.as_str(), def::LOCAL);
                self.enter(ScopeKind::Class, c.name.as_str(), c.range);
                self.visit_body(&c.body);
                self.leave();
            }
            Stmt::Global(g) => self.declare(&g.names, true, g.range),
            Stmt::Nonlocal(n) => self.declare(&n.names, false, n.range),
            Stmt::Import(i) => {
                for alias in &i.names {
                    let stored = match &alias.asname {
                        Some(a) => a.as_str().to_string(),
                        None => alias
                            .name
                            .as_str()
                            .split('.')
                            .next()
                            .unwrap_or("")
                            .to_string(),
                    };
                    self.add_def(&stored, def::IMPORT | def::LOCAL);
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        let kind = self.table.scopes[self.cur()].kind;
                        if kind != ScopeKind::Module {
                            self.fail("import * only allowed at module level".into(), i.range);
                        }
                        continue;
                    }
                    let stored = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add_def(stored.as_str(), def::IMPORT | def::LOCAL);
                }
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangled(n.id.as_str());
                    let cur = self.scope().flags(&name);
                    if cur & (def::GLOBAL | def::NONLOCAL) != 0 && a.simple {
                        let what = if cur & def::GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.fail(
                            format!("annotated name '{}' can't be {what}", n.id.as_str()),
                            a.range,
                        );
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), def::ANNOT | def::LOCAL);
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), def::LOCAL);
                    }
                } else {
                    self.visit_expr(&a.target);
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v);
                }
                // Only module and class bodies evaluate their annotations.
                let kind = self.table.scopes[self.cur()].kind;
                if !self.future_annotations && matches!(kind, ScopeKind::Module | ScopeKind::Class)
                {
                    self.visit_expr(&a.annotation);
                }
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_pattern(&mut self, pattern: &'a ast::Pattern) {
        // Capture patterns assign.
        let name = match pattern {
            ast::Pattern::MatchAs(a) => a.name.as_ref(),
            ast::Pattern::MatchStar(s) => s.name.as_ref(),
            ast::Pattern::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        if let Some(n) = name {
            self.add_def(n.as_str(), def::LOCAL);
        }
        visitor::walk_pattern(self, pattern);
    }

    fn visit_annotation(&mut self, _expr: &'a Expr) {
        // Annotations are visited where they are evaluated (function
        // definitions and annotated assignments above), not by the walker.
    }

    fn visit_except_handler(&mut self, handler: &'a ast::ExceptHandler) {
        let ast::ExceptHandler::ExceptHandler(h) = handler;
        if let Some(t) = &h.type_ {
            self.visit_expr(t);
        }
        if let Some(name) = &h.name {
            self.add_def(name.as_str(), def::LOCAL);
        }
        self.visit_body(&h.body);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ExprContext::Load => {
                        self.add_def(name, def::USE);
                        let kind = self.table.scopes[self.cur()].kind;
                        if name == "super" && kind.is_function_like() {
                            self.add_def("__class__", def::USE);
                        }
                    }
                    _ => self.add_def(name, def::LOCAL),
                }
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    self.named_target(t.id.as_str(), n.range);
                } else {
                    self.visit_expr(&n.target);
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                self.enter(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p);
                }
                self.visit_expr(&l.body);
                self.leave();
            }
            Expr::ListComp(c) => {
                self.comprehension(ScopeKind::ListComp, c.range, &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) => {
                self.comprehension(ScopeKind::SetComp, c.range, &c.generators, &[&c.elt])
            }
            Expr::Generator(c) => {
                self.comprehension(ScopeKind::GenExpr, c.range, &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) => match &c.key {
                Some(k) => {
                    self.comprehension(ScopeKind::DictComp, c.range, &c.generators, &[k, &c.value])
                }
                None => {
                    self.comprehension(ScopeKind::DictComp, c.range, &c.generators, &[&c.value])
                }
            },
            Expr::Yield(y) => {
                self.yield_seen(y.range);
                visitor::walk_expr(self, expr);
            }
            Expr::YieldFrom(y) => {
                self.yield_seen(y.range);
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }
}
