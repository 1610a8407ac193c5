//! Source positions and syntax errors.
//!
//! ruff reports byte ranges and its own wording; CPython users expect
//! `line`/`column` in characters and CPython 3.11's messages. `SourceMap`
//! converts positions; `parse` runs the parser and rewrites its first error
//! into the message CPython gives for the same input wherever the two can
//! be matched (the mapping is checked against python3 on small bad inputs).

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, Mode, ParseError, ParseErrorType,
    ParseOptions, Parsed, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind,
};
use ruff_text_size::{TextRange, TextSize};

use super::{CompileError, CompileErrorKind};

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
        let start = *self.line_starts.get(idx).unwrap_or(&(self.source.len() as u32)) as usize;
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
    pub fn error(&self, kind: CompileErrorKind, message: impl Into<String>, range: TextRange) -> CompileError {
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
    fn error_at_line(&self, kind: CompileErrorKind, message: impl Into<String>, line: u32, column: u32) -> CompileError {
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
    if let Some(err) = first_error(&parsed) {
        return Err(translate(err, map));
    }
    if let Some(err) = parsed.unsupported_syntax_errors().first() {
        return Err(translate_unsupported(err, map));
    }
    if let Some(err) = check_tabs(source, map) {
        return Err(err);
    }
    Ok(parsed)
}

/// The error CPython would report first: the earliest one in the source,
/// except that an indentation error wins over what it causes.
fn first_error(parsed: &Parsed<ModModule>) -> Option<&ParseError> {
    let errors = parsed.errors();
    errors.iter().min_by_key(|e| e.location.start())
}

fn token_name(kind: TokenKind) -> Option<&'static str> {
    Some(match kind {
        TokenKind::Lpar => "(",
        TokenKind::Lsqb => "[",
        TokenKind::Lbrace => "{",
        TokenKind::Rpar => ")",
        TokenKind::Rsqb => "]",
        TokenKind::Rbrace => "}",
        _ => return None,
    })
}

/// The opening bracket that is never closed before `offset`, if any: scans
/// the source with a small bracket matcher that skips strings and comments.
fn unclosed_bracket(source: &str, upto: usize) -> Option<(usize, char)> {
    let bytes = source.as_bytes();
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut i = 0;
    let end = upto.min(bytes.len());
    while i < end {
        let c = bytes[i];
        match c {
            b'#' => {
                while i < end && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c;
                let q = if triple { 3 } else { 1 };
                i += q;
                while i < end {
                    if bytes[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == c && (!triple || (i + 2 < bytes.len() && bytes[i + 1] == c && bytes[i + 2] == c)) {
                        i += q;
                        break;
                    }
                    if !triple && bytes[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => stack.push((i, c as char)),
            b')' | b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.last().copied()
}

fn indentation_kind(err: &ParseError) -> bool {
    matches!(err.error, ParseErrorType::Lexical(LexicalErrorType::IndentationError))
}

/// The keyword that opens the compound statement whose block is missing,
/// CPython's "expected an indented block after ..." wording.
fn block_opener(map: &SourceMap, before: TextSize) -> Option<(String, u32)> {
    let mut line = map.line_of(before);
    // The header is the last non-blank, non-comment line before the error.
    while line > 1 {
        line -= 1;
        let text = map.line_text(line);
        let t = text.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let word: String = t.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let what = match word.as_str() {
            "if" => "'if' statement",
            "elif" => "'elif' statement",
            "else" => "'else' statement",
            "while" => "'while' statement",
            "for" => "'for' statement",
            "try" => "'try' statement",
            "except" => "'except' statement",
            "finally" => "'finally' statement",
            "with" => "'with' statement",
            "def" => return Some((format!("function definition on line {line}"), line)),
            "class" => return Some((format!("class definition on line {line}"), line)),
            _ => return None,
        };
        return Some((format!("{what} on line {line}"), line));
    }
    None
}

fn translate(err: &ParseError, map: &SourceMap) -> CompileError {
    use CompileErrorKind::*;
    let range = err.location;
    let src = map.source();
    let at = |msg: &str| map.syntax_error(msg, range);
    match &err.error {
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::IndentationError => {
                let line = map.line_of(range.start());
                let text = map.line_text(line);
                let col = text.chars().take_while(|c| *c == ' ' || *c == '\t').count() as u32;
                map.error_at_line(IndentationError, "unindent does not match any outer indentation level", line, col + 1)
            }
            LexicalErrorType::UnclosedStringError => {
                let line = map.line_of(range.start());
                let text = &src[usize::from(range.start())..];
                if text.starts_with("\"\"\"") || text.starts_with("'''") || has_triple_prefix(text) {
                    let last = map.line_count();
                    let mut e = map.syntax_error(format!("unterminated triple-quoted string literal (detected at line {last})"), range);
                    e.end_column = None;
                    e
                } else {
                    let mut e = map.syntax_error(format!("unterminated string literal (detected at line {line})"), range);
                    e.end_column = None;
                    e
                }
            }
            LexicalErrorType::Eof => eof_error(map, range),
            LexicalErrorType::UnrecognizedToken { tok } => {
                let c = *tok;
                if c == '$' || c == '?' || c == '`' {
                    at("invalid syntax")
                } else if c.is_alphabetic() || c.is_numeric() {
                    at(&format!("invalid character '{c}' (U+{:04X})", c as u32))
                } else if c.is_whitespace() || c.is_control() {
                    at(&format!("invalid non-printable character U+{:04X}", c as u32))
                } else {
                    at(&format!("invalid character '{c}' (U+{:04X})", c as u32))
                }
            }
            LexicalErrorType::LineContinuationError => at("unexpected character after line continuation character"),
            LexicalErrorType::InvalidByteLiteral => at("bytes can only contain ASCII literal characters"),
            LexicalErrorType::FStringError(fe) => fstring_error(fe, map, range),
            LexicalErrorType::OtherError(msg) => other_lexical(msg, map, range),
            _ => at("invalid syntax"),
        },
        ParseErrorType::FStringError(fe) => fstring_error(fe, map, range),
        ParseErrorType::UnexpectedIndentation => map.error(IndentationError, "unexpected indent", range),
        ParseErrorType::ExpectedToken { expected, found } => expected_token(*expected, *found, map, range),
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget => invalid_target(&err.error, map, range),
        ParseErrorType::PositionalAfterKeywordArgument => at("positional argument follows keyword argument"),
        ParseErrorType::PositionalAfterKeywordUnpacking => at("positional argument follows keyword argument unpacking"),
        ParseErrorType::InvalidArgumentUnpackingOrder => at("iterable argument unpacking follows keyword argument unpacking"),
        ParseErrorType::NonDefaultParamAfterDefaultParam => at("non-default argument follows default argument"),
        ParseErrorType::VarParameterWithDefault => at("var-positional argument cannot have default value"),
        ParseErrorType::ExpectedKeywordParam => at("named arguments must follow bare *"),
        ParseErrorType::ParamAfterVarKeywordParam => at("arguments cannot follow var-keyword argument"),
        ParseErrorType::IterableUnpackingInComprehension => at("iterable unpacking cannot be used in comprehension"),
        ParseErrorType::InvalidStarredExpressionUsage => at("can't use starred expression here"),
        ParseErrorType::UnparenthesizedGeneratorExpression => at("Generator expression must be parenthesized"),
        ParseErrorType::EmptySlice => at("invalid syntax"),
        ParseErrorType::SimpleStatementsOnSameLine | ParseErrorType::SimpleAndCompoundStatementOnSameLine => {
            perhaps_comma(map, range)
        }
        ParseErrorType::ExpectedExpression => expected_expression(map, range),
        _ => at("invalid syntax"),
    }
}

fn has_triple_prefix(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| "rRbBuUfF".contains(c));
    rest.starts_with("\"\"\"") || rest.starts_with("'''")
}

fn other_lexical(msg: &str, map: &SourceMap, range: TextRange) -> CompileError {
    let m = msg.to_ascii_lowercase();
    if m.contains("tab") {
        return map.error(CompileErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", range);
    }
    if m.contains("invalid decimal literal") || m.contains("invalid") && m.contains("literal") {
        return map.syntax_error(msg.to_string(), range);
    }
    map.syntax_error("invalid syntax", range)
}

fn fstring_error(fe: &InterpolatedStringErrorType, map: &SourceMap, range: TextRange) -> CompileError {
    let msg = match fe {
        InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
        InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
        InterpolatedStringErrorType::InvalidConversionFlag => "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        InterpolatedStringErrorType::UnterminatedString => {
            let line = map.line_of(range.start());
            return map.syntax_error(format!("unterminated string literal (detected at line {line})"), range);
        }
        InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
            let last = map.line_count();
            return map.syntax_error(format!("unterminated triple-quoted string literal (detected at line {last})"), range);
        }
        InterpolatedStringErrorType::LambdaWithoutParentheses => "f-string: lambda expressions are not allowed without parentheses",
        _ => "f-string: invalid syntax",
    };
    map.syntax_error(msg, range)
}

/// End of input inside brackets: CPython names the unclosed bracket.
fn eof_error(map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    if let Some((pos, c)) = unclosed_bracket(src, src.len()) {
        let r = TextRange::at(TextSize::new(pos as u32), TextSize::new(1));
        return map.syntax_error(format!("'{c}' was never closed"), r);
    }
    let mut e = map.syntax_error("unexpected EOF while parsing", range);
    e.end_column = None;
    e
}

fn expected_token(expected: TokenKind, found: TokenKind, map: &SourceMap, range: TextRange) -> CompileError {
    use CompileErrorKind::*;
    let src = map.source();
    // A missing block: `if x:` followed by a dedent or the end of input.
    if expected == TokenKind::Indent {
        let (what, _) = block_opener(map, range.start()).unwrap_or(("statement".into(), 0));
        let line = map.line_of(range.start());
        let mut e = map.error(IndentationError, format!("expected an indented block after {what}"), range);
        if found == TokenKind::EndOfFile || found == TokenKind::Dedent {
            // CPython points at the line after the header.
            let l = line.min(map.line_count());
            e.line = l;
            e.text = Some(map.line_text(l));
        }
        return e;
    }
    // Unbalanced closing bracket.
    if let Some(f) = token_name(found) {
        if matches!(found, TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace) {
            let upto = usize::from(range.start());
            if let Some((pos, open)) = unclosed_bracket(src, upto) {
                let want = match open {
                    '(' => ")",
                    '[' => "]",
                    _ => "}",
                };
                if want != f {
                    let open_line = map.line_of(TextSize::new(pos as u32));
                    let cur_line = map.line_of(range.start());
                    let msg = if open_line == cur_line {
                        format!("closing parenthesis '{f}' does not match opening parenthesis '{open}'")
                    } else {
                        format!("closing parenthesis '{f}' does not match opening parenthesis '{open}' on line {open_line}")
                    };
                    return map.syntax_error(msg, range);
                }
            } else {
                return map.syntax_error(format!("unmatched '{f}'"), range);
            }
        }
    }
    if found == TokenKind::EndOfFile || found == TokenKind::Newline && expected != TokenKind::Colon {
        if let Some((pos, c)) = unclosed_bracket(src, usize::from(range.start())) {
            let r = TextRange::at(TextSize::new(pos as u32), TextSize::new(1));
            return map.syntax_error(format!("'{c}' was never closed"), r);
        }
    }
    if expected == TokenKind::Colon {
        return map.syntax_error("expected ':'", range);
    }
    if found == TokenKind::Indent {
        return map.error(IndentationError, "unexpected indent", range);
    }
    perhaps_comma(map, range)
}

/// CPython's "Perhaps you forgot a comma?" fires when two expressions sit
/// side by side inside brackets on one logical line.
fn perhaps_comma(map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    if unclosed_bracket(src, usize::from(range.start())).is_some() {
        let prev = src[..usize::from(range.start())].trim_end();
        let prev_ok = prev
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ')' || c == ']' || c == '}' || c == '\'' || c == '"');
        let next_ok = src[usize::from(range.start())..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '(' || c == '[' || c == '{' || c == '\'' || c == '"');
        if prev_ok && next_ok {
            return map.syntax_error("invalid syntax. Perhaps you forgot a comma?", range);
        }
    }
    map.syntax_error("invalid syntax", range)
}

fn expected_expression(map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    if usize::from(range.start()) >= src.trim_end().len() {
        if let Some((pos, c)) = unclosed_bracket(src, src.len()) {
            let r = TextRange::at(TextSize::new(pos as u32), TextSize::new(1));
            return map.syntax_error(format!("'{c}' was never closed"), r);
        }
    }
    map.syntax_error("invalid syntax", range)
}

/// `cannot assign to X` wording for an invalid target.
fn invalid_target(kind: &ParseErrorType, map: &SourceMap, range: TextRange) -> CompileError {
    let src = map.source();
    let text = &src[usize::from(range.start())..usize::from(range.end()).min(src.len())];
    let what = describe_expr_text(text);
    let verb = match kind {
        ParseErrorType::InvalidDeleteTarget => "delete",
        _ => "assign to",
    };
    let msg = match kind {
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            format!("'{what}' is an illegal expression for augmented assignment")
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            format!("illegal target for annotation")
        }
        ParseErrorType::InvalidNamedAssignmentTarget => format!("cannot use assignment expressions with {what}"),
        ParseErrorType::InvalidAssignmentTarget => {
            let after = src[usize::from(range.end()).min(src.len())..].trim_start();
            let is_eq = after.starts_with('=') && !after.starts_with("==");
            if is_eq && (what == "literal" || what == "function call" || what == "expression" || what == "comparison") {
                format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot {verb} {what}")
            }
        }
        _ => format!("cannot {verb} {what}"),
    };
    map.syntax_error(msg, range)
}

/// A rough classification of an expression's source text into CPython's
/// names for it (`literal`, `function call`, ...).
pub fn describe_expr_text(text: &str) -> &'static str {
    let t = text.trim();
    if t.is_empty() {
        return "expression";
    }
    let first = t.chars().next().unwrap_or(' ');
    if t == "None" || t == "True" || t == "False" {
        return match t {
            "None" => "None",
            "True" => "True",
            _ => "False",
        };
    }
    if t == "..." {
        return "ellipsis";
    }
    if t.starts_with("lambda") {
        return "lambda";
    }
    if first.is_ascii_digit() || first == '"' || first == '\'' || (first == '.' && t.len() > 1 && t.as_bytes()[1].is_ascii_digit()) {
        return "literal";
    }
    if (first == 'f' || first == 'F') && t.len() > 1 && (t.as_bytes()[1] == b'"' || t.as_bytes()[1] == b'\'') {
        return "f-string expression";
    }
    if t.ends_with(')') && !t.starts_with('(') {
        return "function call";
    }
    if t.starts_with('{') {
        return if t.contains(':') { "dict literal" } else { "set display" };
    }
    if t.starts_with('[') && t.contains(" for ") {
        return "list comprehension";
    }
    "expression"
}

fn translate_unsupported(err: &UnsupportedSyntaxError, map: &SourceMap) -> CompileError {
    let msg = match err.kind {
        UnsupportedSyntaxErrorKind::Pep701FString(_) => "f-string: expecting '}'".to_string(),
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => "multiple exception types must be parenthesized".to_string(),
        _ => "invalid syntax".to_string(),
    };
    map.syntax_error(msg, err.range)
}

/// CPython's TabError: a block whose indentation mixes tabs and spaces in a
/// way that makes the meaning depend on the tab size.
fn check_tabs(source: &str, map: &SourceMap) -> Option<CompileError> {
    // Compare each indented line's indentation with tab size 8 and tab size
    // 1: CPython raises TabError when the two disagree on the ordering
    // against the enclosing indentation.
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    let mut depth_paren = 0i32;
    for (idx, line) in source.lines().enumerate() {
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
        if depth_paren > 0 || trimmed.is_empty() || trimmed.starts_with('#') {
            depth_paren += bracket_delta(trimmed);
            continue;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let (mut c8, mut c1) = (0usize, 0usize);
        for ch in indent.chars() {
            match ch {
                '\t' => {
                    c8 = (c8 / 8 + 1) * 8;
                    c1 += 1;
                }
                ' ' => {
                    c8 += 1;
                    c1 += 1;
                }
                _ => {
                    c8 = 0;
                    c1 = 0;
                }
            }
        }
        let &(t8, t1) = stack.last().unwrap_or(&(0, 0));
        let inconsistent = if c8 == t8 {
            c1 != t1
        } else if c8 > t8 {
            c1 <= t1
        } else {
            while stack.len() > 1 && stack.last().is_some_and(|&(s8, _)| c8 < s8) {
                stack.pop();
            }
            let &(s8, s1) = stack.last().unwrap_or(&(0, 0));
            s8 == c8 && s1 != c1
        };
        if inconsistent {
            let line_no = idx as u32 + 1;
            return Some(map.error_at_line(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_no,
                indent.chars().count() as u32 + 1,
            ));
        }
        if c8 > t8 {
            stack.push((c8, c1));
        }
        depth_paren += bracket_delta(trimmed);
    }
    None
}

fn bracket_delta(line: &str) -> i32 {
    let mut d = 0;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '#' => break,
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => d += 1,
                ')' | ']' | '}' => d -= 1,
                _ => {}
            },
        }
    }
    d
}
