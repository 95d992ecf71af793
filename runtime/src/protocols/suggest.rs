//! CPython's "Did you mean: ...?" suggestions for uncaught NameError and AttributeError.

use crate::objects::class::{self, ClassObj};
use crate::objects::dict::DictObj;
use crate::objects::exceptions::{ExcKind, ExceptionObj};
use crate::objects::function::{CodeObj, FunctionObj};
use crate::objects::methods;
use crate::objects::module::ModuleObj;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{Kind, Value};

const MAX_CANDIDATES: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The global names bound now in the module of `frame` (a function; `__main__` without
/// one), as CPython's globals dict holds them.
fn bound_global_names(frame: Value) -> Vec<&'static str> {
    let index = frame
        .get::<FunctionObj>()
        .map_or(0, |f| f.code().module.get() as usize);
    crate::objects::module::compiled_module(index)
        .and_then(|m| m.get::<ModuleObj>())
        .map(|m| {
            m.entries()
                .into_iter()
                .filter_map(|(k, _)| pystr::as_str(k))
                .collect()
        })
        .unwrap_or_default()
}

/// The builtins module's names, in CPython's order.
const BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "Exception",
    "TypeError",
    "StopAsyncIteration",
    "StopIteration",
    "GeneratorExit",
    "SystemExit",
    "KeyboardInterrupt",
    "ImportError",
    "ModuleNotFoundError",
    "OSError",
    "EnvironmentError",
    "IOError",
    "EOFError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "NameError",
    "UnboundLocalError",
    "AttributeError",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "UnicodeError",
    "UnicodeEncodeError",
    "UnicodeDecodeError",
    "UnicodeTranslateError",
    "AssertionError",
    "ArithmeticError",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "SystemError",
    "ReferenceError",
    "MemoryError",
    "BufferError",
    "Warning",
    "UserWarning",
    "EncodingWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "ConnectionError",
    "BlockingIOError",
    "BrokenPipeError",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "FileExistsError",
    "FileNotFoundError",
    "IsADirectoryError",
    "NotADirectoryError",
    "InterruptedError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

/// What `dir()` shows for any object.
const OBJECT_ATTRS: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (suggestions.c), giving up above `max_cost`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// CPython's `calculate_suggestions`: the closest candidate, if close enough.
fn closest<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn str_items(t: Value) -> Vec<&'static str> {
    tuple::items(t)
        .unwrap_or(&[])
        .iter()
        .filter_map(|v| pystr::as_str(*v))
        .collect()
}

fn name_suggestion(e: &ExceptionObj, name: &str) -> Option<String> {
    let frame = e.frame.get();
    if let Some(f) = frame.get::<FunctionObj>() {
        let locals = f
            .code
            .get::<CodeObj>()
            .map(|c| str_items(c.varnames))
            .unwrap_or_default();
        if let Some(s) = closest(&locals, name) {
            return Some(s.to_string());
        }
    }
    if let Some(s) = closest(&bound_global_names(frame), name) {
        return Some(s.to_string());
    }
    closest(BUILTIN_NAMES, name).map(str::to_string)
}

fn dict_keys(d: Value) -> Vec<&'static str> {
    d.get::<DictObj>()
        .map(|d| {
            d.items()
                .into_iter()
                .filter_map(|(k, _)| pystr::as_str(k))
                .collect()
        })
        .unwrap_or_default()
}

/// `dir(obj)`, as far as suggestions need it.
pub fn dir(obj: Value) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = OBJECT_ATTRS.to_vec();
    let class_names = |c: &ClassObj, names: &mut Vec<&'static str>| {
        for k in c.mro() {
            if let Some(k) = k.get::<ClassObj>() {
                names.extend(dict_keys(k.dict));
            }
        }
    };
    match obj.kind() {
        Kind::Module => {
            names = obj
                .get::<ModuleObj>()
                .map(|m| {
                    m.entries()
                        .into_iter()
                        .filter_map(|(k, _)| pystr::as_str(k))
                        .collect()
                })
                .unwrap_or_default();
        }
        Kind::Class => {
            if let Some(c) = obj.get::<ClassObj>() {
                class_names(c, &mut names);
                names.extend(["__dict__", "__module__", "__weakref__"]);
            }
        }
        Kind::Instance | Kind::Exception => {
            names.extend(
                class::own_attrs(obj)
                    .into_iter()
                    .filter_map(|(k, _)| pystr::as_str(k)),
            );
            if let Some(c) = class::instance_class(obj).get::<ClassObj>() {
                class_names(c, &mut names);
            }
            names.extend(["__dict__", "__module__", "__weakref__"]);
        }
        _ => names.extend(methods::names(types::type_id(obj))),
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// The suggestion CPython appends to an uncaught NameError or AttributeError.
pub fn suggestion(exc: Value) -> Option<String> {
    let e = exc.get::<ExceptionObj>()?;
    let cls = types::type_of(exc);
    let name = pystr::as_str(class::own_attr(exc, pystr::new("name"))?)?;
    if class::is_subclass(cls, types::exc_class(ExcKind::NameError)) {
        return name_suggestion(e, name);
    }
    if class::is_subclass(cls, types::exc_class(ExcKind::AttributeError)) {
        let obj = class::own_attr(exc, pystr::new("obj"))?;
        return closest(&dir(obj), name).map(str::to_string);
    }
    None
}
