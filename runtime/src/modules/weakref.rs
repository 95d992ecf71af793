//! The `_weakref` module, the native half of `weakref` (whose Python half, `lib/weakref.py`,
//! adds the weak containers, `WeakMethod` and `finalize`): `ref` (`ReferenceType`),
//! `proxy` (`ProxyType`, `CallableProxyType`), `getweakrefcount` and `getweakrefs`.
//!
//! Weak references are instances of native classes; what each designates is kept in
//! `memory::weak`'s table, outside the heap, which the collector clears (and whose
//! callbacks it queues) when a referent dies. Each weak reference also holds its callback
//! in its own state, which keeps the callback alive exactly as long as the weak reference.

use super::builtin;
use crate::memory::weak;
use crate::objects::class::{self, ClassObj, Layout};
use crate::objects::exceptions::{raise, type_error, ExcKind};
use crate::objects::function;
use crate::objects::int;
use crate::objects::list;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{bool_value, none, not_implemented, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

const REF: &str = "weakref.ReferenceType";
const PROXY: &str = "weakref.ProxyType";
const CALLABLE_PROXY: &str = "weakref.CallableProxyType";

/// The state key holding a weak reference's callback, which keeps it alive.
const CALLBACK: &str = "__closc_callback";
/// The state key caching a reference's hash (its referent's, taken while it lived).
const HASH: &str = "__closc_hash";

pub fn entries() -> Vec<(&'static str, Value)> {
    let reference = ref_class();
    vec![
        ("ref", reference),
        ("ReferenceType", reference),
        ("ProxyType", proxy_class()),
        ("CallableProxyType", callable_proxy_class()),
        builtin("proxy", proxy),
        builtin("getweakrefcount", getweakrefcount),
        builtin("getweakrefs", getweakrefs),
    ]
}

/// True if `obj` can be weakly referenced, as in CPython: instances of classes whose
/// instances have a `__weakref__` slot (program classes without `__slots__`, subclasses of
/// most builtin types), classes, functions, methods, sets, generators, modules, files, ...;
/// not ints, strs, tuples, lists, dicts, None, `object()`, ...
fn weakly_referenceable(obj: Value) -> bool {
    if !obj.is_object() {
        return false;
    }
    match obj.kind() {
        Kind::Instance | Kind::Exception => class::instance_class(obj)
            .get::<ClassObj>()
            .is_some_and(|c| c.instance_weakref.get()),
        Kind::Class
        | Kind::Function
        | Kind::Builtin
        | Kind::BoundMethod
        | Kind::Generator
        | Kind::Code
        | Kind::Module
        | Kind::File
        | Kind::MemoryView
        | Kind::Set
        | Kind::FrozenSet => true,
        _ => false,
    }
}

fn check_referenceable(obj: Value) -> PyResult<()> {
    if weakly_referenceable(obj) {
        return Ok(());
    }
    type_error(format!(
        "cannot create weak reference to '{}' object",
        qualified_type_name(obj)
    ))
}

/// CPython's `tp_name` of `type(v)`: `collections.deque` for a class of a library module.
fn qualified_type_name(v: Value) -> String {
    let cls = types::type_of(v);
    match cls.get::<ClassObj>() {
        Some(c) => match class::stdlib_module(c) {
            Some(m) if m != "builtins" => format!("{m}.{}", c.name_str()),
            _ => c.name_str().to_string(),
        },
        None => types::type_name(v).to_string(),
    }
}

/// True for a weak reference or proxy (of a subclass too).
fn is_weak_reference(v: Value) -> bool {
    native_class::is(v, REF) || native_class::is(v, PROXY) || native_class::is(v, CALLABLE_PROXY)
}

/// True for the weak references CPython shares: a `ref` or proxy of the exact type,
/// without a callback (`ref(x) is ref(x)`).
fn is_basic(w: Value) -> bool {
    let cls = class::instance_class(w);
    let exact = cls == ref_class() || cls == proxy_class() || cls == callable_proxy_class();
    exact && weak::callback(w).is_some_and(|c| c.is_null())
}

/// Makes a weak reference of class `cls` to `obj`, or returns the basic one it already
/// has; `callback` is null for none. The list of `obj`'s weak references keeps CPython's
/// order: the basic reference, then the basic proxy, then the others, newest first.
fn new_weak_reference(cls: Value, obj: Value, callback: Value, is_ref: bool) -> Value {
    let existing = weak::weakrefs_to(obj);
    let basic = callback.is_null() && is_basic_class(cls, is_ref);
    if basic {
        if let Some(&w) = existing
            .iter()
            .find(|&&w| is_basic(w) && native_class::is(w, REF) == is_ref)
        {
            return w;
        }
    }
    let w = class::new_instance(cls);
    if !callback.is_null() {
        native_class::set(w, CALLBACK, callback);
    }
    let basics = existing.iter().take_while(|&&w| is_basic(w)).count();
    let index = match (basic, is_ref) {
        (true, true) => 0,
        (true, false) => usize::from(existing.first().is_some_and(|&w| native_class::is(w, REF))),
        (false, _) => basics,
    };
    weak::register(w, obj, callback, index);
    w
}

fn is_basic_class(cls: Value, is_ref: bool) -> bool {
    if is_ref {
        cls == ref_class()
    } else {
        cls == proxy_class() || cls == callable_proxy_class()
    }
}

// ref

fn ref_class() -> Value {
    native_class::class(REF, make_ref_class)
}

fn make_ref_class() -> Value {
    let cls = native_class::new_class(
        "ReferenceType",
        "weakref",
        Value::NULL,
        &[
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
    native_class::class_set(
        cls,
        "__new__",
        function::new_method("__new__", ref_new, Value::NULL, "ReferenceType"),
    );
    let getter = function::new_builtin("__callback__", callback_of);
    let property = function::new_property(getter, Value::NULL, Value::NULL, none())
        .expect("a property without doc");
    native_class::class_set(cls, "__callback__", property);
    if let Some(c) = cls.get::<ClassObj>() {
        c.instance_weakref.set(false);
    }
    cls
}

/// `ref.__new__(cls, obj, callback=None)`.
fn ref_new(args: &[Value], kw: Kw) -> PyResult {
    let Some((&cls, rest)) = args.split_first() else {
        return type_error("ReferenceType.__new__(): not enough arguments");
    };
    if cls == ref_class() {
        args::no_kw("ref", kw)?;
    }
    args::count("__new__", rest, 1, 2)?;
    let obj = rest[0];
    check_referenceable(obj)?;
    let callback = match rest.get(1) {
        Some(c) if !c.is_none() => *c,
        _ => Value::NULL,
    };
    Ok(new_weak_reference(cls, obj, callback, true))
}

/// `ref.__init__(obj, callback=None)`: `__new__` did the work.
fn ref_init(args: &[Value], kw: Kw) -> PyResult {
    native_class::this(args, REF, "__init__", "weakref.ReferenceType")?;
    args::no_kw("ref", kw)?;
    args::count("__init__", &args[1..], 1, 2)?;
    Ok(none())
}

/// `r()`: the referent, or None once it died.
fn ref_call(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, REF, "__call__", "weakref.ReferenceType")?;
    args::no_kw("weakref", kw)?;
    args::count("weakref", &args[1..], 0, 0)?;
    Ok(weak::referent(this).unwrap_or_else(none))
}

/// `__callback__`: the callback, None without one or once the referent died.
fn callback_of(args: &[Value], _kw: Kw) -> PyResult {
    let this = args.first().copied().unwrap_or_else(none);
    Ok(match weak::callback(this) {
        Some(c) if !c.is_null() => c,
        _ => none(),
    })
}

/// The referent's hash, computed once (so it survives the referent).
fn ref_hash(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, REF, "__hash__", "weakref.ReferenceType")?;
    if let Some(h) = native_class::get(this, HASH) {
        return Ok(h);
    }
    let Some(obj) = weak::referent(this) else {
        return type_error("weak object has gone away");
    };
    let h = int::from_i64(ops::hash(obj)?);
    native_class::set(this, HASH, h);
    Ok(h)
}

/// `r1 == r2`: the referents compared while both live, identity once either died.
fn ref_compare(args: &[Value], equal: bool) -> PyResult {
    let (this, other) = (args[0], args.get(1).copied().unwrap_or_else(none));
    if !is_weak_reference(other) {
        return Ok(not_implemented());
    }
    match (weak::referent(this), weak::referent(other)) {
        (Some(a), Some(b)) => ops::rich_compare(if equal { 0 } else { 1 }, a, b),
        _ => Ok(bool_value((this == other) == equal)),
    }
}

fn ref_eq(args: &[Value], _kw: Kw) -> PyResult {
    native_class::this(args, REF, "__eq__", "weakref.ReferenceType")?;
    ref_compare(args, true)
}

fn ref_ne(args: &[Value], _kw: Kw) -> PyResult {
    native_class::this(args, REF, "__ne__", "weakref.ReferenceType")?;
    ref_compare(args, false)
}

/// `<weakref at 0x...; to 'A' at 0x...>`, with the referent's `__name__` when its type
/// defines one (classes, functions), or `; dead>`.
fn ref_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, REF, "__repr__", "weakref.ReferenceType")?;
    let text = match weak::referent(this) {
        None => format!("<weakref at {:#x}; dead>", this.0),
        Some(obj) => {
            let target = format!("'{}' at {:#x}", qualified_type_name(obj), obj.0);
            match name_of(obj)? {
                Some(name) => format!("<weakref at {:#x}; to {target} ({name})>", this.0),
                None => format!("<weakref at {:#x}; to {target}>", this.0),
            }
        }
    };
    Ok(pystr::new(&text))
}

/// The `__name__` CPython shows in a weak reference's repr: one its type defines (classes,
/// functions, generators, or a class attribute of a program's class).
fn name_of(obj: Value) -> PyResult<Option<String>> {
    let key = pystr::intern("__name__");
    let typed = match obj.kind() {
        Kind::Class | Kind::Function | Kind::Builtin | Kind::Generator => true,
        Kind::Instance | Kind::Exception => class::instance_class(obj)
            .get::<ClassObj>()
            .is_some_and(|c| c.layout == Layout::Object && c.lookup_user(key).is_some()),
        _ => false,
    };
    if !typed {
        return Ok(None);
    }
    let name = attr::getattr_opt(obj, key)?;
    Ok(name.and_then(|n| pystr::as_str(n).map(str::to_string)))
}

// proxy

fn proxy_class() -> Value {
    native_class::class(PROXY, || make_proxy_class("ProxyType", false))
}

fn callable_proxy_class() -> Value {
    native_class::class(CALLABLE_PROXY, || {
        make_proxy_class("CallableProxyType", true)
    })
}

/// The operations a proxy forwards to its referent.
const PROXY_METHODS: &[(&str, function::NativeFn)] = &[
    ("__getattribute__", proxy_getattribute),
    ("__setattr__", proxy_setattr),
    ("__delattr__", proxy_delattr),
    ("__hash__", proxy_hash),
    ("__repr__", proxy_repr),
    ("__str__", proxy_str),
    ("__bool__", proxy_bool),
    ("__len__", proxy_len),
    ("__iter__", proxy_iter),
    ("__next__", proxy_next),
    ("__contains__", proxy_contains),
    ("__getitem__", proxy_getitem),
    ("__setitem__", proxy_setitem),
    ("__delitem__", proxy_delitem),
    ("__eq__", proxy_eq),
    ("__ne__", proxy_ne),
    ("__lt__", proxy_lt),
    ("__le__", proxy_le),
    ("__gt__", proxy_gt),
    ("__ge__", proxy_ge),
    ("__add__", proxy_add),
    ("__sub__", proxy_sub),
    ("__mul__", proxy_mul),
    ("__truediv__", proxy_truediv),
    ("__floordiv__", proxy_floordiv),
    ("__mod__", proxy_mod),
    ("__neg__", proxy_neg),
];

fn make_proxy_class(name: &'static str, callable: bool) -> Value {
    let cls = native_class::new_class(name, "weakref", Value::NULL, PROXY_METHODS);
    if callable {
        native_class::class_set(
            cls,
            "__call__",
            function::new_method("__call__", proxy_call, Value::NULL, name),
        );
    }
    if let Some(c) = cls.get::<ClassObj>() {
        c.instance_weakref.set(false);
    }
    cls
}

/// `proxy(obj, callback=None)`: a `CallableProxyType` for a callable referent.
fn proxy(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("proxy", kw)?;
    args::count("proxy", args, 1, 2)?;
    let obj = args[0];
    check_referenceable(obj)?;
    let callback = match args.get(1) {
        Some(c) if !c.is_none() => *c,
        _ => Value::NULL,
    };
    let cls = if call::is_callable(obj) {
        callable_proxy_class()
    } else {
        proxy_class()
    };
    Ok(new_weak_reference(cls, obj, callback, false))
}

/// The live referent of the proxy `args[0]`, or `ReferenceError`.
fn referent_of_proxy(args: &[Value]) -> PyResult<Value> {
    let this = args.first().copied().unwrap_or_else(none);
    match weak::referent(this) {
        Some(obj) => Ok(obj),
        None => raise(
            ExcKind::ReferenceError,
            "weakly-referenced object no longer exists",
        ),
    }
}

/// The argument of a binary operation on a proxy, itself unwrapped if a proxy.
fn operand(args: &[Value]) -> PyResult<Value> {
    let v = args.get(1).copied().unwrap_or_else(none);
    if native_class::is(v, PROXY) || native_class::is(v, CALLABLE_PROXY) {
        referent_of_proxy(&[v])
    } else {
        Ok(v)
    }
}

fn proxy_getattribute(args: &[Value], _kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    attr::getattr(obj, args.get(1).copied().unwrap_or_else(none))
}

fn proxy_setattr(args: &[Value], _kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    attr::setattr(obj, args[1], args[2])?;
    Ok(none())
}

fn proxy_delattr(args: &[Value], _kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    attr::delattr(obj, args[1])?;
    Ok(none())
}

/// `<weakproxy at 0x... to A at 0x...>`; once the referent died, CPython shows None's
/// type and address.
fn proxy_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = args[0];
    let obj = weak::referent(this).unwrap_or_else(none);
    Ok(pystr::new(&format!(
        "<weakproxy at {:#x} to {} at {:#x}>",
        this.0,
        qualified_type_name(obj),
        obj.0
    )))
}

/// Proxies are unhashable, whatever their referent.
fn proxy_hash(args: &[Value], _kw: Kw) -> PyResult {
    type_error(format!(
        "unhashable type: '{}'",
        qualified_type_name(args[0])
    ))
}

fn proxy_str(args: &[Value], _kw: Kw) -> PyResult {
    repr::str(referent_of_proxy(args)?)
}

fn proxy_bool(args: &[Value], _kw: Kw) -> PyResult {
    Ok(bool_value(ops::truthy(referent_of_proxy(args)?)?))
}

fn proxy_len(args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_i64(ops::len(referent_of_proxy(args)?)? as i64))
}

fn proxy_iter(args: &[Value], _kw: Kw) -> PyResult {
    iter::iter(referent_of_proxy(args)?)
}

fn proxy_next(args: &[Value], _kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    match iter::next(obj)? {
        Some(v) => Ok(v),
        None => native_class::stop(),
    }
}

fn proxy_contains(args: &[Value], _kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    Ok(bool_value(ops::contains(obj, operand(args)?)?))
}

fn proxy_getitem(args: &[Value], _kw: Kw) -> PyResult {
    item::getitem(referent_of_proxy(args)?, args[1])
}

fn proxy_setitem(args: &[Value], _kw: Kw) -> PyResult {
    item::setitem(referent_of_proxy(args)?, args[1], args[2])?;
    Ok(none())
}

fn proxy_delitem(args: &[Value], _kw: Kw) -> PyResult {
    item::delitem(referent_of_proxy(args)?, args[1])?;
    Ok(none())
}

fn proxy_call(args: &[Value], kw: Kw) -> PyResult {
    let obj = referent_of_proxy(args)?;
    call::call_rooted(obj, &args[1..], kw)
}

/// Defines proxy methods that apply an operation of `ops` to the unwrapped operands
/// (comparisons and binary operators by `ops`' numbers: `==` 0, `!=` 1, ...; `+` 0, `-` 1,
/// `*` 2, `/` 3, `//` 4, `%` 5).
macro_rules! forward {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(args: &[Value], _kw: Kw) -> PyResult {
                let obj = referent_of_proxy(args)?;
                let other = operand(args)?;
                $op(obj, other)
            }
        )*
    };
}

forward! {
    proxy_eq => |a, b| ops::rich_compare(0, a, b);
    proxy_ne => |a, b| ops::rich_compare(1, a, b);
    proxy_lt => |a, b| ops::rich_compare(2, a, b);
    proxy_le => |a, b| ops::rich_compare(3, a, b);
    proxy_gt => |a, b| ops::rich_compare(4, a, b);
    proxy_ge => |a, b| ops::rich_compare(5, a, b);
    proxy_add => |a, b| ops::binary(0, a, b);
    proxy_sub => |a, b| ops::binary(1, a, b);
    proxy_mul => |a, b| ops::binary(2, a, b);
    proxy_truediv => |a, b| ops::binary(3, a, b);
    proxy_floordiv => |a, b| ops::binary(4, a, b);
    proxy_mod => |a, b| ops::binary(5, a, b);
}

/// `-proxy` (`ops::unary`'s operator 0).
fn proxy_neg(args: &[Value], _kw: Kw) -> PyResult {
    ops::unary(0, referent_of_proxy(args)?)
}

// functions

/// `getweakrefcount(obj)`: how many weak references and proxies `obj` has.
fn getweakrefcount(args: &[Value], kw: Kw) -> PyResult {
    let obj = args::one("getweakrefcount", args, kw)?;
    Ok(int::from_i64(weak::weakrefs_to(obj).len() as i64))
}

/// `getweakrefs(obj)`: its weak references and proxies, in CPython's order.
fn getweakrefs(args: &[Value], kw: Kw) -> PyResult {
    let obj = args::one("getweakrefs", args, kw)?;
    Ok(list::new(&weak::weakrefs_to(obj)))
}
