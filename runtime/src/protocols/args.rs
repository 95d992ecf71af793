//! Argument checking for functions implemented in Rust, with CPython's messages.

use crate::objects::exceptions::type_error;
use crate::objects::float;
use crate::objects::int;
use crate::objects::types;
use crate::objects::value::{PyResult, Value};
use crate::protocols::call::Kw;

/// `name() takes no keyword arguments` unless `kw` is empty.
pub fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!("{name}() takes no keyword arguments"))
    }
}

/// Rejects keyword arguments not in `allowed`, as CPython's functions written in C do.
pub fn check_kw(name: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    match unexpected_kw(kw, allowed) {
        Some(k) => type_error(format!("'{k}' is an invalid keyword argument for {name}()")),
        None => Ok(()),
    }
}

/// Rejects keyword arguments not in `allowed`, as functions CPython writes in Python do.
pub fn check_kw_python(name: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    match unexpected_kw(kw, allowed) {
        Some(k) => type_error(format!("{name}() got an unexpected keyword argument '{k}'")),
        None => Ok(()),
    }
}

fn unexpected_kw(kw: Kw, allowed: &[&str]) -> Option<&'static str> {
    kw.iter().map(|(k, _)| k).find(|k| !allowed.contains(k))
}

/// Exactly one positional argument (`len()`-style message).
pub fn one(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kw(name, kw)?;
    match args {
        [a] => Ok(*a),
        _ => type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )),
    }
}

/// Between `min` and `max` positional arguments (`divmod expected 2 arguments`-style).
pub fn count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max {
        type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            plural(min)
        ))
    } else if n < min {
        type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        ))
    } else {
        type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ))
    }
}

/// Method arity check: `append() takes exactly one argument (0 given)` (receiver excluded).
pub fn method_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    function_count(name, args.get(1..).unwrap_or_default(), min, max)
}

/// Arity check of a builtin function in CPython's words for functions of no argument,
/// one, or a range (`time.sleep() takes exactly one argument (0 given)`); `name` is as
/// CPython qualifies it (`posix.getpid`, `gmtime`).
pub fn function_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max && min == 1 {
        return type_error(format!("{name}() takes exactly one argument ({n} given)"));
    }
    if max == 0 {
        return type_error(format!("{name}() takes no arguments ({n} given)"));
    }
    if n < min {
        type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            if min == 1 { "" } else { "s" }
        ))
    } else {
        type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        ))
    }
}

/// How CPython's argument checks name the type of a bad argument (`must be str, not
/// None`): the type's name, except for None itself.
pub fn given_type(v: Value) -> &'static str {
    if v.is_none() {
        "None"
    } else {
        types::type_name(v)
    }
}

/// An argument that must be an int fitting a machine word (or an object whose `__index__`
/// gives one).
pub fn index_arg(v: Value) -> PyResult<i64> {
    let v = match crate::protocols::ops::index_value(v)? {
        Some(i) => i,
        None => v,
    };
    match int::to_index(v)? {
        Some(n) => Ok(n),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        )),
    }
}

/// An argument that must be a real number, as a float.
pub fn float_arg(v: Value) -> PyResult<f64> {
    if let Some(f) = float::as_f64(v) {
        return Ok(f);
    }
    if let Some(i) = int::as_int(v) {
        return int::ref_to_f64(&i);
    }
    if let Some(f) = crate::protocols::ops::float_value(v)? {
        return Ok(f);
    }
    type_error(format!("must be real number, not {}", types::type_name(v)))
}
