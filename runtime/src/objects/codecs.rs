//! Text encodings: CPython's utf-8, ascii, latin-1, utf-16 and utf-32 codecs (under all
//! their aliases) with the error handlers `strict`, `ignore`, `replace`, `backslashreplace` and, to encode,
//! `xmlcharrefreplace`. A str cannot hold lone surrogates here, so `surrogatepass` and
//! `surrogateescape` are strict, and `namereplace` (which needs the Unicode names) is unknown.

use crate::objects::bytes;
use crate::objects::exceptions::{self, raise, type_error, ExcKind};
use crate::objects::int;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::{self, Kw};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16 or UTF-32 (code units of `width` bytes) in the given byte order, or (None)
    /// with a byte order mark: written little-endian, read as it says.
    Wide {
        width: usize,
        little: Option<bool>,
    },
}

impl Codec {
    /// The name CPython's messages give the codec (a wide codec's names its byte order).
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Wide { width, little } => match (width, little != Some(false)) {
                (2, true) => "utf-16-le",
                (2, false) => "utf-16-be",
                (_, true) => "utf-32-le",
                (_, false) => "utf-32-be",
            },
        }
    }

    /// The first code point the codec cannot encode.
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
            Codec::Utf8 | Codec::Wide { .. } => u32::MAX,
        }
    }
}

/// CPython's `encodings.normalize_encoding` after lowercasing: runs of characters other
/// than ASCII letters, digits and dots become one underscore, none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// UTF-8's byte order mark, which `utf-8-sig` writes first and drops when reading.
const UTF8_SIGNATURE: &[u8] = b"\xef\xbb\xbf";

/// Whether `name` is `utf-8-sig` (UTF-8 with a leading byte order mark).
fn is_utf8_sig(name: &str) -> bool {
    normalize(name) == "utf_8_sig"
}

/// The codec of an encoding name (the aliases of CPython's `encodings.aliases`).
fn lookup(name: &str) -> PyResult<Codec> {
    let normalized = normalize(name);
    let codec = match normalized.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            Codec::Latin1
        }
        "utf_16" | "utf16" | "u16" => wide(2, None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => wide(2, Some(true)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => wide(2, Some(false)),
        "utf_32" | "utf32" | "u32" => wide(4, None),
        "utf_32_le" | "utf_32le" => wide(4, Some(true)),
        "utf_32_be" | "utf_32be" => wide(4, Some(false)),
        _ => return raise(ExcKind::LookupError, &format!("unknown encoding: {name}")),
    };
    Ok(codec)
}

fn wide(width: usize, little: Option<bool>) -> Codec {
    Codec::Wide { width, little }
}

/// An error handler, by name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

/// The handler `errors` names; raises only once an error needs it, as CPython does.
fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" | "surrogatepass" | "surrogateescape" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        _ => {
            return raise(
                ExcKind::LookupError,
                &format!("unknown error handler name '{errors}'"),
            )
        }
    })
}

/// An optional str argument of `func` (`encoding` or `errors`), or its default.
fn text_arg(
    func: &str,
    what: &str,
    v: Option<Value>,
    default: &'static str,
) -> PyResult<&'static str> {
    match v {
        None => Ok(default),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(s),
            None => type_error(format!(
                "{func}() argument '{what}' must be str, not {}",
                args::given_type(v)
            )),
        },
    }
}

/// Raises a UnicodeDecodeError or UnicodeEncodeError made as Python code would make it.
fn raise_unicode_error<T>(kind: ExcKind, args: [Value; 5]) -> PyResult<T> {
    let e = call::call(types::exc_class(kind), &args, Kw::NONE)?;
    Err(exceptions::set_pending(e))
}

/// `text.encode(encoding, errors)` (`source` is the str), also for `bytes(text, ...)`.
pub fn encode(
    source: Value,
    text: &str,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<Vec<u8>> {
    let name = text_arg("encode", "encoding", encoding, "utf-8")?;
    if is_utf8_sig(name) {
        let utf8 = Some(pystr::new("utf-8"));
        let mut out = UTF8_SIGNATURE.to_vec();
        out.extend(encode(source, text, utf8, errors)?);
        return Ok(out);
    }
    let codec = lookup(name)?;
    let errors = text_arg("encode", "errors", errors, "strict")?;
    if let Codec::Wide { width, little } = codec {
        return Ok(encode_wide(text, width, little));
    }
    if codec == Codec::Utf8 || text.is_ascii() {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if (chars[i] as u32) < limit {
            out.push(chars[i] as u32 as u8);
            i += 1;
            continue;
        }
        // CPython reports the whole run of characters the codec cannot encode.
        let end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match handler(errors)? {
            Handler::Strict => {
                let reason = format!("ordinal not in range({limit})");
                return raise_unicode_error(
                    ExcKind::UnicodeEncodeError,
                    [
                        pystr::new(codec.name()),
                        source,
                        int::from_u64(i as u64),
                        int::from_u64(end as u64),
                        pystr::new(&reason),
                    ],
                );
            }
            Handler::Ignore => {}
            Handler::Replace => out.resize(out.len() + end - i, b'?'),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escaped(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// UTF-16 or UTF-32 (`width` 2 or 4) in the given byte order, or little-endian after a byte
/// order mark. A str holds no lone surrogates, so this cannot fail.
fn encode_wide(text: &str, width: usize, little: Option<bool>) -> Vec<u8> {
    let le = little != Some(false);
    let mut out = Vec::with_capacity((text.len() + 1) * width);
    let mut unit = |u: u32| {
        let bytes = u.to_le_bytes();
        let unit = &bytes[..width];
        if le {
            out.extend_from_slice(unit);
        } else {
            out.extend(unit.iter().rev());
        }
    };
    if little.is_none() {
        unit(0xfeff);
    }
    for c in text.chars() {
        if width == 4 {
            unit(c as u32);
        } else {
            let mut pair = [0u16; 2];
            for &u in c.encode_utf16(&mut pair).iter() {
                unit(u as u32);
            }
        }
    }
    out
}

/// The next characters of UTF-16 or UTF-32 data (`width` 2 or 4, little-endian when `le`),
/// appended to `out`: how many bytes were read, then the length and reason of the bad part
/// that stopped the reading, if one did (CPython's checks and wording).
fn decode_wide(
    data: &[u8],
    width: usize,
    le: bool,
    out: &mut String,
) -> (usize, Option<(usize, &'static str)>) {
    let unit = |at: usize| -> u32 {
        let bytes = &data[at..at + width];
        let fold = |n: u32, &b: &u8| n << 8 | b as u32;
        if le {
            bytes.iter().rev().fold(0, fold)
        } else {
            bytes.iter().fold(0, fold)
        }
    };
    let mut at = 0;
    while at < data.len() {
        let left = data.len() - at;
        if left < width {
            return (at, Some((left, "truncated data")));
        }
        let u = unit(at);
        let c = if width == 4 {
            if (0xd800..0xe000).contains(&u) {
                let reason = "code point in surrogate code point range(0xd800, 0xe000)";
                return (at, Some((4, reason)));
            }
            match char::from_u32(u) {
                Some(c) => c,
                None => return (at, Some((4, "code point not in range(0x110000)"))),
            }
        } else if !(0xd800..0xe000).contains(&u) {
            char::from_u32(u).unwrap_or('\u{fffd}')
        } else if u >= 0xdc00 {
            return (at, Some((2, "illegal encoding")));
        } else if left < 4 {
            return (at, Some((left, "unexpected end of data")));
        } else {
            let low = unit(at + 2);
            if !(0xdc00..0xe000).contains(&low) {
                return (at, Some((2, "illegal UTF-16 surrogate")));
            }
            at += 2;
            char::from_u32(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)).unwrap_or('\u{fffd}')
        };
        out.push(c);
        at += width;
    }
    (at, None)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how `backslashreplace` and the messages of
/// UnicodeEncodeError spell a character.
fn escaped(c: char) -> String {
    match c as u32 {
        n @ 0..=0xff => format!("\\x{n:02x}"),
        n @ 0x100..=0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `data.decode(encoding, errors)`; `func` names the caller in argument errors.
pub fn decode(
    func: &str,
    data: &[u8],
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<String> {
    let name = text_arg(func, "encoding", encoding, "utf-8")?;
    if is_utf8_sig(name) {
        // Positions in errors count from after the mark, as CPython's.
        let rest = data.strip_prefix(UTF8_SIGNATURE).unwrap_or(data);
        return decode(func, rest, Some(pystr::new("utf-8")), errors);
    }
    let mut codec = lookup(name)?;
    let errors = text_arg(func, "errors", errors, "strict")?;
    let mut out = String::with_capacity(data.len());
    let mut at = 0;
    if let Codec::Wide {
        width,
        little: None,
    } = codec
    {
        // A byte order mark says the order (and is dropped); without one, little-endian.
        let mark = &data[..width.min(data.len())];
        let big = if width == 2 {
            mark == [0xfe, 0xff]
        } else {
            mark == [0, 0, 0xfe, 0xff]
        };
        let little = if width == 2 {
            mark == [0xff, 0xfe]
        } else {
            mark == [0xff, 0xfe, 0, 0]
        };
        if big || little {
            at = width;
        }
        codec = wide(width, Some(!big));
    }
    while at < data.len() {
        let rest = &data[at..];
        let (valid, bad, reason) = match codec {
            Codec::Wide { width, little } => {
                let (read, error) = decode_wide(rest, width, little != Some(false), &mut out);
                match error {
                    None => break,
                    Some((bad, reason)) => (read, bad, reason),
                }
            }
            Codec::Latin1 => {
                out.extend(rest.iter().map(|&b| b as char));
                break;
            }
            Codec::Ascii => {
                let valid = rest
                    .iter()
                    .position(|b| !b.is_ascii())
                    .unwrap_or(rest.len());
                (valid, 1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match std::str::from_utf8(rest) {
                Ok(_) => (rest.len(), 0, ""),
                Err(e) => {
                    let valid = e.valid_up_to();
                    match e.error_len() {
                        None => (valid, rest.len() - valid, "unexpected end of data"),
                        Some(n) if (0xc2..=0xf4).contains(&rest[valid]) => {
                            (valid, n, "invalid continuation byte")
                        }
                        Some(n) => (valid, n, "invalid start byte"),
                    }
                }
            },
        };
        if !matches!(codec, Codec::Wide { .. }) {
            // The valid prefix is ASCII or UTF-8, checked above.
            out.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or_default());
            if valid == rest.len() {
                break;
            }
        }
        let (start, end) = (at + valid, at + valid + bad);
        match handler(errors)? {
            Handler::Strict => {
                return raise_unicode_error(
                    ExcKind::UnicodeDecodeError,
                    [
                        pystr::new(codec.name()),
                        bytes::new(data),
                        int::from_u64(start as u64),
                        int::from_u64(end as u64),
                        pystr::new(reason),
                    ],
                );
            }
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            Handler::XmlCharRefReplace => {
                return type_error("don't know how to handle UnicodeDecodeError in error callback")
            }
        }
        at = end;
    }
    Ok(out)
}

/// The message of a UnicodeDecodeError (`decoding`) or UnicodeEncodeError from its
/// arguments, as CPython's `__str__` words it; None when they are not the five it expects.
pub fn unicode_error_message(decoding: bool, args: &[Value]) -> PyResult<Option<String>> {
    let [encoding, object, start, end, reason] = args else {
        return Ok(None);
    };
    let (Some(start), Some(end)) = (
        int::as_int(*start).and_then(|i| i.to_i64()),
        int::as_int(*end).and_then(|i| i.to_i64()),
    ) else {
        return Ok(None);
    };
    let encoding = crate::protocols::ops::str_string(*encoding)?;
    let reason = crate::protocols::ops::str_string(*reason)?;
    let single = end == start + 1;
    let message = if decoding {
        let byte = bytes::buffer(*object)?.and_then(|b| b.get(start as usize).copied());
        match byte {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }
    } else {
        let c = pystr::as_str(*object).and_then(|s| s.chars().nth(start as usize));
        match c {
            Some(c) if single => format!(
                "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
                escaped(c)
            ),
            _ => format!(
                "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
                end - 1
            ),
        }
    };
    Ok(Some(message))
}
