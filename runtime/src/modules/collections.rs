//! The `collections` module: `namedtuple`, `deque`, `defaultdict`, `Counter`,
//! `OrderedDict`.
//!
//! Instances are `InstanceObj`s of runtime-defined classes (see `stdlib.rs`): a namedtuple
//! keeps its fields as instance attributes, a deque its items in a hidden list, and the
//! dict subclasses their items in a hidden dict, with the dict methods forwarded to it.
//! Their classes derive from `tuple` / `dict`, so `isinstance(d, dict)` holds.

use crate::memory::gc::RootedVec;
use crate::modules::stdlib;
use crate::objects::class::{self, ClassObj, InstanceObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::int;
use crate::objects::list::{self, ListObj};
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

// ---------------------------------------------------------------- namedtuple

/// The field names of a namedtuple class (None if `cls` is not one).
fn nt_fields(cls: Value) -> Option<&'static [Value]> {
    let c = cls.get::<ClassObj>()?;
    let f = c.lookup(pystr::intern("_fields"))?;
    c.lookup(pystr::intern("__closc_namedtuple"))?;
    tuple::items(f)
}

/// The receiver of a namedtuple method and its field values.
fn nt_self(args: &[Value], method: &str) -> PyResult<(Value, Vec<Value>)> {
    if let Some(&o) = args.first() {
        if o.get::<InstanceObj>().is_some() {
            if let Some(fields) = nt_fields(class::instance_class(o)) {
                let vals = fields
                    .iter()
                    .map(|f| class::own_attr(o, *f).unwrap_or_else(none))
                    .collect();
                return Ok((o, vals));
            }
        }
    }
    type_error(format!(
        "descriptor '{method}' requires a namedtuple object"
    ))
}

/// A namedtuple instance of `cls` with these field values.
pub fn namedtuple_make(cls: Value, values: &[Value]) -> PyResult {
    let fields = nt_fields(cls).unwrap_or(&[]);
    let o = class::new_instance(cls);
    for (f, v) in fields.iter().zip(values) {
        class::store_own_attr(o, *f, *v)?;
    }
    Ok(o)
}

fn nt_init(args: &[Value], kw: Kw) -> PyResult {
    let Some(&o) = args.first() else {
        return type_error("namedtuple __init__ needs an argument");
    };
    let cls = class::instance_class(o);
    let fields = nt_fields(cls).unwrap_or(&[]);
    let name = cls.get::<ClassObj>().map_or("?", |c| c.name_str());
    let given = &args[1..];
    let n = fields.len();
    if given.len() > n {
        return type_error(format!(
            "{name}.__new__() takes {} positional argument{} but {} {} given",
            n + 1,
            if n == 0 { "" } else { "s" },
            given.len() + 1,
            if given.len() + 1 == 1 { "was" } else { "were" }
        ));
    }
    let mut vals: Vec<Value> = vec![Value::NULL; n];
    vals[..given.len()].copy_from_slice(given);
    for (k, v) in kw.iter() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) if !vals[i].is_null() => {
                return type_error(format!(
                    "{name}.__new__() got multiple values for argument '{k}'"
                ))
            }
            Some(i) => vals[i] = v,
            None => {
                return type_error(format!(
                    "{name}.__new__() got an unexpected keyword argument '{k}'"
                ))
            }
        }
    }
    let defaults = cls
        .get::<ClassObj>()
        .and_then(|c| c.lookup(pystr::intern("_field_defaults")))
        .and_then(|d| d.get::<DictObj>());
    let mut missing = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        if vals[i].is_null() {
            match defaults.and_then(|d| d.get_str(*f)) {
                Some(v) => vals[i] = v,
                None => missing.push(format!("'{}'", pystr::as_str(*f).unwrap_or("?"))),
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        return type_error(format!(
            "{name}.__new__() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    for (f, v) in fields.iter().zip(&vals) {
        class::store_own_attr(o, *f, *v)?;
    }
    Ok(none())
}

fn nt_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (o, vals) = nt_self(args, "__repr__")?;
    let cls = class::instance_class(o);
    let name = cls.get::<ClassObj>().map_or("?", |c| c.name_str());
    let fields = nt_fields(cls).unwrap_or(&[]);
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(vals) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*f).unwrap_or("?"),
            repr::repr_string(v)?
        ));
    }
    Ok(pystr::new(&format!("{name}({})", parts.join(", "))))
}

/// The value as a plain tuple, for comparisons (None for other values).
fn as_tuple(v: Value) -> Option<Value> {
    if v.get::<crate::objects::tuple::TupleObj>().is_some() {
        return Some(v);
    }
    if v.get::<InstanceObj>().is_some() && nt_fields(class::instance_class(v)).is_some() {
        let (_, vals) = nt_self(&[v], "").ok()?;
        return Some(tuple::new(&vals));
    }
    None
}

fn nt_compare(args: &[Value], op: u32) -> PyResult {
    let (_, vals) = nt_self(args, "__eq__")?;
    let Some(other) = args.get(1).copied().and_then(as_tuple) else {
        return Ok(not_implemented());
    };
    ops::compare(op, tuple::new(&vals), other)
}

fn nt_eq(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 0)
}
fn nt_ne(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 1)
}
fn nt_lt(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 2)
}
fn nt_le(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 3)
}
fn nt_gt(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 4)
}
fn nt_ge(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 5)
}

fn nt_hash(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__hash__")?;
    Ok(int::from_i64(ops::hash(tuple::new(&vals))?))
}

/// The hash of a namedtuple instance whose class keeps the namedtuple `__hash__`: the
/// hash of the tuple of its fields, as CPython's (None for other values).
pub fn namedtuple_hash(v: Value) -> PyResult<Option<i64>> {
    if v.get::<InstanceObj>().is_none() {
        return Ok(None);
    }
    let cls = class::instance_class(v);
    if nt_fields(cls).is_none() {
        return Ok(None);
    }
    let own = cls
        .get::<ClassObj>()
        .and_then(|c| c.lookup(pystr::intern("__hash__")))
        .and_then(|f| f.get::<function::BuiltinObj>())
        .is_some_and(|b| b.func as usize == nt_hash as NativeFn as usize);
    if !own {
        return Ok(None);
    }
    let (_, vals) = nt_self(&[v], "__hash__")?;
    Ok(Some(ops::hash(tuple::new(&vals))?))
}

fn nt_len(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__len__")?;
    Ok(int::from_u64(vals.len() as u64))
}

fn nt_getitem(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__getitem__")?;
    item::getitem(tuple::new(&vals), args.get(1).copied().unwrap_or_else(none))
}

fn nt_iter(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__iter__")?;
    iter::iter(tuple::new(&vals))
}

fn nt_contains(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__contains__")?;
    Ok(bool_value(ops::contains(
        tuple::new(&vals),
        args.get(1).copied().unwrap_or_else(none),
    )?))
}

fn nt_add(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__add__")?;
    let Some(other) = args.get(1).copied().and_then(as_tuple) else {
        return Ok(not_implemented());
    };
    ops::binary(0, tuple::new(&vals), other)
}

fn nt_count(args: &[Value], kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "count")?;
    call::call_method(tuple::new(&vals), pystr::intern("count"), &args[1..], kw)
}

fn nt_index(args: &[Value], kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "index")?;
    call::call_method(tuple::new(&vals), pystr::intern("index"), &args[1..], kw)
}

fn nt_asdict(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_asdict", kw)?;
    let (o, vals) = nt_self(args, "_asdict")?;
    let fields = nt_fields(class::instance_class(o)).unwrap_or(&[]);
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for (f, v) in fields.iter().zip(vals) {
            dd.set(*f, v)?;
        }
    }
    Ok(d)
}

fn nt_replace(args: &[Value], kw: Kw) -> PyResult {
    let (o, mut vals) = nt_self(args, "_replace")?;
    let cls = class::instance_class(o);
    let fields = nt_fields(cls).unwrap_or(&[]);
    let mut unexpected = Vec::new();
    for (k, v) in kw.iter() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) => vals[i] = v,
            None => unexpected.push(format!("'{k}'")),
        }
    }
    if !unexpected.is_empty() {
        return value_error(format!(
            "Got unexpected field names: [{}]",
            unexpected.join(", ")
        ));
    }
    namedtuple_make(cls, &vals)
}

/// `P._make(iterable)` (bound to the class).
fn nt_make(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_make", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "_make() takes 2 positional arguments but {} were given",
            args.len()
        ));
    }
    let cls = args[0];
    let vals = iter::collect(args[1])?;
    let n = nt_fields(cls).map_or(0, |f| f.len());
    if vals.len() != n {
        return type_error(format!("Expected {n} arguments, got {}", vals.len()));
    }
    namedtuple_make(cls, &vals)
}

/// Namedtuple instances are immutable and have no other attributes (`__slots__ = ()`).
fn nt_setattr_impl(args: &[Value], deleting: bool) -> PyResult {
    let (o, _) = nt_self(args, "__setattr__")?;
    let name = args.get(1).copied().unwrap_or_else(none);
    let n = pystr::as_str(name).unwrap_or("?");
    let fields = nt_fields(class::instance_class(o)).unwrap_or(&[]);
    if fields.iter().any(|f| pystr::as_str(*f) == Some(n)) {
        let verb = if deleting { "delete" } else { "set" };
        return raise(ExcKind::AttributeError, &format!("can't {verb} attribute"));
    }
    if !deleting
        && class::instance_class(o).get::<ClassObj>().is_some_and(|c| {
            c.mro()
                .first()
                .and_then(|k| k.get::<ClassObj>())
                .is_some_and(|k| {
                    k.dict()
                        .get_str(pystr::intern("__closc_namedtuple"))
                        .is_none()
                })
        })
    {
        // A subclass without `__slots__` has an instance dict.
        attr::generic_setattr(o, name, args.get(2).copied().unwrap_or_else(none))?;
        return Ok(none());
    }
    class::no_attribute(o, n)
}

fn nt_setattr(args: &[Value], _kw: Kw) -> PyResult {
    nt_setattr_impl(args, false)
}

fn nt_delattr(args: &[Value], _kw: Kw) -> PyResult {
    nt_setattr_impl(args, true)
}

const NT_METHODS: &[(&str, NativeFn)] = &[
    ("__init__", nt_init),
    ("__setattr__", nt_setattr),
    ("__delattr__", nt_delattr),
    ("__repr__", nt_repr),
    ("__eq__", nt_eq),
    ("__ne__", nt_ne),
    ("__lt__", nt_lt),
    ("__le__", nt_le),
    ("__gt__", nt_gt),
    ("__ge__", nt_ge),
    ("__hash__", nt_hash),
    ("__len__", nt_len),
    ("__getitem__", nt_getitem),
    ("__iter__", nt_iter),
    ("__contains__", nt_contains),
    ("__add__", nt_add),
    ("count", nt_count),
    ("index", nt_index),
    ("_asdict", nt_asdict),
    ("_replace", nt_replace),
];

/// A namedtuple class `name` with these fields.
pub fn namedtuple_class(name: &str, module: &str, fields: &[&str]) -> Value {
    let fields: Vec<Value> = fields.iter().map(|f| pystr::new(f)).collect();
    build_namedtuple(name, module, &fields, dict::new())
}

fn build_namedtuple(name: &str, module: &str, fields: &[Value], defaults: Value) -> Value {
    let ns = dict::new();
    let nsd = ns.get::<DictObj>().expect("dict");
    let owner: &'static str = Box::leak(name.to_string().into_boxed_str());
    for &(m, f) in NT_METHODS {
        nsd.set(
            pystr::intern(m),
            function::new_method(m, f, Value::NULL, owner),
        )
        .expect("str keys hash");
    }
    let ft = tuple::new(fields);
    let _ = nsd.set(pystr::intern("_fields"), ft);
    let _ = nsd.set(pystr::intern("__match_args__"), ft);
    let _ = nsd.set(pystr::intern("_field_defaults"), defaults);
    let _ = nsd.set(pystr::intern("__closc_namedtuple"), bool_value(true));
    let _ = nsd.set(pystr::intern("__module__"), pystr::new(module));
    let _ = nsd.set(pystr::intern("__slots__"), tuple::empty());
    let cls = stdlib::new_program_class(name, types::class_of(TypeId::Tuple), ns);
    stdlib::class_set(
        cls,
        "_make",
        function::new_method("_make", nt_make, cls, ""),
    );
    cls
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn namedtuple(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python(
        "namedtuple",
        kw,
        &["typename", "field_names", "rename", "defaults", "module"],
    )?;
    let typename = args.first().copied().or(kw.get("typename"));
    let field_names = args.get(1).copied().or(kw.get("field_names"));
    let (Some(typename), Some(field_names)) = (typename, field_names) else {
        return type_error("namedtuple() missing required argument");
    };
    let rename = match kw.get("rename") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut names: Vec<String> = match pystr::as_str(field_names) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect(),
        None => {
            let mut out = Vec::new();
            for v in iter::collect(field_names)? {
                out.push(repr::str_string(v)?);
            }
            out
        }
    };
    let Some(tname) = pystr::as_str(typename) else {
        return type_error("typename must be a string");
    };
    if rename {
        let mut seen = std::collections::HashSet::new();
        for (i, n) in names.iter_mut().enumerate() {
            if !is_identifier(n)
                || KEYWORDS.contains(&n.as_str())
                || n.starts_with('_')
                || !seen.insert(n.clone())
            {
                *n = format!("_{i}");
            }
        }
    }
    for n in std::iter::once(tname).chain(names.iter().map(|s| s.as_str())) {
        if !is_identifier(n) {
            return value_error(format!(
                "Type names and field names must be valid identifiers: '{n}'"
            ));
        }
        if KEYWORDS.contains(&n) {
            return value_error(format!(
                "Type names and field names cannot be a keyword: '{n}'"
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for n in &names {
        if n.starts_with('_') && !rename {
            return value_error(format!(
                "Field names cannot start with an underscore: '{n}'"
            ));
        }
        if !seen.insert(n.clone()) {
            return value_error(format!("Encountered duplicate field name: '{n}'"));
        }
    }
    let fields: Vec<Value> = names.iter().map(|n| pystr::new(n)).collect();
    let defaults = dict::new();
    if let Some(dv) = kw.get("defaults").filter(|v| !v.is_none()) {
        let dvals = iter::collect(dv)?;
        if dvals.len() > fields.len() {
            return type_error("Got more default values than field names");
        }
        let dd = defaults.get::<DictObj>().expect("dict");
        let start = fields.len() - dvals.len();
        for (f, v) in fields[start..].iter().zip(dvals) {
            dd.set(*f, v)?;
        }
    }
    let module = match kw.get("module").filter(|v| !v.is_none()) {
        Some(m) => repr::str_string(m)?,
        None => "__main__".to_string(),
    };
    Ok(build_namedtuple(tname, &module, &fields, defaults))
}

// ---------------------------------------------------------------- deque

const DEQUE: &str = "collections.deque";

/// A deque keeps its items in a list from position `__closc_head` on: `popleft` (and an
/// append past `maxlen`) only advance the head, and the dead prefix is dropped once it is
/// half of the list, so both ends are amortised O(1).
fn deque_raw(args: &[Value], method: &str) -> PyResult<(Value, &'static ListObj, Option<usize>)> {
    let this = stdlib::this(args, DEQUE, method, "collections.deque")?;
    let l = stdlib::state(this, "__closc_items");
    let Some(l) = l.get::<ListObj>() else {
        return type_error("deque is not initialised");
    };
    let maxlen = stdlib::state(this, "maxlen");
    let maxlen = if maxlen.is_small() {
        Some(maxlen.small_value() as usize)
    } else {
        None
    };
    Ok((this, l, maxlen))
}

fn head(this: Value) -> usize {
    let h = stdlib::state(this, "__closc_head");
    if h.is_small() {
        h.small_value() as usize
    } else {
        0
    }
}

fn set_head(this: Value, h: usize) {
    stdlib::set(this, "__closc_head", Value::small(h as i64));
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
    let d = stdlib::instance(stdlib::class(DEQUE, make_deque));
    stdlib::set(d, "__closc_items", list::from_vec(items));
    stdlib::set(d, "maxlen", maxlen);
    d
}

fn deque_init(args: &[Value], kw: Kw) -> PyResult {
    let this = stdlib::this(args, DEQUE, "__init__", "collections.deque")?;
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
    stdlib::set(this, "__closc_items", list::new(&[]));
    stdlib::set(this, "maxlen", maxlen);
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
    let items = if stdlib::is(args[1], DEQUE) {
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
    Ok(new_deque_value(l.snapshot(), stdlib::state(this, "maxlen")))
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
    stdlib::new_class(
        "_deque_iterator",
        "collections",
        Value::NULL,
        &[
            ("__iter__", stdlib::iter_self),
            ("__next__", deque_iter_next),
        ],
    )
}

fn make_deque_rev_iter() -> Value {
    stdlib::new_class(
        "_deque_reverse_iterator",
        "collections",
        Value::NULL,
        &[
            ("__iter__", stdlib::iter_self),
            ("__next__", deque_rev_iter_next),
        ],
    )
}

/// An iterator over deque `d` (the number of items it still expects: CPython refuses to
/// go on once the deque has changed size).
fn new_deque_iter(d: Value, key: &'static str, make: fn() -> Value) -> PyResult {
    let (this, l, _) = deque_raw(&[d], "__iter__")?;
    let it = stdlib::instance(stdlib::class(key, make));
    stdlib::set(it, "__closc_deque", this);
    stdlib::set(it, "__closc_pos", Value::small(0));
    stdlib::set(
        it,
        "__closc_len",
        Value::small((l.len() - head(this)) as i64),
    );
    Ok(it)
}

fn deque_iter_step(args: &[Value], key: &'static str, reverse: bool) -> PyResult {
    let it = stdlib::this(args, key, "__next__", key)?;
    let d = stdlib::state(it, "__closc_deque");
    let (_, l, _) = deque_raw(&[d], "__next__")?;
    let h = head(d);
    let live = l.len() - h;
    let expected = stdlib::state(it, "__closc_len").small_value() as usize;
    let pos = stdlib::state(it, "__closc_pos").small_value() as usize;
    if live != expected {
        stdlib::set(it, "__closc_pos", Value::small(expected as i64));
        return raise(ExcKind::RuntimeError, "deque mutated during iteration");
    }
    if pos >= live {
        return stdlib::stop();
    }
    stdlib::set(it, "__closc_pos", Value::small(pos as i64 + 1));
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
        stdlib::state(this, "__closc_items"),
        args.get(1).copied().unwrap_or_else(none),
    )?))
}

fn deque_compare(args: &[Value], op: u32) -> PyResult {
    let (this, _, _) = deque_parts(args, "__eq__")?;
    match args.get(1) {
        Some(&o) if stdlib::is(o, DEQUE) => ops::compare(
            op,
            stdlib::state(this, "__closc_items"),
            stdlib::state(o, "__closc_items"),
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
        Some(&o) if stdlib::is(o, DEQUE) => {
            let mut items = l.snapshot();
            items.extend(deque_parts(&args[1..], "__add__")?.1.snapshot());
            let d = new_deque_value(Vec::new(), stdlib::state(this, "maxlen"));
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
        new_deque_value(Vec::new(), stdlib::state(this, "maxlen"))
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
    let items = repr::repr_string(stdlib::state(this, "__closc_items"))?;
    Ok(pystr::new(&match max {
        Some(m) => format!("{}({items}, maxlen={m})", types::type_name(this)),
        None => format!("{}({items})", types::type_name(this)),
    }))
}

fn make_deque() -> Value {
    let cls = stdlib::new_class(
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
    stdlib::class_set(cls, "__hash__", none());
    cls
}

// ---------------------------------------------------------------- dict subclasses

const DEFAULTDICT: &str = "collections.defaultdict";
const COUNTER: &str = "collections.Counter";
const ORDEREDDICT: &str = "collections.OrderedDict";

/// The receiver of a method of a dict subclass, and the dict holding its items.
fn dl(args: &[Value], method: &str) -> PyResult<(Value, &'static DictObj)> {
    if let Some(&o) = args.first() {
        if stdlib::is(o, DEFAULTDICT) || stdlib::is(o, COUNTER) || stdlib::is(o, ORDEREDDICT) {
            if let Some(d) = stdlib::state(o, "__closc_dict").get::<DictObj>() {
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
    stdlib::state(o, "__closc_dict")
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
    if stdlib::is(o, ORDEREDDICT) {
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
    let n = stdlib::instance(class::instance_class(o));
    for (k, v) in class::own_attrs(o) {
        class::store_own_attr(n, k, v)?;
    }
    stdlib::set(n, "__closc_dict", d.copy());
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
    if stdlib::is(o, COUNTER) {
        return Ok(Value::small(0));
    }
    let f = stdlib::state(o, "default_factory");
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
    if stdlib::is(o, COUNTER) && stdlib::is(other, COUNTER) {
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
    let ordered = stdlib::is(o, ORDEREDDICT) && stdlib::is(other, ORDEREDDICT);
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
    if stdlib::is(o, COUNTER) {
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
    let cls = stdlib::new_class(name, "collections", types::class_of(TypeId::Dict), &methods);
    stdlib::class_set(cls, "__hash__", none());
    cls
}

/// Sets up a new dict-subclass instance (the items dict).
fn dl_start(o: Value) {
    if stdlib::get(o, "__closc_dict").is_none() {
        stdlib::set(o, "__closc_dict", dict::new());
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
    let this = stdlib::this(args, DEFAULTDICT, "__init__", "collections.defaultdict")?;
    dl_start(this);
    let factory = args.get(1).copied().unwrap_or_else(none);
    if !factory.is_none() && !crate::modules::builtins::is_callable(factory) {
        return type_error("first argument must be callable or None");
    }
    stdlib::set(this, "default_factory", factory);
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
    let f = repr::repr_string(stdlib::state(o, "default_factory"))?;
    let d = repr::repr_string(inner(o))?;
    Ok(pystr::new(&format!("{}({f}, {d})", types::type_name(o))))
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
    stdlib::class_set(
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
    let this = stdlib::this(args, ORDEREDDICT, "__init__", "collections.OrderedDict")?;
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
        return Ok(pystr::new(&format!("{}()", types::type_name(args[0]))));
    }
    let pairs: Vec<Value> = d
        .items()
        .into_iter()
        .map(|(k, v)| tuple::new(&[k, v]))
        .collect();
    let l = repr::repr_string(list::from_vec(pairs))?;
    Ok(pystr::new(&format!("{}({l})", types::type_name(args[0]))))
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
    let this = stdlib::this(args, COUNTER, "__init__", "collections.Counter")?;
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
        return Ok(pystr::new(&format!("{}()", types::type_name(args[0]))));
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
        types::type_name(args[0]),
        parts.join(", ")
    )))
}

fn new_counter() -> PyResult<(Value, &'static DictObj)> {
    let c = stdlib::instance(stdlib::class(COUNTER, make_counter));
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
    if !stdlib::is(other, COUNTER) {
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
    stdlib::set(args[0], "__closc_dict", inner(r));
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
    if !stdlib::is(other, COUNTER) {
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

/// The entries of the `collections` module.
pub fn entries() -> Vec<(&'static str, Value)> {
    let _ = (exceptions::pending, Kind::Dict, RootedVec::new);
    vec![
        (
            "namedtuple",
            function::new_builtin("namedtuple", namedtuple),
        ),
        ("deque", stdlib::class(DEQUE, make_deque)),
        ("defaultdict", stdlib::class(DEFAULTDICT, make_defaultdict)),
        ("Counter", stdlib::class(COUNTER, make_counter)),
        ("OrderedDict", stdlib::class(ORDEREDDICT, make_ordereddict)),
    ]
}
