//! The structural tests of `match` statements (PEP 634) that generated code cannot do
//! itself: sequence, mapping and class patterns, with CPython 3.11's rules and messages.

use crate::objects::class::{self, ClassObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::type_error;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, Kind, PyResult, Value};
use crate::protocols::attr;
use crate::protocols::iter;

/// True for the types a sequence pattern matches: sequences other than str, bytes and
/// bytearray (CPython checks `collections.abc.Sequence`).
fn is_sequence(v: Value) -> bool {
    v.is_object()
        && matches!(
            v.kind(),
            Kind::List | Kind::Tuple | Kind::Range | Kind::MemoryView
        )
        || (v.is_object() && matches!(v.kind(), Kind::Instance) && is_builtin_sequence_subclass(v))
}

fn is_builtin_sequence_subclass(v: Value) -> bool {
    let cls = types::type_of(v);
    [TypeId::List, TypeId::Tuple]
        .iter()
        .any(|&id| class::is_subclass(cls, types::class_of(id)))
}

/// A sequence pattern: the subject's items as a tuple when it is a sequence of at least
/// `min_len` items (exactly, when `exact`), else None.
pub fn sequence(subject: Value, min_len: usize, exact: bool) -> PyResult {
    if !is_sequence(subject) {
        return Ok(none());
    }
    let items = iter::collect(subject)?;
    let fits = if exact {
        items.len() == min_len
    } else {
        items.len() >= min_len
    };
    Ok(if fits { tuple::new(&items) } else { none() })
}

/// A mapping pattern's first test: the subject is a dict (or an instance of a subclass).
pub fn is_mapping(subject: Value) -> bool {
    subject.get::<DictObj>().is_some()
        || class::is_subclass(types::type_of(subject), types::class_of(TypeId::Dict))
}

/// `**rest` of a mapping pattern: a new dict of the subject's items without `keys`.
pub fn mapping_rest(subject: Value, keys: Value) -> PyResult {
    let rest = dict::new();
    let target = rest.get::<DictObj>().expect("a new dict");
    let source = subject.get::<DictObj>().expect("checked by is_mapping");
    let keys = tuple::items(keys).unwrap_or(&[]);
    for (k, v) in source.items() {
        let mut excluded = false;
        for &key in keys {
            if crate::protocols::ops::eq(k, key)? {
                excluded = true;
                break;
            }
        }
        if !excluded {
            target.set(k, v)?;
        }
    }
    Ok(rest)
}

/// Builtin types whose single positional sub-pattern matches the subject itself.
const SELF_MATCHING: &[TypeId] = &[
    TypeId::Bool,
    TypeId::ByteArray,
    TypeId::Bytes,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

/// A class pattern `cls(p1, p2, k1=p3)`: the values the sub-patterns are matched against
/// (positional ones first), or None when the subject is not an instance or lacks an
/// attribute.
pub fn class_pattern(subject: Value, cls: Value, positional: usize, keywords: Value) -> PyResult {
    let Some(c) = cls.get::<ClassObj>() else {
        return type_error("called match pattern must be a type");
    };
    if !class::is_instance(subject, cls) {
        return Ok(none());
    }
    let mut values = Vec::new();
    let mut names: Vec<Value> = Vec::new();
    if positional > 0 {
        let self_matching = SELF_MATCHING.iter().any(|&id| types::class_of(id) == cls);
        let match_args = attr::getattr_opt(cls, pystr::intern("__match_args__"))?;
        match match_args {
            None if self_matching => {
                if positional > 1 {
                    return type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({positional} given)",
                        c.name_str()
                    ));
                }
                values.push(subject);
            }
            None => {
                return type_error(format!(
                    "{}() accepts 0 positional sub-patterns ({positional} given)",
                    c.name_str()
                ))
            }
            Some(args) => {
                let Some(args) = tuple::items(args) else {
                    return type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name_str(),
                        types::type_name(args)
                    ));
                };
                if positional > args.len() {
                    let plural = if args.len() == 1 { "" } else { "s" };
                    return type_error(format!(
                        "{}() accepts {} positional sub-pattern{plural} ({positional} given)",
                        c.name_str(),
                        args.len()
                    ));
                }
                for &name in &args[..positional] {
                    if pystr::as_str(name).is_none() {
                        return type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            types::type_name(name)
                        ));
                    }
                    names.push(name);
                }
            }
        }
    }
    names.extend(tuple::items(keywords).unwrap_or(&[]).iter().copied());
    for (i, &name) in names.iter().enumerate() {
        if names[..i].contains(&name) {
            return type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                c.name_str(),
                pystr::as_str(name).unwrap_or("?")
            ));
        }
        match attr::getattr_opt(subject, name)? {
            Some(v) => values.push(v),
            None => return Ok(none()),
        }
    }
    Ok(tuple::new(&values))
}

#[no_mangle]
pub extern "C" fn rt_match_sequence(subject: Value, min_len: u64, exact: u64) -> Value {
    sequence(subject, min_len as usize, exact != 0).unwrap_or(Value::NULL)
}

#[no_mangle]
pub extern "C" fn rt_match_mapping(subject: Value) -> Value {
    bool_value(is_mapping(subject))
}

#[no_mangle]
pub extern "C" fn rt_match_mapping_rest(subject: Value, keys: Value) -> Value {
    mapping_rest(subject, keys).unwrap_or(Value::NULL)
}

#[no_mangle]
pub extern "C" fn rt_match_class(
    subject: Value,
    cls: Value,
    positional: u64,
    keywords: Value,
) -> Value {
    class_pattern(subject, cls, positional as usize, keywords).unwrap_or(Value::NULL)
}
