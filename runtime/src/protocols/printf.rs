//! CPython 3.11 printf-style `str % args` formatting, generic over the runtime's value type.
//!
//! # API
//!
//! ```ignore
//! let text = printf::printf(fmt, PrintfArgs::Tuple(&items))?;          // fmt % (a, b)
//! let text = printf::printf(fmt, PrintfArgs::Single { value: &v, mapping: false })?; // fmt % v
//! ```
//!
//! * [`printf`]`(fmt, args)` formats like CPython's `PyUnicode_Format`.
//! * [`PrintfArgs`] describes the right operand: [`PrintfArgs::Tuple`] for a
//!   tuple (its items), [`PrintfArgs::Single`] for anything else, with
//!   `mapping` true when CPython's `PyMapping_Check` holds for it (its type
//!   has `__getitem__`: dict, list, bytes, user classes...; never for str).
//!   A mapping enables `%(key)s`, and no "not all arguments converted" error
//!   is raised for it.
//! * The caller implements [`PrintfValue`] for its value type: `str()`,
//!   `repr()`, the numeric view [`Real`], the text of a str (for `%c`),
//!   `value[key]` (for `%(key)`), the type name for messages, and how to build
//!   its exception type from a [`PrintfErrorKind`] and message. Errors returned
//!   by the caller's methods are passed through unchanged.
//!
//! Supported: conversions `d i u o x X e E f F g G c r s a` and `%%`, flags
//! `- + space # 0`, width and precision (digits or `*`), the ignored length
//! modifiers `h l L`, and CPython's exact error messages in CPython's order.
//! Float conversions use `crate::protocols::format_spec::double_to_string`, so
//! `format_spec` (and `float_repr`) must be sibling modules at the crate root.
//! Rust strings cannot hold lone surrogates, so `%c` of 0xD800..=0xDFFF is a
//! `ValueError` here instead of a string.

use crate::protocols::format_spec::{double_to_string, DtoaFlags};
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, ToPrimitive};

/// Which CPython exception an error raised by [`printf`] itself is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrintfErrorKind {
    TypeError,
    ValueError,
    OverflowError,
}

/// The numeric view of an argument, as CPython's number protocol sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Real {
    /// An `int` (including `bool`, or an object with `__index__`).
    Int(BigInt),
    /// A `float` (or an object with `__float__`).
    Float(f64),
}

/// What [`printf`] needs to know about one value of the runtime.
pub trait PrintfValue: Sized {
    /// The runtime's exception type.
    type Error;
    /// Builds the exception CPython would raise (e.g. `TypeError("not enough arguments for format string")`).
    fn error(kind: PrintfErrorKind, message: String) -> Self::Error;
    /// `type(self).__name__`, used in messages such as `must be real number, not str`.
    fn type_name(&self) -> String;
    /// `str(self)`, for `%s`.
    fn to_str(&self) -> Result<String, Self::Error>;
    /// `repr(self)`, for `%r` and `%a`.
    fn to_repr(&self) -> Result<String, Self::Error>;
    /// The text of `self` if it is a `str` (`%c` accepts a one-character str).
    fn as_str(&self) -> Option<String>;
    /// `Some` for ints and floats, `None` for non-numbers (which give CPython's `TypeError`s).
    fn as_real(&self) -> Result<Option<Real>, Self::Error>;
    /// The value of an int (or bool) that fits an `i64`, None otherwise: lets the integer
    /// conversions skip the `Real::Int` big int. The default knows no such ints.
    fn as_machine_int(&self) -> Option<i64> {
        None
    }
    /// `self[key]`, for `%(key)s` when `self` is the mapping operand.
    fn get_item(&self, key: &str) -> Result<Self, Self::Error>;
    /// `self[key]` for a bytes key, for `%(key)s` of bytes formatting.
    fn get_item_bytes(&self, key: &[u8]) -> Result<Self, Self::Error>;
    /// For `%s` and `%b` of bytes formatting: the contents of a bytes-like object, or the
    /// bytes its `__bytes__` returns; None for other values.
    fn as_bytes(&self) -> Result<Option<Vec<u8>>, Self::Error>;
}

/// The right operand of `fmt % args`.
pub enum PrintfArgs<'a, V> {
    /// A tuple: its items are the arguments.
    Tuple(&'a [V]),
    /// Any other object; `mapping` as CPython's `PyMapping_Check` (never for str).
    Single { value: &'a V, mapping: bool },
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// The argument list currently consumed (the operand, or a `%(key)` lookup result).
enum Current<'a, V> {
    Tuple(&'a [V]),
    One(&'a V),
    Owned(V),
}

/// The format being read: an ASCII str's bytes as they are (no copy), or the characters of
/// any other format (those of a bytes format as the code points 0 to 255).
enum FormatText<'a> {
    Ascii(&'a [u8]),
    Chars(Vec<char>),
}

impl FormatText<'_> {
    fn len(&self) -> usize {
        match self {
            FormatText::Ascii(bytes) => bytes.len(),
            FormatText::Chars(chars) => chars.len(),
        }
    }

    fn get(&self, i: usize) -> Option<char> {
        match self {
            FormatText::Ascii(bytes) => bytes.get(i).map(|&b| char::from(b)),
            FormatText::Chars(chars) => chars.get(i).copied(),
        }
    }

    /// The position of the first `%` at or after `start`.
    fn percent_from(&self, start: usize) -> Option<usize> {
        match self {
            FormatText::Ascii(bytes) => bytes[start..].iter().position(|&b| b == b'%'),
            FormatText::Chars(chars) => chars[start..].iter().position(|&c| c == '%'),
        }
        .map(|n| start + n)
    }

    /// Characters `start..end`.
    fn push_range(&self, out: &mut String, start: usize, end: usize) {
        match self {
            FormatText::Ascii(bytes) => {
                out.push_str(std::str::from_utf8(&bytes[start..end]).unwrap_or_default())
            }
            FormatText::Chars(chars) => out.extend(&chars[start..end]),
        }
    }
}

/// CPython's `unicode_formatter_t`: position in the format string and in the arguments.
struct Formatter<'a, V> {
    fmt: FormatText<'a>,
    pos: usize,
    /// Characters left after `pos`; may go to -1 at the end, as in CPython.
    count: i64,
    args: Current<'a, V>,
    arglen: i64,
    argidx: i64,
    dict: Option<&'a V>,
    /// Formatting bytes (CPython's `_PyBytes_FormatEx`): the format's characters and the
    /// output's are bytes (as the code points 0 to 255), and `%s`, `%r` and `%c` convert
    /// to bytes.
    bytes: bool,
}

/// One conversion specification.
struct Spec {
    ch: char,
    flags: u8,
    width: i64,
    prec: i64,
    /// The converted text is a number whose sign is handled by the padding code.
    sign: bool,
}

fn err<V: PrintfValue>(kind: PrintfErrorKind, message: impl Into<String>) -> V::Error {
    V::error(kind, message.into())
}

impl<'a, V: PrintfValue> Formatter<'a, V> {
    /// The character at `pos`; `'\0'` past the end, like CPython's NUL terminator.
    fn read(&self) -> char {
        self.fmt.get(self.pos).unwrap_or('\0')
    }

    /// Consumes the next character into `spec.ch` if there is one left.
    fn advance(&mut self, spec: &mut Spec) -> bool {
        self.count -= 1;
        if self.count >= 0 {
            spec.ch = self.read();
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn next_arg(&mut self) -> Result<&V, V::Error> {
        if self.argidx >= self.arglen {
            return Err(err::<V>(
                PrintfErrorKind::TypeError,
                "not enough arguments for format string",
            ));
        }
        let idx = self.argidx;
        self.argidx += 1;
        Ok(match &self.args {
            Current::Tuple(items) => &items[idx as usize],
            Current::One(v) => v,
            Current::Owned(v) => v,
        })
    }

    /// An int for `*`: CPython requires an `int` instance.
    fn star_arg(&mut self) -> Result<BigInt, V::Error> {
        match self.next_arg()?.as_real()? {
            Some(Real::Int(i)) => Ok(i),
            _ => Err(err::<V>(PrintfErrorKind::TypeError, "* wants int")),
        }
    }

    /// Parses a run of digits after the first one (already in `spec.ch`) into `value`.
    fn digits(&mut self, spec: &mut Spec, limit: i64, what: &str) -> Result<i64, V::Error> {
        let mut value = i64::from(spec.ch as u8 - b'0');
        while self.advance(spec) {
            let Some(d) = spec.ch.to_digit(10).map(i64::from) else {
                break;
            };
            if value > (limit - d) / 10 {
                return Err(err::<V>(
                    PrintfErrorKind::ValueError,
                    format!("{what} too big"),
                ));
            }
            value = value * 10 + d;
        }
        Ok(value)
    }

    /// CPython's `unicode_format_arg_parse`: key, flags, width, precision, type.
    fn parse_spec(&mut self, spec: &mut Spec) -> Result<(), V::Error> {
        if spec.ch == '(' {
            let Some(dict) = self.dict else {
                return Err(err::<V>(
                    PrintfErrorKind::TypeError,
                    "format requires a mapping",
                ));
            };
            self.pos += 1;
            self.count -= 1;
            let key_start = self.pos;
            let mut depth = 1;
            while depth > 0 && self.advance(spec) {
                match spec.ch {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
            }
            if self.count < 0 || depth > 0 {
                return Err(err::<V>(
                    PrintfErrorKind::ValueError,
                    "incomplete format key",
                ));
            }
            let mut key = String::new();
            self.fmt.push_range(&mut key, key_start, self.pos - 1);
            self.args = Current::Owned(if self.bytes {
                dict.get_item_bytes(&key.chars().map(|c| c as u8).collect::<Vec<u8>>())?
            } else {
                dict.get_item(&key)?
            });
            self.arglen = -1;
            self.argidx = -2;
        }
        while self.advance(spec) {
            spec.flags |= match spec.ch {
                '-' => F_LJUST,
                '+' => F_SIGN,
                ' ' => F_BLANK,
                '#' => F_ALT,
                '0' => F_ZERO,
                _ => break,
            };
        }
        if spec.ch == '*' {
            let width = self.star_arg()?;
            let width = width.to_i64().ok_or_else(|| {
                err::<V>(
                    PrintfErrorKind::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )
            })?;
            if width < 0 {
                spec.flags |= F_LJUST;
            }
            spec.width = width.saturating_abs();
            self.advance(spec);
        } else if spec.ch.is_ascii_digit() {
            spec.width = self.digits(spec, i64::MAX, "width")?;
        }
        if spec.ch == '.' {
            spec.prec = 0;
            self.advance(spec);
            if spec.ch == '*' {
                let prec = self.star_arg()?;
                let prec = prec.to_i32().ok_or_else(|| {
                    err::<V>(
                        PrintfErrorKind::OverflowError,
                        "Python int too large to convert to C int",
                    )
                })?;
                spec.prec = i64::from(prec.max(0));
                self.advance(spec);
            } else if spec.ch.is_ascii_digit() {
                spec.prec = self.digits(spec, i64::from(i32::MAX), "precision")?;
            }
        }
        if self.count >= 0 && matches!(spec.ch, 'h' | 'l' | 'L') {
            self.advance(spec);
        }
        if self.count < 0 {
            return Err(err::<V>(PrintfErrorKind::ValueError, "incomplete format"));
        }
        Ok(())
    }

    /// CPython's `unicode_format_arg_format`: the converted text of one argument.
    fn convert(&mut self, spec: &mut Spec) -> Result<String, V::Error> {
        let index = self.pos - 1;
        let bytes = self.bytes;
        let v = self.next_arg()?;
        match spec.ch {
            's' | 'b' if bytes => match v.as_bytes()? {
                Some(b) => Ok(b.into_iter().map(char::from).collect()),
                None => Err(err::<V>(
                    PrintfErrorKind::TypeError,
                    format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        v.type_name()
                    ),
                )),
            },
            'r' if bytes => Ok(ascii(&v.to_repr()?)),
            'c' if bytes => Ok(byte_arg(v)?.to_string()),
            's' => v.to_str(),
            'r' => v.to_repr(),
            'a' => Ok(ascii(&v.to_repr()?)),
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let text = match v.as_machine_int() {
                    Some(n) => format_machine_int::<V>(n, spec)?,
                    None => format_long::<V>(&int_arg(v, spec.ch)?, spec)?,
                };
                spec.sign = true;
                Ok(text)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = float_arg(v)?;
                spec.sign = true;
                let flags = DtoaFlags {
                    alternate: spec.flags & F_ALT != 0,
                    ..DtoaFlags::default()
                };
                let prec = if spec.prec < 0 { 6 } else { spec.prec };
                Ok(double_to_string(x, spec.ch, prec as usize, flags))
            }
            'c' => Ok(char_arg(v)?.to_string()),
            ch => {
                let shown = if (31..=126).contains(&u32::from(ch)) {
                    ch
                } else {
                    '?'
                };
                Err(err::<V>(
                    PrintfErrorKind::ValueError,
                    format!(
                        "unsupported format character '{shown}' (0x{:x}) at index {index}",
                        u32::from(ch)
                    ),
                ))
            }
        }
    }

    /// One `%...` directive, `pos` just past the `%`.
    fn format_arg(&mut self, out: &mut String) -> Result<(), V::Error> {
        let mut spec = Spec {
            ch: self.read(),
            flags: 0,
            width: -1,
            prec: -1,
            sign: false,
        };
        if spec.ch == '%' {
            self.pos += 1;
            self.count -= 1;
            out.push('%');
            return Ok(());
        }
        self.parse_spec(&mut spec)?;
        let text = self.convert(&mut spec)?;
        output(out, &mut spec, &text);
        if self.dict.is_some() && self.argidx < self.arglen {
            return Err(err::<V>(
                PrintfErrorKind::TypeError,
                "not all arguments converted during string formatting",
            ));
        }
        Ok(())
    }
}

/// `fmt % args` for a str `fmt`, as CPython 3.11 computes it.
pub fn printf<V: PrintfValue>(fmt: &str, args: PrintfArgs<'_, V>) -> Result<String, V::Error> {
    let text = if fmt.is_ascii() {
        FormatText::Ascii(fmt.as_bytes())
    } else {
        FormatText::Chars(fmt.chars().collect())
    };
    format(text, args, false)
}

/// `fmt % args` for a bytes `fmt`, as CPython 3.11 computes it.
pub fn printf_bytes<V: PrintfValue>(
    fmt: &[u8],
    args: PrintfArgs<'_, V>,
) -> Result<Vec<u8>, V::Error> {
    let text = format(
        FormatText::Chars(fmt.iter().map(|&b| char::from(b)).collect()),
        args,
        true,
    )?;
    // Every conversion of bytes formatting gives code points below 256.
    Ok(text.chars().map(|c| c as u32 as u8).collect())
}

fn format<V: PrintfValue>(
    fmt: FormatText<'_>,
    args: PrintfArgs<'_, V>,
    bytes: bool,
) -> Result<String, V::Error> {
    let count = fmt.len() as i64;
    let (args, arglen, argidx, dict) = match args {
        PrintfArgs::Tuple(items) => (Current::Tuple(items), items.len() as i64, 0, None),
        PrintfArgs::Single { value, mapping } => {
            (Current::One(value), -1, -2, mapping.then_some(value))
        }
    };
    let mut f = Formatter {
        fmt,
        pos: 0,
        count,
        args,
        arglen,
        argidx,
        dict,
        bytes,
    };
    let mut out = String::with_capacity(f.fmt.len() + 16);
    loop {
        f.count -= 1;
        if f.count < 0 {
            break;
        }
        if f.read() == '%' {
            f.pos += 1;
            f.format_arg(&mut out)?;
        } else {
            let start = f.pos;
            let end = f.fmt.percent_from(start).unwrap_or(f.fmt.len());
            f.fmt.push_range(&mut out, start, end);
            f.count -= (end - start - 1) as i64;
            f.pos = end;
        }
    }
    if f.argidx < f.arglen && f.dict.is_none() {
        return Err(err::<V>(
            PrintfErrorKind::TypeError,
            if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            },
        ));
    }
    Ok(out)
}

/// The int for `%d %i %u` (ints, floats truncated) or `%o %x %X` (ints only).
fn int_arg<V: PrintfValue>(v: &V, ch: char) -> Result<BigInt, V::Error> {
    match v.as_real()? {
        Some(Real::Int(i)) => Ok(i),
        Some(Real::Float(x)) if !matches!(ch, 'o' | 'x' | 'X') => {
            if x.is_nan() {
                Err(err::<V>(
                    PrintfErrorKind::ValueError,
                    "cannot convert float NaN to integer",
                ))
            } else if x.is_infinite() {
                Err(err::<V>(
                    PrintfErrorKind::OverflowError,
                    "cannot convert float infinity to integer",
                ))
            } else {
                Ok(BigInt::from_f64(x).unwrap_or_default())
            }
        }
        _ => {
            let what = if matches!(ch, 'o' | 'x' | 'X') {
                "an integer"
            } else {
                "a real number"
            };
            Err(err::<V>(
                PrintfErrorKind::TypeError,
                format!("%{ch} format: {what} is required, not {}", v.type_name()),
            ))
        }
    }
}

fn float_arg<V: PrintfValue>(v: &V) -> Result<f64, V::Error> {
    match v.as_real()? {
        Some(Real::Float(x)) => Ok(x),
        Some(Real::Int(i)) => i.to_f64().filter(|x| x.is_finite()).ok_or_else(|| {
            err::<V>(
                PrintfErrorKind::OverflowError,
                "int too large to convert to float",
            )
        }),
        None => Err(err::<V>(
            PrintfErrorKind::TypeError,
            format!("must be real number, not {}", v.type_name()),
        )),
    }
}

fn char_arg<V: PrintfValue>(v: &V) -> Result<char, V::Error> {
    let not_char = || err::<V>(PrintfErrorKind::TypeError, "%c requires int or char");
    if let Some(s) = v.as_str() {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(not_char()),
        };
    }
    let Some(Real::Int(i)) = v.as_real()? else {
        return Err(not_char());
    };
    let code = i.to_u32().filter(|&c| c <= 0x10ffff).ok_or_else(|| {
        err::<V>(
            PrintfErrorKind::OverflowError,
            "%c arg not in range(0x110000)",
        )
    })?;
    char::from_u32(code).ok_or_else(|| {
        err::<V>(
            PrintfErrorKind::ValueError,
            format!("character U+{code:04X} is a surrogate, which this runtime cannot represent"),
        )
    })
}

/// The byte for `%c` of bytes formatting: an int below 256 or a one-byte bytes-like object.
fn byte_arg<V: PrintfValue>(v: &V) -> Result<char, V::Error> {
    let not_byte = || {
        err::<V>(
            PrintfErrorKind::TypeError,
            "%c requires an integer in range(256) or a single byte",
        )
    };
    if let Some(b) = v.as_bytes()? {
        return match b[..] {
            [b] => Ok(char::from(b)),
            _ => Err(not_byte()),
        };
    }
    let Some(Real::Int(i)) = v.as_real()? else {
        return Err(not_byte());
    };
    match i.to_u8() {
        Some(b) => Ok(char::from(b)),
        None => Err(err::<V>(
            PrintfErrorKind::OverflowError,
            "%c arg not in range(256)",
        )),
    }
}

/// CPython's `_PyUnicode_FormatLong`: sign, `0x`-style prefix if `#`, digits
/// zero-padded to the precision.
fn format_long<V: PrintfValue>(v: &BigInt, spec: &Spec) -> Result<String, V::Error> {
    let digits = v.abs().to_str_radix(radix(spec.ch));
    sign_prefix_digits::<V>(v.sign() == Sign::Minus, digits, spec)
}

/// [`format_long`] for an int that fits an `i64`.
fn format_machine_int<V: PrintfValue>(v: i64, spec: &Spec) -> Result<String, V::Error> {
    let magnitude = v.unsigned_abs();
    let digits = match radix(spec.ch) {
        8 => format!("{magnitude:o}"),
        16 => format!("{magnitude:x}"),
        _ => magnitude.to_string(),
    };
    sign_prefix_digits::<V>(v < 0, digits, spec)
}

/// The radix of integer conversion `ch`.
fn radix(ch: char) -> u32 {
    match ch {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// The rest of [`format_long`]: the sign, the `#` prefix and the precision's zeros around
/// the lowercase `digits` of the magnitude.
fn sign_prefix_digits<V: PrintfValue>(
    negative: bool,
    mut digits: String,
    spec: &Spec,
) -> Result<String, V::Error> {
    if spec.prec > i64::from(i32::MAX) - 3 {
        return Err(err::<V>(
            PrintfErrorKind::OverflowError,
            "precision too large",
        ));
    }
    let prefix = match spec.ch {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if spec.ch == 'X' {
        digits.make_ascii_uppercase();
    }
    if spec.flags & F_ALT == 0 && !negative && spec.prec <= digits.len() as i64 {
        return Ok(digits);
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if spec.flags & F_ALT != 0 {
        out.push_str(prefix);
    }
    let pad = (spec.prec - digits.len() as i64).max(0) as usize;
    out.extend(std::iter::repeat_n('0', pad));
    out.push_str(&digits);
    Ok(out)
}

/// `ascii()` of a repr: non-ASCII characters become `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match u32::from(c) {
            0..=0x7f => out.push(c),
            code @ 0x80..=0xff => out.push_str(&format!("\\x{code:02x}")),
            code @ 0x100..=0xffff => out.push_str(&format!("\\u{code:04x}")),
            code => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out
}

/// CPython's `unicode_format_arg_output`: precision truncation, sign, `0x`
/// prefix and padding.
fn output(out: &mut String, spec: &mut Spec, text: &str) {
    let mut len = text.chars().count() as i64;
    let fill = if spec.sign && spec.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    if (spec.width == -1 || spec.width <= len)
        && (spec.prec == -1 || spec.prec >= len)
        && spec.flags & (F_SIGN | F_BLANK) == 0
    {
        out.push_str(text);
        return;
    }
    let chars: Vec<char> = text.chars().collect();
    if matches!(spec.ch, 's' | 'r' | 'a') && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let mut index = 0;
    let mut sign_char = None;
    if spec.sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                index = 1;
            }
            _ if spec.flags & F_SIGN != 0 => sign_char = Some('+'),
            _ if spec.flags & F_BLANK != 0 => sign_char = Some(' '),
            _ => spec.sign = false,
        }
    }
    let mut width = spec.width.max(len);
    if spec.sign {
        if fill != ' ' {
            out.extend(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = spec.flags & F_ALT != 0 && matches!(spec.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.ch);
            index += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && spec.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if spec.sign {
            out.extend(sign_char);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.ch);
            index += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[index..index + len as usize]);
    }
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::float_repr::float_repr;
    use TestArgs::{One, M, T};
    use TestValue::{B, D, F, I, L, N, S};

    /// A stand-in for the runtime's values.
    #[derive(Clone, Debug)]
    enum TestValue {
        I(&'static str),
        F(f64),
        S(&'static str),
        B(bool),
        N,
        /// The list `[1, 2]`.
        L,
        D(Vec<(&'static str, TestValue)>),
    }

    fn py_str_repr(s: &str) -> String {
        let quote = if s.contains('\'') && !s.contains('"') {
            '"'
        } else {
            '\''
        };
        let mut out = String::from(quote);
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push(quote);
        out
    }

    fn big(s: &str) -> BigInt {
        match s.strip_prefix("10**") {
            Some(exp) => BigInt::from(10).pow(exp.parse().unwrap()),
            None => s.parse().unwrap(),
        }
    }

    impl PrintfValue for TestValue {
        type Error = (String, String);

        fn error(kind: PrintfErrorKind, message: String) -> Self::Error {
            (format!("{kind:?}"), message)
        }

        fn type_name(&self) -> String {
            match self {
                I(_) => "int",
                F(_) => "float",
                S(_) => "str",
                B(_) => "bool",
                N => "NoneType",
                L => "list",
                D(_) => "dict",
            }
            .to_string()
        }

        fn to_str(&self) -> Result<String, Self::Error> {
            Ok(match self {
                I(s) => big(s).to_string(),
                F(x) => float_repr(*x),
                S(s) => s.to_string(),
                B(b) => if *b { "True" } else { "False" }.to_string(),
                N => "None".to_string(),
                L => "[1, 2]".to_string(),
                D(items) => {
                    let items: Vec<String> = items
                        .iter()
                        .map(|(k, v)| format!("{}: {}", py_str_repr(k), v.to_repr().unwrap()))
                        .collect();
                    format!("{{{}}}", items.join(", "))
                }
            })
        }

        fn to_repr(&self) -> Result<String, Self::Error> {
            match self {
                S(s) => Ok(py_str_repr(s)),
                _ => self.to_str(),
            }
        }

        fn as_str(&self) -> Option<String> {
            match self {
                S(s) => Some(s.to_string()),
                _ => None,
            }
        }

        fn as_real(&self) -> Result<Option<Real>, Self::Error> {
            Ok(match self {
                I(s) => Some(Real::Int(big(s))),
                B(b) => Some(Real::Int(BigInt::from(u8::from(*b)))),
                F(x) => Some(Real::Float(*x)),
                _ => None,
            })
        }

        fn get_item(&self, key: &str) -> Result<Self, Self::Error> {
            let D(items) = self else {
                let msg = "list indices must be integers or slices, not str";
                return Err(("TypeError".to_string(), msg.to_string()));
            };
            let found = items.iter().find(|(k, _)| *k == key);
            found
                .map(|(_, v)| v.clone())
                .ok_or_else(|| ("KeyError".to_string(), py_str_repr(key)))
        }

        fn get_item_bytes(&self, key: &[u8]) -> Result<Self, Self::Error> {
            self.get_item(std::str::from_utf8(key).unwrap())
        }

        fn as_bytes(&self) -> Result<Option<Vec<u8>>, Self::Error> {
            Ok(None)
        }
    }

    enum TestArgs {
        T(Vec<TestValue>),
        One(TestValue),
        /// A single operand that is a mapping (dict or list).
        M(TestValue),
    }

    type Case = (
        &'static str,
        TestArgs,
        Result<&'static str, (&'static str, &'static str)>,
    );

    // Expected values were produced by CPython 3.11 `fmt % args`.
    fn cases() -> Vec<Case> {
        vec![
            (
                "%5.2f|%-5d|%r",
                T(vec![F(3.14259), I("42"), S("hi")]),
                Ok(" 3.14|42   |'hi'"),
            ),
            ("%s", T(vec![S("abc")]), Ok("abc")),
            ("%r", T(vec![S("it's")]), Ok("\"it's\"")),
            ("%r", T(vec![S("a\"b")]), Ok("'a\"b'")),
            ("%a", T(vec![S("é€😀")]), Ok("'\\xe9\\u20ac\\U0001f600'")),
            ("%d", T(vec![F(-0.0)]), Ok("0")),
            ("%d %i %u", T(vec![F(3.9), F(-3.9), B(true)]), Ok("3 -3 1")),
            (
                "%x %X %o",
                T(vec![I("255"), I("-255"), I("8")]),
                Ok("ff -FF 10"),
            ),
            (
                "%#x %#X %#o",
                T(vec![I("255"), I("-255"), I("8")]),
                Ok("0xff -0XFF 0o10"),
            ),
            (
                "%#010x|%#-10x|%#10X",
                T(vec![I("255"), I("255"), I("255")]),
                Ok("0x000000ff|0xff      |      0XFF"),
            ),
            ("%-05d|", T(vec![I("3")]), Ok("3    |")),
            (
                "%05d|%+05d|% 5d",
                T(vec![I("-3"), I("3"), I("3")]),
                Ok("-0003|+0003|    3"),
            ),
            ("%+.3d|%.5x", T(vec![I("5"), I("-255")]), Ok("+005|-000ff")),
            (
                "%05s|%-5s|%.2s|%5.1s",
                T(vec![S("ab"), S("ab"), S("abc"), S("abc")]),
                Ok("   ab|ab   |ab|    a"),
            ),
            (
                "%e|%E|%.0e|%#.0e",
                T(vec![F(12345.678), F(1e-10), F(2.5), F(2.5)]),
                Ok("1.234568e+04|1.000000E-10|2e+00|2.e+00"),
            ),
            (
                "%f|%F|%.2f|%.0f|%.0f",
                T(vec![F(2.675), F(f64::INFINITY), F(0.125), F(0.5), F(1.5)]),
                Ok("2.675000|INF|0.12|0|2"),
            ),
            (
                "%g|%G|%#g|%.3g|%g",
                T(vec![F(1e+16), F(1e-05), F(1.0), F(1234.5), F(100000.0)]),
                Ok("1e+16|1E-05|1.00000|1.23e+03|100000"),
            ),
            (
                "%+f|% f|%010.3f|%-+10.2e|",
                T(vec![F(f64::NAN), F(1.0), F(-3.14259), F(1234.5)]),
                Ok("+nan| 1.000000|-00003.143|+1.23e+03 |"),
            ),
            (
                "%f",
                T(vec![I("100000000000000000000")]),
                Ok("100000000000000000000.000000"),
            ),
            ("%.1f", T(vec![B(true)]), Ok("1.0")),
            ("%c%c%c", T(vec![S("x"), I("65"), I("8364")]), Ok("xA€")),
            ("%5c|%-3c|", T(vec![S("x"), I("66")]), Ok("    x|B  |")),
            (
                "%*d|%-*d|%*d",
                T(vec![I("5"), I("1"), I("4"), I("2"), I("-4"), I("3")]),
                Ok("    1|2   |3   "),
            ),
            (
                "%.*f|%*.*f",
                T(vec![I("2"), F(3.14259), I("8"), I("3"), F(2.0)]),
                Ok("3.14|   2.000"),
            ),
            ("%.*s", T(vec![I("-3"), S("abc")]), Ok("")),
            (
                "%(a)s-%(b)r",
                M(D(vec![("a", I("1")), ("b", S("x"))])),
                Ok("1-'x'"),
            ),
            ("%(a)05.1f", M(D(vec![("a", F(2.25))])), Ok("002.2")),
            ("%s", M(D(vec![("k", I("1"))])), Ok("{'k': 1}")),
            ("abc", M(D(vec![])), Ok("abc")),
            ("abc", M(L), Ok("abc")),
            ("%s", M(L), Ok("[1, 2]")),
            ("%s %s", T(vec![N, L]), Ok("None [1, 2]")),
            ("%%|%s%%", T(vec![I("1")]), Ok("%|1%")),
            ("%s", One(I("5")), Ok("5")),
            ("%r", One(S("x")), Ok("'x'")),
            (
                "%ld|%hi|%Lf",
                T(vec![I("1"), I("2"), F(0.5)]),
                Ok("1|2|0.500000"),
            ),
            (
                "%d",
                One(I("1000000000000000000000000000000")),
                Ok("1000000000000000000000000000000"),
            ),
            (
                "%,d",
                T(vec![I("1")]),
                Err((
                    "ValueError",
                    "unsupported format character ',' (0x2c) at index 1",
                )),
            ),
            (
                "%s %s",
                T(vec![I("1")]),
                Err(("TypeError", "not enough arguments for format string")),
            ),
            (
                "%s",
                T(vec![I("1"), I("2")]),
                Err((
                    "TypeError",
                    "not all arguments converted during string formatting",
                )),
            ),
            (
                "hello",
                One(I("5")),
                Err((
                    "TypeError",
                    "not all arguments converted during string formatting",
                )),
            ),
            (
                "%d",
                T(vec![S("a")]),
                Err(("TypeError", "%d format: a real number is required, not str")),
            ),
            (
                "%x",
                T(vec![F(1.0)]),
                Err(("TypeError", "%x format: an integer is required, not float")),
            ),
            (
                "%f",
                T(vec![S("a")]),
                Err(("TypeError", "must be real number, not str")),
            ),
            (
                "%y",
                T(vec![I("1")]),
                Err((
                    "ValueError",
                    "unsupported format character 'y' (0x79) at index 1",
                )),
            ),
            (
                "%y",
                T(vec![]),
                Err(("TypeError", "not enough arguments for format string")),
            ),
            (
                "%\u{1}",
                T(vec![I("1")]),
                Err((
                    "ValueError",
                    "unsupported format character '?' (0x1) at index 1",
                )),
            ),
            ("%", T(vec![]), Err(("ValueError", "incomplete format"))),
            (
                "abc%",
                T(vec![I("1")]),
                Err(("ValueError", "incomplete format")),
            ),
            (
                "%5",
                T(vec![I("1")]),
                Err(("ValueError", "incomplete format")),
            ),
            (
                "%.",
                T(vec![I("1")]),
                Err(("ValueError", "incomplete format")),
            ),
            (
                "%(a",
                M(D(vec![])),
                Err(("ValueError", "incomplete format key")),
            ),
            (
                "%(a)s",
                T(vec![I("5")]),
                Err(("TypeError", "format requires a mapping")),
            ),
            ("%(a)s", M(D(vec![])), Err(("KeyError", "'a'"))),
            (
                "%*d",
                T(vec![S("a"), I("1")]),
                Err(("TypeError", "* wants int")),
            ),
            (
                "%.*d",
                T(vec![F(1.5), I("1")]),
                Err(("TypeError", "* wants int")),
            ),
            (
                "%c",
                T(vec![S("ab")]),
                Err(("TypeError", "%c requires int or char")),
            ),
            (
                "%c",
                T(vec![F(1.0)]),
                Err(("TypeError", "%c requires int or char")),
            ),
            (
                "%c",
                T(vec![I("-1")]),
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                "%c",
                T(vec![I("1000000000000000000000000000000")]),
                Err(("OverflowError", "%c arg not in range(0x110000)")),
            ),
            (
                "%d",
                T(vec![F(f64::INFINITY)]),
                Err(("OverflowError", "cannot convert float infinity to integer")),
            ),
            (
                "%d",
                T(vec![F(f64::NAN)]),
                Err(("ValueError", "cannot convert float NaN to integer")),
            ),
            (
                "%f",
                T(vec![I("10**400")]),
                Err(("OverflowError", "int too large to convert to float")),
            ),
            (
                "%(a)s %s",
                M(D(vec![("a", I("1"))])),
                Err(("TypeError", "not enough arguments for format string")),
            ),
            ("%s %(a)s", M(D(vec![("a", I("1"))])), Ok("{'a': 1} 1")),
            (
                "%(a)%",
                M(D(vec![("a", I("1"))])),
                Err((
                    "ValueError",
                    "unsupported format character '%' (0x25) at index 4",
                )),
            ),
            (
                "%5%",
                T(vec![]),
                Err(("TypeError", "not enough arguments for format string")),
            ),
            (
                "%.2%",
                T(vec![I("1")]),
                Err((
                    "ValueError",
                    "unsupported format character '%' (0x25) at index 3",
                )),
            ),
            (
                "%*d",
                T(vec![I("1180591620717411303424"), I("1")]),
                Err((
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )),
            ),
            (
                "%.*d",
                T(vec![I("1099511627776"), I("1")]),
                Err(("OverflowError", "Python int too large to convert to C int")),
            ),
            (
                "%99999999999999999999d",
                T(vec![I("1")]),
                Err(("ValueError", "width too big")),
            ),
            (
                "%.99999999999d",
                T(vec![I("1")]),
                Err(("ValueError", "precision too big")),
            ),
            (
                "%.2147483646d",
                T(vec![I("1")]),
                Err(("OverflowError", "precision too large")),
            ),
            (
                "%s",
                T(vec![]),
                Err(("TypeError", "not enough arguments for format string")),
            ),
            (
                "%d",
                T(vec![N]),
                Err((
                    "TypeError",
                    "%d format: a real number is required, not NoneType",
                )),
            ),
            (
                "%d",
                T(vec![L]),
                Err((
                    "TypeError",
                    "%d format: a real number is required, not list",
                )),
            ),
        ]
    }

    #[test]
    fn matches_cpython() {
        for (fmt, args, want) in cases() {
            let got = match &args {
                T(items) => printf(fmt, PrintfArgs::Tuple(items)),
                One(value) => printf(
                    fmt,
                    PrintfArgs::Single {
                        value,
                        mapping: false,
                    },
                ),
                M(value) => printf(
                    fmt,
                    PrintfArgs::Single {
                        value,
                        mapping: true,
                    },
                ),
            };
            let want = want
                .map(str::to_string)
                .map_err(|(k, m)| (k.to_string(), m.to_string()));
            assert_eq!(got, want, "{fmt:?} % {:?}", args_debug(&args));
        }
    }

    fn args_debug(args: &TestArgs) -> String {
        match args {
            T(items) => format!("{items:?}"),
            One(v) | M(v) => format!("{v:?}"),
        }
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(
            ascii("'a\u{e9}\u{20ac}\u{1f600}'"),
            "'a\\xe9\\u20ac\\U0001f600'"
        );
    }
}
