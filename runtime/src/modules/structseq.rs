//! Struct sequences (CPython's `PyStructSequence`): the tuple-like records some modules
//! return, such as `os.stat_result`, `time.struct_time` and `sys.version_info`. A type is
//! a class deriving from `tuple` (made as `type(name, (tuple,), namespace)` makes one);
//! an instance holds its visible fields as its tuple value, and every named field,
//! visible or not, as an attribute (`st_atime` is the float time while index 7 is its
//! integer part), so indexing, unpacking, comparison and hashing are the tuple's.

use crate::objects::class;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::type_error;
use crate::objects::function;
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{PyResult, Value};
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::repr;

/// The class attribute holding the names the repr gives the visible fields.
const REPR_NAMES: &str = "__closc_structseq_names";
/// The class attribute holding the qualified name the repr starts with.
const REPR_PREFIX: &str = "__closc_structseq_name";

/// CPython's `structseq_repr`: `module.name(field=value, ...)` over the visible fields.
fn structseq_repr(args: &[Value], _kw: Kw) -> PyResult {
    let Some(&this) = args.first() else {
        return type_error("__repr__ needs an argument");
    };
    let cls = class::instance_class(this);
    let prefix = attr::getattr(cls, pystr::intern(REPR_PREFIX))?;
    let names = attr::getattr(cls, pystr::intern(REPR_NAMES))?;
    let values = crate::objects::builtin_subclass::base_value(this)
        .and_then(tuple::items)
        .unwrap_or(&[]);
    let mut parts = Vec::with_capacity(values.len());
    for (name, value) in tuple::items(names).unwrap_or(&[]).iter().zip(values) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*name).unwrap_or("?"),
            repr::repr_string(*value)?
        ));
    }
    Ok(pystr::new(&format!(
        "{}({})",
        pystr::as_str(prefix).unwrap_or("?"),
        parts.join(", ")
    )))
}

/// The getter of a field kept in the tuple: `this` is its index.
fn indexed_field(args: &[Value], _kw: Kw) -> PyResult {
    let (Some(&index), Some(&this)) = (args.first(), args.get(1)) else {
        return type_error("a struct sequence field needs its instance");
    };
    crate::protocols::item::getitem(this, index)
}

/// A struct sequence type `module.name`: `visible` names the tuple's fields (in the repr
/// and `__match_args__`), the first `indexed` of which are read from the tuple (the others
/// are attributes of another value, as `st_atime` is the float time); `hidden` counts the
/// fields only reachable as attributes.
pub fn new_type(
    module: &str,
    name: &str,
    visible: &[&'static str],
    indexed: usize,
    hidden: usize,
) -> Value {
    let namespace = dict::new();
    let ns = namespace.get::<DictObj>().expect("a dict");
    let names: Vec<Value> = visible.iter().map(|n| pystr::new(n)).collect();
    let names = tuple::new(&names);
    let count = |n: usize| int::from_u64(n as u64);
    let entries = [
        ("__module__", pystr::new(module)),
        ("__qualname__", pystr::new(name)),
        (REPR_PREFIX, pystr::new(&format!("{module}.{name}"))),
        (REPR_NAMES, names),
        ("__match_args__", names),
        ("n_sequence_fields", count(visible.len())),
        ("n_fields", count(visible.len() + hidden)),
        (
            "__repr__",
            function::new_method("__repr__", structseq_repr, Value::NULL, "structseq"),
        ),
    ];
    for (key, value) in entries {
        ns.set(pystr::intern(key), value).expect("str keys hash");
    }
    for (i, &field) in visible.iter().enumerate().take(indexed) {
        let getter = function::new_method(
            field,
            indexed_field,
            int::from_u64(i as u64),
            name_static(name),
        );
        let property =
            call::call(types::class_of(TypeId::Property), &[getter], Kw::NONE).expect("a property");
        ns.set(pystr::intern(field), property)
            .expect("str keys hash");
    }
    let bases = tuple::new(&[types::class_of(TypeId::Tuple)]);
    call::call(
        types::class_of(TypeId::Type),
        &[pystr::new(name), bases, namespace],
        Kw::NONE,
    )
    .expect("a struct sequence type")
}

/// The type's name for the field getters (types are made once per program).
fn name_static(name: &str) -> &'static str {
    Box::leak(name.to_string().into_boxed_str())
}

/// The type made by `make` once per program, by `key`.
pub fn registered(key: &'static str, make: fn() -> Value) -> Value {
    native_class::class(key, make)
}

/// An instance of struct sequence type `cls`: `visible` is its tuple, `attributes` its
/// fields not read from the tuple.
pub fn new(cls: Value, visible: &[Value], attributes: &[(&'static str, Value)]) -> Value {
    let o = class::new_instance_with_base(cls, tuple::new(visible));
    for &(name, value) in attributes {
        class::store_own_attr(o, pystr::intern(name), value).expect("str keys hash");
    }
    o
}
