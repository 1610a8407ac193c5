//! weft: a Python VM for free-threaded execution.
//!
//! One interpreter that any number of threads can use at once, without a
//! global lock. See docs/ARCHITECTURE.md for how the pieces fit: the
//! compiler (`compile`) turns source into atomic-word bytecode
//! (`bytecode`), the interpreter (`interp`) runs it over a heap of shared
//! objects (`object`), and `api` is what a Rust host uses.

pub mod api;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod interp;
pub mod modules;
pub mod object;
pub mod specialize;
pub mod sync;

pub use api::{Interpreter, RunError};
