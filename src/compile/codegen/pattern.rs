//! The `match` statement (PEP 634), with CPython 3.11's semantics.
//!
//! # The value stack while a pattern runs
//!
//! Each case matches the subject (a copy of it, except in the last case
//! tested) against its pattern. Names a pattern captures are bound only
//! when the whole pattern has matched, as in CPython, so until then the
//! captured values wait on the value stack, among the values still to be
//! matched (sub-subjects, a mapping's keys tuple). The compiler keeps a
//! model of the stack above the case's base (`PatternCtx::stack`): each
//! slot is either work still to do or a capture with its name. Capturing
//! relabels its slot in place and costs no instruction; when the next
//! piece of work lies under captures, one `Swap` brings it up. When the
//! pattern has matched only captures remain; they are already in pattern
//! order in the usual cases (or a few swaps put them there), and are
//! stored from the top down, so names are bound in CPython's order.
//! (CPython instead rotates every capture under the remaining work as it
//! is made.)
//!
//! A failing check jumps to `fail[n]`, where `n` is the number of modelled
//! slots at that point: the code after the case pops `n, n - 1, .. 1`
//! values on the way to `fail[0]`, the next case, so every failure leaves
//! the stack as the case found it. An OR pattern runs each alternative on
//! a copy of its subject with a fresh model and fail labels; alternatives
//! that succeed permute their captures into the first alternative's order
//! and meet at one label.
//!
//! The instructions that do the matching (`MatchSequence`, `MatchMapping`,
//! `MatchKeys`, `MatchClass`, `DictWithoutKeys`) are in
//! `interp/patma.rs`. `MatchKeys` and `MatchClass` push every value they
//! fetch separately (with a success flag on top), so a matched class or
//! mapping needs no tuple to unpack.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use ruff_python_ast::{self as ast, Expr, Number, Operator, Pattern, Singleton, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler, Label, NameCtx};
use crate::bytecode::dis::constant_repr;
use crate::bytecode::opcodes::match_len;
use crate::bytecode::{BinaryOpKind, CompareKind, Constant, Opcode};
use crate::compile::fold;

/// A modelled value-stack slot above the case's base.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot<'a> {
    /// A value still to be matched or consumed; the number tells them apart.
    Work(u32),
    /// A captured value, bound to the name once the whole pattern matches.
    Capture(&'a str),
}

/// The state of one case's (or one OR alternative's) pattern.
struct PatternCtx<'a> {
    /// The stack above the base, bottom first.
    stack: Vec<Slot<'a>>,
    /// The names captured so far, in pattern order.
    stores: Vec<&'a str>,
    /// `fail[n]`: where a failure with `n` modelled slots goes.
    fail: Vec<Option<Label>>,
    /// Whether an irrefutable pattern is allowed here (a case that is last
    /// or has a guard, the last alternative of such an OR, sub-patterns).
    allow_irrefutable: bool,
    /// The pattern being compiled: where CPython reports errors.
    loc: TextRange,
    next_work: u32,
}

impl<'a> PatternCtx<'a> {
    fn new(allow_irrefutable: bool, loc: TextRange) -> PatternCtx<'a> {
        PatternCtx {
            stack: Vec::new(),
            stores: Vec::new(),
            fail: Vec::new(),
            allow_irrefutable,
            loc,
            next_work: 0,
        }
    }

    fn push_work(&mut self) -> u32 {
        let id = self.next_work;
        self.next_work += 1;
        self.stack.push(Slot::Work(id));
        id
    }

    /// Pushes `n` work slots for values pushed first-last (the first on
    /// top); returns their ids in value order.
    fn push_works(&mut self, n: usize) -> Vec<u32> {
        let mut ids = vec![0; n];
        for i in (0..n).rev() {
            ids[i] = self.push_work();
        }
        ids
    }

    /// The work slot on top (the current subject).
    fn top_work(&self) -> u32 {
        match self.stack.last() {
            Some(Slot::Work(id)) => *id,
            other => unreachable!("pattern subject is not on top: {other:?}"),
        }
    }

    /// Depth of a work slot (1 = top).
    fn depth_of(&self, id: u32) -> usize {
        let pos = self
            .stack
            .iter()
            .rposition(|s| *s == Slot::Work(id))
            .expect("work slot is modelled");
        self.stack.len() - pos
    }
}

/// `case _` (also in parentheses): matches anything, binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p,
        Pattern::MatchAs(ast::PatternMatchAs {
            pattern: None,
            name: None,
            ..
        })
    )
}

impl<'a, 's> Compiler<'a, 's> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.compile_expr(&m.subject)?;
        let end = self.new_label();
        let cases = &m.cases;
        // A trailing `case _` needs neither a copy of the subject nor a test.
        let has_default = cases.len() > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let tested = cases.len() - has_default as usize;
        for (i, case) in cases[..tested].iter().enumerate() {
            let last_tested = i == tested - 1;
            self.set_location(case.pattern.range());
            if !last_tested {
                self.emit(Opcode::Copy, 1);
            }
            let allow = case.guard.is_some() || i == cases.len() - 1;
            let mut pc = PatternCtx::new(allow, case.pattern.range());
            pc.push_work();
            self.compile_pattern(&case.pattern, &mut pc)?;
            // Bind the names in pattern order, as CPython does.
            debug_assert_eq!(pc.stack.len(), pc.stores.len());
            let order: Vec<Slot<'a>> = pc.stores.iter().rev().map(|&n| Slot::Capture(n)).collect();
            self.arrange_top(&mut pc, &order);
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(name, NameCtx::Store);
            }
            pc.stack.clear();
            if let Some(guard) = &case.guard {
                self.set_line(guard.range());
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last_tested {
                self.emit(Opcode::PopTop, 0);
            }
            self.compile_stmts(&case.body)?;
            self.emit_jump(Opcode::Jump, end);
            self.emit_fail_pops(&mut pc);
        }
        if has_default {
            let case = cases.last().expect("a default case");
            if let Some(guard) = &case.guard {
                self.set_line(guard.range());
                self.jump_if(guard, false, end)?;
            }
            self.compile_stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Instructions from here on belong to `range` (line and position), as
    /// CPython places a pattern's instructions at the pattern.
    fn set_location(&mut self, range: TextRange) {
        self.set_line(range);
        self.unit().pos = range;
    }

    // ----- failure paths ------------------------------------------------------

    fn fail_label(&mut self, pc: &mut PatternCtx<'a>, n: usize) -> Label {
        if pc.fail.len() <= n {
            pc.fail.resize(n + 1, None);
        }
        match pc.fail[n] {
            Some(l) => l,
            None => {
                let l = self.new_label();
                pc.fail[n] = Some(l);
                l
            }
        }
    }

    /// Emits `op` (a conditional jump or `Jump`) to the failure label for
    /// the modelled stack as it is now.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx<'a>, op: Opcode) {
        let n = pc.stack.len();
        let label = self.fail_label(pc, n);
        self.emit_jump(op, label);
    }

    /// The failure paths: `fail[n]` pops n values and falls into `fail[n-1]`.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx<'a>) {
        let fail = std::mem::take(&mut pc.fail);
        for (n, label) in fail.iter().enumerate().rev() {
            if let Some(l) = label {
                self.bind(*l);
            }
            if n > 0 {
                self.emit(Opcode::PopTop, 0);
            }
        }
    }

    // ----- the modelled stack ---------------------------------------------------

    /// Brings a work slot to the top with one `Swap`.
    fn bring_to_top(&mut self, pc: &mut PatternCtx<'a>, id: u32) {
        let depth = pc.depth_of(id);
        if depth > 1 {
            self.swap_top(pc, depth);
        }
    }

    /// Pops a work slot that is no longer needed.
    fn drop_work(&mut self, pc: &mut PatternCtx<'a>, id: u32) {
        self.bring_to_top(pc, id);
        self.emit(Opcode::PopTop, 0);
        pc.stack.pop();
    }

    /// Swaps the top slot with the one at `depth`.
    fn swap_top(&mut self, pc: &mut PatternCtx<'a>, depth: usize) {
        self.emit(Opcode::Swap, depth as u32);
        let len = pc.stack.len();
        pc.stack.swap(len - 1, len - depth);
    }

    /// Moves the given slots (wherever they are) to the top, in this order
    /// (bottom first). The top is the free place of a cycle sort: a slot
    /// on top that belongs in the arranged run is swapped to its place;
    /// otherwise the next misplaced slot is fetched to the top.
    fn arrange_top(&mut self, pc: &mut PatternCtx<'a>, order: &[Slot<'a>]) {
        let len = pc.stack.len();
        if order.is_empty() {
            return;
        }
        let base = len - order.len();
        let mut budget = 3 * len + 3;
        loop {
            budget -= 1;
            assert!(budget > 0, "arrange_top does not terminate");
            let top = pc.stack[len - 1];
            if let Some(p) = order.iter().position(|&s| s == top) {
                if base + p != len - 1 {
                    self.swap_top(pc, len - base - p);
                    continue;
                }
            }
            let Some(p) = (0..order.len()).find(|&p| pc.stack[base + p] != order[p]) else {
                break;
            };
            let q = pc
                .stack
                .iter()
                .rposition(|&s| s == order[p])
                .expect("arranged slots are modelled");
            self.swap_top(pc, len - q);
        }
    }

    // ----- patterns --------------------------------------------------------------

    /// Matches the subject on top of the stack; on success the subject is
    /// consumed and the pattern's captures are modelled in its place.
    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> CResult {
        pc.loc = p.range();
        self.set_location(p.range());
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, pc),
            Pattern::MatchSingleton(s) => self.pattern_singleton(s.value, pc),
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            // Stars are matched by their sequence; one anywhere else is in
            // parentheses, which CPython's grammar refuses.
            Pattern::MatchStar(s) => Err(self.error("invalid syntax", s.range)),
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        })
    }

    /// A pattern nested in another, where irrefutable patterns are fine.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx<'a>) -> CResult {
        let old = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.compile_pattern(p, pc);
        pc.allow_irrefutable = old;
        r
    }

    /// Checks a name about to be captured.
    fn check_capture(&self, name: &str, pc: &PatternCtx<'a>) -> CResult {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.contains(&name) {
            return Err(self.error(
                format!("multiple assignments to name '{name}' in pattern"),
                pc.loc,
            ));
        }
        Ok(())
    }

    /// `x` (captures the subject), `_` and `*_` (drop it).
    fn pattern_capture(
        &mut self,
        name: Option<&'a ast::Identifier>,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let id = pc.top_work();
        match name {
            None => {
                self.drop_work(pc, id);
                Ok(())
            }
            Some(n) => self.capture(pc, id, n.as_str()),
        }
    }

    /// Turns a work slot, wherever it is, into the capture of `name`.
    fn capture(&mut self, pc: &mut PatternCtx<'a>, id: u32, name: &'a str) -> CResult {
        self.check_capture(name, pc)?;
        pc.stores.push(name);
        let pos = pc.stack.len() - pc.depth_of(id);
        pc.stack[pos] = Slot::Capture(name);
        Ok(())
    }

    /// Matches the item in work slot `id` (an element, value or attribute
    /// of the enclosing pattern's subject). A plain capture takes the item
    /// where it lies; anything else needs it on top.
    fn match_item(&mut self, p: &'a Pattern, id: u32, pc: &mut PatternCtx<'a>) -> CResult {
        let name = match p {
            Pattern::MatchAs(ast::PatternMatchAs {
                pattern: None,
                name: Some(n),
                ..
            })
            | Pattern::MatchStar(ast::PatternMatchStar { name: Some(n), .. }) => n,
            Pattern::MatchStar(_) => {
                pc.loc = p.range();
                self.drop_work(pc, id);
                return Ok(());
            }
            _ => {
                self.bring_to_top(pc, id);
                return self.compile_subpattern(p, pc);
            }
        };
        pc.loc = p.range();
        self.set_location(p.range());
        self.capture(pc, id, name.as_str())
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternCtx<'a>) -> CResult {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                let msg = match &a.name {
                    Some(n) => format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        n.as_str()
                    ),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                };
                return Err(self.error(msg, pc.loc));
            }
            return self.pattern_capture(a.name.as_ref(), pc);
        };
        let Some(name) = &a.name else {
            return self.compile_pattern(inner, pc);
        };
        // Match a copy; the subject itself becomes the capture.
        let subject = pc.top_work();
        self.emit(Opcode::Copy, 1);
        pc.push_work();
        self.compile_pattern(inner, pc)?;
        self.capture(pc, subject, name.as_str())
    }

    /// A literal or a dotted name, compared with `==`.
    fn pattern_value(&mut self, value: &'a Expr, pc: &mut PatternCtx<'a>) -> CResult {
        self.load_pattern_value(value, pc.loc)?;
        self.emit(Opcode::CompareOp, CompareKind::Eq as u32);
        pc.stack.pop();
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        Ok(())
    }

    /// Pushes the value of a value pattern or a mapping pattern key.
    fn load_pattern_value(&mut self, value: &'a Expr, loc: TextRange) -> CResult {
        if let Some(c) = pattern_constant(value) {
            self.load_const(c);
            return Ok(());
        }
        if !matches!(value, Expr::Attribute(_)) {
            return Err(self.error(
                "patterns may only match literals and attribute lookups",
                loc,
            ));
        }
        self.compile_expr(value)
    }

    /// `None`, `True`, `False`, compared with `is`.
    fn pattern_singleton(&mut self, value: Singleton, pc: &mut PatternCtx<'a>) -> CResult {
        pc.stack.pop();
        match value {
            Singleton::None => self.jump_to_fail(pc, Opcode::PopJumpIfNotNone),
            Singleton::True | Singleton::False => {
                self.load_const(Constant::Bool(value == Singleton::True));
                self.emit(Opcode::IsOp, 0);
                self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            }
        }
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        seq: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let patterns = &seq.patterns[..];
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let Pattern::MatchStar(s) = p {
                if star_in_group(self.map.source(), seq.range, s.range) {
                    return Err(self.error("invalid syntax", s.range));
                }
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", pc.loc));
                }
                star_wildcard = s.name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
            } else {
                only_wildcard &= is_wildcard(p);
            }
        }
        let check = match star {
            None => match_len::EQUAL | (size as u32) << match_len::SHIFT,
            Some(_) if size > 1 => match_len::AT_LEAST | ((size - 1) as u32) << match_len::SHIFT,
            Some(_) => match_len::NONE,
        };
        self.emit(Opcode::MatchSequence, check);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        let subject = pc.top_work();
        if only_wildcard {
            self.drop_work(pc, subject);
        } else if star_wildcard {
            self.sequence_by_index(patterns, star.unwrap_or(size), subject, pc)?;
        } else {
            self.sequence_unpack(patterns, star, pc)?;
        }
        Ok(())
    }

    /// Unpacks the subject, then matches the items in order.
    fn sequence_unpack(
        &mut self,
        patterns: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let size = patterns.len();
        match star {
            None => self.emit(Opcode::UnpackSequence, size as u32),
            Some(i) => {
                let after = size - i - 1;
                if i >= 256 || after >= 1 << 23 {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        pc.loc,
                    ));
                }
                self.emit(Opcode::UnpackEx, i as u32 | (after as u32) << 8);
            }
        }
        pc.stack.pop();
        let items = pc.push_works(size);
        for (p, id) in patterns.iter().zip(items) {
            self.match_item(p, id, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: only the items that matter are fetched, by index
    /// (counted from the length for those after the star, as the subject
    /// may not take negative indices).
    fn sequence_by_index(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        subject: u32,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if i == star || is_wildcard(p) {
                continue;
            }
            let depth = pc.depth_of(subject);
            self.emit(Opcode::Copy, depth as u32);
            if i < star {
                self.load_const(Constant::Int(i.into()));
            } else {
                self.emit(Opcode::GetLen, 0);
                self.load_const(Constant::Int((size - i).into()));
                self.emit(Opcode::BinaryOp, BinaryOpKind::Subtract as u32);
            }
            self.emit(Opcode::BinarySubscr, 0);
            pc.push_work();
            self.compile_subpattern(p, pc)?;
        }
        self.drop_work(pc, subject);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternCtx<'a>,
    ) -> CResult {
        let size = m.keys.len();
        let check = if size > 0 {
            match_len::AT_LEAST | (size as u32) << match_len::SHIFT
        } else {
            match_len::NONE
        };
        self.emit(Opcode::MatchMapping, check);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        let subject = pc.top_work();
        if size == 0 && m.rest.is_none() {
            self.drop_work(pc, subject);
            return Ok(());
        }
        // Literal keys must differ; value-pattern keys are checked when
        // the instruction reaches them.
        let mut literals: Vec<Constant> = Vec::with_capacity(size);
        let mut all_literal = true;
        for key in &m.keys {
            match pattern_constant(key) {
                Some(c) => {
                    if literals.iter().any(|seen| constants_equal(seen, &c)) {
                        return Err(self.error(
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                constant_repr(&c)
                            ),
                            pc.loc,
                        ));
                    }
                    literals.push(c);
                }
                None if matches!(key, Expr::Attribute(_)) => all_literal = false,
                None => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        pc.loc,
                    ))
                }
            }
        }
        if all_literal {
            self.load_const(Constant::Tuple(literals));
        } else {
            for key in &m.keys {
                self.load_pattern_value(key, pc.loc)?;
            }
            self.emit(Opcode::BuildTuple, size as u32);
        }
        let keys = pc.push_work();
        if size > 0 {
            self.emit(Opcode::MatchKeys, size as u32);
            let values = pc.push_works(size);
            self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
            for (p, id) in m.patterns.iter().zip(values) {
                reject_star(self, p)?;
                self.match_item(p, id, pc)?;
            }
        }
        match &m.rest {
            Some(rest) => {
                self.arrange_top(pc, &[Slot::Work(subject), Slot::Work(keys)]);
                self.emit(Opcode::DictWithoutKeys, 0);
                pc.stack.truncate(pc.stack.len() - 2);
                pc.push_work();
                self.pattern_capture(Some(rest), pc)
            }
            None => {
                self.drop_work(pc, keys);
                self.drop_work(pc, subject);
                Ok(())
            }
        }
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx<'a>) -> CResult {
        let args = &c.arguments;
        for (i, kw) in args.keywords.iter().enumerate() {
            let name = kw.attr.as_str();
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__", kw.pattern.range()));
            }
            if let Some(dup) = args.keywords[i + 1..]
                .iter()
                .find(|k| k.attr.as_str() == name)
            {
                return Err(self.error(
                    format!("attribute name repeated in class pattern: {name}"),
                    dup.pattern.range(),
                ));
            }
        }
        if !matches!(&*c.cls, Expr::Name(_) | Expr::Attribute(_)) {
            return Err(self.error("invalid syntax", c.cls.range()));
        }
        self.compile_expr(&c.cls)?;
        let names = args
            .keywords
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().to_string()))
            .collect();
        self.load_const(Constant::Tuple(names));
        let total = args.patterns.len() + args.keywords.len();
        self.emit(Opcode::MatchClass, total as u32);
        pc.stack.pop();
        let attrs = pc.push_works(total);
        self.jump_to_fail(pc, Opcode::PopJumpIfFalse);
        let subpatterns = args
            .patterns
            .iter()
            .chain(args.keywords.iter().map(|k| &k.pattern));
        for (p, id) in subpatterns.zip(attrs) {
            reject_star(self, p)?;
            if is_wildcard(p) {
                self.drop_work(pc, id);
            } else {
                self.match_item(p, id, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_or(&mut self, alternatives: &'a [Pattern], pc: &mut PatternCtx<'a>) -> CResult {
        let end = self.new_label();
        let subject = pc.top_work();
        let last = alternatives.len() - 1;
        // The first alternative's captures: their stack order, which the
        // others are permuted into, and their pattern order.
        let mut control: Option<(Vec<Slot<'a>>, Vec<&'a str>)> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            let mut apc = PatternCtx::new(i == last && pc.allow_irrefutable, pc.loc);
            self.emit(Opcode::Copy, 1);
            apc.push_work();
            self.compile_pattern(alt, &mut apc)?;
            pc.loc = apc.loc;
            match &control {
                None => control = Some((apc.stack.clone(), apc.stores.clone())),
                Some((ctl, _)) => {
                    let same =
                        ctl.len() == apc.stack.len() && ctl.iter().all(|s| apc.stack.contains(s));
                    if !same {
                        return Err(self.error("alternative patterns bind different names", pc.loc));
                    }
                    self.arrange_top(&mut apc, ctl);
                }
            }
            self.emit_jump(Opcode::Jump, end);
            self.emit_fail_pops(&mut apc);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Opcode::PopTop, 0);
        let n = pc.stack.len() - 1;
        let fail = self.fail_label(pc, n);
        self.emit_jump(Opcode::Jump, fail);
        self.bind(end);
        // The captures sit on the subject: check and model them, then drop
        // the subject from under them.
        let (slots, names) = control.unwrap_or_default();
        for name in names {
            self.check_capture(name, pc)?;
            pc.stores.push(name);
        }
        pc.stack.extend(slots);
        self.drop_work(pc, subject);
        Ok(())
    }
}

/// The constant a value pattern or mapping key denotes: a literal, a
/// negated number, or a complex literal `real +/- imag j`.
fn pattern_constant(e: &Expr) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => fold::const_of(e),
        Expr::UnaryOp(u) if u.op == UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => Constant::Int(-fold::int_literal(i)),
                Number::Float(f) => Constant::Float(-f),
                Number::Complex { real, imag } => Constant::Complex(-real, -imag),
            }),
            _ => None,
        },
        Expr::BinOp(b) if matches!(b.op, Operator::Add | Operator::Sub) => {
            let Expr::NumberLiteral(ast::ExprNumberLiteral {
                value:
                    Number::Complex {
                        real: r_re,
                        imag: r_im,
                    },
                ..
            }) = &*b.right
            else {
                return None;
            };
            let left = match pattern_constant(&b.left)? {
                Constant::Int(i) => i.to_f64()?,
                Constant::Float(f) => f,
                _ => return None,
            };
            Some(if b.op == Operator::Add {
                Constant::Complex(left + r_re, 0.0 + r_im)
            } else {
                Constant::Complex(left - r_re, 0.0 - r_im)
            })
        }
        _ => None,
    }
}

/// A number constant as a complex value, with its exact int when it is one.
fn numeric(c: &Constant) -> Option<(Option<BigInt>, f64, f64)> {
    match c {
        Constant::Bool(b) => Some((Some(BigInt::from(*b as u8)), *b as u8 as f64, 0.0)),
        Constant::Int(i) => Some((Some(i.clone()), i.to_f64().unwrap_or(f64::NAN), 0.0)),
        Constant::Float(f) => Some((None, *f, 0.0)),
        Constant::Complex(re, im) => Some((None, *re, *im)),
        _ => None,
    }
}

/// Python's `==` on the constants mapping pattern keys can be (what a set
/// of them would find equal).
fn constants_equal(a: &Constant, b: &Constant) -> bool {
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        return match (&x.0, &y.0) {
            (Some(i), Some(j)) => i == j,
            // An int equals a float only when the float holds it exactly.
            (Some(i), None) => exact_int_eq(i, y.1, y.2),
            (None, Some(j)) => exact_int_eq(j, x.1, x.2),
            (None, None) => x.1 == y.1 && x.2 == y.2,
        };
    }
    match (a, b) {
        (Constant::None, Constant::None) => true,
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        _ => false,
    }
}

fn exact_int_eq(i: &BigInt, re: f64, im: f64) -> bool {
    im == 0.0 && re.fract() == 0.0 && BigInt::from_f64(re).as_ref() == Some(i)
}

/// A star pattern outside a sequence (in parentheses, as ruff accepts).
fn reject_star(c: &Compiler, p: &Pattern) -> CResult {
    match p {
        Pattern::MatchStar(s) => Err(c.error("invalid syntax", s.range)),
        _ => Ok(()),
    }
}

/// Whether the star at `star` sits inside parentheses of its own (`[(*x)]`,
/// which ruff accepts and CPython's grammar does not) rather than directly
/// in the sequence `seq`: some bracket opened after the sequence's own
/// opening bracket is still open at the star.
fn star_in_group(src: &str, seq: TextRange, star: TextRange) -> bool {
    let text = &src[usize::from(seq.start())..usize::from(seq.end())];
    let star_at = usize::from(star.start()) - usize::from(seq.start());
    // Open brackets (their offsets) at each point, strings and comments skipped.
    let mut open: Vec<usize> = Vec::new();
    let mut own_bracket_closes_at_end = false;
    let mut open_at_star: Option<Vec<usize>> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if i == star_at {
            open_at_star = Some(open.clone());
        }
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                i += 1;
                while i < bytes.len() && bytes[i] != q {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            b'(' | b'[' | b'{' => open.push(i),
            b')' | b']' | b'}' => {
                let closed = open.pop();
                own_bracket_closes_at_end |= closed == Some(0) && i == bytes.len() - 1;
            }
            _ => {}
        }
        i += 1;
    }
    let Some(open) = open_at_star else {
        return false;
    };
    let own = usize::from(own_bracket_closes_at_end);
    open.len() > own
}
