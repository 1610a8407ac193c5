//! Checks `weft::builtins::numfmt` against the table `tests/numfmt_cases.txt`,
//! which `tests/numfmt_cases.py` produces by running CPython 3.11 (see that
//! script for the line formats).  Every expectation comes from python3.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use weft::builtins::numfmt::*;

const CASES: &str = include_str!("numfmt_cases.txt");

/// Undoes the generator's `esc()`.
fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('p') => out.push('|'),
            Some('u') => {
                assert_eq!(chars.next(), Some('{'));
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let v = u32::from_str_radix(&hex, 16).expect("hex escape");
                out.push(char::from_u32(v).expect("scalar value"));
            }
            other => panic!("bad escape {other:?} in {s:?}"),
        }
    }
    out
}

/// A float from the table: `float.hex()` text, or `nan` / `-nan`.
fn float_of(field: &str) -> f64 {
    match field {
        "nan" => f64::NAN,
        "-nan" => -f64::NAN,
        _ => float_fromhex(field).unwrap_or_else(|e| panic!("bad hex float {field}: {e}")),
    }
}

/// The table's spelling of a float result.
fn hex_of(x: f64) -> String {
    if x.is_nan() {
        if x.is_sign_negative() { "-nan" } else { "nan" }.to_string()
    } else {
        float_hex(x)
    }
}

fn int_of(field: &str) -> BigInt {
    field.parse().unwrap_or_else(|_| panic!("bad int {field}"))
}

fn err_text(e: &NumFmtError) -> String {
    format!("ERR:{}:{}", e.class_name(), e.message())
}

fn shown(r: Result<String, NumFmtError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => err_text(&e),
    }
}

/// Runs `check` on every line of `kind`; `check` returns what it computed,
/// in the table's notation, and the expected text.
fn run_kind(kind: &str, check: impl Fn(&[&str]) -> (String, String)) {
    let mut total = 0;
    let mut failures = Vec::new();
    for (lineno, line) in CASES.lines().enumerate() {
        let fields: Vec<&str> = line.split('|').collect();
        if fields[0] != kind {
            continue;
        }
        total += 1;
        let (got, want) = check(&fields[1..]);
        if got != want {
            failures.push(format!(
                "line {}: {line}\n    want {want:?}\n    got  {got:?}",
                lineno + 1
            ));
        }
    }
    assert!(total > 0, "no `{kind}` cases in the table");
    if !failures.is_empty() {
        for f in failures.iter().take(40) {
            eprintln!("{f}");
        }
        panic!("{} of {total} `{kind}` cases failed", failures.len());
    }
    eprintln!("{total} `{kind}` cases passed");
}

#[test]
fn float_repr_matches_cpython() {
    run_kind("repr", |f| (float_repr(float_of(f[0])), unesc(f[1])));
}

#[test]
fn float_hex_round_trips() {
    // The repr side is decoded by core's parser, independently of float_fromhex.
    run_kind("tohex", |f| {
        let x: f64 = f[0].parse().expect("repr");
        let back = float_of(f[1]);
        let same = back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan());
        (format!("{} {same}", hex_of(x)), format!("{} true", f[1]))
    });
}

#[test]
fn float_fromhex_matches_cpython() {
    run_kind("fromhex", |f| {
        (shown(float_fromhex(&unesc(f[0])).map(hex_of)), unesc(f[1]))
    });
}

#[test]
fn format_float_matches_cpython() {
    run_kind("fmt", |f| {
        let x = float_of(f[0]);
        let spec = unesc(f[1]);
        let got = parse_format_spec(&spec, SpecTarget::Float, "float")
            .and_then(|s| format_float(x, &s, "float"));
        (shown(got), unesc(f[2]))
    });
}

#[test]
fn format_int_matches_cpython() {
    run_kind("fmti", |f| {
        let n = int_of(f[0]);
        let spec = unesc(f[1]);
        let got = parse_format_spec(&spec, SpecTarget::Int, "int")
            .and_then(|s| format_int(&n, &s, "int"));
        (shown(got), unesc(f[2]))
    });
}

#[test]
fn format_str_matches_cpython() {
    run_kind("fmts", |f| {
        let v = unesc(f[0]);
        let spec = unesc(f[1]);
        let got = parse_format_spec(&spec, SpecTarget::Str, "str")
            .and_then(|s| format_str(&v, &s, "str"));
        (shown(got), unesc(f[2]))
    });
}

#[test]
fn complex_matches_cpython() {
    run_kind("crepr", |f| {
        (complex_repr(float_of(f[0]), float_of(f[1])), unesc(f[2]))
    });
    run_kind("fmtc", |f| {
        let (re, im) = (float_of(f[0]), float_of(f[1]));
        let spec = unesc(f[2]);
        let got = parse_format_spec(&spec, SpecTarget::Complex, "complex")
            .and_then(|s| format_complex(re, im, &s, "complex"));
        (shown(got), unesc(f[3]))
    });
}

#[derive(Clone, Debug)]
enum Val {
    Int(BigInt),
    Float(f64),
    Str(String),
}

impl Val {
    fn parse(field: &str) -> Val {
        let (tag, rest) = field.split_once(':').expect("typed argument");
        match tag {
            "i" => Val::Int(int_of(rest)),
            "f" => Val::Float(float_of(rest)),
            "s" => Val::Str(unesc(rest)),
            _ => panic!("bad argument {field}"),
        }
    }

    fn type_name(&self) -> &'static str {
        match self {
            Val::Int(_) => "int",
            Val::Float(_) => "float",
            Val::Str(_) => "str",
        }
    }

    fn str(&self) -> String {
        match self {
            Val::Int(n) => n.to_string(),
            Val::Float(x) => float_repr(*x),
            Val::Str(s) => s.clone(),
        }
    }
}

/// `(class, message)` of a Python exception raised by the emulated `%`.
type PyErr = (&'static str, String);

fn py(e: NumFmtError) -> PyErr {
    (e.class_name(), e.message().to_string())
}

/// A minimal `fmt % args` (tuple or dict of int / float / str), enough to
/// drive the numfmt pieces in CPython's order.
fn percent(fmt: &str, args: &[Val], map: Option<&[(String, Val)]>) -> Result<String, PyErr> {
    let type_err = |m: String| ("TypeError", m);
    let mut out = String::new();
    let mut next = 0;
    let mut next_arg = || -> Result<Val, PyErr> {
        let v = args.get(next).cloned();
        next += 1;
        v.ok_or((
            "TypeError",
            "not enough arguments for format string".to_string(),
        ))
    };
    for piece in parse_percent(fmt) {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::IncompleteKey => {
                return Err(match map {
                    None => type_err("format requires a mapping".into()),
                    Some(_) => ("ValueError", "incomplete format key".into()),
                })
            }
            PercentPiece::Spec(spec) => spec,
        };
        let keyed = match &spec.key {
            None => None,
            Some(k) => {
                let map = map.ok_or(type_err("format requires a mapping".into()))?;
                let v = map.iter().find(|(mk, _)| mk == k).map(|(_, v)| v.clone());
                Some(v.ok_or(("KeyError", k.clone()))?)
            }
        };
        let mut star = |c: Option<Count>| -> Result<Option<i64>, PyErr> {
            match c {
                None => Ok(None),
                Some(Count::Num(n)) => Ok(Some(n as i64)),
                Some(Count::Star) => match next_arg()? {
                    Val::Int(n) => Ok(Some(n.to_i64().expect("small"))),
                    _ => Err(type_err("* wants int".into())),
                },
            }
        };
        let width = star(spec.width)?;
        let precision = star(spec.precision)?;
        let conv = spec.conv.clone().map_err(py)?;
        let value = match keyed {
            Some(v) => v,
            None => next_arg()?,
        };
        let text = match conv {
            's' | 'r' | 'a' => percent_format_str(&value.str(), &spec, width, precision),
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = match (&value, conv) {
                    (Val::Int(n), _) => n.clone(),
                    (Val::Float(x), 'd' | 'i' | 'u') => {
                        if x.is_nan() {
                            return Err((
                                "ValueError",
                                "cannot convert float NaN to integer".into(),
                            ));
                        }
                        BigInt::from_f64(x.trunc()).ok_or((
                            "OverflowError",
                            "cannot convert float infinity to integer".to_string(),
                        ))?
                    }
                    (_, 'd' | 'i' | 'u') => {
                        return Err(type_err(format!(
                            "%{conv} format: a real number is required, not {}",
                            value.type_name()
                        )))
                    }
                    _ => {
                        return Err(type_err(format!(
                            "%{conv} format: an integer is required, not {}",
                            value.type_name()
                        )))
                    }
                };
                percent_format_int(&n, &spec, width, precision).map_err(py)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &value {
                    Val::Float(x) => *x,
                    Val::Int(n) => int_to_float(n).ok_or((
                        "OverflowError",
                        "int too large to convert to float".to_string(),
                    ))?,
                    Val::Str(_) => return Err(type_err("must be real number, not str".into())),
                };
                percent_format_float(x, &spec, width, precision).map_err(py)?
            }
            'c' => match &value {
                Val::Int(n) => percent_format_int(n, &spec, width, precision).map_err(py)?,
                Val::Str(s) if s.chars().count() == 1 => {
                    percent_format_str(s, &spec, width, precision)
                }
                _ => return Err(type_err("%c requires int or char".into())),
            },
            _ => return Err(py(spec.unsupported())),
        };
        out.push_str(&text);
    }
    if map.is_none() && next < args.len() {
        return Err(type_err(
            "not all arguments converted during string formatting".into(),
        ));
    }
    Ok(out)
}

fn shown_py(r: Result<String, PyErr>) -> String {
    match r {
        Ok(s) => s,
        Err((class, msg)) => format!("ERR:{class}:{msg}"),
    }
}

#[test]
fn percent_format_matches_cpython() {
    run_kind("pct", |f| {
        let args: Vec<Val> = f[2..].iter().map(|a| Val::parse(a)).collect();
        (shown_py(percent(&unesc(f[0]), &args, None)), unesc(f[1]))
    });
    run_kind("pctmap", |f| {
        let map: Vec<(String, Val)> = f[2..]
            .chunks(2)
            .map(|kv| (unesc(kv[0]), Val::parse(kv[1])))
            .collect();
        (
            shown_py(percent(&unesc(f[0]), &[], Some(&map))),
            unesc(f[1]),
        )
    });
}

#[test]
fn round_float_matches_cpython() {
    run_kind("round", |f| {
        let x = float_of(f[0]);
        let nd: i64 = f[1].parse().expect("ndigits");
        (shown(round_float(x, nd).map(hex_of)), f[2].to_string())
    });
}

#[test]
fn round_int_matches_cpython() {
    run_kind("roundi", |f| {
        let nd: i64 = f[1].parse().expect("ndigits");
        (round_int(&int_of(f[0]), nd).to_string(), f[2].to_string())
    });
}

#[test]
fn parse_float_literal_matches_cpython() {
    run_kind("pfloat", |f| {
        let got = match parse_float_literal(&unesc(f[0])) {
            Some(x) => hex_of(x),
            None => "ERR".to_string(),
        };
        let want = if f[1].starts_with("ERR:ValueError:could not convert string to float") {
            "ERR".to_string()
        } else {
            f[1].to_string()
        };
        (got, want)
    });
}

#[test]
fn parse_int_literal_matches_cpython() {
    run_kind("pint", |f| {
        let base: u32 = f[1].parse().expect("base");
        let got = match parse_int_literal(&unesc(f[0]), base) {
            Ok(n) => n.to_string(),
            Err(()) => "ERR".to_string(),
        };
        (got, f[2].to_string())
    });
}

#[test]
fn int_radix_and_float_conversion_match_cpython() {
    run_kind("radix", |f| {
        let n = int_of(f[0]);
        let got = [16, 8, 2].map(|r| int_to_str_radix(&n, r, true)).join("|");
        (got, f[1..].join("|"))
    });
    run_kind("i2f", |f| {
        let got = match int_to_float(&int_of(f[0])) {
            Some(x) => hex_of(x),
            None => "ERR:OverflowError:int too large to convert to float".to_string(),
        };
        (got, f[1].to_string())
    });
}

#[test]
fn spot_checks() {
    // A few readable examples (each also appears in the generated table).
    assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(100.0), "100.0");
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    assert_eq!(round_float(1234.5, -1), Ok(1230.0));
    let spec = parse_format_spec(",.2f", SpecTarget::Float, "float").unwrap();
    assert_eq!(format_float(1234.5678, &spec, "float").unwrap(), "1,234.57");
    let spec = parse_format_spec("#_x", SpecTarget::Int, "int").unwrap();
    assert_eq!(
        format_int(&BigInt::from(0xdead_beef_u32), &spec, "int").unwrap(),
        "0xdead_beef"
    );
    assert_eq!(int_to_str_radix(&BigInt::from(-31), 16, true), "-0x1f");
    assert_eq!(parse_int_literal("0x_ff", 0), Ok(BigInt::from(255)));
    assert_eq!(parse_float_literal(" 1_000.5 "), Some(1000.5));
}
