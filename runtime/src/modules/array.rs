//! The `array` module: typed arrays of numbers (and of `u` characters). An array keeps its
//! typecode and its items, packed in native byte order, in a bytearray under
//! `__closc_buffer`, which also makes it a bytes-like object (`bytes::buffer`).

use crate::objects::bytes::{self, ByteArrayObj};
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::range::{self, SliceObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, not_implemented, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const ARRAY: &str = "array.array";
const ARRAY_ITERATOR: &str = "array.arrayiterator";
const TYPECODES: &str = "bBuhHiIlLqQfd";

fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The item that `data` (one item's bytes, native order) holds.
fn decode(code: u8, data: &[u8]) -> Value {
    let mut word = [0u8; 8];
    word[..data.len()].copy_from_slice(data);
    let unsigned = u64::from_le_bytes(word);
    let bits = data.len() as u32 * 8;
    let signed = if bits == 64 {
        unsigned as i64
    } else {
        ((unsigned << (64 - bits)) as i64) >> (64 - bits)
    };
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' => int::from_i64(signed),
        b'B' | b'H' | b'I' | b'L' | b'Q' => int::from_u64(unsigned),
        b'f' => float::new(f32::from_bits(unsigned as u32) as f64),
        b'd' => float::new(f64::from_bits(unsigned)),
        _ => match char::from_u32(unsigned as u32) {
            Some(c) => pystr::new(c.encode_utf8(&mut [0; 4])),
            None => pystr::new("\u{fffd}"),
        },
    }
}

fn overflow<T>(message: &str) -> PyResult<T> {
    raise(ExcKind::OverflowError, message)
}

/// The int an integer item must be, with CPython's TypeError for other values.
fn int_item(v: Value) -> PyResult<BigInt> {
    match ops::index_value(v)?.and_then(int::as_int) {
        Some(i) => Ok(i.to_big()),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )),
    }
}

/// Checks an integer item against its typecode's range, with the messages of CPython's
/// converters (which differ per typecode).
fn int_in_range(code: u8, n: &BigInt) -> PyResult<i128> {
    const C_LONG: &str = "Python int too large to convert to C long";
    const C_ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEGATIVE_UINT: &str = "can't convert negative value to unsigned int";
    let x = n
        .to_i128()
        .filter(|x| i64::try_from(*x).is_ok() || u64::try_from(*x).is_ok());
    let long = x.filter(|x| i64::try_from(*x).is_ok());
    let ulong = x.filter(|x| u64::try_from(*x).is_ok());
    // CPython converts some typecodes through a wider C type first, whose range error
    // comes first: `b` through short, `H` through int.
    let within = |x: i128, checks: &[(i128, i128, &str)]| -> PyResult<i128> {
        for &(lo, hi, name) in checks {
            if x < lo {
                return overflow(&format!("{name} is less than minimum"));
            }
            if x > hi {
                return overflow(&format!("{name} is greater than maximum"));
            }
        }
        Ok(x)
    };
    const SHORT: (i128, i128, &str) = (-32768, 32767, "signed short integer");
    const INT: (i128, i128, &str) = (i32::MIN as i128, i32::MAX as i128, "signed integer");
    let checked_long = |checks: &[(i128, i128, &str)]| match long {
        None => overflow(C_LONG),
        Some(x) => within(x, checks),
    };
    match code {
        b'b' => checked_long(&[SHORT, (-128, 127, "signed char")]),
        b'B' => checked_long(&[(0, 255, "unsigned byte integer")]),
        b'h' => checked_long(&[SHORT]),
        b'H' => checked_long(&[INT, (0, 65535, "unsigned short")]),
        b'i' => checked_long(&[INT]),
        b'l' => long.map_or_else(|| overflow(C_LONG), Ok),
        b'I' | b'L' if n.is_negative() => overflow(NEGATIVE_UINT),
        b'I' | b'L' => match ulong {
            None => overflow(C_ULONG),
            Some(x) if code == b'I' && x > u32::MAX as i128 => {
                overflow("unsigned int is greater than maximum")
            }
            Some(x) => Ok(x),
        },
        b'q' => long.map_or_else(|| overflow("int too big to convert"), Ok),
        _ if n.is_negative() => overflow("can't convert negative int to unsigned"),
        _ => ulong.map_or_else(|| overflow("int too big to convert"), Ok),
    }
}

/// The bytes (native order) of item `v` for typecode `code`.
fn encode(code: u8, v: Value) -> PyResult<Vec<u8>> {
    let size = item_size(code);
    Ok(match code {
        b'f' => (args::float_arg(v)? as f32).to_le_bytes().to_vec(),
        b'd' => args::float_arg(v)?.to_le_bytes().to_vec(),
        b'u' => match pystr::as_str(v) {
            Some(s) if s.chars().count() == 1 => (s.chars().next().expect("one char") as u32)
                .to_le_bytes()
                .to_vec(),
            _ => return type_error("array item must be unicode character"),
        },
        _ => int_in_range(code, &int_item(v)?)?.to_le_bytes()[..size].to_vec(),
    })
}

/// An array's typecode and its item bytes.
struct Parts {
    this: Value,
    code: u8,
    data: &'static ByteArrayObj,
}

impl Parts {
    fn size(&self) -> usize {
        item_size(self.code)
    }

    fn len(&self) -> usize {
        self.data.data().len() / self.size()
    }

    fn item(&self, i: usize) -> Value {
        let size = self.size();
        decode(self.code, &self.data.data()[i * size..(i + 1) * size])
    }

    fn items(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.item(i)).collect()
    }

    /// The bytes of the items of an iterable.
    fn encode_all(&self, values: &[Value]) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(values.len() * self.size());
        for &v in values {
            out.extend(encode(self.code, v)?);
        }
        Ok(out)
    }
}

fn parts_of(v: Value) -> Option<Parts> {
    if !native_class::is(v, ARRAY) {
        return None;
    }
    let code = pystr::as_str(native_class::state(v, "typecode"))?.as_bytes()[0];
    let data = native_class::get(v, "__closc_buffer")?.get::<ByteArrayObj>()?;
    Some(Parts {
        this: v,
        code,
        data,
    })
}

fn me(args: &[Value], method: &str) -> PyResult<Parts> {
    let this = native_class::this(args, ARRAY, method, "array.array")?;
    match parts_of(this) {
        Some(p) => Ok(p),
        None => type_error("array is not initialised"),
    }
}

fn new_array(code: u8, data: Vec<u8>) -> Value {
    let a = native_class::instance(native_class::class(ARRAY, make_array));
    set_state(a, code, data);
    a
}

fn set_state(a: Value, code: u8, data: Vec<u8>) {
    native_class::set(a, "typecode", pystr::new(&(code as char).to_string()));
    native_class::set(a, "itemsize", Value::small(item_size(code) as i64));
    native_class::set(a, "__closc_buffer", bytes::new_bytearray(data));
}

fn array_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, ARRAY, "__init__", "array.array")?;
    args::no_kw("array.array", kw)?;
    if !(2..=3).contains(&args.len()) {
        return type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let code = match pystr::as_str(args[1]) {
        Some(s) if s.chars().count() == 1 => s.as_bytes()[0],
        _ => {
            return type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                args::given_type(args[1])
            ))
        }
    };
    if !TYPECODES.as_bytes().contains(&code) {
        return value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    set_state(this, code, Vec::new());
    let Some(&init) = args.get(2) else {
        return Ok(none());
    };
    let me = parts_of(this).expect("just initialised");
    if let Some(text) = pystr::as_str(init) {
        if code != b'u' {
            return type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            ));
        }
        let data: Vec<u8> = text
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        *me.data.data_mut() = data;
    } else if bytes::is_bytes_or_bytearray(init) {
        frombytes_into(&me, &bytes::expect_buffer(init)?)?;
    } else if let Some(other) = parts_of(init) {
        if other.code == b'u' && code != b'u' {
            return type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            ));
        }
        let data = me.encode_all(&other.items())?;
        *me.data.data_mut() = data;
    } else {
        let items = iter::collect(init)?;
        let data = me.encode_all(&items)?;
        *me.data.data_mut() = data;
    }
    Ok(none())
}

fn frombytes_into(me: &Parts, data: &[u8]) -> PyResult<()> {
    if !data.len().is_multiple_of(me.size()) {
        return value_error("bytes length not a multiple of item size");
    }
    me.data.data_mut().extend_from_slice(data);
    Ok(())
}

fn array_repr(args: &[Value], _kw: Kw) -> PyResult {
    let me = me(args, "__repr__")?;
    let code = me.code as char;
    // A subclass's instances repr with the subclass's name.
    let name = types::short_type_name(me.this);
    if me.len() == 0 {
        return Ok(pystr::new(&format!("{name}('{code}')")));
    }
    let body = if me.code == b'u' {
        repr::repr_string(array_tounicode(args, Kw::NONE)?)?
    } else {
        repr::repr_string(list::from_vec(me.items()))?
    };
    Ok(pystr::new(&format!("{name}('{code}', {body})")))
}

fn array_len(args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::small(me(args, "__len__")?.len() as i64))
}

/// A normalised item index, or IndexError.
fn index_of(me: &Parts, key: Value, message: &str) -> PyResult<usize> {
    let Some(i) = ops::index_value(key)?.and_then(int::as_int) else {
        return type_error("array indices must be integers");
    };
    let len = me.len() as i64;
    let i = i.to_i64().unwrap_or(i64::MAX);
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return raise(ExcKind::IndexError, message);
    }
    Ok(i as usize)
}

/// The item positions a slice selects.
fn slice_positions(me: &Parts, s: &SliceObj) -> PyResult<Vec<usize>> {
    let (start, _, step, count) = range::slice_indices(s, me.len())?;
    Ok((0..count as i64)
        .map(|k| (start + k * step) as usize)
        .collect())
}

fn array_getitem(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__getitem__", args, 1, 1)?;
    let me = me(args, "__getitem__")?;
    if let Some(s) = args[1].get::<SliceObj>() {
        let size = me.size();
        let data = me.data.data();
        let mut out = Vec::new();
        for i in slice_positions(&me, s)? {
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        return Ok(new_array(me.code, out));
    }
    let i = index_of(&me, args[1], "array index out of range")?;
    Ok(me.item(i))
}

fn array_setitem(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__setitem__", args, 2, 2)?;
    let me = me(args, "__setitem__")?;
    let size = me.size();
    if let Some(s) = args[1].get::<SliceObj>() {
        let Some(other) = parts_of(args[2]) else {
            return type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                types::type_name(args[2])
            ));
        };
        if other.code != me.code {
            return type_error("bad argument type for built-in operation");
        }
        let new_data = other.data.data().clone();
        let (start, stop, step, count) = range::slice_indices(s, me.len())?;
        if step == 1 {
            let stop = stop.max(start) as usize * size;
            me.data
                .data_mut()
                .splice(start as usize * size..stop, new_data);
            return Ok(none());
        }
        let new_count = new_data.len() / size;
        if new_count != count {
            return value_error(format!(
                "attempt to assign array of size {new_count} to extended slice of size {count}"
            ));
        }
        let positions = slice_positions(&me, s)?;
        let mut data = me.data.data_mut();
        for (k, i) in positions.into_iter().enumerate() {
            data[i * size..(i + 1) * size].copy_from_slice(&new_data[k * size..(k + 1) * size]);
        }
        return Ok(none());
    }
    let i = index_of(&me, args[1], "array assignment index out of range")?;
    let item = encode(me.code, args[2])?;
    me.data.data_mut()[i * size..(i + 1) * size].copy_from_slice(&item);
    Ok(none())
}

fn array_delitem(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__delitem__", args, 1, 1)?;
    let me = me(args, "__delitem__")?;
    let size = me.size();
    let doomed = match args[1].get::<SliceObj>() {
        Some(s) => slice_positions(&me, s)?,
        None => vec![index_of(
            &me,
            args[1],
            "array assignment index out of range",
        )?],
    };
    let old = me.data.data().clone();
    let mut keep = vec![true; old.len() / size];
    for i in doomed {
        keep[i] = false;
    }
    let data: Vec<u8> = old
        .chunks(size)
        .zip(&keep)
        .filter(|(_, &k)| k)
        .flat_map(|(c, _)| c.iter().copied())
        .collect();
    *me.data.data_mut() = data;
    Ok(none())
}

fn array_append(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("append", args, 1, 1)?;
    let me = me(args, "append")?;
    let item = encode(me.code, args[1])?;
    me.data.data_mut().extend(item);
    Ok(none())
}

fn extend_with(me: &Parts, source: Value) -> PyResult<()> {
    if let Some(other) = parts_of(source) {
        if other.code != me.code {
            return type_error("can only extend with array of same kind");
        }
        let data = other.data.data().clone();
        me.data.data_mut().extend(data);
        return Ok(());
    }
    // Items are appended one by one, so a bad one leaves the earlier ones in, as CPython.
    let items = iter::collect(source)?;
    for v in items {
        let item = encode(me.code, v)?;
        me.data.data_mut().extend(item);
    }
    Ok(())
}

fn array_extend(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("extend", args, 1, 1)?;
    let me = me(args, "extend")?;
    extend_with(&me, args[1])?;
    Ok(none())
}

fn array_insert(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("insert", args, 2, 2)?;
    let me = me(args, "insert")?;
    let len = me.len() as i64;
    let mut i = args::index_arg(args[1])?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let at = i.min(len) as usize * me.size();
    let item = encode(me.code, args[2])?;
    me.data.data_mut().splice(at..at, item);
    Ok(none())
}

fn array_pop(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("pop", args, 0, 1)?;
    let me = me(args, "pop")?;
    let len = me.len() as i64;
    if len == 0 {
        return raise(ExcKind::IndexError, "pop from empty array");
    }
    let mut i = match args.get(1) {
        Some(&v) => args::index_arg(v)?,
        None => -1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return raise(ExcKind::IndexError, "pop index out of range");
    }
    let i = i as usize;
    let item = me.item(i);
    let size = me.size();
    me.data.data_mut().drain(i * size..(i + 1) * size);
    Ok(item)
}

/// The position of the first item equal to `x` from `start` on.
fn find(me: &Parts, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for i in start..stop.min(me.len()) {
        if ops::eq(me.item(i), x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// A `start`/`stop` argument of `index`, clamped to the array.
fn bound(v: Option<Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = args::index_arg(v)?;
    let len = len as i64;
    Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
}

fn array_index(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("index", args, 1, 3)?;
    let me = me(args, "index")?;
    let len = me.len();
    let start = bound(args.get(2).copied(), len, 0)?;
    let stop = bound(args.get(3).copied(), len, len)?;
    match find(&me, args[1], start, stop)? {
        Some(i) => Ok(Value::small(i as i64)),
        None => value_error("array.index(x): x not in array"),
    }
}

fn array_remove(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("remove", args, 1, 1)?;
    let me = me(args, "remove")?;
    let Some(i) = find(&me, args[1], 0, me.len())? else {
        return value_error("array.remove(x): x not in array");
    };
    let size = me.size();
    me.data.data_mut().drain(i * size..(i + 1) * size);
    Ok(none())
}

fn array_count(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("count", args, 1, 1)?;
    let me = me(args, "count")?;
    let mut n = 0;
    for i in 0..me.len() {
        if ops::eq(me.item(i), args[1])? {
            n += 1;
        }
    }
    Ok(Value::small(n))
}

fn array_contains(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__contains__", args, 1, 1)?;
    let me = me(args, "__contains__")?;
    Ok(bool_value(find(&me, args[1], 0, me.len())?.is_some()))
}

fn array_reverse(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("reverse", args, 0, 0)?;
    let me = me(args, "reverse")?;
    let size = me.size();
    let reversed: Vec<u8> = me
        .data
        .data()
        .chunks(size)
        .rev()
        .flatten()
        .copied()
        .collect();
    *me.data.data_mut() = reversed;
    Ok(none())
}

fn array_byteswap(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("byteswap", args, 0, 0)?;
    let me = me(args, "byteswap")?;
    let size = me.size();
    for item in me.data.data_mut().chunks_mut(size) {
        item.reverse();
    }
    Ok(none())
}

fn array_tolist(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("tolist", args, 0, 0)?;
    Ok(list::from_vec(me(args, "tolist")?.items()))
}

fn array_tobytes(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("tobytes", args, 0, 0)?;
    Ok(bytes::new(&me(args, "tobytes")?.data.data()))
}

fn array_frombytes(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("frombytes", args, 1, 1)?;
    let me = me(args, "frombytes")?;
    frombytes_into(&me, &bytes::expect_buffer(args[1])?)?;
    Ok(none())
}

fn array_fromlist(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("fromlist", args, 1, 1)?;
    let me = me(args, "fromlist")?;
    let Some(items) = args[1].get::<ListObj>().map(|l| l.items().clone()) else {
        return type_error("arg must be list");
    };
    // All or nothing: a bad item leaves the array as it was.
    let data = me.encode_all(&items)?;
    me.data.data_mut().extend(data);
    Ok(none())
}

fn array_tounicode(args: &[Value], _kw: Kw) -> PyResult {
    let me = me(args, "tounicode")?;
    if me.code != b'u' {
        return value_error("tounicode() may only be called on unicode type arrays");
    }
    let text: String = me
        .data
        .data()
        .chunks(4)
        .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{fffd}'))
        .collect();
    Ok(pystr::new(&text))
}

fn array_fromunicode(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("fromunicode", args, 1, 1)?;
    let me = me(args, "fromunicode")?;
    let Some(text) = pystr::as_str(args[1]) else {
        return type_error(format!(
            "fromunicode() argument must be str, not {}",
            args::given_type(args[1])
        ));
    };
    if me.code != b'u' {
        return value_error("fromunicode() may only be called on unicode type arrays");
    }
    me.data
        .data_mut()
        .extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
    Ok(none())
}

fn array_buffer_info(args: &[Value], _kw: Kw) -> PyResult {
    let me = me(args, "buffer_info")?;
    let address = me.data.data().as_ptr() as usize as u64;
    Ok(tuple::new(&[
        int::from_u64(address),
        Value::small(me.len() as i64),
    ]))
}

fn array_add(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__add__", args, 1, 1)?;
    let me = me(args, "__add__")?;
    let Some(other) = parts_of(args[1]) else {
        return type_error(format!(
            "can only append array (not \"{}\") to array",
            types::type_name(args[1])
        ));
    };
    if other.code != me.code {
        return type_error("bad argument type for built-in operation");
    }
    let mut data = me.data.data().clone();
    data.extend_from_slice(&other.data.data());
    Ok(new_array(me.code, data))
}

fn array_iadd(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__iadd__", args, 1, 1)?;
    let me = me(args, "__iadd__")?;
    if parts_of(args[1]).is_none() {
        return type_error(format!(
            "can only extend array with array (not \"{}\")",
            types::type_name(args[1])
        ));
    }
    extend_with(&me, args[1])?;
    Ok(me.this)
}

fn repeat_count(v: Value) -> PyResult<Option<usize>> {
    if ops::index_value(v)?.is_none() {
        return Ok(None);
    }
    Ok(Some(args::index_arg(v)?.max(0) as usize))
}

fn array_mul(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__mul__", args, 1, 1)?;
    let me = me(args, "__mul__")?;
    let Some(n) = repeat_count(args[1])? else {
        return Ok(not_implemented());
    };
    Ok(new_array(me.code, bytes::repeated(&me.data.data(), n)?))
}

fn array_imul(args: &[Value], _kw: Kw) -> PyResult {
    args::method_count("__imul__", args, 1, 1)?;
    let me = me(args, "__imul__")?;
    let Some(n) = repeat_count(args[1])? else {
        return Ok(not_implemented());
    };
    let data = bytes::repeated(&me.data.data(), n)?;
    *me.data.data_mut() = data;
    Ok(me.this)
}

fn compare(args: &[Value], op: u32) -> PyResult {
    let me = me(args, "__eq__")?;
    match args.get(1).and_then(|&o| parts_of(o)) {
        Some(other) => ops::compare(
            op,
            list::from_vec(me.items()),
            list::from_vec(other.items()),
        ),
        None => Ok(not_implemented()),
    }
}

fn array_eq(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 0)
}
fn array_ne(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 1)
}
fn array_lt(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 2)
}
fn array_le(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 3)
}
fn array_gt(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 4)
}
fn array_ge(args: &[Value], _kw: Kw) -> PyResult {
    compare(args, 5)
}

fn array_copy(args: &[Value], _kw: Kw) -> PyResult {
    let me = me(args, "__copy__")?;
    let data = me.data.data().clone();
    Ok(new_array(me.code, data))
}

fn array_iter(args: &[Value], _kw: Kw) -> PyResult {
    let me = me(args, "__iter__")?;
    let it = native_class::instance(native_class::class(ARRAY_ITERATOR, make_array_iterator));
    native_class::set(it, "__closc_array", me.this);
    native_class::set(it, "__closc_index", Value::small(0));
    Ok(it)
}

/// The next item of an array iterator, which reads the array as it is now.
fn array_iterator_next(args: &[Value], _kw: Kw) -> PyResult {
    let it = native_class::this(args, ARRAY_ITERATOR, "__next__", "array.arrayiterator")?;
    let Some(me) = parts_of(native_class::state(it, "__closc_array")) else {
        return native_class::stop();
    };
    let i = native_class::state(it, "__closc_index");
    let i = if i.is_small() {
        i.small_value() as usize
    } else {
        0
    };
    if i >= me.len() {
        return native_class::stop();
    }
    native_class::set(it, "__closc_index", Value::small(i as i64 + 1));
    Ok(me.item(i))
}

fn make_array_iterator() -> Value {
    native_class::new_class(
        "arrayiterator",
        "array",
        Value::NULL,
        &[
            ("__iter__", native_class::iter_self),
            ("__next__", array_iterator_next),
        ],
    )
}

fn make_array() -> Value {
    let cls = native_class::new_class(
        "array",
        "array",
        Value::NULL,
        &[
            ("__init__", array_init),
            ("__repr__", array_repr),
            ("__len__", array_len),
            ("__getitem__", array_getitem),
            ("__setitem__", array_setitem),
            ("__delitem__", array_delitem),
            ("__contains__", array_contains),
            ("__iter__", array_iter),
            ("__add__", array_add),
            ("__iadd__", array_iadd),
            ("__mul__", array_mul),
            ("__rmul__", array_mul),
            ("__imul__", array_imul),
            ("__eq__", array_eq),
            ("__ne__", array_ne),
            ("__lt__", array_lt),
            ("__le__", array_le),
            ("__gt__", array_gt),
            ("__ge__", array_ge),
            ("__copy__", array_copy),
            ("append", array_append),
            ("extend", array_extend),
            ("insert", array_insert),
            ("pop", array_pop),
            ("remove", array_remove),
            ("index", array_index),
            ("count", array_count),
            ("reverse", array_reverse),
            ("byteswap", array_byteswap),
            ("tolist", array_tolist),
            ("tobytes", array_tobytes),
            ("frombytes", array_frombytes),
            ("fromlist", array_fromlist),
            ("tounicode", array_tounicode),
            ("fromunicode", array_fromunicode),
            ("buffer_info", array_buffer_info),
        ],
    );
    native_class::class_set(cls, "__hash__", none());
    cls
}

pub fn entries() -> Vec<(&'static str, Value)> {
    let cls = native_class::class(ARRAY, make_array);
    vec![
        ("array", cls),
        ("ArrayType", cls),
        ("typecodes", pystr::new(TYPECODES)),
    ]
}
