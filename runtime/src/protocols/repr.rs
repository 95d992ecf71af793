//! `repr()` and `str()` of every kind of value, as CPython prints them.

use crate::objects::class::{self, ClassObj};
use crate::objects::complex;
use crate::objects::dict::DictObj;
use crate::objects::exceptions::type_error;
use crate::objects::float_repr::float_repr;
use crate::objects::function::{
    BoundMethodObj, BuiltinObj, CellObj, CodeObj, DescrKind, DescriptorObj, FunctionObj,
};
use crate::objects::int;
use crate::objects::list::ListObj;
use crate::objects::module::ModuleObj;
use crate::objects::range::{RangeObj, SliceObj};
use crate::objects::set;
use crate::objects::str::{self as pystr, StrObj};
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{Kind, PyResult, Value};
use crate::protocols::call;
use crate::protocols::iter;
use std::cell::RefCell;
use std::fmt::Write;

thread_local! {
    /// Containers whose repr is being built (to print `[...]` for self-references).
    static IN_PROGRESS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// The containers being printed, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    IN_PROGRESS.with(|s| s.borrow().iter().for_each(|&v| visit(v)));
}

/// Runs `f` unless `v` is already being printed (then writes `placeholder`).
fn guarded(
    v: Value,
    out: &mut String,
    placeholder: &str,
    f: impl FnOnce(&mut String) -> PyResult<()>,
) -> PyResult<()> {
    if IN_PROGRESS.with(|s| s.borrow().contains(&v)) {
        out.push_str(placeholder);
        return Ok(());
    }
    IN_PROGRESS.with(|s| s.borrow_mut().push(v));
    let r = f(out);
    IN_PROGRESS.with(|s| s.borrow_mut().pop());
    r
}

/// `<__main__.C object at 0x...>`: the repr of an object without `__repr__`.
pub fn default_repr(v: Value) -> String {
    let cls = types::type_of(v);
    match cls.get::<ClassObj>() {
        Some(c) if !c.builtin => format!("<{} object at {:#x}>", class::qualified_name(c), v.0),
        Some(c) => match class::stdlib_module(c) {
            Some(m) => format!("<{m}.{} object at {:#x}>", c.name_str(), v.0),
            None => format!("<{} object at {:#x}>", c.name_str(), v.0),
        },
        None => format!("<object at {:#x}>", v.0),
    }
}

fn join_items(out: &mut String, items: &[Value]) -> PyResult<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(x, out)?;
    }
    Ok(())
}

fn dict_items_into(out: &mut String, items: &[(Value, Value)]) -> PyResult<()> {
    for (i, &(k, v)) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(k, out)?;
        out.push_str(": ");
        repr_into(v, out)?;
    }
    Ok(())
}

/// Calls a user `__repr__`/`__str__`, checking that it returns a str.
fn call_text_method(f: Value, v: Value, name: &str) -> PyResult<&'static str> {
    let r = call::call_special(f, v, &[])?;
    match pystr::as_str(r) {
        Some(s) => Ok(s),
        None => type_error(format!(
            "{name} returned non-string (type {})",
            types::type_name(r)
        )),
    }
}

/// Appends `repr(v)` to `out`.
pub fn repr_into(v: Value, out: &mut String) -> PyResult<()> {
    if v.is_small() {
        let _ = write!(out, "{}", v.small_value());
        return Ok(());
    }
    let _level = match v.kind() {
        Kind::Tuple | Kind::List | Kind::Dict | Kind::Set | Kind::FrozenSet => Some(
            crate::protocols::call::enter_recursion(" while getting the repr of an object")?,
        ),
        _ => None,
    };
    match v.kind() {
        Kind::None => out.push_str("None"),
        Kind::Bool => out.push_str(if int::as_int(v).is_some_and(|i| !i.is_zero()) {
            "True"
        } else {
            "False"
        }),
        Kind::Int => out.push_str(
            &int::as_int(v)
                .map(|i| int::to_string(&i))
                .transpose()?
                .unwrap_or_default(),
        ),
        Kind::Float => out.push_str(&float_repr(crate::objects::float::as_f64(v).unwrap_or(0.0))),
        Kind::Complex => {
            if let Some(z) = complex::as_complex(v) {
                out.push_str(&complex::repr(z));
            }
        }
        Kind::Str => out.push_str(&pystr::repr(pystr::as_str(v).unwrap_or(""))),
        Kind::Bytes | Kind::ByteArray => out.push_str(&crate::objects::bytes::repr_value(v)),
        Kind::MemoryView => out.push_str(&crate::objects::memoryview::repr(v)),
        Kind::Tuple => {
            let items = tuple::items(v).unwrap_or(&[]);
            if items.is_empty() {
                out.push_str("()");
            } else {
                guarded(v, out, "(...)", |out| {
                    out.push('(');
                    join_items(out, items)?;
                    if items.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                    Ok(())
                })?;
            }
        }
        Kind::List => guarded(v, out, "[...]", |out| {
            let items = v.get::<ListObj>().map(|l| l.snapshot()).unwrap_or_default();
            out.push('[');
            join_items(out, &items)?;
            out.push(']');
            Ok(())
        })?,
        Kind::Dict => guarded(v, out, "{...}", |out| {
            let items = v.get::<DictObj>().map(|d| d.items()).unwrap_or_default();
            out.push('{');
            dict_items_into(out, &items)?;
            out.push('}');
            Ok(())
        })?,
        Kind::Set => set_into(v, "set", false, out)?,
        Kind::FrozenSet => set_into(v, "frozenset", true, out)?,
        Kind::Range => {
            if let Some(r) = v.get::<RangeObj>() {
                out.push_str("range(");
                let parts = if r.values[2] == Value::small(1) {
                    &r.values[..2]
                } else {
                    &r.values[..]
                };
                join_items(out, parts)?;
                out.push(')');
            }
        }
        Kind::Slice => {
            if let Some(s) = v.get::<SliceObj>() {
                out.push_str("slice(");
                join_items(out, &[s.start, s.stop, s.step])?;
                out.push(')');
            }
        }
        Kind::Cell => {
            let content = v.get::<CellObj>().map_or(Value::NULL, |c| c.value.get());
            if content.is_null() {
                let _ = write!(out, "<cell at {:#x}: empty>", v.0);
            } else {
                let _ = write!(
                    out,
                    "<cell at {:#x}: {} object at {:#x}>",
                    v.0,
                    types::type_name(content),
                    content.0
                );
            }
        }
        Kind::Code => {
            let name = v
                .get::<CodeObj>()
                .and_then(|c| pystr::as_str(c.name))
                .unwrap_or("?");
            let _ = write!(out, "<code object {name} at {:#x}>", v.0);
        }
        Kind::Function => {
            let q = v.get::<FunctionObj>().map_or("?", |f| f.qualname_str());
            let _ = write!(out, "<function {q} at {:#x}>", v.0);
        }
        Kind::Generator => out.push_str(&crate::objects::generator::repr(v)),
        Kind::Builtin => {
            if let Some(b) = v.get::<BuiltinObj>() {
                if !b.this.is_null() {
                    if types::type_id(b.this) == types::TypeId::Module {
                        let _ = write!(out, "<built-in function {}>", b.name);
                    } else {
                        let _ = write!(
                            out,
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            types::type_name(b.this),
                            b.this.0
                        );
                    }
                } else if b.owner.is_empty() {
                    let _ = write!(out, "<built-in function {}>", b.name);
                } else {
                    let _ = write!(out, "<method '{}' of '{}' objects>", b.name, b.owner);
                }
            }
        }
        Kind::BoundMethod => {
            if let Some(m) = v.get::<BoundMethodObj>() {
                let name = m
                    .func
                    .get::<FunctionObj>()
                    .map_or_else(|| "?".to_string(), |f| f.qualname_str().to_string());
                let _ = write!(out, "<bound method {name} of ");
                repr_into(m.this, out)?;
                out.push('>');
            }
        }
        Kind::Class => {
            if let Some(f) = crate::protocols::ops::user_method(v, "__repr__") {
                out.push_str(call_text_method(f, v, "__repr__")?);
            } else if let Some(c) = v.get::<ClassObj>() {
                out.push_str(&class::repr(c));
            }
        }
        Kind::Instance | Kind::Exception => {
            let cls = class::instance_class(v);
            match cls
                .get::<ClassObj>()
                .and_then(|c| c.lookup(pystr::intern("__repr__")))
            {
                Some(f) => out.push_str(call_text_method(f, v, "__repr__")?),
                None => out.push_str(&default_repr(v)),
            }
        }
        Kind::Module => {
            if let Some(m) = v.get::<ModuleObj>() {
                let file = m.get(pystr::intern("__file__")).and_then(pystr::as_str);
                let name = m.name_str();
                let _ = match file {
                    Some(file) => write!(out, "<module '{name}' from '{file}'>"),
                    None if crate::modules::is_native_module(name, v) => {
                        write!(out, "<module '{name}' (built-in)>")
                    }
                    // A module made by `types.ModuleType`.
                    None => write!(out, "<module '{name}'>"),
                };
            }
        }
        Kind::File => out.push_str("<file state>"),
        Kind::NotImplemented => out.push_str("NotImplemented"),
        Kind::Ellipsis => out.push_str("Ellipsis"),
        Kind::DictView => {
            let (name, items) = iter::view_parts(v);
            let _ = write!(out, "{name}([");
            join_items(out, &items)?;
            out.push_str("])");
        }
        Kind::Descriptor => {
            if let Some(d) = v.get::<DescriptorObj>() {
                match d.kind {
                    DescrKind::Property => {
                        let _ = write!(out, "<property object at {:#x}>", v.0);
                    }
                    DescrKind::Member(_) => out.push_str(&crate::objects::slots::repr(d)),
                    k => {
                        let name = if k == DescrKind::StaticMethod {
                            "staticmethod"
                        } else {
                            "classmethod"
                        };
                        let _ = write!(out, "<{name}(");
                        repr_into(d.func, out)?;
                        out.push_str(")>");
                    }
                }
            }
        }
        _ => out.push_str(&default_repr(v)),
    }
    Ok(())
}

/// Appends the repr of set or frozenset `v` as type `name` shows it: `{1, 2}` for an exact
/// set (`named`: false), `name({1, 2})` otherwise, `name()` when empty.
fn set_into(v: Value, name: &str, named: bool, out: &mut String) -> PyResult<()> {
    let keys = set::get(v).map(|s| s.keys()).unwrap_or_default();
    if keys.is_empty() {
        let _ = write!(out, "{name}()");
        return Ok(());
    }
    guarded(v, out, &format!("{name}(...)"), |out| {
        if named {
            let _ = write!(out, "{name}(");
        }
        out.push('{');
        join_items(out, &keys)?;
        out.push('}');
        if named {
            out.push(')');
        }
        Ok(())
    })
}

/// The repr of `set`, a set or frozenset that is the base value of an instance of a class
/// deriving from it, named `class_name`: `S({1, 2})`, `S()`.
pub fn subclassed_set_repr(set: Value, class_name: &str) -> PyResult<String> {
    let _level = crate::protocols::call::enter_recursion(" while getting the repr of an object")?;
    let mut out = String::new();
    set_into(set, class_name, true, &mut out)?;
    Ok(out)
}

pub fn repr_string(v: Value) -> PyResult<String> {
    let mut s = String::new();
    repr_into(v, &mut s)?;
    Ok(s)
}

/// `repr(v)` as a str value.
pub fn repr(v: Value) -> PyResult {
    if v.kind() == Kind::Instance || v.kind() == Kind::Exception {
        let cls = class::instance_class(v);
        if let Some(f) = cls
            .get::<ClassObj>()
            .and_then(|c| c.lookup(pystr::intern("__repr__")))
        {
            let r = call::call_special(f, v, &[])?;
            if r.get::<StrObj>().is_none() {
                return type_error(format!(
                    "__repr__ returned non-string (type {})",
                    types::type_name(r)
                ));
            }
            return Ok(r);
        }
    }
    Ok(pystr::new(&repr_string(v)?))
}

/// `str(v)` as a str value.
pub fn str(v: Value) -> PyResult {
    if v.is_small() {
        return Ok(pystr::from_i64(v.small_value()));
    }
    match v.kind() {
        Kind::Str => Ok(v),
        Kind::Instance | Kind::Exception => {
            let cls = class::instance_class(v);
            match cls
                .get::<ClassObj>()
                .and_then(|c| c.lookup(pystr::intern("__str__")))
            {
                Some(f) => {
                    let r = call::call_special(f, v, &[])?;
                    if r.get::<StrObj>().is_none() {
                        return type_error(format!(
                            "__str__ returned non-string (type {})",
                            types::type_name(r)
                        ));
                    }
                    Ok(r)
                }
                None => repr(v),
            }
        }
        _ => repr(v),
    }
}

pub fn str_string(v: Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.to_string());
    }
    let s = str(v)?;
    Ok(pystr::as_str(s).unwrap_or("").to_string())
}
