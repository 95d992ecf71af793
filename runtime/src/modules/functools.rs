//! The `_functools` module, the native half of `functools` (whose Python half,
//! `lib/functools.py`, re-exports these and adds `partialmethod` and `singledispatch`):
//! `reduce`, `partial`, `wraps` / `update_wrapper`, `lru_cache` / `cache`, `cmp_to_key`,
//! `total_ordering`, `cached_property`.

use crate::memory::gc::RootedVec;
use crate::objects::class::{self, ClassObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, type_error, ExcKind};
use crate::objects::function::{self, BuiltinObj, NativeFn};
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, not_implemented, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

fn reduce(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("reduce", kw)?;
    if args.len() < 2 {
        return type_error(format!(
            "reduce expected at least 2 arguments, got {}",
            args.len()
        ));
    }
    if args.len() > 3 {
        return type_error(format!(
            "reduce expected at most 3 arguments, got {}",
            args.len()
        ));
    }
    let func = args[0];
    let it = match iter::iter(args[1]) {
        Ok(it) => it,
        Err(e) => {
            if exceptions::pending_matches(ExcKind::TypeError) {
                exceptions::take_pending();
                return type_error("reduce() arg 2 must support iteration");
            }
            return Err(e);
        }
    };
    let mut acc = args.get(2).copied().unwrap_or(Value::NULL);
    while let Some(x) = iter::next_rooted(it)? {
        if acc.is_null() {
            acc = x;
        } else {
            acc = call::call_rooted(func, &[acc, x], Kw::NONE)?;
        }
    }
    if acc.is_null() {
        return type_error("reduce() of empty iterable with no initial value");
    }
    Ok(acc)
}

// partial

const PARTIAL: &str = "functools.partial";

fn partial_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, PARTIAL, "__init__", "partial")?;
    if args.len() < 2 {
        return type_error("type 'partial' takes at least one argument");
    }
    let mut func = args[1];
    if !call::is_callable(func) {
        return type_error("the first argument must be callable");
    }
    let mut pargs: Vec<Value> = Vec::new();
    let keywords = dict::new();
    let kd = keywords.get::<DictObj>().expect("dict");
    if native_class::is(func, PARTIAL) {
        pargs.extend_from_slice(tuple::items(native_class::state(func, "args")).unwrap_or(&[]));
        if let Some(d) = native_class::state(func, "keywords").get::<DictObj>() {
            for (k, v) in d.items() {
                kd.set(k, v)?;
            }
        }
        func = native_class::state(func, "func");
    }
    pargs.extend_from_slice(&args[2..]);
    for (k, v) in kw.names.iter().zip(kw.values) {
        kd.set(*k, *v)?;
    }
    native_class::set(this, "func", func);
    native_class::set(this, "args", tuple::new(&pargs));
    native_class::set(this, "keywords", keywords);
    Ok(none())
}

fn partial_call(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, PARTIAL, "__call__", "partial")?;
    let func = native_class::state(this, "func");
    let stored = tuple::items(native_class::state(this, "args")).unwrap_or(&[]);
    let no_keywords = native_class::state(this, "keywords")
        .get::<DictObj>()
        .is_none_or(|d| d.len() == 0);
    const N: usize = 8;
    if no_keywords && stored.len() + args.len() <= N {
        // The common case, without allocating: the arguments on the native stack, which
        // the collector scans.
        let mut buffer = [Value::NULL; N];
        let n = stored.len() + args.len() - 1;
        buffer[..stored.len()].copy_from_slice(stored);
        buffer[stored.len()..n].copy_from_slice(&args[1..]);
        return call::call_rooted(func, &buffer[..n], kw);
    }
    let mut full = RootedVec::from_vec(
        tuple::items(native_class::state(this, "args"))
            .unwrap_or(&[])
            .to_vec(),
    );
    full.extend_from_slice(&args[1..]);
    let mut names = RootedVec::new();
    let mut values = RootedVec::new();
    if let Some(d) = native_class::state(this, "keywords").get::<DictObj>() {
        for (k, v) in d.items() {
            if !kw
                .names
                .iter()
                .any(|n| pystr::as_str(*n) == pystr::as_str(k))
            {
                names.push(k);
                values.push(v);
            }
        }
    }
    names.extend_from_slice(kw.names);
    values.extend_from_slice(kw.values);
    call::call_rooted(
        func,
        &full,
        Kw {
            names: &names,
            values: &values,
        },
    )
}

fn partial_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, PARTIAL, "__repr__", "partial")?;
    let mut parts = vec![repr::repr_string(native_class::state(this, "func"))?];
    for &a in tuple::items(native_class::state(this, "args")).unwrap_or(&[]) {
        parts.push(repr::repr_string(a)?);
    }
    if let Some(d) = native_class::state(this, "keywords").get::<DictObj>() {
        for (k, v) in d.items() {
            parts.push(format!(
                "{}={}",
                pystr::as_str(k).unwrap_or("?"),
                repr::repr_string(v)?
            ));
        }
    }
    Ok(pystr::new(&format!(
        "functools.partial({})",
        parts.join(", ")
    )))
}

fn make_partial() -> Value {
    native_class::new_class(
        "partial",
        "functools",
        Value::NULL,
        &[
            ("__init__", partial_init),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
        ],
    )
}

// wraps / update_wrapper

const ASSIGNED: [&str; 4] = ["__module__", "__name__", "__qualname__", "__doc__"];

fn do_update_wrapper(wrapper: Value, wrapped: Value) -> PyResult {
    for a in ASSIGNED {
        if let Some(v) = attr::getattr_opt(wrapped, pystr::intern(a))? {
            attr::setattr(wrapper, pystr::intern(a), v)?;
        }
    }
    if let Some(d) = attr::getattr_opt(wrapped, pystr::intern("__dict__"))? {
        if let Some(d) = d.get::<DictObj>() {
            for (k, v) in d.items() {
                attr::setattr(wrapper, k, v)?;
            }
        }
    }
    attr::setattr(wrapper, pystr::intern("__wrapped__"), wrapped)?;
    Ok(wrapper)
}

fn update_wrapper(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python("update_wrapper", kw, &["wrapper", "wrapped"])?;
    let wrapper = args.first().copied().or(kw.get("wrapper"));
    let wrapped = args.get(1).copied().or(kw.get("wrapped"));
    match (wrapper, wrapped) {
        (Some(a), Some(b)) => do_update_wrapper(a, b),
        _ => type_error(
            "update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'",
        ),
    }
}

/// The decorator `wraps(wrapped)` returns (bound to `wrapped`).
fn wraps_apply(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("update_wrapper", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "update_wrapper() takes 1 positional argument but {} were given",
            args.len() - 1
        ));
    }
    do_update_wrapper(args[1], args[0])
}

fn wraps(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python("wraps", kw, &["wrapped"])?;
    let Some(wrapped) = args.first().copied().or(kw.get("wrapped")) else {
        return type_error("wraps() missing 1 required positional argument: 'wrapped'");
    };
    Ok(function::new_method("wraps", wraps_apply, wrapped, ""))
}

// lru_cache / cache

const LRU: &str = "functools._lru_cache_wrapper";
const CACHE_INFO: &str = "functools.CacheInfo";

fn make_cache_info() -> Value {
    crate::modules::collections::namedtuple_class(
        "CacheInfo",
        "functools",
        &["hits", "misses", "maxsize", "currsize"],
    )
}

fn make_lru() -> Value {
    native_class::new_class(
        "_lru_cache_wrapper",
        "functools",
        Value::NULL,
        &[
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("cache_info", lru_cache_info),
            ("cache_clear", lru_cache_clear),
        ],
    )
}

/// A wrapper caching `func`'s results; `maxsize` None or a non-negative int.
fn new_lru(func: Value, maxsize: Value) -> PyResult {
    let w = native_class::instance(native_class::class(LRU, make_lru));
    native_class::set(w, "__closc_func", func);
    native_class::set(w, "__closc_maxsize", maxsize);
    native_class::set(w, "__closc_cache", dict::new());
    native_class::set(w, "__closc_hits", Value::small(0));
    native_class::set(w, "__closc_misses", Value::small(0));
    do_update_wrapper(w, func)
}

/// `wrapper.__get__(instance, owner)`: a method bound to the instance, as for functions.
fn lru_get(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, LRU, "__get__", "functools._lru_cache_wrapper")?;
    match args.get(1).filter(|o| !o.is_none()) {
        Some(&obj) => Ok(function::new_bound(this, obj)),
        None => Ok(this),
    }
}

fn bump(o: Value, key: &'static str) {
    let n = native_class::state(o, key);
    let n = if n.is_small() { n.small_value() } else { 0 };
    native_class::set(o, key, int::from_i64(n + 1));
}

fn lru_call(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, LRU, "__call__", "functools._lru_cache_wrapper")?;
    let func = native_class::state(this, "__closc_func");
    let maxsize = native_class::state(this, "__closc_maxsize");
    let rest = &args[1..];
    if maxsize == Value::small(0) {
        bump(this, "__closc_misses");
        return call::call_rooted(func, rest, kw);
    }
    let key = if kw.is_empty() {
        if rest.len() == 1 && (rest[0].is_small() || pystr::as_str(rest[0]).is_some()) {
            rest[0]
        } else {
            tuple::new(rest)
        }
    } else {
        let mut k = rest.to_vec();
        k.push(native_class::class(LRU, make_lru));
        for (n, v) in kw.names.iter().zip(kw.values) {
            k.push(*n);
            k.push(*v);
        }
        tuple::new(&k)
    };
    let cache = native_class::state(this, "__closc_cache");
    let Some(cd) = cache.get::<DictObj>() else {
        return type_error("bad cache");
    };
    if let Some(v) = cd.get(key)? {
        bump(this, "__closc_hits");
        if !maxsize.is_none() {
            cd.remove(key)?;
            cd.set(key, v)?;
        }
        return Ok(v);
    }
    bump(this, "__closc_misses");
    let v = call::call_rooted(func, rest, kw)?;
    let cache = native_class::state(this, "__closc_cache");
    let Some(cd) = cache.get::<DictObj>() else {
        return type_error("bad cache");
    };
    if cd.get(key)?.is_some() {
        return Ok(v);
    }
    cd.set(key, v)?;
    if let Some(max) = int::as_int(maxsize).and_then(|m| m.to_i64()) {
        while cd.len() as i64 > max {
            let first = cd.table.borrow().live().next().map(|e| e.key);
            match first {
                Some(k) => {
                    cd.remove(k)?;
                }
                None => break,
            }
        }
    }
    Ok(v)
}

fn lru_cache_info(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, LRU, "cache_info", "functools._lru_cache_wrapper")?;
    args::no_kw("cache_info", kw)?;
    let cls = native_class::class(CACHE_INFO, make_cache_info);
    let size = native_class::state(this, "__closc_cache")
        .get::<DictObj>()
        .map_or(0, |d| d.len());
    crate::modules::collections::namedtuple_make(
        cls,
        &[
            native_class::state(this, "__closc_hits"),
            native_class::state(this, "__closc_misses"),
            native_class::state(this, "__closc_maxsize"),
            int::from_u64(size as u64),
        ],
    )
}

fn lru_cache_clear(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, LRU, "cache_clear", "functools._lru_cache_wrapper")?;
    args::no_kw("cache_clear", kw)?;
    native_class::set(this, "__closc_cache", dict::new());
    native_class::set(this, "__closc_hits", Value::small(0));
    native_class::set(this, "__closc_misses", Value::small(0));
    Ok(none())
}

/// The decorator `lru_cache(maxsize)` returns (bound to the maxsize).
fn lru_decorator(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("decorating_function", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "decorating_function() takes 1 positional argument but {} were given",
            args.len() - 1
        ));
    }
    new_lru(args[1], args[0])
}

fn lru_cache(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python("lru_cache", kw, &["maxsize", "typed"])?;
    args::count("lru_cache", args, 0, 2)?;
    let maxsize = args
        .first()
        .copied()
        .or(kw.get("maxsize"))
        .unwrap_or(Value::small(128));
    if int::is_int(maxsize) && maxsize.kind() != crate::objects::value::Kind::Bool {
        let m = if int::as_int(maxsize).is_some_and(|i| i.is_negative()) {
            Value::small(0)
        } else {
            maxsize
        };
        return Ok(function::new_method("lru_cache", lru_decorator, m, ""));
    }
    if maxsize.is_none() {
        return Ok(function::new_method(
            "lru_cache",
            lru_decorator,
            maxsize,
            "",
        ));
    }
    if call::is_callable(maxsize) {
        return new_lru(maxsize, Value::small(128));
    }
    type_error("Expected first argument to be an integer, a callable, or None")
}

fn cache(args: &[Value], kw: Kw) -> PyResult {
    let f = args::one("cache", args, kw)?;
    new_lru(f, none())
}

// cmp_to_key

const KEY_WRAPPER: &str = "functools.KeyWrapper";

fn make_key_wrapper() -> Value {
    let cls = native_class::new_class(
        "KeyWrapper",
        "functools",
        Value::NULL,
        &[
            ("__lt__", key_lt),
            ("__le__", key_le),
            ("__gt__", key_gt),
            ("__ge__", key_ge),
            ("__eq__", key_eq),
            ("__ne__", key_ne),
            ("__call__", key_call),
        ],
    );
    native_class::class_set(cls, "__hash__", none());
    cls
}

fn key_compare(args: &[Value], op: u32, name: &str) -> PyResult {
    let this = native_class::this(args, KEY_WRAPPER, name, "functools.KeyWrapper")?;
    let Some(&other) = args.get(1) else {
        return type_error("expected 1 argument, got 0");
    };
    if !native_class::is(other, KEY_WRAPPER) {
        return type_error("other argument must be K instance");
    }
    let cmp = native_class::state(this, "__closc_cmp");
    let r = call::call(
        cmp,
        &[
            native_class::state(this, "obj"),
            native_class::state(other, "obj"),
        ],
        Kw::NONE,
    )?;
    ops::compare(op, r, Value::small(0))
}

fn key_eq(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 0, "__eq__")
}
fn key_ne(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 1, "__ne__")
}
fn key_lt(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 2, "__lt__")
}
fn key_le(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 3, "__le__")
}
fn key_gt(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 4, "__gt__")
}
fn key_ge(args: &[Value], _kw: Kw) -> PyResult {
    key_compare(args, 5, "__ge__")
}

fn key_call(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, KEY_WRAPPER, "__call__", "functools.KeyWrapper")?;
    if args.len() != 2 {
        return type_error(format!(
            "K() takes exactly 1 argument ({} given)",
            args.len() - 1
        ));
    }
    let k = native_class::instance(native_class::class(KEY_WRAPPER, make_key_wrapper));
    native_class::set(k, "__closc_cmp", native_class::state(this, "__closc_cmp"));
    native_class::set(k, "obj", args[1]);
    Ok(k)
}

fn cmp_to_key(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("cmp_to_key", kw, &["mycmp"])?;
    let Some(cmp) = args.first().copied().or(kw.get("mycmp")) else {
        return type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)");
    };
    let k = native_class::instance(native_class::class(KEY_WRAPPER, make_key_wrapper));
    native_class::set(k, "__closc_cmp", cmp);
    native_class::set(k, "obj", none());
    Ok(k)
}

// total_ordering

const ORDER_OPS: [&str; 4] = ["__lt__", "__le__", "__gt__", "__ge__"];

/// The root comparison `total_ordering` derives the others from, for instances of `cls`.
fn ordering_root(cls: Value) -> Option<(usize, Value)> {
    let c = cls.get::<ClassObj>()?;
    // CPython picks max(roots) by name: __lt__ > __le__ > __gt__ > __ge__, the order of
    // ORDER_OPS.
    for (i, n) in ORDER_OPS.iter().enumerate() {
        if let Some(f) = c.lookup_user(pystr::intern(n)) {
            if f.get::<BuiltinObj>()
                .is_none_or(|b| b.owner != "total_ordering")
            {
                return Some((i, f));
            }
        }
    }
    None
}

/// Derives comparison `want` (index in ORDER_OPS) from the class's root, as CPython's
/// `_gt_from_lt` and friends.
fn derived(args: &[Value], want: usize) -> PyResult {
    let (Some(&a), Some(&b)) = (args.first(), args.get(1)) else {
        return type_error("expected 1 argument");
    };
    let cls = class::instance_class(a);
    let Some((root, f)) = ordering_root(cls) else {
        return Ok(not_implemented());
    };
    let r = call::call_with_self(f, a, &[b], Kw::NONE)?;
    if r == not_implemented() {
        return Ok(r);
    }
    let t = ops::truthy(r)?;
    // (root, want) → result, following functools' table.
    let res = match (root, want) {
        // root __lt__
        (0, 2) => !t && !ops::eq(a, b)?, // gt: not (a < b) and a != b
        (0, 1) => t || ops::eq(a, b)?,   // le
        (0, 3) => !t,                    // ge
        // root __le__
        (1, 3) => !t || ops::eq(a, b)?, // ge: not (a <= b) or a == b
        (1, 0) => t && !ops::eq(a, b)?, // lt
        (1, 2) => !t,                   // gt
        // root __gt__
        (2, 0) => !t && !ops::eq(a, b)?, // lt
        (2, 3) => t || ops::eq(a, b)?,   // ge
        (2, 1) => !t,                    // le
        // root __ge__
        (3, 1) => !t || ops::eq(a, b)?, // le
        (3, 2) => t && !ops::eq(a, b)?, // gt
        (3, 0) => !t,                   // lt
        _ => return Ok(r),
    };
    Ok(bool_value(res))
}

fn derived_lt(args: &[Value], _kw: Kw) -> PyResult {
    derived(args, 0)
}
fn derived_le(args: &[Value], _kw: Kw) -> PyResult {
    derived(args, 1)
}
fn derived_gt(args: &[Value], _kw: Kw) -> PyResult {
    derived(args, 2)
}
fn derived_ge(args: &[Value], _kw: Kw) -> PyResult {
    derived(args, 3)
}

fn total_ordering(args: &[Value], kw: Kw) -> PyResult {
    let cls = args::one("total_ordering", args, kw)?;
    let Some(c) = cls.get::<ClassObj>() else {
        return type_error("total_ordering expects a class");
    };
    if ordering_root(cls).is_none() {
        return exceptions::value_error("must define at least one ordering operation: < > <= >=");
    }
    let fns: [NativeFn; 4] = [derived_lt, derived_le, derived_gt, derived_ge];
    for (i, n) in ORDER_OPS.iter().enumerate() {
        if c.lookup_user(pystr::intern(n)).is_none() {
            c.dict().set(
                pystr::intern(n),
                function::new_method(n, fns[i], Value::NULL, "total_ordering"),
            )?;
        }
    }
    class::namespace_changed(cls);
    Ok(cls)
}

// cached_property, and binding of the wrappers that are descriptors in CPython

const CACHED_PROPERTY: &str = "functools.cached_property";

fn cached_property_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, CACHED_PROPERTY, "__init__", "cached_property")?;
    args::no_kw("cached_property", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "cached_property.__init__() takes 2 positional arguments but {} were given",
            args.len()
        ));
    }
    native_class::set(this, "func", args[1]);
    native_class::set(
        this,
        "attrname",
        attr::getattr_opt(args[1], pystr::intern("__name__"))?.unwrap_or_else(none),
    );
    if let Some(doc) = attr::getattr_opt(args[1], pystr::intern("__doc__"))? {
        native_class::set(this, "__doc__", doc);
    }
    Ok(none())
}

fn make_cached_property() -> Value {
    native_class::new_class(
        "cached_property",
        "functools",
        Value::NULL,
        &[
            ("__init__", cached_property_init),
            ("__get__", cached_property_get),
        ],
    )
}

/// `cached_property.__get__(instance, owner)`: computes the value and stores it in the
/// instance's dict, where later lookups find it first.
fn cached_property_get(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, CACHED_PROPERTY, "__get__", "cached_property")?;
    let Some(&obj) = args.get(1).filter(|o| !o.is_none()) else {
        return Ok(this);
    };
    let v = call::call(native_class::state(this, "func"), &[obj], Kw::NONE)?;
    class::store_own_attr(obj, native_class::state(this, "attrname"), v)?;
    Ok(v)
}

/// The entries of the `functools` module.
pub fn entries() -> Vec<(&'static str, Value)> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("reduce", reduce),
        ("wraps", wraps),
        ("update_wrapper", update_wrapper),
        ("lru_cache", lru_cache),
        ("cache", cache),
        ("cmp_to_key", cmp_to_key),
        ("total_ordering", total_ordering),
    ];
    let mut out: Vec<(&'static str, Value)> =
        funcs.iter().map(|&(n, f)| super::builtin(n, f)).collect();
    out.push(("partial", native_class::class(PARTIAL, make_partial)));
    out.push((
        "cached_property",
        native_class::class(CACHED_PROPERTY, make_cached_property),
    ));
    out.push((
        "WRAPPER_ASSIGNMENTS",
        tuple::new(
            &[
                "__module__",
                "__name__",
                "__qualname__",
                "__annotations__",
                "__doc__",
            ]
            .map(pystr::new),
        ),
    ));
    let _ = types::type_name;
    out
}
