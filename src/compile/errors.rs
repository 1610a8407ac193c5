//! Source positions and syntax errors.
//!
//! ruff reports byte ranges and its own wording; CPython users expect
//! `line`/`column` in characters and CPython 3.11's messages. `SourceMap`
//! converts positions; `parse` runs the parser and rewrites its first error
//! into the message CPython gives for the same input wherever the two can
//! be matched (the mapping is checked against python3 on small bad inputs).

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, ModModule, PythonVersion};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError, ParseErrorType, ParseOptions,
    Parsed, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{tokens, CompileError, CompileErrorKind};

/// Line starts of a source text, for byte offset to line/column conversion.
pub struct SourceMap<'s> {
    source: &'s str,
    filename: String,
    line_starts: Vec<u32>,
}

impl<'s> SourceMap<'s> {
    pub fn new(source: &'s str, filename: &str) -> SourceMap<'s> {
        let mut line_starts = vec![0];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceMap {
            source,
            filename: filename.to_string(),
            line_starts,
        }
    }

    pub fn source(&self) -> &'s str {
        self.source
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        self.line_starts.partition_point(|&s| s <= off) as u32
    }

    /// Number of lines (a final line without a terminator counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    fn line_range(&self, line: u32) -> (usize, usize) {
        let idx = (line.max(1) - 1) as usize;
        let start = *self
            .line_starts
            .get(idx)
            .unwrap_or(&(self.source.len() as u32)) as usize;
        let mut end = self
            .line_starts
            .get(idx + 1)
            .map_or(self.source.len(), |&e| e as usize);
        let bytes = self.source.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        (start, end)
    }

    /// The text of a 1-based line, without its terminator.
    pub fn line_text(&self, line: u32) -> String {
        let (start, end) = self.line_range(line);
        self.source[start..end].to_string()
    }

    /// 0-based column, in UTF-8 bytes, of a byte offset (CPython's
    /// `col_offset`).
    pub fn byte_column(&self, offset: TextSize) -> u32 {
        let (start, _) = self.line_range(self.line_of(offset));
        (u32::from(offset) as usize).saturating_sub(start) as u32
    }

    /// 1-based column, in characters, of a byte offset.
    pub fn column_of(&self, offset: TextSize) -> u32 {
        let line = self.line_of(offset);
        let (start, _) = self.line_range(line);
        let off = (u32::from(offset) as usize).min(self.source.len());
        let off = if self.source.is_char_boundary(off) {
            off
        } else {
            (0..off)
                .rev()
                .find(|&i| self.source.is_char_boundary(i))
                .unwrap_or(0)
        };
        self.source[start..off.max(start)].chars().count() as u32 + 1
    }

    /// A compile error located at `range`.
    pub fn error(
        &self,
        kind: CompileErrorKind,
        message: impl Into<String>,
        range: TextRange,
    ) -> CompileError {
        let line = self.line_of(range.start());
        let column = self.column_of(range.start());
        let end_column = if self.line_of(range.end()) == line && range.end() > range.start() {
            Some(self.column_of(range.end()))
        } else {
            None
        };
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.clone(),
            line,
            column,
            end_column,
            text: Some(self.line_text(line)),
        }
    }

    /// A `SyntaxError` located at `range`.
    pub fn syntax_error(&self, message: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::SyntaxError, message, range)
    }

    /// A `SyntaxError` on a whole line (column 1 .. end of line).
    fn error_at_line(
        &self,
        kind: CompileErrorKind,
        message: impl Into<String>,
        line: u32,
        column: u32,
    ) -> CompileError {
        CompileError {
            kind,
            message: message.into(),
            filename: self.filename.clone(),
            line,
            column,
            end_column: None,
            text: Some(self.line_text(line)),
        }
    }
}

/// Parses a module for Python 3.11, turning the first error into a
/// CPython-worded `CompileError`.
pub fn parse(source: &str, map: &SourceMap) -> Result<Parsed<ModModule>, CompileError> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options)
        .try_into_module()
        .expect("module mode parses a module");
    let scan = tokens::scan(source);
    let tok_error = scan.error.as_ref().map(|e| tok_to_error(e, map));
    let Some(err) = parsed.errors().first() else {
        if let Some(e) = tok_error {
            return Err(e);
        }
        if let Some(err) = parsed.unsupported_syntax_errors().first() {
            return Err(translate_unsupported(err, map));
        }
        return Ok(parsed);
    };
    // The tokenizer raises its errors as it reaches them, and after a
    // parser error it scans the rest of the input and prefers its own.
    if let (Some(te), Some(raw)) = (tok_error, &scan.error) {
        let lexical = matches!(err.error, ParseErrorType::Lexical(_));
        if raw.offset <= usize::from(err.location.end()) || !lexical {
            return Err(te);
        }
    }
    let translated = translate(err, map, &parsed, &scan);
    let at_eof = matches!(err.error, ParseErrorType::Lexical(LexicalErrorType::Eof));
    if translated.kind == CompileErrorKind::SyntaxError
        && (at_eof || !matches!(err.error, ParseErrorType::Lexical(_)))
    {
        if let Some((pos, c)) = scan.open_at_eof {
            let open_line = map.line_of(TextSize::new(pos as u32));
            let err_line = map.line_of(err.location.start());
            if at_eof
                || err_line > open_line
                || usize::from(err.location.start()) >= source.trim_end().len()
            {
                let r = TextRange::at(TextSize::new(pos as u32), TextSize::new(1));
                return Err(map.syntax_error(format!("'{c}' was never closed"), r));
            }
        }
    }
    Err(translated)
}

fn tok_to_error(e: &tokens::TokError, map: &SourceMap) -> CompileError {
    let at = TextSize::new(e.offset as u32);
    let mut err = map.error(e.kind, e.message.clone(), TextRange::empty(at));
    if let Some(c) = e.column {
        err.column = c;
    }
    err
}

/// CPython's name for the kind of an expression (`_PyPegen_get_expr_name`).
pub fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Kinds CPython's `invalid_named_expression` rule covers: assigning to
/// them in an expression context suggests `==`.
fn suggests_equality(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::List(_)
            | Expr::Tuple(_)
            | Expr::Generator(_)
            | Expr::NoneLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::UnaryOp(ast::ExprUnaryOp {
                op: ast::UnaryOp::Not,
                ..
            })
            | Expr::Lambda(_)
            | Expr::If(_)
            | Expr::Named(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Starred(_)
    )
}

/// The expression node covering exactly `range`, if the recovered tree has one.
fn find_expr(module: &ModModule, range: TextRange) -> Option<&Expr> {
    struct Finder<'a> {
        range: TextRange,
        found: Option<&'a Expr>,
    }
    impl<'a> Visitor<'a> for Finder<'a> {
        fn visit_expr(&mut self, expr: &'a Expr) {
            if self.found.is_some() {
                return;
            }
            if expr.range() == self.range {
                self.found = Some(expr);
                return;
            }
            visitor::walk_expr(self, expr);
        }
    }
    let mut f = Finder { range, found: None };
    f.visit_body(&module.body);
    f.found
}

fn translate(
    err: &ParseError,
    map: &SourceMap,
    parsed: &Parsed<ModModule>,
    scan: &tokens::Scan,
) -> CompileError {
    use CompileErrorKind::*;
    let range = err.location;
    let src = map.source();
    let start = usize::from(range.start()).min(src.len());
    let at = |msg: &str| map.syntax_error(msg, range);
    let in_fstring = scan.fstrings.iter().any(|&(s, e)| s < start && start < e);
    match &err.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                let line = map.line_of(range.start());
                let width = map.line_text(line).chars().count() as u32;
                map.error_at_line(
                    IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    width + 1,
                )
            }
            LexicalErrorType::UnclosedStringError => {
                let text = &src[start..];
                let triple = has_triple_prefix(text);
                let msg = if triple {
                    let last = map.line_of(TextSize::new(src.len().saturating_sub(1) as u32));
                    format!("unterminated triple-quoted string literal (detected at line {last})")
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        map.line_of(range.start())
                    )
                };
                let mut e = map.syntax_error(msg, range);
                e.end_column = None;
                e
            }
            LexicalErrorType::Eof => {
                let mut e = map.syntax_error("unexpected EOF while parsing", range);
                e.end_column = None;
                e
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                let c = *tok;
                if c.is_ascii() && !c.is_ascii_control() {
                    at("invalid syntax")
                } else if c.is_control() || c.is_whitespace() {
                    at(&format!(
                        "invalid non-printable character U+{:04X}",
                        c as u32
                    ))
                } else {
                    at(&format!("invalid character '{c}' (U+{:04X})", c as u32))
                }
            }
            LexicalErrorType::LineContinuationError => {
                at("unexpected character after line continuation character")
            }
            LexicalErrorType::InvalidByteLiteral => {
                at("bytes can only contain ASCII literal characters")
            }
            LexicalErrorType::FStringError(fe) => fstring_error(fe, map, range),
            LexicalErrorType::UnicodeError => {
                unicode_escape_error(map, range, "unknown Unicode character name")
            }
            LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace => {
                unicode_escape_error(map, range, "malformed \\N character escape")
            }
            _ => at("invalid syntax"),
        },
        ParseErrorType::FStringError(fe) => fstring_error(fe, map, range),
        _ if in_fstring => {
            let after = &src[start..];
            if after.trim_start().starts_with('}')
                || after.trim_start().starts_with('!')
                || after.trim_start().starts_with(':')
            {
                at("f-string: empty expression not allowed")
            } else {
                at("f-string: expecting '}'")
            }
        }
        ParseErrorType::OtherError(msg) => other_parse_error(msg, map, range),
        ParseErrorType::UnexpectedIndentation => {
            let line = map.line_of(range.start());
            let width = map
                .line_text(line)
                .chars()
                .take_while(|c| c.is_whitespace())
                .count() as u32;
            map.error_at_line(IndentationError, "unexpected indent", line, width.max(1))
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            expected_token(*expected, *found, map, range)
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget => {
            invalid_target(&err.error, map, range, parsed.syntax())
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            at("positional argument follows keyword argument")
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            at("positional argument follows keyword argument unpacking")
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            at("iterable argument unpacking follows keyword argument unpacking")
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            at("non-default argument follows default argument")
        }
        ParseErrorType::VarParameterWithDefault => {
            at("var-positional argument cannot have default value")
        }
        ParseErrorType::ExpectedKeywordParam => at("named arguments must follow bare *"),
        ParseErrorType::ParamAfterVarKeywordParam => {
            at("arguments cannot follow var-keyword argument")
        }
        ParseErrorType::IterableUnpackingInComprehension => {
            at("iterable unpacking cannot be used in comprehension")
        }
        ParseErrorType::InvalidStarredExpressionUsage => at("can't use starred expression here"),
        // `{**_}` is plain bad syntax to CPython, as is a complex literal
        // whose real part is not a number (`a + 1j`).
        ParseErrorType::InvalidMatchPatternTarget if src[..start].ends_with("**") => {
            at("invalid syntax")
        }
        ParseErrorType::InvalidMatchPatternTarget => at("cannot use '_' as a target"),
        ParseErrorType::ExpectedRealNumber
            if !src[start..].starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '-') =>
        {
            at("invalid syntax")
        }
        ParseErrorType::ExpectedRealNumber => at("real number required in complex literal"),
        ParseErrorType::ExpectedImaginaryNumber => {
            at("imaginary number required in complex literal")
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            at("Generator expression must be parenthesized")
        }
        ParseErrorType::SimpleStatementsOnSameLine
        | ParseErrorType::SimpleAndCompoundStatementOnSameLine => same_line(map, range),
        _ => at("invalid syntax"),
    }
}

/// CPython's `(unicode error)` for a bad `\\N{...}` escape: positions are
/// byte offsets of the escape inside the literal's body.
fn unicode_escape_error(map: &SourceMap, range: TextRange, why: &str) -> CompileError {
    let src = map.source();
    let end = usize::from(range.end()).min(src.len());
    let Some(bs) = src[..end].rfind("\\N") else {
        return map.syntax_error(
            format!("(unicode error) 'unicodeescape' codec can't decode bytes: {why}"),
            range,
        );
    };
    let body_start = src[..bs].rfind(['\'', '"']).map_or(0, |q| q + 1);
    let close = src[bs..].find(['}', '\n']).map_or(end, |c| bs + c);
    let (from, to) = (bs - body_start, close - body_start);
    let mut e = map.syntax_error(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {why}"),
        range,
    );
    e.end_column = None;
    e
}

fn has_triple_prefix(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| "rRbBuUfF".contains(c));
    rest.starts_with("\"\"\"") || rest.starts_with("'''")
}

fn fstring_error(
    fe: &InterpolatedStringErrorType,
    map: &SourceMap,
    range: TextRange,
) -> CompileError {
    let msg = match fe {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::InvalidConversionFlag => {
            "f-string: invalid conversion character: expected 's', 'r', or 'a'"
        }
        InterpolatedStringErrorType::UnterminatedString => {
            let line = map.line_of(range.start());
            return map.syntax_error(
                format!("unterminated string literal (detected at line {line})"),
                range,
            );
        }
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            let last = map.line_of(TextSize::new(map.source().len().saturating_sub(1) as u32));
            return map.syntax_error(
                format!("unterminated triple-quoted string literal (detected at line {last})"),
                range,
            );
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => {
            "f-string: lambda expressions are not allowed without parentheses"
        }
        _ => "f-string: invalid syntax",
    };
    map.syntax_error(msg, range)
}

/// ruff's free-form messages.
fn other_parse_error(msg: &str, map: &SourceMap, range: TextRange) -> CompileError {
    if let Some(rest) = msg.strip_prefix("Expected an indented block after ") {
        let line = map.line_of(range.start());
        let (what, keyword) = if rest.starts_with("function definition") {
            ("function definition".to_string(), "def")
        } else if rest.starts_with("`class` definition") {
            ("class definition".to_string(), "class")
        } else {
            let kw = rest.split('`').nth(1).unwrap_or("");
            (format!("'{kw}' statement"), kw)
        };
        let header = header_line(map, line, keyword);
        let mut e = map.error_at_line(
            CompileErrorKind::IndentationError,
            format!("expected an indented block after {what} on line {header}"),
            line,
            1,
        );
        let text = map.line_text(line);
        e.column = text.chars().take_while(|c| c.is_whitespace()).count() as u32 + 1;
        return e;
    }
    if msg == "Positional patterns cannot follow keyword patterns" {
        return map.syntax_error("positional patterns follow keyword patterns", range);
    }
    if msg.starts_with("Expected `except` or `finally` after `try` block") {
        return map.syntax_error("expected 'except' or 'finally' block", range);
    }
    map.syntax_error("invalid syntax", range)
}

/// The line of the compound statement header that opened a block: the
/// nearest line above `line` starting with `keyword` (decorators skipped).
fn header_line(map: &SourceMap, line: u32, keyword: &str) -> u32 {
    let mut l = line;
    while l > 1 {
        l -= 1;
        let text = map.line_text(l);
        let t = text.trim_start();
        let word: String = t
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if word == keyword || (keyword == "def" && word == "async") {
            return l;
        }
    }
    line.saturating_sub(1).max(1)
}

/// The innermost bracket open at `upto`, if any.
fn open_bracket_at(source: &str, upto: usize) -> Option<char> {
    let mut stack = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    let b = source.as_bytes();
    let mut i = 0;
    while i < upto.min(b.len()) {
        let c = b[i];
        if let Some((q, triple)) = quote {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
                quote = None;
                i += if triple { 3 } else { 1 };
                continue;
            }
            i += 1;
            continue;
        }
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                quote = Some((c, triple));
                i += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => stack.push(c as char),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

fn is_aug_op(t: TokenKind) -> bool {
    matches!(
        t,
        TokenKind::PlusEqual
            | TokenKind::MinusEqual
            | TokenKind::StarEqual
            | TokenKind::SlashEqual
            | TokenKind::DoubleSlashEqual
            | TokenKind::PercentEqual
            | TokenKind::DoubleStarEqual
            | TokenKind::AtEqual
            | TokenKind::AmperEqual
            | TokenKind::VbarEqual
            | TokenKind::CircumflexEqual
            | TokenKind::LeftShiftEqual
            | TokenKind::RightShiftEqual
    )
}

fn expected_token(
    expected: TokenKind,
    found: TokenKind,
    map: &SourceMap,
    range: TextRange,
) -> CompileError {
    let src = map.source();
    let start = usize::from(range.start()).min(src.len());
    let line = map.line_text(map.line_of(range.start()));
    if found == TokenKind::FStringStart && line.trim_start().starts_with("case") {
        // An f-string key in a mapping pattern.
        return map.syntax_error(
            "mapping pattern keys may only match literals and attribute lookups",
            range,
        );
    }
    if expected == TokenKind::Colon && found == TokenKind::Equal {
        return map.syntax_error(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            range,
        );
    }
    if expected == TokenKind::Colon && open_bracket_at(src, start) == Some('{') {
        return map.syntax_error("':' expected after dictionary key", range);
    }
    if expected == TokenKind::Colon {
        return map.syntax_error("expected ':'", range);
    }
    if expected == TokenKind::Else {
        return map.syntax_error("expected 'else' after 'if' expression", range);
    }
    if expected == TokenKind::Lpar && found == TokenKind::Lsqb {
        return map.syntax_error("expected '('", range);
    }
    if is_aug_op(found) {
        return map.syntax_error(
            "'tuple' is an illegal expression for augmented assignment",
            range,
        );
    }
    if found == TokenKind::Indent {
        let line = map.line_of(range.start());
        let width = map
            .line_text(line)
            .chars()
            .take_while(|c| c.is_whitespace())
            .count() as u32;
        return map.error_at_line(
            CompileErrorKind::IndentationError,
            "unexpected indent",
            line,
            width.max(1),
        );
    }
    perhaps_comma(map, range)
}

/// Two expressions side by side inside brackets: CPython suggests a comma.
fn perhaps_comma(map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    let start = usize::from(range.start()).min(src.len());
    if open_bracket_at(src, start).is_some() {
        let prev = src[..start].trim_end();
        let prev_ok = prev.chars().last().is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '_' | ')' | ']' | '}' | '\'' | '"')
        });
        let next_ok = src[start..].chars().next().is_some_and(|c| {
            c.is_alphanumeric() || matches!(c, '_' | '(' | '[' | '{' | '\'' | '"')
        });
        let prev_word: String = prev
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let prev_is_keyword = matches!(
            prev_word.chars().rev().collect::<String>().as_str(),
            "in" | "is"
                | "not"
                | "and"
                | "or"
                | "if"
                | "else"
                | "for"
                | "lambda"
                | "await"
                | "yield"
        );
        if prev_ok && next_ok && !prev_is_keyword {
            let from = expression_start_before(src, prev.len());
            let r = TextRange::new(TextSize::new(from as u32), range.end());
            return map.syntax_error("invalid syntax. Perhaps you forgot a comma?", r);
        }
    }
    map.syntax_error("invalid syntax", range)
}

/// Where the atom ending at `end` starts (names, numbers, strings and
/// bracketed groups, with trailers).
fn expression_start_before(src: &str, end: usize) -> usize {
    let b = src.as_bytes();
    let mut i = end;
    loop {
        if i == 0 {
            return 0;
        }
        let c = b[i - 1];
        if c == b')' || c == b']' || c == b'}' {
            let mut depth = 0;
            while i > 0 {
                let d = b[i - 1];
                if d == b')' || d == b']' || d == b'}' {
                    depth += 1;
                } else if d == b'(' || d == b'[' || d == b'{' {
                    depth -= 1;
                    if depth == 0 {
                        i -= 1;
                        break;
                    }
                }
                i -= 1;
            }
        } else if c == b'\'' || c == b'"' {
            i -= 1;
            while i > 0 && b[i - 1] != c {
                i -= 1;
            }
            i = i.saturating_sub(1);
            while i > 0 && b"rRbBuUfF".contains(&b[i - 1]) {
                i -= 1;
            }
            return i;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            while i > 0
                && (b[i - 1].is_ascii_alphanumeric()
                    || b[i - 1] == b'_'
                    || b[i - 1] == b'.'
                    || b[i - 1] >= 0x80)
            {
                i -= 1;
            }
        } else {
            return i;
        }
        // Continue over a name before a call or subscript trailer.
        if i > 0
            && (b[i - 1].is_ascii_alphanumeric()
                || b[i - 1] == b'_'
                || matches!(b[i - 1], b')' | b']'))
        {
            if b[i].is_ascii_alphanumeric() || b[i] == b'_' {
                return i;
            }
            continue;
        }
        return i;
    }
}

/// Two statements on one line without a separator.
fn same_line(map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    let start = usize::from(range.start()).min(src.len());
    let line = map.line_of(range.start());
    let text = map.line_text(line);
    let t = text.trim_start();
    for kw in ["print", "exec"] {
        if let Some(rest) = t.strip_prefix(kw) {
            let rest = rest.trim_start();
            if t.len() > kw.len()
                && t.as_bytes()[kw.len()] == b' '
                && rest
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '"' | '_'))
            {
                let col = text.len() - t.len();
                let mut e = map.syntax_error(
                    format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                    range,
                );
                e.column = col as u32 + 1;
                return e;
            }
        }
    }
    if open_bracket_at(src, start).is_some() {
        return perhaps_comma(map, range);
    }
    map.syntax_error("invalid syntax", range)
}

/// `cannot assign to X` and friends, named by the target's AST kind.
fn invalid_target(
    kind: &ParseErrorType,
    map: &SourceMap,
    range: TextRange,
    module: &ModModule,
) -> CompileError {
    let src = map.source();
    let node = find_expr(module, range);
    let what = node.map_or("expression", expr_kind_name);
    let after = src[usize::from(range.end()).min(src.len())..].trim_start();
    let followed_by_assign = after.starts_with('=') && !after.starts_with("==");
    let msg = match kind {
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!("'{what}' is an illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => match node {
            Some(Expr::Tuple(_)) => "only single target (not tuple) can be annotated".to_string(),
            Some(Expr::List(_)) => "only single target (not list) can be annotated".to_string(),
            _ => "illegal target for annotation".to_string(),
        },
        ParseErrorType::InvalidNamedAssignmentTarget => {
            format!("cannot use assignment expressions with {what}")
        }
        ParseErrorType::InvalidDeleteTarget => format!("cannot delete {what}"),
        _ => {
            if matches!(node, Some(Expr::Yield(_) | Expr::YieldFrom(_))) {
                "assignment to yield expression not possible".to_string()
            } else if followed_by_assign && node.is_some_and(suggests_equality) {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {what}")
            }
        }
    };
    map.syntax_error(msg, range)
}

fn translate_unsupported(err: &UnsupportedSyntaxError, map: &SourceMap) -> CompileError {
    let msg = match err.kind {
        UnsupportedSyntaxErrorKind::Pep701FString(_) => "f-string: expecting '}'",
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            "multiple exception types must be parenthesized"
        }
        UnsupportedSyntaxErrorKind::TypeParameterList => "expected '('",
        _ => "invalid syntax",
    };
    map.syntax_error(msg, err.range)
}
