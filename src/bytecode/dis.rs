//! The disassembler: a `python3 -m dis`-like listing of a code object.
//!
//! ```text
//!   3           0 LoadFast                 0 (x)
//!               1 LoadConst                1 (1)
//!               2 BinaryOp                 0 (+)
//!         >>    4 ReturnValue
//! ExceptionTable:
//!   0 to 4 -> 9 [0]
//! ```
//!
//! Columns: the source line where it changes, `>>` on jump targets, the
//! unit index, the opcode name, the oparg and its meaning. The deoptimized
//! form (`adaptive = false`) prints each instruction's family base and hides
//! the cache words; the adaptive form prints the live words, specialized
//! names and cache contents included. Nested code objects follow, each
//! under a `Disassembly of <code object NAME, line N>:` header.

use std::collections::HashSet;
use std::fmt::Write;

use super::code::CodeObject;
use super::opcodes::{
    format_value, make_function, match_len, ArgKind, BinaryOpKind, CompareKind, Opcode,
};
use super::Constant;

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject, adaptive: bool) -> String {
    let mut out = String::new();
    dis_one(code, adaptive, &mut out);
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_repr(inner));
            out.push_str(&disassemble(inner, adaptive));
        }
    }
    out
}

fn dis_one(code: &CodeObject, adaptive: bool, out: &mut String) {
    let instrs = code.instructions();
    let mut targets: HashSet<u32> = HashSet::new();
    for &(_, op, arg) in &instrs {
        if op.arg_kind() == ArgKind::Jump {
            targets.insert(arg);
        }
    }
    for e in &code.exception_table {
        targets.insert(e.target);
    }
    let mut last_line = None;
    for &(pc, op, arg) in &instrs {
        let line = code.line_for(pc);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{line:>4}")
        } else {
            String::new()
        };
        let shown = if adaptive { op } else { op.base() };
        let marker = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            ""
        };
        let mut text = format!("{line_col:>4} {marker:>6} {pc:>5} {:<20}", shown.name());
        if shown.arg_kind() != ArgKind::None || arg != 0 {
            let _ = write!(text, " {arg:>5}");
            let meaning = arg_repr(code, shown, arg);
            if !meaning.is_empty() {
                let _ = write!(text, " ({meaning})");
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
        if adaptive {
            for k in 0..op.cache_words() {
                let w = code.word(pc + 1 + k);
                let _ = writeln!(out, "{:>12} {:>5} {:<20} {w:#x}", "", pc + 1 + k, "Cache");
            }
        }
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = write!(
                out,
                "  {} to {} -> {} [{}]",
                e.start, e.end, e.target, e.depth
            );
            if e.push_lasti {
                out.push_str(" lasti");
            }
            out.push('\n');
        }
    }
}

/// `<code object NAME, line N>`.
pub fn code_repr(code: &CodeObject) -> String {
    format!("<code object {}, line {}>", code.name, code.first_line)
}

fn arg_repr(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let i = arg as usize;
    let cell_name = |i: usize| {
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .cloned()
            .unwrap_or_else(|| "?".into())
    };
    match op.arg_kind() {
        ArgKind::None | ArgKind::Count => match op {
            Opcode::UnpackEx => format!("{} before, {} after", arg & 0xff, arg >> 8),
            _ => String::new(),
        },
        ArgKind::Const => code
            .constants
            .get(i)
            .map_or_else(|| "?".into(), constant_repr),
        ArgKind::Name => code.names.get(i).cloned().unwrap_or_else(|| "?".into()),
        ArgKind::Local => code.varnames.get(i).cloned().unwrap_or_else(|| "?".into()),
        ArgKind::Cell => cell_name(i),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::BinOp => match BinaryOpKind::from_oparg(arg) {
            Some((k, true)) => format!("{}=", k.symbol()),
            Some((k, false)) => k.symbol().to_string(),
            None => "?".into(),
        },
        ArgKind::Compare => CompareKind::from_oparg(arg)
            .map_or("?", |k| k.symbol())
            .to_string(),
        ArgKind::Flags => flags_repr(op, arg),
    }
}

fn flags_repr(op: Opcode, arg: u32) -> String {
    match op {
        Opcode::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
        Opcode::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
        Opcode::MakeFunction => {
            let mut parts = Vec::new();
            if arg & make_function::DEFAULTS != 0 {
                parts.push("defaults");
            }
            if arg & make_function::KWDEFAULTS != 0 {
                parts.push("kwdefaults");
            }
            if arg & make_function::CLOSURE != 0 {
                parts.push("closure");
            }
            parts.join(", ")
        }
        Opcode::FormatValue => {
            let conv = match arg & format_value::CONV_MASK {
                format_value::CONV_STR => "str",
                format_value::CONV_REPR => "repr",
                format_value::CONV_ASCII => "ascii",
                _ => "",
            };
            let spec = arg & format_value::HAS_SPEC != 0;
            match (conv.is_empty(), spec) {
                (true, true) => "with format".into(),
                (false, true) => format!("{conv}, with format"),
                _ => conv.into(),
            }
        }
        Opcode::CallFunctionEx => if arg & 1 != 0 { "kwargs" } else { "" }.into(),
        Opcode::MatchSequence | Opcode::MatchMapping => {
            let n = arg >> match_len::SHIFT;
            match arg & match_len::MASK {
                match_len::EQUAL => format!("len == {n}"),
                match_len::AT_LEAST => format!("len >= {n}"),
                _ => String::new(),
            }
        }
        _ => String::new(),
    }
}

/// A constant as Python's `repr` shows it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex(re, im) => crate::builtins::numfmt::complex_repr(*re, *im),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => match items.as_slice() {
            [one] => format!("({},)", constant_repr(one)),
            _ => format!(
                "({})",
                items
                    .iter()
                    .map(constant_repr)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
        Constant::FrozenSet(items) => format!(
            "frozenset({{{}}})",
            items
                .iter()
                .map(constant_repr)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Constant::Code(code) => code_repr(code),
    }
}

/// Python's `repr(float)`: shortest round-trip digits, scientific notation
/// outside `1e-4 <= |x| < 1e16`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // `{:e}` gives the shortest round-trip digits: "d.ddde[-]x".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().expect("exponent digits");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp >= 0 {
            let int_len = exp + 1;
            if n <= int_len {
                format!("{}{}.0", digits, "0".repeat((int_len - n) as usize))
            } else {
                format!(
                    "{}.{}",
                    &digits[..int_len as usize],
                    &digits[int_len as usize..]
                )
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() == 1 {
            digits
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{m}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_control() => {
                if (c as u32) < 0x100 {
                    let _ = write!(out, "\\x{:02x}", c as u32);
                } else {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(-2.5), "-2.5");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1.5e-7), "1.5e-07");
        assert_eq!(float_repr(123456.789), "123456.789");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1e22), "1e+22");
        assert_eq!(float_repr(f64::INFINITY), "inf");
    }

    #[test]
    fn strings_print_like_python() {
        assert_eq!(str_repr("a'b"), "\"a'b\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
        assert_eq!(str_repr("é"), "'é'");
        assert_eq!(bytes_repr(b"\x00ab"), "b'\\x00ab'");
    }
}
