//! `try`, `with`, and leaving them early.
//!
//! The layouts are CPython 3.11's. With `d` the stack depth at the `try`:
//!
//! ```text
//! try/except                      try/finally
//!   body        [handler H]         body            [handler F]
//!   orelse                          finalbody       (normal path, inline)
//!   Jump end                        Jump end
//! H: [d.., exc]                   F: [d.., exc]
//!   PushExcInfo [cleanup C]         PushExcInfo     [cleanup C]
//!   <type>; CheckExcMatch           finalbody
//!   PopJumpIfFalse next             Reraise 0
//!   bind/PopTop; body; PopExcept  C: [d.., prev, lasti, exc2]
//!   Jump end                        Copy 3; PopExcept; Reraise 1
//! next: ... Reraise 0
//! C: Copy 3; PopExcept; Reraise 1
//! ```
//!
//! A handler's body runs with the previously handled exception (`prev`) on
//! the stack so that `PopExcept` can restore it on every way out.

use ruff_python_ast::{self as ast, ExceptHandler};

use super::{CResult, Compiler, FBlock, FBlockKind, NameCtx};
use crate::bytecode::{Constant, Opcode};

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_try(&mut self, t: &'a ast::StmtTry) -> CResult {
        if t.is_star {
            return Err(self.unsupported("'except*' (exception groups)", t.range));
        }
        if t.finalbody.is_empty() {
            self.compile_try_except(t)
        } else {
            self.compile_try_finally(t)
        }
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let outer = self.unit_ref().handler_stack.len();
        self.push_handler(handler, false, 0);
        self.push_fblock_outside(FBlockKind::FinallyTry(&t.finalbody), outer);
        if t.handlers.is_empty() {
            self.compile_stmts(&t.body)?;
        } else {
            self.compile_try_except(t)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.compile_stmts(&t.finalbody)?;
        self.emit_jump(Opcode::Jump, end);

        self.bind(handler);
        self.set_line(t.range);
        self.push_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        self.push_fblock_outside(FBlockKind::FinallyEnd, outer);
        self.compile_stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// The cleanup handler shared by except clauses and finally bodies:
    /// `[prev, lasti, exc]` -> restore prev, re-raise exc.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::Reraise, 1);
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let end = self.new_label();
        let body_handler = self.new_label();
        let cleanup = self.new_label();
        let outer = self.unit_ref().handler_stack.len();
        self.push_handler(body_handler, false, 0);
        self.push_fblock(FBlockKind::TryExcept);
        self.compile_stmts(&t.body)?;
        self.pop_fblock();
        self.pop_handler();
        self.compile_stmts(&t.orelse)?;
        self.emit_jump(Opcode::Jump, end);

        self.bind(body_handler);
        self.set_line(t.range);
        self.push_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            let ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            if h.type_.is_none() && i + 1 != n {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.compile_expr(ty)?;
                self.emit(Opcode::CheckExcMatch, 0);
                self.emit_jump(Opcode::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str();
                    self.name_op(name, NameCtx::Store);
                    let cleanup_body = self.new_label();
                    self.push_handler(cleanup_body, true, 0);
                    self.push_fblock_outside(FBlockKind::HandlerCleanup(Some(name)), outer);
                    self.compile_stmts(&h.body)?;
                    self.pop_fblock();
                    self.pop_handler();
                    let cleanup_id = self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.clear_name(name);
                    self.emit_jump(Opcode::Jump, end);
                    self.resume_handler(cleanup_id);
                    self.bind(cleanup_body);
                    self.clear_name(name);
                    self.emit(Opcode::Reraise, 1);
                }
                None => {
                    self.emit(Opcode::PopTop, 0);
                    self.push_fblock_outside(FBlockKind::HandlerCleanup(None), outer);
                    self.compile_stmts(&h.body)?;
                    self.pop_fblock();
                    let cleanup_id = self.pop_handler();
                    self.emit(Opcode::PopExcept, 0);
                    self.emit_jump(Opcode::Jump, end);
                    self.resume_handler(cleanup_id);
                }
            }
            self.bind(next);
        }
        self.emit(Opcode::Reraise, 0);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`, as at the end of `except E as name`.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Constant::None);
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Del);
    }

    /// `with a as x, b as y: body` is `with a as x: with b as y: body`.
    pub fn compile_with(&mut self, w: &'a ast::StmtWith, index: usize) -> CResult {
        if w.is_async {
            return Err(self.unsupported("'async with'", w.range));
        }
        let item = &w.items[index];
        let end = self.new_label();
        let handler = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.set_line(item.range);
        self.compile_expr(&item.context_expr)?;
        self.emit(Opcode::BeforeWith, 0);
        let outer = self.unit_ref().handler_stack.len();
        // The handler keeps [exit] (the enter result is not yet stored).
        self.push_handler(handler, true, -1);
        match &item.optional_vars {
            Some(target) => self.compile_store(target)?,
            None => self.emit(Opcode::PopTop, 0),
        }
        self.push_fblock_outside(FBlockKind::With, outer);
        if index + 1 < w.items.len() {
            self.compile_with(w, index + 1)?;
        } else {
            self.compile_stmts(&w.body)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.set_line(w.range);
        self.call_exit_with_nones();
        self.emit_jump(Opcode::Jump, end);

        // [exit, lasti, exc]
        self.bind(handler);
        self.push_handler(cleanup, true, 0);
        self.emit(Opcode::PushExcInfo, 0);
        self.emit(Opcode::WithExceptStart, 0);
        self.emit_jump(Opcode::PopJumpIfTrue, suppress);
        self.emit(Opcode::Reraise, 2);
        self.pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        // Suppressed: [exit, lasti, prev, exc] -> [].
        self.bind(suppress);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopExcept, 0);
        self.emit(Opcode::PopTop, 0);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// `[exit]` -> `[exit(None, None, None)]`.
    fn call_exit_with_nones(&mut self) {
        self.emit(Opcode::PushNull, 0);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 3);
        self.emit(Opcode::PopTop, 0);
    }

    /// Emits the inline exits of the frame blocks being left, innermost
    /// first. With `stop_at_loop`, stops at (and returns) the innermost
    /// loop; `preserve_tos` keeps a return value on top throughout. The
    /// caller restores the handler stack afterwards.
    pub fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.unit_ref().fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop
            && matches!(
                top.kind,
                FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
            )
        {
            return Ok(Some(top));
        }
        self.unit().fblocks.pop();
        let r = self
            .unwind_one(top, preserve_tos)
            .and_then(|_| self.unwind_fblocks(preserve_tos, stop_at_loop));
        self.unit().fblocks.push(top);
        r
    }

    fn unwind_one(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult {
        self.unit().handler_stack.truncate(fb.handlers_len);
        match fb.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept => {}
            FBlockKind::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
            FBlockKind::FinallyTry(body) => {
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue);
                }
                self.compile_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
            }
            FBlockKind::With => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
            }
            FBlockKind::HandlerCleanup(name) => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopExcept, 0);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.emit(Opcode::PopTop, 0);
            }
        }
        Ok(())
    }
}
