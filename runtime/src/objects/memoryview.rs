//! Memoryview objects over bytes and bytearrays: one-dimensional views of unsigned bytes
//! (format `'B'`), sliced with any step, reading (and for a bytearray writing) its memory.
//!
//! CPython refuses to resize a bytearray while a view exports its memory (BufferError). We
//! cannot know when an unreleased view dies (there are no reference counts), so resizing is
//! always allowed; a view then sees the bytes that are still there.

use crate::memory::heap;
use crate::objects::bytes::{self, Buf, ByteArrayObj};
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::methods::Method;
use crate::objects::range::{self, SliceObj};
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::item;
use std::cell::Cell;

/// A view of `len` bytes of `obj` (a bytes or bytearray), the `i`-th at offset
/// `start + i * step`. References: `obj`.
#[repr(C)]
pub struct MemoryViewObj {
    pub header: Header,
    pub obj: Value,
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
    released: Cell<bool>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for MemoryViewObj {
    const KIND: Kind = Kind::MemoryView;
}

pub static METHODS: &[Method] = &[
    Method {
        name: "tobytes",
        func: tobytes,
    },
    Method {
        name: "tolist",
        func: tolist,
    },
    Method {
        name: "hex",
        func: hex,
    },
    Method {
        name: "release",
        func: release,
    },
    Method {
        name: "toreadonly",
        func: toreadonly,
    },
    Method {
        name: "__enter__",
        func: enter,
    },
    Method {
        name: "__exit__",
        func: exit,
    },
];

fn released<T>() -> PyResult<T> {
    value_error("operation forbidden on released memoryview object")
}

impl MemoryViewObj {
    /// The view, unless it was released.
    fn live(&self) -> PyResult<&Self> {
        if self.released.get() {
            return released();
        }
        Ok(self)
    }

    /// The offset in `obj` of item `i` (which must be below `len`).
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// The viewed bytes (those a shrunk bytearray still has).
    fn bytes(&self) -> Buf {
        let gather = |data: &[u8]| -> Vec<u8> {
            (0..self.len)
                .filter_map(|i| data.get(self.offset(i)).copied())
                .collect()
        };
        if let Some(b) = bytes::as_bytes(self.obj) {
            if self.step == 1 {
                return Buf::Shared(&b[self.start..self.start + self.len]);
            }
            return Buf::Owned(gather(b));
        }
        match self.obj.get::<ByteArrayObj>() {
            Some(ba) => Buf::Owned(gather(&ba.data())),
            None => Buf::Owned(Vec::new()),
        }
    }
}

/// The memoryview `v` (which the caller checked the kind of), unless it was released.
fn view(v: Value) -> PyResult<&'static MemoryViewObj> {
    match v.get::<MemoryViewObj>() {
        Some(m) => m.live(),
        None => type_error("expected a memoryview"),
    }
}

/// The receiver of a method: a memoryview, or CPython's TypeError.
fn this(args: &[Value], method: &str) -> PyResult<&'static MemoryViewObj> {
    match args.first() {
        Some(&v) if v.get::<MemoryViewObj>().is_some() => view(v),
        Some(&v) => type_error(format!(
            "descriptor '{method}' for 'memoryview' objects doesn't apply to a '{}' object",
            types::type_name(v)
        )),
        None => type_error(format!(
            "unbound method memoryview.{method}() needs an argument"
        )),
    }
}

fn new_view(obj: Value, start: usize, step: isize, len: usize, readonly: bool) -> Value {
    heap::new(MemoryViewObj {
        header: Header::new(Kind::MemoryView),
        obj,
        start,
        step,
        len,
        readonly,
        released: Cell::new(false),
    })
}

/// `memoryview(object)`.
pub fn construct(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("memoryview", kw, &["object"])?;
    if args.len() > 1 {
        return type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len()
        ));
    }
    let Some(obj) = args.first().copied().or(kw.get("object")) else {
        return type_error("memoryview() missing required argument 'object' (pos 1)");
    };
    if !obj.is_object() {
        return not_bytes_like(obj);
    }
    // An instance of a class deriving from bytes or bytearray: a view of its base value.
    let obj = match crate::objects::builtin_subclass::base_value(obj) {
        Some(base) if bytes::is_bytes_or_bytearray(base) => base,
        _ => obj,
    };
    match obj.kind() {
        Kind::Bytes => Ok(new_view(obj, 0, 1, bytes::len(obj), true)),
        Kind::ByteArray => Ok(new_view(obj, 0, 1, bytes::len(obj), false)),
        Kind::MemoryView => {
            let m = view(obj)?;
            Ok(new_view(m.obj, m.start, m.step, m.len, m.readonly))
        }
        _ => not_bytes_like(obj),
    }
}

fn not_bytes_like<T>(obj: Value) -> PyResult<T> {
    type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        types::type_name(obj)
    ))
}

/// The bytes a memoryview shows; a released view raises.
pub fn contents(v: Value) -> PyResult<Buf> {
    Ok(view(v)?.bytes())
}

/// `len(m)`.
pub fn len(v: Value) -> PyResult<usize> {
    Ok(view(v)?.len)
}

/// The byte at index `i` of a memoryview, None past its end.
pub fn byte_at(v: Value, i: usize) -> PyResult<Option<u8>> {
    let m = view(v)?;
    if i >= m.len {
        return Ok(None);
    }
    let at = m.offset(i);
    Ok(match m.obj.get::<ByteArrayObj>() {
        Some(ba) => ba.data().get(at).copied(),
        None => bytes::as_bytes(m.obj).and_then(|b| b.get(at).copied()),
    })
}

/// The index a memoryview key stands for: an int, an object with `__index__`, or a
/// one-item tuple of such; None for a slice. Other keys raise CPython's errors.
fn index_key(key: Value) -> PyResult<Option<i64>> {
    if let Some(i) = item::index_of(key)? {
        return Ok(Some(i));
    }
    if key.kind() == Kind::Slice {
        return Ok(None);
    }
    if let Some(items) = tuple::items(key) {
        let mut indices = Vec::new();
        for &k in items {
            match item::index_of(k)? {
                Some(i) => indices.push(i),
                None if items.iter().all(|k| k.kind() == Kind::Slice) => {
                    return raise(
                        ExcKind::NotImplementedError,
                        "multi-dimensional slicing is not implemented",
                    )
                }
                None => return type_error("memoryview: invalid slice key"),
            }
        }
        return match indices[..] {
            [] => raise(
                ExcKind::NotImplementedError,
                "sub-views are not implemented",
            ),
            [i] => Ok(Some(i)),
            _ => type_error(format!(
                "cannot index 1-dimension view with {}-element tuple",
                indices.len()
            )),
        };
    }
    type_error("memoryview: invalid slice key")
}

/// The offset of index `i` of `m`, with CPython's IndexError.
fn checked_offset(m: &MemoryViewObj, i: i64) -> PyResult<usize> {
    match item::resolve(i, m.len) {
        Some(j) => Ok(m.offset(j)),
        None => raise(ExcKind::IndexError, "index out of bounds on dimension 1"),
    }
}

/// The view of `m` a slice selects.
fn sliced(m: &MemoryViewObj, s: &SliceObj) -> PyResult<(usize, isize, usize)> {
    let (start, _, step, n) = range::slice_indices(s, m.len)?;
    let first = if n == 0 {
        m.start
    } else {
        m.offset(start as usize)
    };
    Ok((first, m.step * step as isize, n))
}

/// `m[key]`: an int, or a memoryview for a slice.
pub fn getitem(v: Value, key: Value) -> PyResult {
    let m = view(v)?;
    match index_key(key)? {
        Some(i) => {
            let at = checked_offset(m, i)?;
            let byte = match m.obj.get::<ByteArrayObj>() {
                Some(ba) => ba.data().get(at).copied(),
                None => bytes::as_bytes(m.obj).and_then(|b| b.get(at).copied()),
            };
            Ok(Value::small(byte.unwrap_or(0) as i64))
        }
        None => {
            let s = key.get::<SliceObj>().expect("index_key checked the slice");
            let (start, step, len) = sliced(m, s)?;
            Ok(new_view(m.obj, start, step, len, m.readonly))
        }
    }
}

/// `m[key] = value` for a view of a bytearray.
pub fn setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    let m = view(v)?;
    if m.readonly {
        return type_error("cannot modify read-only memory");
    }
    let Some(ba) = m.obj.get::<ByteArrayObj>() else {
        return type_error("cannot modify read-only memory");
    };
    match index_key(key)? {
        Some(i) => {
            let at = checked_offset(m, i)?;
            if !int::is_int(value) {
                return type_error("memoryview: invalid type for format 'B'");
            }
            let byte = match int::as_int(value).and_then(|i| i.to_i64()) {
                Some(n) if (0..256).contains(&n) => n as u8,
                _ => return value_error("memoryview: invalid value for format 'B'"),
            };
            if let Some(b) = ba.data_mut().get_mut(at) {
                *b = byte;
            }
            Ok(())
        }
        None => {
            let s = key.get::<SliceObj>().expect("index_key checked the slice");
            let (start, step, len) = sliced(m, s)?;
            let source = bytes::expect_buffer(value)?;
            if source.len() != len {
                return value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                );
            }
            let mut data = ba.data_mut();
            for (k, &b) in source.iter().enumerate() {
                if let Some(slot) = data.get_mut((start as isize + k as isize * step) as usize) {
                    *slot = b;
                }
            }
            Ok(())
        }
    }
}

/// `m == other` (op 0) or `m != other` (op 1): equal contents when `other` is bytes-like;
/// a released view equals only itself. None for other operand types.
pub fn compare(op: u32, a: Value, b: Value) -> PyResult<Option<bool>> {
    let is_released = |v: Value| v.get::<MemoryViewObj>().is_some_and(|m| m.released.get());
    let equal = if is_released(a) || is_released(b) {
        a == b
    } else {
        match (bytes::buffer(a)?, bytes::buffer(b)?) {
            (Some(x), Some(y)) => *x == *y,
            _ => return Ok(None),
        }
    };
    Ok(Some(equal == (op == 0)))
}

/// `hash(m)`: the hash of its bytes, for read-only views only.
pub fn hash(v: Value) -> PyResult<i64> {
    let m = view(v)?;
    if !m.readonly {
        return value_error("cannot hash writable memoryview object");
    }
    Ok(pystr::hash_bytes(&m.bytes()))
}

/// `repr(m)`.
pub fn repr(v: Value) -> String {
    match v.get::<MemoryViewObj>() {
        Some(m) if m.released.get() => format!("<released memory at {:#x}>", v.0),
        _ => format!("<memory at {:#x}>", v.0),
    }
}

/// The data attributes of a memoryview (`nbytes`, `readonly`, `shape`, ...); None for
/// other names.
pub fn attribute(v: Value, name: &str) -> Option<PyResult> {
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "contiguous"
            | "c_contiguous"
            | "f_contiguous"
    );
    if !known {
        return None;
    }
    Some(view(v).map(|m| {
        let contiguous = m.step == 1 || m.len <= 1;
        match name {
            "obj" => m.obj,
            "nbytes" => int::from_u64(m.len as u64),
            "readonly" => bool_value(m.readonly),
            "itemsize" | "ndim" => Value::small(1),
            "format" => pystr::new("B"),
            "shape" => tuple::new(&[int::from_u64(m.len as u64)]),
            "strides" => tuple::new(&[int::from_i64(m.step as i64)]),
            "suboffsets" => tuple::empty(),
            _ => bool_value(contiguous),
        }
    }))
}

fn tobytes(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("tobytes", kw, &["order"])?;
    let m = this(args, "tobytes")?;
    args::method_count("tobytes", args, 0, 1)?;
    Ok(bytes::new(&m.bytes()))
}

fn tolist(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("tolist", kw)?;
    let m = this(args, "tolist")?;
    args::method_count("tolist", args, 0, 0)?;
    Ok(bytes::int_list(&m.bytes()))
}

fn hex(args: &[Value], kw: Kw) -> PyResult {
    let m = this(args, "hex")?;
    crate::objects::bytes_methods::hex_of(&m.bytes(), &args[1..], kw)
}

fn release(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("release", kw)?;
    let m = match args.first().and_then(|v| v.get::<MemoryViewObj>()) {
        Some(m) => m,
        None => this(args, "release")?,
    };
    args::method_count("release", args, 0, 0)?;
    m.released.set(true);
    Ok(none())
}

fn toreadonly(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("toreadonly", kw)?;
    let m = this(args, "toreadonly")?;
    args::method_count("toreadonly", args, 0, 0)?;
    Ok(new_view(m.obj, m.start, m.step, m.len, true))
}

fn enter(args: &[Value], _kw: Kw) -> PyResult {
    this(args, "__enter__")?;
    Ok(args[0])
}

fn exit(args: &[Value], _kw: Kw) -> PyResult {
    release(&args[..args.len().min(1)], Kw::NONE)
}
