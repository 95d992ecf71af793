//! `collections.namedtuple`: classes deriving from `tuple` whose instances keep their
//! fields as instance attributes.

use crate::objects::class::{self, ClassObj, InstanceObj};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::function::{self, DescrKind, NativeFn};
use crate::objects::int;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, none, not_implemented, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::item;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::repr;

/// The field names of a namedtuple class (None if `cls` is not one).
fn nt_fields(cls: Value) -> Option<&'static [Value]> {
    let c = cls.get::<ClassObj>()?;
    let f = c.lookup(pystr::intern("_fields"))?;
    c.lookup(pystr::intern("__closc_namedtuple"))?;
    tuple::items(f)
}

/// The receiver of a namedtuple method and its field values.
fn nt_self(args: &[Value], method: &str) -> PyResult<(Value, Vec<Value>)> {
    if let Some(&o) = args.first() {
        if o.get::<InstanceObj>().is_some() {
            if let Some(fields) = nt_fields(class::instance_class(o)) {
                let vals = fields
                    .iter()
                    .map(|f| class::own_attr(o, *f).unwrap_or_else(none))
                    .collect();
                return Ok((o, vals));
            }
        }
    }
    type_error(format!(
        "descriptor '{method}' requires a namedtuple object"
    ))
}

/// A namedtuple instance of `cls` with these field values.
pub fn namedtuple_make(cls: Value, values: &[Value]) -> PyResult {
    let fields = nt_fields(cls).unwrap_or(&[]);
    let o = class::new_instance(cls);
    for (f, v) in fields.iter().zip(values) {
        class::store_own_attr(o, *f, *v)?;
    }
    Ok(o)
}

/// `__new__(cls, *values, **fields)`: the fields are set here, not in `__init__`, so that
/// `cls.__new__(cls, ...)` (as `pickle` and `copy` call it) makes a complete instance, and
/// a subclass overriding `__new__` can call it through `super()` with other arguments.
fn nt_new(args: &[Value], kw: Kw) -> PyResult {
    let Some(&cls) = args.first() else {
        return type_error("namedtuple.__new__(): not enough arguments");
    };
    let Some(fields) = nt_fields(cls) else {
        return type_error("namedtuple.__new__(X): X is not a namedtuple class");
    };
    let name = cls.get::<ClassObj>().map_or("?", |c| c.name_str());
    let given = &args[1..];
    let n = fields.len();
    let defaults = cls
        .get::<ClassObj>()
        .and_then(|c| c.lookup(pystr::intern("_field_defaults")))
        .and_then(|d| d.get::<DictObj>());
    if given.len() > n {
        let required = n - defaults.map_or(0, |d| d.len()).min(n);
        let counted = if required == n {
            format!("{}", n + 1)
        } else {
            format!("from {} to {}", required + 1, n + 1)
        };
        return type_error(format!(
            "{name}.__new__() takes {counted} positional argument{} but {} {} given",
            if n == 0 { "" } else { "s" },
            given.len() + 1,
            if given.len() + 1 == 1 { "was" } else { "were" }
        ));
    }
    let mut vals: Vec<Value> = vec![Value::NULL; n];
    vals[..given.len()].copy_from_slice(given);
    for (k, v) in kw.iter() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) if !vals[i].is_null() => {
                return type_error(format!(
                    "{name}.__new__() got multiple values for argument '{k}'"
                ))
            }
            Some(i) => vals[i] = v,
            None => {
                return type_error(format!(
                    "{name}.__new__() got an unexpected keyword argument '{k}'"
                ))
            }
        }
    }
    let mut missing = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        if vals[i].is_null() {
            match defaults.and_then(|d| d.get_str(*f)) {
                Some(v) => vals[i] = v,
                None => missing.push(format!("'{}'", pystr::as_str(*f).unwrap_or("?"))),
            }
        }
    }
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            k => format!("{}, and {}", missing[..k - 1].join(", "), missing[k - 1]),
        };
        return type_error(format!(
            "{name}.__new__() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    namedtuple_make(cls, &vals)
}

fn nt_repr(args: &[Value], _kw: Kw) -> PyResult {
    let (o, vals) = nt_self(args, "__repr__")?;
    let cls = class::instance_class(o);
    let name = cls.get::<ClassObj>().map_or("?", |c| c.name_str());
    let fields = nt_fields(cls).unwrap_or(&[]);
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(vals) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*f).unwrap_or("?"),
            repr::repr_string(v)?
        ));
    }
    Ok(pystr::new(&format!("{name}({})", parts.join(", "))))
}

/// The value as a plain tuple, for comparisons (None for other values).
fn as_tuple(v: Value) -> Option<Value> {
    if v.get::<crate::objects::tuple::TupleObj>().is_some() {
        return Some(v);
    }
    if v.get::<InstanceObj>().is_some() && nt_fields(class::instance_class(v)).is_some() {
        let (_, vals) = nt_self(&[v], "").ok()?;
        return Some(tuple::new(&vals));
    }
    None
}

fn nt_compare(args: &[Value], op: u32) -> PyResult {
    let (_, vals) = nt_self(args, "__eq__")?;
    let Some(other) = args.get(1).copied().and_then(as_tuple) else {
        return Ok(not_implemented());
    };
    ops::compare(op, tuple::new(&vals), other)
}

fn nt_eq(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 0)
}
fn nt_ne(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 1)
}
fn nt_lt(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 2)
}
fn nt_le(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 3)
}
fn nt_gt(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 4)
}
fn nt_ge(args: &[Value], _kw: Kw) -> PyResult {
    nt_compare(args, 5)
}

fn nt_hash(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__hash__")?;
    Ok(int::from_i64(ops::hash(tuple::new(&vals))?))
}

fn nt_len(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__len__")?;
    Ok(int::from_u64(vals.len() as u64))
}

fn nt_getitem(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__getitem__")?;
    item::getitem(tuple::new(&vals), args.get(1).copied().unwrap_or_else(none))
}

fn nt_iter(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__iter__")?;
    iter::iter(tuple::new(&vals))
}

fn nt_contains(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__contains__")?;
    Ok(bool_value(ops::contains(
        tuple::new(&vals),
        args.get(1).copied().unwrap_or_else(none),
    )?))
}

fn nt_add(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__add__")?;
    let Some(other) = args.get(1).copied().and_then(as_tuple) else {
        return Ok(not_implemented());
    };
    ops::binary(ops::OP_ADD, tuple::new(&vals), other)
}

/// `nt * n` and `n * nt`: a plain tuple, as for any tuple subclass.
fn nt_mul(args: &[Value], _kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "__mul__")?;
    let Some(&count) = args.get(1) else {
        return type_error("expected 1 argument, got 0");
    };
    ops::binary(ops::OP_MUL, tuple::new(&vals), count)
}

fn nt_count(args: &[Value], kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "count")?;
    call::call_method(tuple::new(&vals), pystr::intern("count"), &args[1..], kw)
}

fn nt_index(args: &[Value], kw: Kw) -> PyResult {
    let (_, vals) = nt_self(args, "index")?;
    call::call_method(tuple::new(&vals), pystr::intern("index"), &args[1..], kw)
}

fn nt_asdict(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_asdict", kw)?;
    let (o, vals) = nt_self(args, "_asdict")?;
    let fields = nt_fields(class::instance_class(o)).unwrap_or(&[]);
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for (f, v) in fields.iter().zip(vals) {
            dd.set(*f, v)?;
        }
    }
    Ok(d)
}

fn nt_replace(args: &[Value], kw: Kw) -> PyResult {
    let (o, mut vals) = nt_self(args, "_replace")?;
    let cls = class::instance_class(o);
    let fields = nt_fields(cls).unwrap_or(&[]);
    let mut unexpected = Vec::new();
    for (k, v) in kw.iter() {
        match fields.iter().position(|f| pystr::as_str(*f) == Some(k)) {
            Some(i) => vals[i] = v,
            None => unexpected.push(format!("'{k}'")),
        }
    }
    if !unexpected.is_empty() {
        return value_error(format!(
            "Got unexpected field names: [{}]",
            unexpected.join(", ")
        ));
    }
    namedtuple_make(cls, &vals)
}

/// `P._make(iterable)` (bound to the class).
fn nt_make(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("_make", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "_make() takes 2 positional arguments but {} were given",
            args.len()
        ));
    }
    let cls = args[0];
    let vals = iter::collect(args[1])?;
    let n = nt_fields(cls).map_or(0, |f| f.len());
    if vals.len() != n {
        return type_error(format!("Expected {n} arguments, got {}", vals.len()));
    }
    namedtuple_make(cls, &vals)
}

/// Namedtuple instances are immutable and have no other attributes (`__slots__ = ()`).
fn nt_setattr_impl(args: &[Value], deleting: bool) -> PyResult {
    let (o, _) = nt_self(args, "__setattr__")?;
    let name = args.get(1).copied().unwrap_or_else(none);
    let n = pystr::as_str(name).unwrap_or("?");
    let fields = nt_fields(class::instance_class(o)).unwrap_or(&[]);
    if fields.iter().any(|f| pystr::as_str(*f) == Some(n)) {
        let verb = if deleting { "delete" } else { "set" };
        return raise(ExcKind::AttributeError, &format!("can't {verb} attribute"));
    }
    if !deleting
        && class::instance_class(o).get::<ClassObj>().is_some_and(|c| {
            c.mro()
                .first()
                .and_then(|k| k.get::<ClassObj>())
                .is_some_and(|k| {
                    k.dict()
                        .get_str(pystr::intern("__closc_namedtuple"))
                        .is_none()
                })
        })
    {
        // A subclass without `__slots__` has an instance dict.
        attr::generic_setattr(o, name, args.get(2).copied().unwrap_or_else(none))?;
        return Ok(none());
    }
    class::no_attribute(o, n)
}

fn nt_setattr(args: &[Value], _kw: Kw) -> PyResult {
    nt_setattr_impl(args, false)
}

fn nt_delattr(args: &[Value], _kw: Kw) -> PyResult {
    nt_setattr_impl(args, true)
}

const NT_METHODS: &[(&str, NativeFn)] = &[
    ("__setattr__", nt_setattr),
    ("__delattr__", nt_delattr),
    ("__repr__", nt_repr),
    ("__eq__", nt_eq),
    ("__ne__", nt_ne),
    ("__lt__", nt_lt),
    ("__le__", nt_le),
    ("__gt__", nt_gt),
    ("__ge__", nt_ge),
    ("__hash__", nt_hash),
    ("__len__", nt_len),
    ("__getitem__", nt_getitem),
    ("__iter__", nt_iter),
    ("__contains__", nt_contains),
    ("__add__", nt_add),
    ("__mul__", nt_mul),
    ("__rmul__", nt_mul),
    ("count", nt_count),
    ("index", nt_index),
    ("_asdict", nt_asdict),
    ("_replace", nt_replace),
];

/// A namedtuple class `name` with these fields.
pub fn namedtuple_class(name: &str, module: &str, fields: &[&str]) -> Value {
    let fields: Vec<Value> = fields.iter().map(|f| pystr::new(f)).collect();
    build_namedtuple(name, module, &fields, dict::new())
}

fn build_namedtuple(name: &str, module: &str, fields: &[Value], defaults: Value) -> Value {
    let ns = dict::new();
    let nsd = ns.get::<DictObj>().expect("dict");
    let owner: &'static str = Box::leak(name.to_string().into_boxed_str());
    for &(m, f) in NT_METHODS {
        nsd.set(
            pystr::intern(m),
            function::new_method(m, f, Value::NULL, owner),
        )
        .expect("str keys hash");
    }
    let ft = tuple::new(fields);
    let _ = nsd.set(pystr::intern("_fields"), ft);
    let _ = nsd.set(pystr::intern("__match_args__"), ft);
    let _ = nsd.set(pystr::intern("_field_defaults"), defaults);
    let _ = nsd.set(pystr::intern("__closc_namedtuple"), bool_value(true));
    let _ = nsd.set(pystr::intern("__module__"), pystr::new(module));
    let _ = nsd.set(pystr::intern("__slots__"), tuple::empty());
    let _ = nsd.set(
        pystr::intern("__new__"),
        function::new_builtin("__new__", nt_new),
    );
    let cls = native_class::new_program_class(name, types::class_of(TypeId::Tuple), ns);
    // A class method, so that a subclass's `_make` makes the subclass.
    native_class::class_set(
        cls,
        "_make",
        function::new_descriptor(
            DescrKind::ClassMethod,
            function::new_builtin("_make", nt_make),
            Value::NULL,
            Value::NULL,
        ),
    );
    cls
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
        && cs.all(|c| c == '_' || c.is_alphanumeric())
}

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub(super) fn namedtuple(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw_python(
        "namedtuple",
        kw,
        &["typename", "field_names", "rename", "defaults", "module"],
    )?;
    let typename = args.first().copied().or(kw.get("typename"));
    let field_names = args.get(1).copied().or(kw.get("field_names"));
    let (Some(typename), Some(field_names)) = (typename, field_names) else {
        return type_error("namedtuple() missing required argument");
    };
    let rename = match kw.get("rename") {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let mut names: Vec<String> = match pystr::as_str(field_names) {
        Some(s) => s
            .replace(',', " ")
            .split_whitespace()
            .map(String::from)
            .collect(),
        None => {
            let mut out = Vec::new();
            for v in iter::collect(field_names)? {
                out.push(repr::str_string(v)?);
            }
            out
        }
    };
    let Some(tname) = pystr::as_str(typename) else {
        return type_error("typename must be a string");
    };
    if rename {
        let mut seen = std::collections::HashSet::new();
        for (i, n) in names.iter_mut().enumerate() {
            if !is_identifier(n)
                || KEYWORDS.contains(&n.as_str())
                || n.starts_with('_')
                || !seen.insert(n.clone())
            {
                *n = format!("_{i}");
            }
        }
    }
    for n in std::iter::once(tname).chain(names.iter().map(|s| s.as_str())) {
        if !is_identifier(n) {
            return value_error(format!(
                "Type names and field names must be valid identifiers: '{n}'"
            ));
        }
        if KEYWORDS.contains(&n) {
            return value_error(format!(
                "Type names and field names cannot be a keyword: '{n}'"
            ));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for n in &names {
        if n.starts_with('_') && !rename {
            return value_error(format!(
                "Field names cannot start with an underscore: '{n}'"
            ));
        }
        if !seen.insert(n.clone()) {
            return value_error(format!("Encountered duplicate field name: '{n}'"));
        }
    }
    let fields: Vec<Value> = names.iter().map(|n| pystr::new(n)).collect();
    let defaults = dict::new();
    if let Some(dv) = kw.get("defaults").filter(|v| !v.is_none()) {
        let dvals = iter::collect(dv)?;
        if dvals.len() > fields.len() {
            return type_error("Got more default values than field names");
        }
        let dd = defaults.get::<DictObj>().expect("dict");
        let start = fields.len() - dvals.len();
        for (f, v) in fields[start..].iter().zip(dvals) {
            dd.set(*f, v)?;
        }
    }
    let module = match kw.get("module").filter(|v| !v.is_none()) {
        Some(m) => repr::str_string(m)?,
        None => "__main__".to_string(),
    };
    Ok(build_namedtuple(tname, &module, &fields, defaults))
}
