//! Native classes: classes the runtime defines (those of the library modules, and a few
//! builtin types such as `callable_iterator`) whose instances are plain `InstanceObj`s, so
//! the collector, attribute lookup, dunder dispatch and `type(x)` need nothing new. Their
//! behaviour is their namespace of native methods (`__iter__`, `__next__`, `__get__`,
//! `__hash__`, ...), which generic code reaches as it reaches a program's methods; their
//! state is kept in the instance dict under names starting with `__closc_`.

use crate::objects::class::{self, ClassObj, InstanceObj, Layout};
use crate::objects::dict::DictObj;
use crate::objects::exceptions::{raise_args, type_error, ExcKind};
use crate::objects::function::{self, NativeFn};
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{PyResult, Value};
use crate::protocols::call::Kw;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// Every class made by `class`, by key.
    static CLASSES: RefCell<HashMap<&'static str, Value, pystr::BuildAddrHasher>> =
        const { RefCell::new(HashMap::with_hasher(pystr::BuildAddrHasher)) };
}

/// The classes, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    CLASSES.with(|c| c.borrow().values().for_each(|&v| visit(v)));
}

/// A class of the standard library: `name` in module `module`, deriving from `base` (0:
/// object), with native methods (each receives the instance first).
pub fn new_class(
    name: &'static str,
    module: &str,
    base: Value,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    let base = if base.is_null() {
        types::class_of(types::TypeId::Object)
    } else {
        base
    };
    let cls = class::new_builtin(name, &[base], Layout::Object);
    if let Some(c) = cls.get::<ClassObj>() {
        let d = c.dict();
        for &(m, f) in methods {
            d.set(
                pystr::intern(m),
                function::new_method(m, f, Value::NULL, name),
            )
            .expect("str keys hash");
        }
        d.set(pystr::intern("__module__"), pystr::new(module))
            .expect("str keys hash");
        if module != "builtins" && !written_in_python_by_cpython(module, name) {
            c.type_name.set(pystr::new(&format!("{module}.{name}")));
        }
    }
    class::namespace_changed(cls);
    cls
}

/// Whether CPython defines class `name` of `module` in Python source, so that its messages
/// name it bare (`'Queue' object ...`) rather than by a C-level `module.name`.
fn written_in_python_by_cpython(module: &str, name: &str) -> bool {
    module == "io"
        || module.starts_with("asyncio.")
        || matches!(
            (module, name),
            ("functools", "cached_property") | ("collections", "Counter")
        )
}

/// The class registered under `key`, made by `make` on first use.
pub fn class(key: &'static str, make: fn() -> Value) -> Value {
    if let Some(c) = CLASSES.with(|c| c.borrow().get(key).copied()) {
        return c;
    }
    let c = make();
    CLASSES.with(|m| m.borrow_mut().insert(key, c));
    c
}

/// Puts `v` into the namespace of class `cls`.
pub fn class_set(cls: Value, name: &'static str, v: Value) {
    if let Some(c) = cls.get::<ClassObj>() {
        c.dict().set(pystr::intern(name), v).expect("str keys hash");
        class::namespace_changed(cls);
    }
}

/// A new instance of `cls` with an empty dict.
pub fn instance(cls: Value) -> Value {
    class::new_instance_with_dict(cls)
}

/// The attribute `key` stored in instance `o`, if set.
pub fn get(o: Value, key: &'static str) -> Option<Value> {
    class::own_attr(o, pystr::intern(key))
}

/// Sets the attribute `key` stored in instance `o`.
pub fn set(o: Value, key: &'static str, v: Value) {
    class::store_own_attr(o, pystr::intern(key), v).expect("str keys hash");
}

/// Removes the attribute `key` stored in instance `o`.
pub fn del(o: Value, key: &'static str) {
    let _ = class::remove_own_attr(o, pystr::intern(key));
}

/// The class registered under `key`, if made yet. A direct-mapped cache keyed by the
/// key's address answers the hot calls (`is` runs on every native method call); classes
/// are never unregistered, so an entry stays valid.
fn registered(key: &'static str) -> Option<Value> {
    const SIZE: usize = 16;
    thread_local! {
        static RECENT: [Cell<(usize, Value)>; SIZE] =
            const { [const { Cell::new((0, Value::NULL)) }; SIZE] };
    }
    let address = key.as_ptr() as usize;
    let slot = (address.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 60) % SIZE;
    let (cached_address, cached) = RECENT.with(|r| r[slot].get());
    if cached_address == address && !cached.is_null() {
        return Some(cached);
    }
    let cls = CLASSES.with(|c| c.borrow().get(key).copied())?;
    RECENT.with(|r| r[slot].set((address, cls)));
    Some(cls)
}

/// True if `o` is an instance of the class registered under `key`.
pub fn is(o: Value, key: &'static str) -> bool {
    let Some(i) = o.get::<InstanceObj>() else {
        return false;
    };
    registered(key).is_some_and(|cls| i.class == cls || class::is_subclass(i.class, cls))
}

/// The receiver of a native method of the class registered under `key` (`qual` names the
/// type in the error), checking that it is one.
pub fn this(args: &[Value], key: &'static str, method: &str, qual: &str) -> PyResult<Value> {
    match args.first() {
        Some(&o) if is(o, key) => Ok(o),
        Some(&o) => type_error(format!(
            "descriptor '{method}' for '{qual}' objects doesn't apply to a '{}' object",
            types::type_name(o)
        )),
        None => type_error(format!(
            "unbound method {qual}.{method}() needs an argument"
        )),
    }
}

/// The hidden state `key` of a receiver (None if somehow missing).
pub fn state(o: Value, key: &'static str) -> Value {
    get(o, key).unwrap_or_else(crate::objects::value::none)
}

/// Raises StopIteration.
pub fn stop<T>() -> PyResult<T> {
    raise_args(ExcKind::StopIteration, &[])
}

/// `__iter__` returning the receiver.
pub fn iter_self(args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

/// A class that reprs and names itself like a class of the program (`<class
/// '__main__.P'>`), deriving from `base`, with the entries of `namespace`: namedtuple
/// classes.
pub fn new_program_class(name: &str, base: Value, namespace: Value) -> Value {
    let cls = class::new_builtin(name, &[base], Layout::Object);
    let p = cls.0 as *mut ClassObj;
    // SAFETY: `cls` was just allocated by `new_builtin` and nothing else refers to it yet,
    // so writing its `builtin` flag cannot race with a reader.
    unsafe { (*p).builtin = false };
    if let (Some(c), Some(ns)) = (cls.get::<ClassObj>(), namespace.get::<DictObj>()) {
        for (k, v) in ns.items() {
            c.dict().set(k, v).expect("str keys hash");
        }
        // `__slots__ = ()` (a namedtuple): no instance dict.
        if ns.get_str(pystr::intern("__slots__")).is_some() {
            c.instance_dict.set(false);
            c.instance_weakref.set(false);
        }
    }
    class::namespace_changed(cls);
    cls
}
