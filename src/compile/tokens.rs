//! A small scan of the source for the errors CPython's tokenizer raises.
//!
//! CPython reports tokenizer errors (bad indentation, tabs mixed with
//! spaces, unbalanced brackets, unterminated strings, malformed number
//! literals) in preference to parser errors that come later in the file,
//! and an unclosed bracket over a parser error on a later line. ruff's
//! parser recovers differently, so this scan finds the first such error the
//! way CPython's tokenizer would, without building tokens. It does not
//! decide validity: anything it does not recognise is left to the parser.

use super::CompileErrorKind;

/// The first tokenizer-level error, with CPython's message and position
/// (byte offset of the reported column, or an explicit 1-based column).
#[derive(Debug, Clone)]
pub struct TokError {
    pub kind: CompileErrorKind,
    pub message: String,
    pub offset: usize,
    /// Overrides the column derived from `offset` (1-based, in characters).
    pub column: Option<u32>,
}

#[derive(Debug, Default)]
pub struct Scan {
    /// The first error the tokenizer raises, if any.
    pub error: Option<TokError>,
    /// An opening bracket still open at the end of input (offset, char).
    pub open_at_eof: Option<(usize, char)>,
    /// Byte ranges of f-string literals.
    pub fstrings: Vec<(usize, usize)>,
}

/// Keywords CPython allows directly after a number (`1if x else 2`).
const NUMBER_SUFFIX_KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

fn is_id_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
}

struct Scanner<'s> {
    src: &'s str,
    b: &'s [u8],
    i: usize,
    brackets: Vec<(usize, u8)>,
    indents: Vec<(usize, usize)>,
    out: Scan,
}

pub fn scan(src: &str) -> Scan {
    let mut s = Scanner {
        src,
        b: src.as_bytes(),
        i: 0,
        brackets: Vec::new(),
        indents: vec![(0, 0)],
        out: Scan::default(),
    };
    s.run();
    if s.out.error.is_none() {
        s.out.open_at_eof = s.brackets.last().map(|&(o, c)| (o, c as char));
    }
    s.out
}

impl Scanner<'_> {
    fn fail(
        &mut self,
        kind: CompileErrorKind,
        message: String,
        offset: usize,
        column: Option<u32>,
    ) {
        self.out.error = Some(TokError {
            kind,
            message,
            offset,
            column,
        });
    }

    fn line_of(&self, offset: usize) -> usize {
        self.b[..offset.min(self.b.len())]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
            + 1
    }

    fn peek(&self, k: usize) -> u8 {
        *self.b.get(self.i + k).unwrap_or(&0)
    }

    fn char_at(&self, i: usize) -> Option<char> {
        self.src.get(i..).and_then(|s| s.chars().next())
    }

    fn run(&mut self) {
        let mut line_start = true;
        while self.i < self.b.len() && self.out.error.is_none() {
            if line_start && self.brackets.is_empty() {
                line_start = false;
                self.indentation();
                continue;
            }
            let c = self.b[self.i];
            match c {
                b'#' => {
                    while self.i < self.b.len()
                        && self.b[self.i] != b'\n'
                        && self.b[self.i] != b'\r'
                    {
                        self.i += 1;
                    }
                }
                b'\\' => {
                    let next = self.peek(1);
                    if next == b'\n' {
                        self.i += 2;
                    } else if next == b'\r' {
                        self.i += if self.peek(2) == b'\n' { 3 } else { 2 };
                    } else if next == 0 {
                        self.i += 1;
                    } else {
                        self.fail(
                            CompileErrorKind::SyntaxError,
                            "unexpected character after line continuation character".into(),
                            self.i + 1,
                            None,
                        );
                    }
                }
                b'\n' | b'\r' => {
                    self.i += 1;
                    if c == b'\r' && self.peek(0) == b'\n' {
                        self.i += 1;
                    }
                    // Inside brackets a newline is not a logical line
                    // break: the next line's leading spaces are no indent.
                    line_start = self.brackets.is_empty();
                }
                b'(' | b'[' | b'{' => {
                    self.brackets.push((self.i, c));
                    self.i += 1;
                }
                b')' | b']' | b'}' => {
                    self.closer(c);
                    self.i += 1;
                }
                b'\'' | b'"' => self.string(self.i, false),
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_ascii_digit() => self.number(),
                _ => {
                    let ch = self.char_at(self.i).unwrap_or(' ');
                    if is_id_start(ch) {
                        self.identifier();
                    } else {
                        self.i += ch.len_utf8();
                    }
                }
            }
        }
    }

    /// Measures a logical line's indentation against the indent stack.
    fn indentation(&mut self) {
        let start = self.i;
        let (mut col, mut alt) = (0usize, 0usize);
        while self.i < self.b.len() {
            match self.b[self.i] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                0x0c => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.i += 1;
        }
        // Blank lines, comment-only lines and continuation lines do not count.
        match self.b.get(self.i) {
            None | Some(b'#') | Some(b'\n') | Some(b'\r') | Some(b'\\') => return,
            _ => {}
        }
        let (top, top_alt) = *self.indents.last().expect("indent stack is never empty");
        let tab_error = |s: &mut Self| {
            s.fail(
                CompileErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation".into(),
                start,
                None,
            );
        };
        if col == top {
            if alt != top_alt {
                tab_error(self);
            }
        } else if col > top {
            if alt <= top_alt {
                tab_error(self);
                return;
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().expect("non-empty").0 {
                self.indents.pop();
            }
            let (top, top_alt) = *self.indents.last().expect("non-empty");
            if col != top {
                // CPython points just past the end of the offending line.
                let end = self.src[start..]
                    .find(['\n', '\r'])
                    .map_or(self.src.len(), |e| start + e);
                let width = self.src[start..end].chars().count() as u32;
                self.fail(
                    CompileErrorKind::IndentationError,
                    "unindent does not match any outer indentation level".into(),
                    start,
                    Some(width + 1),
                );
            } else if alt != top_alt {
                tab_error(self);
            }
        }
    }

    fn closer(&mut self, c: u8) {
        let close = c as char;
        let Some((open_at, open)) = self.brackets.pop() else {
            self.fail(
                CompileErrorKind::SyntaxError,
                format!("unmatched '{close}'"),
                self.i,
                None,
            );
            return;
        };
        let want = match open {
            b'(' => b')',
            b'[' => b']',
            _ => b'}',
        };
        if want != c {
            let open_line = self.line_of(open_at);
            let here = self.line_of(self.i);
            let open = open as char;
            let message = if open_line == here {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            } else {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}")
            };
            self.fail(CompileErrorKind::SyntaxError, message, self.i, None);
        }
    }

    fn identifier(&mut self) {
        let start = self.i;
        while let Some(ch) = self.char_at(self.i) {
            if !is_id_char(ch) {
                break;
            }
            self.i += ch.len_utf8();
        }
        let word = &self.src[start..self.i];
        let is_prefix = word.len() <= 2
            && word.chars().all(|c| "rRbBuUfF".contains(c))
            && !(word.len() == 2 && word.to_ascii_lowercase().contains('u'));
        if is_prefix && matches!(self.peek(0), b'\'' | b'"') {
            let f = word.to_ascii_lowercase().contains('f');
            self.string(start, f);
        }
    }

    /// A string literal starting at the quote under the cursor (its token
    /// starts at `start`, prefix included).
    fn string(&mut self, start: usize, fstring: bool) {
        let q = self.b[self.i];
        let triple = self.peek(1) == q && self.peek(2) == q;
        self.i += if triple { 3 } else { 1 };
        loop {
            if self.i >= self.b.len() {
                if triple {
                    let last = self.line_of(self.b.len().saturating_sub(1));
                    self.fail(
                        CompileErrorKind::SyntaxError,
                        format!(
                            "unterminated triple-quoted string literal (detected at line {last})"
                        ),
                        start,
                        None,
                    );
                } else {
                    let line = self.line_of(start);
                    self.fail(
                        CompileErrorKind::SyntaxError,
                        format!("unterminated string literal (detected at line {line})"),
                        start,
                        None,
                    );
                }
                return;
            }
            let c = self.b[self.i];
            if c == b'\\' {
                self.i += 2;
                continue;
            }
            if !triple && (c == b'\n' || c == b'\r') {
                let line = self.line_of(start);
                self.fail(
                    CompileErrorKind::SyntaxError,
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    None,
                );
                return;
            }
            if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                self.i += if triple { 3 } else { 1 };
                break;
            }
            self.i += 1;
        }
        if fstring {
            self.out.fstrings.push((start, self.i));
        }
    }

    fn digits(&mut self, ok: impl Fn(u8) -> bool) -> Result<usize, usize> {
        let mut n = 0;
        while self.i < self.b.len() {
            let c = self.b[self.i];
            if ok(c) {
                n += 1;
                self.i += 1;
            } else if c == b'_' {
                if !ok(self.peek(1)) {
                    return Err(self.i + 1);
                }
                self.i += 1;
            } else {
                break;
            }
        }
        Ok(n)
    }

    fn bad_number(&mut self, what: &str, offset: usize) {
        self.fail(
            CompileErrorKind::SyntaxError,
            format!("invalid {what} literal"),
            offset,
            None,
        );
    }

    /// After a number: an identifier character right after it is an error,
    /// except for the keywords CPython tolerates.
    fn end_of_number(&mut self, what: &str) {
        let Some(ch) = self.char_at(self.i) else {
            return;
        };
        if !is_id_char(ch) {
            return;
        }
        let rest = &self.src[self.i..];
        let ok = NUMBER_SUFFIX_KEYWORDS.iter().any(|k| {
            rest.starts_with(k)
                && rest[k.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !is_id_char(c))
        });
        if !ok {
            self.bad_number(what, self.i);
        }
    }

    fn number(&mut self) {
        let start = self.i;
        if self.b[self.i] == b'0' && matches!(self.peek(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        {
            let (what, radix): (&str, u32) = match self.peek(1) | 0x20 {
                b'x' => ("hexadecimal", 16),
                b'o' => ("octal", 8),
                _ => ("binary", 2),
            };
            self.i += 2;
            if self.peek(0) == b'_' {
                self.i += 1;
            }
            let ok = move |c: u8| (c as char).is_digit(radix);
            match self.digits(ok) {
                Err(at) => return self.bad_number(what, at),
                Ok(0) => {
                    if radix != 16 && self.peek(0).is_ascii_digit() {
                        let d = self.peek(0) as char;
                        return self.fail(
                            CompileErrorKind::SyntaxError,
                            format!("invalid digit '{d}' in {what} literal"),
                            self.i,
                            None,
                        );
                    }
                    return self.bad_number(what, start + 1);
                }
                Ok(_) => {}
            }
            if radix != 16 && self.peek(0).is_ascii_digit() {
                let d = self.peek(0) as char;
                return self.fail(
                    CompileErrorKind::SyntaxError,
                    format!("invalid digit '{d}' in {what} literal"),
                    self.i,
                    None,
                );
            }
            return self.end_of_number(what);
        }
        let dec = |c: u8| c.is_ascii_digit();
        let int_start = self.i;
        if let Err(at) = self.digits(dec) {
            return self.bad_number("decimal", at);
        }
        let int_part = &self.src[int_start..self.i];
        let mut is_float = false;
        if self.peek(0) == b'.' {
            is_float = true;
            self.i += 1;
            if self.peek(0).is_ascii_digit() {
                if let Err(at) = self.digits(dec) {
                    return self.bad_number("decimal", at);
                }
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.i;
            self.i += 1;
            if matches!(self.peek(0), b'+' | b'-') {
                self.i += 1;
            }
            if !self.peek(0).is_ascii_digit() {
                self.i = save;
                return self.bad_number("decimal", start);
            }
            if let Err(at) = self.digits(dec) {
                return self.bad_number("decimal", at);
            }
            is_float = true;
        }
        if matches!(self.peek(0), b'j' | b'J') {
            self.i += 1;
            return self.end_of_number("imaginary");
        }
        if !is_float
            && int_part.len() > 1
            && int_part.starts_with('0')
            && int_part.bytes().any(|c| c != b'0' && c != b'_')
        {
            return self.fail(
                CompileErrorKind::SyntaxError,
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                start,
                None,
            );
        }
        self.end_of_number("decimal");
    }
}
