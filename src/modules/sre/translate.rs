//! Python regular-expression syntax to `fancy-regex` syntax.
//!
//! This is a parser of Python's pattern language (the rules of CPython's
//! `sre_parse`, written from its documented behaviour) that emits an
//! equivalent pattern for fancy-regex, never a matcher of its own. Every
//! construct is re-emitted explicitly so that the two dialects cannot
//! disagree on it:
//!
//! - literals are written as `\x{..}` escapes (or bare alphanumerics), so
//!   characters that are special to one engine only (`&&`, `--`, `~~` in
//!   classes, a lone `{`, `#` and spaces in verbose mode) stay literal;
//! - the flags that change meaning between the dialects (`$`, `.`, `\w`,
//!   `\s`, `\d`, `\b` with `re.ASCII`, verbose mode) are applied here, per
//!   scope, and only `(?i)` is handed to the engine;
//! - capturing groups are always emitted as plain `(`: fancy-regex numbers
//!   them left to right exactly as Python does, and names are kept here
//!   (`groupindex`), so backreferences become `\k<N>`.
//!
//! Syntax errors carry CPython's message and the position (in code points)
//! CPython reports.

use std::fmt::Write;

pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_ASCII: u32 = 256;

/// A syntax error: CPython's message and position.
#[derive(Debug)]
pub struct SyntaxError {
    pub msg: String,
    pub pos: usize,
}

/// The translated pattern and what Python reports about it.
pub struct Translated {
    pub regex: String,
    /// Number of capturing groups.
    pub groups: usize,
    /// (name, group number), in order of definition.
    pub names: Vec<(String, usize)>,
    /// `parents[i]`: the capturing group enclosing group `i` (0: none).
    pub parents: Vec<usize>,
    /// The pattern's flags with the global inline flags added.
    pub flags: u32,
    /// The pattern ends in a top-level `$` written as `(\n?)\z`: an extra
    /// last group whose start is where the match really ends. (The
    /// lookahead `$` otherwise needs would keep the pattern off the
    /// `regex` crate's fast engines.)
    pub hidden_group: bool,
}

/// What the last emitted item was, for the quantifier rules.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    /// Nothing to repeat: the start of a branch.
    Nothing,
    /// A zero-width assertion (`^`, `$`, `\b`, `\A`, ...): not repeatable.
    At,
    /// An item that may be repeated; `usize` is where it starts in `out`.
    Item,
    /// An item already repeated (a further quantifier is "multiple repeat").
    Repeated,
}

struct Frame {
    /// Capturing group number, 0 for other groups.
    group: usize,
    /// Flags in force outside this group.
    saved_flags: u32,
    /// Where the group opens in the pattern (for error positions).
    start: usize,
}

struct Parser<'a> {
    src: &'a [char],
    i: usize,
    out: String,
    flags: u32,
    bytes: bool,
    groups: usize,
    names: Vec<(String, usize)>,
    parents: Vec<usize>,
    open: Vec<usize>,
    stack: Vec<Frame>,
    last: Last,
    /// Where the last top-level `$` (not multiline) was written in `out`.
    top_dollar: Option<usize>,
    /// Whether the pattern has a top-level `|`.
    top_alternation: bool,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        msg: msg.into(),
        pos,
    })
}

/// Translates `pattern` (the chars of a str pattern, or the bytes of a
/// bytes pattern as chars U+0000..U+00FF).
pub fn translate(pattern: &[char], flags: u32, bytes: bool) -> Result<Translated, SyntaxError> {
    let mut p = Parser {
        src: pattern,
        i: 0,
        out: String::with_capacity(pattern.len() * 2 + 8),
        flags,
        bytes,
        groups: 0,
        names: Vec::new(),
        parents: vec![0],
        open: Vec::new(),
        stack: Vec::new(),
        last: Last::Nothing,
        top_dollar: None,
        top_alternation: false,
    };
    p.parse()?;
    let mut hidden_group = false;
    if let Some(at) = p.top_dollar {
        if !p.top_alternation && p.out.len() == at + DOLLAR.len() {
            p.out.truncate(at);
            p.out.push_str("(\\n?)\\z");
            hidden_group = true;
        }
    }
    let mut regex = String::with_capacity(p.out.len() + 8);
    if p.flags & FLAG_IGNORECASE != 0 {
        regex.push_str("(?i)");
    }
    regex.push_str(&p.out);
    Ok(Translated {
        regex,
        groups: p.groups,
        names: p.names,
        parents: p.parents,
        flags: p.flags,
        hidden_group,
    })
}

/// Python's `$` outside multiline mode: the end, or before a final newline.
const DOLLAR: &str = "(?=\\n?\\z)";

fn is_special_ascii(c: char) -> bool {
    c.is_ascii() && !c.is_ascii_alphanumeric() && c != '_'
}

/// Appends `c` as a literal usable both inside and outside a class.
fn push_literal(out: &mut String, c: char) {
    if (c.is_alphanumeric() && !c.is_ascii()) || c.is_ascii_alphanumeric() || c == '_' {
        out.push(c);
    } else if is_special_ascii(c) || c.is_control() || c.is_whitespace() || !c.is_ascii() {
        let _ = write!(out, "\\x{{{:x}}}", c as u32);
    } else {
        out.push(c);
    }
}

/// A class item: one char, or a category already written as class text.
enum ClassItem {
    Char(char),
    /// Text valid inside `[...]` (e.g. `\d`, `0-9`, `[^0-9]`).
    Text(String),
}

const PY_WHITESPACE: &[char] = &[' ', '\t', '\n', '\r', '\x0b', '\x0c'];

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.src.get(self.i).copied()
    }

    fn peek_at(&self, k: usize) -> Option<char> {
        self.src.get(self.i + k).copied()
    }

    fn ascii(&self) -> bool {
        self.bytes || self.flags & FLAG_ASCII != 0
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_VERBOSE != 0
    }

    fn item(&mut self) {
        self.last = Last::Item;
    }

    fn parse(&mut self) -> Result<(), SyntaxError> {
        loop {
            if self.verbose() {
                self.skip_verbose();
            }
            let Some(c) = self.peek() else { break };
            let start = self.i;
            self.i += 1;
            match c {
                '|' => {
                    if self.stack.is_empty() {
                        self.top_alternation = true;
                    }
                    self.out.push('|');
                    self.last = Last::Nothing;
                }
                '(' => self.open_group(start)?,
                ')' => self.close_group(start)?,
                '[' => {
                    let class = self.parse_class(start)?;
                    self.out.push_str(&class);
                    self.item();
                }
                '.' => {
                    self.out.push_str(if self.flags & FLAG_DOTALL != 0 {
                        "(?s:.)"
                    } else {
                        "."
                    });
                    self.item();
                }
                '^' => {
                    self.out.push_str(if self.flags & FLAG_MULTILINE != 0 {
                        "(?m:^)"
                    } else {
                        "\\A"
                    });
                    self.last = Last::At;
                }
                '$' => {
                    if self.flags & FLAG_MULTILINE != 0 {
                        self.out.push_str("(?m:$)");
                    } else {
                        if self.stack.is_empty() {
                            self.top_dollar = Some(self.out.len());
                        }
                        self.out.push_str(DOLLAR);
                    }
                    self.last = Last::At;
                }
                '*' | '+' | '?' => self.quantifier(c, start, None)?,
                '{' => {
                    if let Some(q) = self.brace_quantifier(start)? {
                        self.quantifier('{', start, Some(q))?;
                    } else {
                        push_literal(&mut self.out, '{');
                        self.item();
                    }
                }
                '\\' => self.escape(start)?,
                _ => {
                    push_literal(&mut self.out, c);
                    self.item();
                }
            }
        }
        if let Some(f) = self.stack.last() {
            return err("missing ), unterminated subpattern", f.start);
        }
        Ok(())
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if PY_WHITESPACE.contains(&c) {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// `{m,n}` after `{` (already consumed): `Some((min, max))`, or `None`
    /// when the brace is a literal (the position is left after the `{`).
    fn brace_quantifier(
        &mut self,
        start: usize,
    ) -> Result<Option<(u64, Option<u64>)>, SyntaxError> {
        let here = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let digits = |p: &mut Self| {
            let mut s = String::new();
            while let Some(c) = p.peek().filter(|c| c.is_ascii_digit()) {
                s.push(c);
                p.i += 1;
            }
            s
        };
        let lo = digits(self);
        let hi = if self.peek() == Some(',') {
            self.i += 1;
            digits(self)
        } else {
            lo.clone()
        };
        if self.peek() != Some('}') {
            self.i = here;
            return Ok(None);
        }
        self.i += 1;
        const MAXREPEAT: u64 = 4294967295;
        let parse = |s: &str| s.parse::<u64>().unwrap_or(u64::MAX);
        let min = if lo.is_empty() { 0 } else { parse(&lo) };
        if min >= MAXREPEAT {
            return err("the repetition number is too large", start + 1);
        }
        let max = if hi.is_empty() {
            None
        } else {
            let m = parse(&hi);
            if m >= MAXREPEAT {
                return err("the repetition number is too large", start + 1);
            }
            if m < min {
                return err("min repeat greater than max repeat", start + 1);
            }
            Some(m)
        };
        Ok(Some((min, max)))
    }

    fn quantifier(
        &mut self,
        c: char,
        start: usize,
        brace: Option<(u64, Option<u64>)>,
    ) -> Result<(), SyntaxError> {
        match self.last {
            Last::Nothing | Last::At => return err("nothing to repeat", start),
            Last::Repeated => return err("multiple repeat", start),
            Last::Item => {}
        }
        match brace {
            Some((min, max)) => {
                let _ = match max {
                    Some(m) if m == min => write!(self.out, "{{{min}}}"),
                    Some(m) => write!(self.out, "{{{min},{m}}}"),
                    None => write!(self.out, "{{{min},}}"),
                };
            }
            None => self.out.push(c),
        }
        match self.peek() {
            Some('?') => {
                self.i += 1;
                self.out.push('?');
            }
            Some('+') => {
                self.i += 1;
                self.out.push('+');
            }
            _ => {}
        }
        self.last = Last::Repeated;
        Ok(())
    }

    fn category(&self, c: char) -> String {
        let ascii = self.ascii();
        match (c, ascii) {
            ('d', false) => "\\d".into(),
            ('D', false) => "\\D".into(),
            ('w', false) => "\\w".into(),
            ('W', false) => "\\W".into(),
            ('s', false) => "[\\s\\x{1c}-\\x{1f}]".into(),
            ('S', false) => "[^\\s\\x{1c}-\\x{1f}]".into(),
            ('d', true) => "[0-9]".into(),
            ('D', true) => "[^0-9]".into(),
            ('w', true) => "[0-9A-Za-z_]".into(),
            ('W', true) => "[^0-9A-Za-z_]".into(),
            ('s', true) => "[\\x{20}\\t\\n\\r\\x{b}\\x{c}]".into(),
            _ => "[^\\x{20}\\t\\n\\r\\x{b}\\x{c}]".into(),
        }
    }

    /// `\x..`, `\u....`, `\U........` (the letter consumed): the char.
    fn hex_escape(&mut self, letter: char, start: usize) -> Result<char, SyntaxError> {
        let n = match letter {
            'x' => 2,
            'u' => 4,
            _ => 8,
        };
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek().and_then(|c| c.to_digit(16)) {
                Some(d) => {
                    v = v * 16 + d;
                    self.i += 1;
                }
                None => {
                    let text: String = self.src[start..self.i].iter().collect();
                    return err(format!("incomplete escape {text}"), start);
                }
            }
        }
        match char::from_u32(v) {
            Some(c) if !(self.bytes && v > 0xff) => Ok(c),
            _ => {
                let text: String = self.src[start..self.i].iter().collect();
                err(format!("bad escape {text}"), start)
            }
        }
    }

    /// Octal digits after a first octal digit already read (up to 3 in all).
    fn octal(&mut self, first: u32, start: usize) -> Result<char, SyntaxError> {
        let mut v = first;
        let mut n = 1;
        while n < 3 {
            match self.peek().and_then(|c| c.to_digit(8)) {
                Some(d) => {
                    v = v * 8 + d;
                    self.i += 1;
                    n += 1;
                }
                None => break,
            }
        }
        if v > 0o377 {
            let text: String = self.src[start..self.i].iter().collect();
            return err(
                format!("octal escape value {text} outside of range 0-0o377"),
                start,
            );
        }
        Ok(char::from_u32(v).expect("octal below 0o400"))
    }

    /// An escape common to classes and the outside: a literal char, or
    /// `None` when `c` is not one of those escapes.
    fn simple_escape(&mut self, c: char, start: usize) -> Result<Option<char>, SyntaxError> {
        Ok(Some(match c {
            'a' => '\x07',
            'f' => '\x0c',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\x0b',
            'x' => self.hex_escape(c, start)?,
            'u' | 'U' if !self.bytes => self.hex_escape(c, start)?,
            'N' if !self.bytes => {
                // No table of character names: every name is unknown.
                if self.peek() != Some('{') {
                    return err("missing {", self.i);
                }
                self.i += 1;
                let name = self.group_name('}', "missing }, unterminated name")?;
                return err(format!("undefined character name '{name}'"), start);
            }
            _ => return Ok(None),
        }))
    }

    fn bad_escape<T>(&self, c: char, start: usize) -> Result<T, SyntaxError> {
        err(format!("bad escape \\{c}"), start)
    }

    fn escape(&mut self, start: usize) -> Result<(), SyntaxError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        if let Some(ch) = self.simple_escape(c, start)? {
            push_literal(&mut self.out, ch);
            self.item();
            return Ok(());
        }
        match c {
            'A' => {
                self.out.push_str("\\A");
                self.last = Last::At;
            }
            'Z' => {
                self.out.push_str("\\z");
                self.last = Last::At;
            }
            'b' | 'B' => {
                let neg = if c == 'B' { "\\B" } else { "\\b" };
                if self.ascii() {
                    let _ = write!(self.out, "(?-u:{neg})");
                } else {
                    self.out.push_str(neg);
                }
                self.last = Last::At;
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let cat = self.category(c);
                self.out.push_str(&cat);
                self.item();
            }
            '0' => {
                let ch = self.octal(0, start)?;
                push_literal(&mut self.out, ch);
                self.item();
            }
            '1'..='9' => {
                // Three octal digits are an octal escape; otherwise one or
                // two digits name a group.
                let d1 = self.peek().filter(|c| c.is_ascii_digit());
                let d2 = self.peek_at(1).filter(|c| c.is_digit(8));
                if c.is_digit(8) && d1.is_some_and(|d| d.is_digit(8)) && d2.is_some() {
                    let ch = self.octal(c.to_digit(8).expect("octal digit"), start)?;
                    push_literal(&mut self.out, ch);
                    self.item();
                    return Ok(());
                }
                let mut n = c.to_digit(10).expect("digit") as usize;
                if let Some(d) = d1 {
                    n = n * 10 + d.to_digit(10).expect("digit") as usize;
                    self.i += 1;
                }
                self.backref(n, start + 1)?;
            }
            c if c.is_ascii_alphabetic() => return self.bad_escape(c, start),
            c => {
                push_literal(&mut self.out, c);
                self.item();
            }
        }
        Ok(())
    }

    fn backref(&mut self, n: usize, pos: usize) -> Result<(), SyntaxError> {
        if n > self.groups || n == 0 {
            return err(format!("invalid group reference {n}"), pos);
        }
        if self.open.contains(&n) {
            return err("cannot refer to an open group", pos - 1);
        }
        let _ = write!(self.out, "\\k<{n}>");
        self.item();
        Ok(())
    }

    /// Reads a group name up to `term`; `pos` is where the name starts.
    fn group_name(&mut self, term: char, missing_term: &str) -> Result<String, SyntaxError> {
        let pos = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return err("missing group name", pos),
                None => return err(missing_term, pos),
                Some(c) if c == term => {
                    self.i += 1;
                    break;
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
        if name.is_empty() {
            return err("missing group name", pos);
        }
        Ok(name)
    }

    fn is_identifier(name: &str) -> bool {
        let mut chars = name.chars();
        match chars.next() {
            Some(c) if c == '_' || c.is_alphabetic() => {}
            _ => return false,
        }
        chars.all(|c| c == '_' || c.is_alphanumeric())
    }

    fn push_frame(&mut self, group: usize, start: usize) {
        self.stack.push(Frame {
            group,
            saved_flags: self.flags,
            start,
        });
        self.last = Last::Nothing;
    }

    fn new_group(&mut self, start: usize) -> usize {
        self.groups += 1;
        let n = self.groups;
        let parent = self
            .stack
            .iter()
            .rev()
            .find(|f| f.group != 0)
            .map_or(0, |f| f.group);
        self.parents.push(parent);
        self.open.push(n);
        self.out.push('(');
        self.push_frame(n, start);
        n
    }

    fn open_group(&mut self, start: usize) -> Result<(), SyntaxError> {
        if self.peek() != Some('?') {
            self.new_group(start);
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek() else {
            return err("unexpected end of pattern", self.i);
        };
        self.i += 1;
        match c {
            ':' => {
                self.out.push_str("(?:");
                self.push_frame(0, start);
            }
            'P' => {
                match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let pos = self.i;
                        let name = self.group_name('>', "missing >, unterminated name")?;
                        if !Self::is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), pos);
                        }
                        let n = self.groups + 1;
                        if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == name) {
                            return err(
                            format!("redefinition of group name '{name}' as group {n}; was group {old}"),
                            pos,
                        );
                        }
                        self.names.push((name, n));
                        self.new_group(start);
                    }
                    Some('=') => {
                        self.i += 1;
                        let pos = self.i;
                        let name = self.group_name(')', "missing ), unterminated name")?;
                        if !Self::is_identifier(&name) {
                            return err(format!("bad character in group name '{name}'"), pos);
                        }
                        let Some(&(_, n)) = self.names.iter().find(|(k, _)| *k == name) else {
                            return err(format!("unknown group name '{name}'"), pos);
                        };
                        if self.open.contains(&n) {
                            return err("cannot refer to an open group", pos);
                        }
                        let _ = write!(self.out, "\\k<{n}>");
                        self.item();
                    }
                    Some(d) => {
                        return err(format!("unknown extension ?P{d}"), start + 1);
                    }
                    None => return err("unexpected end of pattern", self.i),
                }
            }
            '#' => loop {
                match self.peek() {
                    None => return err("missing ), unterminated comment", start),
                    Some(')') => {
                        self.i += 1;
                        break;
                    }
                    Some(_) => self.i += 1,
                }
            },
            '=' | '!' => {
                let _ = write!(self.out, "(?{c}");
                self.push_frame(0, start);
            }
            '<' => match self.peek() {
                Some(d @ ('=' | '!')) => {
                    self.i += 1;
                    let _ = write!(self.out, "(?<{d}");
                    self.push_frame(0, start);
                }
                Some(d) => return err(format!("unknown extension ?<{d}"), start + 1),
                None => return err("unexpected end of pattern", self.i),
            },
            '>' => {
                self.out.push_str("(?>");
                self.push_frame(0, start);
            }
            '(' => {
                let pos = self.i;
                let name = self.group_name(')', "missing ), unterminated name")?;
                let n = if Self::is_identifier(&name) {
                    match self.names.iter().find(|(k, _)| *k == name) {
                        Some(&(_, n)) => n,
                        None => return err(format!("unknown group name '{name}'"), pos),
                    }
                } else {
                    match name.parse::<usize>() {
                        Ok(n) if name.chars().all(|c| c.is_ascii_digit()) => {
                            if n == 0 {
                                return err("bad group number", pos);
                            }
                            n
                        }
                        _ => return err(format!("bad character in group name '{name}'"), pos),
                    }
                };
                if n > self.groups {
                    return err(format!("invalid group reference {n}"), pos);
                }
                let _ = write!(self.out, "(?({n})");
                self.push_frame(0, start);
            }
            c if "aiLmsux-".contains(c) => {
                self.i -= 1;
                self.inline_flags(start)?;
            }
            c => return err(format!("unknown extension ?{c}"), start + 1),
        }
        Ok(())
    }

    fn flag_bit(c: char) -> u32 {
        match c {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            'x' => FLAG_VERBOSE,
            _ => 0,
        }
    }

    /// `(?flags)` or `(?flags-flags:...)`; `self.i` is at the first flag.
    fn inline_flags(&mut self, start: usize) -> Result<(), SyntaxError> {
        let mut add = 0;
        let mut del = 0;
        while let Some(c) = self.peek() {
            let bit = Self::flag_bit(c);
            if bit == 0 {
                break;
            }
            self.i += 1;
            if bit == FLAG_LOCALE && !self.bytes {
                return err(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    self.i,
                );
            }
            if bit == FLAG_UNICODE && self.bytes {
                return err(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    self.i,
                );
            }
            add |= bit;
        }
        let mask = FLAG_ASCII | FLAG_UNICODE | FLAG_LOCALE;
        if (add & mask).count_ones() > 1 {
            return err(
                "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                self.i,
            );
        }
        let mut scoped = false;
        if self.peek() == Some('-') {
            self.i += 1;
            let Some(c) = self.peek() else {
                return err("missing flag", self.i);
            };
            while let Some(c) = self.peek() {
                let bit = Self::flag_bit(c);
                if bit == 0 {
                    break;
                }
                if bit & mask != 0 {
                    return err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i + 1,
                    );
                }
                self.i += 1;
                del |= bit;
            }
            if del == 0 {
                let msg = if c.is_ascii_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return err(msg, self.i);
            }
            if add & del != 0 {
                return err("bad inline flags: flag turned on and off", self.i);
            }
            if self.peek() != Some(':') {
                return match self.peek() {
                    Some(c) if c.is_ascii_alphabetic() => err("unknown flag", self.i),
                    None => err("missing :", self.i),
                    _ => err("missing :", self.i),
                };
            }
        }
        match self.peek() {
            Some(')') if del == 0 => {
                self.i += 1;
                if start != 0 && !self.only_globals_before(start) {
                    return err("global flags not at the start of the expression", start);
                }
                self.flags |= add;
                // `(?x)` after a branch started would change how the rest of
                // the pattern was read; Python's requirement above keeps the
                // global flags first, so applying them from here on is exact.
            }
            Some(':') => {
                self.i += 1;
                scoped = true;
            }
            Some(c) if c.is_ascii_alphabetic() => return err("unknown flag", self.i),
            None => return err("missing -, : or )", self.i),
            _ => return err("missing -, : or )", self.i),
        }
        if scoped {
            // Verbose mode and the others in a scope are applied by this
            // reader; only case-insensitivity goes to the engine.
            let casei = (add | del) & FLAG_IGNORECASE != 0;
            if casei {
                self.out.push_str(if add & FLAG_IGNORECASE != 0 {
                    "(?i:"
                } else {
                    "(?-i:"
                });
            } else {
                self.out.push_str("(?:");
            }
            self.push_frame(0, start);
            let mut f = self.flags | add;
            f &= !del;
            if add & FLAG_ASCII != 0 {
                f &= !FLAG_UNICODE;
            }
            if add & FLAG_UNICODE != 0 {
                f &= !FLAG_ASCII;
            }
            self.flags = f;
        }
        Ok(())
    }

    /// Whether everything in the pattern before `start` is global flag
    /// groups (and, in verbose mode, whitespace and comments).
    fn only_globals_before(&self, start: usize) -> bool {
        let mut i = 0;
        let verbose_anywhere = self.flags & FLAG_VERBOSE != 0;
        while i < start {
            let c = self.src[i];
            if verbose_anywhere && PY_WHITESPACE.contains(&c) {
                i += 1;
                continue;
            }
            if verbose_anywhere && c == '#' {
                while i < start && self.src[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            if c == '(' && self.src.get(i + 1) == Some(&'?') {
                let mut j = i + 2;
                while j < start && Self::flag_bit(self.src[j]) != 0 {
                    j += 1;
                }
                if j > i + 2 && self.src.get(j) == Some(&')') {
                    i = j + 1;
                    continue;
                }
            }
            return false;
        }
        true
    }

    fn close_group(&mut self, start: usize) -> Result<(), SyntaxError> {
        let Some(f) = self.stack.pop() else {
            return err("unbalanced parenthesis", start);
        };
        if f.group != 0 {
            self.open.retain(|&g| g != f.group);
        }
        self.flags = f.saved_flags;
        self.out.push(')');
        self.item();
        Ok(())
    }

    /// A class item after `\` (the backslash at `start` consumed).
    fn class_escape(&mut self, start: usize) -> Result<ClassItem, SyntaxError> {
        let Some(c) = self.peek() else {
            return err("bad escape (end of pattern)", start);
        };
        self.i += 1;
        if let Some(ch) = self.simple_escape(c, start)? {
            return Ok(ClassItem::Char(ch));
        }
        Ok(match c {
            'b' => ClassItem::Char('\x08'),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let cat = self.category(c);
                // A positive category's inner text goes in as is; the
                // others stay nested classes.
                let inner = match cat.strip_prefix('[') {
                    Some(rest) if !rest.starts_with('^') => {
                        rest.strip_suffix(']').unwrap_or(rest).to_string()
                    }
                    _ => cat,
                };
                ClassItem::Text(inner)
            }
            '0'..='7' => ClassItem::Char(self.octal(c.to_digit(8).expect("octal"), start)?),
            c if c.is_ascii_alphanumeric() => return self.bad_escape(c, start),
            c => ClassItem::Char(c),
        })
    }

    fn parse_class(&mut self, start: usize) -> Result<String, SyntaxError> {
        let mut out = String::from("[");
        if self.peek() == Some('^') {
            self.i += 1;
            out.push('^');
        }
        let first = self.i;
        let mut any = false;
        loop {
            let Some(c) = self.peek() else {
                return err("unterminated character set", start);
            };
            let here = self.i;
            self.i += 1;
            if c == ']' && here != first {
                break;
            }
            let item = if c == '\\' {
                self.class_escape(here)?
            } else {
                ClassItem::Char(c)
            };
            if self.peek() == Some('-') {
                self.i += 1;
                let Some(d) = self.peek() else {
                    return err("unterminated character set", start);
                };
                if d == ']' {
                    self.i += 1;
                    push_class_item(&mut out, item);
                    push_literal(&mut out, '-');
                    any = true;
                    break;
                }
                let there = self.i;
                self.i += 1;
                let item2 = if d == '\\' {
                    self.class_escape(there)?
                } else {
                    ClassItem::Char(d)
                };
                let (ClassItem::Char(lo), ClassItem::Char(hi)) = (&item, &item2) else {
                    let text: String = self.src[here..self.i].iter().collect();
                    return err(format!("bad character range {text}"), here);
                };
                if hi < lo {
                    let text: String = self.src[here..self.i].iter().collect();
                    return err(format!("bad character range {text}"), here);
                }
                push_literal(&mut out, *lo);
                out.push('-');
                push_literal(&mut out, *hi);
            } else {
                push_class_item(&mut out, item);
            }
            any = true;
        }
        if !any {
            // `[]` cannot happen (a first `]` is literal); kept for safety.
            return err("unterminated character set", start);
        }
        out.push(']');
        Ok(out)
    }
}

fn push_class_item(out: &mut String, item: ClassItem) {
    match item {
        ClassItem::Char(c) => push_literal(out, c),
        ClassItem::Text(t) => out.push_str(&t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str) -> String {
        let chars: Vec<char> = p.chars().collect();
        translate(&chars, FLAG_UNICODE, false).unwrap().regex
    }

    #[test]
    fn basics() {
        assert_eq!(tr("a+b"), "a+b");
        assert_eq!(tr("(?P<x>a)(?P=x)"), "(a)\\k<1>");
        assert_eq!(tr("a{,3}"), "a{0,3}");
        assert_eq!(tr("a{"), "a\\x{7b}");
        assert_eq!(tr("\\Z"), "\\z");
    }
}
