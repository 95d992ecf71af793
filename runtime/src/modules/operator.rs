//! The `operator` module: the operators as functions, and `itemgetter`, `attrgetter`,
//! `methodcaller`.

use crate::memory::gc::RootedVec;
use crate::objects::exceptions::type_error;
use crate::objects::function::NativeFn;
use crate::objects::native_class;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::value::{bool_value, none, PyResult, Value};
use crate::protocols::args;
use crate::protocols::attr;
use crate::protocols::call::{self, Kw};
use crate::protocols::item;
use crate::protocols::ops;
use crate::protocols::repr;

fn two(name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    args::no_kw(name, kw)?;
    args::count(name, args, 2, 2)?;
    Ok((args[0], args[1]))
}

macro_rules! binary_ops {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                let (a, b) = two($name, args, kw)?;
                ops::binary($op, a, b)
            }
        )*
    };
}

binary_ops! {
    op_add => "add", 0;
    op_sub => "sub", 1;
    op_mul => "mul", 2;
    op_truediv => "truediv", 3;
    op_floordiv => "floordiv", 4;
    op_mod => "mod", 5;
    op_pow => "pow", 6;
    op_lshift => "lshift", 7;
    op_rshift => "rshift", 8;
    op_or => "or_", 9;
    op_xor => "xor", 10;
    op_and => "and_", 11;
    op_matmul => "matmul", 12;
}

macro_rules! inplace_ops {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                let (a, b) = two($name, args, kw)?;
                ops::inplace($op, a, b)
            }
        )*
    };
}

inplace_ops! {
    op_iadd => "iadd", 0;
    op_isub => "isub", 1;
    op_imul => "imul", 2;
    op_itruediv => "itruediv", 3;
    op_ifloordiv => "ifloordiv", 4;
    op_imod => "imod", 5;
    op_ipow => "ipow", 6;
    op_ilshift => "ilshift", 7;
    op_irshift => "irshift", 8;
    op_ior => "ior", 9;
    op_ixor => "ixor", 10;
    op_iand => "iand", 11;
    op_imatmul => "imatmul", 12;
    op_iconcat => "iconcat", 0;
}

macro_rules! compare_ops {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                let (a, b) = two($name, args, kw)?;
                ops::compare($op, a, b)
            }
        )*
    };
}

compare_ops! {
    op_eq => "eq", 0;
    op_ne => "ne", 1;
    op_lt => "lt", 2;
    op_le => "le", 3;
    op_gt => "gt", 4;
    op_ge => "ge", 5;
}

macro_rules! unary_ops {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                ops::unary($op, args::one($name, args, kw)?)
            }
        )*
    };
}

unary_ops! {
    op_neg => "neg", 0;
    op_pos => "pos", 1;
    op_invert => "invert", 2;
    op_not => "not_", 3;
}

fn op_truth(args: &[Value], kw: Kw) -> PyResult {
    Ok(bool_value(ops::truthy(args::one("truth", args, kw)?)?))
}

fn op_abs(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("abs", args, kw)?;
    crate::modules::builtins::lookup("abs").and_then(|f| call::call(f, &[v], Kw::NONE))
}

fn op_index(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("index", args, kw)?;
    match ops::index_value(v)? {
        Some(i) => Ok(i),
        None => type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::types::type_name(v)
        )),
    }
}

fn op_is(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("is_", args, kw)?;
    Ok(bool_value(a == b))
}

fn op_is_not(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("is_not", args, kw)?;
    Ok(bool_value(a != b))
}

fn op_contains(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("contains", args, kw)?;
    Ok(bool_value(ops::contains(a, b)?))
}

fn op_concat(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("concat", args, kw)?;
    ops::binary(0, a, b)
}

fn op_getitem(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("getitem", args, kw)?;
    item::getitem(a, b)
}

fn op_setitem(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("setitem", kw)?;
    args::count("setitem", args, 3, 3)?;
    item::setitem(args[0], args[1], args[2])?;
    Ok(none())
}

fn op_delitem(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("delitem", args, kw)?;
    item::delitem(a, b)?;
    Ok(none())
}

fn op_count_of(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("countOf", args, kw)?;
    let mut n = 0;
    for x in crate::protocols::iter::collect(a)? {
        if x == b || ops::eq(x, b)? {
            n += 1;
        }
    }
    Ok(Value::small(n))
}

fn op_index_of(args: &[Value], kw: Kw) -> PyResult {
    let (a, b) = two("indexOf", args, kw)?;
    let it = crate::protocols::iter::iter(a)?;
    let mut index = 0;
    while let Some(x) = crate::protocols::iter::next(it)? {
        if x == b || ops::eq(x, b)? {
            return Ok(Value::small(index));
        }
        index += 1;
    }
    crate::objects::exceptions::value_error("sequence.index(x): x not in sequence")
}

/// `operator.call(obj, /, *args, **kwargs)`.
fn op_call(args: &[Value], kw: Kw) -> PyResult {
    match args.split_first() {
        Some((callee, rest)) => call::call(*callee, rest, kw),
        None => type_error("call expected at least 1 argument, got 0"),
    }
}

// itemgetter / attrgetter / methodcaller: instances holding their arguments.

const ITEMGETTER: &str = "operator.itemgetter";
const ATTRGETTER: &str = "operator.attrgetter";
const METHODCALLER: &str = "operator.methodcaller";

fn getter_init(args: &[Value], kw: Kw, key: &'static str, name: &str) -> PyResult {
    let this = native_class::this(args, key, "__init__", name)?;
    args::no_kw(name, kw)?;
    if args.len() < 2 {
        return type_error(format!("{name} expected 1 argument, got 0"));
    }
    if key == ATTRGETTER {
        for a in &args[1..] {
            if pystr::as_str(*a).is_none() {
                return type_error("attribute name must be a string");
            }
        }
    }
    native_class::set(this, "__closc_items", tuple::new(&args[1..]));
    Ok(none())
}

fn itemgetter_init(args: &[Value], kw: Kw) -> PyResult {
    getter_init(args, kw, ITEMGETTER, "itemgetter")
}

fn attrgetter_init(args: &[Value], kw: Kw) -> PyResult {
    getter_init(args, kw, ATTRGETTER, "attrgetter")
}

fn getter_call(
    args: &[Value],
    kw: Kw,
    key: &'static str,
    name: &str,
    f: fn(Value, Value) -> PyResult,
) -> PyResult {
    let this = native_class::this(args, key, "__call__", name)?;
    args::no_kw(name, kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len() - 1
        ));
    }
    let items = tuple::items(native_class::state(this, "__closc_items")).unwrap_or(&[]);
    if items.len() == 1 {
        return f(args[1], items[0]);
    }
    let mut out = RootedVec::new();
    for &i in items {
        out.push(f(args[1], i)?);
    }
    Ok(tuple::new(&out))
}

fn dotted_getattr(o: Value, name: Value) -> PyResult {
    let s = pystr::as_str(name).unwrap_or("");
    let mut v = o;
    for part in s.split('.') {
        v = attr::getattr(v, pystr::new(part))?;
    }
    Ok(v)
}

fn itemgetter_call(args: &[Value], kw: Kw) -> PyResult {
    getter_call(args, kw, ITEMGETTER, "itemgetter", item::getitem)
}

fn attrgetter_call(args: &[Value], kw: Kw) -> PyResult {
    getter_call(args, kw, ATTRGETTER, "attrgetter", dotted_getattr)
}

fn getter_repr(args: &[Value], key: &'static str, name: &str) -> PyResult {
    let this = native_class::this(args, key, "__repr__", name)?;
    let items = tuple::items(native_class::state(this, "__closc_items")).unwrap_or(&[]);
    let mut parts = Vec::new();
    for &i in items {
        parts.push(repr::repr_string(i)?);
    }
    Ok(pystr::new(&format!(
        "operator.{name}({})",
        parts.join(", ")
    )))
}

fn itemgetter_repr(args: &[Value], _kw: Kw) -> PyResult {
    getter_repr(args, ITEMGETTER, "itemgetter")
}

fn attrgetter_repr(args: &[Value], _kw: Kw) -> PyResult {
    getter_repr(args, ATTRGETTER, "attrgetter")
}

fn methodcaller_init(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, METHODCALLER, "__init__", "methodcaller")?;
    if args.len() < 2 {
        return type_error("methodcaller needs at least one argument, the method name");
    }
    if pystr::as_str(args[1]).is_none() {
        return type_error("method name must be a string");
    }
    native_class::set(this, "__closc_name", args[1]);
    native_class::set(this, "__closc_args", tuple::new(&args[2..]));
    let d = crate::objects::dict::new();
    if let Some(dd) = d.get::<crate::objects::dict::DictObj>() {
        for (k, v) in kw.names.iter().zip(kw.values) {
            dd.set(*k, *v)?;
        }
    }
    native_class::set(this, "__closc_kwargs", d);
    Ok(none())
}

/// The positional values and keyword names/values of a stored call.
pub fn kw_parts(d: Value) -> (Vec<Value>, Vec<Value>) {
    let items = d
        .get::<crate::objects::dict::DictObj>()
        .map(|d| d.items())
        .unwrap_or_default();
    items.into_iter().unzip()
}

fn methodcaller_call(args: &[Value], kw: Kw) -> PyResult {
    let this = native_class::this(args, METHODCALLER, "__call__", "methodcaller")?;
    args::no_kw("methodcaller", kw)?;
    if args.len() != 2 {
        return type_error(format!(
            "methodcaller expected 1 argument, got {}",
            args.len() - 1
        ));
    }
    let name = native_class::state(this, "__closc_name");
    let margs = tuple::items(native_class::state(this, "__closc_args")).unwrap_or(&[]);
    let (names, values) = kw_parts(native_class::state(this, "__closc_kwargs"));
    let f = attr::getattr(args[1], name)?;
    call::call(
        f,
        margs,
        Kw {
            names: &names,
            values: &values,
        },
    )
}

fn methodcaller_repr(args: &[Value], _kw: Kw) -> PyResult {
    let this = native_class::this(args, METHODCALLER, "__repr__", "methodcaller")?;
    let mut parts = vec![repr::repr_string(native_class::state(
        this,
        "__closc_name",
    ))?];
    for &a in tuple::items(native_class::state(this, "__closc_args")).unwrap_or(&[]) {
        parts.push(repr::repr_string(a)?);
    }
    let (names, values) = kw_parts(native_class::state(this, "__closc_kwargs"));
    for (k, v) in names.iter().zip(values) {
        parts.push(format!(
            "{}={}",
            pystr::as_str(*k).unwrap_or("?"),
            repr::repr_string(v)?
        ));
    }
    Ok(pystr::new(&format!(
        "operator.methodcaller({})",
        parts.join(", ")
    )))
}

fn make_itemgetter() -> Value {
    native_class::new_class(
        "itemgetter",
        "operator",
        Value::NULL,
        &[
            ("__init__", itemgetter_init),
            ("__call__", itemgetter_call),
            ("__repr__", itemgetter_repr),
        ],
    )
}

fn make_attrgetter() -> Value {
    native_class::new_class(
        "attrgetter",
        "operator",
        Value::NULL,
        &[
            ("__init__", attrgetter_init),
            ("__call__", attrgetter_call),
            ("__repr__", attrgetter_repr),
        ],
    )
}

fn make_methodcaller() -> Value {
    native_class::new_class(
        "methodcaller",
        "operator",
        Value::NULL,
        &[
            ("__init__", methodcaller_init),
            ("__call__", methodcaller_call),
            ("__repr__", methodcaller_repr),
        ],
    )
}

/// The entries of the `operator` module.
pub fn entries() -> Vec<(&'static str, Value)> {
    let funcs: &[(&'static str, NativeFn)] = &[
        ("add", op_add),
        ("sub", op_sub),
        ("mul", op_mul),
        ("truediv", op_truediv),
        ("floordiv", op_floordiv),
        ("mod", op_mod),
        ("pow", op_pow),
        ("lshift", op_lshift),
        ("rshift", op_rshift),
        ("or_", op_or),
        ("xor", op_xor),
        ("and_", op_and),
        ("matmul", op_matmul),
        ("eq", op_eq),
        ("ne", op_ne),
        ("lt", op_lt),
        ("le", op_le),
        ("gt", op_gt),
        ("ge", op_ge),
        ("neg", op_neg),
        ("pos", op_pos),
        ("invert", op_invert),
        ("inv", op_invert),
        ("not_", op_not),
        ("truth", op_truth),
        ("abs", op_abs),
        ("index", op_index),
        ("is_", op_is),
        ("is_not", op_is_not),
        ("contains", op_contains),
        ("concat", op_concat),
        ("getitem", op_getitem),
        ("setitem", op_setitem),
        ("delitem", op_delitem),
        ("countOf", op_count_of),
        ("iadd", op_iadd),
        ("isub", op_isub),
        ("imul", op_imul),
        ("itruediv", op_itruediv),
        ("ifloordiv", op_ifloordiv),
        ("imod", op_imod),
        ("ipow", op_ipow),
        ("ilshift", op_ilshift),
        ("irshift", op_irshift),
        ("ior", op_ior),
        ("ixor", op_ixor),
        ("iand", op_iand),
        ("imatmul", op_imatmul),
        ("iconcat", op_iconcat),
    ];
    let mut out: Vec<(&'static str, Value)> =
        funcs.iter().map(|&(n, f)| super::builtin(n, f)).collect();
    // The dunder spellings name the same function objects, as in CPython.
    let aliases: Vec<(&'static str, Value)> = out
        .iter()
        .filter_map(|&(name, f)| dunder_alias(name).map(|alias| (alias, f)))
        .collect();
    out.extend(aliases);
    out.push(super::builtin("indexOf", op_index_of));
    let call = super::builtin("call", op_call);
    out.push(call);
    out.push(("__call__", call.1));
    out.push((
        "itemgetter",
        native_class::class(ITEMGETTER, make_itemgetter),
    ));
    out.push((
        "attrgetter",
        native_class::class(ATTRGETTER, make_attrgetter),
    ));
    out.push((
        "methodcaller",
        native_class::class(METHODCALLER, make_methodcaller),
    ));
    out
}

/// The dunder name under which CPython's `operator` also exports a function (`__add__`
/// for `add`, `__and__` for `and_`); None for those it exports under one name only.
fn dunder_alias(name: &str) -> Option<&'static str> {
    const ALIASES: &[(&str, &str)] = &[
        ("add", "__add__"),
        ("sub", "__sub__"),
        ("mul", "__mul__"),
        ("truediv", "__truediv__"),
        ("floordiv", "__floordiv__"),
        ("mod", "__mod__"),
        ("pow", "__pow__"),
        ("lshift", "__lshift__"),
        ("rshift", "__rshift__"),
        ("or_", "__or__"),
        ("xor", "__xor__"),
        ("and_", "__and__"),
        ("matmul", "__matmul__"),
        ("eq", "__eq__"),
        ("ne", "__ne__"),
        ("lt", "__lt__"),
        ("le", "__le__"),
        ("gt", "__gt__"),
        ("ge", "__ge__"),
        ("neg", "__neg__"),
        ("pos", "__pos__"),
        ("invert", "__invert__"),
        ("inv", "__inv__"),
        ("not_", "__not__"),
        ("abs", "__abs__"),
        ("index", "__index__"),
        ("contains", "__contains__"),
        ("concat", "__concat__"),
        ("getitem", "__getitem__"),
        ("setitem", "__setitem__"),
        ("delitem", "__delitem__"),
        ("iadd", "__iadd__"),
        ("isub", "__isub__"),
        ("imul", "__imul__"),
        ("itruediv", "__itruediv__"),
        ("ifloordiv", "__ifloordiv__"),
        ("imod", "__imod__"),
        ("ipow", "__ipow__"),
        ("ilshift", "__ilshift__"),
        ("irshift", "__irshift__"),
        ("ior", "__ior__"),
        ("ixor", "__ixor__"),
        ("iand", "__iand__"),
        ("imatmul", "__imatmul__"),
        ("iconcat", "__iconcat__"),
    ];
    ALIASES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, alias)| *alias)
}
