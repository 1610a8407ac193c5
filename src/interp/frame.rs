//! An activation record.
//!
//! Fast locals and the value stack share one vector: `slots[..nlocals]` are
//! the locals (NULL when unbound) and everything above is the stack, so a
//! call costs one allocation and stack operations are plain pushes/pops.

use crate::object::{ObjData, Value};

pub struct Frame {
    /// The code object (an `ObjData::Code` value).
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of class bodies (a dict), NULL otherwise.
    pub locals_map: Value,
    pub slots: Vec<Value>,
    pub nlocals: usize,
    /// Cell objects: cellvars, then freevars.
    pub cells: Vec<Value>,
    /// Unit index of the instruction being executed (or to resume at).
    pub pc: usize,
}

impl Frame {
    pub fn code_obj(&self) -> &'static crate::object::CodeObj {
        match &self.code.obj().data {
            ObjData::Code(c) => c,
            _ => unreachable!("frame code is a code object"),
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.slots.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        debug_assert!(self.slots.len() > self.nlocals);
        self.slots.pop().expect("value stack underflow")
    }

    #[inline]
    pub fn top(&self) -> Value {
        *self.slots.last().expect("value stack underflow")
    }

    /// The n-th value from the top (1 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> Value {
        self.slots[self.slots.len() - n]
    }

    /// Current stack depth (not counting locals).
    #[inline]
    pub fn depth(&self) -> usize {
        self.slots.len() - self.nlocals
    }

    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for v in [self.code, self.globals, self.builtins, self.locals_map] {
            visit(v);
        }
        self.slots.iter().copied().for_each(&mut *visit);
        self.cells.iter().copied().for_each(&mut *visit);
    }
}

/// How a frame stopped running.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}
