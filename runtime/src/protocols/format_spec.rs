//! CPython 3.11 format-spec mini-language (`format()`, f-strings, `str.format`) for int, float, complex and str.
//!
//! Usage: `format_int(&v, &parse(spec)?)`, `format_float(x, &parse(spec)?)`,
//! `format_str(s, &parse(spec)?)`. Every `Err` is the exact message of the
//! exception CPython raises; that exception is a `ValueError` except for the
//! few messages for which [`error_type`] answers `"OverflowError"`.
//!
//! Notes for callers:
//! * CPython formats any object with an empty spec as `str(obj)`; these
//!   functions agree with that for int, float and str, but a `bool` must be
//!   handled by the caller (`format(True, '')` is `'True'`, while any
//!   non-empty spec formats it as the int 1 or 0).
//! * Error messages name the type as `int`, `float` or `str`.
//! * Rust strings cannot hold lone surrogates, so `format(0xd800, 'c')`
//!   returns an error instead of a string.
//!
//! [`double_to_string`] is CPython's `PyOS_double_to_string`, shared with
//! `%`-formatting. This module expects `crate::objects::float_repr` to be its sibling.

use crate::objects::float_repr::{rounded_digits, shortest_digits, Rounding};
use crate::objects::int::IntRef;
use num_traits::{Signed, ToPrimitive};

/// Error message for an int too large to become a float (an `OverflowError`).
pub const INT_TOO_LARGE: &str = "int too large to convert to float";
const CHAR_OUT_OF_RANGE: &str = "%c arg not in range(0x110000)";
const CHAR_NOT_C_LONG: &str = "Python int too large to convert to C long";

/// Name of the CPython exception class for an error message returned by this module.
pub fn error_type(message: &str) -> &'static str {
    if [INT_TOO_LARGE, CHAR_OUT_OF_RANGE, CHAR_NOT_C_LONG].contains(&message) {
        "OverflowError"
    } else {
        "ValueError"
    }
}

/// Digit grouping requested by the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grouping {
    None,
    /// `,`: comma every three digits.
    Comma,
    /// `_`: underscore every three digits (decimal types).
    Underscore,
    /// `_` with `b`, `o`, `x`, `X`: underscore every four digits.
    UnderscoreFour,
}

impl Grouping {
    /// Separator and group size, or `None` for no grouping.
    fn separator(self) -> Option<(char, i64)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderscoreFour => Some(('_', 4)),
        }
    }

    fn symbol(self) -> char {
        if self == Grouping::Comma {
            ','
        } else {
            '_'
        }
    }
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Defaults that depend on the formatted type (alignment, the meaning of a
/// leading `0`, the absent type) are resolved by the `format_*` functions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    zero_pad: bool,
    width: Option<i64>,
    grouping: Grouping,
    precision: Option<i64>,
    ty: Option<char>,
    /// The whole spec when characters were left over after the type; the
    /// error names the object's type, so it is raised by the `format_*` call.
    invalid: Option<String>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parses a run of ASCII digits at `pos`; `None` if there is none.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<i64>, String> {
    let start = *pos;
    let mut value: i64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = i64::from(d);
        if value > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        value = value * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Parses a format spec (the part after `:` in `{x:spec}`).
pub fn parse(spec: &str) -> Result<FormatSpec, String> {
    // Specs are short: their characters go in a buffer on the stack.
    let mut short = ['\0'; 32];
    let long: Vec<char>;
    let chars: &[char] = if spec.len() <= short.len() {
        let mut n = 0;
        for c in spec.chars() {
            short[n] = c;
            n += 1;
        }
        &short[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: None,
        invalid: None,
    };
    if end >= 2 && is_align(chars[1]) {
        out.fill = Some(chars[0]);
        out.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && pos < end && chars[pos] == '0' {
        out.zero_pad = true;
        pos += 1;
    }
    out.width = parse_integer(chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping != Grouping::None {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Grouping::Underscore {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        out.precision = parse_integer(chars, &mut pos)?;
        if out.precision.is_none() {
            return Err("Format specifier missing precision".to_string());
        }
    }
    if end - pos > 1 {
        out.invalid = Some(spec.to_string());
        return Ok(out);
    }
    out.ty = chars.get(pos).copied();
    if let Some(ty) = out.ty {
        out.grouping = check_grouping(out.grouping, ty)?;
    }
    Ok(out)
}

/// CPython's check of `,`/`_` against the presentation type (done at parse
/// time for explicit types, by `format_str` for its default type `s`).
fn check_grouping(grouping: Grouping, ty: char) -> Result<Grouping, String> {
    match ty {
        _ if grouping == Grouping::None => Ok(grouping),
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(grouping),
        'b' | 'o' | 'x' | 'X' if grouping == Grouping::Underscore => Ok(Grouping::UnderscoreFour),
        _ => Err(format!(
            "Cannot specify '{}' with {}.",
            grouping.symbol(),
            quote_code(ty)
        )),
    }
}

/// `'c'` for printable ASCII, else `'\x..'`, as CPython's error messages show a type code.
fn quote_code(c: char) -> String {
    let code = u32::from(c);
    if code > 32 && code < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code {} for object of type '{type_name}'",
        quote_code(ty)
    )
}

fn check_invalid(spec: &FormatSpec, type_name: &str) -> Result<(), String> {
    match &spec.invalid {
        Some(text) => Err(format!(
            "Invalid format specifier '{text}' for object of type '{type_name}'"
        )),
        None => Ok(()),
    }
}

/// Fill character and alignment after type-dependent defaults.
fn fill_align(spec: &FormatSpec, numeric: bool) -> (char, char) {
    let fill = spec.fill.unwrap_or(if spec.zero_pad { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero_pad && numeric {
        '='
    } else if numeric {
        '>'
    } else {
        '<'
    });
    (fill, align)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits` (ASCII)
/// and left-pads them with zeros (and separators) to at least `min_width`.
fn group_digits(digits: &[u8], min_width: i64, separator: Option<(char, i64)>) -> String {
    let mut min_width = min_width.max(0);
    let Some(separator) = separator else {
        // No groups: the zero padding, then the digits (ASCII) as they are.
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(std::str::from_utf8(digits).unwrap_or_default());
        return out;
    };
    let mut remaining = digits.len() as i64;
    let mut reversed: Vec<char> = Vec::new();
    let mut use_separator = false;
    let emit = |reversed: &mut Vec<char>, len: i64, remaining: i64, sep: Option<char>| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        reversed.extend(sep);
        reversed.extend(
            digits[(remaining - n_chars) as usize..remaining as usize]
                .iter()
                .rev()
                .map(|&b| char::from(b)),
        );
        reversed.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars
    };
    let (sep, group) = separator;
    loop {
        let len = group.min(remaining.max(min_width).max(1));
        let used = emit(&mut reversed, len, remaining, use_separator.then_some(sep));
        use_separator = true;
        remaining -= used;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            return reversed.iter().rev().collect();
        }
        min_width -= 1;
    }
}

/// The pieces of a formatted number, laid out by [`fill_number`].
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Digits before the decimal point (grouped and zero padded).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (or after the digits if there is none).
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn fill_number(
    parts: &NumberParts,
    spec: &FormatSpec,
    fill: char,
    align: char,
    separator: Option<(char, i64)>,
) -> String {
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_non_digit = i64::from(sign.is_some())
        + parts.prefix.len() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let n_non_digit_bytes = usize::from(sign.is_some())
        + parts.prefix.len()
        + usize::from(parts.has_decimal)
        + parts.remainder.len();
    let width = spec.width.unwrap_or(-1);
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, separator)
    };
    let padding = (width - n_non_digit - grouped.len() as i64).max(0) as usize;
    let (left, inner, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out =
        String::with_capacity(padding * fill.len_utf8() + n_non_digit_bytes + grouped.len());
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(sign);
    out.push_str(parts.prefix);
    out.extend(std::iter::repeat_n(fill, inner));
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// Formats an int per `spec` (CPython's `int.__format__`).
pub fn format_int(v: &IntRef, spec: &FormatSpec) -> Result<String, String> {
    check_invalid(spec, "int")?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long(v, spec, ty),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = match v {
                IntRef::Small(n) => Some(*n as f64),
                IntRef::Big(b) => b.to_f64().filter(|x| x.is_finite()),
            };
            format_float_internal(x.ok_or(INT_TOO_LARGE)?, spec)
        }
        _ => Err(unknown_code(ty, "int")),
    }
}

fn format_long(v: &IntRef, spec: &FormatSpec, ty: char) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (fill, align) = fill_align(spec, true);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let code = v.to_i64().ok_or(CHAR_NOT_C_LONG)?;
        let code = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10ffff)
            .ok_or(CHAR_OUT_OF_RANGE)?;
        let ch = char::from_u32(code).ok_or_else(|| {
            format!("character U+{code:04X} is a surrogate, which this runtime cannot represent")
        })?;
        let remainder = ch.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &remainder,
        };
        return Ok(fill_number(&parts, spec, fill, align, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match v {
        IntRef::Small(n) => {
            let n = n.unsigned_abs();
            match radix {
                2 => format!("{n:b}"),
                8 => format!("{n:o}"),
                16 => format!("{n:x}"),
                _ => n.to_string(),
            }
        }
        IntRef::Big(b) => b.abs().to_str_radix(radix),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let separator = if ty == 'n' {
        None
    } else {
        spec.grouping.separator()
    };
    Ok(fill_number(&parts, spec, fill, align, separator))
}

/// Formats a float per `spec` (CPython's `float.__format__`).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    check_invalid(spec, "float")?;
    match spec.ty {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_internal(v, spec)
        }
        Some(ty) => Err(unknown_code(ty, "float")),
    }
}

fn format_float_internal(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i64::from(i32::MAX)) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtoaFlags {
        alternate: spec.alternate,
        add_dot_0: false,
        no_neg_zero: spec.no_neg_zero,
    };
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut v = v;
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        v *= 100.0;
    }
    let precision = match precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p as usize
        }
    };
    let mut text = double_to_string(v, ty, precision, flags);
    if add_pct {
        text.push('%');
    }
    let parts = number_parts(&text);
    let separator = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.separator()
    };
    let (fill, align) = fill_align(spec, true);
    Ok(fill_number(&parts, spec, fill, align, separator))
}

/// Formats a complex number per `spec` (CPython's `complex.__format__`): each part as a
/// float, the imaginary one signed unless the real one is left out, then the whole padded.
/// Without a type, the parts are formatted as by `repr` (or `g` given a precision), a real
/// part of +0 is left out and otherwise the whole is in parentheses.
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, String> {
    check_invalid(spec, "complex")?;
    let ty = match spec.ty {
        None | Some('\0') => None,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => spec.ty,
        Some(ty) => return Err(unknown_code(ty, "complex")),
    };
    if spec.precision.is_some_and(|p| p > i64::from(i32::MAX)) {
        return Err("precision too big".to_string());
    }
    if spec.zero_pad || spec.fill == Some('0') {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let flags = DtoaFlags {
        alternate: spec.alternate,
        add_dot_0: false,
        no_neg_zero: spec.no_neg_zero,
    };
    let skip_real = ty.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = ty.is_none() && !skip_real;
    let (code, precision) = match (ty, spec.precision) {
        (None, None) => ('r', 0),
        (None, Some(p)) => ('g', p as usize),
        (Some('n'), p) => ('g', p.unwrap_or(6) as usize),
        (Some(t), p) => (t, p.unwrap_or(6) as usize),
    };
    let separator = if spec.ty == Some('n') {
        None
    } else {
        spec.grouping.separator()
    };
    // Each part is laid out alone, without padding.
    let part = |x: f64, sign: Option<char>| {
        let text = double_to_string(x, code, precision, flags);
        let part_spec = FormatSpec {
            sign,
            width: None,
            ..spec.clone()
        };
        fill_number(&number_parts(&text), &part_spec, ' ', '<', separator)
    };
    let real = if skip_real {
        String::new()
    } else {
        part(re, spec.sign)
    };
    let imag = part(im, if skip_real { spec.sign } else { Some('+') });
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    body.push_str(&real);
    body.push_str(&imag);
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    let total = spec.width.map_or(len, |w| len.max(w as usize));
    let left = match spec.align.unwrap_or('>') {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let fill = spec.fill.unwrap_or(' ');
    let mut out = String::with_capacity(body.len() + total - len);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&body);
    out.extend(std::iter::repeat_n(fill, total - len - left));
    Ok(out)
}

/// The sign, digits, decimal point and rest of a number that `double_to_string` wrote.
fn number_parts(text: &str) -> NumberParts<'_> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    }
}

/// Formats a str per `spec` (CPython's `str.__format__`).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    check_invalid(spec, "str")?;
    if spec.ty.is_none() {
        check_grouping(spec.grouping, 's')?;
    }
    match spec.ty {
        None | Some('s') => {}
        Some(ty) => return Err(unknown_code(ty, "str")),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let (fill, align) = fill_align(spec, false);
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut len = s.chars().count();
    let text = match spec.precision {
        Some(p) if (p as usize) < len => {
            len = p as usize;
            s.chars().take(len).collect()
        }
        _ => s.to_string(),
    };
    let total = spec.width.map_or(len, |w| len.max(w as usize));
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + total - len);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&text);
    out.extend(std::iter::repeat_n(fill, total - len - left));
    Ok(out)
}

/// Flags of [`double_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_ALT`: keep the decimal point and, for `g`, trailing zeros.
    pub alternate: bool,
    /// `Py_DTSF_ADD_DOT_0`: positional results get at least one digit after the point.
    pub add_dot_0: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)` with
/// correctly rounded (round-half-even on the exact binary value) digits.
///
/// `code` is one of `e E f F g G r`; `r` (shortest repr digits) ignores
/// `precision`. Upper-case codes spell `INF`/`NAN`/`E`. No `+` is added for
/// non-negative values; the sign of a NaN is dropped.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut negative = x.is_sign_negative();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    let sign = if negative { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}{}", if upper { "INF" } else { "inf" });
    }
    let magnitude = x.abs();
    // Digits as `_Py_dg_dtoa` would give them: mode 0 (shortest), mode 2
    // (`ndigits` significant digits) or mode 3 (`ndigits` past the point).
    let (ndigits, (digits, decpt)) = match code {
        'e' => (
            precision + 1,
            rounded_digits(magnitude, Rounding::Significant(precision + 1)),
        ),
        'f' => (
            precision,
            rounded_digits(magnitude, Rounding::Fractional(precision)),
        ),
        'g' => {
            let ndigits = precision.max(1);
            (
                ndigits,
                rounded_digits(magnitude, Rounding::Significant(ndigits)),
            )
        }
        _ => (0, shortest_digits(magnitude)),
    };
    let precision = ndigits as i64;
    if flags.no_neg_zero && digits == "0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = i64::from(decpt);
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(min_end);

    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let mut out = String::with_capacity(digits.len() + (vdigits_end - decpt).max(0) as usize + 8);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (int_part, frac_part) = digits.split_at(decpt as usize);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac_part);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    // Expected values were produced by CPython 3.11 `format(value, spec)`.
    const INT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("0", "", Ok("0")),
        ("42", "", Ok("42")),
        ("-42", "", Ok("-42")),
        ("42", "5", Ok("   42")),
        ("42", "<5", Ok("42   ")),
        ("42", "^6", Ok("  42  ")),
        ("42", "*^7", Ok("**42***")),
        ("-42", "=8", Ok("-     42")),
        ("-42", "08", Ok("-0000042")),
        ("42", "+d", Ok("+42")),
        ("42", " d", Ok(" 42")),
        ("-42", " d", Ok("-42")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("-1234567", "015,", Ok("-00,001,234,567")),
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "0=10,", Ok("00,001,234")),
        (
            "1000000000000000000000000000000",
            ",",
            Ok("1,000,000,000,000,000,000,000,000,000,000"),
        ),
        (
            "-10000000000000000000000000",
            "_d",
            Ok("-10_000_000_000_000_000_000_000_000"),
        ),
        (
            "12345678901234567890123",
            ">40,",
            Ok("          12,345,678,901,234,567,890,123"),
        ),
        ("255", "x", Ok("ff")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("-255", "#010x", Ok("-0x00000ff")),
        ("255", "#b", Ok("0b11111111")),
        ("255", "#o", Ok("0o377")),
        ("3735928559", "_x", Ok("dead_beef")),
        ("3735928559", "#_X", Ok("0XDEAD_BEEF")),
        ("5", "_b", Ok("101")),
        ("255", "#012_b", Ok("0b0_1111_1111")),
        ("65", "c", Ok("A")),
        ("8364", "c", Ok("€")),
        ("65", "05c", Ok("0000A")),
        ("65", "^5c", Ok("  A  ")),
        ("1234567", "n", Ok("1234567")),
        ("-5", "#d", Ok("-5")),
        ("1", "e", Ok("1.000000e+00")),
        ("12345", ".2e", Ok("1.23e+04")),
        (
            "100000000000000000000",
            "f",
            Ok("100000000000000000000.000000"),
        ),
        ("9007199254740993", ".0f", Ok("9007199254740992")),
        ("7", "%", Ok("700.000000%")),
        ("1", ".1%", Ok("100.0%")),
        ("3", "g", Ok("3")),
        ("100000000000000000", "G", Ok("1E+17")),
        (
            "1",
            ".2",
            Err("Precision not allowed in integer format specifier"),
        ),
        (
            "1",
            "z",
            Err("Negative zero coercion (z) not allowed in integer format specifier"),
        ),
        (
            "1",
            "y",
            Err("Unknown format code 'y' for object of type 'int'"),
        ),
        (
            "1",
            "s",
            Err("Unknown format code 's' for object of type 'int'"),
        ),
        (
            "1",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'int'"),
        ),
        (
            "1",
            "abc",
            Err("Invalid format specifier 'abc' for object of type 'int'"),
        ),
        ("1", ",x", Err("Cannot specify ',' with 'x'.")),
        ("1", ",c", Err("Cannot specify ',' with 'c'.")),
        ("1", ",_", Err("Cannot specify both ',' and '_'.")),
        ("1", "_,", Err("Cannot specify both ',' and '_'.")),
        ("1", ".", Err("Format specifier missing precision")),
        (
            "1",
            "+c",
            Err("Sign not allowed with integer format specifier 'c'"),
        ),
        (
            "1",
            "#c",
            Err("Alternate form (#) not allowed with integer format specifier 'c'"),
        ),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1114112", "c", Err("%c arg not in range(0x110000)")),
        (
            "9223372036854775808",
            "c",
            Err("Python int too large to convert to C long"),
        ),
        (
            "1",
            "99999999999999999999",
            Err("Too many decimal digits in format string"),
        ),
        (
            "1",
            "é",
            Err("Unknown format code '\\xe9' for object of type 'int'"),
        ),
        ("1", " ", Ok(" 1")),
    ];
    const FLOAT_CASES: &[(f64, &str, Result<&str, &str>)] = &[
        (0.0, "", Ok("0.0")),
        (-0.0, "", Ok("-0.0")),
        (1.0, "", Ok("1.0")),
        (1e16, "", Ok("1e+16")),
        (1e-5, "", Ok("1e-05")),
        (0.1, ".3", Ok("0.1")),
        (1.0, ".3", Ok("1.0")),
        (100.0, ".3", Ok("1e+02")),
        (123.456, ".2", Ok("1.2e+02")),
        (1e16, ".17", Ok("1e+16")),
        (2.675, ".2f", Ok("2.67")),
        (0.125, ".2f", Ok("0.12")),
        (0.375, ".2f", Ok("0.38")),
        (2.5, ".0f", Ok("2")),
        (3.5, ".0f", Ok("4")),
        (0.5, ".0f", Ok("0")),
        (1e22, "f", Ok("10000000000000000000000.000000")),
        (123_456_789.123_456_79, ".10f", Ok("123456789.1234567910")),
        (1e300, ".1e", Ok("1.0e+300")),
        (0.1, ".20f", Ok("0.10000000000000000555")),
        (5e-324, "e", Ok("4.940656e-324")),
        (5e-324, ".3g", Ok("4.94e-324")),
        (1.7976931348623157e308, "f", Ok("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000")),
        (-0.0, "f", Ok("-0.000000")),
        (-0.0, "z.1f", Ok("0.0")),
        (-0.0001, ".2f", Ok("-0.00")),
        (-0.0001, "z.2f", Ok("0.00")),
        (-0.0, "z", Ok("0.0")),
        (-0.0, "zg", Ok("0")),
        (1.5, "e", Ok("1.500000e+00")),
        (1.5, "E", Ok("1.500000E+00")),
        (12345.678, "g", Ok("12345.7")),
        (1234567.0, "g", Ok("1.23457e+06")),
        (0.0001, "g", Ok("0.0001")),
        (0.00001, "g", Ok("1e-05")),
        (1e-5, "G", Ok("1E-05")),
        (100000.0, "g", Ok("100000")),
        (1.0, "#g", Ok("1.00000")),
        (1.0, "#.0f", Ok("1.")),
        (1.0, "#.0e", Ok("1.e+00")),
        (1.0, "#", Ok("1.0")),
        (0.0, "#g", Ok("0.00000")),
        (0.5, "%", Ok("50.000000%")),
        (0.125, ".1%", Ok("12.5%")),
        (-1.5, "+.2%", Ok("-150.00%")),
        (1234567.891, ",", Ok("1,234,567.891")),
        (1234567.891, ",.2f", Ok("1,234,567.89")),
        (1234567.891, "_.3f", Ok("1_234_567.891")),
        (-1234567.891, "020,.2f", Ok("-0,000,001,234,567.89")),
        (1234.5, "010.2f", Ok("0001234.50")),
        (-1234.5, "=+12.2f", Ok("-    1234.50")),
        (1234.5, "^12.1f", Ok("   1234.5   ")),
        (1234.5, "*<12e", Ok("1.234500e+03")),
        (1234.5, "n", Ok("1234.5")),
        (1234567.0, "n", Ok("1.23457e+06")),
        (1e16, "n", Ok("1e+16")),
        (12.5, " .1f", Ok(" 12.5")),
        (12.5, "+", Ok("+12.5")),
        (f64::INFINITY, "", Ok("inf")),
        (f64::NEG_INFINITY, "", Ok("-inf")),
        (f64::NAN, "", Ok("nan")),
        (-f64::NAN, "", Ok("nan")),
        (f64::INFINITY, "F", Ok("INF")),
        (f64::NAN, "E", Ok("NAN")),
        (f64::NEG_INFINITY, "+G", Ok("-INF")),
        (f64::INFINITY, "010", Ok("0000000inf")),
        (f64::NEG_INFINITY, "010f", Ok("-000000inf")),
        (f64::NAN, "=+8", Ok("+    nan")),
        (f64::INFINITY, "%", Ok("inf%")),
        (f64::INFINITY, ",.2f", Ok("inf")),
        (1.0, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (1.0, "x", Err("Unknown format code 'x' for object of type 'float'")),
        (1.0, "s", Err("Unknown format code 's' for object of type 'float'")),
        (1.0, "\u{0}", Ok("1.0")),
        (1.0, "é", Err("Unknown format code '\\xe9' for object of type 'float'")),
        (1.0, ",n", Err("Cannot specify ',' with 'n'.")),
        (1.0, "_x", Err("Unknown format code 'x' for object of type 'float'")),
        (1.0, ".99999999999", Err("precision too big")),
        (1.0, "abc", Err("Invalid format specifier 'abc' for object of type 'float'")),
        (1.0, "10.2fx", Err("Invalid format specifier '10.2fx' for object of type 'float'")),
        (0.30000000000000004, ".17g", Ok("0.30000000000000004")),
        (9.995, ".2f", Ok("9.99")),
        (9.9999999, ".3g", Ok("10")),
        (99999.5, ".0f", Ok("100000")),
        (1e-7, ".3f", Ok("0.000")),
        (123456789.0, ".3", Ok("1.23e+08")),
        (1.5e300, ".3", Ok("1.5e+300")),
    ];
    const STR_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("abc", "", Ok("abc")),
        ("abc", "5", Ok("abc  ")),
        ("abc", ">5", Ok("  abc")),
        ("abc", "^6", Ok(" abc  ")),
        ("abc", "*^7", Ok("**abc**")),
        ("abc", ".2", Ok("ab")),
        ("abc", "5.1", Ok("a    ")),
        ("abc", "05", Ok("abc00")),
        ("abc", "s", Ok("abc")),
        ("é€😀", "x^7", Ok("xxé€😀xx")),
        ("é€😀", ".2", Ok("é€")),
        (
            "abc",
            "+",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "abc",
            " ",
            Err("Space not allowed in string format specifier"),
        ),
        (
            "abc",
            "-",
            Err("Sign not allowed in string format specifier"),
        ),
        (
            "abc",
            "z",
            Err("Negative zero coercion (z) not allowed in string format specifier"),
        ),
        (
            "abc",
            "#",
            Err("Alternate form (#) not allowed in string format specifier"),
        ),
        (
            "abc",
            "=",
            Err("'=' alignment not allowed in string format specifier"),
        ),
        (
            "abc",
            "d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        ("abc", ",", Err("Cannot specify ',' with 's'.")),
        ("abc", "_s", Err("Cannot specify '_' with 's'.")),
        (
            "abc",
            ",d",
            Err("Unknown format code 'd' for object of type 'str'"),
        ),
        (
            "abc",
            "\u{0}",
            Err("Unknown format code '\\x0' for object of type 'str'"),
        ),
        (
            "abc",
            "10.2xyz",
            Err("Invalid format specifier '10.2xyz' for object of type 'str'"),
        ),
        ("", "3", Ok("   ")),
    ];

    fn check(got: Result<String, String>, want: Result<&str, &str>, what: &str) {
        let want = want.map(str::to_string).map_err(str::to_string);
        assert_eq!(got, want, "{what}");
    }

    #[test]
    fn ints() {
        for &(v, spec, want) in INT_CASES {
            let v: BigInt = v.parse().unwrap();
            let got = parse(spec).and_then(|p| format_int(&IntRef::Big(&v), &p));
            check(got, want, &format!("format({v}, {spec:?})"));
        }
    }

    #[test]
    fn floats() {
        for &(v, spec, want) in FLOAT_CASES {
            let got = parse(spec).and_then(|p| format_float(v, &p));
            check(got, want, &format!("format({v:e}, {spec:?})"));
        }
    }

    #[test]
    fn strs() {
        for &(v, spec, want) in STR_CASES {
            let got = parse(spec).and_then(|p| format_str(v, &p));
            check(got, want, &format!("format({v:?}, {spec:?})"));
        }
    }

    #[test]
    fn huge_int_to_float_overflows() {
        let v = BigInt::from(10).pow(400);
        let err = format_int(&IntRef::Big(&v), &parse("e").unwrap()).unwrap_err();
        assert_eq!(err, INT_TOO_LARGE);
        assert_eq!(error_type(&err), "OverflowError");
        assert_eq!(error_type("Invalid format specifier"), "ValueError");
        // 2**1024 - 2**970 rounds up to 2**1024 and overflows; one less fits.
        let edge = (BigInt::from(1) << 1024) - (BigInt::from(1) << 970);
        assert!(format_int(&IntRef::Big(&edge), &parse("e").unwrap()).is_err());
        assert_eq!(
            format_int(&IntRef::Big(&(edge - 1)), &parse(".3e").unwrap()),
            Ok("1.798e+308".to_string())
        );
    }

    #[test]
    fn double_to_string_modes() {
        let alt = DtoaFlags {
            alternate: true,
            ..DtoaFlags::default()
        };
        let plain = DtoaFlags::default();
        assert_eq!(double_to_string(0.1, 'r', 0, plain), "0.1");
        assert_eq!(double_to_string(1e16, 'r', 0, plain), "1e+16");
        assert_eq!(double_to_string(-2.5, 'e', 0, plain), "-2e+00");
        assert_eq!(double_to_string(2.5, 'e', 0, alt), "2.e+00");
        assert_eq!(double_to_string(1.0, 'g', 3, alt), "1.00");
        assert_eq!(double_to_string(1e16, 'g', 6, plain), "1e+16");
        assert_eq!(double_to_string(f64::INFINITY, 'F', 6, plain), "INF");
        assert_eq!(double_to_string(-f64::NAN, 'f', 6, plain), "nan");
        assert_eq!(double_to_string(0.5, 'f', 0, plain), "0");
        assert_eq!(double_to_string(1.5, 'f', 0, plain), "2");
        // Precisions beyond what Rust's `format!` accepts.
        let long = double_to_string(0.125, 'f', 100_000, plain);
        assert_eq!(long.len(), 100_002);
        assert!(long.starts_with("0.1250") && long.ends_with("00"));
        let long = double_to_string(-0.1, 'e', 70_000, plain);
        assert!(
            long.starts_with("-1.000000000000000055511151231257827") && long.ends_with("0e-01")
        );
        assert_eq!(long.len(), 70_007);
    }
}
