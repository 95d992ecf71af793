//! The importable modules (CPython's `Modules/`): the module objects and `import`, `sys`
//! and `math` (with the `sys.stdout` / `sys.stderr` file objects) here, one file per other
//! module, and `stdlib`, the machinery their classes share.
//!
//! May use: `objects`, `protocols`, `memory`.

pub mod builtins;
pub mod collections;
pub mod functools;
pub mod itertools;
pub mod operator;
pub mod stdlib;

use crate::memory::heap;
use crate::objects::dict::{self, DictObj};
use crate::objects::exceptions::{self, raise, raise_args, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::function::{self, NativeFn};
use crate::objects::int;
use crate::objects::list;
use crate::objects::str as pystr;
use crate::objects::tuple;
use crate::objects::types;
use crate::objects::value::{bool_value, none, Header, HeapObject, Kind, PyResult, Value};
use crate::output;
use crate::protocols::args;
use crate::protocols::call::{self, Kw};
use crate::protocols::iter;
use crate::protocols::ops;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cell::{Cell, RefCell};

/// A module. References: `name`, `dict`.
#[repr(C)]
pub struct ModuleObj {
    pub header: Header,
    pub name: Value,
    pub dict: Value,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ModuleObj {
    const KIND: Kind = Kind::Module;
}

/// `sys.stdout` or `sys.stderr`. Holds no `Value`s.
#[repr(C)]
pub struct FileObj {
    pub header: Header,
    pub name: &'static str,
    pub stderr: bool,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FileObj {
    const KIND: Kind = Kind::File;
}

thread_local! {
    static SYS: Cell<Value> = const { Cell::new(Value::NULL) };
    static MATH: Cell<Value> = const { Cell::new(Value::NULL) };
    static ARGV: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The imported standard-library modules written in Rust (`functools`, ...).
    static STDLIB: RefCell<Vec<(&'static str, Value)>> = const { RefCell::new(Vec::new()) };
}

/// The imported modules, for the collector.
pub fn gc_roots(visit: &mut dyn FnMut(Value)) {
    visit(SYS.with(|s| s.get()));
    visit(MATH.with(|m| m.get()));
    STDLIB.with(|s| s.borrow().iter().for_each(|&(_, m)| visit(m)));
    crate::modules::stdlib::gc_roots(visit);
}

pub fn set_argv(argv: Vec<String>) {
    ARGV.with(|a| *a.borrow_mut() = argv);
}

fn new_module(name: &str, entries: &[(&'static str, Value)]) -> Value {
    let d = dict::new();
    if let Some(dd) = d.get::<DictObj>() {
        for (k, v) in entries {
            dd.set(pystr::intern(k), *v).expect("str keys hash");
        }
        dd.set(pystr::intern("__name__"), pystr::new(name))
            .expect("str keys hash");
    }
    heap::new(ModuleObj {
        header: Header::new(Kind::Module),
        name: pystr::new(name),
        dict: d,
    })
}

fn file(name: &'static str, stderr: bool) -> Value {
    heap::new(FileObj {
        header: Header::new(Kind::File),
        name,
        stderr,
    })
}

/// `file.write(s)`.
pub fn file_write(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("write", kw)?;
    args::method_count("write", args, 1, 1)?;
    let f = args[0].get::<FileObj>();
    let Some(s) = pystr::as_str(args[1]) else {
        return type_error(format!(
            "write() argument must be str, not {}",
            types::type_name(args[1])
        ));
    };
    write_to(f.is_some_and(|f| f.stderr), s);
    Ok(int::from_u64(
        pystr::as_str(args[1]).map_or(0, |s| s.chars().count()) as u64,
    ))
}

/// `file.flush()`.
pub fn file_flush(args: &[Value], _kw: Kw) -> PyResult {
    if args
        .first()
        .and_then(|f| f.get::<FileObj>())
        .is_some_and(|f| !f.stderr)
    {
        output::flush_stdout();
    }
    Ok(none())
}

/// Writes to stdout or stderr.
pub fn write_to(stderr: bool, s: &str) {
    if stderr {
        output::write_stderr(s);
    } else {
        output::write_stdout(s);
    }
}

/// True if `v` is `sys.stderr`.
pub fn is_stderr(v: Value) -> bool {
    v.get::<FileObj>().is_some_and(|f| f.stderr)
}

fn sys_exit(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exit", kw)?;
    args::count("exit", args, 0, 1)?;
    raise_args(ExcKind::SystemExit, args)
}

fn sys_setrecursionlimit(args: &[Value], kw: Kw) -> PyResult {
    let n = args::index_arg(args::one("setrecursionlimit", args, kw)?)?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    // CPython keeps the limit in a C int.
    if n > i64::from(i32::MAX) {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    }
    // CPython counts the call of setrecursionlimit itself in the depth.
    let depth = call::frame_depth() + 1;
    if n <= depth {
        return raise(
            ExcKind::RecursionError,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        );
    }
    call::set_recursion_limit(n);
    Ok(none())
}

fn sys_getrecursionlimit(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_i64(call::recursion_limit()))
}

fn sys_set_int_max_str_digits(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("set_int_max_str_digits", kw, &["maxdigits"])?;
    let Some(v) = args.first().copied().or(kw.get("maxdigits")) else {
        return type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
        );
    };
    int::set_max_str_digits(args::index_arg(v)?)?;
    Ok(none())
}

fn sys_get_int_max_str_digits(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(int::from_u64(int::max_str_digits() as u64))
}

fn sys_exc_info(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("exc_info", kw)?;
    args::count("exc_info", args, 0, 0)?;
    Ok(match exceptions::handled() {
        Some(e) => tuple::new(&[types::type_of(e), e, none()]),
        None => tuple::new(&[none(), none(), none()]),
    })
}

fn builtin(name: &'static str, f: NativeFn) -> (&'static str, Value) {
    (name, function::new_builtin(name, f))
}

fn make_sys() -> Value {
    let argv: Vec<Value> = ARGV.with(|a| a.borrow().iter().map(|s| pystr::new(s)).collect());
    new_module(
        "sys",
        &[
            ("argv", list::from_vec(argv)),
            builtin("exit", sys_exit),
            builtin("exc_info", sys_exc_info),
            builtin("setrecursionlimit", sys_setrecursionlimit),
            builtin("getrecursionlimit", sys_getrecursionlimit),
            builtin("set_int_max_str_digits", sys_set_int_max_str_digits),
            builtin("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("stdout", file("<stdout>", false)),
            ("stderr", file("<stderr>", true)),
            ("maxsize", int::from_i64(i64::MAX)),
            ("platform", pystr::new("linux")),
            ("byteorder", pystr::new("little")),
        ],
    )
}

fn float_of(args: &[Value], name: &str, kw: Kw) -> PyResult<f64> {
    args::float_arg(args::one(name, args, kw)?)
}

fn domain<T>() -> PyResult<T> {
    value_error("math domain error")
}

fn checked(x: f64, input_finite: bool) -> PyResult {
    if x.is_nan() && input_finite {
        return domain();
    }
    if x.is_infinite() && input_finite {
        return raise(ExcKind::OverflowError, "math range error");
    }
    Ok(float::new(x))
}

macro_rules! unary_math {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                let x = float_of(args, $name, kw)?;
                let f: fn(f64) -> f64 = $op;
                checked(f(x), x.is_finite())
            }
        )*
    };
}

unary_math! {
    math_exp => "exp", f64::exp;
    math_sin => "sin", f64::sin;
    math_cos => "cos", f64::cos;
    math_tan => "tan", f64::tan;
    math_asin => "asin", f64::asin;
    math_acos => "acos", f64::acos;
    math_atan => "atan", f64::atan;
    math_sinh => "sinh", f64::sinh;
    math_cosh => "cosh", f64::cosh;
    math_tanh => "tanh", f64::tanh;
    math_fabs => "fabs", f64::abs;
    math_degrees => "degrees", f64::to_degrees;
    math_radians => "radians", f64::to_radians;
}

fn math_sqrt(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of(args, "sqrt", kw)?;
    if x < 0.0 {
        return domain();
    }
    Ok(float::new(x.sqrt()))
}

/// CPython's `loghelper`: `func` of an int (through `frexp` when it does not fit a float)
/// or of a float.
fn loghelper(v: Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = int::as_int(v) {
        let b = i.to_big();
        if !b.is_positive() {
            return domain();
        }
        if b.bits() <= 1024 {
            match int::to_f64(&b) {
                Ok(x) => return Ok(func(x)),
                Err(_) => {
                    exceptions::take_pending();
                }
            }
        }
        // value ~= m * 2**e with m in [0.5, 1): the top 54 bits and a sticky bit, rounded
        // once by the conversion to f64.
        let e = b.bits();
        let shift = e - 54;
        let top = (&b >> shift).to_u64().unwrap_or(0);
        let sticky = (&b & ((BigInt::one() << shift) - 1u32)).is_zero();
        let m = (top << 1) | u64::from(!sticky);
        let x = m as f64 / (1u64 << 55) as f64;
        return Ok(func(x) + func(2.0) * e as f64);
    }
    let x = args::float_arg(v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain();
    }
    Ok(func(x))
}

fn math_log(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("log", kw)?;
    args::count("log", args, 1, 2)?;
    let num = loghelper(args[0], f64::ln)?;
    if args.len() == 2 {
        let den = loghelper(args[1], f64::ln)?;
        if den == 0.0 {
            return raise(ExcKind::ZeroDivisionError, "float division by zero");
        }
        return Ok(float::new(num / den));
    }
    Ok(float::new(num))
}

fn math_log2(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("log2", args, kw)?;
    Ok(float::new(loghelper(v, f64::log2)?))
}

fn math_log10(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("log10", args, kw)?;
    Ok(float::new(loghelper(v, f64::log10)?))
}

/// Converts a float to int for floor/ceil/trunc.
pub fn float_to_int(x: f64) -> PyResult {
    if x.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        );
    }
    if x.abs() < 4e18 {
        return Ok(int::from_i64(x as i64));
    }
    Ok(int::from_big(
        num_traits::FromPrimitive::from_f64(x).unwrap_or_default(),
    ))
}

fn rounding(
    args: &[Value],
    kw: Kw,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult {
    let v = args::one(name, args, kw)?;
    if int::is_int(v) {
        return Ok(int::from_big(
            int::as_int(v).map(|i| i.to_big()).unwrap_or_default(),
        ));
    }
    if let Some(r) = ops::call_dunder(v, dunder, &[]) {
        return r;
    }
    float_to_int(f(args::float_arg(v)?))
}

fn math_floor(args: &[Value], kw: Kw) -> PyResult {
    rounding(args, kw, "floor", "__floor__", f64::floor)
}

fn math_ceil(args: &[Value], kw: Kw) -> PyResult {
    rounding(args, kw, "ceil", "__ceil__", f64::ceil)
}

fn math_trunc(args: &[Value], kw: Kw) -> PyResult {
    rounding(args, kw, "trunc", "__trunc__", f64::trunc)
}

fn int_args(args: &[Value]) -> PyResult<Vec<BigInt>> {
    args.iter()
        .map(|v| match int::as_int(*v) {
            Some(i) => Ok(i.to_big()),
            None => type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                types::type_name(*v)
            )),
        })
        .collect()
}

fn math_gcd(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("gcd", kw)?;
    let mut g = BigInt::zero();
    for x in int_args(args)? {
        g = g.gcd(&x);
    }
    Ok(int::from_big(g))
}

fn math_lcm(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("lcm", kw)?;
    let mut l = BigInt::one();
    for x in int_args(args)? {
        l = if x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(int::from_big(l))
}

fn math_isqrt(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("isqrt", args, kw)?;
    let n = &int_args(&[v])?[0];
    if n.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(int::from_big(n.sqrt()))
}

fn math_factorial(args: &[Value], kw: Kw) -> PyResult {
    let v = args::one("factorial", args, kw)?;
    if !int::is_int(v) {
        return type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name(v)
        ));
    }
    let n = args::index_arg(v)?;
    if n < 0 {
        return value_error("factorial() not defined for negative values");
    }
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(int::from_big(r))
}

fn math_comb_perm(args: &[Value], kw: Kw, comb: bool) -> PyResult {
    let name = if comb { "comb" } else { "perm" };
    args::no_kw(name, kw)?;
    args::count(name, args, if comb { 2 } else { 1 }, 2)?;
    let n = args::index_arg(args[0])?;
    let k = if args.len() == 2 {
        args::index_arg(args[1])?
    } else {
        n
    };
    if n < 0 {
        return value_error("n must be a non-negative integer");
    }
    if k < 0 {
        return value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::small(0));
    }
    let mut r = BigInt::one();
    let k2 = if comb { k.min(n - k) } else { k };
    for i in 0..k2 {
        r *= n - i;
        if comb {
            r /= i + 1;
        }
    }
    Ok(int::from_big(r))
}

fn math_comb(args: &[Value], kw: Kw) -> PyResult {
    math_comb_perm(args, kw, true)
}

fn math_perm(args: &[Value], kw: Kw) -> PyResult {
    math_comb_perm(args, kw, false)
}

fn two_floats(name: &str, args: &[Value], kw: Kw) -> PyResult<(f64, f64)> {
    args::no_kw(name, kw)?;
    args::count(name, args, 2, 2)?;
    Ok((args::float_arg(args[0])?, args::float_arg(args[1])?))
}

fn math_pow(args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_floats("pow", args, kw)?;
    if x == 0.0 && y < 0.0 {
        return domain();
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return domain();
    }
    checked(x.powf(y), x.is_finite() && y.is_finite())
}

fn math_atan2(args: &[Value], kw: Kw) -> PyResult {
    let (y, x) = two_floats("atan2", args, kw)?;
    Ok(float::new(y.atan2(x)))
}

fn math_fmod(args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_floats("fmod", args, kw)?;
    if y == 0.0 || x.is_infinite() {
        return domain();
    }
    Ok(float::new(x % y))
}

fn math_copysign(args: &[Value], kw: Kw) -> PyResult {
    let (x, y) = two_floats("copysign", args, kw)?;
    Ok(float::new(x.copysign(y)))
}

fn math_hypot(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("hypot", kw)?;
    let mut acc = 0.0f64;
    for v in args {
        let x = args::float_arg(*v)?;
        acc = acc.hypot(x);
    }
    Ok(float::new(acc))
}

fn math_isnan(args: &[Value], kw: Kw) -> PyResult {
    Ok(bool_value(float_of(args, "isnan", kw)?.is_nan()))
}

fn math_isinf(args: &[Value], kw: Kw) -> PyResult {
    Ok(bool_value(float_of(args, "isinf", kw)?.is_infinite()))
}

fn math_isfinite(args: &[Value], kw: Kw) -> PyResult {
    Ok(bool_value(float_of(args, "isfinite", kw)?.is_finite()))
}

fn math_isclose(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("isclose", kw, &["rel_tol", "abs_tol"])?;
    args::count("isclose", args, 2, 2)?;
    let (a, b) = (args::float_arg(args[0])?, args::float_arg(args[1])?);
    let rel = kw
        .get("rel_tol")
        .map(args::float_arg)
        .transpose()?
        .unwrap_or(1e-9);
    let abs = kw
        .get("abs_tol")
        .map(args::float_arg)
        .transpose()?
        .unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(bool_value(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(bool_value(false));
    }
    let diff = (b - a).abs();
    Ok(bool_value(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn math_fsum(args: &[Value], kw: Kw) -> PyResult {
    let items = iter::collect(args::one("fsum", args, kw)?)?;
    let mut partials: Vec<f64> = Vec::new();
    for v in items {
        let mut x = args::float_arg(v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(float::new(partials.iter().sum()))
}

fn math_prod(args: &[Value], kw: Kw) -> PyResult {
    args::check_kw("prod", kw, &["start"])?;
    args::count("prod", args, 1, 1)?;
    let mut acc = kw.get("start").unwrap_or(Value::small(1));
    for v in iter::collect(args[0])? {
        acc = ops::binary(2, acc, v)?;
    }
    Ok(acc)
}

fn make_math() -> Value {
    new_module(
        "math",
        &[
            ("pi", float::new(std::f64::consts::PI)),
            ("e", float::new(std::f64::consts::E)),
            ("tau", float::new(std::f64::consts::TAU)),
            ("inf", float::new(f64::INFINITY)),
            ("nan", float::new(f64::NAN)),
            builtin("sqrt", math_sqrt),
            builtin("exp", math_exp),
            builtin("log", math_log),
            builtin("log2", math_log2),
            builtin("log10", math_log10),
            builtin("sin", math_sin),
            builtin("cos", math_cos),
            builtin("tan", math_tan),
            builtin("asin", math_asin),
            builtin("acos", math_acos),
            builtin("atan", math_atan),
            builtin("atan2", math_atan2),
            builtin("sinh", math_sinh),
            builtin("cosh", math_cosh),
            builtin("tanh", math_tanh),
            builtin("fabs", math_fabs),
            builtin("degrees", math_degrees),
            builtin("radians", math_radians),
            builtin("floor", math_floor),
            builtin("ceil", math_ceil),
            builtin("trunc", math_trunc),
            builtin("gcd", math_gcd),
            builtin("lcm", math_lcm),
            builtin("isqrt", math_isqrt),
            builtin("factorial", math_factorial),
            builtin("comb", math_comb),
            builtin("perm", math_perm),
            builtin("pow", math_pow),
            builtin("fmod", math_fmod),
            builtin("copysign", math_copysign),
            builtin("hypot", math_hypot),
            builtin("isnan", math_isnan),
            builtin("isinf", math_isinf),
            builtin("isfinite", math_isfinite),
            builtin("isclose", math_isclose),
            builtin("fsum", math_fsum),
            builtin("prod", math_prod),
        ],
    )
}

/// `import name`.
pub fn import(name: Value) -> PyResult {
    let n = pystr::as_str(name).unwrap_or("");
    type Entries = fn() -> Vec<(&'static str, Value)>;
    let stdlib: Option<(&'static str, Entries)> = match n {
        "functools" => Some(("functools", crate::modules::functools::entries)),
        "itertools" => Some(("itertools", crate::modules::itertools::entries)),
        "collections" => Some(("collections", crate::modules::collections::entries)),
        "operator" => Some(("operator", crate::modules::operator::entries)),
        _ => None,
    };
    if let Some((key, entries)) = stdlib {
        if let Some(m) = STDLIB.with(|s| s.borrow().iter().find(|(k, _)| *k == key).map(|e| e.1)) {
            return Ok(m);
        }
        let m = new_module(key, &entries());
        STDLIB.with(|s| s.borrow_mut().push((key, m)));
        return Ok(m);
    }
    let (slot, make): (&'static std::thread::LocalKey<Cell<Value>>, fn() -> Value) = match n {
        "sys" => (&SYS, make_sys),
        "math" => (&MATH, make_math),
        _ => {
            return raise(
                ExcKind::ModuleNotFoundError,
                &format!("No module named '{n}'"),
            )
        }
    };
    let m = slot.with(|s| s.get());
    if !m.is_null() {
        return Ok(m);
    }
    let m = make();
    slot.with(|s| s.set(m));
    Ok(m)
}
