//! The `_collections` module, the native half of `collections` (whose Python half,
//! `lib/collections/__init__.py`, re-exports these and adds `ChainMap` and the `User*`
//! wrappers): `namedtuple`, `deque`, `defaultdict`, `Counter`, `OrderedDict`.
//!
//! Instances are `InstanceObj`s of runtime-defined classes (see `objects/native_class.rs`): a namedtuple
//! keeps its fields as instance attributes, a deque its items in a hidden list, and the
//! dict subclasses their items in a hidden dict, with the dict methods forwarded to it.
//! Their classes derive from `tuple` / `dict`, so `isinstance(d, dict)` holds.

mod deque;
mod namedtuple;

use deque::{make_deque, DEQUE};
use namedtuple::namedtuple;
pub use namedtuple::{namedtuple_class, namedtuple_make};

use crate::memory::gc::RootedVec;
use crate::objects::class;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, raise_args, type_error, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::list;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, not_implemented, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

// ---------------------------------------------------------------- dict subclasses

const DEFAULTDICT: &str = "collections.defaultdict";
const COUNTER: &str = "collections.Counter";
const ORDEREDDICT: &str = "collections.OrderedDict";

/// The receiver of a method of a dict subclass, and the dict holding its items.
fn dl(args: &[Value], method: &str) -> PyResult<(Value, &'static DictObj)> {
    if let Some(&o) = args.first() {
        if native_class::is(o, DEFAULTDICT)
            || native_class::is(o, COUNTER)
            || native_class::is(o, ORDEREDDICT)
        {
            if let Some(d) = native_class::state(o, "__closc_dict").get::<DictObj>() {
                return Ok((o, d));
            }
        }
    }
    type_error(format!("descriptor '{method}' requires a 'dict' object"))
}

/// The dict holding the items of a dict or of a dict subclass instance.
fn items_dict(v: Value) -> Option<&'static DictObj> {
    if let Some(d) = v.get::<DictObj>() {
        return Some(d);
    }
    dl(&[v], "").ok().map(|(_, d)| d)
}

fn inner(o: Value) -> Value {
    native_class::state(o, "__closc_dict")
}

macro_rules! forward {
    ($($fname:ident => $name:literal;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                let (o, _) = dl(args, $name)?;
                call::call_method(inner(o), pystr::intern($name), &args[1..], kw)
            }
        )*
    };
}

forward! {
    dl_keys => "keys";
    dl_values => "values";
    dl_items => "items";
    dl_get => "get";
    dl_pop => "pop";
    dl_setdefault => "setdefault";
    dl_clear => "clear";
    dl_len => "__len__";
    dl_iter => "__iter__";
    dl_contains => "__contains__";
    dl_setitem => "__setitem__";
    dl_delitem => "__delitem__";
}

fn dl_update(args: &[Value], kw: Kw) -> PyResult {
    let (o, d) = dl(args, "update")?;
    args::count("update", &args[1..], 0, 1)?;
    if let Some(&other) = args.get(1) {
        match items_dict(other) {
            Some(od) => {
                for (k, v) in od.items() {
                    d.set(k, v)?;
                }
            }
            None => {
                call::call_method(inner(o), pystr::intern("update"), &[other], Kw::NONE)?;
            }
        }
    }
    for (k, v) in kw.names.iter().zip(kw.values) {
        d.set(*k, *v)?;
    }
    Ok(none())
}

fn dl_popitem(args: &[Value], kw: Kw) -> PyResult {
    let (o, d) = dl(args, "popitem")?;
    if native_class::is(o, ORDEREDDICT) {
        args::check_kw("popitem", kw, &["last"])?;
        let last = match args.get(1).copied().or(kw.get("last")) {
            Some(v) => ops::truthy(v)?,
            None => true,
        };
        if d.len() == 0 {
            return raise(ExcKind::KeyError, "dictionary is empty");
        }
        if last {
            let (k, v) = d.pop_last().unwrap_or((none(), none()));
            return Ok(tuple::new(&[k, v]));
        }
        let first = d.table.borrow().live().next().map(|e| (e.key, e.value));
        let (k, v) = first.unwrap_or((none(), none()));
        d.remove(k)?;
        return Ok(tuple::new(&[k, v]));
    }
    call::call_method(inner(o), pystr::intern("popitem"), &args[1..], kw)
}

fn dl_copy(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("copy", kw)?;
    let (o, d) = dl(args, "copy")?;
    let n = native_class::instance(class::instance_class(o));
    for (k, v) in class::own_attrs(o) {
        class::store_own_attr(n, k, v)?;
    }
    native_class::set(n, "__closc_dict", d.copy());
    Ok(n)
}

fn dl_getattr(args: &[Value], _kw: Kw) -> PyResult {
    let (o, _) = dl(args, "__getattr__")?;
    let name = args.get(1).copied().unwrap_or_else(none);
    match attr::getattr_opt(inner(o), name)? {
        Some(v) => Ok(v),
        None => class::no_attribute(o, pystr::as_str(name).unwrap_or("?")),
    }
}

fn dl_getitem(args: &[Value], _kw: Kw) -> PyResult {
    let (o, d) = dl(args, "__getitem__")?;
    let Some(&key) = args.get(1) else {
        return type_error("expected 1 argument");
    };
    if let Some(v) = d.get(key)? {
        return Ok(v);
    }
    if let Some(f) = ops::user_method(o, "__missing__") {
        return call::call_with_self(f, o, &[key], Kw::NONE);
    }
    raise_args(ExcKind::KeyError, &[key])
}

fn dl_missing(args: &[Value], _kw: Kw) -> PyResult {
    let (o, d) = dl(args, "__missing__")?;
    let Some(&key) = args.get(1) else {
        return type_error("expected 1 argument");
    };
    if native_class::is(o, COUNTER) {
        return Ok(Value::small(0));
    }
    let f = native_class::state(o, "default_factory");
    if f.is_none() {
        return raise_args(ExcKind::KeyError, &[key]);
    }
    let v = call::call(f, &[], Kw::NONE)?;
    d.set(key, v)?;
    Ok(v)
}

fn dict_items_eq(a: &DictObj, b: &DictObj, ordered: bool) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    let (ia, ib) = (a.items(), b.items());
    if ordered {
        for ((ka, va), (kb, vb)) in ia.iter().zip(&ib) {
            if !(ka == kb || ops::eq(*ka, *kb)?) || !(va == vb || ops::eq(*va, *vb)?) {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    for (k, v) in ia {
        match b.get(k)? {
            Some(w) if w == v || ops::eq(v, w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn dl_eq_inner(args: &[Value]) -> PyResult<Option<bool>> {
    let (o, d) = dl(args, "__eq__")?;
    let Some(&other) = args.get(1) else {
        return Ok(None);
    };
    let Some(od) = items_dict(other) else {
        return Ok(None);
    };
    if native_class::is(o, COUNTER) && native_class::is(other, COUNTER) {
        // Missing elements count as zero (Python 3.10+).
        for (x, y) in [(d, od), (od, d)] {
            for (k, v) in x.items() {
                let w = y.get(k)?.unwrap_or(Value::small(0));
                if !ops::eq(v, w)? {
                    return Ok(Some(false));
                }
            }
        }
        return Ok(Some(true));
    }
    let ordered = native_class::is(o, ORDEREDDICT) && native_class::is(other, ORDEREDDICT);
    Ok(Some(dict_items_eq(d, od, ordered)?))
}

fn dl_eq(args: &[Value], _kw: Kw) -> PyResult {
    Ok(match dl_eq_inner(args)? {
        Some(b) => bool_value(b),
        None => not_implemented(),
    })
}

fn dl_ne(args: &[Value], _kw: Kw) -> PyResult {
    Ok(match dl_eq_inner(args)? {
        Some(b) => bool_value(!b),
        None => not_implemented(),
    })
}

fn dl_reversed(args: &[Value], _kw: Kw) -> PyResult {
    let (_, d) = dl(args, "__reversed__")?;
    let mut keys: Vec<Value> = d.items().into_iter().map(|(k, _)| k).collect();
    keys.reverse();
    iter::iter(list::from_vec(keys))
}

fn dl_or(args: &[Value], _kw: Kw) -> PyResult {
    let (o, _) = dl(args, "__or__")?;
    let Some(&other) = args.get(1) else {
        return type_error("expected 1 argument");
    };
    if native_class::is(o, COUNTER) {
        return counter_binop(args, 9);
    }
    let Some(od) = items_dict(other) else {
        return Ok(not_implemented());
    };
    let n = dl_copy(&args[..1], Kw::NONE)?;
    let (_, nd) = dl(&[n], "__or__")?;
    for (k, v) in od.items() {
        nd.set(k, v)?;
    }
    Ok(n)
}

const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("keys", dl_keys),
    ("values", dl_values),
    ("items", dl_items),
    ("get", dl_get),
    ("pop", dl_pop),
    ("popitem", dl_popitem),
    ("setdefault", dl_setdefault),
    ("update", dl_update),
    ("clear", dl_clear),
    ("copy", dl_copy),
    ("__len__", dl_len),
    ("__iter__", dl_iter),
    ("__contains__", dl_contains),
    ("__getitem__", dl_getitem),
    ("__setitem__", dl_setitem),
    ("__delitem__", dl_delitem),
    ("__eq__", dl_eq),
    ("__ne__", dl_ne),
    ("__reversed__", dl_reversed),
    ("__or__", dl_or),
    ("__getattr__", dl_getattr),
];

fn dict_class(name: &'static str, extra: &[(&'static str, NativeFn)]) -> Value {
    let mut methods: Vec<(&'static str, NativeFn)> = DICT_METHODS.to_vec();
    methods.extend_from_slice(extra);
    let cls = native_class::new_class(name, "collections", types::class_of(TypeId::Dict), &methods);
    native_class::class_set(cls, "__hash__", none());
    cls
}

/// Sets up a new dict-subclass instance (the items dict).
fn dl_start(o: Value) {
    if native_class::get(o, "__closc_dict").is_none() {
        native_class::set(o, "__closc_dict", dict::new());
    }
}

fn fill_from(d: &DictObj, o: Value, args: &[Value], kw: Kw) -> PyResult<()> {
    if let Some(&src) = args.first() {
        match items_dict(src) {
            Some(sd) => {
                for (k, v) in sd.items() {
                    d.set(k, v)?;
                }
            }
            None => crate::objects::methods::dict_update_from(d, src)?,
        }
    }
    let _ = o;
    for (k, v) in kw.names.iter().zip(kw.values) {
        d.set(*k, *v)?;
    }
    Ok(())
}

fn dd_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, DEFAULTDICT, "__init__", "collections.defaultdict")?;
    dl_start(this);
    let factory = args.get(1).copied().unwrap_or_else(none);
    if !factory.is_none() && !call::is_callable(factory) {
        return type_error("first argument must be callable or None");
    }
    native_class::set(this, "default_factory", factory);
    if args.len() > 3 {
        return type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 2
        ));
    }
    let (_, d) = dl(&[this], "__init__")?;
    fill_from(d, this, args.get(2..).unwrap_or(&[]), kw)?;
    Ok(none())
}

fn dd_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (o, _) = dl(args, "__repr__")?;
    let f = repr::repr_string(native_class::state(o, "default_factory"))?;
    let d = repr::repr_string(inner(o))?;
    Ok(pystr::new(&format!(
        "{}({f}, {d})",
        types::short_type_name(o)
    )))
}

/// `cls.fromkeys(iterable, value=None)` (bound to the class).
fn dl_fromkeys(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("fromkeys", kw)?;
    if args.len() < 2 || args.len() > 3 {
        return type_error(format!(
            "fromkeys expected at least 1 argument, got {}",
            args.len() - 1
        ));
    }
    let value = args.get(2).copied().unwrap_or_else(none);
    let keys = iter::collect(args[1])?;
    let o = call::call(args[0], &[], Kw::NONE)?;
    let (_, d) = dl(&[o], "fromkeys")?;
    for k in keys {
        d.set(k, value)?;
    }
    Ok(o)
}

fn with_fromkeys(cls: Value) -> Value {
    native_class::class_set(
        cls,
        "fromkeys",
        function::new_method("fromkeys", dl_fromkeys, cls, ""),
    );
    cls
}

fn make_defaultdict() -> Value {
    with_fromkeys(dict_class(
        "defaultdict",
        &[
            ("__init__", dd_init),
            ("__repr__", dd_repr),
            ("__missing__", dl_missing),
        ],
    ))
}

fn od_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, ORDEREDDICT, "__init__", "collections.OrderedDict")?;
    dl_start(this);
    if args.len() > 2 {
        return type_error(format!(
            "expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let (_, d) = dl(&[this], "__init__")?;
    fill_from(d, this, &args[1..], kw)?;
    Ok(none())
}

fn od_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (_, d) = dl(args, "__repr__")?;
    if d.len() == 0 {
        return Ok(pystr::new(&format!(
            "{}()",
            types::short_type_name(args[0])
        )));
    }
    let pairs: Vec<Value> = d
        .items()
        .into_iter()
        .map(|(k, v)| tuple::new(&[k, v]))
        .collect();
    let l = repr::repr_string(list::from_vec(pairs))?;
    Ok(pystr::new(&format!(
        "{}({l})",
        types::short_type_name(args[0])
    )))
}

fn od_move_to_end(args: &[Value], kw: Kw) -> PyResult {
    let (_, d) = dl(args, "move_to_end")?;
    args::check_kw("move_to_end", kw, &["key", "last"])?;
    let Some(key) = args.get(1).copied().or(kw.get("key")) else {
        return type_error("move_to_end() missing required argument 'key' (pos 1)");
    };
    let last = match args.get(2).copied().or(kw.get("last")) {
        Some(v) => ops::truthy(v)?,
        None => true,
    };
    let Some(v) = d.remove(key)? else {
        return raise_args(ExcKind::KeyError, &[key]);
    };
    if last {
        d.set(key, v)?;
    } else {
        let rest = d.items();
        d.clear();
        d.set(key, v)?;
        for (k, x) in rest {
            d.set(k, x)?;
        }
    }
    Ok(none())
}

fn make_ordereddict() -> Value {
    with_fromkeys(dict_class(
        "OrderedDict",
        &[
            ("__init__", od_init),
            ("__repr__", od_repr),
            ("move_to_end", od_move_to_end),
        ],
    ))
}

/// Adds `sign * count` for every element of a mapping or iterable to counter dict `d`.
fn counter_add(d: &DictObj, src: Value, sign: i64) -> PyResult<()> {
    if let Some(sd) = items_dict(src) {
        for (k, v) in sd.items() {
            let old = d.get(k)?.unwrap_or(Value::small(0));
            let new = ops::binary(if sign > 0 { 0 } else { 1 }, old, v)?;
            d.set(k, new)?;
        }
        return Ok(());
    }
    let it = iter::iter(src)?;
    while let Some(x) = iter::next_rooted(it)? {
        let old = d.get(x)?.unwrap_or(Value::small(0));
        d.set(x, ops::binary(0, old, Value::small(sign))?)?;
    }
    Ok(())
}

fn counter_update_impl(args: &[Value], kw: Kw, sign: i64, name: &str) -> PyResult {
    let (_, d) = dl(args, name)?;
    if args.len() > 2 {
        return type_error(format!(
            "expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(&src) = args.get(1) {
        if !src.is_none() {
            counter_add(d, src, sign)?;
        }
    }
    for (k, v) in kw.names.iter().zip(kw.values) {
        let old = d.get(*k)?.unwrap_or(Value::small(0));
        d.set(*k, ops::binary(if sign > 0 { 0 } else { 1 }, old, *v)?)?;
    }
    Ok(none())
}

fn counter_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, COUNTER, "__init__", "collections.Counter")?;
    dl_start(this);
    counter_update_impl(args, kw, 1, "__init__")
}

fn counter_update(args: &[Value], kw: Kw) -> PyResult {
    counter_update_impl(args, kw, 1, "update")
}

fn counter_subtract(args: &[Value], kw: Kw) -> PyResult {
    counter_update_impl(args, kw, -1, "subtract")
}

fn second(args: &[Value], _kw: Kw) -> PyResult {
    item::getitem(args[0], Value::small(1))
}

/// The (element, count) pairs, most common first (ties in insertion order).
fn sorted_pairs(d: &DictObj) -> PyResult<Vec<Value>> {
    let mut pairs: Vec<Value> = d
        .items()
        .into_iter()
        .map(|(k, v)| tuple::new(&[k, v]))
        .collect();
    let key = function::new_builtin("itemgetter", second);
    crate::protocols::sort::sort(&mut pairs, Some(key), true)?;
    Ok(pairs)
}

fn counter_most_common(args: &[Value], kw: Kw) -> PyResult {
    let (_, d) = dl(args, "most_common")?;
    args::check_kw_python("Counter.most_common", kw, &["n"])?;
    let n = args.get(1).copied().or(kw.get("n")).unwrap_or_else(none);
    let mut pairs = sorted_pairs(d)?;
    if !n.is_none() {
        let k = args::index_arg(n)?.max(0) as usize;
        pairs.truncate(k);
    }
    Ok(list::from_vec(pairs))
}

fn counter_elements(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("elements", kw)?;
    let (_, d) = dl(args, "elements")?;
    let mut out = Vec::new();
    for (k, v) in d.items() {
        let n = args::index_arg(v)?;
        for _ in 0..n.max(0) {
            out.push(k);
        }
    }
    iter::iter(list::from_vec(out))
}

fn counter_total(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("total", kw)?;
    let (_, d) = dl(args, "total")?;
    let mut acc = Value::small(0);
    for (_, v) in d.items() {
        acc = ops::binary(0, acc, v)?;
    }
    Ok(acc)
}

fn counter_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (_, d) = dl(args, "__repr__")?;
    if d.len() == 0 {
        return Ok(pystr::new(&format!(
            "{}()",
            types::short_type_name(args[0])
        )));
    }
    let mut parts = Vec::new();
    for p in sorted_pairs(d)? {
        let kv = tuple::items(p).unwrap_or(&[]);
        parts.push(format!(
            "{}: {}",
            repr::repr_string(kv[0])?,
            repr::repr_string(kv[1])?
        ));
    }
    Ok(pystr::new(&format!(
        "{}({{{}}})",
        types::short_type_name(args[0]),
        parts.join(", ")
    )))
}

fn new_counter() -> PyResult<(Value, &'static DictObj)> {
    let c = native_class::instance(native_class::class(COUNTER, make_counter));
    dl_start(c);
    let (_, d) = dl(&[c], "Counter")?;
    Ok((c, d))
}

fn gt_zero(v: Value) -> PyResult<bool> {
    ops::truthy(ops::compare(4, v, Value::small(0))?)
}

/// `a + b`, `a - b`, `a | b`, `a & b` for Counters (op as `rt_binary`).
fn counter_binop(args: &[Value], op: u32) -> PyResult {
    let (_, a) = dl(args, "__add__")?;
    let Some(&other) = args.get(1) else {
        return type_error("expected 1 argument");
    };
    if !native_class::is(other, COUNTER) {
        return Ok(not_implemented());
    }
    let (_, b) = dl(&args[1..], "__add__")?;
    let (r, rd) = new_counter()?;
    let zero = Value::small(0);
    for (k, v) in a.items() {
        let w = b.get(k)?.unwrap_or(zero);
        let n = match op {
            0 => ops::binary(0, v, w)?,
            1 => ops::binary(1, v, w)?,
            9 => {
                if ops::less_than(v, w)? {
                    w
                } else {
                    v
                }
            }
            _ => {
                if ops::less_than(v, w)? {
                    v
                } else {
                    w
                }
            }
        };
        if gt_zero(n)? {
            rd.set(k, n)?;
        }
    }
    if op != 11 {
        for (k, w) in b.items() {
            if a.get(k)?.is_none() {
                let n = if op == 1 { ops::binary(1, zero, w)? } else { w };
                if gt_zero(n)? {
                    rd.set(k, n)?;
                }
            }
        }
    }
    Ok(r)
}

fn counter_add_op(args: &[Value], _kw: Kw) -> PyResult {
    counter_binop(args, 0)
}
fn counter_sub_op(args: &[Value], _kw: Kw) -> PyResult {
    counter_binop(args, 1)
}
fn counter_and_op(args: &[Value], _kw: Kw) -> PyResult {
    counter_binop(args, 11)
}

/// `+c` (op 1) and `-c` (op 0): the positive counts, or the negated negative ones.
fn counter_unary(args: &[Value], negate: bool) -> PyResult {
    let (_, a) = dl(args, "__pos__")?;
    let (r, rd) = new_counter()?;
    let zero = Value::small(0);
    for (k, v) in a.items() {
        if negate {
            if ops::less_than(v, zero)? {
                rd.set(k, ops::binary(1, zero, v)?)?;
            }
        } else if gt_zero(v)? {
            rd.set(k, v)?;
        }
    }
    Ok(r)
}

fn counter_pos(args: &[Value], _kw: Kw) -> PyResult {
    counter_unary(args, false)
}

fn counter_neg(args: &[Value], _kw: Kw) -> PyResult {
    counter_unary(args, true)
}

/// `c op= other`: the result of `c op other`, stored into `c`.
fn counter_inplace(args: &[Value], op: u32) -> PyResult {
    let r = counter_binop(args, op)?;
    if r == not_implemented() {
        return Ok(r);
    }
    native_class::set(args[0], "__closc_dict", inner(r));
    Ok(args[0])
}

fn counter_iadd(args: &[Value], _kw: Kw) -> PyResult {
    counter_inplace(args, 0)
}
fn counter_isub(args: &[Value], _kw: Kw) -> PyResult {
    counter_inplace(args, 1)
}
fn counter_ior(args: &[Value], _kw: Kw) -> PyResult {
    counter_inplace(args, 9)
}
fn counter_iand(args: &[Value], _kw: Kw) -> PyResult {
    counter_inplace(args, 11)
}

/// Counter inclusion (`<=`, `<`, `>=`, `>`; missing elements count as zero).
fn counter_order(args: &[Value], op: u32) -> PyResult {
    let (_, a) = dl(args, "__le__")?;
    let Some(&other) = args.get(1) else {
        return type_error("expected 1 argument");
    };
    if !native_class::is(other, COUNTER) {
        return Ok(not_implemented());
    }
    let (_, b) = dl(&args[1..], "__le__")?;
    let (x, y) = if op <= 3 { (a, b) } else { (b, a) };
    let zero = Value::small(0);
    let mut le = true;
    for (p, q, swap) in [(x, y, false), (y, x, true)] {
        for (k, v) in p.items() {
            let w = q.get(k)?.unwrap_or(zero);
            let (l, r) = if swap { (w, v) } else { (v, w) };
            if !ops::truthy(ops::compare(3, l, r)?)? {
                le = false;
            }
        }
    }
    if op == 3 || op == 5 || !le {
        return Ok(bool_value(le));
    }
    let eq = dl_eq_inner(args)?.unwrap_or(false);
    Ok(bool_value(!eq))
}

fn counter_lt(args: &[Value], _kw: Kw) -> PyResult {
    counter_order(args, 2)
}
fn counter_le(args: &[Value], _kw: Kw) -> PyResult {
    counter_order(args, 3)
}
fn counter_gt(args: &[Value], _kw: Kw) -> PyResult {
    counter_order(args, 4)
}
fn counter_ge(args: &[Value], _kw: Kw) -> PyResult {
    counter_order(args, 5)
}

fn make_counter() -> Value {
    dict_class(
        "Counter",
        &[
            ("__init__", counter_init),
            ("__repr__", counter_repr),
            ("__missing__", dl_missing),
            ("update", counter_update),
            ("subtract", counter_subtract),
            ("most_common", counter_most_common),
            ("elements", counter_elements),
            ("total", counter_total),
            ("__add__", counter_add_op),
            ("__sub__", counter_sub_op),
            ("__and__", counter_and_op),
            ("__pos__", counter_pos),
            ("__neg__", counter_neg),
            ("__iadd__", counter_iadd),
            ("__isub__", counter_isub),
            ("__ior__", counter_ior),
            ("__iand__", counter_iand),
            ("__lt__", counter_lt),
            ("__le__", counter_le),
            ("__gt__", counter_gt),
            ("__ge__", counter_ge),
        ],
    )
}

/// The entries of the `_collections` module.
pub fn entries() -> Vec<(&'static str, Value)> {
    let _ = (exceptions::pending, Kind::Dict, RootedVec::new);
    vec![
        (
            "namedtuple",
            function::new_builtin("namedtuple", namedtuple),
        ),
        ("deque", native_class::class(DEQUE, make_deque)),
        (
            "defaultdict",
            native_class::class(DEFAULTDICT, make_defaultdict),
        ),
        ("Counter", native_class::class(COUNTER, make_counter)),
        (
            "OrderedDict",
            native_class::class(ORDEREDDICT, make_ordereddict),
        ),
    ]
}
