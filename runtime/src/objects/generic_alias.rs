//! `types.GenericAlias` (`list[int]`, CPython's `Objects/genericaliasobject.c`) and
//! `types.UnionType` (`int | None`, `Objects/unionobject.c`): what annotations evaluate
//! to. Both are native classes; an alias keeps `__origin__` and `__args__` in its dict, a
//! union its `__args__`.

use crate::objects::class::{self, ClassObj};
use crate::objects::exceptions::type_error;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, not_implemented, Kind, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::ops;

const ALIAS: &str = "types.GenericAlias";
const UNION: &str = "types.UnionType";

fn alias_class() -> Value {
    native_class::class(ALIAS, || {
        native_class::new_class(
            "GenericAlias",
            "types",
            Value::NULL,
            &[
                ("__init__", alias_init),
                ("__repr__", alias_repr),
                ("__call__", alias_call),
                ("__eq__", alias_eq),
                ("__hash__", alias_hash),
                ("__getattr__", alias_getattr),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        )
    })
}

fn union_class() -> Value {
    native_class::class(UNION, || {
        native_class::new_class(
            "UnionType",
            "types",
            Value::NULL,
            &[
                ("__repr__", union_repr),
                ("__eq__", union_eq),
                ("__hash__", union_hash),
                ("__or__", union_or),
                ("__ror__", union_ror),
            ],
        )
    })
}

/// `origin[args]`: `args` is the subscript, a tuple of arguments or a single one.
pub fn new_alias(origin: Value, args: Value) -> Value {
    let args = if args.kind() == Kind::Tuple {
        args
    } else {
        tuple::new(&[args])
    };
    let alias = native_class::instance(alias_class());
    native_class::set(alias, "__origin__", origin);
    native_class::set(alias, "__args__", args);
    native_class::set(alias, "__parameters__", tuple::empty());
    alias
}

/// The builtin classes that take a subscript (CPython's `__class_getitem__` of `list`,
/// `dict`, ...; `type[C]` too).
pub fn subscriptable_builtin(id: TypeId) -> bool {
    matches!(
        id,
        TypeId::List
            | TypeId::Dict
            | TypeId::Tuple
            | TypeId::Set
            | TypeId::FrozenSet
            | TypeId::Type
            | TypeId::Enumerate
    )
}

pub fn is_alias(v: Value) -> bool {
    native_class::is(v, ALIAS)
}

/// The members of a union, if `v` is one.
pub fn union_args(v: Value) -> Option<&'static [Value]> {
    if !native_class::is(v, UNION) {
        return None;
    }
    tuple::items(native_class::state(v, "__args__"))
}

fn args_of(v: Value) -> &'static [Value] {
    tuple::items(native_class::state(v, "__args__")).unwrap_or(&[])
}

/// CPython's `ga_repr_item`: how an alias or union shows an argument.
fn type_repr(v: Value) -> PyResult<String> {
    if v == crate::objects::value::ellipsis() {
        return Ok("...".into());
    }
    if v == types::class_of(TypeId::NoneType) {
        return Ok("None".into());
    }
    if is_alias(v) {
        return ops::repr_string(v);
    }
    if let Some(c) = v.get::<ClassObj>() {
        if let Some(m) = class::stdlib_module(c) {
            return Ok(format!("{m}.{}", c.qualname_str()));
        }
        if c.builtin {
            return Ok(c.qualname_str().to_string());
        }
        let module = attr::getattr_opt(v, pystr::intern("__module__"))?;
        return Ok(match module.and_then(pystr::as_str) {
            Some("builtins") | None => c.qualname_str().to_string(),
            Some(m) => format!("{m}.{}", c.qualname_str()),
        });
    }
    ops::repr_string(v)
}

fn alias_repr(args: &[Value], _kw: Kw) -> PyResult {
    let alias = args[0];
    let origin = type_repr(native_class::state(alias, "__origin__"))?;
    let items = args_of(alias);
    let inner = if items.is_empty() {
        "()".to_string()
    } else {
        items
            .iter()
            .map(|&a| type_repr(a))
            .collect::<PyResult<Vec<_>>>()?
            .join(", ")
    };
    Ok(pystr::new(&format!("{origin}[{inner}]")))
}

/// `types.GenericAlias(origin, args)`, the alias `origin[args]` is.
fn alias_init(args: &[Value], kw: Kw) -> PyResult {
    crate::protocols::args::no_kw("GenericAlias", kw)?;
    let [this, origin, subscript] = args else {
        return type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ));
    };
    let subscript = if subscript.kind() == Kind::Tuple {
        *subscript
    } else {
        tuple::new(&[*subscript])
    };
    native_class::set(*this, "__origin__", *origin);
    native_class::set(*this, "__args__", subscript);
    native_class::set(*this, "__parameters__", tuple::empty());
    Ok(crate::objects::value::none())
}

fn alias_call(args: &[Value], kw: Kw) -> PyResult {
    call::call_rooted(native_class::state(args[0], "__origin__"), &args[1..], kw)
}

fn alias_eq(args: &[Value], _kw: Kw) -> PyResult {
    let (a, b) = (args[0], args[1]);
    if !is_alias(b) {
        return Ok(not_implemented());
    }
    let same_origin = ops::eq(
        native_class::state(a, "__origin__"),
        native_class::state(b, "__origin__"),
    )?;
    Ok(bool_value(
        same_origin
            && ops::eq(
                native_class::state(a, "__args__"),
                native_class::state(b, "__args__"),
            )?,
    ))
}

fn alias_hash(args: &[Value], _kw: Kw) -> PyResult {
    let origin = ops::hash(native_class::state(args[0], "__origin__"))?;
    let items = ops::hash(native_class::state(args[0], "__args__"))?;
    Ok(crate::objects::int::from_i64(origin ^ items))
}

/// The attributes an alias does not take from its origin (CPython's `attr_exceptions`).
const OWN_ATTRIBUTES: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

/// Attributes an alias lacks come from its origin (`list[int].append`,
/// `list[int].__name__`), as CPython's `ga_getattro` forwards them.
fn alias_getattr(args: &[Value], _kw: Kw) -> PyResult {
    let (alias, name) = (args[0], args[1]);
    let n = pystr::as_str(name).unwrap_or("");
    if OWN_ATTRIBUTES.contains(&n) {
        return crate::objects::exceptions::raise_attribute_error(
            alias,
            n,
            &format!("'types.GenericAlias' object has no attribute '{n}'"),
        );
    }
    attr::getattr(native_class::state(alias, "__origin__"), name)
}

/// True for what `|` may join into a union: None, classes, aliases and unions.
fn unionable(v: Value) -> bool {
    v.is_none() || v.kind() == Kind::Class || is_alias(v) || union_args(v).is_some()
}

/// `a | b` for classes, None, aliases and unions; None when either cannot join a union.
pub fn union(a: Value, b: Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    let mut members: Vec<Value> = Vec::new();
    for v in [a, b] {
        let flat = match union_args(v) {
            Some(items) => items.to_vec(),
            None if v.is_none() => vec![types::class_of(TypeId::NoneType)],
            None => vec![v],
        };
        for m in flat {
            let mut seen = false;
            for &existing in &members {
                if existing == m || (is_alias(m) && ops::eq(existing, m)?) {
                    seen = true;
                    break;
                }
            }
            if !seen {
                members.push(m);
            }
        }
    }
    if let [only] = members.as_slice() {
        return Ok(Some(*only));
    }
    let u = native_class::instance(union_class());
    native_class::set(u, "__args__", tuple::new(&members));
    Ok(Some(u))
}

fn union_or(args: &[Value], _kw: Kw) -> PyResult {
    Ok(union(args[0], args[1])?.unwrap_or_else(not_implemented))
}

fn union_ror(args: &[Value], _kw: Kw) -> PyResult {
    Ok(union(args[1], args[0])?.unwrap_or_else(not_implemented))
}

fn union_repr(args: &[Value], _kw: Kw) -> PyResult {
    let parts = args_of(args[0])
        .iter()
        .map(|&a| type_repr(a))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(pystr::new(&parts.join(" | ")))
}

/// Unions are equal when they have the same members, in any order.
fn union_eq(args: &[Value], _kw: Kw) -> PyResult {
    let Some(other) = union_args(args[1]) else {
        return Ok(not_implemented());
    };
    let mine = args_of(args[0]);
    let contains = |set: &[Value], v: Value| -> PyResult<bool> {
        for &x in set {
            if ops::eq(x, v)? {
                return Ok(true);
            }
        }
        Ok(false)
    };
    for &m in mine {
        if !contains(other, m)? {
            return Ok(bool_value(false));
        }
    }
    for &o in other {
        if !contains(mine, o)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

fn union_hash(args: &[Value], _kw: Kw) -> PyResult {
    let mut h: i64 = 0;
    for &m in args_of(args[0]) {
        h ^= ops::hash(m)?;
    }
    Ok(crate::objects::int::from_i64(h))
}

/// `isinstance`/`issubclass` against an alias: CPython refuses it.
pub fn refuse_alias_check<T>(name: &str) -> PyResult<T> {
    type_error(format!(
        "{name}() argument 2 cannot be a parameterized generic"
    ))
}
