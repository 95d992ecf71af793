//! `collections.deque`: items in a hidden list from a moving head, so that both ends are
//! amortised O(1).

use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{bool_value, none, not_implemented, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

pub(super) const DEQUE: &str = "collections.deque";

/// A deque keeps its items in a list from position `__closc_head` on: `popleft` (and an
/// append past `maxlen`) only advance the head, and the dead prefix is dropped once it is
/// half of the list, so both ends are amortised O(1).
fn deque_raw(args: &[Value], method: &str) -> PyResult<(Value, &'static ListObj, Option<usize>)> {
    let this = native_class::this(args, DEQUE, method, "collections.deque")?;
    let l = native_class::state(this, "__closc_items");
    let Some(l) = l.get::<ListObj>() else {
        return type_error("deque is not initialised");
    };
    let maxlen = native_class::state(this, "maxlen");
    let maxlen = if maxlen.is_small() {
        Some(maxlen.small_value() as usize)
    } else {
        None
    };
    Ok((this, l, maxlen))
}

fn head(this: Value) -> usize {
    let h = native_class::state(this, "__closc_head");
    if h.is_small() {
        h.small_value() as usize
    } else {
        0
    }
}

fn set_head(this: Value, h: usize) {
    native_class::set(this, "__closc_head", Value::small(h as i64));
}

/// Drops the dead prefix when it is large (or everything is dead).
fn trim(this: Value, v: &mut Vec<Value>, h: usize) {
    if h == v.len() {
        v.clear();
        set_head(this, 0);
    } else if h >= 16 && h * 2 >= v.len() {
        v.drain(..h);
        set_head(this, 0);
    } else {
        set_head(this, h);
    }
}

/// The receiver, its item list (with no dead prefix: index 0 is the first item) and its
/// maxlen.
fn deque_parts(args: &[Value], method: &str) -> PyResult<(Value, &'static ListObj, Option<usize>)> {
    let (this, l, max) = deque_raw(args, method)?;
    let h = head(this);
    if h > 0 {
        l.items_mut().drain(..h);
        set_head(this, 0);
    }
    Ok((this, l, max))
}

fn new_deque_value(items: Vec<Value>, maxlen: Value) -> Value {
    let d = native_class::instance(native_class::class(DEQUE, make_deque));
    native_class::set(d, "__closc_items", list::from_vec(items));
    native_class::set(d, "maxlen", maxlen);
    d
}

fn deque_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, DEQUE, "__init__", "collections.deque")?;
    args::check_kw("deque", kw, &["iterable", "maxlen"])?;
    if args.len() > 3 {
        return type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let iterable = args.get(1).copied().or(kw.get("iterable"));
    let maxlen = args
        .get(2)
        .copied()
        .or(kw.get("maxlen"))
        .unwrap_or_else(none);
    if !maxlen.is_none() {
        if !int::is_int(maxlen) {
            return type_error("an integer is required");
        }
        if args::index_arg(maxlen)? < 0 {
            return value_error("maxlen must be non-negative");
        }
    }
    native_class::set(this, "__closc_items", list::new(&[]));
    native_class::set(this, "maxlen", maxlen);
    if let Some(it) = iterable {
        let items = iter::collect(it)?;
        let (_, l, max) = deque_raw(&[this], "__init__")?;
        for x in items {
            push(this, l, max, x, false);
        }
    }
    Ok(none())
}

fn push(this: Value, l: &ListObj, max: Option<usize>, x: Value, left: bool) {
    if max == Some(0) {
        return;
    }
    let mut v = l.items_mut();
    let mut h = head(this);
    if left {
        if h > 0 {
            h -= 1;
            v[h] = x;
        } else {
            v.insert(0, x);
        }
        if max.is_some_and(|m| v.len() - h > m) {
            v.pop();
        }
    } else {
        v.push(x);
        if max.is_some_and(|m| v.len() - h > m) {
            v[h] = none();
            h += 1;
        }
    }
    trim(this, &mut v, h);
}

fn deque_append(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("append", kw)?;
    let (this, l, max) = deque_raw(args, "append")?;
    args::method_count("append", args, 1, 1)?;
    push(this, l, max, args[1], false);
    Ok(none())
}

fn deque_appendleft(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("appendleft", kw)?;
    let (this, l, max) = deque_raw(args, "appendleft")?;
    args::method_count("appendleft", args, 1, 1)?;
    push(this, l, max, args[1], true);
    Ok(none())
}

fn deque_extend_side(args: &[Value], kw: Kw, left: bool) -> PyResult {
    let name = if left { "extendleft" } else { "extend" };
    args::no_kw(name, kw)?;
    args::method_count(name, args, 1, 1)?;
    let items = if native_class::is(args[1], DEQUE) {
        deque_parts(&args[1..], name)?.1.snapshot()
    } else {
        iter::collect(args[1])?
    };
    let (this, l, max) = deque_raw(args, name)?;
    for x in items {
        push(this, l, max, x, left);
    }
    Ok(none())
}

fn deque_extend(args: &[Value], kw: Kw) -> PyResult {
    deque_extend_side(args, kw, false)
}

fn deque_extendleft(args: &[Value], kw: Kw) -> PyResult {
    deque_extend_side(args, kw, true)
}

fn deque_pop_side(args: &[Value], kw: Kw, left: bool) -> PyResult {
    let name = if left { "popleft" } else { "pop" };
    args::no_kw(name, kw)?;
    let (this, l, _) = deque_raw(args, name)?;
    args::method_count(name, args, 0, 0)?;
    let mut v = l.items_mut();
    let h = head(this);
    if v.len() == h {
        drop(v);
        return raise(ExcKind::IndexError, "pop from an empty deque");
    }
    let x = if left {
        std::mem::replace(&mut v[h], none())
    } else {
        v.pop().unwrap_or_else(none)
    };
    trim(this, &mut v, if left { h + 1 } else { h });
    Ok(x)
}

fn deque_pop(args: &[Value], kw: Kw) -> PyResult {
    deque_pop_side(args, kw, false)
}

fn deque_popleft(args: &[Value], kw: Kw) -> PyResult {
    deque_pop_side(args, kw, true)
}

fn deque_rotate(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("rotate", kw)?;
    let (_, l, _) = deque_parts(args, "rotate")?;
    args::method_count("rotate", args, 0, 1)?;
    let n = match args.get(1) {
        Some(&v) => args::index_arg(v)?,
        None => 1,
    };
    let mut v = l.items_mut();
    let len = v.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        v.rotate_right(k);
    }
    Ok(none())
}

fn deque_clear(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("clear", kw)?;
    let (_, l, _) = deque_parts(args, "clear")?;
    l.items_mut().clear();
    Ok(none())
}

fn deque_copy(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("copy", kw)?;
    let (this, l, _) = deque_parts(args, "copy")?;
    Ok(new_deque_value(
        l.snapshot(),
        native_class::state(this, "maxlen"),
    ))
}

fn deque_count(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("count", kw)?;
    let (_, l, _) = deque_parts(args, "count")?;
    args::method_count("count", args, 1, 1)?;
    let mut n = 0;
    for x in l.snapshot() {
        if x == args[1] || ops::eq(x, args[1])? {
            n += 1;
        }
    }
    Ok(Value::small(n))
}

fn deque_index(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("index", kw)?;
    let (_, l, _) = deque_parts(args, "index")?;
    args::method_count("index", args, 1, 3)?;
    for (i, x) in l.snapshot().into_iter().enumerate() {
        if x == args[1] || ops::eq(x, args[1])? {
            return Ok(int::from_u64(i as u64));
        }
    }
    value_error(format!("{} is not in deque", repr::repr_string(args[1])?))
}

fn deque_remove(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("remove", kw)?;
    let (_, l, _) = deque_parts(args, "remove")?;
    args::method_count("remove", args, 1, 1)?;
    for (i, x) in l.snapshot().into_iter().enumerate() {
        if x == args[1] || ops::eq(x, args[1])? {
            let mut v = l.items_mut();
            if i < v.len() {
                v.remove(i);
            }
            return Ok(none());
        }
    }
    value_error(format!("{} is not in deque", repr::repr_string(args[1])?))
}

fn deque_reverse(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("reverse", kw)?;
    let (_, l, _) = deque_parts(args, "reverse")?;
    l.items_mut().reverse();
    Ok(none())
}

fn deque_insert(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("insert", kw)?;
    let (_, l, max) = deque_parts(args, "insert")?;
    args::method_count("insert", args, 2, 2)?;
    let i = args::index_arg(args[1])?;
    let mut v = l.items_mut();
    if max.is_some_and(|m| v.len() >= m) {
        drop(v);
        return raise(ExcKind::IndexError, "deque already at its maximum size");
    }
    let len = v.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    v.insert(at, args[2]);
    Ok(none())
}

fn deque_len(args: &[Value], _kw: Kw) -> PyResult {
    let (this, l, _) = deque_raw(args, "__len__")?;
    Ok(int::from_u64((l.len() - head(this)) as u64))
}

const DEQUE_ITER: &str = "collections._deque_iterator";
const DEQUE_REV_ITER: &str = "collections._deque_reverse_iterator";

fn make_deque_iter() -> Value {
    native_class::new_class(
        "_deque_iterator",
        "collections",
        Value::NULL,
        &[
            ("__iter__", native_class::iter_self),
            ("__next__", deque_iter_next),
        ],
    )
}

fn make_deque_rev_iter() -> Value {
    native_class::new_class(
        "_deque_reverse_iterator",
        "collections",
        Value::NULL,
        &[
            ("__iter__", native_class::iter_self),
            ("__next__", deque_rev_iter_next),
        ],
    )
}

/// An iterator over deque `d` (the number of items it still expects: CPython refuses to
/// go on once the deque has changed size).
fn new_deque_iter(d: Value, key: &'static str, make: fn() -> Value) -> PyResult {
    let (this, l, _) = deque_raw(&[d], "__iter__")?;
    let it = native_class::instance(native_class::class(key, make));
    native_class::set(it, "__closc_deque", this);
    native_class::set(it, "__closc_pos", Value::small(0));
    native_class::set(
        it,
        "__closc_len",
        Value::small((l.len() - head(this)) as i64),
    );
    Ok(it)
}

fn deque_iter_step(args: &[Value], key: &'static str, reverse: bool) -> PyResult {
    let it = native_class::this(args, key, "__next__", key)?;
    let d = native_class::state(it, "__closc_deque");
    let (_, l, _) = deque_raw(&[d], "__next__")?;
    let h = head(d);
    let live = l.len() - h;
    let expected = native_class::state(it, "__closc_len").small_value() as usize;
    let pos = native_class::state(it, "__closc_pos").small_value() as usize;
    if live != expected {
        native_class::set(it, "__closc_pos", Value::small(expected as i64));
        return raise(ExcKind::RuntimeError, "deque mutated during iteration");
    }
    if pos >= live {
        return native_class::stop();
    }
    native_class::set(it, "__closc_pos", Value::small(pos as i64 + 1));
    let at = if reverse { h + live - 1 - pos } else { h + pos };
    Ok(l.get(at).unwrap_or_else(none))
}

fn deque_iter_next(args: &[Value], _kw: Kw) -> PyResult {
    deque_iter_step(args, DEQUE_ITER, false)
}

fn deque_rev_iter_next(args: &[Value], _kw: Kw) -> PyResult {
    deque_iter_step(args, DEQUE_REV_ITER, true)
}

fn deque_iter(args: &[Value], _kw: Kw) -> PyResult {
    new_deque_iter(args[0], DEQUE_ITER, make_deque_iter)
}

fn deque_reversed(args: &[Value], _kw: Kw) -> PyResult {
    new_deque_iter(args[0], DEQUE_REV_ITER, make_deque_rev_iter)
}

fn deque_index_arg(args: &[Value], len: usize) -> PyResult<usize> {
    let Some(&k) = args.get(1) else {
        return type_error("expected an index");
    };
    let Some(i) = int::as_int(k).and_then(|i| i.to_i64()) else {
        return type_error(format!(
            "sequence index must be integer, not '{}'",
            types::type_name(k)
        ));
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return raise(ExcKind::IndexError, "deque index out of range");
    }
    Ok(j as usize)
}

fn deque_getitem(args: &[Value], _kw: Kw) -> PyResult {
    let (_, l, _) = deque_parts(args, "__getitem__")?;
    let j = deque_index_arg(args, l.len())?;
    Ok(l.get(j).unwrap_or_else(none))
}

fn deque_setitem(args: &[Value], _kw: Kw) -> PyResult {
    let (_, l, _) = deque_parts(args, "__setitem__")?;
    let j = deque_index_arg(args, l.len())?;
    if let Some(&v) = args.get(2) {
        l.items_mut()[j] = v;
    }
    Ok(none())
}

fn deque_delitem(args: &[Value], _kw: Kw) -> PyResult {
    let (_, l, _) = deque_parts(args, "__delitem__")?;
    let j = deque_index_arg(args, l.len())?;
    l.items_mut().remove(j);
    Ok(none())
}

fn deque_contains(args: &[Value], _kw: Kw) -> PyResult {
    let (this, _, _) = deque_parts(args, "__contains__")?;
    Ok(bool_value(ops::contains(
        native_class::state(this, "__closc_items"),
        args.get(1).copied().unwrap_or_else(none),
    )?))
}

fn deque_compare(args: &[Value], op: u32) -> PyResult {
    let (this, _, _) = deque_parts(args, "__eq__")?;
    match args.get(1) {
        Some(&o) if native_class::is(o, DEQUE) => ops::compare(
            op,
            native_class::state(this, "__closc_items"),
            native_class::state(o, "__closc_items"),
        ),
        _ => Ok(not_implemented()),
    }
}

fn deque_eq(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 0)
}
fn deque_ne(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 1)
}
fn deque_lt(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 2)
}
fn deque_le(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 3)
}
fn deque_gt(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 4)
}
fn deque_ge(args: &[Value], _kw: Kw) -> PyResult {
    deque_compare(args, 5)
}

fn deque_iadd(args: &[Value], kw: Kw) -> PyResult {
    deque_extend(args, kw)?;
    Ok(args[0])
}

fn deque_add(args: &[Value], _kw: Kw) -> PyResult {
    let (this, l, _) = deque_parts(args, "__add__")?;
    match args.get(1) {
        Some(&o) if native_class::is(o, DEQUE) => {
            let mut items = l.snapshot();
            items.extend(deque_parts(&args[1..], "__add__")?.1.snapshot());
            let d = new_deque_value(Vec::new(), native_class::state(this, "maxlen"));
            let (_, nl, max) = deque_raw(&[d], "__add__")?;
            for x in items {
                push(d, nl, max, x, false);
            }
            Ok(d)
        }
        Some(&o) => type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            types::type_name(o)
        )),
        None => type_error("expected 1 argument"),
    }
}

/// `d * n` (a new deque) or, with `in_place`, `d *= n`.
fn deque_repeat(args: &[Value], in_place: bool) -> PyResult {
    let (this, l, _) = deque_parts(args, "__mul__")?;
    let Some(n) = args
        .get(1)
        .and_then(|&v| int::as_int(v))
        .map(|i| i.to_i64())
    else {
        return Ok(not_implemented());
    };
    let n = n.unwrap_or(i64::MAX).max(0) as usize;
    let items = l.snapshot();
    let target = if in_place {
        l.items_mut().clear();
        this
    } else {
        new_deque_value(Vec::new(), native_class::state(this, "maxlen"))
    };
    let (_, tl, max) = deque_raw(&[target], "__mul__")?;
    for _ in 0..n {
        for &x in &items {
            push(target, tl, max, x, false);
        }
    }
    Ok(target)
}

fn deque_mul(args: &[Value], _kw: Kw) -> PyResult {
    deque_repeat(args, false)
}

fn deque_imul(args: &[Value], _kw: Kw) -> PyResult {
    deque_repeat(args, true)
}

fn deque_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (this, _, max) = deque_parts(args, "__repr__")?;
    let items = repr::repr_string(native_class::state(this, "__closc_items"))?;
    Ok(pystr::new(&match max {
        Some(m) => format!("{}({items}, maxlen={m})", types::short_type_name(this)),
        None => format!("{}({items})", types::short_type_name(this)),
    }))
}

pub(super) fn make_deque() -> Value {
    let cls = native_class::new_class(
        "deque",
        "collections",
        Value::NULL,
        &[
            ("__init__", deque_init),
            ("append", deque_append),
            ("appendleft", deque_appendleft),
            ("extend", deque_extend),
            ("extendleft", deque_extendleft),
            ("pop", deque_pop),
            ("popleft", deque_popleft),
            ("rotate", deque_rotate),
            ("clear", deque_clear),
            ("copy", deque_copy),
            ("count", deque_count),
            ("index", deque_index),
            ("remove", deque_remove),
            ("reverse", deque_reverse),
            ("insert", deque_insert),
            ("__len__", deque_len),
            ("__iter__", deque_iter),
            ("__reversed__", deque_reversed),
            ("__getitem__", deque_getitem),
            ("__setitem__", deque_setitem),
            ("__delitem__", deque_delitem),
            ("__contains__", deque_contains),
            ("__eq__", deque_eq),
            ("__ne__", deque_ne),
            ("__lt__", deque_lt),
            ("__le__", deque_le),
            ("__gt__", deque_gt),
            ("__ge__", deque_ge),
            ("__iadd__", deque_iadd),
            ("__add__", deque_add),
            ("__mul__", deque_mul),
            ("__rmul__", deque_mul),
            ("__imul__", deque_imul),
            ("__repr__", deque_repr),
        ],
    );
    native_class::class_set(cls, "__hash__", none());
    cls
}
