//! The text codecs behind `str.encode`, `bytes.decode` and
//! `str(b, encoding)`: UTF-8 (and UTF-8 with a signature), ASCII, Latin-1,
//! Windows-1252, UTF-16 and UTF-32, with the
//! error handlers `strict`, `ignore`, `replace`, `backslashreplace` and
//! `xmlcharrefreplace`, raising `UnicodeEncodeError` / `UnicodeDecodeError`
//! with CPython's messages and attributes.

use crate::interp::{PyErr, PyResult, Vm};
use crate::object::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    /// `utf-8-sig`: UTF-8 behind a byte-order mark.
    Utf8Sig,
    Ascii,
    /// `cp1252` (Windows Western European).
    Cp1252,
    Latin1,
    /// UTF-16; `None` writes/reads a byte-order mark, `Some(true)` is
    /// little-endian without one, `Some(false)` big-endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

impl Codec {
    /// The name CPython shows in error messages.
    fn name(self, little: bool) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Cp1252 => "charmap",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(_) if little => "utf-16-le",
            Codec::Utf16(_) => "utf-16-be",
            Codec::Utf32(_) if little => "utf-32-le",
            Codec::Utf32(_) => "utf-32-be",
        }
    }
}

/// Looks an encoding name up as `codecs.lookup` does (case-insensitive,
/// punctuation-insensitive, with the usual aliases).
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !norm.is_empty() {
                norm.push('_');
            }
            pending = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_8_sig" => Codec::Utf8Sig,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(true)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(false)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(true)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(false)),
        _ => return Err(vm.new_error("LookupError", format!("unknown encoding: {name}"))),
    };
    Ok(codec)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> PyErr {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

fn set_attrs(
    vm: &mut Vm,
    err: &PyErr,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) {
    let enc = vm.new_str(encoding);
    let start_v = vm.new_int(start as i64);
    let end_v = vm.new_int(end as i64);
    let reason_v = vm.new_str(reason);
    vm.set_exception_attr(err.exc, "encoding", enc);
    vm.set_exception_attr(err.exc, "object", object);
    vm.set_exception_attr(err.exc, "start", start_v);
    vm.set_exception_attr(err.exc, "end", end_v);
    vm.set_exception_attr(err.exc, "reason", reason_v);
}

fn encode_error(
    vm: &mut Vm,
    codec: &str,
    s: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end - start == 1 {
        let c = s.chars().nth(start).map_or(0, |c| c as u32);
        let shown = if c <= 0xff {
            format!("\\x{c:02x}")
        } else if c <= 0xffff {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        format!("'{codec}' codec can't encode character '{shown}' in position {start}: {reason}")
    } else {
        format!(
            "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    let err = vm.new_error("UnicodeEncodeError", msg);
    let obj = vm.new_str(s);
    set_attrs(vm, &err, codec, obj, start, end, reason);
    err
}

fn decode_error(
    vm: &mut Vm,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            b[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let err = vm.new_error("UnicodeDecodeError", msg);
    let obj = vm.new_bytes(b.to_vec());
    set_attrs(vm, &err, codec, obj, start, end, reason);
    err
}

fn push_backslash_char(out: &mut Vec<u8>, c: char) {
    let c = c as u32;
    let s = if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    };
    out.extend_from_slice(s.as_bytes());
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    match codec {
        Codec::Utf8 => Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(s.len() + 3);
            out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            out.extend_from_slice(s.as_bytes());
            Ok(out)
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            let to_byte = |c: char| -> Option<u8> {
                let u = c as u32;
                match codec {
                    Codec::Ascii => (u < 0x80).then_some(u as u8),
                    Codec::Latin1 => (u < 0x100).then_some(u as u8),
                    _ => {
                        if u < 0x80 || (0xa0..0x100).contains(&u) {
                            Some(u as u8)
                        } else {
                            CP1252_HIGH
                                .iter()
                                .position(|&x| x == u && x != 0)
                                .map(|i| 0x80 + i as u8)
                        }
                    }
                }
            };
            let chars: Vec<char> = s.chars().collect();
            let mut out = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                if let Some(b) = to_byte(chars[i]) {
                    out.push(b);
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < chars.len() && to_byte(chars[end]).is_none() {
                    end += 1;
                }
                match errors {
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        let reason = match codec {
                            Codec::Ascii => "ordinal not in range(128)",
                            Codec::Latin1 => "ordinal not in range(256)",
                            _ => "character maps to <undefined>",
                        };
                        return Err(encode_error(vm, codec.name(true), s, i, end, reason));
                    }
                    "ignore" => {}
                    "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
                    "backslashreplace" | "namereplace" => {
                        for &c in &chars[i..end] {
                            push_backslash_char(&mut out, c);
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..end] {
                            out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                        }
                    }
                    _ => return Err(unknown_handler(vm, errors)),
                }
                i = end;
            }
            Ok(out)
        }
        Codec::Utf16(order) => {
            let little = order.unwrap_or(true);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let mut put = |u: u16| {
                if little {
                    out.extend_from_slice(&u.to_le_bytes())
                } else {
                    out.extend_from_slice(&u.to_be_bytes())
                }
            };
            if order.is_none() {
                put(0xfeff);
            }
            for u in s.encode_utf16() {
                put(u);
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let little = order.unwrap_or(true);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let mut put = |u: u32| {
                if little {
                    out.extend_from_slice(&u.to_le_bytes())
                } else {
                    out.extend_from_slice(&u.to_be_bytes())
                }
            };
            if order.is_none() {
                put(0xfeff);
            }
            for c in s.chars() {
                put(c as u32);
            }
            Ok(out)
        }
    }
}

/// What to do with undecodable bytes `b[start..end]`: push a replacement
/// or raise.
#[allow(clippy::too_many_arguments)]
fn decode_fail(
    vm: &mut Vm,
    out: &mut String,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" | "surrogateescape" | "surrogatepass" => {
            Err(decode_error(vm, codec, b, start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// Windows-1252's code points for bytes 0x80..0xa0 (0: undefined).
const CP1252_HIGH: [u32; 32] = [
    0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
    0, 0x17d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
    0x203a, 0x153, 0, 0x17e, 0x178,
];

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    decode_with(vm, codec, b, errors)
}

fn decode_with(vm: &mut Vm, codec: Codec, b: &[u8], errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8Sig => {
            let rest = b.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(b);
            decode_with(vm, Codec::Utf8, rest, errors)
        }
        Codec::Cp1252 => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                let u = if (0x80..0xa0).contains(&x) {
                    CP1252_HIGH[x as usize - 0x80]
                } else {
                    x as u32
                };
                match char::from_u32(u).filter(|_| u != 0 || x == 0) {
                    Some(c) => out.push(c),
                    None => decode_fail(
                        vm,
                        &mut out,
                        "charmap",
                        b,
                        i,
                        i + 1,
                        "character maps to <undefined>",
                        errors,
                    )?,
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let start = pos + good;
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let lead = b[start];
                                let bad_start = (0x80..=0xc1).contains(&lead) || lead >= 0xf5;
                                let reason = if n == 1 && bad_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (start + n, reason)
                            }
                        };
                        decode_fail(vm, &mut out, "utf-8", b, start, end, reason, errors)?;
                        pos = end;
                    }
                }
            }
        }
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&x| x as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    decode_fail(
                        vm,
                        &mut out,
                        "ascii",
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Utf16(order) => {
            let (mut little, mut data, mut base) = (order.unwrap_or(true), b, 0);
            if order.is_none() && b.len() >= 2 {
                if b[..2] == [0xff, 0xfe] {
                    (little, data, base) = (true, &b[2..], 2);
                } else if b[..2] == [0xfe, 0xff] {
                    (little, data, base) = (false, &b[2..], 2);
                }
            }
            let name = codec.name(little);
            let mut out = String::with_capacity(data.len() / 2);
            let mut i = 0;
            while i + 1 < data.len() {
                let unit = |j: usize| {
                    let pair = [data[j], data[j + 1]];
                    if little {
                        u16::from_le_bytes(pair)
                    } else {
                        u16::from_be_bytes(pair)
                    }
                };
                let u = unit(i);
                if (0xd800..0xdc00).contains(&u) {
                    if i + 3 < data.len() {
                        let v = unit(i + 2);
                        if (0xdc00..0xe000).contains(&v) {
                            let c = 0x10000 + ((u as u32 - 0xd800) << 10) + (v as u32 - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            i += 4;
                            continue;
                        }
                        decode_fail(
                            vm,
                            &mut out,
                            name,
                            b,
                            base + i,
                            base + i + 2,
                            "illegal UTF-16 surrogate",
                            errors,
                        )?;
                        i += 2;
                        continue;
                    }
                    decode_fail(
                        vm,
                        &mut out,
                        name,
                        b,
                        base + i,
                        base + data.len(),
                        "unexpected end of data",
                        errors,
                    )?;
                    return Ok(out);
                }
                if (0xdc00..0xe000).contains(&u) {
                    decode_fail(
                        vm,
                        &mut out,
                        name,
                        b,
                        base + i,
                        base + i + 2,
                        "illegal encoding",
                        errors,
                    )?;
                } else {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                }
                i += 2;
            }
            if i < data.len() {
                decode_fail(
                    vm,
                    &mut out,
                    name,
                    b,
                    base + i,
                    base + data.len(),
                    "truncated data",
                    errors,
                )?;
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let (mut little, mut data, mut base) = (order.unwrap_or(true), b, 0);
            if order.is_none() && b.len() >= 4 {
                if b[..4] == [0xff, 0xfe, 0, 0] {
                    (little, data, base) = (true, &b[4..], 4);
                } else if b[..4] == [0, 0, 0xfe, 0xff] {
                    (little, data, base) = (false, &b[4..], 4);
                }
            }
            let name = codec.name(little);
            let mut out = String::with_capacity(data.len() / 4);
            let mut i = 0;
            while i + 3 < data.len() {
                let quad = [data[i], data[i + 1], data[i + 2], data[i + 3]];
                let u = if little {
                    u32::from_le_bytes(quad)
                } else {
                    u32::from_be_bytes(quad)
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => {
                        let reason = if u > 0x10ffff {
                            "code point not in range(0x110000)"
                        } else {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        };
                        decode_fail(
                            vm,
                            &mut out,
                            name,
                            b,
                            base + i,
                            base + i + 4,
                            reason,
                            errors,
                        )?
                    }
                }
                i += 4;
            }
            if i < data.len() {
                decode_fail(
                    vm,
                    &mut out,
                    name,
                    b,
                    base + i,
                    base + data.len(),
                    "truncated data",
                    errors,
                )?;
            }
            Ok(out)
        }
    }
}
