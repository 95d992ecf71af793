//! The `math` module.

use super::builtin;
use crate::objects::exceptions::{self, raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::types;
use crate::objects::value::{bool_value, PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use crate::protocols::ops;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

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
        g = gcd(&g, &x);
    }
    Ok(int::from_big(g))
}

/// The non-negative gcd. num-bigint's binary algorithm takes time quadratic in the
/// larger operand's size even when the other is small (as in the Fraction arithmetic
/// of `fractions`); one Euclid step first brings both to the smaller one's size.
fn gcd(a: &BigInt, b: &BigInt) -> BigInt {
    let (a, b) = (a.abs(), b.abs());
    let (large, small) = if a >= b { (a, b) } else { (b, a) };
    if small.is_zero() {
        return large;
    }
    (large % &small).gcd(&small)
}

fn math_lcm(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("lcm", kw)?;
    let mut l = BigInt::one();
    for x in int_args(args)? {
        l = if x.is_zero() {
            BigInt::zero()
        } else {
            let l = l.abs();
            &l / gcd(&l, &x) * x.abs()
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
    Ok(int::from_big(range_product(2, n as u64)))
}

/// The product of the integers `low..=high` (1 when empty), by binary splitting: the
/// multiplications are of balanced operands, where num-bigint's Karatsuba and Toom-3 pay,
/// instead of a long product times one word at a time.
fn range_product(low: u64, high: u64) -> BigInt {
    if high < low {
        return BigInt::one();
    }
    if high - low < 32 {
        // Runs of factors multiply in a machine word until it would overflow.
        let mut product = BigInt::one();
        let mut word = 1u64;
        for k in low..=high {
            match word.checked_mul(k) {
                Some(w) => word = w,
                None => {
                    product *= word;
                    word = k;
                }
            }
        }
        return product * word;
    }
    let middle = low + (high - low) / 2;
    range_product(low, middle) * range_product(middle + 1, high)
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
    let k = if comb { k.min(n - k) } else { k };
    // n! / (n - k)!, and for comb also over k!, which divides it exactly.
    let falling = range_product((n - k + 1) as u64, n as u64);
    if comb {
        return Ok(int::from_big(falling / range_product(2, k as u64)));
    }
    Ok(int::from_big(falling))
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

/// The entries of module `math`.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
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
        builtin("isnan", math_isnan),
        builtin("isinf", math_isinf),
        builtin("isfinite", math_isfinite),
        builtin("isclose", math_isclose),
        builtin("fsum", math_fsum),
        builtin("prod", math_prod),
    ]
    .into_iter()
    .chain(super::math_special::entries())
    .collect()
}
