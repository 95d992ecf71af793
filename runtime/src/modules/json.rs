//! `_json`: the native speedups of the `json` package (CPython's `Modules/_json.c`), used
//! by the Python-source `json` in `lib/json/` for its hot parts:
//! - `make_scanner(decoder)`: a callable `scan_once(string, idx)` decoding the JSON value
//!   at `string[idx]` (objects, arrays, strings, numbers, constants, with the decoder's
//!   hooks), raising `StopIteration(idx)` when no value starts there and
//!   `json.decoder.JSONDecodeError` with the C scanner's messages and positions;
//! - `scanstring(string, end, strict=True)`: one JSON string, its quote before `end`;
//! - `make_encoder(markers, default, encoder, indent, key_separator, item_separator,
//!   sort_keys, skipkeys, allow_nan)`: a callable encoding a value in one go (without
//!   `indent`, as CPython uses it), returning a 1-tuple holding the text;
//! - `encode_basestring_ascii(s)`, `encode_basestring(s)`: a str as a JSON string.
//!
//! Positions are indices of code points, so the scanner works on the text's `char`s.
//! Values being built live in Rust vectors and maps: that is safe because the collector
//! runs only at safepoints of compiled code, and every callback here (hooks, `default`)
//! goes through `call::call`, which blocks collection while it runs (see `memory/gc.rs`).

use super::builtin;
use crate::objects::builtin_subclass;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::float_repr::float_repr;
use crate::objects::function::{self, BuiltinObj, NativeFn};
use crate::objects::int;
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::sort;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("scanstring", scanstring),
        builtin("make_scanner", make_scanner),
        builtin("make_encoder", make_encoder),
        builtin("encode_basestring_ascii", encode_basestring_ascii),
        builtin("encode_basestring", encode_basestring),
    ]
}

/// How deep arrays and objects may nest, in decoding and encoding (CPython's recursion
/// limit stops its C scanner and encoder about there).
const MAX_DEPTH: usize = 990;

fn recursion_error<T>(what: &str) -> PyResult<T> {
    raise(
        ExcKind::RecursionError,
        &format!("maximum recursion depth exceeded {what}"),
    )
}

// ---------------------------------------------------------------------------------------
// Decoding

/// The decoder's settings a scanner reads when it is made, in the tuple it is bound to.
const SCANNER_FIELDS: [&str; 6] = [
    "strict",
    "object_hook",
    "object_pairs_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
];

/// `make_scanner(decoder)`: a `scan_once(string, idx)` bound to the decoder's settings.
fn make_scanner(args: &[Value], kw: Kw) -> PyResult {
    let context = args::one("make_scanner", args, kw)?;
    let mut settings = Vec::with_capacity(SCANNER_FIELDS.len());
    for name in SCANNER_FIELDS {
        settings.push(attr::getattr(context, pystr::intern(name))?);
    }
    settings[0] = bool_value(ops::truthy(settings[0])?);
    Ok(function::new_method(
        "scan_once",
        scan_once,
        tuple::new(&settings),
        "",
    ))
}

fn scan_once(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("scan_once", kw)?;
    let [settings, string, idx] = args else {
        return type_error(format!(
            "scan_once() takes exactly 2 arguments ({} given)",
            args.len().saturating_sub(1)
        ));
    };
    let Some(text) = pystr::as_str(*string) else {
        return type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(*string)
        ));
    };
    let Some(idx) = int::to_index(*idx)? else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(*idx)
        ));
    };
    let settings = tuple::items(*settings).unwrap_or(&[]);
    let [strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant] = settings
    else {
        return type_error("scan_once() bound to no decoder");
    };
    let mut scanner = Scanner {
        chars: text.chars().collect(),
        doc: *string,
        strict: *strict == bool_value(true),
        object_hook: *object_hook,
        object_pairs_hook: *object_pairs_hook,
        parse_float: *parse_float,
        parse_int: *parse_int,
        parse_constant: *parse_constant,
        builtin_float: *parse_float == types::class_of(TypeId::Float),
        builtin_int: *parse_int == types::class_of(TypeId::Int),
        memo: HashMap::new(),
        depth: 0,
    };
    if idx < 0 {
        return raise_args(ExcKind::StopIteration, &[int::from_i64(idx)]);
    }
    let (value, end) = scanner.value(idx as usize)?;
    Ok(tuple::new(&[value, int::from_i64(end as i64)]))
}

/// `scanstring(string, end, strict=True)`: the JSON string whose opening quote is at
/// `end - 1`, decoded, and the index after its closing quote.
fn scanstring(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("scanstring", kw)?;
    args::count("scanstring", args, 2, 3)?;
    let Some(text) = pystr::as_str(args[0]) else {
        return type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(args[0])
        ));
    };
    let Some(end) = int::to_index(args[1])? else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(args[1])
        ));
    };
    let strict = match args.get(2) {
        Some(v) => ops::truthy(*v)?,
        None => true,
    };
    let chars: Vec<char> = text.chars().collect();
    if end < 0 || end as usize > chars.len() {
        return value_error("end is out of bounds");
    }
    let (decoded, next) = scan_string(&chars, args[0], end as usize, strict)?;
    Ok(tuple::new(&[
        pystr::new(&decoded),
        int::from_i64(next as i64),
    ]))
}

/// Raises `json.decoder.JSONDecodeError(msg, doc, pos)`.
fn decode_error<T>(msg: &str, doc: Value, pos: usize) -> PyResult<T> {
    let module = super::import_name(pystr::new("json.decoder"), false)?;
    let class = attr::getattr(module, pystr::intern("JSONDecodeError"))?;
    let exc = call::call(
        class,
        &[pystr::new(msg), doc, int::from_i64(pos as i64)],
        Kw::NONE,
    )?;
    exceptions::raise_value(exc, None)?;
    unreachable!("raise_value always raises")
}

fn stop_iteration<T>(idx: usize) -> PyResult<T> {
    raise_args(ExcKind::StopIteration, &[int::from_i64(idx as i64)])
}

/// The four hex digits at `chars[at..at + 4]` as a number, if they are hex digits.
fn hex4(chars: &[char], at: usize) -> Option<u32> {
    let digits = chars.get(at..at + 4)?;
    digits
        .iter()
        .try_fold(0, |acc, c| Some(acc * 16 + c.to_digit(16)?))
}

/// Decodes the JSON string whose opening quote is just before `end`.
fn scan_string(chars: &[char], doc: Value, end: usize, strict: bool) -> PyResult<(String, usize)> {
    let begin = end - 1;
    let len = chars.len();
    let mut out = String::new();
    let mut at = end;
    loop {
        // A run of plain characters, up to a quote or backslash.
        let run_start = at;
        while at < len && chars[at] != '"' && chars[at] != '\\' {
            if strict && chars[at] < ' ' {
                return decode_error("Invalid control character at", doc, at);
            }
            at += 1;
        }
        out.extend(&chars[run_start..at]);
        if at >= len {
            return decode_error("Unterminated string starting at", doc, begin);
        }
        if chars[at] == '"' {
            return Ok((out, at + 1));
        }
        // A backslash at `at`.
        let Some(&kind) = chars.get(at + 1) else {
            return decode_error("Unterminated string starting at", doc, begin);
        };
        if kind != 'u' {
            let unescaped = match kind {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return decode_error("Invalid \\escape", doc, at),
            };
            out.push(unescaped);
            at += 2;
            continue;
        }
        // `\uXXXX`: the C scanner wants a character after the four digits.
        let u_at = at + 1;
        if u_at + 5 >= len {
            return decode_error("Invalid \\uXXXX escape", doc, u_at);
        }
        let Some(mut code) = hex4(chars, u_at + 1) else {
            return decode_error("Invalid \\uXXXX escape", doc, u_at);
        };
        at = u_at + 5;
        if (0xD800..=0xDBFF).contains(&code)
            && at + 6 < len
            && chars[at] == '\\'
            && chars[at + 1] == 'u'
        {
            let Some(low) = hex4(chars, at + 2) else {
                return decode_error("Invalid \\uXXXX escape", doc, at + 1);
            };
            if (0xDC00..=0xDFFF).contains(&low) {
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
                at += 6;
            }
        }
        match char::from_u32(code) {
            Some(c) => out.push(c),
            // A lone surrogate, which closc's strs cannot hold.
            None => {
                return raise(
                    ExcKind::UnicodeDecodeError,
                    &format!("closc cannot hold the lone surrogate \\u{code:04x} in a str"),
                )
            }
        }
    }
}

struct Scanner {
    chars: Vec<char>,
    doc: Value,
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    /// Whether `parse_float` / `parse_int` are `float` / `int` themselves, so numbers are
    /// converted here without a call.
    builtin_float: bool,
    builtin_int: bool,
    /// Object keys seen so far, so equal keys share one str (as CPython's memo does).
    memo: HashMap<String, Value>,
    depth: usize,
}

impl Scanner {
    fn at(&self, idx: usize) -> Option<char> {
        self.chars.get(idx).copied()
    }

    fn skip_whitespace(&self, mut idx: usize) -> usize {
        while matches!(self.at(idx), Some(' ' | '\t' | '\n' | '\r')) {
            idx += 1;
        }
        idx
    }

    fn starts_with(&self, idx: usize, word: &str) -> bool {
        let mut chars = self.chars.get(idx..).unwrap_or(&[]).iter();
        word.chars().all(|c| chars.next() == Some(&c))
    }

    /// The value starting at `idx` and the index after it.
    fn value(&mut self, idx: usize) -> PyResult<(Value, usize)> {
        let Some(c) = self.at(idx) else {
            return stop_iteration(idx);
        };
        match c {
            '"' => {
                let (s, end) = scan_string(&self.chars, self.doc, idx + 1, self.strict)?;
                Ok((pystr::new(&s), end))
            }
            '{' => self.nested(idx, "object", Scanner::object),
            '[' => self.nested(idx, "array", Scanner::array),
            'n' if self.starts_with(idx, "null") => Ok((none(), idx + 4)),
            't' if self.starts_with(idx, "true") => Ok((bool_value(true), idx + 4)),
            'f' if self.starts_with(idx, "false") => Ok((bool_value(false), idx + 5)),
            'N' if self.starts_with(idx, "NaN") => self.constant("NaN", idx),
            'I' if self.starts_with(idx, "Infinity") => self.constant("Infinity", idx),
            '-' if self.starts_with(idx, "-Infinity") => self.constant("-Infinity", idx),
            _ => self.number(idx),
        }
    }

    /// The object or array (`what`) whose opening bracket is at `idx`.
    fn nested(
        &mut self,
        idx: usize,
        what: &str,
        parse: fn(&mut Scanner, usize) -> PyResult<(Value, usize)>,
    ) -> PyResult<(Value, usize)> {
        if self.depth >= MAX_DEPTH {
            return recursion_error(&format!(
                "while decoding a JSON {what} from a unicode string"
            ));
        }
        self.depth += 1;
        let result = parse(self, idx + 1);
        self.depth -= 1;
        result
    }

    fn constant(&mut self, name: &str, idx: usize) -> PyResult<(Value, usize)> {
        let value = call::call(self.parse_constant, &[pystr::new(name)], Kw::NONE)?;
        Ok((value, idx + name.chars().count()))
    }

    fn is_digit(&self, idx: usize) -> bool {
        self.at(idx).is_some_and(|c| c.is_ascii_digit())
    }

    /// The number at `idx`, matched as the C scanner matches it.
    fn number(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let len = self.chars.len();
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
            if idx >= len {
                return stop_iteration(start);
            }
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while self.is_digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return stop_iteration(start),
        }
        let mut is_float = false;
        if self.at(idx) == Some('.') && self.is_digit(idx + 1) {
            is_float = true;
            idx += 2;
            while self.is_digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < len && matches!(self.at(idx), Some('e' | 'E')) {
            let exponent_start = idx;
            idx += 1;
            if idx + 1 < len && matches!(self.at(idx), Some('+' | '-')) {
                idx += 1;
            }
            let digits_start = idx;
            while self.is_digit(idx) {
                idx += 1;
            }
            if idx > digits_start {
                is_float = true;
            } else {
                idx = exponent_start;
            }
        }
        let digits = &self.chars[start..idx];
        if !is_float && self.builtin_int && digits.len() <= 18 {
            // Fits a machine word: no text to build.
            let (negative, magnitude) = match digits.split_first() {
                Some(('-', rest)) => (true, rest),
                _ => (false, digits),
            };
            let n = magnitude
                .iter()
                .fold(0i64, |n, c| n * 10 + i64::from(c.to_digit(10).unwrap_or(0)));
            return Ok((int::from_i64(if negative { -n } else { n }), idx));
        }
        let text: String = digits.iter().collect();
        let value = if is_float {
            if self.builtin_float {
                float::new(text.parse::<f64>().unwrap_or(f64::NAN))
            } else {
                call::call(self.parse_float, &[pystr::new(&text)], Kw::NONE)?
            }
        } else if self.builtin_int {
            int::check_parse_digits(text.trim_start_matches('-').len())?;
            match int::parse(&text, 10) {
                Some(v) => v,
                None => return stop_iteration(start),
            }
        } else {
            call::call(self.parse_int, &[pystr::new(&text)], Kw::NONE)?
        };
        Ok((value, idx))
    }

    fn object(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return decode_error(
                        "Expecting property name enclosed in double quotes",
                        self.doc,
                        idx,
                    );
                }
                let (key_text, after_key) =
                    scan_string(&self.chars, self.doc, idx + 1, self.strict)?;
                let key = *self
                    .memo
                    .entry(key_text)
                    .or_insert_with_key(|text| pystr::new(text));
                idx = self.skip_whitespace(after_key);
                if self.at(idx) != Some(':') {
                    return decode_error("Expecting ':' delimiter", self.doc, idx);
                }
                idx = self.skip_whitespace(idx + 1);
                let (value, after_value) = self.value(idx)?;
                pairs.push((key, value));
                idx = self.skip_whitespace(after_value);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return decode_error("Expecting ',' delimiter", self.doc, idx);
                }
                idx = self.skip_whitespace(idx + 1);
            }
        }
        let end = idx + 1;
        if !self.object_pairs_hook.is_none() {
            let items = pairs.iter().map(|&(k, v)| tuple::new(&[k, v])).collect();
            let value = call::call(self.object_pairs_hook, &[list::from_vec(items)], Kw::NONE)?;
            return Ok((value, end));
        }
        let result = dict::new();
        if let Some(d) = result.get::<DictObj>() {
            for (key, value) in pairs {
                d.set(key, value)?;
            }
        }
        if !self.object_hook.is_none() {
            return Ok((call::call(self.object_hook, &[result], Kw::NONE)?, end));
        }
        Ok((result, end))
    }

    fn array(&mut self, start: usize) -> PyResult<(Value, usize)> {
        let mut values = Vec::new();
        let mut idx = self.skip_whitespace(start);
        if self.at(idx) == Some(']') {
            return Ok((list::from_vec(values), idx + 1));
        }
        loop {
            let (value, after) = self.value(idx)?;
            values.push(value);
            idx = self.skip_whitespace(after);
            if self.at(idx) == Some(']') {
                return Ok((list::from_vec(values), idx + 1));
            }
            if self.at(idx) != Some(',') {
                return decode_error("Expecting ',' delimiter", self.doc, idx);
            }
            idx = self.skip_whitespace(idx + 1);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Encoding

/// Appends `s` as a JSON string: with `ascii`, every character outside ASCII's printable
/// range as a `\uXXXX` escape (a surrogate pair above U+FFFF); otherwise only quotes,
/// backslashes and control characters are escaped.
fn quote_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if !ascii || c <= '~' => out.push(c),
            c => {
                let code = c as u32;
                if code < 0x10000 {
                    let _ = write!(out, "\\u{code:04x}");
                } else {
                    let code = code - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xD800 | (code >> 10),
                        0xDC00 | (code & 0x3FF)
                    );
                }
            }
        }
    }
    out.push('"');
}

fn quoted(args: &[Value], kw: Kw, name: &str, ascii: bool) -> PyResult {
    let s = args::one(name, args, kw)?;
    let Some(text) = pystr::as_str(builtin_subclass::base_value(s).unwrap_or(s)) else {
        return type_error(format!(
            "first argument must be a string, not {}",
            types::type_name(s)
        ));
    };
    let mut out = String::with_capacity(text.len() + 2);
    quote_into(&mut out, text, ascii);
    Ok(pystr::new(&out))
}

fn encode_basestring_ascii(args: &[Value], kw: Kw) -> PyResult {
    quoted(args, kw, "encode_basestring_ascii", true)
}

fn encode_basestring(args: &[Value], kw: Kw) -> PyResult {
    quoted(args, kw, "encode_basestring", false)
}

/// `make_encoder(markers, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`: an `encode(obj, current_indent_level)` bound to these
/// settings. `indent` is None or the str of one level: CPython's C encoder takes None only
/// and `dumps(indent=...)` runs its Python encoder, whose layout and messages (an
/// out-of-range float's value, the recursion error) this follows when `indent` is a str.
fn make_encoder(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("make_encoder", kw)?;
    args::count("make_encoder", args, 9, 9)?;
    if !args[3].is_none() && args[3].kind() != Kind::Str {
        return type_error(format!(
            "make_encoder() argument 4 must be str or None, not {}",
            types::type_name(args[3])
        ));
    }
    for at in [4, 5] {
        if args[at].kind() != Kind::Str {
            return type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                at + 1,
                types::type_name(args[at])
            ));
        }
    }
    let mut settings = args.to_vec();
    for flag in [6, 7, 8] {
        settings[flag] = bool_value(ops::truthy(args[flag])?);
    }
    Ok(function::new_method(
        "encode",
        encode,
        tuple::new(&settings),
        "",
    ))
}

fn encode(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("encode", kw)?;
    let [settings, obj, level] = args else {
        return type_error(format!(
            "encode() takes exactly 2 arguments ({} given)",
            args.len().saturating_sub(1)
        ));
    };
    let s = tuple::items(*settings).unwrap_or(&[]);
    let [markers, default, quote, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan] =
        s
    else {
        return type_error("encode() bound to no encoder");
    };
    let native_quote = quote.get::<BuiltinObj>().and_then(|b| {
        let f = b.func as usize;
        if f == encode_basestring_ascii as NativeFn as usize {
            Some(true)
        } else if f == encode_basestring as NativeFn as usize {
            Some(false)
        } else {
            None
        }
    });
    let mut encoder = Encoder {
        out: String::new(),
        markers: if markers.is_none() {
            None
        } else {
            Some(HashSet::new())
        },
        default: *default,
        quote: *quote,
        native_quote,
        key_separator: pystr::as_str(*key_separator).unwrap_or(": "),
        item_separator: pystr::as_str(*item_separator).unwrap_or(", "),
        sort_keys: *sort_keys == bool_value(true),
        skipkeys: *skipkeys == bool_value(true),
        allow_nan: *allow_nan == bool_value(true),
        indent: pystr::as_str(*indent),
        level: int::to_index(*level)?.unwrap_or(0).max(0) as usize,
        depth: 0,
    };
    encoder.value(*obj)?;
    Ok(tuple::new(&[pystr::new(&encoder.out)]))
}

struct Encoder {
    out: String,
    /// The addresses of the containers being encoded (None without `check_circular`).
    markers: Option<HashSet<u64>>,
    default: Value,
    quote: Value,
    /// Whether `quote` is this module's `encode_basestring_ascii` (true) or
    /// `encode_basestring` (false), run without a call; None for another function.
    native_quote: Option<bool>,
    key_separator: &'static str,
    item_separator: &'static str,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// The text of one level of indentation, or None to write everything on one line.
    indent: Option<&'static str>,
    /// The nesting level of the container being written (for `indent`).
    level: usize,
    depth: usize,
}

impl Encoder {
    fn string(&mut self, s: Value, text: &str) -> PyResult<()> {
        match self.native_quote {
            Some(ascii) => quote_into(&mut self.out, text, ascii),
            None => {
                let quoted = call::call(self.quote, &[s], Kw::NONE)?;
                match pystr::as_str(quoted) {
                    Some(q) => self.out.push_str(q),
                    None => {
                        return type_error(format!(
                            "encoder() must return a string, not {}",
                            types::type_name(quoted)
                        ))
                    }
                }
            }
        }
        Ok(())
    }

    fn float_text(&self, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.allow_nan {
            if self.indent.is_some() {
                return value_error(format!(
                    "Out of range float values are not JSON compliant: {}",
                    float_repr(x)
                ));
            }
            return value_error("Out of range float values are not JSON compliant");
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, o: Value) -> PyResult<()> {
        if self.depth >= MAX_DEPTH {
            if self.indent.is_some() {
                return recursion_error("while calling a Python object");
            }
            return recursion_error("while encoding a JSON object");
        }
        self.depth += 1;
        if let Some(markers) = &mut self.markers {
            if !markers.insert(o.0) {
                return value_error("Circular reference detected");
            }
        }
        Ok(())
    }

    fn leave(&mut self, o: Value) {
        self.depth -= 1;
        if let Some(markers) = &mut self.markers {
            markers.remove(&o.0);
        }
    }

    fn value(&mut self, o: Value) -> PyResult<()> {
        if o.is_none() {
            self.out.push_str("null");
            return Ok(());
        }
        if o.kind() == Kind::Bool {
            self.out.push_str(if o == bool_value(true) {
                "true"
            } else {
                "false"
            });
            return Ok(());
        }
        // An instance of a subclass of a builtin type is encoded as its base value.
        let base = builtin_subclass::base_value(o).unwrap_or(o);
        match base.kind() {
            Kind::Str => {
                let text = pystr::as_str(base).unwrap_or("");
                self.string(base, text)
            }
            Kind::Int => {
                let Some(n) = int::as_int(base) else {
                    return type_error("int without a value");
                };
                self.out.push_str(&int::to_string(&n)?);
                Ok(())
            }
            Kind::Float => {
                let text = self.float_text(float::as_f64(base).unwrap_or(f64::NAN))?;
                self.out.push_str(&text);
                Ok(())
            }
            Kind::List | Kind::Tuple => self.array(o, base),
            Kind::Dict => self.object(o, base),
            _ => {
                // A namedtuple holds its fields as attributes, not in a base tuple.
                if let Some(items) = tuple::items_of_instance(o)? {
                    return self.array_items(o, &items);
                }
                self.enter(o)?;
                let replacement = call::call(self.default, &[o], Kw::NONE)?;
                self.value(replacement)?;
                self.leave(o);
                Ok(())
            }
        }
    }

    fn array(&mut self, o: Value, base: Value) -> PyResult<()> {
        let items = match base.kind() {
            Kind::List => base
                .get::<list::ListObj>()
                .map(|l| l.snapshot())
                .unwrap_or_default(),
            _ => tuple::items(base).unwrap_or(&[]).to_vec(),
        };
        self.array_items(o, &items)
    }

    fn array_items(&mut self, o: Value, items: &[Value]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(o)?;
        self.out.push('[');
        self.open_level();
        for (index, item) in items.iter().enumerate() {
            if index > 0 {
                self.out.push_str(self.item_separator);
                self.newline();
            }
            self.value(*item)?;
        }
        self.close_level();
        self.out.push(']');
        self.leave(o);
        Ok(())
    }

    /// With `indent`, enters a level and starts its first line.
    fn open_level(&mut self) {
        if self.indent.is_some() {
            self.level += 1;
            self.newline();
        }
    }

    /// With `indent`, leaves a level and starts the line of its closing bracket.
    fn close_level(&mut self) {
        if self.indent.is_some() {
            self.level -= 1;
            self.newline();
        }
    }

    /// With `indent`, a line break and the current level's indentation.
    fn newline(&mut self) {
        if let Some(indent) = self.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(indent);
            }
        }
    }

    /// The str a dict key is written as; None when `skipkeys` drops it.
    fn key_text(&self, key: Value) -> PyResult<Option<String>> {
        if key.is_none() {
            return Ok(Some("null".to_string()));
        }
        if key.kind() == Kind::Bool {
            return Ok(Some(
                if key == bool_value(true) {
                    "true"
                } else {
                    "false"
                }
                .to_string(),
            ));
        }
        let base = builtin_subclass::base_value(key).unwrap_or(key);
        match base.kind() {
            Kind::Str => Ok(Some(pystr::as_str(base).unwrap_or("").to_string())),
            Kind::Float => self
                .float_text(float::as_f64(base).unwrap_or(f64::NAN))
                .map(Some),
            Kind::Int => match int::as_int(base) {
                Some(n) => Ok(Some(int::to_string(&n)?)),
                None => Ok(None),
            },
            _ if self.skipkeys => Ok(None),
            _ => type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                types::type_name(key)
            )),
        }
    }

    fn object(&mut self, o: Value, base: Value) -> PyResult<()> {
        let empty = base.get::<DictObj>().is_none_or(|d| d.len() == 0);
        if empty {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(o)?;
        self.out.push('{');
        self.open_level();
        // A dict subclass's own `items()` is what CPython's `PyMapping_Items` reads.
        let mut pairs: Vec<Value> = if o == base {
            base.get::<DictObj>()
                .map(|d| d.items())
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| tuple::new(&[k, v]))
                .collect()
        } else {
            let items = call::call_method(o, pystr::intern("items"), &[], Kw::NONE)?;
            iter::collect(items)?
        };
        if self.sort_keys {
            sort::sort(&mut pairs, None, false)?;
        }
        let mut first = true;
        for pair in pairs {
            let (key, value) = match tuple::items(pair) {
                Some([key, value]) => (*key, *value),
                _ => return value_error("items must return 2-tuples"),
            };
            let Some(key_text) = self.key_text(key)? else {
                continue;
            };
            if !first {
                self.out.push_str(self.item_separator);
                self.newline();
            }
            first = false;
            match self.native_quote {
                Some(ascii) => quote_into(&mut self.out, &key_text, ascii),
                None => {
                    let key_str = pystr::new(&key_text);
                    self.string(key_str, &key_text)?;
                }
            }
            self.out.push_str(self.key_separator);
            self.value(value)?;
        }
        self.close_level();
        self.out.push('}');
        self.leave(o);
        Ok(())
    }
}
