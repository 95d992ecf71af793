//! Class creation with metaclasses (CPython's `__build_class__` and `type.__new__`,
//! `type.__call__`): a class statement finds its metaclass (the `metaclass=` keyword, else
//! the most derived metaclass of its bases), asks it for the namespace (`__prepare__`),
//! and calls it with the name, bases and namespace. A metaclass of the program is a class
//! deriving from `type`; the classes it makes record it (`ClassObj::metaclass`), and their
//! class-level behaviour (attributes, calls, `repr`, iteration, `isinstance`, ...) comes
//! from it.

use crate::objects::class::{self, ClassObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::type_error;
use crate::objects::function;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{PyResult, Value};
use crate::protocols::call::{self, Kw};

fn type_class() -> Value {
    types::class_of(TypeId::Type)
}

/// The metaclass of class `cls` (`type` unless the program gave it one).
pub fn metaclass_of(cls: Value) -> Value {
    cls.get::<ClassObj>()
        .map(|c| c.metaclass.get())
        .filter(|m| !m.is_null())
        .unwrap_or_else(type_class)
}

/// The method `name` a class gets from its metaclass of the program, if any: looked up
/// along the metaclass's MRO, among classes of the program only.
pub fn metaclass_method(cls: Value, name: &'static str) -> Option<Value> {
    // Most classes have no metaclass of the program: say so before making the name.
    if cls.get::<ClassObj>()?.metaclass.get().is_null() {
        return None;
    }
    metaclass_lookup(cls, pystr::intern(name))
}

/// The attribute `key` (a str) a class gets from its metaclass of the program, unbound.
pub fn metaclass_lookup(cls: Value, key: Value) -> Option<Value> {
    let meta = cls.get::<ClassObj>()?.metaclass.get();
    let meta = meta.get::<ClassObj>()?;
    meta.mro()
        .iter()
        .filter_map(|k| k.get::<ClassObj>())
        .filter(|k| !k.builtin)
        .find_map(|k| k.dict().get_str(key))
}

/// True for `type` and the metaclasses of the program (classes deriving from it).
pub fn is_metaclass(cls: Value) -> bool {
    class::is_subclass(cls, type_class())
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and the metaclasses
/// of the bases.
fn calculate(meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for &base in bases {
        let base_meta = types::type_of(base);
        if class::is_subclass(winner, base_meta) {
            continue;
        }
        if class::is_subclass(base_meta, winner) {
            winner = base_meta;
            continue;
        }
        return type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// The metaclass a class statement uses, and its keywords without `metaclass`.
fn choose(bases: Value, kwargs: Value) -> PyResult<(Value, Vec<(Value, Value)>)> {
    let mut keywords = kwargs
        .get::<DictObj>()
        .map(|d| d.items())
        .unwrap_or_default();
    let explicit = keywords
        .iter()
        .position(|(k, _)| pystr::as_str(*k) == Some("metaclass"))
        .map(|i| keywords.remove(i).1);
    let bases = tuple::items(bases).unwrap_or(&[]);
    let meta = match explicit {
        // A metaclass that is not a class (a function) is called as it is.
        Some(m) if !is_metaclass(m) => return Ok((m, keywords)),
        Some(m) => m,
        None => bases
            .first()
            .map_or_else(type_class, |&b| types::type_of(b)),
    };
    Ok((calculate(meta, bases)?, keywords))
}

fn split(keywords: &[(Value, Value)]) -> (Vec<Value>, Vec<Value>) {
    keywords.iter().copied().unzip()
}

/// The namespace key under which `prepare` leaves the resolved bases for `build`.
const RESOLVED_BASES: &str = "__closc_resolved_bases__";

/// CPython's `update_bases`: each base that is not a class but has `__mro_entries__` is
/// replaced by the classes that method returns (given the original bases). None when no
/// base was replaced.
fn resolve_bases(bases: Value) -> PyResult<Option<Value>> {
    let items = tuple::items(bases).unwrap_or(&[]);
    if items.iter().all(|b| b.get::<ClassObj>().is_some()) {
        return Ok(None);
    }
    let mut resolved = crate::memory::gc::RootedVec::from_vec(Vec::with_capacity(items.len()));
    let mut changed = false;
    for &base in items {
        let entries = if base.get::<ClassObj>().is_some() {
            None
        } else {
            crate::protocols::attr::getattr_opt(base, pystr::intern("__mro_entries__"))?
        };
        let Some(entries) = entries else {
            resolved.push(base);
            continue;
        };
        let made = call::call_rooted(entries, &[bases], Kw::NONE)?;
        let Some(made_items) = tuple::items(made) else {
            return type_error("__mro_entries__ must return a tuple");
        };
        resolved.extend_from_slice(made_items);
        changed = true;
    }
    Ok(changed.then(|| tuple::new(&resolved)))
}

/// The namespace a class body runs in: `metaclass.__prepare__(name, bases, **kwargs)`
/// when the metaclass defines it, else a new dict.
pub fn prepare(name: Value, bases: Value, kwargs: Value) -> PyResult {
    let resolved = resolve_bases(bases)?;
    let original = bases;
    let bases = resolved.unwrap_or(bases);
    let (meta, keywords) = choose(bases, kwargs)?;
    let prepare = meta
        .get::<ClassObj>()
        .and_then(|m| m.lookup_user(pystr::intern("__prepare__")));
    let Some(prepare) = prepare else {
        let namespace = dict::new();
        if let (Some(resolved), Some(d)) = (resolved, namespace.get::<DictObj>()) {
            // `build` takes the resolved bases from here rather than calling each
            // `__mro_entries__` a second time.
            d.set(pystr::intern("__orig_bases__"), original)?;
            d.set(pystr::intern(RESOLVED_BASES), resolved)?;
        }
        return Ok(namespace);
    };
    let bound = crate::protocols::attr::bind_to_class(prepare, meta)?;
    let (names, values) = split(&keywords);
    call::call(
        bound,
        &[name, bases],
        Kw {
            names: &names,
            values: &values,
        },
    )
}

/// A class statement's class: `metaclass(name, bases, namespace, **kwargs)`, or the
/// class `type` makes.
pub fn build(
    name: Value,
    qualname: Value,
    bases: Value,
    namespace: Value,
    kwargs: Value,
) -> PyResult {
    let original = bases;
    let stashed = match namespace.get::<DictObj>() {
        Some(d) => d.remove(pystr::intern(RESOLVED_BASES))?,
        None => None,
    };
    let resolved = match stashed {
        Some(resolved) => Some(resolved),
        None => resolve_bases(bases)?,
    };
    let bases = match resolved {
        Some(resolved) => {
            if let Some(d) = namespace.get::<DictObj>() {
                // After the body's names, as CPython orders the namespace.
                let key = pystr::intern("__orig_bases__");
                d.remove(key)?;
                d.set(key, original)?;
            }
            resolved
        }
        None => bases,
    };
    let (meta, keywords) = choose(bases, kwargs)?;
    let (names, values) = split(&keywords);
    let kw = Kw {
        names: &names,
        values: &values,
    };
    if meta == type_class() {
        return new_class(meta, name, qualname, bases, namespace, kw);
    }
    call::call_rooted(meta, &[name, bases, namespace], kw)
}

fn new_class(
    meta: Value,
    name: Value,
    qualname: Value,
    bases: Value,
    namespace: Value,
    kw: Kw,
) -> PyResult {
    let kwargs = dict::new();
    if let Some(d) = kwargs.get::<DictObj>() {
        for (k, v) in kw.iter() {
            d.set(pystr::intern(k), v)?;
        }
    }
    class::new_user(meta, name, qualname, bases, namespace, kwargs)
}

/// Checks the arguments of `type(name, bases, namespace)` and `type.__new__`, as CPython
/// does; gives a copy of the namespace as a dict (it may be of a dict subclass, what a
/// `__prepare__` returned).
pub fn checked_namespace(name: Value, bases: Value, namespace: Value) -> PyResult {
    if pystr::as_str(name).is_none() {
        return type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            types::type_name(name)
        ));
    }
    if tuple::items(bases).is_none() {
        return type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            types::type_name(bases)
        ));
    }
    let contents = crate::objects::builtin_subclass::base_value(namespace).unwrap_or(namespace);
    match contents.get::<DictObj>() {
        Some(contents) => Ok(contents.copy()),
        None => type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            types::type_name(namespace)
        )),
    }
}

/// `type.__new__(metaclass, name, bases, namespace, **kwargs)`.
pub fn type_new(args: &[Value], kw: Kw) -> PyResult {
    let [meta, name, bases, namespace] = args else {
        return type_error("type.__new__() takes exactly 3 arguments");
    };
    if !is_metaclass(*meta) {
        return type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            types::type_name(*meta)
        ));
    }
    let namespace = checked_namespace(*name, *bases, *namespace)?;
    let meta = calculate(*meta, tuple::items(*bases).unwrap_or(&[]))?;
    new_class(meta, *name, *name, *bases, namespace, kw)
}

/// `type.__init__`: nothing to do once `type.__new__` made the class.
pub fn type_init(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(crate::objects::value::none())
}

/// `type.__call__(cls, *args, **kwargs)`: the default instantiation, which a metaclass's
/// own `__call__` reaches through `super()`.
pub fn type_call(args: &[Value], kw: Kw) -> PyResult {
    let Some((&cls, rest)) = args.split_first() else {
        return type_error("descriptor '__call__' of 'type' object needs an argument");
    };
    match cls.get::<ClassObj>() {
        Some(c) => class::instantiate(cls, c, rest, kw),
        None => type_error("descriptor '__call__' requires a 'type' object"),
    }
}

/// Calls a metaclass of the program (`cls`) to make a class: its `__new__` (or
/// `type.__new__`), then its `__init__` when the result is an instance of it.
pub fn instantiate(cls: Value, c: &ClassObj, args: &[Value], kw: Kw) -> PyResult {
    if args.len() == 1 && kw.is_empty() && cls == type_class() {
        return Ok(types::type_of(args[0]));
    }
    let mut full = crate::memory::gc::RootedVec::from_vec(Vec::with_capacity(args.len() + 1));
    full.push(cls);
    full.extend_from_slice(args);
    let made = match c.lookup_user(pystr::intern("__new__")) {
        Some(new) => call::call_rooted(function::unwrap_static(new), &full, kw)?,
        None => type_new(&full, kw)?,
    };
    if class::is_instance(made, cls) {
        if let Some(init) = c.lookup_user(pystr::intern("__init__")) {
            call::call_with_self_rooted(init, made, args, kw)?;
        }
    }
    Ok(made)
}

/// The builtin method of `type` that `super()` reaches from a metaclass: `__new__`,
/// `__init__` and `__call__`, bound to `this` (the class, or the metaclass for `__new__`).
pub fn type_method(name: &str, this: Value) -> Option<Value> {
    Some(match name {
        "__new__" => function::new_builtin("__new__", type_new),
        "__init__" => function::new_method("__init__", type_init, this, "type"),
        "__call__" => function::new_method("__call__", type_call, this, "type"),
        _ => return None,
    })
}
