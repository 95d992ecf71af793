//! The `binascii` module: hex and base64 codecs between binary data and ASCII, and the
//! CRC-32 and CRC-CCITT checksums, with CPython's errors (`binascii.Error`, a ValueError).

use super::builtin;
use crate::objects::bytes::{self, Buf};
use crate::objects::class::{self, Layout};
use crate::objects::exceptions::{self, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;

const ERROR: &str = "binascii.Error";
const INCOMPLETE: &str = "binascii.Incomplete";

fn exception_class(name: &'static str, base: ExcKind) -> Value {
    let cls = class::new_builtin(name, &[types::exc_class(base)], Layout::Exception);
    native_class::class_set(cls, "__module__", pystr::new("binascii"));
    cls
}

fn make_error() -> Value {
    exception_class("Error", ExcKind::ValueError)
}

fn make_incomplete() -> Value {
    exception_class("Incomplete", ExcKind::Exception)
}

/// Raises `binascii.Error(message)`.
fn error<T>(message: impl AsRef<str>) -> PyResult<T> {
    let cls = native_class::class(ERROR, make_error);
    let exc = exceptions::new_instance(cls, tuple::new(&[pystr::new(message.as_ref())]));
    Err(exceptions::set_pending(exc))
}

/// The data of an `a2b_*` argument: a bytes-like object or an ASCII-only str.
fn ascii_data(v: Value) -> PyResult<Buf> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            return value_error("string argument should contain only ASCII characters");
        }
        return Ok(Buf::Owned(s.as_bytes().to_vec()));
    }
    match bytes::buffer(v)? {
        Some(b) => Ok(b),
        None => type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            types::type_name(v)
        )),
    }
}

/// A keyword-only flag (`newline=`, `strict_mode=`), `default` when absent.
fn flag(kw: Kw, name: &str, default: bool) -> PyResult<bool> {
    match kw.get(name) {
        Some(v) => ops::truthy(v),
        None => Ok(default),
    }
}

/// The single positional data argument of a function.
fn data_arg(name: &str, args: &[Value]) -> PyResult<Value> {
    match args {
        [a] => Ok(*a),
        _ => type_error(format!(
            "{name}() takes exactly 1 positional argument ({} given)",
            args.len()
        )),
    }
}

fn hexlify(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("hexlify", kw, &["data", "sep", "bytes_per_sep"])?;
    let Some(data) = args.first().copied().or(kw.get("data")) else {
        return type_error("hexlify() missing required argument 'data' (pos 1)");
    };
    let data = bytes::expect_buffer(data)?;
    if args.len() > 3 {
        return type_error(format!(
            "hexlify() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    let sep = match args.get(1).copied().or(kw.get("sep")) {
        None => None,
        Some(v) => Some(separator(v)?),
    };
    let per_sep = match args.get(2).copied().or(kw.get("bytes_per_sep")) {
        Some(v) => args::index_arg(v)?,
        None => 1,
    };
    let out = crate::objects::bytes_methods::hex_digits(&data, sep, per_sep);
    Ok(bytes::new(&out))
}

/// The separator byte of `hexlify`: a str of one character below 256 (binascii, unlike
/// `bytes.hex`, takes a Latin-1 one) or a bytes-like object of one byte.
fn separator(v: Value) -> PyResult<u8> {
    let sep: Vec<u32> = match pystr::as_str(v) {
        Some(s) => s.chars().map(|c| c as u32).collect(),
        None => match bytes::buffer(v)? {
            Some(b) => b.iter().map(|&b| b as u32).collect(),
            None => {
                return type_error(format!(
                    "object of type '{}' has no len()",
                    types::type_name(v)
                ))
            }
        },
    };
    match sep[..] {
        [c] if c < 256 => Ok(c as u8),
        [_] => value_error("sep must be ASCII."),
        _ => value_error("sep must be length 1."),
    }
}

fn hex_digit(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

fn unhexlify(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("unhexlify", kw)?;
    let data = ascii_data(data_arg("unhexlify", args)?)?;
    if !data.len().is_multiple_of(2) {
        return error("Odd-length string");
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_digit(pair[0]), hex_digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => return error("Non-hexadecimal digit found"),
        }
    }
    Ok(bytes::new(&out))
}

const BASE64_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 of `data`, padded with `=`.
pub fn base64_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(BASE64_ALPHABET[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    out
}

fn b2a_base64(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("b2a_base64", kw, &["newline"])?;
    let data = bytes::expect_buffer(data_arg("b2a_base64", args)?)?;
    let mut out = base64_encode(&data);
    if flag(kw, "newline", true)? {
        out.push(b'\n');
    }
    Ok(bytes::new(&out))
}

fn base64_value(c: u8) -> Option<u8> {
    BASE64_ALPHABET
        .iter()
        .position(|&a| a == c)
        .map(|p| p as u8)
}

/// Decodes base64 as CPython does: outside strict mode, characters out of the alphabet
/// are skipped and decoding stops at the padding that completes a quad.
fn base64_decode(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    if strict && data.first() == Some(&b'=') {
        return error("Leading padding not allowed");
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let mut quad_pos = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut left = 0u8;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if strict && quad_pos == 0 {
                return error("Excess padding not allowed");
            }
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return error("Excess data after padding");
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = base64_value(c) else {
            if strict {
                return error("Only base64 data is allowed");
            }
            continue;
        };
        if strict && padding_started {
            return error("Discontinuous padding not allowed");
        }
        pads = 0;
        match quad_pos {
            0 => {
                left = v;
                quad_pos = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 0x0f;
                quad_pos = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 0x03;
                quad_pos = 3;
            }
            _ => {
                out.push(left << 6 | v);
                quad_pos = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => error("Incorrect padding"),
    }
}

fn a2b_base64(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("a2b_base64", kw, &["strict_mode"])?;
    let data = ascii_data(data_arg("a2b_base64", args)?)?;
    let strict = flag(kw, "strict_mode", false)?;
    Ok(bytes::new(&base64_decode(&data, strict)?))
}

/// The running CRC value argument: any int, of which the low 32 (or 16) bits count.
fn crc_start(v: Option<Value>, bits: u32) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let Some(i) = int::as_int(v) else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        ));
    };
    let modulus = num_bigint::BigInt::from(1u64 << bits);
    let low = ((i.to_big() % &modulus) + &modulus) % &modulus;
    Ok(low.iter_u32_digits().next().unwrap_or(0))
}

/// CRC-32 (the polynomial of zlib and PNG) continuing from `crc`.
pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn crc32(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("crc32", kw)?;
    args::count("crc32", args, 1, 2)?;
    let data = bytes::expect_buffer(args[0])?;
    let start = crc_start(args.get(1).copied(), 32)?;
    Ok(int::from_u64(crc32_update(start, &data) as u64))
}

fn crc_hqx(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("crc_hqx", kw)?;
    args::count("crc_hqx", args, 2, 2)?;
    let data = bytes::expect_buffer(args[0])?;
    let mut crc = crc_start(Some(args[1]), 16)? as u16;
    for &b in data.iter() {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::small(crc as i64))
}

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("Error", native_class::class(ERROR, make_error)),
        (
            "Incomplete",
            native_class::class(INCOMPLETE, make_incomplete),
        ),
        builtin("hexlify", hexlify),
        builtin("b2a_hex", hexlify),
        builtin("unhexlify", unhexlify),
        builtin("a2b_hex", unhexlify),
        builtin("b2a_base64", b2a_base64),
        builtin("a2b_base64", a2b_base64),
        builtin("crc32", crc32),
        builtin("crc_hqx", crc_hqx),
    ]
}
