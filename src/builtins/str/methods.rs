//! The str methods that transform or test a whole string: case mappings,
//! predicates, padding, stripping, `removeprefix`/`removesuffix`,
//! `expandtabs` and `encode`.

use crate::builtins::add_method;
use crate::interp::{Args, InterpState, PyResult, Vm};
use crate::object::{StrObj, Value};

use super::args::{c_int, kw_recv, named_str_arg, opt_str_arg, recv, ssize, this};
use super::{alloc_string, checked_size, new_str_len, new_sub_str, same_or_new, str_obj, unicode};

// ----- case mappings -------------------------------------------------------------

fn case_method(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    ascii: fn(&str) -> String,
    full: fn(&str) -> String,
) -> PyResult<Value> {
    recv(vm, args, name, 0, 0)?;
    let s = this(args);
    if s.is_ascii() {
        let out = ascii(s.as_str());
        return Ok(new_str_len(vm, out, s.char_len()));
    }
    let out = full(s.as_str());
    Ok(vm.new_str(out))
}

fn ascii_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        out.push(if prev_cased {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        });
        prev_cased = c.is_ascii_alphabetic();
    }
    out
}

fn ascii_capitalize(s: &str) -> String {
    let mut out = s.to_ascii_lowercase();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

fn ascii_swapcase(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "upper", str::to_ascii_uppercase, unicode::upper)
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "lower", str::to_ascii_lowercase, unicode::lower)
}

fn str_casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(
        vm,
        &args,
        "casefold",
        str::to_ascii_lowercase,
        unicode::casefold,
    )
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "swapcase", ascii_swapcase, unicode::swapcase)
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "title", ascii_title, unicode::title)
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(
        vm,
        &args,
        "capitalize",
        ascii_capitalize,
        unicode::capitalize,
    )
}

// ----- predicates ----------------------------------------------------------------

fn predicate(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    test: impl Fn(&StrObj) -> bool,
) -> PyResult<Value> {
    recv(vm, args, name, 0, 0)?;
    Ok(Value::bool(test(this(args))))
}

/// Nonempty and every code point satisfies `f` (with an ASCII test for
/// ASCII text).
fn all_chars(s: &StrObj, ascii: fn(&u8) -> bool, f: fn(char) -> bool) -> bool {
    if s.char_len() == 0 {
        return false;
    }
    if s.is_ascii() {
        return s.as_str().as_bytes().iter().all(ascii);
    }
    s.as_str().chars().all(f)
}

fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalpha", |s| {
        all_chars(s, u8::is_ascii_alphabetic, unicode::is_alpha)
    })
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isalnum", |s| {
        all_chars(s, u8::is_ascii_alphanumeric, unicode::is_alnum)
    })
}

fn str_isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isdecimal", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_decimal)
    })
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isdigit", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_digit)
    })
}

fn str_isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isnumeric", |s| {
        all_chars(s, u8::is_ascii_digit, unicode::is_numeric)
    })
}

fn ascii_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f)
}

fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isspace", |s| {
        all_chars(s, ascii_space, unicode::is_space)
    })
}

fn str_isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isascii", |s| s.is_ascii())
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isprintable", |s| {
        s.as_str().chars().all(unicode::is_printable)
    })
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "islower", |s| unicode::str_islower(s.as_str()))
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isupper", |s| unicode::str_isupper(s.as_str()))
}

fn str_istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "istitle", |s| unicode::str_istitle(s.as_str()))
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, &args, "isidentifier", |s| {
        unicode::str_isidentifier(s.as_str())
    })
}

// ----- padding -------------------------------------------------------------------

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(&v) = v else { return Ok(' ') };
    match str_obj(v) {
        Some(s) if s.char_len() == 1 => Ok(s.char_at(0)),
        Some(_) => Err(vm.type_error("The fill character must be exactly one character long")),
        None => {
            let t = vm.type_name(v);
            Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {t}"
            )))
        }
    }
}

/// `s` with `left` and `right` fill characters around it.
fn pad(vm: &mut Vm, recv: Value, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let s = str_obj(recv).expect("a str");
    if left == 0 && right == 0 {
        return Ok(same_or_new(vm, recv));
    }
    let size = checked_size(
        vm,
        &[(left, fill.len_utf8()), (right, fill.len_utf8())],
        s.as_str().len(),
    )?;
    let mut out = alloc_string(vm, size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str_len(vm, out, s.char_len() + left + right))
}

fn padding_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    let a = recv(vm, args, name, 1, 2)?;
    let width = ssize(vm, a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let len = this(args).char_len() as i64;
    Ok(((width - len).max(0) as usize, fill))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (marg, fill) = padding_args(vm, &args, "center")?;
    let width = this(&args).char_len() + marg;
    // CPython's rounding: the odd pad goes left when the width is odd.
    let left = marg / 2 + (marg & width & 1);
    pad(vm, args.pos[0], left, marg - left, fill)
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (marg, fill) = padding_args(vm, &args, "ljust")?;
    pad(vm, args.pos[0], 0, marg, fill)
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (marg, fill) = padding_args(vm, &args, "rjust")?;
    pad(vm, args.pos[0], marg, 0, fill)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "zfill", 1, 1)?;
    let width = ssize(vm, a[0])?;
    let s = this(&args);
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    let fill = (width - len) as usize;
    let text = s.as_str();
    let size = checked_size(vm, &[(fill, 1)], text.len())?;
    let mut out = alloc_string(vm, size)?;
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => text.split_at(1),
        _ => ("", text),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(new_str_len(vm, out, width as usize))
}

// ----- stripping -----------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(vm: &mut Vm, args: &Args, name: &str, side: Side) -> PyResult<Value> {
    let a = recv(vm, args, name, 0, 1)?;
    let s = this(args);
    let text = s.as_str();
    let chars = match a.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(&v) => match str_obj(v) {
            Some(c) => Some(c.as_str()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let keep = |c: char| match chars {
        None => !unicode::is_space(c),
        Some(set) => !set.contains(c),
    };
    let start = if side == Side::Right {
        0
    } else {
        text.char_indices()
            .find(|&(_, c)| keep(c))
            .map_or(text.len(), |(i, _)| i)
    };
    let end = if side == Side::Left {
        text.len()
    } else {
        text[start..]
            .char_indices()
            .rev()
            .find(|&(_, c)| keep(c))
            .map_or(start, |(i, c)| start + i + c.len_utf8())
    };
    if start == 0 && end == text.len() {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    Ok(new_sub_str(vm, s, &text[start..end]))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(vm, &args, "strip", Side::Both)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(vm, &args, "lstrip", Side::Left)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip(vm, &args, "rstrip", Side::Right)
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "removeprefix", 1, 1)?;
    let p = named_str_arg(vm, a[0], "removeprefix", "")?;
    let s = this(&args);
    match s.as_str().strip_prefix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(new_sub_str(vm, s, rest)),
        _ => Ok(same_or_new(vm, args.pos[0])),
    }
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = recv(vm, &args, "removesuffix", 1, 1)?;
    let p = named_str_arg(vm, a[0], "removesuffix", "")?;
    let s = this(&args);
    match s.as_str().strip_suffix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Ok(new_sub_str(vm, s, rest)),
        _ => Ok(same_or_new(vm, args.pos[0])),
    }
}

// ----- expandtabs, encode --------------------------------------------------------

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [tabsize] = kw_recv(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match tabsize {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    let s = this(&args);
    let text = s.as_str();
    if !text.contains('\t') {
        return Ok(same_or_new(vm, args.pos[0]));
    }
    // First pass: the result's length, checked before allocating.
    let tab = tabsize.max(0) as usize;
    let (mut col, mut total) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    col += n;
                    total = match total.checked_add(n) {
                        Some(t) if t <= isize::MAX as usize => t,
                        _ => return Err(vm.overflow_error("result too long")),
                    };
                }
            }
            '\n' | '\r' => {
                col = 0;
                total += 1;
            }
            _ => {
                col += 1;
                total += 1;
            }
        }
    }
    let extra_bytes = text.len() - s.char_len();
    let mut out = alloc_string(vm, total.saturating_add(extra_bytes))?;
    col = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    col += n;
                    out.extend(std::iter::repeat_n(' ', n));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(new_str_len(vm, out, total))
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [encoding, errors] = kw_recv(vm, &args, "encode", &["encoding", "errors"])?;
    let encoding = opt_str_arg(vm, encoding, "encode", "encoding")?.unwrap_or("utf-8");
    let errors = opt_str_arg(vm, errors, "encode", "errors")?.unwrap_or("strict");
    let s = this(&args);
    let bytes = super::codecs::encode(vm, s.as_str(), encoding, errors)?;
    Ok(vm.new_bytes(bytes))
}

pub fn init(interp: &InterpState, ty: Value) {
    let methods: &[(&'static str, crate::interp::NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isdecimal", str_isdecimal),
        ("isdigit", str_isdigit),
        ("isnumeric", str_isnumeric),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
    ];
    for &(name, f) in methods {
        add_method(interp, ty, name, f);
    }
}
