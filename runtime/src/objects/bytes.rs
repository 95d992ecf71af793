//! Bytes and bytearray objects (CPython's `bytesobject.c` and `bytearrayobject.c`): their
//! layouts, constructors, repr, item access and operators, and the buffer protocol through
//! which every bytes-like object (bytes, bytearray, memoryview) is read.

use crate::memory::heap;
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::list;
use crate::objects::memoryview;
use crate::objects::range::{self, SliceObj};
use crate::objects::str::{self as pystr};
use crate::objects::types;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::ops::Deref;

/// A bytes object: immutable, its bytes inline after the struct. Holds no `Value`s.
#[repr(C)]
pub struct BytesObj {
    pub header: Header,
    len: u64,
    /// Cached hash, -1 when not computed yet.
    hash: Cell<i64>,
    data: [u8; 0],
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for BytesObj {
    const KIND: Kind = Kind::Bytes;
}

impl BytesObj {
    pub fn as_bytes(&self) -> &'static [u8] {
        // SAFETY: `new` wrote `len` bytes right after the struct; bytes objects are
        // immutable and live unmoved for as long as they are reachable.
        unsafe { std::slice::from_raw_parts(self.data.as_ptr(), self.len as usize) }
    }

    /// The hash of the bytes, the same as that of the ASCII str they would spell.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = pystr::hash_bytes(self.as_bytes());
        self.hash.set(h);
        h
    }
}

/// A bytearray: a growable vector of bytes the object owns. Holds no `Value`s. No Python
/// code runs while its data is borrowed.
#[repr(C)]
pub struct ByteArrayObj {
    pub header: Header,
    data: RefCell<Vec<u8>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ByteArrayObj {
    const KIND: Kind = Kind::ByteArray;
}

impl ByteArrayObj {
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }

    pub fn data_mut(&self) -> RefMut<'_, Vec<u8>> {
        self.data.borrow_mut()
    }
}

/// A new bytes object holding a copy of `data`.
pub fn new(data: &[u8]) -> Value {
    let size = std::mem::size_of::<BytesObj>() + data.len();
    let p = heap::alloc(size, Kind::Bytes) as *mut BytesObj;
    // SAFETY: `p` points to `size` fresh bytes: the struct followed by room for `data`.
    unsafe {
        p.write(BytesObj {
            header: Header::new(Kind::Bytes),
            len: data.len() as u64,
            hash: Cell::new(-1),
            data: [],
        });
        std::ptr::copy_nonoverlapping(data.as_ptr(), (*p).data.as_mut_ptr(), data.len());
    }
    Value(p as u64)
}

pub fn new_bytearray(data: Vec<u8>) -> Value {
    heap::new(ByteArrayObj {
        header: Header::new(Kind::ByteArray),
        data: RefCell::new(data),
    })
}

/// A bytes object, or a bytearray when `mutable`: the methods of each type make their own.
pub fn new_like(mutable: bool, data: Vec<u8>) -> Value {
    if mutable {
        new_bytearray(data)
    } else {
        new(&data)
    }
}

/// The bytes of a bytes object (not of a bytearray, whose bytes may change).
pub fn as_bytes(v: Value) -> Option<&'static [u8]> {
    v.get::<BytesObj>().map(|b| b.as_bytes())
}

/// True for bytes and bytearray values.
pub fn is_bytes_or_bytearray(v: Value) -> bool {
    v.is_object() && matches!(v.kind(), Kind::Bytes | Kind::ByteArray)
}

/// The contents of a bytes-like object: shared with an immutable object, or a copy of
/// mutable ones (so that Python code run meanwhile cannot change them underfoot).
pub enum Buf {
    Shared(&'static [u8]),
    Owned(Vec<u8>),
}

impl Deref for Buf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Buf::Shared(b) => b,
            Buf::Owned(v) => v,
        }
    }
}

impl Buf {
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            Buf::Shared(b) => b.to_vec(),
            Buf::Owned(v) => v,
        }
    }
}

/// The contents of `v` when it is a bytes-like object (bytes, bytearray, memoryview), None
/// for other values; a released memoryview raises.
pub fn buffer(v: Value) -> PyResult<Option<Buf>> {
    if !v.is_object() {
        return Ok(None);
    }
    match v.kind() {
        Kind::Bytes => Ok(as_bytes(v).map(Buf::Shared)),
        Kind::ByteArray => Ok(v
            .get::<ByteArrayObj>()
            .map(|b| Buf::Owned(b.data().clone()))),
        Kind::MemoryView => memoryview::contents(v).map(Some),
        // An instance of a class deriving from bytes or bytearray.
        Kind::Instance => match crate::objects::builtin_subclass::base_value(v) {
            Some(base) if is_bytes_or_bytearray(base) => buffer(base),
            // A native class whose instances hold their bytes (array.array) exposes them.
            _ => match crate::objects::native_class::get(v, "__closc_buffer") {
                Some(data) if data.kind() == Kind::ByteArray => buffer(data),
                _ => Ok(None),
            },
        },
        _ => Ok(None),
    }
}

/// `buffer(v)`, where a released memoryview counts as no buffer (for the messages of
/// operators, which CPython words alike for both).
pub fn buffer_or_none(v: Value) -> Option<Buf> {
    buffer(v).unwrap_or_else(|_| {
        exceptions::take_pending();
        None
    })
}

/// The contents of a bytes-like argument, with CPython's TypeError for anything else.
pub fn expect_buffer(v: Value) -> PyResult<Buf> {
    match buffer(v)? {
        Some(b) => Ok(b),
        None => type_error(format!(
            "a bytes-like object is required, not '{}'",
            types::type_name(v)
        )),
    }
}

/// The byte an int-like value stands for (CPython's `_getbytevalue`); `range_message` is the
/// ValueError's ("byte must be in range(0, 256)", or "bytes ..." from `bytes()`).
pub fn byte_value(v: Value, range_message: &str) -> PyResult<u8> {
    let Some(i) = ops::index_value(v)? else {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        ));
    };
    match int::as_int(i).and_then(|i| i.to_i64()) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => value_error(range_message),
    }
}

pub const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// The bytes of an iterable of ints (each checked by `byte_value`); None when `v` is not
/// iterable.
fn bytes_of_iterable(v: Value, range_message: &str) -> PyResult<Option<Vec<u8>>> {
    let it = match iter::iter(v) {
        Ok(it) => it,
        Err(e) => {
            if exceptions::pending_matches(ExcKind::TypeError) {
                exceptions::take_pending();
                return Ok(None);
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    // Only ints are kept (as bytes), so the iterator may run code that collects.
    while let Some(x) = iter::next_rooted(it)? {
        out.push(byte_value(x, range_message)?);
    }
    Ok(Some(out))
}

/// CPython's repr of bytes: `b'...'`, or `b"..."` when they hold a `'` and no `"`.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `repr(v)` of a bytes or bytearray value.
pub fn repr_value(v: Value) -> String {
    match v.get::<ByteArrayObj>() {
        Some(b) => format!("bytearray({})", repr(&b.data())),
        None => repr(as_bytes(v).unwrap_or_default()),
    }
}

/// The length of a bytes or bytearray value.
pub fn len(v: Value) -> usize {
    match v.get::<ByteArrayObj>() {
        Some(b) => b.data().len(),
        None => as_bytes(v).map_or(0, <[u8]>::len),
    }
}

/// The contents of a bytes or bytearray value.
pub fn contents(v: Value) -> Buf {
    match v.get::<ByteArrayObj>() {
        Some(b) => Buf::Owned(b.data().clone()),
        None => Buf::Shared(as_bytes(v).unwrap_or_default()),
    }
}

/// Byte `i` of a bytes or bytearray value, None past its end.
pub fn contents_at(v: Value, i: usize) -> Option<u8> {
    match v.get::<ByteArrayObj>() {
        Some(b) => b.data().get(i).copied(),
        None => as_bytes(v).and_then(|b| b.get(i).copied()),
    }
}

/// `o[key]` for bytes and bytearray: an int for an index, the same type for a slice.
pub fn getitem(o: Value, key: Value) -> PyResult {
    let mutable = o.kind() == Kind::ByteArray;
    if let Some(i) = item::index_of(key)? {
        return match item::resolve(i, len(o)).and_then(|j| contents_at(o, j)) {
            Some(b) => Ok(Value::small(b as i64)),
            None if mutable => raise(ExcKind::IndexError, "bytearray index out of range"),
            None => raise(ExcKind::IndexError, "index out of range"),
        };
    }
    if let Some(s) = key.get::<SliceObj>() {
        let data = contents(o);
        return Ok(new_like(mutable, item::slice_select(&data, s)?));
    }
    let what = if mutable { "bytearray" } else { "byte" };
    type_error(format!(
        "{what} indices must be integers or slices, not {}",
        types::type_name(key)
    ))
}

/// The bytes assigned to a slice of a bytearray: a bytes-like object or an iterable of
/// ints, never a number or a str.
fn assigned_bytes(value: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(value)? {
        return Ok(b.into_vec());
    }
    let number = int::is_int(value)
        || value.kind() == Kind::Float
        || ["__index__", "__int__", "__float__"]
            .into_iter()
            .any(|name| ops::user_method(value, name).is_some());
    if number || value.kind() == Kind::Str {
        return type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }
    match bytes_of_iterable(value, BYTE_RANGE)? {
        Some(b) => Ok(b),
        None => type_error(format!(
            "cannot convert '{}' object to bytearray",
            types::type_name(value)
        )),
    }
}

/// `ba[key] = value` for a bytearray.
pub fn setitem(o: Value, key: Value, value: Value) -> PyResult<()> {
    let Some(ba) = o.get::<ByteArrayObj>() else {
        return type_error(format!(
            "'{}' object does not support item assignment",
            types::type_name(o)
        ));
    };
    if let Some(i) = item::index_of(key)? {
        let byte = byte_value(value, BYTE_RANGE)?;
        let mut data = ba.data_mut();
        return match item::resolve(i, data.len()) {
            Some(j) => {
                data[j] = byte;
                Ok(())
            }
            None => {
                drop(data);
                raise(ExcKind::IndexError, "bytearray index out of range")
            }
        };
    }
    if let Some(s) = key.get::<SliceObj>() {
        let new_bytes = assigned_bytes(value)?;
        let len = ba.data().len();
        let (start, stop, step, n) = range::slice_indices(s, len)?;
        if step == 1 {
            let (start, stop) = (start as usize, stop.max(start) as usize);
            ba.data_mut().splice(start..stop, new_bytes);
            return Ok(());
        }
        if new_bytes.len() != n {
            return value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new_bytes.len()
            ));
        }
        let mut data = ba.data_mut();
        for (k, b) in new_bytes.into_iter().enumerate() {
            data[(start + step * k as i64) as usize] = b;
        }
        return Ok(());
    }
    type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        types::type_name(key)
    ))
}

/// `del ba[key]` for a bytearray.
pub fn delitem(o: Value, key: Value) -> PyResult<()> {
    let Some(ba) = o.get::<ByteArrayObj>() else {
        return type_error(format!(
            "'{}' object doesn't support item deletion",
            types::type_name(o)
        ));
    };
    if let Some(i) = item::index_of(key)? {
        let mut data = ba.data_mut();
        return match item::resolve(i, data.len()) {
            Some(j) => {
                data.remove(j);
                Ok(())
            }
            None => {
                drop(data);
                raise(ExcKind::IndexError, "bytearray index out of range")
            }
        };
    }
    if let Some(s) = key.get::<SliceObj>() {
        let len = ba.data().len();
        let (start, _, step, n) = range::slice_indices(s, len)?;
        let mut gone = vec![false; len];
        for k in 0..n {
            gone[(start + step * k as i64) as usize] = true;
        }
        let mut k = 0;
        ba.data_mut().retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        return Ok(());
    }
    type_error(format!(
        "bytearray indices must be integers or slices, not {}",
        types::type_name(key)
    ))
}

/// `a + b` where `a` is bytes or a bytearray: the type of `a`; None when `b` is not
/// bytes-like.
pub fn concat(a: Value, b: Value) -> Option<Value> {
    let right = buffer_or_none(b)?;
    let mut data = contents(a).into_vec();
    data.extend_from_slice(&right);
    Some(new_like(a.kind() == Kind::ByteArray, data))
}

/// `ba += b` for a bytearray: extends it with a bytes-like `b`; false when `b` is not one.
pub fn extend_in_place(ba: &ByteArrayObj, b: Value) -> bool {
    match buffer_or_none(b) {
        Some(right) => {
            ba.data_mut().extend_from_slice(&right);
            true
        }
        None => false,
    }
}

/// `data * count`, or CPython's MemoryError when that is more than the machine can hold.
pub fn repeated(data: &[u8], count: usize) -> PyResult<Vec<u8>> {
    let Some(total) = data
        .len()
        .checked_mul(count)
        .filter(|&n| n <= isize::MAX as usize)
    else {
        return raise(ExcKind::MemoryError, "");
    };
    let mut out = Vec::new();
    if out.try_reserve_exact(total).is_err() {
        return raise(ExcKind::MemoryError, "");
    }
    for _ in 0..count {
        out.extend_from_slice(data);
    }
    Ok(out)
}

/// `item in container` for a bytes or bytearray container: an int is a byte, a bytes-like
/// object a subsequence.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    let data = contents(container);
    if let Some(needle) = buffer(item)? {
        return Ok(find(&data, &needle, 0).is_some());
    }
    if int::is_int(item) || ops::is_user_object(item) {
        if let Some(i) = ops::index_value(item)? {
            return match int::as_int(i).and_then(|i| i.to_i64()) {
                Some(n) if (0..256).contains(&n) => Ok(data.contains(&(n as u8))),
                _ => value_error(BYTE_RANGE),
            };
        }
    }
    type_error(format!(
        "a bytes-like object is required, not '{}'",
        types::type_name(item)
    ))
}

/// The first position at or after `from` where `needle` occurs in `hay`.
pub fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| hay[i..].starts_with(needle))
}

/// The last position where `needle` occurs in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| hay[i..].starts_with(needle))
}

/// The list of the ints of a bytes-like object's contents (`tolist()`).
pub fn int_list(data: &[u8]) -> Value {
    list::from_vec(data.iter().map(|&b| Value::small(b as i64)).collect())
}

/// The bytes of a bytes-like object or of an iterable of ints (CPython's
/// `PyBytes_FromObject`, as `int.from_bytes` takes its argument).
pub fn from_object(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v)? {
        return Ok(b.into_vec());
    }
    let data = if v.kind() == Kind::Str {
        None
    } else {
        bytes_of_iterable(v, "bytes must be in range(0, 256)")?
    };
    match data {
        Some(data) => Ok(data),
        None => type_error(format!(
            "cannot convert '{}' object to bytes",
            types::type_name(v)
        )),
    }
}

/// `bytes(...)` (`mutable` false) and `bytearray(...)`, with CPython's order of checks.
pub fn construct(mutable: bool, args: &[Value], kw: Kw) -> PyResult {
    let name = if mutable { "bytearray" } else { "bytes" };
    args::check_kw(name, kw, &["source", "encoding", "errors"])?;
    if args.len() > 3 {
        return type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            args.len()
        ));
    }
    let source = args.first().copied().or(kw.get("source"));
    let encoding = args.get(1).copied().or(kw.get("encoding"));
    let errors = args.get(2).copied().or(kw.get("errors"));
    for (what, given) in [("encoding", encoding), ("errors", errors)] {
        if let Some(given) = given.filter(|g| g.kind() != Kind::Str) {
            return type_error(format!(
                "{name}() argument '{what}' must be str, not {}",
                args::given_type(given)
            ));
        }
    }
    let Some(source) = source else {
        return match (encoding, errors) {
            (Some(_), _) => type_error("encoding without a string argument"),
            (None, Some(_)) => type_error("errors without a string argument"),
            (None, None) => Ok(new_like(mutable, Vec::new())),
        };
    };
    let text = pystr::as_str(source);
    if encoding.is_some() {
        let Some(text) = text else {
            return type_error("encoding without a string argument");
        };
        let data = crate::objects::codecs::encode(source, text, encoding, errors)?;
        return Ok(new_like(mutable, data));
    }
    if text.is_some() {
        return type_error("string argument without an encoding");
    }
    if errors.is_some() {
        return type_error("errors without a string argument");
    }
    if !mutable {
        if source.kind() == Kind::Bytes {
            return Ok(source);
        }
        if let Some(r) = ops::call_dunder(source, "__bytes__", &[]) {
            let r = r?;
            if r.kind() != Kind::Bytes {
                return type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    types::type_name(r)
                ));
            }
            return Ok(r);
        }
    }
    if int::is_int(source) || ops::user_method(source, "__index__").is_some() {
        let count = ops::index_value(source)?.and_then(int::as_int);
        let Some(count) = count.and_then(|n| n.to_i64()) else {
            return raise(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            );
        };
        if count < 0 {
            return value_error("negative count");
        }
        let mut data = Vec::new();
        if data.try_reserve_exact(count as usize).is_err() {
            return raise(ExcKind::MemoryError, "");
        }
        data.resize(count as usize, 0);
        return Ok(new_like(mutable, data));
    }
    if let Some(b) = buffer(source)? {
        return Ok(new_like(mutable, b.into_vec()));
    }
    let range_message = if mutable {
        BYTE_RANGE
    } else {
        "bytes must be in range(0, 256)"
    };
    match bytes_of_iterable(source, range_message)? {
        Some(data) => Ok(new_like(mutable, data)),
        None => type_error(format!(
            "cannot convert '{}' object to {name}",
            types::type_name(source)
        )),
    }
}
