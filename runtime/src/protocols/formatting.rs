//! `format()`, f-string replacement fields, `str.format` and `str % args`, on top of the
//! `format_spec` and `printf` modules.

use crate::objects::bytes;
use crate::objects::complex;
use crate::objects::exceptions::{raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{Kind, PyResult, Raised, Value};
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::format_spec;
use crate::protocols::item;
use crate::protocols::ops;
use crate::protocols::printf::{self, PrintfArgs, PrintfErrorKind, PrintfValue, Real};

fn spec_error<T>(msg: String) -> PyResult<T> {
    match format_spec::error_type(&msg) {
        "OverflowError" => raise(ExcKind::OverflowError, &msg),
        _ => raise(ExcKind::ValueError, &msg),
    }
}

/// `format(v, spec)` as a Rust string.
pub fn format_value(v: Value, spec: &str) -> PyResult<String> {
    // A builtin base's `__format__` (`int.__format__` for an int subclass) formats an
    // empty spec as `str(v)`, which honours the subclass's `__str__`.
    if let Some(f) = ops::user_method(v, "__format__") {
        if spec.is_empty() && f.is_object() && f.kind() == Kind::Builtin {
            return ops::str_string(v);
        }
        let r = call::call_special(f, v, &[pystr::new(spec)])?;
        return match pystr::as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => type_error(format!(
                "__format__ must return a str, not {}",
                types::type_name(r)
            )),
        };
    }
    if spec.is_empty() {
        return ops::str_string(v);
    }
    let parsed = match format_spec::parse(spec) {
        Ok(p) => p,
        Err(m) => return spec_error(m),
    };
    let result = if let Some(i) = int::as_int(v) {
        let radix_type = spec.ends_with(['b', 'o', 'x', 'X', 'c']);
        // A machine int has at most 19 digits, far below any digit limit (640 or more).
        if let int::IntRef::Big(b) = i {
            if !radix_type && int::exceeds_str_digits(b) {
                int::to_string(&i)?;
            }
        }
        format_spec::format_int(&i, &parsed)
    } else if let Some(x) = float::as_f64(v) {
        format_spec::format_float(x, &parsed)
    } else if let Some(z) = complex::as_complex(v) {
        format_spec::format_complex(z.re, z.im, &parsed)
    } else if let Some(s) = pystr::as_str(v) {
        format_spec::format_str(s, &parsed)
    } else {
        return type_error(format!(
            "unsupported format string passed to {}.__format__",
            types::type_name(v)
        ));
    };
    result.or_else(spec_error)
}

/// The int of an int, a bool or an instance of an int subclass: `%d` and `%x` take an
/// int's value as it is, as CPython's `PyLong_Check` path does, without `__index__`.
fn int_value(v: Value) -> Option<int::IntRef<'static>> {
    int::as_int(v).or_else(|| crate::objects::builtin_subclass::base_value(v).and_then(int::as_int))
}

impl PrintfValue for Value {
    type Error = Raised;

    fn error(kind: PrintfErrorKind, message: String) -> Raised {
        let k = match kind {
            PrintfErrorKind::TypeError => ExcKind::TypeError,
            PrintfErrorKind::ValueError => ExcKind::ValueError,
            PrintfErrorKind::OverflowError => ExcKind::OverflowError,
        };
        match raise::<()>(k, &message) {
            Err(e) => e,
            Ok(()) => Raised,
        }
    }

    fn type_name(&self) -> String {
        types::type_name(*self).to_string()
    }

    fn to_str(&self) -> PyResult<String> {
        ops::str_string(*self)
    }

    fn to_repr(&self) -> PyResult<String> {
        ops::repr_string(*self)
    }

    fn as_str(&self) -> Option<String> {
        pystr::as_str(*self).map(str::to_string)
    }

    fn as_real(&self) -> PyResult<Option<Real>> {
        if let Some(i) = int_value(*self) {
            return Ok(Some(Real::Int(i.to_big())));
        }
        if let Some(x) = float::as_f64(*self) {
            return Ok(Some(Real::Float(x)));
        }
        if let Some(r) = ops::call_dunder(*self, "__index__", &[]) {
            return Ok(int::as_int(r?).map(|i| Real::Int(i.to_big())));
        }
        if let Some(r) = ops::call_dunder(*self, "__float__", &[]) {
            return Ok(float::as_f64(r?).map(Real::Float));
        }
        Ok(None)
    }

    fn as_machine_int(&self) -> Option<i64> {
        int_value(*self)?.to_i64()
    }

    fn get_item(&self, key: &str) -> PyResult<Value> {
        item::getitem(*self, pystr::new(key))
    }

    fn get_item_bytes(&self, key: &[u8]) -> PyResult<Value> {
        item::getitem(*self, bytes::new(key))
    }

    fn as_bytes(&self) -> PyResult<Option<Vec<u8>>> {
        if let Some(b) = bytes::buffer(*self)? {
            return Ok(Some(b.into_vec()));
        }
        match ops::call_dunder(*self, "__bytes__", &[]) {
            Some(r) => {
                let r = r?;
                match bytes::as_bytes(r) {
                    Some(b) => Ok(Some(b.to_vec())),
                    None => type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        types::type_name(r)
                    )),
                }
            }
            None => Ok(None),
        }
    }
}

/// `fmt % args` for a str `fmt`.
pub fn format_percent(fmt: Value, args: Value) -> PyResult {
    let f = pystr::as_str(fmt).unwrap_or("");
    let items = tuple::items_of_instance(args)?;
    let operand = match items.as_deref() {
        Some(items) => PrintfArgs::Tuple(items),
        None => {
            let mapping = args.kind() != Kind::Str
                && (matches!(args.kind(), Kind::Dict | Kind::List | Kind::Tuple)
                    || ops::user_method(args, "__getitem__").is_some());
            PrintfArgs::Single {
                value: &args,
                mapping,
            }
        }
    };
    Ok(pystr::new(&printf::printf(f, operand)?))
}

/// `fmt % args` for a bytes or bytearray `fmt`, giving the same type.
pub fn format_bytes_percent(fmt: Value, args: Value) -> PyResult {
    let f = bytes::contents(fmt);
    let items = tuple::items_of_instance(args)?;
    let operand = match items.as_deref() {
        Some(items) => PrintfArgs::Tuple(items),
        None => {
            let mapping = !matches!(args.kind(), Kind::Str | Kind::Bytes)
                && (matches!(
                    args.kind(),
                    Kind::Dict | Kind::List | Kind::ByteArray | Kind::MemoryView
                ) || ops::user_method(args, "__getitem__").is_some());
            PrintfArgs::Single {
                value: &args,
                mapping,
            }
        }
    };
    let data = printf::printf_bytes(&f, operand)?;
    Ok(bytes::new_like(fmt.kind() == Kind::ByteArray, data))
}

/// Applies a `!r` / `!s` / `!a` conversion.
fn convert(v: Value, conv: Option<char>) -> PyResult<Value> {
    match conv {
        None => Ok(v),
        Some('r') => ops::repr(v),
        Some('s') => ops::str(v),
        Some('a') => Ok(pystr::new(&ascii(&ops::repr_string(v)?))),
        Some(c) => value_error(format!("Unknown conversion specifier {c}")),
    }
}

/// `ascii()`: escapes non-ASCII characters of a repr.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// State of automatic / manual field numbering in `str.format`.
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// Resolves a field name (`0`, `name`, `0.attr[key]`) against the arguments.
fn field_value(
    name: &str,
    args: Option<&[Value]>,
    named: Named,
    numbering: &mut Numbering,
) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(end);
    let positional = first.is_empty() || first.parse::<usize>().is_ok();
    let args = match args {
        Some(args) => args,
        None if positional => return value_error("Format string contains positional fields"),
        None => &[],
    };
    let mut v = if first.is_empty() {
        let n =
            match numbering {
                Numbering::Manual => return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ),
                Numbering::Unknown => 0,
                Numbering::Auto(n) => *n,
            };
        *numbering = Numbering::Auto(n + 1);
        match args.get(n) {
            Some(v) => *v,
            None => {
                return raise(
                    ExcKind::IndexError,
                    &format!("Replacement index {n} out of range for positional args tuple"),
                )
            }
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if let Numbering::Auto(_) = numbering {
            return value_error(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        *numbering = Numbering::Manual;
        match args.get(n) {
            Some(v) => *v,
            None => {
                return raise(
                    ExcKind::IndexError,
                    &format!("Replacement index {n} out of range for positional args tuple"),
                )
            }
        }
    } else {
        named(first)?
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = attr::getattr(v, pystr::new(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(close) = r.find(']') else {
                return value_error("Missing ']' in format string");
            };
            let key = &r[..close];
            let k = match key.parse::<i64>() {
                Ok(n) => int::from_i64(n),
                Err(_) => pystr::new(key),
            };
            v = item::getitem(v, k)?;
            rest = &r[close + 1..];
        } else {
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok(v)
}

/// How `str.format` finds a named field: in the keyword arguments, or (`format_map`) by
/// subscripting a mapping.
type Named<'a> = &'a dyn Fn(&str) -> PyResult<Value>;

/// `fmt.format(*args, **kw)`.
pub fn str_format(fmt: &str, args: &[Value], kw: Kw) -> PyResult<String> {
    let mut numbering = Numbering::Unknown;
    let named = |name: &str| match kw.get(name) {
        Some(v) => Ok(v),
        None => raise_args(ExcKind::KeyError, &[pystr::new(name)]),
    };
    format_with(fmt, Some(args), &named, &mut numbering, 2)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(fmt: &str, mapping: Value) -> PyResult<String> {
    let mut numbering = Numbering::Unknown;
    let named = |name: &str| item::getitem(mapping, pystr::new(name));
    format_with(fmt, None, &named, &mut numbering, 2)
}

fn format_with(
    fmt: &str,
    args: Option<&[Value]>,
    named: Named,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    // Braces, `:` and `!` are ASCII, so the text is scanned as bytes and every position
    // found is a character boundary.
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < bytes.len() {
        let literal_end = bytes[i..]
            .iter()
            .position(|&b| b == b'{' || b == b'}')
            .map_or(bytes.len(), |n| i + n);
        out.push_str(&fmt[i..literal_end]);
        i = literal_end;
        if i == bytes.len() {
            break;
        }
        if bytes[i] == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return value_error("Single '}' encountered in format string");
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push('{');
            i += 2;
            continue;
        }
        let mut level = 1;
        let mut j = i + 1;
        while j < bytes.len() {
            match bytes[j] {
                b'{' => level += 1,
                b'}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= bytes.len() {
            return value_error(if level > 1 {
                "unmatched '{' in format spec"
            } else {
                "Single '{' encountered in format string"
            });
        }
        let field = &fmt[i + 1..j];
        i = j + 1;
        let (head, spec) = match field.find(':') {
            Some(p) if !field[..p].contains('[') || field[..p].contains(']') => {
                (&field[..p], &field[p + 1..])
            }
            _ => (field, ""),
        };
        let (name, conv) = match head.find('!') {
            Some(p) => {
                let conv = &head[p + 1..];
                let mut cs = conv.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => (&head[..p], Some(c)),
                    _ => return value_error("expected ':' after conversion specifier"),
                }
            }
            None => (head, None),
        };
        let v = field_value(name, args, named, numbering)?;
        let v = convert(v, conv)?;
        let nested;
        let spec = if spec.contains('{') {
            if depth == 0 {
                return value_error("Max string recursion exceeded");
            }
            nested = format_with(spec, args, named, numbering, depth - 1)?;
            nested.as_str()
        } else {
            spec
        };
        out.push_str(&format_value(v, spec)?);
    }
    Ok(out)
}

/// `format(v, spec)` builtin (and `rt_format`).
pub fn builtin_format(v: Value, spec: Value) -> PyResult {
    let spec_text = if spec.is_null() {
        ""
    } else {
        match pystr::as_str(spec) {
            Some(s) => s,
            None => {
                return type_error(format!(
                    "format() argument 2 must be str, not {}",
                    types::type_name(spec)
                ))
            }
        }
    };
    if spec_text.is_empty() {
        if v.is_object() && v.kind() == Kind::Str {
            return Ok(v);
        }
        if v.is_small() {
            return Ok(pystr::from_i64(v.small_value()));
        }
    }
    Ok(pystr::new(&format_value(v, spec_text)?))
}

/// The `str.format` method.
pub fn format_method(args: &[Value], kw: Kw) -> PyResult {
    let Some(fmt) = args.first().and_then(|v| pystr::as_str(*v)) else {
        return type_error("descriptor 'format' for 'str' objects doesn't apply to this object");
    };
    Ok(pystr::new(&str_format(fmt, &args[1..], kw)?))
}
