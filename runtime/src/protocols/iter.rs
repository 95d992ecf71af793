//! Iteration: `iter()` and `next()` for every iterable, the builtin iterator objects
//! (sequence, range, dict, set, enumerate, zip, map, filter) and dict views.

use crate::memory::gc::RootedVec;
use crate::memory::heap;
use crate::objects::bytes;
use crate::objects::dict::DictObj;
use crate::objects::exceptions::{self, raise, type_error, ExcKind};
use crate::objects::generator;
use crate::objects::int;
use crate::objects::list::ListObj;
use crate::objects::memoryview;
use crate::objects::native_class;
use crate::objects::range::RangeObj;
use crate::objects::set;
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::item;
use crate::protocols::ops;
use num_bigint::BigInt;
use num_traits::Zero;
use std::cell::{Cell, RefCell};

/// Iterator over a list, tuple, str, or an object with `__getitem__`. References: `seq`.
#[repr(C)]
pub struct SeqIterObj {
    pub header: Header,
    pub seq: Value,
    /// Next index (forward), or number of items left (reverse).
    pub pos: Cell<usize>,
    pub reverse: bool,
    /// Over a non-ASCII str: the byte offset of code point `pos` (forward), or of the end of
    /// the code points left (reverse), so that iterating is linear.
    pub byte: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for SeqIterObj {
    const KIND: Kind = Kind::SeqIter;
}

/// Iterator over a range. Holds no `Value`s. Ranges beyond machine words keep their
/// state (next, step, remaining) in `big`.
#[repr(C)]
pub struct RangeIterObj {
    pub header: Header,
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<usize>,
    pub big: Option<Box<RefCell<(BigInt, BigInt, BigInt)>>>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for RangeIterObj {
    const KIND: Kind = Kind::RangeIter;
}

/// Which part of a dict a view or iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewMode {
    Keys,
    Values,
    Items,
}

/// Iterator over a dict. References: `dict`.
#[repr(C)]
pub struct DictIterObj {
    pub header: Header,
    pub dict: Value,
    pub pos: Cell<usize>,
    pub mode: ViewMode,
    /// The dict's size when iteration started.
    pub len: usize,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for DictIterObj {
    const KIND: Kind = Kind::DictIter;
}

/// A dict view (`keys()`, `values()`, `items()`). References: `dict`.
#[repr(C)]
pub struct DictViewObj {
    pub header: Header,
    pub dict: Value,
    pub mode: ViewMode,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for DictViewObj {
    const KIND: Kind = Kind::DictView;
}

/// Iterator over a set. References: `set`.
#[repr(C)]
pub struct SetIterObj {
    pub header: Header,
    pub set: Value,
    pub pos: Cell<usize>,
    pub len: usize,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for SetIterObj {
    const KIND: Kind = Kind::SetIter;
}

/// `enumerate`. References: `it`, `count`.
#[repr(C)]
pub struct EnumerateObj {
    pub header: Header,
    pub it: Value,
    pub count: Cell<Value>,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for EnumerateObj {
    const KIND: Kind = Kind::Enumerate;
}

/// `zip`. References: `iters` (tuple of iterators).
#[repr(C)]
pub struct ZipObj {
    pub header: Header,
    pub iters: Value,
    pub strict: bool,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ZipObj {
    const KIND: Kind = Kind::Zip;
}

/// `map`. References: `func`, `iters` (tuple of iterators).
#[repr(C)]
pub struct MapObj {
    pub header: Header,
    pub func: Value,
    pub iters: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for MapObj {
    const KIND: Kind = Kind::Map;
}

/// `filter`. References: `func` (None for truthiness), `it`.
#[repr(C)]
pub struct FilterObj {
    pub header: Header,
    pub func: Value,
    pub it: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FilterObj {
    const KIND: Kind = Kind::Filter;
}

pub fn seq_iter(seq: Value, reverse: bool) -> PyResult {
    let pos = if reverse { ops::len(seq)? } else { 0 };
    let byte = match pystr::as_str(seq) {
        Some(s) if reverse => s.len(),
        _ => 0,
    };
    Ok(heap::new(SeqIterObj {
        header: Header::new(Kind::SeqIter),
        seq,
        pos: Cell::new(pos),
        reverse,
        byte: Cell::new(byte),
    }))
}

pub fn range_iter(start: i64, step: i64, count: usize) -> Value {
    heap::new(RangeIterObj {
        header: Header::new(Kind::RangeIter),
        next: Cell::new(start),
        step,
        remaining: Cell::new(count),
        big: None,
    })
}

/// An iterator over any range; `reverse` iterates it backwards.
pub fn range_object_iter(r: &RangeObj, reverse: bool) -> Value {
    if !r.big {
        let n = r.len();
        return if reverse {
            let last = r.start + r.step * (n as i64 - 1);
            range_iter(last, -r.step, n)
        } else {
            range_iter(r.start, r.step, n)
        };
    }
    let (start, _, step) = r.big_parts();
    let len = r.big_len();
    let state = if reverse {
        (start + &step * (&len - 1), -step, len)
    } else {
        (start, step, len)
    };
    heap::new(RangeIterObj {
        header: Header::new(Kind::RangeIter),
        next: Cell::new(0),
        step: 0,
        remaining: Cell::new(0),
        big: Some(Box::new(RefCell::new(state))),
    })
}

pub fn dict_iter(dict: Value, mode: ViewMode) -> Value {
    let len = dict.get::<DictObj>().map_or(0, |d| d.len());
    heap::new(DictIterObj {
        header: Header::new(Kind::DictIter),
        dict,
        pos: Cell::new(0),
        mode,
        len,
    })
}

pub fn dict_view(dict: Value, mode: ViewMode) -> Value {
    heap::new(DictViewObj {
        header: Header::new(Kind::DictView),
        dict,
        mode,
    })
}

pub fn new_enumerate(it: Value, start: Value) -> Value {
    heap::new(EnumerateObj {
        header: Header::new(Kind::Enumerate),
        it,
        count: Cell::new(start),
    })
}

pub fn new_zip(iters: Value, strict: bool) -> Value {
    heap::new(ZipObj {
        header: Header::new(Kind::Zip),
        iters,
        strict,
    })
}

pub fn new_map(func: Value, iters: Value) -> Value {
    heap::new(MapObj {
        header: Header::new(Kind::Map),
        func,
        iters,
    })
}

pub fn new_filter(func: Value, it: Value) -> Value {
    heap::new(FilterObj {
        header: Header::new(Kind::Filter),
        func,
        it,
    })
}

/// True for the runtime's own iterator objects.
fn is_builtin_iterator(v: Value) -> bool {
    v.is_object()
        && matches!(
            v.kind(),
            Kind::SeqIter
                | Kind::RangeIter
                | Kind::DictIter
                | Kind::SetIter
                | Kind::Enumerate
                | Kind::Zip
                | Kind::Map
                | Kind::Filter
        )
        || crate::objects::coroutine::is_generator_iterator(v)
}

/// True for iterators: the runtime's, and objects whose class defines `__next__`.
pub fn is_iterator(v: Value) -> bool {
    is_builtin_iterator(v) || ops::user_method(v, "__next__").is_some()
}

/// True when `v`'s type can be iterated: it has CPython's `tp_iter` slot or is a sequence.
/// Which of the two messages about a bad `*` operand CPython gives depends on this.
pub fn has_iter_slot(v: Value) -> bool {
    if !v.is_object() {
        return false;
    }
    match v.kind() {
        Kind::List
        | Kind::Tuple
        | Kind::Str
        | Kind::Range
        | Kind::Dict
        | Kind::DictView
        | Kind::Set
        | Kind::FrozenSet
        | Kind::Bytes
        | Kind::ByteArray
        | Kind::MemoryView => true,
        Kind::Instance | Kind::Exception => {
            ops::user_method(v, "__iter__").is_some()
                || ops::user_method(v, "__getitem__").is_some()
        }
        _ => is_builtin_iterator(v),
    }
}

/// `iter(v)`.
pub fn iter(v: Value) -> PyResult {
    if v.is_object() {
        match v.kind() {
            Kind::List
            | Kind::Tuple
            | Kind::Str
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::MemoryView => return seq_iter(v, false),
            Kind::Range => {
                if let Some(r) = v.get::<RangeObj>() {
                    return Ok(range_object_iter(r, false));
                }
            }
            Kind::Dict => return Ok(dict_iter(v, ViewMode::Keys)),
            Kind::DictView => {
                if let Some(view) = v.get::<DictViewObj>() {
                    return Ok(dict_iter(view.dict, view.mode));
                }
            }
            Kind::Set | Kind::FrozenSet => {
                let len = set::get(v).map_or(0, |s| s.len());
                return Ok(heap::new(SetIterObj {
                    header: Header::new(Kind::SetIter),
                    set: v,
                    pos: Cell::new(0),
                    len,
                }));
            }
            _ if is_builtin_iterator(v) => return Ok(v),
            // `__iter__ = None` declares the class not iterable.
            Kind::Instance | Kind::Exception | Kind::Class if ops::has_program_type(v) => {
                if let Some(base) = crate::objects::builtin_subclass::protocol_base(v) {
                    return iter(base);
                }
                match ops::user_method(v, "__iter__") {
                    Some(f) if f.is_none() => {}
                    Some(f) => {
                        let it = call::call_with_self(f, v, &[], Kw::NONE)?;
                        if is_builtin_iterator(it) || ops::user_method(it, "__next__").is_some() {
                            return Ok(it);
                        }
                        return type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            types::type_name(it)
                        ));
                    }
                    None if ops::user_method(v, "__getitem__").is_some() => {
                        return seq_iter(v, false);
                    }
                    None => {}
                }
            }
            _ => {}
        }
    }
    type_error(format!("'{}' object is not iterable", types::type_name(v)))
}

const CALLABLE_ITERATOR: &str = "builtins.callable_iterator";

fn make_callable_iterator() -> Value {
    native_class::new_class(
        "callable_iterator",
        "builtins",
        Value::NULL,
        &[
            ("__iter__", native_class::iter_self),
            ("__next__", callable_iterator_next),
        ],
    )
}

/// `iter(callable, sentinel)`: calls `callable` until it returns `sentinel`.
pub fn callable_iter(callable: Value, sentinel: Value) -> PyResult {
    if !call::is_callable(callable) {
        return type_error("iter(v, w): v must be callable");
    }
    let it = native_class::instance(native_class::class(
        CALLABLE_ITERATOR,
        make_callable_iterator,
    ));
    native_class::set(it, "__closc_callable", callable);
    native_class::set(it, "__closc_sentinel", sentinel);
    Ok(it)
}

/// Once the sentinel has come, or the callable has raised StopIteration, the iterator
/// stays exhausted (it drops the callable, as CPython does).
fn callable_iterator_next(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, CALLABLE_ITERATOR, "__next__", "callable_iterator")?;
    let Some(callable) = native_class::get(this, "__closc_callable") else {
        return native_class::stop();
    };
    let value = call::call(callable, &[], Kw::NONE).inspect_err(|_| {
        if exceptions::pending_matches(ExcKind::StopIteration) {
            native_class::del(this, "__closc_callable");
        }
    })?;
    if ops::eq(native_class::state(this, "__closc_sentinel"), value)? {
        native_class::del(this, "__closc_callable");
        return native_class::stop();
    }
    Ok(value)
}

/// `iter(v)`, where a TypeError it raises becomes one with the message `reword()` gives,
/// if it gives one: CPython rewords that error in several places (`in`, `str.join`,
/// unpacking, `*` operands).
pub fn iter_reworded(v: Value, reword: impl FnOnce() -> Option<String>) -> PyResult {
    let result = iter(v);
    if result.is_err() && exceptions::pending_matches(ExcKind::TypeError) {
        if let Some(message) = reword() {
            exceptions::take_pending();
            return type_error(message);
        }
    }
    result
}

/// The next item of a forward iterator over a list or tuple that has one: the common case
/// of `for x in items`, kept apart from `next_in` so that it costs a few instructions. None
/// for anything else (nothing done).
#[inline(always)]
pub fn next_list_item(it: Value) -> Option<Value> {
    let s = it.get::<SeqIterObj>()?;
    if s.reverse {
        return None;
    }
    let i = s.pos.get();
    let item = match s.seq.kind() {
        Kind::List => s.seq.get::<ListObj>()?.get(i)?,
        Kind::Tuple => *tuple::items(s.seq)?.get(i)?,
        _ => return None,
    };
    s.pos.set(i + 1);
    Some(item)
}

fn seq_next(it: &SeqIterObj) -> PyResult<Option<Value>> {
    let seq = it.seq;
    if it.reverse {
        let left = it.pos.get();
        if left == 0 {
            return Ok(None);
        }
        it.pos.set(left - 1);
        let i = left - 1;
        return Ok(match seq.kind() {
            Kind::List => seq.get::<ListObj>().and_then(|l| l.get(i)),
            Kind::Tuple => tuple::items(seq).and_then(|t| t.get(i).copied()),
            Kind::Str => seq.get::<StrObj>().filter(|s| i < s.len()).map(|s| {
                if s.is_ascii() {
                    return pystr::ascii_char(s.as_str().as_bytes()[i]);
                }
                let text = &s.as_str()[..it.byte.get().min(s.as_str().len())];
                let c = text.chars().next_back().unwrap_or('\0');
                it.byte.set(text.len() - c.len_utf8());
                pystr::new(c.encode_utf8(&mut [0; 4]))
            }),
            Kind::Bytes | Kind::ByteArray | Kind::MemoryView => byte_item(seq, i)?,
            _ => Some(item::getitem(seq, int::from_i64(i as i64))?),
        });
    }
    let i = it.pos.get();
    let next = match seq.kind() {
        Kind::List => seq.get::<ListObj>().and_then(|l| l.get(i)),
        Kind::Tuple => tuple::items(seq).and_then(|t| t.get(i).copied()),
        Kind::Str => {
            let s = seq.get::<StrObj>().filter(|s| i < s.len());
            match s {
                Some(s) if s.is_ascii() => Some(pystr::ascii_char(s.as_str().as_bytes()[i])),
                Some(s) => {
                    let rest = s.as_str().get(it.byte.get()..).unwrap_or("");
                    rest.chars().next().map(|c| {
                        it.byte.set(it.byte.get() + c.len_utf8());
                        pystr::new(c.encode_utf8(&mut [0; 4]))
                    })
                }
                None => None,
            }
        }
        Kind::Bytes | Kind::ByteArray | Kind::MemoryView => byte_item(seq, i)?,
        _ => match item::getitem(seq, int::from_i64(i as i64)) {
            Ok(v) => Some(v),
            Err(e) => {
                if exceptions::pending_matches(ExcKind::IndexError)
                    || exceptions::pending_matches(ExcKind::StopIteration)
                {
                    exceptions::take_pending();
                    None
                } else {
                    return Err(e);
                }
            }
        },
    };
    if next.is_some() {
        it.pos.set(i + 1);
    } else {
        it.pos.set(usize::MAX / 2);
    }
    Ok(next)
}

/// Item `i` of a bytes, bytearray or memoryview (an int), None past the end.
fn byte_item(seq: Value, i: usize) -> PyResult<Option<Value>> {
    let byte = match seq.kind() {
        Kind::MemoryView => memoryview::byte_at(seq, i)?,
        _ => bytes::contents_at(seq, i),
    };
    Ok(byte.map(|b| Value::small(b as i64)))
}

fn dict_next(it: &DictIterObj) -> PyResult<Option<Value>> {
    let Some(d) = it.dict.get::<DictObj>() else {
        return Ok(None);
    };
    if d.len() != it.len {
        it.pos.set(usize::MAX / 2);
        return raise(
            ExcKind::RuntimeError,
            "dictionary changed size during iteration",
        );
    }
    let t = d.table.borrow();
    let mut pos = it.pos.get();
    while pos < t.positions() {
        if let Some(e) = t.entry(pos) {
            it.pos.set(pos + 1);
            return Ok(Some(match it.mode {
                ViewMode::Keys => e.key,
                ViewMode::Values => e.value,
                ViewMode::Items => tuple::new(&[e.key, e.value]),
            }));
        }
        pos += 1;
    }
    it.pos.set(pos);
    Ok(None)
}

fn set_next(it: &SetIterObj) -> PyResult<Option<Value>> {
    let Some(s) = set::get(it.set) else {
        return Ok(None);
    };
    if s.len() != it.len {
        it.pos.set(usize::MAX / 2);
        return raise(ExcKind::RuntimeError, "Set changed size during iteration");
    }
    let t = s.table.borrow();
    let mut pos = it.pos.get();
    while pos < t.positions() {
        if let Some(k) = t.key_at(pos) {
            it.pos.set(pos + 1);
            return Ok(Some(k));
        }
        pos += 1;
    }
    it.pos.set(pos);
    Ok(None)
}

/// `next(it)`: `Ok(None)` when exhausted. Functions that `map` and `filter` call, and user
/// `__next__` methods, run with collection blocked (as `call::call`).
pub fn next(it: Value) -> PyResult<Option<Value>> {
    next_in(it, false)
}

/// `next` letting the collector run inside the Python code it calls (as
/// `call::call_rooted`): for callers whose values are all visible to the collector (see
/// gc.rs), such as `rt_next` (a `for` loop) and `collect_rooted`.
pub fn next_rooted(it: Value) -> PyResult<Option<Value>> {
    next_in(it, true)
}

fn call_in(f: Value, args: &[Value], rooted: bool) -> PyResult {
    if rooted {
        call::call_rooted(f, args, Kw::NONE)
    } else {
        call::call(f, args, Kw::NONE)
    }
}

/// Runs `k` on `n` scratch slots that the collector sees: on the stack when few.
fn with_scratch<R>(n: usize, k: impl FnOnce(&mut [Value]) -> R) -> R {
    const N: usize = 8;
    if n <= N {
        let mut buf = [Value::NULL; N];
        k(&mut buf[..n])
    } else {
        let mut v = RootedVec::from_vec(vec![Value::NULL; n]);
        k(&mut v)
    }
}

/// Advances each iterator once, storing the items in `out`; the position of the first
/// exhausted iterator, if any.
fn advance_all(iters: &[Value], out: &mut [Value], rooted: bool) -> PyResult<Option<usize>> {
    for (n, &i) in iters.iter().enumerate() {
        match next_in(i, rooted)? {
            Some(v) => out[n] = v,
            None => return Ok(Some(n)),
        }
    }
    Ok(None)
}

fn next_in(it: Value, rooted: bool) -> PyResult<Option<Value>> {
    if it.is_object() {
        match it.kind() {
            Kind::SeqIter => {
                if let Some(s) = it.get::<SeqIterObj>() {
                    return seq_next(s);
                }
            }
            Kind::RangeIter => {
                if let Some(r) = it.get::<RangeIterObj>() {
                    if let Some(big) = &r.big {
                        let mut b = big.borrow_mut();
                        if b.2.is_zero() {
                            return Ok(None);
                        }
                        let (next, step, left) = &mut *b;
                        let v = next.clone();
                        *next += &*step;
                        *left -= 1;
                        return Ok(Some(int::from_big(v)));
                    }
                    let left = r.remaining.get();
                    if left == 0 {
                        return Ok(None);
                    }
                    r.remaining.set(left - 1);
                    let v = r.next.get();
                    r.next.set(v.wrapping_add(r.step));
                    return Ok(Some(int::from_i64(v)));
                }
            }
            Kind::DictIter => {
                if let Some(d) = it.get::<DictIterObj>() {
                    return dict_next(d);
                }
            }
            Kind::SetIter => {
                if let Some(s) = it.get::<SetIterObj>() {
                    return set_next(s);
                }
            }
            Kind::Enumerate => {
                if let Some(e) = it.get::<EnumerateObj>() {
                    let Some(v) = next_in(e.it, rooted)? else {
                        return Ok(None);
                    };
                    let n = e.count.get();
                    e.count.set(ops::binary(0, n, Value::small(1))?);
                    return Ok(Some(tuple::new(&[n, v])));
                }
            }
            Kind::Zip => {
                if let Some(z) = it.get::<ZipObj>() {
                    return zip_next(z, rooted);
                }
            }
            Kind::Generator if !crate::objects::coroutine::is_generator_iterator(it) => {}
            Kind::Generator if rooted => return generator::next_rooted(it),
            Kind::Generator => return generator::next(it),
            Kind::Map => {
                if let Some(m) = it.get::<MapObj>() {
                    let iters = tuple::items(m.iters).unwrap_or(&[]);
                    return with_scratch(iters.len(), |args| {
                        if advance_all(iters, args, rooted)?.is_some() {
                            return Ok(None);
                        }
                        call_in(m.func, args, rooted).map(Some)
                    });
                }
            }
            Kind::Filter => {
                if let Some(f) = it.get::<FilterObj>() {
                    while let Some(v) = next_in(f.it, rooted)? {
                        let keep = if f.func.is_none() {
                            ops::truthy(v)?
                        } else {
                            ops::truthy(call_in(f.func, &[v], rooted)?)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    return Ok(None);
                }
            }
            Kind::Instance | Kind::Exception => {
                let r = if rooted {
                    ops::user_method(it, "__next__")
                        .map(|f| call::call_with_self_rooted(f, it, &[], Kw::NONE))
                } else {
                    ops::call_dunder(it, "__next__", &[])
                };
                if let Some(r) = r {
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) => {
                            if exceptions::pending_matches(ExcKind::StopIteration) {
                                exceptions::take_pending();
                                Ok(None)
                            } else {
                                Err(e)
                            }
                        }
                    };
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "'{}' object is not an iterator",
        types::type_name(it)
    ))
}

fn zip_next(z: &ZipObj, rooted: bool) -> PyResult<Option<Value>> {
    let iters = tuple::items(z.iters).unwrap_or(&[]);
    if iters.is_empty() {
        return Ok(None);
    }
    with_scratch(iters.len(), |items| {
        match advance_all(iters, items, rooted)? {
            None => Ok(Some(tuple::new(items))),
            Some(n) => {
                if z.strict {
                    if n > 0 {
                        let s = if n == 1 { " " } else { "s 1-" };
                        return crate::objects::exceptions::value_error(format!(
                            "zip() argument {} is shorter than argument{s}{n}",
                            n + 1
                        ));
                    }
                    for (m, &j) in iters.iter().enumerate().skip(1) {
                        if next_in(j, rooted)?.is_some() {
                            let s = if m == 1 { " " } else { "s 1-" };
                            return crate::objects::exceptions::value_error(format!(
                                "zip() argument {} is longer than argument{s}{m}",
                                m + 1
                            ));
                        }
                    }
                }
                Ok(None)
            }
        }
    })
}

/// Room for the items of `v` when it is a range, whose length is known: MemoryError at once
/// (as CPython's preallocation gives) when they cannot fit in memory, OverflowError when
/// the length is beyond a machine word.
fn reserve_for_range(v: Value, out: &mut Vec<Value>) -> PyResult<()> {
    let Some(r) = v.get::<RangeObj>() else {
        return Ok(());
    };
    let len = if r.big {
        num_traits::ToPrimitive::to_usize(&r.big_len())
    } else {
        Some(r.len())
    };
    let Some(len) = len.filter(|&n| n <= isize::MAX as usize) else {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        );
    };
    let addressable = len <= isize::MAX as usize / std::mem::size_of::<Value>();
    if addressable && out.try_reserve_exact(len).is_ok() {
        Ok(())
    } else {
        raise(ExcKind::MemoryError, "")
    }
}

/// All items of an iterable, letting the collector run inside the Python code that
/// producing them calls (see `next_rooted`); the result is rooted.
pub fn collect_rooted(v: Value) -> PyResult<RootedVec> {
    if let Some(l) = v.get::<ListObj>() {
        return Ok(RootedVec::from_vec(l.snapshot()));
    }
    if let Some(t) = tuple::items(v) {
        return Ok(RootedVec::from_vec(t.to_vec()));
    }
    let mut reserved = Vec::new();
    reserve_for_range(v, &mut reserved)?;
    let it = iter(v)?;
    let mut out = RootedVec::from_vec(reserved);
    while let Some(x) = next_rooted(it)? {
        out.push(x);
    }
    Ok(out)
}

/// All items of an iterable.
pub fn collect(v: Value) -> PyResult<Vec<Value>> {
    if let Some(l) = v.get::<ListObj>() {
        return Ok(l.snapshot());
    }
    if let Some(t) = tuple::items(v) {
        return Ok(t.to_vec());
    }
    let mut out = Vec::new();
    reserve_for_range(v, &mut out)?;
    let it = iter(v)?;
    while let Some(x) = next(it)? {
        out.push(x);
    }
    Ok(out)
}

/// The builtin type of an iterator or view object.
pub fn type_id(v: Value) -> TypeId {
    match v.kind() {
        Kind::SeqIter => match v.get::<SeqIterObj>() {
            Some(s) if s.reverse && s.seq.kind() == Kind::List => TypeId::ListReverseIterator,
            Some(s) if s.reverse => TypeId::Reversed,
            Some(s) => match s.seq.kind() {
                Kind::List => TypeId::ListIterator,
                Kind::Tuple => TypeId::TupleIterator,
                Kind::Str if s.seq.get::<StrObj>().is_some_and(|x| x.is_ascii()) => {
                    TypeId::StrAsciiIterator
                }
                Kind::Str => TypeId::StrIterator,
                Kind::Bytes => TypeId::BytesIterator,
                Kind::ByteArray => TypeId::ByteArrayIterator,
                Kind::MemoryView => TypeId::MemoryIterator,
                _ => TypeId::Object,
            },
            None => TypeId::Object,
        },
        Kind::RangeIter => TypeId::RangeIterator,
        Kind::DictIter => match v.get::<DictIterObj>().map(|d| d.mode) {
            Some(ViewMode::Values) => TypeId::DictValueIterator,
            Some(ViewMode::Items) => TypeId::DictItemIterator,
            _ => TypeId::DictKeyIterator,
        },
        Kind::DictView => match v.get::<DictViewObj>().map(|d| d.mode) {
            Some(ViewMode::Values) => TypeId::DictValues,
            Some(ViewMode::Items) => TypeId::DictItems,
            _ => TypeId::DictKeys,
        },
        Kind::SetIter => TypeId::SetIterator,
        Kind::Enumerate => TypeId::Enumerate,
        Kind::Zip => TypeId::Zip,
        Kind::Map => TypeId::Map,
        _ => TypeId::Filter,
    }
}

fn view_items(view: &DictViewObj) -> Vec<Value> {
    let Some(d) = view.dict.get::<DictObj>() else {
        return Vec::new();
    };
    d.items()
        .into_iter()
        .map(|(k, v)| match view.mode {
            ViewMode::Keys => k,
            ViewMode::Values => v,
            ViewMode::Items => tuple::new(&[k, v]),
        })
        .collect()
}

/// The type name and items of a dict view (for its repr).
pub fn view_parts(v: Value) -> (&'static str, Vec<Value>) {
    match v.get::<DictViewObj>() {
        Some(view) => (types::type_name(v), view_items(view)),
        None => ("dict_keys", Vec::new()),
    }
}

pub fn view_len(v: Value) -> usize {
    v.get::<DictViewObj>()
        .and_then(|view| view.dict.get::<DictObj>())
        .map_or(0, |d| d.len())
}

pub fn view_contains(v: Value, item: Value) -> PyResult<bool> {
    let Some(view) = v.get::<DictViewObj>() else {
        return Ok(false);
    };
    let Some(d) = view.dict.get::<DictObj>() else {
        return Ok(false);
    };
    match view.mode {
        ViewMode::Keys => Ok(d.get(item)?.is_some()),
        ViewMode::Items => match tuple::items(item) {
            Some([k, val]) => match d.get(*k)? {
                Some(x) => ops::eq(x, *val),
                None => Ok(false),
            },
            _ => Ok(false),
        },
        ViewMode::Values => {
            for (_, x) in d.items() {
                if ops::eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// False for values views (which do not compare like sets); true for anything else.
pub fn view_is_setlike(v: Value) -> bool {
    v.get::<DictViewObj>()
        .is_none_or(|view| view.mode != ViewMode::Values)
}

/// A set holding the items of a keys or items view (for comparisons and set operators).
pub fn view_as_set(v: Value) -> PyResult {
    let s = set::new(false);
    if let (Some(view), Some(target)) = (v.get::<DictViewObj>(), set::get(s)) {
        for x in view_items(view) {
            target.add(x)?;
        }
    }
    Ok(s)
}
