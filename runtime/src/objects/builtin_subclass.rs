//! Classes of the program deriving from a builtin type (`class Stack(list)`, `class
//! Celsius(float)`). Their instances are ordinary instances (a class, a dict of
//! attributes) that also hold a value of the builtin type, their *base value*: the
//! builtin's methods and operations, reached through the class's MRO, run on the base
//! value, and give the instance back where they would give the base value back (`+=` on a
//! list returns the list itself).
//!
//! The instance is kept in dict mode with the base value in its first fixed word
//! (`ClassObj::fixed_words`), so no other instance pays for it.

use crate::objects::class::{self, ClassObj, InstanceObj, Layout};
use crate::objects::exceptions::type_error;
use crate::objects::function;
use crate::objects::methods;
use crate::objects::str as pystr;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{PyResult, Value};
use crate::protocols::call::{self, Kw};

/// The builtin types a class of the program may derive from.
fn acceptable(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::Int
            | TypeId::Float
            | TypeId::Complex
            | TypeId::Str
            | TypeId::List
            | TypeId::Tuple
            | TypeId::Dict
            | TypeId::Set
            | TypeId::FrozenSet
    )
}

/// Builtin types whose value `__init__` fills (their `__new__` makes it empty).
fn mutable(id: TypeId) -> bool {
    matches!(id, TypeId::List | TypeId::Dict | TypeId::Set)
}

/// The builtin type the instances of a class with these bases hold a value of, if any;
/// a TypeError for a builtin that cannot be derived from or two that conflict.
pub fn base_type(bases: &[Value]) -> PyResult<Option<TypeId>> {
    let mut found: Option<TypeId> = None;
    let mut exception = false;
    for b in bases {
        let Some(c) = b.get::<ClassObj>() else {
            continue;
        };
        let id = match c.layout {
            Layout::Builtin(TypeId::Object | TypeId::Type) | Layout::Object => continue,
            Layout::Exception => {
                exception = true;
                continue;
            }
            Layout::Builtin(id) if !acceptable(id) => {
                return type_error(format!(
                    "type '{}' is not an acceptable base type",
                    c.name_str()
                ))
            }
            Layout::Builtin(id) | Layout::Wrapped(id) => id,
        };
        if found.is_some_and(|f| f != id) || exception {
            return type_error("multiple bases have instance lay-out conflict");
        }
        found = Some(id);
    }
    if exception && found.is_some() {
        return type_error("multiple bases have instance lay-out conflict");
    }
    Ok(found)
}

/// The base value of an instance of a class deriving from a builtin type.
pub fn base_value(v: Value) -> Option<Value> {
    let i = v.get::<InstanceObj>()?;
    match i.class_obj()?.layout {
        Layout::Wrapped(_) => Some(i.base_word()),
        _ => None,
    }
}

/// The value a builtin method of type `owner` runs on: the base value of an instance of
/// a class deriving from `owner`, else `v` itself.
pub fn receiver(v: Value, owner: &str) -> Value {
    match base_value(v) {
        Some(base) if types::type_name(base) == owner => base,
        _ => v,
    }
}

/// Puts the builtin type's methods into its namespace, so that a class deriving from it
/// finds them along its MRO as it finds its own.
pub fn expose_methods(builtin: Value) -> PyResult<()> {
    let Some(c) = builtin.get::<ClassObj>() else {
        return Ok(());
    };
    let Layout::Builtin(id) = c.layout else {
        return Ok(());
    };
    for name in methods::names(id) {
        // Only str has a `__str__` of its own; the others use `object.__str__`, which
        // calls the subclass's `__repr__`.
        if name == "__str__" && id != TypeId::Str {
            continue;
        }
        let key = pystr::intern(name);
        if c.dict().get_str(key).is_some() {
            continue;
        }
        if let Some(f) = methods::class_entry(builtin, id, c.name_str(), name) {
            c.dict().set(key, f)?;
        }
    }
    let new = pystr::intern("__new__");
    if c.dict().get_str(new).is_none() {
        c.dict()
            .set(new, function::new_builtin("__new__", builtin_new))?;
    }
    let init = pystr::intern("__init__");
    if c.dict().get_str(init).is_none() {
        c.dict().set(
            init,
            function::new_method("__init__", builtin_init, Value::NULL, c.name_str()),
        )?;
    }
    class::namespaces_changed();
    Ok(())
}

/// `T.__new__(cls, *args, **kw)` for a builtin type `T`: the value `T(*args, **kw)` makes,
/// held by a new instance of `cls` when `cls` derives from `T` (for a mutable `T`, an
/// empty value that `__init__` fills).
fn builtin_new(args: &[Value], kw: Kw) -> PyResult {
    let Some((&cls, rest)) = args.split_first() else {
        return type_error("__new__(): not enough arguments");
    };
    let Some(c) = cls.get::<ClassObj>() else {
        return type_error(format!(
            "__new__(X): X is not a type object ({})",
            types::type_name(cls)
        ));
    };
    match c.layout {
        Layout::Builtin(id) => crate::modules::builtins::construct(id, cls, rest, kw),
        Layout::Wrapped(id) => {
            let base = if mutable(id) {
                crate::modules::builtins::construct(id, types::class_of(id), &[], Kw::NONE)?
            } else {
                crate::modules::builtins::construct(id, types::class_of(id), rest, kw)?
            };
            Ok(class::new_instance_with_base(cls, base))
        }
        _ => type_error(format!(
            "__new__(): {} is not a subtype of a builtin type",
            c.name_str()
        )),
    }
}

/// `T.__init__(self, *args, **kw)`: fills a mutable builtin value as `T(*args, **kw)`
/// would make it; other types take their arguments in `__new__`.
fn builtin_init(args: &[Value], kw: Kw) -> PyResult {
    let Some((&this, rest)) = args.split_first() else {
        return type_error("__init__(): not enough arguments");
    };
    let id = types::type_id(this);
    if mutable(id) {
        let made = crate::modules::builtins::construct(id, types::class_of(id), rest, kw)?;
        let clear = crate::protocols::attr::getattr(this, pystr::intern("clear"))?;
        call::call(clear, &[], Kw::NONE)?;
        let update = if id == TypeId::List {
            "extend"
        } else {
            "update"
        };
        let update = crate::protocols::attr::getattr(this, pystr::intern(update))?;
        call::call(update, &[made], Kw::NONE)?;
    }
    Ok(crate::objects::value::none())
}

/// Calls a class deriving from builtin type `id`: its `__new__` (the builtin's unless the
/// class has its own), then its `__init__` (for a mutable builtin, the builtin's fills the
/// value from the arguments).
pub fn instantiate(cls: Value, c: &ClassObj, args: &[Value], kw: Kw) -> PyResult {
    let mut full = crate::memory::gc::RootedVec::from_vec(Vec::with_capacity(args.len() + 1));
    full.push(cls);
    full.extend_from_slice(args);
    let new = c.lookup(pystr::intern("__new__"));
    let made = match new {
        Some(new) => call::call_rooted(function::unwrap_static(new), &full, kw)?,
        None => builtin_new(&full, kw)?,
    };
    if !class::is_instance(made, cls) {
        return Ok(made);
    }
    if let Some(init) = c.lookup(pystr::intern("__init__")) {
        let bound = crate::protocols::attr::bind(init, made, cls)?;
        call::call_rooted(bound, args, kw)?;
    }
    Ok(made)
}

/// `d[key]` for an instance `d` of a class deriving from dict (its base value `base`): a
/// missing key goes to the class's `__missing__`, as CPython's `dict.__getitem__` does
/// for subclasses.
pub fn dict_getitem(d: Value, base: Value, key: Value) -> PyResult {
    let found = match base.get::<crate::objects::dict::DictObj>() {
        Some(dict) => dict.get(key)?,
        None => None,
    };
    if let Some(v) = found {
        return Ok(v);
    }
    match crate::protocols::ops::user_method(d, "__missing__") {
        Some(missing) => call::call_with_self(missing, d, &[key], Kw::NONE),
        None => crate::objects::exceptions::raise_args(
            crate::objects::exceptions::ExcKind::KeyError,
            &[key],
        ),
    }
}
