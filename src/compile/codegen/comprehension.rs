//! Comprehensions: each is a nested function (CPython 3.11) taking the
//! outermost iterator as its single argument `.0`; the outermost iterable is
//! evaluated in the enclosing scope. List, set and dict comprehensions
//! build their result at the bottom of the comprehension's stack;
//! generator expressions yield each element.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler};
use crate::bytecode::Opcode;
use crate::compile::symtable::ScopeKind;

/// What a comprehension produces per element.
enum Element<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, generators, element) = match e {
            Expr::ListComp(c) => (ScopeKind::ListComp, &c.generators, Element::List(&c.elt)),
            Expr::SetComp(c) => (ScopeKind::SetComp, &c.generators, Element::Set(&c.elt)),
            Expr::Generator(c) => (ScopeKind::GenExpr, &c.generators, Element::Gen(&c.elt)),
            Expr::DictComp(c) => match &c.key {
                Some(k) => (
                    ScopeKind::DictComp,
                    &c.generators,
                    Element::Dict(k, &c.value),
                ),
                None => {
                    return Err(self.error(
                        "dict unpacking cannot be used in dict comprehension",
                        c.range,
                    ))
                }
            },
            _ => unreachable!("not a comprehension"),
        };
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported("asynchronous comprehensions", g.range));
        }
        let name = match kind {
            ScopeKind::ListComp => "<listcomp>",
            ScopeKind::SetComp => "<setcomp>",
            ScopeKind::DictComp => "<dictcomp>",
            _ => "<genexpr>",
        };
        let scope = self.table.scope_for(e.range());
        let qualname = self.qualname_for(name, kind);
        let line = self.line_of(e.range().start());
        self.enter_unit(scope, name.to_string(), qualname, line);
        self.unit().arg_count = 1;
        match element {
            Element::List(_) => self.emit(Opcode::BuildList, 0),
            Element::Set(_) => self.emit(Opcode::BuildSet, 0),
            Element::Dict(..) => self.emit(Opcode::BuildMap, 0),
            Element::Gen(_) => {}
        }
        self.comprehension_loop(generators, 0, &element)?;
        if matches!(element, Element::Gen(_)) {
            self.load_const(crate::bytecode::Constant::None);
        }
        self.emit(Opcode::ReturnValue, 0);
        let code = self.leave_unit()?;
        self.make_function(code, scope, 0);
        self.emit(Opcode::PushNull, 0);
        self.compile_expr(&generators[0].iter)?;
        self.emit(Opcode::GetIter, 0);
        self.emit(Opcode::Call, 1);
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        gens: &'a [ast::Comprehension],
        i: usize,
        element: &Element<'a>,
    ) -> CResult {
        let g = &gens[i];
        let top = self.new_label();
        let cont = self.new_label();
        let done = self.new_label();
        if i == 0 {
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.compile_expr(&g.iter)?;
            self.emit(Opcode::GetIter, 0);
        }
        self.bind(top);
        self.emit_jump(Opcode::ForIter, done);
        self.compile_store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, cont)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_loop(gens, i + 1, element)?;
        } else {
            // The result sits below one iterator per loop.
            let depth = i as u32 + 2;
            match element {
                Element::List(e) => {
                    self.compile_expr(e)?;
                    self.emit(Opcode::ListAppend, depth);
                }
                Element::Set(e) => {
                    self.compile_expr(e)?;
                    self.emit(Opcode::SetAdd, depth);
                }
                Element::Dict(k, v) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    self.emit(Opcode::MapAdd, depth);
                }
                Element::Gen(e) => {
                    self.compile_expr(e)?;
                    self.emit(Opcode::YieldValue, 0);
                    self.emit(Opcode::PopTop, 0);
                }
            }
        }
        self.bind(cont);
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(done);
        Ok(())
    }
}
