//! Code objects: what the compiler produces and the interpreter runs.
//!
//! A `CodeObject` is immutable once built except for its units, which are
//! atomic words so that quickening and inline-cache writes by one thread are
//! never torn reads for another (DESIGN.md decision 7). Constants are kept
//! as plain `Constant` data; the runtime materializes them as `Value`s when
//! the code is loaded into an interpreter, so this module (and the compiler)
//! need no heap.

use std::sync::atomic::{AtomicU64, AtomicU8, Ordering};
use std::sync::Arc;

use num_bigint::BigInt;

use super::opcodes::{self, Opcode};

/// `CodeObject::flags` bits.
pub mod flags {
    /// The function takes `*args`.
    pub const VARARGS: u32 = 0x04;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x08;
    /// The code is nested in a function (it may have free variables).
    pub const NESTED: u32 = 0x10;
    /// The body contains `yield`: calling the function makes a generator.
    pub const GENERATOR: u32 = 0x20;
    /// A class body: runs with a locals mapping (LoadName/StoreName).
    pub const CLASS_BODY: u32 = 0x1000;
    /// Module-level code.
    pub const MODULE: u32 = 0x2000;
}

/// A compile-time constant.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    /// A complex literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset of constants, built by adding them in this order (set
    /// displays of three or more constants, as CPython compiles them).
    FrozenSet(Vec<Constant>),
    Ellipsis,
    Code(Arc<CodeObject>),
}

impl PartialEq for Constant {
    /// Constants are equal when they are the same constant for dedup
    /// purposes: same type and same value (so `1`, `1.0` and `True` differ,
    /// and `0.0` differs from `-0.0`; NaNs with equal bits are equal).
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
            (Constant::Bool(a), Constant::Bool(b)) => a == b,
            (Constant::Int(a), Constant::Int(b)) => a == b,
            (Constant::Float(a), Constant::Float(b)) => a.to_bits() == b.to_bits(),
            (Constant::Complex(a, b), Constant::Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Constant::Str(a), Constant::Str(b)) => a == b,
            (Constant::Bytes(a), Constant::Bytes(b)) => a == b,
            (Constant::Tuple(a), Constant::Tuple(b)) => a == b,
            (Constant::FrozenSet(a), Constant::FrozenSet(b)) => a == b,
            (Constant::Code(a), Constant::Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// One exception-table entry: an exception raised by an instruction whose
/// unit index is in `start..end` unwinds the value stack to `depth` items,
/// pushes the raising instruction's index as an int if `push_lasti`, pushes
/// the exception, and jumps to `target`. The first entry that covers the
/// index wins, so the compiler lists inner handlers before outer ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Line-table run: instructions from unit index `start` up to the next
/// entry's start belong to source line `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    pub start: u32,
    pub line: u32,
}

/// Position-table run: instructions from unit index `start` up to the next
/// entry's start come from the source range (`line`, `col`) to
/// (`end_line`, `end_col`); columns are 0-based UTF-8 byte offsets, as
/// CPython's `co_positions()` gives them. A range of 0..0 means unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PositionEntry {
    pub start: u32,
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Quickening state of a code object (decision 7).
pub mod quicken_state {
    pub const COLD: u8 = 0;
    pub const QUICKENING: u8 = 1;
    pub const QUICKENED: u8 = 2;
}

/// A compiled function, class body or module.
#[derive(Debug)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub first_line: u32,
    /// Positional parameters, positional-only ones included.
    pub arg_count: u32,
    pub posonly_count: u32,
    pub kwonly_count: u32,
    pub flags: u32,
    /// Instruction and inline-cache words.
    pub units: Box<[AtomicU64]>,
    pub constants: Vec<Constant>,
    /// Global, attribute and imported names.
    pub names: Vec<String>,
    /// Fast locals: positional params, keyword-only params, then `*args`,
    /// then `**kwargs` (if present), then the other locals.
    pub varnames: Vec<String>,
    /// Locals captured by inner functions (cell space starts here).
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing functions (after the cellvars).
    pub freevars: Vec<String>,
    /// For each cellvar, the index in `varnames` of the parameter it holds,
    /// if it is a parameter (its cell starts out holding the argument).
    pub cell_params: Vec<Option<u32>>,
    pub exception_table: Vec<ExceptionEntry>,
    pub line_table: Vec<LineEntry>,
    pub positions: Vec<PositionEntry>,
    /// The deepest the value stack gets.
    pub max_stack: u32,
    /// The docstring, if the body starts with one.
    pub doc: Option<String>,
    /// `quicken_state`: lets exactly one thread quicken this code.
    pub quickened: AtomicU8,
}

impl CodeObject {
    /// Number of parameters, `*args` and `**kwargs` included.
    pub fn total_params(&self) -> usize {
        let mut n = (self.arg_count + self.kwonly_count) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }

    /// Source line of the instruction at unit index `pc`.
    pub fn line_for(&self, pc: usize) -> u32 {
        let pc = pc as u32;
        let idx = self.line_table.partition_point(|e| e.start <= pc);
        if idx == 0 {
            self.first_line
        } else {
            self.line_table[idx - 1].line
        }
    }

    /// The source range of the instruction at unit index `pc`: (line,
    /// end line, column, end column), `None` where unknown.
    pub fn position_for(&self, pc: usize) -> Option<(u32, u32, u32, u32)> {
        let pc = pc as u32;
        let idx = self.positions.partition_point(|e| e.start <= pc);
        let e = self.positions.get(idx.checked_sub(1)?)?;
        (e.line != 0).then_some((e.line, e.end_line, e.col, e.end_col))
    }

    /// The handler for an exception raised at unit index `pc`, if any.
    pub fn handler_for(&self, pc: usize) -> Option<&ExceptionEntry> {
        let pc = pc as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= pc && pc < e.end)
    }

    /// Reads the instruction word at `pc`.
    #[inline]
    pub fn word(&self, pc: usize) -> u64 {
        self.units[pc].load(Ordering::Acquire)
    }

    /// The instructions as (unit index, opcode, oparg), skipping cache words.
    pub fn instructions(&self) -> Vec<(usize, Opcode, u32)> {
        let mut out = Vec::new();
        let mut pc = 0;
        while pc < self.units.len() {
            let (op, arg) = opcodes::decode(self.word(pc));
            out.push((pc, op, arg));
            pc += 1 + op.cache_words();
        }
        out
    }

    /// The deoptimized instruction bytes (`co_code`): every instruction
    /// word rewritten to its family base with sequence 0, caches zeroed.
    pub fn deoptimized_units(&self) -> Vec<u64> {
        let mut out = Vec::with_capacity(self.units.len());
        for (_, op, arg) in self.instructions() {
            out.push(opcodes::encode(op.base(), arg));
            out.extend(std::iter::repeat_n(0, op.cache_words()));
        }
        out
    }
}

/// Builds the atomic unit array from plain words.
pub fn units_from_words(words: &[u64]) -> Box<[AtomicU64]> {
    words.iter().map(|&w| AtomicU64::new(w)).collect()
}
