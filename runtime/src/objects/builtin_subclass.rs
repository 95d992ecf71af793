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
use crate::objects::value::{none, PyResult, Value};
use crate::protocols::call::{self, Kw};
use std::cell::Cell;

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
            | TypeId::Bytes
            | TypeId::ByteArray
            | TypeId::Property
            | TypeId::StaticMethod
            | TypeId::ClassMethod
    )
}

/// Builtin types whose value `__init__` fills (their `__new__` makes it empty).
fn mutable(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::List | TypeId::Dict | TypeId::Set | TypeId::ByteArray
    )
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

/// The base value of `v` when `v` is an instance of a class deriving from a builtin type
/// that takes `len`, `iter`, truth and `in` from that type (it overrides none of `__len__`,
/// `__iter__`, `__bool__` and `__contains__`): those operations on `v` are the same
/// operations on the base value. Found once per class tag (any change to the namespaces
/// along the MRO gives the class a new one).
#[inline]
pub fn protocol_base(v: Value) -> Option<Value> {
    let i = v.get::<InstanceObj>()?;
    let c = i.class_obj()?;
    let Layout::Wrapped(id) = c.layout else {
        return None;
    };
    let names = ["__len__", "__iter__", "__bool__", "__contains__"];
    if !keeps_base_methods(c, id, &names, &c.base_protocols_tag) {
        return None;
    }
    Some(i.base_word())
}

/// True when class `c`, deriving from builtin type `id`, takes each of `names` from that
/// type, remembered in `known` under the class's tag.
fn keeps_base_methods(c: &ClassObj, id: TypeId, names: &[&'static str], known: &Cell<u64>) -> bool {
    if known.get() == c.tag.get() {
        return true;
    }
    let Some(base_type) = types::class_of(id).get::<ClassObj>() else {
        return false;
    };
    let kept = names.iter().all(|&name| {
        let name = pystr::intern(name);
        c.lookup(name) == base_type.lookup(name)
    });
    if kept {
        known.set(c.tag.get());
    }
    kept
}

/// The value a builtin method of type `owner` runs on: the base value of an instance of
/// a class deriving from `owner`, else `v` itself.
pub fn receiver(v: Value, owner: &str) -> Value {
    match base_value(v) {
        // A base value is never an instance, so its type is builtin.
        Some(base) if types::name_of(types::type_id(base)) == owner => base,
        _ => v,
    }
}

/// Whether native method `name` of builtin type `id` belongs in the type's namespace: only
/// str, bytes and bytearray have a `__str__` of their own; the others use `object.__str__`,
/// which calls the subclass's `__repr__`.
pub fn in_namespace(id: TypeId, name: &str) -> bool {
    name != "__str__" || matches!(id, TypeId::Str | TypeId::Bytes | TypeId::ByteArray)
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
        if !in_namespace(id, name) {
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
            .set(new, function::new_builtin("__new__", new_function(id)))?;
    }
    let init = pystr::intern("__init__");
    if c.dict().get_str(init).is_none() {
        c.dict().set(
            init,
            function::new_method("__init__", builtin_init, Value::NULL, c.name_str()),
        )?;
    }
    class::namespace_changed(builtin);
    Ok(())
}

/// `T.__new__(cls, *args, **kw)` for builtin type `T` (`id`): the value `T(*args, **kw)`
/// makes, held by a new instance of `cls` when `cls` derives from `T` (for a mutable `T`,
/// an empty value that `__init__` fills).
fn new_of(id: TypeId, args: &[Value], kw: Kw) -> PyResult {
    let owner = types::class_of(id);
    let owner_name = function::type_display(id);
    let Some((&cls, rest)) = args.split_first() else {
        return type_error(format!("{owner_name}.__new__(): not enough arguments"));
    };
    let Some(c) = cls.get::<ClassObj>() else {
        return type_error(format!(
            "{owner_name}.__new__(X): X is not a type object ({})",
            types::type_name(cls)
        ));
    };
    if !class::is_subclass(cls, owner) {
        return type_error(format!(
            "{owner_name}.__new__({0}): {0} is not a subtype of {owner_name}",
            c.name_str()
        ));
    }
    match c.layout {
        Layout::Wrapped(_) => {
            let base = if is_descriptor(id) {
                // Made empty; `__init__` makes the descriptor from its arguments.
                let kind = match id {
                    TypeId::StaticMethod => function::DescrKind::StaticMethod,
                    TypeId::ClassMethod => function::DescrKind::ClassMethod,
                    _ => function::DescrKind::Property,
                };
                function::new_descriptor(kind, Value::NULL, Value::NULL, Value::NULL)
            } else if mutable(id) {
                crate::modules::builtins::construct(id, owner, &[], Kw::NONE)?
            } else {
                crate::modules::builtins::construct(id, owner, rest, kw)?
            };
            Ok(class::new_instance_with_base(cls, base))
        }
        // A class of closc's own deriving from `T` (`collections.OrderedDict` from
        // dict) keeps its data in an ordinary instance, which its `__init__` sets up.
        Layout::Object => Ok(class::new_instance(cls)),
        _ => crate::modules::builtins::construct(id, cls, rest, kw),
    }
}

macro_rules! builtin_news {
    ($($function:ident => $id:ident),* $(,)?) => {
        $(
            fn $function(args: &[Value], kw: Kw) -> PyResult {
                new_of(TypeId::$id, args, kw)
            }
        )*

        /// The `__new__` of builtin type `id`: a native function of its own, which knows
        /// the type it makes.
        fn new_function(id: TypeId) -> function::NativeFn {
            match id {
                $(TypeId::$id => $function,)*
                _ => unreachable!("only types classes may derive from have a __new__ here"),
            }
        }
    };
}

builtin_news! {
    int_new => Int,
    float_new => Float,
    complex_new => Complex,
    str_new => Str,
    list_new => List,
    tuple_new => Tuple,
    dict_new => Dict,
    set_new => Set,
    frozenset_new => FrozenSet,
    bytes_new => Bytes,
    bytearray_new => ByteArray,
    property_new => Property,
    staticmethod_new => StaticMethod,
    classmethod_new => ClassMethod,
}

/// `T.__init__(self, *args, **kw)`: fills a mutable builtin value as `T(*args, **kw)`
/// would make it; other types take their arguments in `__new__`.
fn builtin_init(args: &[Value], kw: Kw) -> PyResult {
    let Some((&this, rest)) = args.split_first() else {
        return type_error("__init__(): not enough arguments");
    };
    let id = types::type_id(this);
    if !mutable(id) {
        return Ok(none());
    }
    // `this` is the instance's base value (builtin methods receive it), so its own
    // methods run, never the class's overrides, as in CPython. The `__init__`s of list,
    // set and bytearray empty the value first; dict's only adds.
    let own = |name: &'static str| crate::protocols::attr::getattr(this, pystr::intern(name));
    if id != TypeId::Dict && crate::protocols::ops::len(this)? > 0 {
        call::call(own("clear")?, &[], Kw::NONE)?;
    }
    if rest.is_empty() && kw.is_empty() {
        return Ok(none());
    }
    let made = crate::modules::builtins::construct(id, types::class_of(id), rest, kw)?;
    let fill = if matches!(id, TypeId::List | TypeId::ByteArray) {
        "extend"
    } else {
        "update"
    };
    call::call(own(fill)?, &[made], Kw::NONE)?;
    Ok(none())
}

/// Calls a class deriving from builtin type `id`: its `__new__` (the builtin's unless the
/// class has its own), then its `__init__` (for a mutable builtin, the builtin's fills the
/// value from the arguments).
pub fn instantiate(cls: Value, c: &ClassObj, args: &[Value], kw: Kw) -> PyResult {
    // A class that keeps its mutable base type's `__new__` and `__init__` gets the value
    // those would fill: the type called with the arguments.
    if let Layout::Wrapped(id) = c.layout {
        if mutable(id) && keeps_base_methods(c, id, &["__new__", "__init__"], &c.construction_tag) {
            let base = crate::modules::builtins::construct(id, types::class_of(id), args, kw)?;
            return Ok(class::new_instance_with_base(cls, base));
        }
    }
    let mut full = crate::memory::gc::RootedVec::from_vec(Vec::with_capacity(args.len() + 1));
    full.push(cls);
    full.extend_from_slice(args);
    let new = c.lookup(pystr::intern("__new__"));
    let made = match new {
        Some(new) => call::call_rooted(function::unwrap_static(new), &full, kw)?,
        None => match c.layout {
            Layout::Wrapped(id) => new_of(id, &full, kw)?,
            _ => return type_error("cannot create instances of this class"),
        },
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

/// The builtin methods that name the instance's own class rather than its base value's
/// type, run on instance `this` of a class deriving from the type (its base value `base`):
/// the reprs of bytearray (`Buffer(b'...')`), set and frozenset (`S({1})`), and the
/// TypeError of a bytes concatenation with an object that is not bytes-like.
pub fn named_after_class(this: Value, base: Value, name: &str, args: &[Value]) -> Option<PyResult> {
    use crate::objects::value::Kind;
    let class_name = || types::short_type_name(this);
    if matches!(base.kind(), Kind::Set | Kind::FrozenSet) && name == "__repr__" && args.is_empty() {
        let shown = crate::protocols::repr::subclassed_set_repr(base, class_name());
        return Some(shown.map(|r| pystr::new(&r)));
    }
    if !crate::objects::bytes::is_bytes_or_bytearray(base) {
        return None;
    }
    match (name, args) {
        ("__repr__" | "__str__", []) if base.kind() == Kind::ByteArray => {
            let shown = crate::protocols::ops::repr_string(base);
            Some(shown.map(|r| pystr::new(&r.replacen("bytearray", class_name(), 1))))
        }
        ("__add__" | "__iadd__", [other])
            if crate::objects::bytes::buffer_or_none(*other).is_none() =>
        {
            Some(type_error(format!(
                "can't concat {} to {}",
                types::type_name(*other),
                class_name()
            )))
        }
        _ => None,
    }
}

/// The builtin descriptor types a class may derive from, whose instances `__init__` makes.
fn is_descriptor(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::Property | TypeId::StaticMethod | TypeId::ClassMethod
    )
}

/// `__init__` of `property`, `staticmethod` or `classmethod` (`id`) on `this`, an instance
/// of a class deriving from it: a descriptor's fields are fixed when it is made, so the
/// instance gets a new base value.
pub fn descriptor_init(this: Value, id: TypeId, args: &[Value], kw: Kw) -> PyResult {
    let made = crate::modules::builtins::construct(id, types::class_of(id), args, kw)?;
    if let Some(i) = this.get::<InstanceObj>() {
        i.set_fixed_word(0, made);
    }
    Ok(none())
}

/// `getter`/`setter`/`deleter` of an instance of a class deriving from `property`: a copy
/// made by calling the instance's class, as CPython's `property_copy` does.
pub fn property_copy(this: Value, base: Value, name: &str, args: &[Value]) -> Option<PyResult> {
    let d = base
        .get::<function::DescriptorObj>()
        .filter(|d| d.kind == function::DescrKind::Property)?;
    let ([f], true) = (args, matches!(name, "getter" | "setter" | "deleter")) else {
        return None;
    };
    let or_none = |v: Value| if v.is_null() { none() } else { v };
    let (getter, setter, deleter) = match name {
        "getter" => (*f, d.setter, d.deleter),
        "setter" => (d.func, *f, d.deleter),
        _ => (d.func, d.setter, *f),
    };
    let doc = if d.getter_doc.get() && !getter.is_null() {
        none()
    } else {
        or_none(d.doc.get())
    };
    let fields = [or_none(getter), or_none(setter), or_none(deleter), doc];
    Some(call::call(types::type_of(this), &fields, Kw::NONE))
}

/// What a class method of a builtin type (`bytes.fromhex`, `int.from_bytes`, ...) called
/// through class `cls` returns, given the value `made` it made: `cls(made)` for a class
/// deriving from the type, as CPython does, else `made`.
pub fn from_class_method(cls: Value, made: Value) -> PyResult {
    match cls.get::<ClassObj>() {
        Some(c) if matches!(c.layout, Layout::Wrapped(_)) => call::call(cls, &[made], Kw::NONE),
        _ => Ok(made),
    }
}

/// A builtin type's class method (bound to the type) looked up through `cls`, a class
/// deriving from the type: the method bound to `cls` instead.
pub fn rebind_class_method(method: Value, cls: Value) -> Option<Value> {
    let b = method.get::<function::BuiltinObj>()?;
    let bound_to = b.this.get::<ClassObj>()?;
    if b.this == cls || !bound_to.builtin || !class::is_subclass(cls, b.this) {
        return None;
    }
    Some(function::new_method(b.name, b.func, cls, b.owner))
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
