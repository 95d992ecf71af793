//! The `struct` module (CPython's `_struct`): packing values into bytes and back by a format
//! string, with the sizes, alignment and messages of CPython on x86-64 Linux.

use super::builtin;
use crate::objects::bytes::{self, ByteArrayObj};
use crate::objects::class::{self, Layout};
use crate::objects::exceptions::{self, raise, type_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::ops;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

const ERROR: &str = "struct.error";
const STRUCT: &str = "_struct.Struct";
const UNPACK_ITERATOR: &str = "_struct.unpack_iterator";

fn make_error() -> Value {
    let cls = class::new_builtin(
        "error",
        &[types::exc_class(ExcKind::Exception)],
        Layout::Exception,
    );
    native_class::class_set(cls, "__module__", pystr::new("struct"));
    cls
}

/// Raises `struct.error(message)`.
fn error<T>(message: impl AsRef<str>) -> PyResult<T> {
    let cls = native_class::class(ERROR, make_error);
    let exc = exceptions::new_instance(cls, tuple::new(&[pystr::new(message.as_ref())]));
    Err(exceptions::set_pending(exc))
}

/// How a format lays items out: `@` native sizes with alignment, `=`/`<` standard sizes
/// little-endian, `>`/`!` standard sizes big-endian. The three also word some range errors
/// differently, as CPython's three packing tables do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Native,
    Little,
    Big,
}

/// One format code with its count: for `s` and `p` the count is the length of one bytes
/// item, for the others the number of items.
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    size: usize,
}

struct Format {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// How many values packing takes.
    values: usize,
}

/// The size of one `code` item in `mode`, None for a code the mode does not know.
fn item_size(code: u8, mode: Mode) -> Option<usize> {
    let native = mode == Mode::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(format: &[u8]) -> PyResult<Format> {
    let (mode, body) = match format.first() {
        Some(b'@') => (Mode::Native, &format[1..]),
        Some(b'=' | b'<') => (Mode::Little, &format[1..]),
        Some(b'>' | b'!') => (Mode::Big, &format[1..]),
        _ => (Mode::Native, format),
    };
    let too_long = || error("total struct size too long");
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut values = 0usize;
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            while i < body.len() && body[i].is_ascii_digit() {
                count = match count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((body[i] - b'0') as usize))
                {
                    Some(n) => n,
                    None => return too_long(),
                };
                i += 1;
            }
            if i == body.len() {
                return error("repeat count given without format specifier");
            }
            c = body[i];
            i += 1;
        }
        let Some(one) = item_size(c, mode) else {
            return error("bad char in struct format");
        };
        if mode == Mode::Native {
            // Native items are aligned to their size (s, p, x and c have size 1).
            size = size.div_ceil(one) * one;
        }
        let total = match one.checked_mul(count).and_then(|n| n.checked_add(size)) {
            Some(n) if n <= isize::MAX as usize => n,
            _ => return too_long(),
        };
        values += match c {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => count,
        };
        items.push(Item {
            code: c,
            count,
            offset: size,
            size: one,
        });
        size = total;
    }
    Ok(Format {
        mode,
        items,
        size,
        values,
    })
}

/// The bytes of a format argument (str or bytes).
fn format_bytes(v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        args::given_type(v)
    ))
}

fn layout_of(format: Value) -> PyResult<Format> {
    parse(&format_bytes(format)?)
}

/// The int a packed integer item stands for, as CPython's `get_pylong` finds it.
fn int_value(v: Value) -> PyResult<BigInt> {
    if let Some(i) = int::as_int(v) {
        return Ok(i.to_big());
    }
    match ops::index_value(v)? {
        Some(i) => match int::as_int(i) {
            Some(i) => Ok(i.to_big()),
            None => error("required argument is not an integer"),
        },
        None => error("required argument is not an integer"),
    }
}

const OUT_OF_RANGE: &str = "argument out of range";
const TOO_LARGE: &str = "int too large to convert";

/// Checks that `n` fits item `code` in `mode`, with the message CPython gives there.
fn check_int_range(code: u8, mode: Mode, n: &BigInt) -> PyResult<i128> {
    let x = n.to_i128();
    let fits_long = x.is_some_and(|x| i64::try_from(x).is_ok());
    let fits_ulong = x.is_some_and(|x| u64::try_from(x).is_ok());
    let within = |lo: i128, hi: i128| x.is_some_and(|x| lo <= x && x <= hi);
    let requires = |name: &str, lo: i128, hi: i128| -> PyResult<i128> {
        error(format!("{name} format requires {lo} <= number <= {hi}"))
    };
    let quoted = |c: u8| format!("'{}'", c as char);
    let (lo, hi): (i128, i128) = match code {
        b'b' => (-128, 127),
        b'B' => (0, 255),
        b'h' => (-32768, 32767),
        b'H' => (0, 65535),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' | b'n' if mode == Mode::Native || code != b'l' => {
            (i64::MIN as i128, i64::MAX as i128)
        }
        b'l' => (i32::MIN as i128, i32::MAX as i128),
        b'L' | b'Q' | b'N' if mode == Mode::Native || code != b'L' => (0, u64::MAX as i128),
        b'L' => (0, u32::MAX as i128),
        _ => (i64::MIN as i128, u64::MAX as i128), // 'P'
    };
    let ok = within(lo, hi);
    match code {
        b'b' | b'B' | b'h' if !fits_long => error(OUT_OF_RANGE),
        b'b' if !ok => requires("byte", lo, hi),
        b'B' if !ok => requires("ubyte", lo, hi),
        b'h' if !ok && mode == Mode::Big => requires(&quoted(code), lo, hi),
        b'h' if !ok => requires("short", lo, hi),
        b'H' if mode == Mode::Big && !fits_ulong => error(OUT_OF_RANGE),
        b'H' if mode == Mode::Big && !ok => requires(&quoted(code), lo, hi),
        b'H' if !fits_long => error(OUT_OF_RANGE),
        b'H' if !ok => requires("ushort", lo, hi),
        b'i' | b'l' if !fits_long => error(OUT_OF_RANGE),
        b'I' | b'L' if !fits_ulong => error(OUT_OF_RANGE),
        b'i' | b'l' | b'I' | b'L' if !ok => requires(&quoted(code), lo, hi),
        b'q' | b'Q' if !ok && mode == Mode::Big => error(TOO_LARGE),
        b'P' if !ok => error(TOO_LARGE),
        _ if !ok => error(OUT_OF_RANGE),
        _ => Ok(x.unwrap_or(0)),
    }
}

/// Writes the low `out.len()` bytes of `x` (two's complement) in `mode`'s byte order.
fn put_int(out: &mut [u8], x: i128, mode: Mode) {
    let le = x.to_le_bytes();
    let n = out.len();
    out.copy_from_slice(&le[..n]);
    if mode == Mode::Big {
        out.reverse();
    }
}

fn get_int(data: &[u8], mode: Mode, signed: bool) -> i128 {
    let mut le = [0u8; 16];
    let n = data.len();
    le[..n].copy_from_slice(data);
    if mode == Mode::Big {
        le[..n].reverse();
    }
    if signed && le[n - 1] & 0x80 != 0 {
        le[n..].fill(0xff);
    }
    i128::from_le_bytes(le)
}

/// The float a packed float item stands for; a non-number is `struct.error`.
fn float_value(v: Value) -> PyResult<f64> {
    match args::float_arg(v) {
        Ok(f) => Ok(f),
        Err(e) => {
            if exceptions::pending_matches(ExcKind::TypeError) {
                exceptions::take_pending();
                error("required argument is not a float")
            } else {
                Err(e)
            }
        }
    }
}

/// The IEEE half-precision bits of `x`, rounded to nearest even; None when too large.
pub fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a < 2f64.powi(-14) {
        // Subnormal (or zero): a multiple of 2**-24; rounding up to 1024 gives the
        // smallest normal, whose bits are the same.
        let q = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Some(sign | q);
    }
    let mut exponent = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mantissa = a / 2f64.powi(exponent);
    let mut q = ((mantissa - 1.0) * 1024.0).round_ties_even() as u16;
    if q == 1024 {
        q = 0;
        exponent += 1;
    }
    if exponent > 15 {
        return None;
    }
    Some(sign | (((exponent + 15) as u16) << 10) | q)
}

pub fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = ((bits >> 10) & 0x1f) as i32;
    let mantissa = (bits & 0x3ff) as f64;
    sign * match exponent {
        0 => mantissa * 2f64.powi(-24),
        31 if mantissa == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mantissa / 1024.0) * 2f64.powi(exponent - 15),
    }
}

fn put_bytes(out: &mut [u8], data: &[u8], mode: Mode) {
    out.copy_from_slice(data);
    // `data` is little-endian.
    if mode == Mode::Big {
        out.reverse();
    }
}

fn float_too_large<T>(code: u8) -> PyResult<T> {
    raise(
        ExcKind::OverflowError,
        &format!("float too large to pack with {} format", code as char),
    )
}

/// Packs one value of a non-string item into `out` (its size).
fn pack_one(code: u8, mode: Mode, v: Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'?' => out[0] = ops::truthy(v)? as u8,
        b'c' => match bytes::as_bytes(v) {
            Some(&[b]) => out[0] = b,
            _ => return error("char format requires a bytes object of length 1"),
        },
        b'e' => {
            let x = float_value(v)?;
            let Some(bits) = half_bits(x) else {
                return float_too_large(code);
            };
            put_bytes(out, &bits.to_le_bytes(), mode);
        }
        b'f' => {
            let x = float_value(v)?;
            let y = x as f32;
            // CPython's native 'f' is a plain C cast; the standard ones refuse overflow.
            if mode != Mode::Native && y.is_infinite() && x.is_finite() {
                return float_too_large(code);
            }
            put_bytes(out, &y.to_le_bytes(), mode);
        }
        b'd' => put_bytes(out, &float_value(v)?.to_le_bytes(), mode),
        _ => {
            let n = int_value(v)?;
            let x = check_int_range(code, mode, &n)?;
            put_int(out, x, mode);
        }
    }
    Ok(())
}

fn unpack_one(code: u8, mode: Mode, data: &[u8]) -> Value {
    let le = |data: &[u8]| {
        let mut v = data.to_vec();
        if mode == Mode::Big {
            v.reverse();
        }
        v
    };
    match code {
        b'?' => bool_value(data[0] != 0),
        b'c' => bytes::new(data),
        b'e' => {
            let b = le(data);
            float::new(half_value(u16::from_le_bytes([b[0], b[1]])))
        }
        b'f' => {
            let b = le(data);
            float::new(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64)
        }
        b'd' => {
            let b = le(data);
            let mut a = [0u8; 8];
            a.copy_from_slice(&b);
            float::new(f64::from_le_bytes(a))
        }
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => int::from_i64(get_int(data, mode, true) as i64),
        _ => int::from_u64(get_int(data, mode, false) as u64),
    }
}

/// Packs `values` by `layout` into `out` (`layout.size` bytes, zeroed).
fn pack_values(layout: &Format, values: &[Value], out: &mut [u8], name: &str) -> PyResult<()> {
    if values.len() != layout.values {
        return error(format!(
            "{name} expected {} items for packing (got {})",
            layout.values,
            values.len()
        ));
    }
    let mut next = values.iter();
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = *next.next().expect("counted");
                let data = match bytes::buffer(v)? {
                    Some(d) if bytes::is_bytes_or_bytearray(v) => d,
                    _ => {
                        return error(format!(
                            "argument for '{}' must be a bytes object",
                            item.code as char
                        ))
                    }
                };
                let field = &mut out[at..at + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                for k in 0..item.count {
                    let v = *next.next().expect("counted");
                    let start = at + k * item.size;
                    pack_one(code, layout.mode, v, &mut out[start..start + item.size])?;
                }
            }
        }
    }
    Ok(())
}

fn unpack_values(layout: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(layout.values);
    for item in &layout.items {
        let at = item.offset;
        match item.code {
            b'x' => {}
            b's' => out.push(bytes::new(&data[at..at + item.count])),
            b'p' => {
                let field = &data[at..at + item.count];
                let n = match field.first() {
                    Some(&n) => (n as usize).min(item.count - 1),
                    None => 0,
                };
                out.push(bytes::new(
                    &field[1.min(field.len())..1.min(field.len()) + n],
                ));
            }
            code => {
                for k in 0..item.count {
                    let start = at + k * item.size;
                    out.push(unpack_one(
                        code,
                        layout.mode,
                        &data[start..start + item.size],
                    ));
                }
            }
        }
    }
    tuple::new(&out)
}

fn pack_with(layout: &Format, values: &[Value]) -> PyResult {
    let mut out = vec![0u8; layout.size];
    pack_values(layout, values, &mut out, "pack")?;
    Ok(bytes::new(&out))
}

fn unpack_with(layout: &Format, buffer: Value) -> PyResult {
    let data = bytes::expect_buffer(buffer)?;
    if data.len() != layout.size {
        return error(format!("unpack requires a buffer of {} bytes", layout.size));
    }
    Ok(unpack_values(layout, &data))
}

fn offset_arg(v: Option<Value>) -> PyResult<i64> {
    match v {
        Some(v) => args::index_arg(v),
        None => Ok(0),
    }
}

fn unpack_from_with(layout: &Format, buffer: Value, offset: i64) -> PyResult {
    let data = bytes::expect_buffer(buffer)?;
    let len = data.len() as i64;
    let size = layout.size as i64;
    let mut offset = offset;
    if offset < 0 {
        if offset + len < 0 {
            return error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        if -offset < size {
            return error(format!(
                "not enough data to unpack {size} bytes at offset {offset}"
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
            size + offset
        ));
    }
    let start = offset as usize;
    Ok(unpack_values(layout, &data[start..start + layout.size]))
}

fn pack_into_with(layout: &Format, buffer: Value, offset: Value, values: &[Value]) -> PyResult {
    let mut packed = vec![0u8; layout.size];
    pack_values(layout, values, &mut packed, "pack_into")?;
    // A bytearray, or an object keeping its bytes in one (array.array).
    let target = match native_class::get(buffer, "__closc_buffer") {
        Some(data) if buffer.get::<ByteArrayObj>().is_none() => data,
        _ => buffer,
    };
    let Some(target) = target.get::<ByteArrayObj>() else {
        return type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            types::type_name(buffer)
        ));
    };
    let mut offset = args::index_arg(offset)?;
    let len = target.data().len() as i64;
    let size = layout.size as i64;
    if offset < 0 {
        if offset + len < 0 {
            return error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            ));
        }
        if -offset < size {
            return error(format!("no space to pack {size} bytes at offset {offset}"));
        }
        offset += len;
    }
    if len - offset < size {
        return error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
            size + offset
        ));
    }
    let start = offset as usize;
    target.data_mut()[start..start + layout.size].copy_from_slice(&packed);
    Ok(none())
}

fn iter_unpack_with(layout: &Format, format: Value, buffer: Value) -> PyResult {
    if layout.size == 0 {
        return error("cannot iteratively unpack with a struct of length 0");
    }
    let data = bytes::expect_buffer(buffer)?;
    if !data.len().is_multiple_of(layout.size) {
        return error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        ));
    }
    let it = native_class::instance(native_class::class(UNPACK_ITERATOR, make_unpack_iterator));
    native_class::set(it, "__closc_format", format);
    native_class::set(it, "__closc_data", bytes::new(&data));
    native_class::set(it, "__closc_pos", Value::small(0));
    Ok(it)
}

fn make_unpack_iterator() -> Value {
    native_class::new_class(
        "unpack_iterator",
        "_struct",
        Value::NULL,
        &[
            ("__iter__", native_class::iter_self),
            ("__next__", unpack_iterator_next),
            ("__length_hint__", unpack_iterator_length_hint),
        ],
    )
}

/// The iterator's layout, data and position.
fn unpack_iterator_parts(
    args: &[Value],
    method: &str,
) -> PyResult<(Value, Format, &'static [u8], usize)> {
    let this = native_class::this(args, UNPACK_ITERATOR, method, "_struct.unpack_iterator")?;
    let layout = layout_of(native_class::state(this, "__closc_format"))?;
    let data = bytes::as_bytes(native_class::state(this, "__closc_data")).unwrap_or(&[]);
    let pos = native_class::state(this, "__closc_pos");
    let pos = if pos.is_small() {
        pos.small_value() as usize
    } else {
        0
    };
    Ok((this, layout, data, pos))
}

fn unpack_iterator_next(args: &[Value], _kw: Kw) -> PyResult {
    let (this, layout, data, pos) = unpack_iterator_parts(args, "__next__")?;
    if pos + layout.size > data.len() {
        return native_class::stop();
    }
    native_class::set(
        this,
        "__closc_pos",
        Value::small((pos + layout.size) as i64),
    );
    Ok(unpack_values(&layout, &data[pos..pos + layout.size]))
}

fn unpack_iterator_length_hint(args: &[Value], _kw: Kw) -> PyResult {
    let (_, layout, data, pos) = unpack_iterator_parts(args, "__length_hint__")?;
    Ok(Value::small(
        ((data.len() - pos.min(data.len())) / layout.size) as i64,
    ))
}

/// The format argument of a module-level function.
fn format_arg(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&f) => Ok(f),
        None => type_error("missing format argument"),
    }
}

fn struct_pack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pack", kw)?;
    let layout = layout_of(format_arg(args)?)?;
    pack_with(&layout, &args[1..])
}

fn struct_unpack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("unpack", kw)?;
    args::count("unpack", args, 2, 2)?;
    unpack_with(&layout_of(args[0])?, args[1])
}

fn struct_calcsize(args: &[Value], kw: Kw) -> PyResult {
    let format = args::one("calcsize", args, kw)?;
    Ok(Value::small(layout_of(format)?.size as i64))
}

/// `unpack_from(buffer, offset=0)` arguments after the receiver or format.
fn buffer_and_offset(name: &str, rest: &[Value], kw: Kw) -> PyResult<(Value, i64)> {
    args::check_kw(name, kw, &["buffer", "offset"])?;
    let buffer = rest.first().copied().or(kw.get("buffer"));
    let Some(buffer) = buffer else {
        return type_error(format!(
            "{name}() missing required argument 'buffer' (pos {})",
            if name == "unpack_from" { 2 } else { 1 }
        ));
    };
    Ok((
        buffer,
        offset_arg(rest.get(1).copied().or(kw.get("offset")))?,
    ))
}

fn struct_unpack_from(args: &[Value], kw: Kw) -> PyResult {
    let layout = layout_of(format_arg(args)?)?;
    let (buffer, offset) = buffer_and_offset("unpack_from", &args[1..], kw)?;
    unpack_from_with(&layout, buffer, offset)
}

fn struct_pack_into(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pack_into", kw)?;
    let layout = layout_of(format_arg(args)?)?;
    match args.len() {
        1 => type_error("pack_into expected buffer argument"),
        2 => type_error("pack_into expected offset argument"),
        _ => pack_into_with(&layout, args[1], args[2], &args[3..]),
    }
}

fn struct_iter_unpack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("iter_unpack", kw)?;
    args::count("iter_unpack", args, 2, 2)?;
    let layout = layout_of(args[0])?;
    iter_unpack_with(&layout, args[0], args[1])
}

fn make_struct() -> Value {
    native_class::new_class(
        "Struct",
        "_struct",
        Value::NULL,
        &[
            ("__init__", struct_init),
            ("pack", struct_obj_pack),
            ("unpack", struct_obj_unpack),
            ("pack_into", struct_obj_pack_into),
            ("unpack_from", struct_obj_unpack_from),
            ("iter_unpack", struct_obj_iter_unpack),
        ],
    )
}

fn struct_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, STRUCT, "__init__", "_struct.Struct")?;
    args::check_kw("Struct", kw, &["format"])?;
    let Some(format) = args.get(1).copied().or(kw.get("format")) else {
        return type_error("Struct() missing required argument 'format' (pos 1)");
    };
    let layout = layout_of(format)?;
    let text = String::from_utf8_lossy(&format_bytes(format)?).into_owned();
    native_class::set(this, "format", pystr::new(&text));
    native_class::set(this, "size", Value::small(layout.size as i64));
    Ok(none())
}

/// The receiver of a `Struct` method and its layout.
fn struct_layout(args: &[Value], method: &str) -> PyResult<(Value, Format)> {
    let this = native_class::this(args, STRUCT, method, "_struct.Struct")?;
    let format = native_class::state(this, "format");
    Ok((format, layout_of(format)?))
}

fn struct_obj_pack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pack", kw)?;
    let (_, layout) = struct_layout(args, "pack")?;
    pack_with(&layout, &args[1..])
}

fn struct_obj_unpack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("unpack", kw)?;
    args::method_count("unpack", args, 1, 1)?;
    let (_, layout) = struct_layout(args, "unpack")?;
    unpack_with(&layout, args[1])
}

fn struct_obj_unpack_from(args: &[Value], kw: Kw) -> PyResult {
    let (_, layout) = struct_layout(args, "unpack_from")?;
    let (buffer, offset) = buffer_and_offset("unpack_from", &args[1..], kw)?;
    unpack_from_with(&layout, buffer, offset)
}

fn struct_obj_pack_into(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("pack_into", kw)?;
    let (_, layout) = struct_layout(args, "pack_into")?;
    match args.len() {
        1 => type_error("pack_into expected buffer argument"),
        2 => type_error("pack_into expected offset argument"),
        _ => pack_into_with(&layout, args[1], args[2], &args[3..]),
    }
}

fn struct_obj_iter_unpack(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("iter_unpack", kw)?;
    args::method_count("iter_unpack", args, 1, 1)?;
    let (format, layout) = struct_layout(args, "iter_unpack")?;
    iter_unpack_with(&layout, format, args[1])
}

pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        ("error", native_class::class(ERROR, make_error)),
        ("Struct", native_class::class(STRUCT, make_struct)),
        builtin("pack", struct_pack),
        builtin("unpack", struct_unpack),
        builtin("calcsize", struct_calcsize),
        builtin("pack_into", struct_pack_into),
        builtin("unpack_from", struct_unpack_from),
        builtin("iter_unpack", struct_iter_unpack),
    ]
}
