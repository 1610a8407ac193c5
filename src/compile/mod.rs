//! The compiler: Python source text to weft bytecode.
//!
//! The pipeline is parse (ruff_python_parser, never a hand-written parser),
//! scope analysis (`symtable`), code generation (`codegen`, one unit per code
//! object) and assembly (`codegen::assemble`: labels to unit indices, dead
//! code removal, stack depths, the exception and line tables).
//!
//! The layout of every construct follows CPython 3.11 (`Python/compile.c`),
//! except for the call convention, which is weft's own: a call site pushes
//! `[callable, self_or_NULL, args...]` (see the `Call` doc line in
//! `bytecode::opcodes`).

mod codegen;
mod errors;
mod fold;
mod symtable;
mod tokens;

use std::fmt;
use std::sync::Arc;

use crate::bytecode::CodeObject;

pub use errors::SourceMap;

/// Which Python exception a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl CompileErrorKind {
    /// The exception type's name as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

impl fmt::Display for CompileErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A syntax error found while parsing or compiling, with CPython's wording
/// wherever it can be had. Messages starting with `weft does not support`
/// mark constructs that parse but that weft does not compile yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub filename: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// 1-based column just past the offending text, in characters, when known.
    pub end_column: Option<u32>,
    /// The offending source line, without its line terminator.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    /// `Kind: message`, as the last line of CPython's traceback.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl std::error::Error for CompileError {}

/// Compiles a module's source text into its module code object.
pub fn compile_module(source: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let map = SourceMap::new(source, filename);
    let parsed = errors::parse(source, &map)?;
    let table = symtable::SymbolTable::build(parsed.syntax(), &map)?;
    codegen::compile_module_with(parsed.syntax(), &table, &map, false)
}

/// Compiles source text for `exec`: as a module, except that top-level
/// names are looked up and stored through the locals mapping (`LoadName`,
/// `StoreName`), which may differ from the globals.
pub fn compile_exec(source: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let map = SourceMap::new(source, filename);
    let parsed = errors::parse(source, &map)?;
    let table = symtable::SymbolTable::build(parsed.syntax(), &map)?;
    codegen::compile_module_with(parsed.syntax(), &table, &map, true)
}

/// Compiles an expression (as `eval` takes it) into code returning its
/// value.
pub fn compile_expression(source: &str, filename: &str) -> Result<Arc<CodeObject>, CompileError> {
    let map = SourceMap::new(source, filename);
    let parsed = errors::parse(source, &map)?;
    let table = symtable::SymbolTable::build(parsed.syntax(), &map)?;
    codegen::compile_eval(parsed.syntax(), &table, &map)
}
