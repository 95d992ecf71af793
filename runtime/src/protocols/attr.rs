//! Attribute access: `o.name`, `o.name = v`, `del o.name` for every kind of object.

use crate::objects::class::{self, ClassObj, Layout};
use crate::objects::complex;
use crate::objects::dict;
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind, ExceptionObj};
use crate::objects::float;
use crate::objects::function::{
    self, BoundMethodObj, BuiltinObj, CellObj, CodeObj, DescrKind, DescriptorObj, FunctionObj,
};
use crate::objects::int;
use crate::objects::metaclass;
use crate::objects::methods;
use crate::objects::module::{self, ModuleObj};
use crate::objects::range::{RangeObj, SliceObj};
use crate::objects::slots;
use crate::objects::str as pystr;
use crate::objects::super_obj;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{none, Kind, PyResult, Value};
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// Binds a class attribute found for instance `obj` of class `cls`.
pub fn bind(attr: Value, obj: Value, cls: Value) -> PyResult {
    if !attr.is_object() {
        return Ok(attr);
    }
    match attr.kind() {
        Kind::Function => Ok(function::new_bound(attr, obj)),
        // A descriptor: an instance whose class defines `__get__`.
        Kind::Instance => match ops::user_method(attr, "__get__") {
            Some(get) => call::call_with_self(get, attr, &[obj, cls], Kw::NONE),
            None => Ok(attr),
        },
        Kind::Builtin => match attr.get::<BuiltinObj>() {
            Some(b) if b.this.is_null() && !b.owner.is_empty() => {
                Ok(function::new_method(b.name, b.func, obj, b.owner))
            }
            _ => Ok(
                crate::objects::builtin_subclass::rebind_class_method(attr, cls).unwrap_or(attr),
            ),
        },
        Kind::Descriptor => match attr.get::<DescriptorObj>() {
            Some(d) => match d.kind {
                DescrKind::StaticMethod => Ok(d.func),
                DescrKind::ClassMethod => classmethod_bind(d.func, cls),
                DescrKind::Property => {
                    if d.func.is_null() {
                        return property_missing(d, obj, "getter");
                    }
                    call::call(d.func, &[obj], Kw::NONE)
                }
                DescrKind::Member(word) => slots::get_or_raise(d, word, obj),
            },
            None => Ok(attr),
        },
        _ => Ok(attr),
    }
}

/// The `__get__` of a descriptor object: an instance whose class defines it.
pub(crate) fn descriptor_get(attr: Value) -> Option<Value> {
    if attr.is_object() && attr.kind() == Kind::Instance {
        ops::user_method(attr, "__get__")
    } else {
        None
    }
}

/// True when the class of instance `o` defines `__getattribute__`, which every attribute
/// read then goes through (no cache may answer for it).
pub fn has_getattribute(o: Value) -> bool {
    ops::user_method(o, "__getattribute__").is_some()
}

/// True for a data descriptor, which takes precedence over an instance's own attribute: a
/// property, a slot's member descriptor, or an instance whose class defines `__set__` or
/// `__delete__`.
pub fn is_data_descriptor(attr: Value) -> bool {
    if !attr.is_object() {
        return false;
    }
    match attr.kind() {
        Kind::Descriptor => attr
            .get::<DescriptorObj>()
            .is_some_and(|d| matches!(d.kind, DescrKind::Property | DescrKind::Member(_))),
        Kind::Instance => {
            ops::user_method(attr, "__set__").is_some()
                || ops::user_method(attr, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Attribute lookup on an instance without `__getattr__`.
pub fn generic_getattr(o: Value, name: Value) -> PyResult {
    match instance_attr(o, name)? {
        Some(v) => Ok(v),
        None => class::no_attribute(o, pystr::as_str(name).unwrap_or("?")),
    }
}

fn instance_attr(o: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = class::instance_class(o);
    let c = cls.get::<ClassObj>();
    let found = c.and_then(|c| c.lookup(name));
    if let Some(f) = found.filter(|&f| is_data_descriptor(f)) {
        // An unset slot is a missing attribute (`__getattr__` comes next).
        if let Some(d) = f.get::<DescriptorObj>() {
            if let DescrKind::Member(word) = d.kind {
                return slots::get(d, word, o);
            }
        }
        if f.kind() == Kind::Descriptor || descriptor_get(f).is_some() {
            return bind(f, o, cls).map(Some);
        }
    }
    if let Some(v) = class::own_attr(o, name) {
        return Ok(Some(v));
    }
    let n = pystr::as_str(name).unwrap_or("");
    if let Some(e) = o.get::<ExceptionObj>() {
        match n {
            "args" => return Ok(Some(e.args.get())),
            "value" if class::is_subclass(cls, types::exc_class(ExcKind::StopIteration)) => {
                return Ok(Some(
                    exceptions::args_of(o).first().copied().unwrap_or(none()),
                ))
            }
            "message" | "exceptions" if !e.group.get().is_null() => {
                let index = usize::from(n == "exceptions");
                return Ok(tuple::items(e.group.get()).map(|parts| parts[index]));
            }
            "__cause__" => return Ok(Some(e.cause.get())),
            "__context__" => return Ok(Some(e.context.get())),
            "__traceback__" => return Ok(Some(crate::protocols::traceback::traceback_object(o))),
            "__suppress_context__" => {
                return Ok(Some(crate::objects::value::bool_value(
                    e.suppress_context.get(),
                )))
            }
            // Members CPython's classes define, None until set.
            "name"
                if class::is_subclass(cls, types::exc_class(ExcKind::NameError))
                    || class::is_subclass(cls, types::exc_class(ExcKind::AttributeError)) =>
            {
                return Ok(Some(none()))
            }
            "obj" if class::is_subclass(cls, types::exc_class(ExcKind::AttributeError)) => {
                return Ok(Some(none()))
            }
            "code" if class::is_subclass(cls, types::exc_class(ExcKind::SystemExit)) => {
                return Ok(Some(match exceptions::args_of(o) {
                    [] => none(),
                    [one] => *one,
                    _ => e.args.get(),
                }))
            }
            _ => {}
        }
    }
    match n {
        // Unless a class of the program defines it (found above when a data descriptor).
        "__class__" if c.and_then(|c| c.lookup_user(name)).is_none() => return Ok(Some(cls)),
        "__dict__" if o.kind() == Kind::Instance && !class::instances_have_dict(cls) => {
            return Ok(None)
        }
        "__dict__" => return Ok(class::instance_dict(o).map(Value::from_ref)),
        // The `__weakref__` slot: the object's first weak reference, if any.
        "__weakref__"
            if cls
                .get::<ClassObj>()
                .is_some_and(|c| c.instance_weakref.get()) =>
        {
            let first = crate::memory::weak::weakrefs_to(o).first().copied();
            return Ok(Some(first.unwrap_or_else(none)));
        }
        _ => {}
    }
    match found {
        Some(f) => bind(f, o, cls).map(Some),
        // The data attributes of a builtin base value (`real` of an int, `fget` of a
        // property), which the builtin type's namespace does not hold.
        None => match crate::objects::builtin_subclass::base_value(o) {
            Some(base) => getattr_opt(base, name),
            None => Ok(None),
        },
    }
}

fn class_attr(cls: Value, c: &ClassObj, name: Value) -> PyResult<Option<Value>> {
    let n = pystr::as_str(name).unwrap_or("");
    match n {
        "__name__" => return Ok(Some(c.name.get())),
        "__qualname__" => return Ok(Some(c.qualname.get())),
        "__bases__" => return Ok(Some(c.bases)),
        "__base__" => {
            return Ok(Some(
                tuple::items(c.bases)
                    .and_then(|b| b.first().copied())
                    .unwrap_or(none()),
            ))
        }
        "__mro__" => return Ok(Some(c.mro)),
        "__dict__" => return Ok(Some(class::namespace_copy(cls, c))),
        "__module__" if c.builtin => {
            let module = class::stdlib_module(c).unwrap_or("builtins");
            return Ok(Some(pystr::new(module)));
        }
        "__class__" => return Ok(Some(types::type_of(cls))),
        // Only the class's own annotations: one without gets an empty dict, kept in its
        // namespace, as CPython's `type.__annotations__` does.
        "__annotations__" if !c.builtin => {
            if let Some(own) = c.dict().get_str(name) {
                return Ok(Some(own));
            }
            let annotations = dict::new();
            c.dict().set(name, annotations)?;
            class::namespace_changed(cls);
            return Ok(Some(annotations));
        }
        _ => {}
    }
    if let Layout::Builtin(id) = c.layout {
        if n == "__hash__" && crate::protocols::dunders::unhashable(id) {
            return Ok(Some(none()));
        }
        // The unbound method objects are made once and kept in the class's namespace, so
        // that `str.upper is str.upper`.
        if let Some(m) = c.dict().get_str(name) {
            return Ok(Some(function::unwrap_static(m)));
        }
        if let Some(f) = methods::class_entry(cls, id, c.name_str(), n) {
            c.dict().set(name, f)?;
            class::namespace_changed(cls);
            return Ok(Some(function::unwrap_static(f)));
        }
    }
    if let Some(f) = c.lookup(name) {
        return bind_to_class(f, cls).map(Some);
    }
    if n == "__doc__" {
        return Ok(Some(none()));
    }
    Ok(None)
}

fn function_attr(f: &FunctionObj, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => f.name(),
        "__qualname__" => f.qualname(),
        "__closure__" => f.closure_tuple(),
        "__code__" => f.code,
        "__defaults__" => or_none(f.defaults.get()),
        "__kwdefaults__" => or_none(f.kwdefaults()),
        "__dict__" => Value::from_ref(f.dict()),
        "__module__" => f.module(),
        "__doc__" => f.doc(),
        "__annotations__" => f.annotations(),
        _ => return f.existing_dict().and_then(|d| d.get_str(pystr::new(name))),
    })
}

fn code_attr(c: &CodeObj, name: &str) -> Option<Value> {
    Some(match name {
        "co_name" => c.name,
        "co_qualname" => c.qualname,
        "co_argcount" => int::from_u64(c.argcount),
        "co_kwonlyargcount" => int::from_u64(c.kwonlycount),
        "co_posonlyargcount" => int::from_u64(c.posonlycount.get()),
        "co_varnames" => c.varnames,
        "co_freevars" => c.freevars,
        "co_cellvars" => c.cellvars.get(),
        "co_nlocals" => int::from_u64(c.varnames().len() as u64),
        "co_flags" => int::from_u64(c.flags),
        "co_firstlineno" => int::from_u64(c.first_line.get()),
        "co_filename" => crate::objects::module::compiled(c.module.get() as usize)?.file,
        _ => return None,
    })
}

/// `o.name`.
pub fn getattr(o: Value, name: Value) -> PyResult {
    let Some(n) = pystr::as_str(name) else {
        return type_error(format!(
            "attribute name must be string, not '{}'",
            types::type_name(name)
        ));
    };
    if o.is_object() {
        match o.kind() {
            Kind::Instance | Kind::Exception => {
                if let Some(f) = ops::user_method(o, "__getattribute__") {
                    let found = call::call_with_self(f, o, &[name], Kw::NONE);
                    if found.is_ok() || !exceptions::pending_matches(ExcKind::AttributeError) {
                        return found;
                    }
                    if let Some(g) = ops::user_method(o, "__getattr__") {
                        exceptions::take_pending();
                        return call::call_with_self(g, o, &[name], Kw::NONE);
                    }
                    return found;
                }
                if let Some(v) = instance_attr(o, name)? {
                    return Ok(v);
                }
                if let Some(f) = ops::user_method(o, "__getattr__") {
                    return call::call_with_self(f, o, &[name], Kw::NONE);
                }
                return class::no_attribute(o, n);
            }
            Kind::Class => {
                if let Some(c) = o.get::<ClassObj>() {
                    let from_metaclass = metaclass::metaclass_lookup(o, name);
                    if let Some(f) = from_metaclass.filter(|&f| is_data_descriptor(f)) {
                        return bind(f, o, metaclass::metaclass_of(o));
                    }
                    if let Some(v) = class_attr(o, c, name)? {
                        return Ok(v);
                    }
                    if let Some(f) = from_metaclass {
                        return bind(f, o, metaclass::metaclass_of(o));
                    }
                }
                return class::no_attribute(o, n);
            }
            Kind::Function => {
                if let Some(v) = o.get::<FunctionObj>().and_then(|f| function_attr(f, n)) {
                    return Ok(v);
                }
            }
            Kind::Code => {
                if let Some(v) = o.get::<CodeObj>().and_then(|c| code_attr(c, n)) {
                    return Ok(v);
                }
            }
            Kind::Generator => {
                if let Some(v) = crate::objects::generator::attribute(o, n) {
                    return Ok(v);
                }
            }
            Kind::Cell if n == "cell_contents" => {
                let v = o.get::<CellObj>().map_or(Value::NULL, |c| c.value.get());
                if v.is_null() {
                    return value_error("Cell is empty");
                }
                return Ok(v);
            }
            Kind::BoundMethod => {
                if let Some(m) = o.get::<BoundMethodObj>() {
                    match n {
                        "__self__" => return Ok(m.this),
                        "__func__" => return Ok(m.func),
                        _ => {
                            if let Some(v) = m
                                .func
                                .get::<FunctionObj>()
                                .and_then(|f| function_attr(f, n))
                            {
                                return Ok(v);
                            }
                        }
                    }
                }
            }
            Kind::Builtin => {
                if let Some(b) = o.get::<BuiltinObj>() {
                    match n {
                        "__name__" => return Ok(pystr::new(b.name)),
                        "__qualname__" if !b.owner.is_empty() => {
                            return Ok(pystr::new(&format!("{}.{}", b.owner, b.name)))
                        }
                        "__qualname__" => return Ok(pystr::new(b.name)),
                        "__module__" if b.owner.is_empty() => return Ok(pystr::new("builtins")),
                        "__module__" => return Ok(none()),
                        "__self__" => return Ok(or_none(b.this)),
                        _ => {}
                    }
                }
            }
            Kind::Module => {
                if let Some(m) = o.get::<ModuleObj>() {
                    return module::getattr(o, m, name);
                }
            }
            Kind::Super => return super_obj::getattr(o, name),
            Kind::Descriptor => {
                if let Some(d) = o.get::<DescriptorObj>() {
                    if let DescrKind::Member(_) = d.kind {
                        if let Some(v) = slots::attribute(d, n) {
                            return Ok(v);
                        }
                    }
                    match n {
                        "fget" | "__func__" | "__wrapped__" => return Ok(or_none(d.func)),
                        "fset" => return Ok(or_none(d.setter)),
                        "fdel" => return Ok(or_none(d.deleter)),
                        "__doc__" if d.kind == DescrKind::Property => {
                            return Ok(or_none(d.doc.get()))
                        }
                        "__isabstractmethod__" => return descriptor_is_abstract(d),
                        // staticmethod and classmethod copy these from the function they
                        // wrap (CPython's `functools_wraps` in their `__init__`).
                        "__module__" | "__name__" | "__qualname__" | "__doc__"
                        | "__annotations__"
                            if d.kind != DescrKind::Property =>
                        {
                            return getattr(d.func, name)
                        }
                        _ => {}
                    }
                }
            }
            Kind::Range => {
                if let Some(r) = o.get::<RangeObj>() {
                    match n {
                        "start" => return Ok(r.values[0]),
                        "stop" => return Ok(r.values[1]),
                        "step" => return Ok(r.values[2]),
                        _ => {}
                    }
                }
            }
            Kind::MemoryView => {
                if let Some(r) = crate::objects::memoryview::attribute(o, n) {
                    return r;
                }
            }
            Kind::Slice => {
                if let Some(s) = o.get::<SliceObj>() {
                    match n {
                        "start" => return Ok(s.start),
                        "stop" => return Ok(s.stop),
                        "step" => return Ok(s.step),
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    if int::is_int(o) {
        match n {
            "real" | "numerator" => {
                return Ok(int::from_big(
                    int::as_int(o).map(|i| i.to_big()).unwrap_or_default(),
                ))
            }
            "imag" => return Ok(Value::small(0)),
            "denominator" => return Ok(Value::small(1)),
            _ => {}
        }
    }
    if let Some(x) = float::as_f64(o) {
        match n {
            "real" => return Ok(float::new(x)),
            "imag" => return Ok(float::new(0.0)),
            _ => {}
        }
    }
    if let Some(z) = complex::as_complex(o) {
        match n {
            "real" => return Ok(float::new(z.re)),
            "imag" => return Ok(float::new(z.im)),
            _ => {}
        }
    }
    match n {
        "__class__" => return Ok(types::type_of(o)),
        "__doc__" => return Ok(none()),
        _ => {}
    }
    let id = types::type_id(o);
    if n == "__hash__" && crate::protocols::dunders::unhashable(id) {
        return Ok(none());
    }
    if let Some(m) = methods::find(id, n) {
        let this = match methods::receiver_kind(id, n) {
            methods::Receiver::Instance => o,
            methods::Receiver::Class => types::type_of(o),
            methods::Receiver::Static => Value::NULL,
        };
        return Ok(function::new_method(
            m.name,
            m.func,
            this,
            types::type_name(o),
        ));
    }
    // What every type inherits from `object` (`().__init__`, `(1).__setattr__`).
    let object = types::class_of(TypeId::Object);
    if let Some(f) = object
        .get::<ClassObj>()
        .and_then(|c| c.dict().get_str(name))
    {
        return bind(f, o, types::type_of(o));
    }
    class::no_attribute(o, n)
}

/// `getattr(o, name, default)`: None when the attribute is missing.
pub fn getattr_opt(o: Value, name: Value) -> PyResult<Option<Value>> {
    match getattr(o, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if exceptions::pending_matches(ExcKind::AttributeError) {
                exceptions::take_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// The property or slot member `name` of the class of instance `o`, if it has one.
fn class_descriptor(o: Value, name: Value) -> Option<&'static DescriptorObj> {
    class::instance_class(o)
        .get::<ClassObj>()
        .and_then(|c| c.lookup(name))
        .and_then(|f| f.get::<DescriptorObj>())
        .filter(|d| matches!(d.kind, DescrKind::Property | DescrKind::Member(_)))
}

/// The AttributeError for a property `d` of instance `o` that has no getter, setter or
/// deleter (`what`).
fn property_missing<T>(d: &DescriptorObj, o: Value, what: &str) -> PyResult<T> {
    let cls = class::instance_class(o);
    let qualname = cls.get::<ClassObj>().map_or("?", |c| c.qualname_str());
    let message = match pystr::as_str(d.name.get()) {
        Some(name) => format!(
            "property {} of {} object has no {what}",
            pystr::repr(name),
            pystr::repr(qualname)
        ),
        None => format!("property of {} object has no {what}", pystr::repr(qualname)),
    };
    raise(ExcKind::AttributeError, &message)
}

/// Runs the setter (`v` non-null) or deleter of property `d` for instance `o`, or sets
/// or unsets slot member `d`.
fn property_store(d: &DescriptorObj, o: Value, v: Value) -> PyResult<()> {
    if let DescrKind::Member(word) = d.kind {
        return slots::set(d, word, o, v);
    }
    let (f, what) = if v.is_null() {
        (d.deleter, "deleter")
    } else {
        (d.setter, "setter")
    };
    if f.is_null() {
        return property_missing(d, o, what);
    }
    let args = [o, v];
    let args = if v.is_null() { &args[..1] } else { &args[..] };
    call::call(f, args, Kw::NONE).map(|_| ())
}

/// `property.__set__(o, v)` (or `__delete__(o)` when `v` is null) called directly.
pub fn property_store_on(property: Value, o: Value, v: Value) -> PyResult<()> {
    match property.get::<DescriptorObj>() {
        Some(d) if d.kind == DescrKind::Property => property_store(d, o, v),
        _ => type_error("expected a property"),
    }
}

/// A classmethod's callable bound to `cls`: a descriptor it wraps (a property, a program's
/// descriptor) gets `__get__(cls, type(cls))`, as CPython 3.11 chains them; anything else
/// becomes a method of `cls`.
fn classmethod_bind(func: Value, cls: Value) -> PyResult {
    let chains = func.is_object()
        && match func.kind() {
            Kind::Descriptor => true,
            Kind::Instance => descriptor_get(func).is_some(),
            _ => false,
        };
    if chains {
        return bind(func, cls, types::type_of(cls));
    }
    Ok(function::new_bound(func, cls))
}

/// `o.name = v` (or `del o.name` when `v` is null) through a data descriptor of the
/// program on `o`'s class: its `__set__` (or `__delete__`); None when there is none.
fn descriptor_store(o: Value, name: Value, v: Value) -> Option<PyResult<()>> {
    let found = class::instance_class(o).get::<ClassObj>()?.lookup(name)?;
    if found.kind() != Kind::Instance || !is_data_descriptor(found) {
        return None;
    }
    let (method, args) = if v.is_null() {
        ("__delete__", vec![o])
    } else {
        ("__set__", vec![o, v])
    };
    Some(match ops::user_method(found, method) {
        Some(f) => call::call_with_self(f, found, &args, Kw::NONE).map(|_| ()),
        None => raise(ExcKind::AttributeError, method),
    })
}

/// Stores an attribute on an instance, honouring properties (no `__setattr__`).
pub fn generic_setattr(o: Value, name: Value, v: Value) -> PyResult<()> {
    if o.is_object() && o.kind() == Kind::Class {
        let n = pystr::as_str(name).unwrap_or("?");
        if let Some(r) = class_setattr(o, n, name, v) {
            return r;
        }
    }
    if let Some(d) = class_descriptor(o, name) {
        return property_store(d, o, v);
    }
    if let Some(r) = descriptor_store(o, name, v) {
        return r;
    }
    if let Some(e) = o.get::<ExceptionObj>() {
        match pystr::as_str(name) {
            Some("args") => {
                e.args.set(tuple::new(&crate::protocols::iter::collect(v)?));
                return Ok(());
            }
            Some(which @ ("__cause__" | "__context__")) => {
                if !v.is_none() && !exceptions::is_exception(v) {
                    let what = &which[2..which.len() - 2];
                    return type_error(format!(
                        "exception {what} must be None or derive from BaseException"
                    ));
                }
                if which == "__cause__" {
                    e.cause.set(v);
                    e.suppress_context.set(true);
                } else {
                    e.context.set(v);
                }
                return Ok(());
            }
            Some("__suppress_context__") => {
                e.suppress_context.set(ops::truthy(v)?);
                return Ok(());
            }
            Some("__traceback__") => return crate::protocols::traceback::set_traceback(o, v),
            Some("message" | "exceptions") if !e.group.get().is_null() => {
                return raise(ExcKind::AttributeError, "readonly attribute");
            }
            _ => {}
        }
    }
    let allowed =
        o.kind() != Kind::Instance || class::instances_have_dict(class::instance_class(o));
    if allowed && class::store_own_attr(o, name, v)? {
        return Ok(());
    }
    no_dict_for(o, name)
}

/// The AttributeError for storing or deleting attribute `name` of `o`, which has no
/// `__dict__`: CPython words it differently when the class has an attribute of that name.
fn no_dict_for<T>(o: Value, name: Value) -> PyResult<T> {
    let n = pystr::as_str(name).unwrap_or("?");
    let cls = class::instance_class(o);
    match cls.get::<ClassObj>() {
        Some(c) if o.kind() == Kind::Instance && c.lookup(name).is_some() => raise(
            ExcKind::AttributeError,
            &format!("'{}' object attribute '{n}' is read-only", c.name_str()),
        ),
        _ => class::no_attribute(o, n),
    }
}

/// `type.__setattr__(cls, name, v)`: stores `v` in the namespace of class `o` (None when
/// `o` is no class object).
fn class_setattr(o: Value, n: &str, name: Value, v: Value) -> Option<PyResult<()>> {
    let c = o.get::<ClassObj>()?;
    if c.builtin {
        return Some(type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            c.name_str()
        )));
    }
    let mut data_rebound = false;
    match n {
        "__name__" => c.name.set(v),
        "__qualname__" => c.qualname.set(v),
        _ => {
            data_rebound = !n.starts_with("__")
                && class::is_plain_data(v)
                && c.dict().get_str(name).is_some_and(class::is_plain_data);
            if let Err(e) = c.dict().set(name, v) {
                return Some(Err(e));
            }
        }
    }
    if data_rebound {
        class::data_rebound(o);
    } else {
        class::namespace_changed(o);
    }
    if n == "__del__" {
        class::finalizers_changed();
    }
    Some(Ok(()))
}

/// `type.__delattr__(cls, name)`: removes `name` from the namespace of class `o` (None
/// when `o` is no class object or has no such attribute of its own).
fn class_delattr(o: Value, name: Value) -> Option<PyResult<()>> {
    let c = o.get::<ClassObj>()?;
    match c.dict().remove(name) {
        Err(e) => Some(Err(e)),
        Ok(None) => None,
        Ok(Some(_)) => {
            class::namespace_changed(o);
            if pystr::as_str(name) == Some("__del__") {
                class::finalizers_changed();
            }
            Some(Ok(()))
        }
    }
}

/// `o.name = v`.
pub fn setattr(o: Value, name: Value, v: Value) -> PyResult<()> {
    let Some(n) = pystr::as_str(name) else {
        return type_error(format!(
            "attribute name must be string, not '{}'",
            types::type_name(name)
        ));
    };
    if o.is_object() {
        match o.kind() {
            Kind::Instance | Kind::Exception => {
                if let Some(f) = ops::user_method(o, "__setattr__") {
                    return call::call_with_self(f, o, &[name, v], Kw::NONE).map(|_| ());
                }
                return generic_setattr(o, name, v);
            }
            Kind::Class => {
                if let Some(f) = ops::user_method(o, "__setattr__") {
                    return call::call_with_self(f, o, &[name, v], Kw::NONE).map(|_| ());
                }
                if let Some(r) = class_setattr(o, n, name, v) {
                    return r;
                }
            }
            Kind::Function => {
                if let Some(f) = o.get::<FunctionObj>() {
                    match n {
                        "__closure__" | "__globals__" | "__builtins__" => {
                            return raise(ExcKind::AttributeError, "readonly attribute")
                        }
                        "__name__" | "__qualname__" if v.kind() != Kind::Str => {
                            return type_error(format!("{n} must be set to a string object"))
                        }
                        "__name__" => f.set_name(v),
                        "__qualname__" => f.set_qualname(v),
                        "__defaults__" if !v.is_none() && v.kind() != Kind::Tuple => {
                            return type_error("__defaults__ must be set to a tuple object")
                        }
                        "__defaults__" => f.defaults.set(if v.is_none() { Value::NULL } else { v }),
                        "__kwdefaults__" if !v.is_none() && v.kind() != Kind::Dict => {
                            return type_error("__kwdefaults__ must be set to a dict object")
                        }
                        "__kwdefaults__" => {
                            f.set_kwdefaults(if v.is_none() { Value::NULL } else { v })
                        }
                        "__doc__" => f.set_doc(v),
                        "__module__" => f.set_module(v),
                        "__annotations__" if v.is_none() || v.kind() == Kind::Dict => {
                            f.set_annotations(if v.is_none() { Value::NULL } else { v })
                        }
                        "__annotations__" => {
                            return type_error("__annotations__ must be set to a dict object")
                        }
                        _ => f.dict().set(name, v)?,
                    }
                    return Ok(());
                }
            }
            Kind::Cell if n == "cell_contents" => {
                if let Some(c) = o.get::<CellObj>() {
                    c.value.set(v);
                    return Ok(());
                }
            }
            Kind::Module => {
                if let Some(m) = o.get::<ModuleObj>() {
                    return m.set(name, v);
                }
            }
            Kind::Complex if matches!(n, "real" | "imag") => {
                return raise(ExcKind::AttributeError, "readonly attribute")
            }
            Kind::Descriptor if n == "__doc__" => {
                if let Some(d) = o
                    .get::<DescriptorObj>()
                    .filter(|d| d.kind == DescrKind::Property)
                {
                    d.doc.set(v);
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    class::no_attribute(o, n)
}

/// A descriptor's `__isabstractmethod__`: true when a function it wraps says so.
fn descriptor_is_abstract(d: &DescriptorObj) -> PyResult {
    let flag = pystr::intern("__isabstractmethod__");
    for f in [d.func, d.setter, d.deleter] {
        if f.is_null() {
            continue;
        }
        if let Some(v) = getattr_opt(f, flag)? {
            if ops::truthy(v)? {
                return Ok(crate::objects::value::bool_value(true));
            }
        }
    }
    Ok(crate::objects::value::bool_value(false))
}

/// `del o.name`.
/// `object.__delattr__`: `del o.name` for an instance or exception, without its class's
/// `__delattr__`.
pub fn generic_delattr(o: Value, name: Value) -> PyResult<()> {
    if o.is_object() && o.kind() == Kind::Class {
        if let Some(r) = class_delattr(o, name) {
            return r;
        }
    }
    if let Some(d) = class_descriptor(o, name) {
        return property_store(d, o, Value::NULL);
    }
    if let Some(r) = descriptor_store(o, name, Value::NULL) {
        return r;
    }
    if class::remove_own_attr(o, name)?.is_some() {
        return Ok(());
    }
    if o.kind() == Kind::Instance && !class::instances_have_dict(class::instance_class(o)) {
        return no_dict_for(o, name);
    }
    class::no_attribute(o, pystr::as_str(name).unwrap_or("?"))
}

pub fn delattr(o: Value, name: Value) -> PyResult<()> {
    let n = pystr::as_str(name).unwrap_or("?");
    if o.is_object() {
        match o.kind() {
            Kind::Instance | Kind::Exception => {
                if let Some(f) = ops::user_method(o, "__delattr__") {
                    return call::call_with_self(f, o, &[name], Kw::NONE).map(|_| ());
                }
                return generic_delattr(o, name);
            }
            Kind::Class => {
                if let Some(f) = ops::user_method(o, "__delattr__") {
                    return call::call_with_self(f, o, &[name], Kw::NONE).map(|_| ());
                }
                if let Some(r) = class_delattr(o, name) {
                    return r;
                }
            }
            Kind::Module => {
                if let Some(m) = o.get::<ModuleObj>() {
                    return module::delattr(o, m, name);
                }
            }
            Kind::Function => {
                if let Some(f) = o.get::<FunctionObj>() {
                    match n {
                        "__closure__" | "__globals__" | "__builtins__" => {
                            return raise(ExcKind::AttributeError, "readonly attribute")
                        }
                        "__name__" | "__qualname__" => {
                            return type_error(format!("{n} must be set to a string object"))
                        }
                        "__code__" => return type_error("__code__ must be set to a code object"),
                        "__dict__" => return type_error("cannot delete __dict__"),
                        "__defaults__" => f.defaults.set(Value::NULL),
                        "__kwdefaults__" => f.set_kwdefaults(Value::NULL),
                        "__doc__" => f.set_doc(none()),
                        "__module__" => f.set_module(none()),
                        _ => match f.existing_dict() {
                            Some(d) if d.remove(name)?.is_some() => {}
                            _ => return class::no_attribute(o, n),
                        },
                    }
                    return Ok(());
                }
            }
            Kind::Cell if n == "cell_contents" => {
                if let Some(c) = o.get::<CellObj>() {
                    c.value.set(Value::NULL);
                    return Ok(());
                }
            }
            Kind::Complex if matches!(n, "real" | "imag") => {
                return raise(ExcKind::AttributeError, "readonly attribute")
            }
            _ => {}
        }
    }
    class::no_attribute(o, n)
}

/// Binds a class attribute looked up on the class itself (classmethods bind to it).
pub fn bind_to_class(attr: Value, cls: Value) -> PyResult {
    if let Some(get) = descriptor_get(attr) {
        return call::call_with_self(get, attr, &[none(), cls], Kw::NONE);
    }
    if let Some(rebound) = crate::objects::builtin_subclass::rebind_class_method(attr, cls) {
        return Ok(rebound);
    }
    match attr.get::<DescriptorObj>() {
        Some(d) if d.kind == DescrKind::ClassMethod => classmethod_bind(d.func, cls),
        Some(d) if d.kind == DescrKind::StaticMethod => Ok(d.func),
        _ => Ok(attr),
    }
}
