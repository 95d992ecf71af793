//! The builtin functions (`print`, `len`, `sorted`, ...) and the constructors of the
//! builtin types (`int(...)`, `list(...)`, ...).

use crate::modules;
use crate::objects::bytes;
use crate::objects::class::{self, ClassObj};
use crate::objects::codecs;
use crate::objects::complex::{self, Complex};
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::function::{self, DescrKind, NativeFn};
use crate::objects::generic_alias;
use crate::objects::int;
use crate::objects::list;
use crate::objects::memoryview;
use crate::objects::metaclass;
use crate::objects::methods;
use crate::objects::range;
use crate::objects::set;
use crate::objects::str as pystr;
use crate::objects::super_obj;
use crate::objects::tuple;
use crate::objects::types::{self, TypeId};
use crate::objects::value::{bool_value, ellipsis, none, not_implemented, Kind, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::formatting;
use crate::protocols::iter;
use crate::protocols::ops;
use crate::protocols::sort;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::ToPrimitive;
use std::cell::RefCell;
use std::collections::HashMap;

static BUILTINS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("repr", repr),
    ("ascii", ascii),
    ("callable", callable),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("__import__", modules::dunder_import),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("iter", iter_builtin),
    ("next", next),
    ("aiter", crate::objects::coroutine::builtin_aiter),
    ("anext", crate::objects::coroutine::builtin_anext),
    ("hash", hash),
    ("id", id),
    ("ord", ord),
    ("chr", chr),
    ("divmod", divmod),
    ("pow", pow),
    ("round", round),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("format", format),
    ("input", input),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("exit", exit),
    ("quit", exit),
];

thread_local! {
    static CACHE: RefCell<HashMap<&'static str, Value>> = RefCell::new(HashMap::new());
}

/// The builtin function objects made so far, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    CACHE.with(|c| c.borrow().values().for_each(|&v| visit(v)));
}

/// `rt_builtin(name)`: a builtin function, type, exception class or constant.
/// The entries of module `builtins`: every builtin name, as a program's code finds it.
/// Names resolve to builtins when the program starts, so rebinding an attribute of the
/// module does not change what they resolve to (README).
pub fn entries() -> Vec<(&'static str, Value)> {
    let constants = [
        "None",
        "True",
        "False",
        "NotImplemented",
        "Ellipsis",
        "open",
    ];
    BUILTINS
        .iter()
        .map(|(name, _)| *name)
        .chain(types::builtin_class_names())
        .chain(constants)
        .filter_map(|name| lookup(name).ok().map(|value| (name, value)))
        .collect()
}

pub fn lookup(name: &str) -> PyResult {
    if let Some(cls) = types::by_name(name) {
        return Ok(cls);
    }
    match name {
        "None" => return Ok(none()),
        "True" => return Ok(bool_value(true)),
        "False" => return Ok(bool_value(false)),
        "NotImplemented" => return Ok(not_implemented()),
        "Ellipsis" => return Ok(ellipsis()),
        "open" => return Ok(modules::io::open_builtin()),
        _ => {}
    }
    let Some(&(n, f)) = BUILTINS.iter().find(|(n, _)| *n == name) else {
        return raise(ExcKind::NameError, &format!("name '{name}' is not defined"));
    };
    Ok(CACHE.with(|c| {
        *c.borrow_mut()
            .entry(n)
            .or_insert_with(|| function::new_builtin(n, f))
    }))
}

fn print(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("print", kw, &["sep", "end", "file", "flush"])?;
    let text_opt = |name: &str, default: &'static str| -> PyResult<&'static str> {
        match kw.get(name) {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => match pystr::as_str(v) {
                Some(s) => Ok(s),
                None => type_error(format!(
                    "{name} must be None or a string, not {}",
                    types::type_name(v)
                )),
            },
        }
    };
    let sep = text_opt("sep", " ")?;
    let end = text_opt("end", "\n")?;
    let file = match kw.get("file").filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => match modules::sys::stream("stdout")? {
            Some(f) if f.is_none() => return Ok(none()),
            f => f,
        },
    };
    let flush = match kw.get("flush") {
        Some(flush) => ops::truthy(flush)?,
        None => false,
    };
    // The standard streams, while the program has not closed them, take the whole line
    // at once.
    let stderr = file.is_some_and(|f| modules::io::is_standard(f, 2));
    let Some(file) = file.filter(|&f| !stderr && !modules::io::is_standard(f, 1)) else {
        let mut out = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            match pystr::as_str(*a) {
                Some(s) => out.push_str(s),
                None => out.push_str(&ops::str_string(*a)?),
            }
        }
        out.push_str(end);
        if stderr {
            crate::output::write_stderr(&out);
        } else {
            crate::output::write_stdout(&out);
        }
        if flush && !stderr {
            crate::output::flush_stdout();
        }
        return Ok(none());
    };
    // Any other object with a `write` method gets each piece in turn, as CPython writes them.
    let write = pystr::new("write");
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            call::call_method(file, write, &[pystr::new(sep)], Kw::NONE)?;
        }
        let text = match pystr::as_str(*a) {
            Some(_) => *a,
            None => pystr::new(&ops::str_string(*a)?),
        };
        call::call_method(file, write, &[text], Kw::NONE)?;
    }
    call::call_method(file, write, &[pystr::new(end)], Kw::NONE)?;
    if flush {
        call::call_method(file, pystr::new("flush"), &[], Kw::NONE)?;
    }
    Ok(none())
}

fn len(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("len", args, kw)?;
    Ok(int::from_u64(ops::len(v)? as u64))
}

fn abs(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("abs", args, kw)?;
    if let Some(i) = int::as_int(v) {
        return Ok(if i.is_negative() {
            int::negate(&i)
        } else {
            int::from_big(i.to_big())
        });
    }
    if let Some(f) = float::as_f64(v) {
        return Ok(float::new(f.abs()));
    }
    if let Some(z) = complex::as_complex(v) {
        return Ok(float::new(complex::abs(z)?));
    }
    if let Some(r) = ops::call_dunder(v, "__abs__", &[]) {
        return r;
    }
    type_error(format!(
        "bad operand type for abs(): '{}'",
        types::type_name(v)
    ))
}

fn min_max(args: &[Value], kw: Kw, name: &str, want_greater: bool) -> PyResult {
    args::check_kw(name, kw, &["key", "default"])?;
    let key = kw.get("key").filter(|k| !k.is_none());
    let default = kw.get("default");
    let collected;
    let items: &[Value] = match args {
        [] => return type_error(format!("{name} expected at least 1 argument, got 0")),
        [one] => {
            collected = iter::collect_rooted(*one)?;
            &collected
        }
        many => {
            if default.is_some() {
                return type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ));
            }
            // The caller keeps its arguments where the collector sees them (see gc.rs).
            many
        }
    };
    // The items are rooted and the best pair is on the stack: the key function may run
    // with collection allowed.
    let mut best: Option<(Value, Value)> = None;
    for &item in items.iter() {
        let k = match key {
            Some(f) => call::call_rooted(f, &[item], Kw::NONE)?,
            None => item,
        };
        best = Some(match best {
            None => (item, k),
            Some((bi, bk)) => {
                let better = if want_greater {
                    ops::truthy(ops::rich_compare(4, k, bk)?)?
                } else {
                    ops::less_than(k, bk)?
                };
                if better {
                    (item, k)
                } else {
                    (bi, bk)
                }
            }
        });
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d),
        (None, None) => value_error(format!("{name}() arg is an empty sequence")),
    }
}

fn min(args: &[Value], kw: Kw) -> PyResult {
    min_max(args, kw, "min", false)
}

fn max(args: &[Value], kw: Kw) -> PyResult {
    min_max(args, kw, "max", true)
}

fn sum(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("sum", kw, &["start"])?;
    if args.is_empty() || args.len() > 2 {
        return type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let mut acc = args
        .get(1)
        .copied()
        .or(kw.get("start"))
        .unwrap_or(Value::small(0));
    if acc.kind() == Kind::Str {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = iter::iter(args[0])?;
    while let Some(x) = iter::next_rooted(it)? {
        acc = ops::binary(0, acc, x)?;
    }
    Ok(acc)
}

fn repr(args: &[Value], kw: Kw) -> PyResult {
    ops::repr(args::one("repr", args, kw)?)
}

fn ascii(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("ascii", args, kw)?;
    Ok(pystr::new(&formatting::ascii(&ops::repr_string(v)?)))
}

fn callable(args: &[Value], kw: Kw) -> PyResult {
    Ok(bool_value(call::is_callable(args::one(
        "callable", args, kw,
    )?)))
}

/// `isinstance(v, spec)` / `issubclass`, where `spec` is a class or a tuple of them.
fn matches_spec(cls: Value, spec: Value, name: &str) -> PyResult<bool> {
    if spec.kind() == Kind::Class {
        return Ok(class::is_subclass(cls, spec));
    }
    if generic_alias::is_alias(spec) {
        return generic_alias::refuse_alias_check(name);
    }
    if let Some(items) = tuple::items(spec).or_else(|| generic_alias::union_args(spec)) {
        for s in items {
            if matches_spec(cls, *s, name)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    type_error(format!(
        "{name}() arg 2 must be a type, a tuple of types, or a union"
    ))
}

/// `isinstance(v, spec)` or `issubclass(v, spec)` (`name`) where the class `spec`, or a
/// class in the tuple `spec`, has a metaclass defining `__instancecheck__` or
/// `__subclasscheck__` (`hook`); None when no such hook applies.
fn check_hook(v: Value, spec: Value, hook: &'static str, name: &str) -> PyResult<Option<bool>> {
    if let Some(items) = tuple::items(spec) {
        if !items.iter().any(|&s| ops::user_method(s, hook).is_some()) {
            return Ok(None);
        }
        for &s in items {
            let found = match check_hook(v, s, hook, name)? {
                Some(found) => found,
                None if name == "isinstance" => matches_spec(types::type_of(v), s, name)?,
                None => matches_spec(v, s, name)?,
            };
            if found {
                return Ok(Some(true));
            }
        }
        return Ok(Some(false));
    }
    match ops::user_method(spec, hook) {
        Some(f) => Ok(Some(ops::truthy(call::call_with_self(
            f,
            spec,
            &[v],
            Kw::NONE,
        )?)?)),
        None => Ok(None),
    }
}

fn isinstance(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("isinstance", kw)?;
    args::count("isinstance", args, 2, 2)?;
    if let Some(found) = check_hook(args[0], args[1], "__instancecheck__", "isinstance")? {
        return Ok(bool_value(found));
    }
    if matches_spec(types::type_of(args[0]), args[1], "isinstance")? {
        return Ok(bool_value(true));
    }
    match claimed_class(args[0])? {
        Some(claimed) => Ok(bool_value(matches_spec(claimed, args[1], "isinstance")?)),
        None => Ok(bool_value(false)),
    }
}

/// The class an object claims through a `__class__` its class (not `object`) defines, when
/// it differs from its type: CPython's `isinstance` also accepts an object whose
/// `__class__` is a subclass (as `unittest.mock` objects with a `spec` do). Only objects
/// of classes defining `__class__` are asked, keeping the common path a cached lookup.
fn claimed_class(v: Value) -> PyResult<Option<Value>> {
    if ops::user_method(v, "__class__").is_none() {
        return Ok(None);
    }
    let claimed = match attr::getattr(v, pystr::intern("__class__")) {
        Ok(claimed) => claimed,
        Err(_) if exceptions::pending_matches(ExcKind::AttributeError) => {
            exceptions::take_pending();
            return Ok(None);
        }
        Err(raised) => return Err(raised),
    };
    let is_other_class = claimed.kind() == Kind::Class && claimed != types::type_of(v);
    Ok(is_other_class.then_some(claimed))
}

fn issubclass(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("issubclass", kw)?;
    args::count("issubclass", args, 2, 2)?;
    if args[0].kind() != Kind::Class {
        return type_error("issubclass() arg 1 must be a class");
    }
    if let Some(found) = check_hook(args[0], args[1], "__subclasscheck__", "issubclass")? {
        return Ok(bool_value(found));
    }
    Ok(bool_value(matches_spec(args[0], args[1], "issubclass")?))
}

fn sorted(args: &[Value], kw: Kw) -> PyResult {
    if args.len() != 1 {
        return type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    let (key, reverse) = methods::sort_options("sort", kw)?;
    let mut items = iter::collect_rooted(args[0])?;
    sort::sort(&mut items, key, reverse)?;
    Ok(list::from_vec(items.into_vec()))
}

fn any(args: &[Value], kw: Kw) -> PyResult {
    let it = iter::iter(args::one("any", args, kw)?)?;
    while let Some(x) = iter::next_rooted(it)? {
        if ops::truthy(x)? {
            return Ok(bool_value(true));
        }
    }
    Ok(bool_value(false))
}

fn all(args: &[Value], kw: Kw) -> PyResult {
    let it = iter::iter(args::one("all", args, kw)?)?;
    while let Some(x) = iter::next_rooted(it)? {
        if !ops::truthy(x)? {
            return Ok(bool_value(false));
        }
    }
    Ok(bool_value(true))
}

fn iter_builtin(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("iter", kw)?;
    args::count("iter", args, 1, 2)?;
    match args {
        [callable, sentinel] => iter::callable_iter(*callable, *sentinel),
        _ => iter::iter(args[0]),
    }
}

/// `next(it[, default])`. Called from compiled code (or by runtime code that blocks
/// collections itself), holding nothing but its arguments: the collector may run while the
/// item is made.
fn next(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("next", kw)?;
    args::count("next", args, 1, 2)?;
    if crate::objects::coroutine::is_generator_iterator(args[0]) {
        // A generator's return value becomes StopIteration's value.
        return match crate::objects::generator::resume_rooted(args[0], none(), false)? {
            crate::objects::generator::Resumed::Yielded(v) => Ok(v),
            crate::objects::generator::Resumed::Returned(v) => match args.get(1) {
                Some(d) => Ok(*d),
                None if v.is_none() => raise_args(ExcKind::StopIteration, &[]),
                None => raise_args(ExcKind::StopIteration, &[v]),
            },
        };
    }
    if args.len() == 1 && args[0].is_object() && args[0].kind() == Kind::Instance {
        // The StopIteration a user's `__next__` raises goes on as it is, args included.
        if let Some(f) = ops::user_method(args[0], "__next__") {
            return call::call_with_self_rooted(f, args[0], &[], Kw::NONE);
        }
    }
    match iter::next_rooted(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => raise_args(ExcKind::StopIteration, &[]),
        },
    }
}

fn hash(args: &[Value], kw: Kw) -> PyResult {
    Ok(int::from_i64(ops::hash(args::one("hash", args, kw)?)?))
}

fn id(args: &[Value], kw: Kw) -> PyResult {
    Ok(int::from_u64(args::one("id", args, kw)?.0))
}

fn ord(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("ord", args, kw)?;
    if bytes::is_bytes_or_bytearray(v) {
        let data = bytes::contents(v);
        if data.len() != 1 {
            return type_error(format!(
                "ord() expected a character, but string of length {} found",
                data.len()
            ));
        }
        return Ok(Value::small(data[0] as i64));
    }
    let Some(s) = v.get::<pystr::StrObj>() else {
        return type_error(format!(
            "ord() expected string of length 1, but {} found",
            types::type_name(v)
        ));
    };
    if s.len() != 1 {
        return type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ));
    }
    Ok(int::from_u64(s.char_at(0) as u64))
}

fn chr(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("chr", args, kw)?;
    // CPython's chr takes a C int.
    let fits_c_int = |i: int::IntRef<'_>| i.to_i64().is_some_and(|n| i32::try_from(n).is_ok());
    if int::as_int(v).is_some_and(|i| !fits_c_int(i)) {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    }
    let n = args::index_arg(v)?;
    match u32::try_from(n).ok().filter(|n| *n < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(c) => Ok(pystr::new(c.encode_utf8(&mut [0; 4]))),
            None => value_error("chr() arg is a lone surrogate, which closc cannot represent"),
        },
        None => value_error("chr() arg not in range(0x110000)"),
    }
}

fn divmod(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("divmod", kw)?;
    args::count("divmod", args, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if a.is_small() && b.is_small() && b.small_value() != 0 {
        let (x, y) = (a.small_value(), b.small_value());
        let (q, r) = (Integer::div_floor(&x, &y), Integer::mod_floor(&x, &y));
        return Ok(tuple::new(&[int::from_i64(q), int::from_i64(r)]));
    }
    if let (Some(x), Some(y)) = (int::as_int(a), int::as_int(b)) {
        if y.is_zero() {
            return raise(
                ExcKind::ZeroDivisionError,
                "integer division or modulo by zero",
            );
        }
        let (q, r) = int::div_mod_floor(&x.as_big(), &y.as_big());
        return Ok(tuple::new(&[int::from_big(q), int::from_big(r)]));
    }
    let num = |v: Value| {
        float::as_f64(v).or_else(|| int::as_int(v).and_then(|i| int::ref_to_f64(&i).ok()))
    };
    if !ops::is_user_object(a) && !ops::is_user_object(b) {
        if let (Some(x), Some(y)) = (num(a), num(b)) {
            if y == 0.0 {
                return raise(ExcKind::ZeroDivisionError, "float divmod()");
            }
            let (q, r) = float::divmod(x, y);
            return Ok(tuple::new(&[float::new(q), float::new(r)]));
        }
    }
    if let Some(r) = ops::call_dunder(a, "__divmod__", &[b]) {
        let r = r?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if let Some(r) = ops::call_dunder(b, "__rdivmod__", &[a]) {
        let r = r?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        types::type_name(a),
        types::type_name(b)
    ))
}

fn pow(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("pow", kw, &["base", "exp", "mod"])?;
    let base = args.first().copied().or(kw.get("base"));
    let exp = args.get(1).copied().or(kw.get("exp"));
    let modulus = args
        .get(2)
        .copied()
        .or(kw.get("mod"))
        .filter(|m| !m.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return type_error(format!(
            "pow() missing required argument '{}' (pos {})",
            if base.is_none() { "base" } else { "exp" },
            if base.is_none() { 1 } else { 2 }
        ));
    };
    let is_complex = |v: Value| v.kind() == Kind::Complex;
    let is_number = |v: Value| int::is_int(v) || v.kind() == Kind::Float || is_complex(v);
    match modulus {
        None => ops::binary(6, base, exp),
        // Complex numbers' `__pow__` refuses a modulus: as CPython tries `__pow__` then
        // `__rpow__` then the modulus's `__pow__`, that is when the first of those that
        // handles the operands is the complex one.
        Some(m)
            if (is_complex(base) && is_number(exp))
                || (int::is_int(base) && is_complex(exp))
                || (int::is_int(base) && int::is_int(exp) && is_complex(m)) =>
        {
            value_error("complex modulo")
        }
        Some(m) => match (int::as_int(base), int::as_int(exp), int::as_int(m)) {
            (Some(b), Some(e), Some(m)) => int::mod_power(&b, &e, &m),
            // A class's `__pow__` takes the modulus as a third argument (CPython never
            // tries `__rpow__` with one).
            (None, _, _) if ops::is_user_object(base) => {
                match ops::call_dunder(base, "__pow__", &[exp, m]) {
                    Some(result) => {
                        let result = result?;
                        if result != not_implemented() {
                            return Ok(result);
                        }
                        three_argument_pow_error(base, exp, m)
                    }
                    None => three_argument_pow_error(base, exp, m),
                }
            }
            // float's power is the one that refuses a modulus; without a float among
            // the operands, none of them handles the three.
            _ if [base, exp, m].iter().any(|v| v.kind() == Kind::Float) => {
                type_error("pow() 3rd argument not allowed unless all arguments are integers")
            }
            _ => three_argument_pow_error(base, exp, m),
        },
    }
}

fn three_argument_pow_error(base: Value, exp: Value, modulus: Value) -> PyResult {
    type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        types::type_name(base),
        types::type_name(exp),
        types::type_name(modulus)
    ))
}

/// Rounds `x` to `ndigits` decimal digits, correctly (as CPython does, on the exact
/// binary value, ties to even).
fn round_float(x: f64, ndigits: i64) -> PyResult {
    if !x.is_finite() || ndigits > 330 {
        return Ok(float::new(x));
    }
    if ndigits < -330 {
        return Ok(float::new(0.0 * x));
    }
    if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        return Ok(float::new(s.parse::<f64>().unwrap_or(x)));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(10u32).pow((-ndigits) as u32);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let (q, r) = num.div_rem(&den);
    let twice = &r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let scaled = q * BigInt::from(10u32).pow((-ndigits) as u32);
    let y = scaled.to_f64().unwrap_or(f64::INFINITY);
    if y.is_infinite() {
        return raise(
            ExcKind::OverflowError,
            "rounded value too large to represent",
        );
    }
    Ok(float::new(if x < 0.0 { -y } else { y }))
}

fn round(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("round", kw, &["number", "ndigits"])?;
    let Some(x) = args.first().copied().or(kw.get("number")) else {
        return type_error("round() missing required argument 'number' (pos 1)");
    };
    let nd = args
        .get(1)
        .copied()
        .or(kw.get("ndigits"))
        .filter(|v| !v.is_none());
    if let Some(i) = int::as_int(x) {
        let Some(nd) = nd else {
            return Ok(int::from_big(i.to_big()));
        };
        let n = args::index_arg(nd)?;
        if n >= 0 {
            return Ok(int::from_big(i.to_big()));
        }
        let p = BigInt::from(10u32).pow((-n).min(4000) as u32);
        let v = i.to_big();
        let (q, r) = v.div_mod_floor(&p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && q.is_odd()) {
            q + 1
        } else {
            q
        };
        return Ok(int::from_big(q * p));
    }
    if let Some(f) = float::as_f64(x) {
        return match nd {
            None => modules::math::float_to_int(f.round_ties_even()),
            Some(nd) => round_float(f, args::index_arg(nd)?),
        };
    }
    let extra: Vec<Value> = nd.into_iter().collect();
    if let Some(r) = ops::call_dunder(x, "__round__", &extra) {
        return r;
    }
    type_error(format!(
        "type {} doesn't define __round__ method",
        types::type_name(x)
    ))
}

fn radix(args: &[Value], kw: Kw, name: &str, base: u32, prefix: &str) -> PyResult {
    let v = args::one(name, args, kw)?;
    let i = match int::as_int(v) {
        Some(i) => i,
        None => match ops::call_dunder(v, "__index__", &[]) {
            Some(r) => {
                let r = r?;
                match int::as_int(r) {
                    Some(i) => i,
                    None => return type_error("__index__ returned non-int"),
                }
            }
            None => {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    types::type_name(v)
                ))
            }
        },
    };
    Ok(pystr::new(&int::to_radix(&i, base, prefix)))
}

fn hex(args: &[Value], kw: Kw) -> PyResult {
    radix(args, kw, "hex", 16, "0x")
}

fn oct(args: &[Value], kw: Kw) -> PyResult {
    radix(args, kw, "oct", 8, "0o")
}

fn bin(args: &[Value], kw: Kw) -> PyResult {
    radix(args, kw, "bin", 2, "0b")
}

fn attr_name(v: Value) -> PyResult<Value> {
    if v.kind() == Kind::Str {
        Ok(v)
    } else {
        type_error(format!(
            "attribute name must be string, not '{}'",
            types::type_name(v)
        ))
    }
}

fn getattr(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("getattr", kw)?;
    args::count("getattr", args, 2, 3)?;
    let name = attr_name(args[1])?;
    match args.get(2) {
        None => attr::getattr(args[0], name),
        Some(d) => Ok(attr::getattr_opt(args[0], name)?.unwrap_or(*d)),
    }
}

fn setattr(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("setattr", kw)?;
    args::count("setattr", args, 3, 3)?;
    let name = attr_name(args[1])?;
    attr::setattr(args[0], name, args[2])?;
    Ok(none())
}

fn hasattr(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("hasattr", kw)?;
    args::count("hasattr", args, 2, 2)?;
    let name = attr_name(args[1])?;
    Ok(bool_value(attr::getattr_opt(args[0], name)?.is_some()))
}

fn delattr(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("delattr", kw)?;
    args::count("delattr", args, 2, 2)?;
    let name = attr_name(args[1])?;
    attr::delattr(args[0], name)?;
    Ok(none())
}

fn format(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("format", kw)?;
    args::count("format", args, 1, 2)?;
    formatting::builtin_format(args[0], args.get(1).copied().unwrap_or(Value::NULL))
}

fn input(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("input", kw)?;
    args::count("input", args, 0, 1)?;
    let stdout = modules::sys::stream("stdout")?.filter(|&f| !modules::io::is_standard(f, 1));
    if let Some(p) = args.first() {
        let prompt = ops::str_string(*p)?;
        match stdout {
            Some(f) => {
                call::call_method(f, pystr::intern("write"), &[pystr::new(&prompt)], Kw::NONE)?;
            }
            None => crate::output::write_stdout(&prompt),
        }
    }
    match stdout {
        Some(f) => {
            call::call_method(f, pystr::intern("flush"), &[], Kw::NONE)?;
        }
        None => crate::output::flush_stdout(),
    }
    match modules::io::input_line()? {
        Some(line) => Ok(pystr::new(&line)),
        None => raise(ExcKind::EOFError, "EOF when reading a line"),
    }
}

fn vars(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("vars", args, kw)?;
    let name = pystr::intern("__dict__");
    let found = if v.is_object()
        && v.kind() == Kind::Instance
        && !class::instances_have_dict(class::instance_class(v))
    {
        None
    } else {
        attr::getattr_opt(v, name)?
    };
    match found {
        Some(d) => Ok(d),
        None => type_error("vars() argument must have __dict__ attribute"),
    }
}

/// `dir(obj)`: the object's `__dir__`, sorted, or the names its attributes come from.
/// Called without an argument from compiled code, `dir()` lists the caller's namespace
/// (the compiler does that); called indirectly, it lists the main module's.
fn dir(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("dir", kw)?;
    args::count("dir", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        let mut names = iter::collect_rooted(globals(&[], Kw::NONE)?)?;
        sort::sort(&mut names, None, false)?;
        return Ok(list::from_vec(names.into_vec()));
    };
    if ops::is_user_object(obj) {
        if let Some(f) = ops::user_method(obj, "__dir__") {
            let listed = call::call_with_self(f, obj, &[], Kw::NONE)?;
            let mut names = iter::collect_rooted(listed)?;
            sort::sort(&mut names, None, false)?;
            return Ok(list::from_vec(names.into_vec()));
        }
    }
    let names: Vec<Value> = crate::protocols::suggest::dir(obj)
        .into_iter()
        .map(pystr::intern)
        .collect();
    Ok(list::from_vec(names))
}

/// `globals()` called indirectly: the main module's namespace (called by name, the
/// compiler gives the caller's module).
fn globals(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("globals", kw)?;
    args::count("globals", args, 0, 0)?;
    Ok(crate::objects::module::compiled_module(0)
        .and_then(|m| m.get::<crate::objects::module::ModuleObj>())
        .map_or_else(dict::new, |m| m.namespace()))
}

fn exit(args: &[Value], _kw: Kw) -> PyResult {
    raise_args(ExcKind::SystemExit, &args[..args.len().min(1)])
}

/// The ValueError for a str `int()` cannot parse; CPython shows at most 200 characters of
/// its repr.
fn invalid_int_literal(s: &str, base: i64) -> PyResult {
    invalid_int_repr(&pystr::repr(s), base)
}

fn invalid_int_repr(repr: &str, base: i64) -> PyResult {
    let repr: String = repr.chars().take(200).collect();
    value_error(format!(
        "invalid literal for int() with base {base}: {repr}"
    ))
}

/// `int(data, base)` for the contents of a bytes-like object: only ASCII can spell a
/// number (CPython parses the bytes themselves).
fn int_from_bytes_literal(data: &[u8], base: i64) -> PyResult {
    let parsed = std::str::from_utf8(data)
        .ok()
        .filter(|s| s.is_ascii())
        .and_then(|s| int::parse(s, base as u32));
    match parsed {
        Some(v) => Ok(v),
        None => invalid_int_repr(&bytes::repr(data), base),
    }
}

/// `int(x)` / `int(text, base)`.
fn construct_int(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("int", kw, &["base"])?;
    if args.len() > 2 {
        return type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        ));
    }
    let base = args.get(1).copied().or(kw.get("base"));
    let Some(&x) = args.first() else {
        if base.is_some() {
            return type_error("int() missing string argument");
        }
        return Ok(Value::small(0));
    };
    if let Some(b) = base {
        let b = args::index_arg(b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return value_error("int() base must be >= 2 and <= 36, or 0");
        }
        let Some(s) = pystr::as_str(x) else {
            if let Some(data) = bytes::buffer(x)? {
                return int_from_bytes_literal(&data, b);
            }
            return type_error("int() can't convert non-string with explicit base");
        };
        return int::parse(s, b as u32).map_or_else(|| invalid_int_literal(s, b), Ok);
    }
    if let Some(i) = int::as_int(x) {
        return Ok(int::from_big(i.to_big()));
    }
    if let Some(f) = float::as_f64(x) {
        return modules::math::float_to_int(f.trunc());
    }
    if let Some(s) = pystr::as_str(x) {
        int::check_parse_digits(s.bytes().filter(u8::is_ascii_digit).count())?;
        return int::parse(s, 10).map_or_else(|| invalid_int_literal(s, 10), Ok);
    }
    if let Some(data) = bytes::buffer(x)? {
        return int_from_bytes_literal(&data, 10);
    }
    for dunder in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = ops::call_dunder(x, dunder, &[]) {
            let r = r?;
            if int::is_int(r) {
                return Ok(int::from_big(
                    int::as_int(r).map(|i| i.to_big()).unwrap_or_default(),
                ));
            }
            return type_error(format!(
                "{dunder} returned non-int (type {})",
                types::type_name(r)
            ));
        }
    }
    type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        types::type_name(x)
    ))
}

fn construct_float(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("float", kw)?;
    if args.len() > 1 {
        return type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let Some(&x) = args.first() else {
        return Ok(float::new(0.0));
    };
    if let Some(f) = float::as_f64(x) {
        return Ok(float::new(f));
    }
    if let Some(i) = int::as_int(x) {
        return Ok(float::new(int::ref_to_f64(&i)?));
    }
    if let Some(s) = pystr::as_str(x) {
        return match float::parse(s) {
            Some(f) => Ok(float::new(f)),
            None => value_error(format!(
                "could not convert string to float: {}",
                pystr::repr(s)
            )),
        };
    }
    if let Some(data) = bytes::buffer(x)? {
        let parsed = std::str::from_utf8(&data)
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(float::parse);
        return match parsed {
            Some(f) => Ok(float::new(f)),
            None => value_error(format!(
                "could not convert string to float: {}",
                bytes::repr(&data)
            )),
        };
    }
    if let Some(f) = ops::float_value(x)? {
        return Ok(float::new(f));
    }
    type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        types::type_name(x)
    ))
}

/// `complex(real=0, imag=0)` (CPython's `complex_new`).
fn construct_complex(args: &[Value], kw: Kw) -> PyResult {
    let given = args.len() + kw.names.len();
    if given > 2 {
        return type_error(format!(
            "complex() takes at most 2 arguments ({given} given)"
        ));
    }
    args::check_kw("complex", kw, &["real", "imag"])?;
    if !args.is_empty() && kw.get("real").is_some() {
        return type_error("argument for complex() given by name ('real') and position (1)");
    }
    let real = args.first().copied().or(kw.get("real"));
    let imag = args.get(1).copied().or(kw.get("imag"));
    let real = real.unwrap_or(Value::small(0));
    if real.kind() == Kind::Complex && imag.is_none() {
        return Ok(real);
    }
    if let Some(s) = pystr::as_str(real) {
        if imag.is_some() {
            return type_error("complex() can't take second arg if first is a string");
        }
        return match complex::parse(s) {
            Ok(z) => Ok(complex::new(z)),
            Err(message) => value_error(message),
        };
    }
    if imag.is_some_and(|i| i.kind() == Kind::Str) {
        return type_error("complex() second arg can't be a string");
    }
    let real = match ops::call_dunder(real, "__complex__", &[]) {
        Some(r) => {
            let r = r?;
            if r.kind() != Kind::Complex {
                return type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    types::type_name(r)
                ));
            }
            r
        }
        None => real,
    };
    // What CPython's `nb_float` / `nb_index` slots say: a number, or an object that
    // converts to one.
    let is_number = |v: Value| {
        int::is_int(v)
            || matches!(v.kind(), Kind::Float | Kind::Complex)
            || ops::user_method(v, "__float__").is_some()
            || ops::user_method(v, "__index__").is_some()
    };
    if !is_number(real) {
        return type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            types::type_name(real)
        ));
    }
    if let Some(i) = imag.filter(|&i| !is_number(i)) {
        return type_error(format!(
            "complex() second argument must be a number, not '{}'",
            types::type_name(i)
        ));
    }
    // Either part may itself be complex: the result is `real + imag*1j`, with CPython's
    // operations only (adding a zero could change the sign of a zero).
    let (r, real_is_complex) = match complex::as_complex(real) {
        Some(z) => (z, true),
        None => (Complex::new(number_to_float(real)?, 0.0), false),
    };
    let Some(imag) = imag else {
        return Ok(complex::new(r));
    };
    let (re, mut im) = match complex::as_complex(imag) {
        Some(i) => (r.re - i.im, i.re),
        None => (r.re, number_to_float(imag)?),
    };
    if real_is_complex {
        im += r.im;
    }
    Ok(complex::new(Complex::new(re, im)))
}

/// CPython's `PyNumber_Float` for an int, a float or an object with `__float__` or
/// `__index__`.
fn number_to_float(v: Value) -> PyResult<f64> {
    if let Some(x) = float::as_f64(v) {
        return Ok(x);
    }
    if let Some(i) = int::as_int(v) {
        return int::ref_to_f64(&i);
    }
    match ops::float_value(v)? {
        Some(x) => Ok(x),
        None => type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            types::type_name(v)
        )),
    }
}

fn construct_dict(args: &[Value], kw: Kw) -> PyResult {
    if args.len() > 1 {
        return type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        if let Some(src) = args.first() {
            methods::dict_update_from(dd, *src)?;
        }
        for (k, v) in kw.iter() {
            dd.set(pystr::new(k), v)?;
        }
    }
    Ok(d)
}

fn construct_reversed(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("reversed", kw)?;
    args::count("reversed", args, 1, 1)?;
    let v = args[0];
    match v.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::MemoryView => {
            iter::seq_iter(v, true)
        }
        Kind::Range => match v.get::<range::RangeObj>() {
            Some(r) => Ok(iter::range_object_iter(r, true)),
            None => type_error("bad range"),
        },
        Kind::Dict | Kind::DictView => {
            let mut items = iter::collect(v)?;
            items.reverse();
            iter::seq_iter(list::from_vec(items), false)
        }
        _ => {
            if let Some(r) = ops::call_dunder(v, "__reversed__", &[]) {
                return r;
            }
            if ops::user_method(v, "__getitem__").is_some()
                && ops::user_method(v, "__len__").is_some()
            {
                return iter::seq_iter(v, true);
            }
            type_error(format!(
                "'{}' object is not reversible",
                types::type_name(v)
            ))
        }
    }
}

fn construct_type(args: &[Value], kw: Kw) -> PyResult {
    match args {
        [x] if kw.is_empty() => Ok(types::type_of(*x)),
        [name, bases, ns] => {
            let ns = metaclass::checked_namespace(*name, *bases, *ns)?;
            let kwargs = dict::new();
            if let Some(d) = kwargs.get::<DictObj>() {
                for (k, v) in kw.iter() {
                    d.set(pystr::intern(k), v)?;
                }
            }
            metaclass::build(*name, *name, *bases, ns, kwargs)
        }
        _ => type_error("type() takes 1 or 3 arguments"),
    }
}

fn one_callable(name: &str, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::no_kw(name, kw)?;
    args::count(name, args, 1, 1)?;
    Ok(args[0])
}

/// Calls a builtin type: `int(...)`, `list(...)`, `range(...)`, ...
pub fn construct(id: TypeId, cls: Value, args: &[Value], kw: Kw) -> PyResult {
    match id {
        TypeId::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return type_error("object() takes no arguments");
            }
            Ok(class::new_instance(cls))
        }
        TypeId::Int => construct_int(args, kw),
        TypeId::Bool => {
            args::no_kw("bool", kw)?;
            args::count("bool", args, 0, 1)?;
            Ok(bool_value(match args.first() {
                Some(v) => ops::truthy(*v)?,
                None => false,
            }))
        }
        TypeId::Float => construct_float(args, kw),
        TypeId::Complex => construct_complex(args, kw),
        TypeId::Str => {
            if let ([v], true) = (args, kw.is_empty()) {
                return ops::str(*v);
            }
            args::check_kw("str", kw, &["object", "encoding", "errors"])?;
            if args.len() > 3 {
                return type_error(format!(
                    "str() takes at most 3 arguments ({} given)",
                    args.len()
                ));
            }
            let v = args.first().copied().or(kw.get("object"));
            let encoding = args.get(1).copied().or(kw.get("encoding"));
            let errors = args.get(2).copied().or(kw.get("errors"));
            for (name, given) in [("encoding", encoding), ("errors", errors)] {
                if let Some(given) = given.filter(|g| g.kind() != Kind::Str) {
                    return type_error(format!(
                        "str() argument '{name}' must be str, not {}",
                        args::given_type(given)
                    ));
                }
            }
            if encoding.is_some() || errors.is_some() {
                return match v {
                    Some(v) if v.kind() == Kind::Str => type_error("decoding str is not supported"),
                    Some(v) => match bytes::buffer(v)? {
                        Some(data) => {
                            Ok(pystr::new(&codecs::decode("str", &data, encoding, errors)?))
                        }
                        None => type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            types::type_name(v)
                        )),
                    },
                    None => Ok(pystr::new("")),
                };
            }
            match v {
                Some(v) => ops::str(v),
                None => Ok(pystr::new("")),
            }
        }
        TypeId::Tuple => {
            args::no_kw("tuple", kw)?;
            args::count("tuple", args, 0, 1)?;
            match args.first() {
                Some(v) if v.kind() == Kind::Tuple => Ok(*v),
                Some(v) => Ok(tuple::new(&iter::collect_rooted(*v)?)),
                None => Ok(tuple::empty()),
            }
        }
        TypeId::List => {
            args::no_kw("list", kw)?;
            args::count("list", args, 0, 1)?;
            match args.first() {
                Some(v) => Ok(list::from_vec(iter::collect_rooted(*v)?.into_vec())),
                None => Ok(list::from_vec(Vec::new())),
            }
        }
        TypeId::Dict => construct_dict(args, kw),
        TypeId::Bytes => bytes::construct(false, args, kw),
        TypeId::ByteArray => bytes::construct(true, args, kw),
        TypeId::MemoryView => memoryview::construct(args, kw),
        TypeId::Set | TypeId::FrozenSet => {
            let frozen = id == TypeId::FrozenSet;
            let name = if frozen { "frozenset" } else { "set" };
            args::no_kw(name, kw)?;
            args::count(name, args, 0, 1)?;
            match args.first() {
                Some(v) if frozen && v.kind() == Kind::FrozenSet => Ok(*v),
                Some(v) => methods::set_from(*v, frozen),
                None => Ok(set::new(frozen)),
            }
        }
        TypeId::Range => {
            args::no_kw("range", kw)?;
            range::range_from_args(args)
        }
        TypeId::Slice => {
            args::no_kw("slice", kw)?;
            args::count("slice", args, 1, 3)?;
            Ok(match args {
                [stop] => range::new_slice(none(), *stop, none()),
                [a, b] => range::new_slice(*a, *b, none()),
                _ => range::new_slice(args[0], args[1], args[2]),
            })
        }
        TypeId::Type => construct_type(args, kw),
        TypeId::Enumerate => {
            args::check_kw("enumerate", kw, &["start", "iterable"])?;
            let Some(src) = args.first().copied().or(kw.get("iterable")) else {
                return type_error("enumerate() missing required argument 'iterable'");
            };
            let start = args
                .get(1)
                .copied()
                .or(kw.get("start"))
                .unwrap_or(Value::small(0));
            if !int::is_int(start) {
                return type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    types::type_name(start)
                ));
            }
            Ok(iter::new_enumerate(iter::iter(src)?, start))
        }
        TypeId::Zip => {
            args::check_kw("zip", kw, &["strict"])?;
            let strict = match kw.get("strict") {
                Some(s) => ops::truthy(s)?,
                None => false,
            };
            let its = args
                .iter()
                .map(|a| iter::iter(*a))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(iter::new_zip(tuple::new(&its), strict))
        }
        TypeId::Map => {
            args::no_kw("map", kw)?;
            if args.len() < 2 {
                return type_error("map() must have at least two arguments.");
            }
            let its = args[1..]
                .iter()
                .map(|a| iter::iter(*a))
                .collect::<PyResult<Vec<_>>>()?;
            Ok(iter::new_map(args[0], tuple::new(&its)))
        }
        TypeId::Filter => {
            args::no_kw("filter", kw)?;
            args::count("filter", args, 2, 2)?;
            Ok(iter::new_filter(args[0], iter::iter(args[1])?))
        }
        TypeId::Reversed => construct_reversed(args, kw),
        TypeId::Super => {
            args::no_kw("super", kw)?;
            args::count("super()", args, 0, 2)?;
            match args {
                [cls, obj] => super_obj::new(*cls, *obj),
                [] => super_obj::new_implicit(),
                [cls] if cls.get::<ClassObj>().is_none() => type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    types::type_name(*cls)
                )),
                _ => type_error("super() takes 0 or 2 arguments in closc"),
            }
        }
        TypeId::StaticMethod => {
            let f = one_callable("staticmethod", args, kw)?;
            Ok(function::new_descriptor(
                DescrKind::StaticMethod,
                f,
                Value::NULL,
                Value::NULL,
            ))
        }
        TypeId::ClassMethod => {
            let f = one_callable("classmethod", args, kw)?;
            Ok(function::new_descriptor(
                DescrKind::ClassMethod,
                f,
                Value::NULL,
                Value::NULL,
            ))
        }
        TypeId::Property => {
            args::check_kw("property", kw, &["fget", "fset", "fdel", "doc"])?;
            let get = |i: usize, n: &str| {
                args.get(i)
                    .copied()
                    .or(kw.get(n))
                    .filter(|v| !v.is_none())
                    .unwrap_or(Value::NULL)
            };
            function::new_property(
                get(0, "fget"),
                get(1, "fset"),
                get(2, "fdel"),
                get(3, "doc"),
            )
        }
        TypeId::Method => {
            args::no_kw("method", kw)?;
            args::count("method", args, 2, 2)?;
            if !call::is_callable(args[0]) {
                return type_error("first argument must be callable");
            }
            if args[1].is_none() {
                return type_error("instance must not be None");
            }
            Ok(function::new_bound(args[0], args[1]))
        }
        TypeId::Module => construct_module(args, kw),
        TypeId::NoneType | TypeId::Ellipsis | TypeId::NotImplementedType => {
            if !args.is_empty() || !kw.is_empty() {
                let name = match id {
                    TypeId::NoneType => "NoneType",
                    TypeId::Ellipsis => "EllipsisType",
                    _ => "NotImplementedType",
                };
                return type_error(format!("{name} takes no arguments"));
            }
            Ok(match id {
                TypeId::NoneType => none(),
                TypeId::Ellipsis => ellipsis(),
                _ => not_implemented(),
            })
        }
        _ => type_error(format!(
            "cannot create '{}' instances",
            cls.get::<ClassObj>().map_or("?", |c| c.name_str())
        )),
    }
}

/// `module(name, doc=None)` (`types.ModuleType`): a new empty module whose namespace
/// holds `__name__`, `__doc__`, `__package__`, `__loader__` and `__spec__`, as CPython's.
fn construct_module(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("module", kw, &["name", "doc"])?;
    if args.len() > 2 {
        return type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() + kw.iter().count()
        ));
    }
    let Some(name) = args.first().copied().or(kw.get("name")) else {
        return type_error("module() missing required argument 'name' (pos 1)");
    };
    if name.kind() != Kind::Str {
        return type_error(format!(
            "module() argument 'name' must be str, not {}",
            args::given_type(name)
        ));
    }
    let doc = args.get(1).copied().or(kw.get("doc")).unwrap_or(none());
    let module = crate::objects::module::new_module_object(name, 0, Value::NULL);
    if let Some(m) = module.get::<crate::objects::module::ModuleObj>() {
        for (key, value) in [
            ("__name__", name),
            ("__doc__", doc),
            ("__package__", none()),
            ("__loader__", none()),
            ("__spec__", none()),
        ] {
            m.set(pystr::new(key), value)?;
        }
    }
    Ok(module)
}
