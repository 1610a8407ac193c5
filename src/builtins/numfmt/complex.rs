//! `repr(complex)` and `format(complex, spec)`.

use super::float_repr::{double_to_string, DtoaFlags};
use super::spec::{float_parts, lay_out_number, push_fill, unknown_code, FormatSpec};
use super::NumFmtError;

/// `repr(complex(re, im))` (= `str`): `'1j'`, `'-2j'` and `'(nan+0j)'`
/// style — both parts in float-`repr` digits without the `.0` suffix, the
/// imaginary part always signed, and the real part (and the parentheses)
/// left out when it is `+0.0`: `(1+2j)`, `(-0-1j)`, `(1+nanj)`, `1e+16j`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = DtoaFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, 'r', 0, plain);
        s.push('j');
        return s;
    }
    let signed = DtoaFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(re, 'r', 0, plain),
        double_to_string(im, 'r', 0, signed)
    )
}

/// `format(complex(re, im), spec)`, with `spec` parsed for
/// [`super::SpecTarget::Complex`].  Types `e E f F g G n` format both
/// parts alike (`'1.000000+2.000000j'`); without a type the result looks
/// like `repr` (parentheses unless the real part is `+0.0`) or, with a
/// precision, like `g`.  The sign option applies to the real part (or to
/// the imaginary part when the real part is left out); the imaginary part
/// is otherwise always signed.  Width, fill and alignment apply to the
/// whole text; grouping to each part.
///
/// Errors (`ValueError`): `"Zero padding is not allowed in complex format
/// specifier"` (any `'0'` fill), `"'=' alignment flag is not allowed in
/// complex format specifier"`, `"precision too big"`, and
/// `"Unknown format code '%' for object of type 'complex'"` (with
/// `type_name`) for other types.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, NumFmtError> {
    let ty = spec.ty.filter(|&t| t != '\0');
    if let Some(t) = ty {
        if !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(t, type_name));
        }
    }
    if spec.fill == '0' {
        return Err(NumFmtError::Value(
            "Zero padding is not allowed in complex format specifier".to_string(),
        ));
    }
    if spec.align == '=' {
        return Err(NumFmtError::Value(
            "'=' alignment flag is not allowed in complex format specifier".to_string(),
        ));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumFmtError::Value("precision too big".to_string()));
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..DtoaFlags::default()
    };
    let mut skip_re = false;
    let mut parens = false;
    let (mut code, default_precision) = match ty {
        None => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some(t) => (t, 6),
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let sep = if ty == Some('n') { None } else { spec.grouping };
    // Each part is laid out on its own, without padding.
    let mut part_spec = FormatSpec {
        fill: ' ',
        align: '<',
        width: None,
        ..spec.clone()
    };
    let re_text = double_to_string(re, code, precision, flags);
    let re_part = lay_out_number(&float_parts(&re_text), &part_spec, sep, 3);
    if !skip_re {
        part_spec.sign = Some('+');
    }
    let im_text = double_to_string(im, code, precision, flags);
    let im_part = lay_out_number(&float_parts(&im_text), &part_spec, sep, 3);

    let mut body = String::with_capacity(re_part.len() + im_part.len() + 3);
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_part);
    }
    body.push_str(&im_part);
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    let padding = spec.width.map_or(0, |w| w.saturating_sub(len)) as i128;
    let (left, right) = match spec.align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::with_capacity(body.len() + padding as usize);
    push_fill(&mut out, spec.fill, left);
    out.push_str(&body);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}
