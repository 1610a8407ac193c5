//! Statements: assignments, control flow, imports.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::expr::inplace_arg;
use super::{CResult, Compiler, FBlockKind, NameCtx};
use crate::bytecode::{Constant, Opcode};
use crate::compile::errors::expr_kind_name;
use crate::compile::fold;
use crate::compile::symtable::ScopeKind;

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.range());
        let old_pos = std::mem::replace(&mut self.unit().pos, s.range());
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.compile_stmt_inner(s));
        self.unit().pos = old_pos;
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class_def(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.compile_delete(t)?;
                }
                Ok(())
            }
            Stmt::TypeAlias(t) => Err(self.error("invalid syntax", t.range)),
            Stmt::Assign(a) => {
                if self.try_swap_assign(a)? {
                    return Ok(());
                }
                self.compile_expr(&a.value)?;
                let (last, rest) = a.targets.split_last().expect("an assignment has a target");
                for t in rest {
                    self.emit(Opcode::Copy, 1);
                    self.compile_store(t)?;
                }
                self.compile_store(last)
            }
            Stmt::AugAssign(a) => self.compile_aug_assign(a),
            Stmt::AnnAssign(a) => self.compile_ann_assign(a),
            Stmt::For(f) => self.compile_for(f),
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::With(w) => self.compile_with(w, 0),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                match (&r.exc, &r.cause) {
                    (Some(e), Some(c)) => {
                        self.compile_expr(e)?;
                        self.compile_expr(c)?;
                        self.emit(Opcode::RaiseVarargs, 2);
                    }
                    (Some(e), None) => {
                        self.compile_expr(e)?;
                        self.emit(Opcode::RaiseVarargs, 1);
                    }
                    _ => self.emit(Opcode::RaiseVarargs, 0),
                }
                Ok(())
            }
            Stmt::Try(t) => self.compile_try(t),
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // As CPython 3.11: after a comparison test the raise is
                // positioned at the comparison (co_positions).
                let old_pos = self.unit().pos;
                if a.test.is_compare_expr() {
                    self.unit().pos = a.test.range();
                }
                self.emit(Opcode::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.emit(Opcode::PushNull, 0);
                    self.compile_expr(m)?;
                    self.emit(Opcode::Call, 1);
                }
                self.emit(Opcode::RaiseVarargs, 1);
                self.unit().pos = old_pos;
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if fold::const_of(&e.value).is_some() {
                    return Ok(());
                }
                self.compile_expr(&e.value)?;
                self.emit(Opcode::PopTop, 0);
                Ok(())
            }
            Stmt::Break(b) => self.compile_break(b.range, true),
            Stmt::Continue(c) => self.compile_break(c.range, false),
            Stmt::IpyEscapeCommand(i) => Err(self.error("invalid syntax", i.range)),
        }
    }

    // ----- assignment ---------------------------------------------------------------

    /// `a, b = b, a` (two or three names, no stars): evaluate the values and
    /// reorder them with `Swap` instead of building and unpacking a tuple.
    fn try_swap_assign(&mut self, a: &'a ast::StmtAssign) -> CResult<bool> {
        let [target] = a.targets.as_slice() else {
            return Ok(false);
        };
        let (Expr::Tuple(ast::ExprTuple { elts: targets, .. })
        | Expr::List(ast::ExprList { elts: targets, .. })) = target
        else {
            return Ok(false);
        };
        let Expr::Tuple(value) = &*a.value else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n)
            || value.elts.len() != n
            || targets
                .iter()
                .chain(&value.elts)
                .any(|e| e.is_starred_expr())
            || fold::const_of(&a.value).is_some()
        {
            return Ok(false);
        }
        for v in &value.elts {
            self.compile_expr(v)?;
        }
        self.emit(Opcode::Swap, n as u32);
        for t in targets {
            self.compile_store(t)?;
        }
        Ok(true)
    }

    /// Stores TOS into an assignment target.
    pub fn compile_store(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_line(t.range());
        let old_pos = std::mem::replace(&mut self.unit().pos, t.range());
        let r = self.compile_store_inner(t);
        self.unit().line = old;
        self.unit().pos = old_pos;
        r
    }

    fn compile_store_inner(&mut self, t: &'a Expr) -> CResult {
        match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Store);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::StoreAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.compile_unpack(elts, t)
            }
            Expr::Starred(s) => Err(self.error(
                "starred assignment target must be in a list or tuple",
                s.range,
            )),
            other => {
                let r = other.range();
                Err(self.error(format!("cannot assign to {}", expr_kind_name(other)), r))
            }
        }
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], whole: &'a Expr) -> CResult {
        let stars: Vec<usize> = elts
            .iter()
            .enumerate()
            .filter(|(_, e)| e.is_starred_expr())
            .map(|(i, _)| i)
            .collect();
        match stars.as_slice() {
            [] => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            [i] => {
                let before = *i as u32;
                let after = (elts.len() - i - 1) as u32;
                if before >= 256 || after >= 1 << 23 {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        whole.range(),
                    ));
                }
                self.emit(Opcode::UnpackEx, before | (after << 8));
            }
            _ => {
                return Err(self.error("multiple starred expressions in assignment", whole.range()))
            }
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.compile_store(&s.value)?,
                other => self.compile_store(other)?,
            }
        }
        Ok(())
    }

    fn compile_delete(&mut self, t: &'a Expr) -> CResult {
        let old = self.set_line(t.range());
        let old_pos = std::mem::replace(&mut self.unit().pos, t.range());
        let r = match t {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Del);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::DeleteAttr, i);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.compile_delete(e)?;
                }
                Ok(())
            }
            other => {
                let r = other.range();
                Err(self.error(format!("cannot delete {}", expr_kind_name(other)), r))
            }
        };
        self.unit().line = old;
        self.unit().pos = old_pos;
        r
    }

    /// `t op= v`: the target's object and key are evaluated once.
    fn compile_aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let arg = inplace_arg(a.op);
        // Positions as CPython's: the target's load and store at the
        // target, the operation at the statement.
        let (stmt_pos, target_pos) = (self.unit().pos, a.target.range());
        match &*a.target {
            Expr::Name(n) => {
                self.unit().pos = target_pos;
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.unit().pos = stmt_pos;
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BinaryOp, arg);
                self.unit().pos = target_pos;
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            Expr::Attribute(at) => {
                self.compile_expr(&at.value)?;
                let i = self.add_name(&self.mangle(at.attr.as_str()));
                self.unit().pos = target_pos;
                self.emit(Opcode::Copy, 1);
                self.emit(Opcode::LoadAttr, i);
                self.unit().pos = stmt_pos;
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BinaryOp, arg);
                self.unit().pos = target_pos;
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.unit().pos = target_pos;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.unit().pos = stmt_pos;
                self.compile_expr(&a.value)?;
                self.emit(Opcode::BinaryOp, arg);
                self.unit().pos = target_pos;
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
            }
            other => {
                let r = other.range();
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(other)
                    ),
                    r,
                ));
            }
        }
        self.unit().pos = stmt_pos;
        Ok(())
    }

    // ----- control flow -----------------------------------------------------------

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult {
        let end = self.new_label();
        let mut next = self.new_label();
        self.jump_if(&i.test, false, next)?;
        self.compile_stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.emit_jump(Opcode::Jump, end);
            self.bind(next);
            next = self.new_label();
            self.set_line(clause.range);
            if let Some(test) = &clause.test {
                self.jump_if(test, false, next)?;
            }
            self.compile_stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let top = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.jump_if(&w.test, false, orelse)?;
        self.push_fblock(FBlockKind::WhileLoop { top, exit });
        self.compile_stmts(&w.body)?;
        self.pop_fblock();
        self.set_line(w.range);
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(orelse);
        self.compile_stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        if f.is_async {
            return Err(self.unsupported("'async for'", f.range));
        }
        self.compile_expr(&f.iter)?;
        self.emit(Opcode::GetIter, 0);
        let top = self.new_label();
        let done = self.new_label();
        let exit = self.new_label();
        self.bind(top);
        self.emit_jump(Opcode::ForIter, done);
        self.push_fblock(FBlockKind::ForLoop { top, exit });
        self.compile_store(&f.target)?;
        self.compile_stmts(&f.body)?;
        self.pop_fblock();
        self.set_line(f.range);
        self.emit_jump(Opcode::JumpBackward, top);
        self.bind(done);
        self.compile_stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult {
        if !self.unit_ref().kind.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        match &r.value {
            Some(v) => self.compile_expr(v)?,
            None => self.load_const(Constant::None),
        }
        let saved = self.unit_ref().handler_stack.clone();
        self.unwind_fblocks(true, false)?;
        self.set_line(r.range);
        self.emit(Opcode::ReturnValue, 0);
        self.unit().handler_stack = saved;
        Ok(())
    }

    fn compile_break(&mut self, range: ruff_text_size::TextRange, is_break: bool) -> CResult {
        let saved = self.unit_ref().handler_stack.clone();
        let Some(lp) = self.unwind_fblocks(false, true)? else {
            self.unit().handler_stack = saved;
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.error(msg, range));
        };
        self.set_line(range);
        match (lp.kind, is_break) {
            (FBlockKind::WhileLoop { exit, .. }, true) => self.emit_jump(Opcode::Jump, exit),
            (FBlockKind::ForLoop { exit, .. }, true) => {
                self.unit().handler_stack.truncate(lp.handlers_len);
                self.emit(Opcode::PopTop, 0);
                self.emit_jump(Opcode::Jump, exit);
            }
            (FBlockKind::WhileLoop { top, .. } | FBlockKind::ForLoop { top, .. }, false) => {
                self.emit_jump(Opcode::JumpBackward, top)
            }
            _ => unreachable!("unwind_fblocks stops at loops"),
        }
        self.unit().handler_stack = saved;
        Ok(())
    }

    // ----- imports ------------------------------------------------------------------

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult {
        for alias in &i.names {
            let full = alias.name.as_str();
            self.load_const(Constant::Int(0.into()));
            self.load_const(Constant::None);
            let n = self.add_name(full);
            self.emit(Opcode::ImportName, n);
            match &alias.asname {
                Some(asname) => {
                    for part in full.split('.').skip(1) {
                        let p = self.add_name(part);
                        self.emit(Opcode::LoadAttr, p);
                    }
                    self.name_op(asname.as_str(), NameCtx::Store);
                }
                None => {
                    let top = full.split('.').next().unwrap_or(full);
                    self.name_op(top, NameCtx::Store);
                }
            }
        }
        Ok(())
    }

    /// `target: annotation [= value]`. Module and class bodies record a
    /// simple name's annotation in `__annotations__` and evaluate other
    /// targets' annotations; functions never evaluate them. Without a
    /// value, an attribute or subscript target's operands are still
    /// evaluated, as CPython does.
    fn compile_ann_assign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        if let Some(v) = &a.value {
            self.compile_expr(v)?;
            self.compile_store(&a.target)?;
        }
        let evaluates = matches!(self.unit_ref().kind, ScopeKind::Module | ScopeKind::Class);
        match &*a.target {
            Expr::Name(n) if a.simple => {
                if evaluates {
                    self.set_line(a.annotation.range());
                    self.compile_annotation(&a.annotation)?;
                    let anns = self.add_name("__annotations__");
                    self.emit(Opcode::LoadName, anns);
                    self.load_const(Constant::Str(self.mangle(n.id.as_str())));
                    self.emit(Opcode::StoreSubscr, 0);
                }
                return Ok(());
            }
            Expr::Attribute(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Opcode::PopTop, 0);
            }
            Expr::Subscript(t) if a.value.is_none() => {
                self.compile_expr(&t.value)?;
                self.emit(Opcode::PopTop, 0);
                self.compile_expr(&t.slice)?;
                self.emit(Opcode::PopTop, 0);
            }
            _ => {}
        }
        if evaluates && !self.future_annotations {
            self.compile_expr(&a.annotation)?;
            self.emit(Opcode::PopTop, 0);
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        self.load_const(Constant::Int(i.level.into()));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let m = self.add_name(module);
        self.emit(Opcode::ImportName, m);
        if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
            if self.unit_ref().kind != crate::compile::symtable::ScopeKind::Module {
                return Err(self.error("import * only allowed at module level", i.range));
            }
            self.emit(Opcode::ImportStar, 0);
            return Ok(());
        }
        for alias in &i.names {
            let n = self.add_name(alias.name.as_str());
            self.emit(Opcode::ImportFrom, n);
            let stored = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(stored.as_str(), NameCtx::Store);
        }
        self.emit(Opcode::PopTop, 0);
        Ok(())
    }
}
