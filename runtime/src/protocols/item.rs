//! Subscription: `o[key]`, `o[key] = v`, `del o[key]` for sequences, dicts, ranges and
//! user classes (bytes, bytearray and memoryview answer in their own files).

use crate::objects::bytes;
use crate::objects::class::{self, ClassObj, Layout};
use crate::objects::dict::DictObj;
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::generic_alias;
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::memoryview;
use crate::objects::range::{self, RangeObj, SliceObj};
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{Kind, PyResult, Value};
use crate::protocols::iter;
use crate::protocols::ops;
use num_traits::Signed;

/// Normalises a possibly negative index against `len`; None when out of range.
pub fn resolve(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// The index `key` stands for: an int, or an object with `__index__`; None otherwise.
pub fn index_of(original: Value) -> PyResult<Option<i64>> {
    let key = if int::is_int(original) {
        original
    } else if ops::is_user_object(original) {
        match ops::index_value(original)? {
            Some(k) => k,
            None => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    match int::as_int(key).and_then(|i| i.to_i64()) {
        Some(i) => Ok(Some(i)),
        None => raise(
            ExcKind::IndexError,
            &format!(
                "cannot fit '{}' into an index-sized integer",
                types::type_name(original)
            ),
        ),
    }
}

pub fn slice_select<T: Copy>(items: &[T], s: &SliceObj) -> PyResult<Vec<T>> {
    Ok(select(items, &range::slice_bounds(s)?))
}

/// The items a slice's bounds pick out of `items`.
#[inline]
fn select<T: Copy>(items: &[T], bounds: &range::SliceBounds) -> Vec<T> {
    let (start, stop, step, n) = bounds.resolve(items.len());
    if step == 1 {
        return items[start as usize..stop.max(start) as usize].to_vec();
    }
    if step == -1 && n > 0 {
        let first = (start + 1) as usize - n;
        let mut picked = items[first..=start as usize].to_vec();
        picked.reverse();
        return picked;
    }
    (0..n)
        .map(|k| items[(start + step * k as i64) as usize])
        .collect()
}

fn str_slice(s: &StrObj, bounds: &range::SliceBounds) -> Value {
    let (start, stop, step, n) = bounds.resolve(s.len());
    if step == 1 {
        let (start, stop) = (start as usize, stop.max(start) as usize);
        return pystr::new_counted(s.substring(start, stop), stop - start);
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let out: String = (0..n)
        .map(|k| chars[(start + step * k as i64) as usize])
        .collect();
    pystr::new(&out)
}

/// `o[start:stop:step]` (0 for an omitted part) when `o` is a list, tuple or str, sliced
/// without a slice object; None for other objects.
pub fn getslice(o: Value, start: Value, stop: Value, step: Value) -> Option<PyResult> {
    if !o.is_object() || !matches!(o.kind(), Kind::List | Kind::Tuple | Kind::Str) {
        return None;
    }
    let bounds = match range::bounds_of_parts(start, stop, step) {
        Ok(bounds) => bounds,
        Err(e) => return Some(Err(e)),
    };
    if let Some(l) = o.get::<ListObj>() {
        return Some(Ok(list::from_vec(select(&l.items(), &bounds))));
    }
    if let Some(items) = tuple::items(o) {
        return Some(Ok(tuple::new(&select(items, &bounds))));
    }
    o.get::<StrObj>().map(|s| Ok(str_slice(s, &bounds)))
}

/// `o[start:stop:step] = value` (0 for an omitted part) when `o` is a list, without a
/// slice object; None for other objects.
pub fn setslice(
    o: Value,
    start: Value,
    stop: Value,
    step: Value,
    value: Value,
) -> Option<PyResult<()>> {
    if !o.is_object() || o.kind() != Kind::List {
        return None;
    }
    let l = o.get::<ListObj>()?;
    Some(
        range::bounds_of_parts(start, stop, step)
            .and_then(|bounds| list_assign_bounds(l, &bounds, value)),
    )
}

/// `o[key]`.
pub fn getitem(o: Value, key: Value) -> PyResult {
    if o.is_object() {
        match o.kind() {
            Kind::List => {
                let Some(l) = o.get::<ListObj>() else {
                    return type_error("bad list");
                };
                if let Some(i) = index_of(key)? {
                    let items = l.items();
                    return match resolve(i, items.len()) {
                        Some(j) => Ok(items[j]),
                        None => raise(ExcKind::IndexError, "list index out of range"),
                    };
                }
                if let Some(s) = key.get::<SliceObj>() {
                    return Ok(list::from_vec(select(&l.items(), &range::slice_bounds(s)?)));
                }
                return type_error(format!(
                    "list indices must be integers or slices, not {}",
                    types::type_name(key)
                ));
            }
            Kind::Tuple => {
                let items = tuple::items(o).unwrap_or(&[]);
                if let Some(i) = index_of(key)? {
                    return match resolve(i, items.len()) {
                        Some(j) => Ok(items[j]),
                        None => raise(ExcKind::IndexError, "tuple index out of range"),
                    };
                }
                if let Some(s) = key.get::<SliceObj>() {
                    return Ok(tuple::new(&select(items, &range::slice_bounds(s)?)));
                }
                return type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    types::type_name(key)
                ));
            }
            Kind::Str => {
                let Some(s) = o.get::<StrObj>() else {
                    return type_error("bad str");
                };
                if key.is_small() && s.is_ascii() {
                    return match resolve(key.small_value(), s.len()) {
                        Some(j) => Ok(pystr::ascii_char(s.as_str().as_bytes()[j])),
                        None => raise(ExcKind::IndexError, "string index out of range"),
                    };
                }
                if let Some(i) = index_of(key)? {
                    return match resolve(i, s.len()) {
                        Some(j) if s.is_ascii() => Ok(pystr::ascii_char(s.as_str().as_bytes()[j])),
                        Some(j) => Ok(pystr::new(s.char_at(j).encode_utf8(&mut [0; 4]))),
                        None => raise(ExcKind::IndexError, "string index out of range"),
                    };
                }
                if let Some(sl) = key.get::<SliceObj>() {
                    return Ok(str_slice(s, &range::slice_bounds(sl)?));
                }
                return type_error(format!(
                    "string indices must be integers, not '{}'",
                    types::type_name(key)
                ));
            }
            Kind::Bytes | Kind::ByteArray => return bytes::getitem(o, key),
            Kind::MemoryView => return memoryview::getitem(o, key),
            Kind::Dict => {
                if let Some(d) = o.get::<DictObj>() {
                    return match d.get(key)? {
                        Some(v) => Ok(v),
                        None => raise_args(ExcKind::KeyError, &[key]),
                    };
                }
            }
            Kind::Range => {
                let Some(r) = o.get::<RangeObj>() else {
                    return type_error("bad range");
                };
                let key = if ops::is_user_object(key) {
                    ops::index_value(key)?.unwrap_or(key)
                } else {
                    key
                };
                // A big range, or a big index (out of range of any range that fits).
                if let Some(i) = int::as_int(key).filter(|i| r.big || i.to_i64().is_none()) {
                    let len = r.big_len();
                    let mut i = i.to_big();
                    if i.is_negative() {
                        i += &len;
                    }
                    if i.is_negative() || i >= len {
                        return raise(ExcKind::IndexError, "range object index out of range");
                    }
                    return Ok(r.big_item(&i));
                }
                if let Some(i) = index_of(key)? {
                    return match resolve(i, r.checked_len()?) {
                        Some(j) => Ok(int::from_i64(r.item(j))),
                        None => raise(ExcKind::IndexError, "range object index out of range"),
                    };
                }
                if let Some(s) = key.get::<SliceObj>() {
                    return range::slice_range(r, s);
                }
                return type_error(format!(
                    "range indices must be integers or slices, not {}",
                    types::type_name(key)
                ));
            }
            Kind::Instance | Kind::Exception => {
                if let Some(r) = ops::call_dunder(o, "__getitem__", &[key]) {
                    return r;
                }
            }
            Kind::Class => {
                if let Some(r) = ops::call_dunder(o, "__getitem__", &[key]) {
                    return r;
                }
                if let Some(c) = o.get::<ClassObj>() {
                    if let Some(f) = c.lookup_user(pystr::intern("__class_getitem__")) {
                        let bound = crate::protocols::attr::bind_to_class(f, o)?;
                        return crate::protocols::call::call(
                            bound,
                            &[key],
                            crate::protocols::call::Kw::NONE,
                        );
                    }
                    if let Layout::Builtin(id) = c.layout {
                        if generic_alias::subscriptable_builtin(id) {
                            return Ok(generic_alias::new_alias(o, key));
                        }
                    }
                    if class::stdlib_module(c).is_some() {
                        return Ok(generic_alias::new_alias(o, key));
                    }
                    return type_error(format!("type '{}' is not subscriptable", c.name_str()));
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "'{}' object is not subscriptable",
        types::type_name(o)
    ))
}

/// Replaces `items[start..stop]` with `new_items`, moving the items after it once.
fn replace_range(items: &mut Vec<Value>, start: usize, stop: usize, new_items: &[Value]) {
    let (old_count, new_count) = (stop - start, new_items.len());
    if new_count > old_count {
        let len = items.len();
        items.resize(len + new_count - old_count, Value::NULL);
        items.copy_within(stop..len, start + new_count);
    } else if new_count < old_count {
        items.drain(start + new_count..stop);
    }
    items[start..start + new_count].copy_from_slice(new_items);
}

/// Assigns `items` to an extended or simple slice of a list.
fn list_assign_bounds(l: &ListObj, bounds: &range::SliceBounds, value: Value) -> PyResult<()> {
    let (start, stop, step, n) = bounds.resolve(l.len());
    // Another list's or a tuple's items are read in place (CPython's `PySequence_Fast`);
    // the list itself is copied first, as it changes under the assignment.
    let borrowed = |f: &mut dyn FnMut(&[Value]) -> PyResult<()>| -> Option<PyResult<()>> {
        if let Some(items) = tuple::items(value) {
            return Some(f(items));
        }
        let source = value.get::<ListObj>()?;
        (!std::ptr::eq(source, l)).then(|| f(&source.items()))
    };
    let mut assign = |new_items: &[Value]| -> PyResult<()> {
        let mut items = l.items_mut();
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as i64)) as usize;
            replace_range(&mut items, start, stop, new_items);
            return Ok(());
        }
        if new_items.len() != n {
            drop(items);
            return value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {n}",
                new_items.len()
            ));
        }
        for (k, &v) in new_items.iter().enumerate() {
            items[(start + step * k as i64) as usize] = v;
        }
        Ok(())
    };
    if let Some(done) = borrowed(&mut assign) {
        return done;
    }
    let new_items = if value.kind() == Kind::List {
        iter::collect(value)?
    } else {
        let it = match iter::iter(value) {
            Ok(it) => it,
            Err(e) => {
                if !exceptions::pending_matches(ExcKind::TypeError) {
                    return Err(e);
                }
                exceptions::take_pending();
                return type_error(if step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                });
            }
        };
        // CPython's `PySequence_Fast` then lists the iterator (calling its `__iter__`).
        iter::collect(it)?
    };
    assign(&new_items)
}

/// `o[key] = value`.
pub fn setitem(o: Value, key: Value, value: Value) -> PyResult<()> {
    if o.is_object() {
        match o.kind() {
            Kind::List => {
                let Some(l) = o.get::<ListObj>() else {
                    return type_error("bad list");
                };
                if let Some(i) = index_of(key)? {
                    let mut items = l.items_mut();
                    return match resolve(i, items.len()) {
                        Some(j) => {
                            items[j] = value;
                            Ok(())
                        }
                        None => {
                            drop(items);
                            raise(ExcKind::IndexError, "list assignment index out of range")
                        }
                    };
                }
                if let Some(s) = key.get::<SliceObj>() {
                    return list_assign_bounds(l, &range::slice_bounds(s)?, value);
                }
                return type_error(format!(
                    "list indices must be integers or slices, not {}",
                    types::type_name(key)
                ));
            }
            Kind::ByteArray => return bytes::setitem(o, key, value),
            Kind::MemoryView => return memoryview::setitem(o, key, value),
            Kind::Dict => {
                if let Some(d) = o.get::<DictObj>() {
                    return d.set(key, value);
                }
            }
            Kind::Instance | Kind::Exception => {
                if let Some(r) = ops::call_dunder(o, "__setitem__", &[key, value]) {
                    return r.map(|_| ());
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "'{}' object does not support item assignment",
        types::type_name(o)
    ))
}

/// `del o[key]`.
pub fn delitem(o: Value, key: Value) -> PyResult<()> {
    if o.is_object() {
        match o.kind() {
            Kind::List => {
                let Some(l) = o.get::<ListObj>() else {
                    return type_error("bad list");
                };
                if let Some(i) = index_of(key)? {
                    let mut items = l.items_mut();
                    return match resolve(i, items.len()) {
                        Some(j) => {
                            items.remove(j);
                            Ok(())
                        }
                        None => {
                            drop(items);
                            raise(ExcKind::IndexError, "list assignment index out of range")
                        }
                    };
                }
                if let Some(s) = key.get::<SliceObj>() {
                    let (start, _, step, n) = range::slice_indices(s, l.len())?;
                    let mut idx: Vec<usize> =
                        (0..n).map(|k| (start + step * k as i64) as usize).collect();
                    idx.sort_unstable();
                    let mut items = l.items_mut();
                    for j in idx.into_iter().rev() {
                        items.remove(j);
                    }
                    return Ok(());
                }
                return type_error(format!(
                    "list indices must be integers or slices, not {}",
                    types::type_name(key)
                ));
            }
            Kind::ByteArray => return bytes::delitem(o, key),
            Kind::MemoryView => return type_error("cannot delete memory"),
            Kind::Dict => {
                if let Some(d) = o.get::<DictObj>() {
                    return match d.remove(key)? {
                        Some(_) => Ok(()),
                        None => raise_args(ExcKind::KeyError, &[key]),
                    };
                }
            }
            Kind::Instance | Kind::Exception => {
                if let Some(r) = ops::call_dunder(o, "__delitem__", &[key]) {
                    return r.map(|_| ());
                }
            }
            _ => {}
        }
    }
    type_error(format!(
        "'{}' object doesn't support item deletion",
        types::type_name(o)
    ))
}
