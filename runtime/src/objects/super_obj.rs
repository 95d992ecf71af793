//! `super()` objects: attribute lookup that starts after a class in the instance's MRO.

use crate::memory::heap;
use crate::objects::class::{self, ClassObj};
use crate::objects::exceptions::{raise, type_error, ExcKind};
use crate::objects::function;
use crate::objects::metaclass;
use crate::objects::str as pystr;
use crate::objects::types;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::call;

/// A super object. References: `cls` (where the lookup starts after), `obj` (the instance
/// or class the found attribute binds to).
#[repr(C)]
pub struct SuperObj {
    pub header: Header,
    pub cls: Value,
    pub obj: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for SuperObj {
    const KIND: Kind = Kind::Super;
}

/// `super(cls, obj)`.
pub fn new(cls: Value, obj: Value) -> PyResult {
    if cls.get::<ClassObj>().is_none() {
        return type_error(format!(
            "super() argument 1 must be a type, not {}",
            types::type_name(cls)
        ));
    }
    // CPython's `supercheck`: a class deriving from `cls`, or an instance of one.
    let fits = (obj.kind() == Kind::Class && class::is_subclass(obj, cls))
        || class::is_subclass(types::type_of(obj), cls);
    if !fits {
        return type_error("super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(heap::new(SuperObj {
        header: Header::new(Kind::Super),
        cls,
        obj,
    }))
}

/// Zero-argument `super()`: the class whose namespace holds the running function, and the
/// function's first argument.
pub fn new_implicit() -> PyResult {
    let func = call::current_function();
    let Some(first) = call::current_first_arg() else {
        return raise(ExcKind::RuntimeError, "super(): no arguments");
    };
    let start = if first.kind() == Kind::Class {
        first
    } else {
        types::type_of(first)
    };
    let holds = |v: Value| v == func || function::unwrap_descriptor(v) == func;
    let owner = start.get::<ClassObj>().and_then(|c| {
        c.mro().iter().copied().find(|k| {
            k.get::<ClassObj>()
                .is_some_and(|k| k.dict().items().iter().any(|(_, v)| holds(*v)))
        })
    });
    match owner {
        Some(cls) => new(cls, first),
        None => raise(ExcKind::RuntimeError, "super(): __class__ cell not found"),
    }
}

/// What `super(cls, obj).name` finds, before binding, for an instance `obj` of the class
/// `start`, when it is a value in the namespace of a class after `cls` in `start`'s MRO;
/// None when `getattr` must answer (`cls` is not in that MRO, the name is missing, or a
/// builtin class whose methods `getattr` makes itself comes first).
pub fn method_after(start: &ClassObj, cls: Value, name: Value) -> Option<Value> {
    let mro = start.mro();
    let after = mro.iter().position(|k| *k == cls)? + 1;
    let type_class = types::class_of(types::TypeId::Type);
    let init_subclass = pystr::as_str(name) == Some("__init_subclass__");
    for k in &mro[after..] {
        let c = k.get::<ClassObj>()?;
        if c.builtin && (*k == type_class || init_subclass) {
            return None;
        }
        if let Some(f) = c.dict().get_str(name) {
            return Some(f);
        }
    }
    None
}

/// `super(...).name`.
pub fn getattr(sup: Value, name: Value) -> PyResult {
    let Some(s) = sup.get::<SuperObj>() else {
        return type_error("expected a super object");
    };
    // `super()` in a class method looks along the class's own MRO; elsewhere (methods,
    // and a metaclass's methods, whose instance is a class) along its type's.
    let on_class = s.obj.kind() == Kind::Class && class::is_subclass(s.obj, s.cls);
    let start = if on_class {
        s.obj
    } else {
        types::type_of(s.obj)
    };
    if let Some(c) = start.get::<ClassObj>() {
        let mro = c.mro();
        let after = mro
            .iter()
            .position(|k| *k == s.cls)
            .map_or(mro.len(), |p| p + 1);
        for k in &mro[after..] {
            let builtin = k.get::<ClassObj>().is_some_and(|k| k.builtin);
            if builtin && *k == types::class_of(types::TypeId::Type) {
                let this = if pystr::as_str(name) == Some("__new__") {
                    start
                } else {
                    s.obj
                };
                if let Some(m) = metaclass::type_method(pystr::as_str(name).unwrap_or(""), this) {
                    return Ok(m);
                }
            }
            if builtin && pystr::as_str(name) == Some("__init_subclass__") {
                let this = if on_class { s.obj } else { start };
                return Ok(function::new_method(
                    "__init_subclass__",
                    class::object_init_subclass,
                    this,
                    "object",
                ));
            }
            if let Some(f) = k.get::<ClassObj>().and_then(|k| k.dict().get_str(name)) {
                if on_class {
                    return attr::bind_to_class(f, s.obj);
                }
                return attr::bind(f, s.obj, start);
            }
        }
    }
    raise(
        ExcKind::AttributeError,
        &format!(
            "'super' object has no attribute '{}'",
            pystr::as_str(name).unwrap_or("?")
        ),
    )
}
