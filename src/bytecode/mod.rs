//! The instruction set, code objects and the disassembler.

pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{CodeObject, Constant, ExceptionEntry, LineEntry};
pub use opcodes::{BinaryOpKind, CompareKind, Opcode};
