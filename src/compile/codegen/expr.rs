//! Expressions: values, calls, operators, displays and conditional jumps.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, ExprContext, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, CallLead, Compiler, Label, NameCtx};
use crate::bytecode::opcodes::INPLACE_OFFSET;
use crate::bytecode::{BinaryOpKind, CompareKind, Constant, Opcode};
use crate::compile::fold;
use crate::compile::symtable::NameScope;

/// Displays longer than this are built incrementally to bound the stack.
const MAX_DISPLAY_ON_STACK: usize = 30;
/// Dict displays push at most this many pairs before building.
const MAX_MAP_ON_STACK: usize = 16;

pub(super) fn binop_kind(op: Operator) -> BinaryOpKind {
    match op {
        Operator::Add => BinaryOpKind::Add,
        Operator::Sub => BinaryOpKind::Subtract,
        Operator::Mult => BinaryOpKind::Multiply,
        Operator::MatMult => BinaryOpKind::MatMul,
        Operator::Div => BinaryOpKind::TrueDivide,
        Operator::Mod => BinaryOpKind::Remainder,
        Operator::Pow => BinaryOpKind::Power,
        Operator::LShift => BinaryOpKind::LShift,
        Operator::RShift => BinaryOpKind::RShift,
        Operator::BitOr => BinaryOpKind::Or,
        Operator::BitXor => BinaryOpKind::Xor,
        Operator::BitAnd => BinaryOpKind::And,
        Operator::FloorDiv => BinaryOpKind::FloorDivide,
    }
}

pub(super) fn inplace_arg(op: Operator) -> u32 {
    binop_kind(op) as u32 + INPLACE_OFFSET
}

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        let old = self.set_line(e.range());
        let old_pos = std::mem::replace(&mut self.unit().pos, e.range());
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.compile_expr_inner(e));
        self.unit().line = old;
        self.unit().pos = old_pos;
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = fold::const_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::NumberLiteral(_) => unreachable!("number literals are constants"),
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load);
                Ok(())
            }
            Expr::Attribute(a) => {
                self.compile_expr(&a.value)?;
                let old = self.set_line(a.attr.range);
                let i = self.add_name(&self.mangle(a.attr.as_str()));
                self.emit(Opcode::LoadAttr, i);
                self.unit().line = old;
                Ok(())
            }
            Expr::Subscript(s) => {
                self.compile_expr(&s.value)?;
                self.compile_expr(&s.slice)?;
                self.emit(Opcode::BinarySubscr, 0);
                Ok(())
            }
            Expr::Slice(s) => self.compile_slice(s),
            Expr::BinOp(b) => {
                self.compile_expr(&b.left)?;
                self.compile_expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binop_kind(b.op) as u32);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.compile_expr(&u.operand)?;
                let op = match u.op {
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::USub => Opcode::UnaryNegative,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::Invert => Opcode::UnaryInvert,
                };
                self.emit(op, 0);
                Ok(())
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    BoolOp::And => Opcode::JumpIfFalseOrPop,
                    BoolOp::Or => Opcode::JumpIfTrueOrPop,
                };
                let (last, rest) = b
                    .values
                    .split_last()
                    .expect("a boolean operation has operands");
                for v in rest {
                    self.compile_expr(v)?;
                    self.emit_jump(op, end);
                }
                self.compile_expr(last)?;
                self.bind(end);
                Ok(())
            }
            Expr::Compare(c) => self.compile_compare(c),
            Expr::Call(c) => self.compile_call(c),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.compile_expr(&i.body)?;
                self.emit_jump(Opcode::Jump, end);
                self.bind(orelse);
                self.compile_expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Named(n) => {
                self.compile_expr(&n.value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(&n.target)
            }
            Expr::Lambda(l) => self.compile_lambda(l),
            Expr::List(l) => self.compile_sequence(&l.elts, SeqKind::List),
            Expr::Tuple(t) => self.compile_sequence(&t.elts, SeqKind::Tuple),
            Expr::Set(s) => self.compile_sequence(&s.elts, SeqKind::Set),
            Expr::Dict(d) => self.compile_dict(d),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.compile_comprehension(e)
            }
            Expr::Yield(y) => {
                self.check_in_function("'yield' outside function", y.range)?;
                match &y.value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Opcode::YieldValue, 0);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.check_in_function("'yield' outside function", y.range)?;
                self.compile_expr(&y.value)?;
                self.emit(Opcode::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                self.emit(Opcode::YieldFrom, 0);
                Ok(())
            }
            Expr::Await(a) => {
                // Only `async def` may await, and weft has none.
                let msg = if self.unit_ref().kind.is_function_like() {
                    "'await' outside async function"
                } else {
                    "'await' outside function"
                };
                Err(self.error(msg, a.range))
            }
            Expr::FString(f) => self.compile_fstring(&f.value),
            Expr::TString(t) => Err(self.error("invalid syntax", t.range)),
            Expr::Starred(s) => Err(self.error("can't use starred expression here", s.range)),
            Expr::IpyEscapeCommand(i) => Err(self.error("invalid syntax", i.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("literals are constants"),
        }
    }

    fn check_in_function(&self, msg: &str, range: TextRange) -> CResult {
        if self.unit_ref().kind.is_function_like() {
            Ok(())
        } else {
            Err(self.error(msg, range))
        }
    }

    fn compile_slice(&mut self, s: &'a ast::ExprSlice) -> CResult {
        for part in [&s.lower, &s.upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.load_const(Constant::None),
            }
        }
        match &s.step {
            Some(step) => {
                self.compile_expr(step)?;
                self.emit(Opcode::BuildSlice, 3);
            }
            None => self.emit(Opcode::BuildSlice, 2),
        }
        Ok(())
    }

    /// Evaluates expressions into one tuple on the stack.
    pub fn compile_tuple_of(&mut self, items: &[&'a Expr]) -> CResult {
        let consts: Option<Vec<Constant>> = items.iter().map(|e| fold::const_of(e)).collect();
        if let Some(c) = consts {
            self.load_const(Constant::Tuple(c));
            return Ok(());
        }
        for e in items {
            self.compile_expr(e)?;
        }
        self.emit(Opcode::BuildTuple, items.len() as u32);
        Ok(())
    }

    // ----- comparisons --------------------------------------------------------

    fn emit_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::CompareOp, CompareKind::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::CompareOp, CompareKind::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::CompareOp, CompareKind::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::CompareOp, CompareKind::Le as u32),
            CmpOp::Gt => self.emit(Opcode::CompareOp, CompareKind::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::CompareOp, CompareKind::Ge as u32),
            CmpOp::Is => self.emit(Opcode::IsOp, 0),
            CmpOp::IsNot => self.emit(Opcode::IsOp, 1),
            CmpOp::In => self.emit(Opcode::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Opcode::ContainsOp, 1),
        }
    }

    /// `a < b < c`: b is evaluated once; a false link short-circuits.
    fn compile_compare(&mut self, c: &'a ast::ExprCompare) -> CResult {
        self.compile_expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.compile_expr(&c.comparators[0])?;
            self.emit_compare(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&c.comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.emit_compare(c.ops[i]);
            self.emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&c.comparators[n - 1])?;
        self.emit_compare(c.ops[n - 1]);
        self.emit_jump(Opcode::Jump, end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.emit(Opcode::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `e` equals `cond`; falls through
    /// otherwise. Boolean operators and `not` become jumps, never values.
    pub fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        if let Some(c) = fold::const_of(e) {
            if fold::truthy(&c) == cond {
                self.emit_jump(Opcode::Jump, target);
            }
            return Ok(());
        }
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.jump_if(&u.operand, !cond, target),
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOp::Or;
                let (last, rest) = b
                    .values
                    .split_last()
                    .expect("a boolean operation has operands");
                if cond == is_or {
                    for v in rest {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(last, cond, target)
                } else {
                    let next = self.new_label();
                    for v in rest {
                        self.jump_if(v, !cond, next)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(next);
                    Ok(())
                }
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot)
                    && matches!(c.comparators[0], Expr::NoneLiteral(_)) =>
            {
                let old = self.set_line(c.range);
                self.compile_expr(&c.left)?;
                let is = c.ops[0] == CmpOp::Is;
                let op = if is == cond {
                    Opcode::PopJumpIfNone
                } else {
                    Opcode::PopJumpIfNotNone
                };
                self.emit_jump(op, target);
                self.unit().line = old;
                Ok(())
            }
            _ => {
                self.compile_expr(e)?;
                let op = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.emit_jump(op, target);
                Ok(())
            }
        }
    }

    // ----- calls ------------------------------------------------------------------

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult {
        self.validate_keywords(&c.arguments.keywords)?;
        let args = &c.arguments.args;
        let keywords = &c.arguments.keywords;
        let starred =
            args.iter().any(|a| a.is_starred_expr()) || keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            Expr::Attribute(attr) if attr.ctx == ExprContext::Load => {
                self.compile_expr(&attr.value)?;
                let old = self.set_line(attr.attr.range);
                let i = self.add_name(&self.mangle(attr.attr.as_str()));
                let call_pos = std::mem::replace(&mut self.unit().pos, c.func.range());
                if starred {
                    self.emit(Opcode::LoadAttr, i);
                    self.emit(Opcode::PushNull, 0);
                } else {
                    self.emit(Opcode::LoadMethod, i);
                }
                self.unit().pos = call_pos;
                let r = self.compile_call_args(&[], 0, args, keywords, c.range());
                self.unit().line = old;
                r
            }
            Expr::Name(n)
                if args.is_empty() && keywords.is_empty() && self.is_zero_arg_super(n) =>
            {
                // `super()` in a method becomes `super(__class__, <first
                // argument>)`: weft's frames are not introspected at run
                // time, so the compiler supplies what CPython's super()
                // reads from the calling frame.
                self.compile_expr(&c.func)?;
                self.emit(Opcode::PushNull, 0);
                let class_cell = self.cell_slot("__class__").map_or(0, |i| i + 1);
                self.emit(Opcode::LoadSuperArgs, class_cell);
                self.emit(Opcode::Call, 2);
                Ok(())
            }
            func => {
                if self.reads_caller_locals(func) {
                    self.emit(Opcode::PublishLocals, 0);
                }
                self.compile_expr(func)?;
                self.emit(Opcode::PushNull, 0);
                self.compile_call_args(&[], 0, args, keywords, c.range())
            }
        }
    }

    /// Whether `func(...)`, in a function, calls a builtin that reads the
    /// caller's local variables (`locals`, `vars`, `dir`, `eval`, `exec`).
    fn reads_caller_locals(&self, func: &Expr) -> bool {
        let Expr::Name(n) = func else { return false };
        let u = self.unit_ref();
        u.kind.is_function_like()
            && matches!(n.id.as_str(), "locals" | "vars" | "dir" | "eval" | "exec")
            && matches!(
                self.table.scopes[u.scope].scope_of(n.id.as_str()),
                NameScope::GlobalImplicit
            )
    }

    /// Whether `name(...)` is a zero-argument `super()` that can be given
    /// its arguments here: the builtin `super`, called in a function with
    /// a first positional parameter. (Without one, the plain call raises
    /// CPython's "super(): no arguments"; `*args` does not count.)
    /// `LoadSuperArgs` reports a missing `__class__` cell or a deleted
    /// first argument at run time, as CPython does.
    fn is_zero_arg_super(&self, name: &ast::ExprName) -> bool {
        if name.id.as_str() != "super" {
            return false;
        }
        let u = self.unit_ref();
        let scope = &self.table.scopes[u.scope];
        u.kind.is_function_like()
            && u.arg_count > 0
            && !u.varnames.is_empty()
            && matches!(scope.scope_of("super"), NameScope::GlobalImplicit)
    }

    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[..i]
                .iter()
                .any(|p| p.arg.as_ref().is_some_and(|n| n.as_str() == name.as_str()))
            {
                return Err(self.error(
                    format!("keyword argument repeated: {}", name.as_str()),
                    k.range,
                ));
            }
        }
        Ok(())
    }

    /// Pushes a call's arguments and emits the call. `lead` values are
    /// positional arguments placed before the user's; `pre_pushed` more are
    /// already on the stack (above the callable and its self/NULL slot).
    pub fn compile_call_args(
        &mut self,
        lead: &[CallLead],
        pre_pushed: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        _range: TextRange,
    ) -> CResult {
        let starred =
            args.iter().any(|a| a.is_starred_expr()) || keywords.iter().any(|k| k.arg.is_none());
        for l in lead {
            match l {
                CallLead::Const(c) => self.load_const(c.clone()),
            }
        }
        let lead_n = pre_pushed + lead.len() as u32;
        if !starred {
            for a in args.iter() {
                self.compile_expr(a)?;
            }
            let n = lead_n + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Opcode::Call, n);
            } else {
                let mut names = Vec::with_capacity(keywords.len());
                for k in keywords.iter() {
                    self.compile_expr(&k.value)?;
                    names.push(Constant::Str(
                        k.arg
                            .as_ref()
                            .map_or(String::new(), |a| a.as_str().to_string()),
                    ));
                }
                self.load_const(Constant::Tuple(names));
                self.emit(Opcode::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // Positional arguments as one tuple.
        let first_star = args
            .iter()
            .position(|a| a.is_starred_expr())
            .unwrap_or(args.len());
        for a in &args[..first_star] {
            self.compile_expr(a)?;
        }
        let plain = lead_n + first_star as u32;
        if let ([Expr::Starred(only)], 0) = (args, plain) {
            // `f(*x)`: x goes to the call as it is, so that a non-iterable
            // x is reported with the function's name, as CPython does.
            self.compile_expr(&only.value)?;
        } else if first_star == args.len() {
            self.emit(Opcode::BuildTuple, plain);
        } else {
            self.emit(Opcode::BuildList, plain);
            for a in &args[first_star..] {
                match a {
                    Expr::Starred(s) => {
                        self.compile_expr(&s.value)?;
                        self.emit(Opcode::ListExtend, 1);
                    }
                    other => {
                        self.compile_expr(other)?;
                        self.emit(Opcode::ListAppend, 1);
                    }
                }
            }
            self.emit(Opcode::ListToTuple, 0);
        }
        // Keyword arguments as one dict.
        if keywords.is_empty() {
            self.emit(Opcode::CallFunctionEx, 0);
            return Ok(());
        }
        let mut have_dict = false;
        let mut pending: Vec<&'a ast::Keyword> = Vec::new();
        for k in keywords.iter() {
            if k.arg.is_some() {
                pending.push(k);
                continue;
            }
            self.flush_keywords(&mut pending, &mut have_dict)?;
            if !have_dict {
                self.emit(Opcode::BuildMap, 0);
                have_dict = true;
            }
            self.compile_expr(&k.value)?;
            self.emit(Opcode::DictMerge, 1);
        }
        self.flush_keywords(&mut pending, &mut have_dict)?;
        self.emit(Opcode::CallFunctionEx, 1);
        Ok(())
    }

    fn flush_keywords(
        &mut self,
        pending: &mut Vec<&'a ast::Keyword>,
        have_dict: &mut bool,
    ) -> CResult {
        if pending.is_empty() {
            return Ok(());
        }
        for k in pending.iter() {
            let name = k.arg.as_ref().map_or("", |a| a.as_str()).to_string();
            self.load_const(Constant::Str(name));
            self.compile_expr(&k.value)?;
        }
        self.emit(Opcode::BuildMap, pending.len() as u32);
        if *have_dict {
            self.emit(Opcode::DictMerge, 1);
        }
        *have_dict = true;
        pending.clear();
        Ok(())
    }

    // ----- displays -------------------------------------------------------------

    fn compile_sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
        let (build, add, extend) = match kind {
            SeqKind::List | SeqKind::Tuple => {
                (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)
            }
            SeqKind::Set => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let has_star = elts.iter().any(|e| e.is_starred_expr());
        if !has_star && elts.len() >= 3 && kind != SeqKind::Tuple {
            let consts: Option<Vec<Constant>> = elts.iter().map(fold::const_of).collect();
            if let Some(c) = consts {
                self.emit(build, 0);
                self.load_const(if kind == SeqKind::Set {
                    Constant::FrozenSet(c)
                } else {
                    Constant::Tuple(c)
                });
                self.emit(extend, 1);
                return Ok(());
            }
        }
        if !has_star && elts.len() <= MAX_DISPLAY_ON_STACK {
            for e in elts {
                self.compile_expr(e)?;
            }
            let op = if kind == SeqKind::Tuple {
                Opcode::BuildTuple
            } else {
                build
            };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        let leading = if has_star {
            elts.iter().position(|e| e.is_starred_expr()).unwrap_or(0)
        } else {
            0
        };
        for e in &elts[..leading] {
            self.compile_expr(e)?;
        }
        self.emit(build, leading as u32);
        for e in &elts[leading..] {
            match e {
                Expr::Starred(s) => {
                    self.compile_expr(&s.value)?;
                    self.emit(extend, 1);
                }
                other => {
                    self.compile_expr(other)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Opcode::ListToTuple, 0);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult {
        let mut have = false;
        let mut pending = 0u32;
        for item in &d.items {
            match &item.key {
                None => {
                    if !have {
                        self.emit(Opcode::BuildMap, pending);
                        have = true;
                        pending = 0;
                    }
                    self.compile_expr(&item.value)?;
                    self.emit(Opcode::DictUpdate, 1);
                }
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(&item.value)?;
                    if have {
                        self.emit(Opcode::MapAdd, 1);
                    } else {
                        pending += 1;
                        if pending as usize == MAX_MAP_ON_STACK {
                            self.emit(Opcode::BuildMap, pending);
                            have = true;
                            pending = 0;
                        }
                    }
                }
            }
        }
        if !have {
            self.emit(Opcode::BuildMap, pending);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}
