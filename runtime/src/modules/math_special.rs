//! The `math` functions beyond the elementary ones: the inverse hyperbolic functions, `cbrt`,
//! `exp2`, `expm1`, `log1p`, `erf`, `erfc` (the C library's, as CPython calls them), `gamma`
//! and `lgamma` (CPython's own Lanczos approximation, so results agree to the last bit),
//! the float decompositions (`frexp`, `ldexp`, `modf`), `nextafter`, `remainder`, `ulp`,
//! and `dist`/`hypot` through CPython's accurate vector norm.

use super::builtin;
use crate::objects::exceptions::{raise, type_error, value_error, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::tuple;
use crate::objects::value::{PyResult, Value};
use crate::protocols::args;
use crate::protocols::call::Kw;
use crate::protocols::iter;
use num_traits::ToPrimitive;

/// The C library's functions that Rust's `f64` lacks or implements itself.
mod libm {
    use std::ffi::c_int;

    mod c {
        use std::ffi::c_int;
        extern "C" {
            pub fn acosh(x: f64) -> f64;
            pub fn asinh(x: f64) -> f64;
            pub fn atanh(x: f64) -> f64;
            pub fn exp2(x: f64) -> f64;
            pub fn expm1(x: f64) -> f64;
            pub fn log1p(x: f64) -> f64;
            pub fn erf(x: f64) -> f64;
            pub fn erfc(x: f64) -> f64;
            pub fn frexp(x: f64, exponent: *mut c_int) -> f64;
            pub fn ldexp(x: f64, exponent: c_int) -> f64;
            pub fn nextafter(x: f64, y: f64) -> f64;
            pub fn remainder(x: f64, y: f64) -> f64;
        }
    }

    macro_rules! pure {
        ($($name:ident($($arg:ident),*);)*) => {
            $(
                pub fn $name($($arg: f64),*) -> f64 {
                    // SAFETY: a pure function of its arguments, defined for every double.
                    unsafe { c::$name($($arg),*) }
                }
            )*
        };
    }

    pure! {
        acosh(x); asinh(x); atanh(x); exp2(x); expm1(x); log1p(x); erf(x); erfc(x);
        nextafter(x, y); remainder(x, y);
    }

    pub fn frexp(x: f64) -> (f64, i32) {
        let mut exponent: c_int = 0;
        // SAFETY: `exponent` is a valid place for the one int `frexp` writes.
        let mantissa = unsafe { c::frexp(x, &mut exponent) };
        (mantissa, exponent)
    }

    pub fn ldexp(x: f64, exponent: i32) -> f64 {
        // SAFETY: a pure function of its arguments, defined for every double and int.
        unsafe { c::ldexp(x, exponent) }
    }
}

fn float_of(name: &str, args: &[Value], kw: Kw) -> PyResult<f64> {
    args::float_arg(args::one(name, args, kw)?)
}

fn domain<T>() -> PyResult<T> {
    value_error("math domain error")
}

fn range<T>() -> PyResult<T> {
    raise(ExcKind::OverflowError, "math range error")
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error, an infinity from a
/// finite one an overflow (`can_overflow`) or a domain error.
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow { range() } else { domain() };
    }
    Ok(float::new(r))
}

macro_rules! libm_functions {
    ($($fname:ident => $name:literal, $f:expr, $can_overflow:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: Kw) -> PyResult {
                math_1(float_of($name, args, kw)?, $f, $can_overflow)
            }
        )*
    };
}

libm_functions! {
    math_acosh => "acosh", libm::acosh, false;
    math_asinh => "asinh", libm::asinh, false;
    math_atanh => "atanh", libm::atanh, false;
    math_cbrt => "cbrt", cbrt, false;
    math_exp2 => "exp2", libm::exp2, true;
    math_expm1 => "expm1", libm::expm1, true;
    math_log1p => "log1p", libm::log1p, false;
    math_erf => "erf", libm::erf, false;
    math_erfc => "erfc", libm::erfc, false;
}

/// The cube root as the GNU C library computes it (a polynomial guess refined by one
/// Halley step), which CPython calls; Rust's runtime brings a correctly rounded `cbrt`
/// whose symbol the linker picks before the C library's.
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let cbrt2 = 1.259_921_049_894_873_164_8_f64;
    let cbrt2_squared = 1.587_401_051_968_199_474_8_f64;
    let factors = [1.0 / cbrt2_squared, 1.0 / cbrt2, 1.0, cbrt2, cbrt2_squared];
    let (m, e) = libm::frexp(x.abs());
    let guess = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * m) * m)
                        * m)
                    * m)
                * m)
            * m;
    let cube = guess * guess * guess;
    let root = guess * (cube + 2.0 * m) / (2.0 * cube + m) * factors[(2 + e % 3) as usize];
    libm::ldexp(if x > 0.0 { root } else { -root }, e / 3)
}

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];
/// The denominator's coefficients: x (x+1) ... (x+11) expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// The rational function of Lanczos' approximation, for positive `x`; in 1/x for large x,
/// where the powers of x would overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi x), exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let pi = std::f64::consts::PI;
    let r = match (2.0 * y).round() as i32 {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn math_gamma(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of("gamma", args, kw)?;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(float::new(x))
        } else {
            domain()
        };
    }
    if x == 0.0 {
        return domain();
    }
    if x == x.floor() {
        if x < 0.0 {
            return domain();
        }
        if x <= 23.0 {
            let n = x as u64;
            return Ok(float::new((1..n).map(|k| k as f64).product()));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            range()
        } else {
            Ok(float::new(r))
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(float::new(0.0 / sin_pi(x)))
        } else {
            range()
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, to correct the result with.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    if r.is_infinite() {
        return range();
    }
    Ok(float::new(r))
}

fn math_lgamma(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of("lgamma", args, kw)?;
    if !x.is_finite() {
        return Ok(float::new(if x.is_nan() { x } else { f64::INFINITY }));
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            domain()
        } else {
            Ok(float::new(0.0))
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(float::new(-absx.ln()));
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return range();
    }
    Ok(float::new(r))
}

fn math_frexp(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of("frexp", args, kw)?;
    let (mantissa, exponent) = if x.is_finite() && x != 0.0 {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    Ok(tuple::new(&[
        float::new(mantissa),
        int::from_i64(i64::from(exponent)),
    ]))
}

fn math_ldexp(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("ldexp", kw)?;
    args::count("ldexp", args, 2, 2)?;
    let x = args::float_arg(args[0])?;
    let Some(exponent) = int::as_int(args[1]) else {
        return type_error("Expected an int as second argument to ldexp.");
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(float::new(x));
    }
    // Beyond these the result is 0 or infinite whatever x is.
    let exponent = exponent.to_big().clamp((-3000).into(), 3000.into());
    let r = libm::ldexp(x, exponent.to_i32().unwrap_or_default());
    if r.is_infinite() {
        return range();
    }
    Ok(float::new(r))
}

fn math_modf(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of("modf", args, kw)?;
    let (fraction, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(tuple::new(&[float::new(fraction), float::new(whole)]))
}

fn math_nextafter(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("nextafter", kw)?;
    args::count("nextafter", args, 2, 2)?;
    let (x, y) = (args::float_arg(args[0])?, args::float_arg(args[1])?);
    Ok(float::new(libm::nextafter(x, y)))
}

fn math_remainder(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("remainder", kw)?;
    args::count("remainder", args, 2, 2)?;
    let (x, y) = (args::float_arg(args[0])?, args::float_arg(args[1])?);
    if x.is_nan() || y.is_nan() {
        return Ok(float::new(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return domain();
    }
    if y.is_infinite() {
        return Ok(float::new(x));
    }
    Ok(float::new(libm::remainder(x, y)))
}

fn math_ulp(args: &[Value], kw: Kw) -> PyResult {
    let x = float_of("ulp", args, kw)?;
    if x.is_nan() {
        return Ok(float::new(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(float::new(x));
    }
    let next = libm::nextafter(x, f64::INFINITY);
    if next.is_infinite() {
        // x is the largest float: the gap below it.
        return Ok(float::new(x - libm::nextafter(x, 0.0)));
    }
    Ok(float::new(next - x))
}

/// x * y as an unevaluated sum hi + lo, exactly.
fn exact_product(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// a + b as hi + lo, exactly, for |a| >= |b|.
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, b - (hi - a))
}

/// CPython's `vector_norm`: the Euclidean norm of `v` (absolute values, `max` the largest),
/// scaled to avoid overflow and underflow and summed with compensation, then corrected
/// by one step of Newton's method, so it is correctly rounded in almost every case.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_exponent) = libm::frexp(max);
    if max_exponent < -1023 {
        // 2**-max_exponent would overflow: scale the subnormals up first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::ldexp(1.0, -max_exponent);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in v.iter() {
        let x = x * scale;
        let (square, square_lo) = exact_product(x, x);
        let (sum, sum_lo) = fast_two_sum(csum, square);
        csum = sum;
        frac1 += square_lo;
        frac2 += sum_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (square, square_lo) = exact_product(-h, h);
    let (sum, sum_lo) = fast_two_sum(csum, square);
    csum = sum;
    frac1 += square_lo;
    frac2 += sum_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The norm of `values`, given as absolute values.
fn norm_of(mut values: Vec<f64>) -> f64 {
    let found_nan = values.iter().any(|x| x.is_nan());
    let max = values
        .iter()
        .copied()
        .filter(|x| !x.is_nan())
        .fold(0.0, f64::max);
    vector_norm(&mut values, max, found_nan)
}

fn math_hypot(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("hypot", kw)?;
    let values = args
        .iter()
        .map(|&v| args::float_arg(v).map(f64::abs))
        .collect::<PyResult<Vec<f64>>>()?;
    Ok(float::new(norm_of(values)))
}

fn math_dist(args: &[Value], kw: Kw) -> PyResult {
    args::no_kw("dist", kw)?;
    args::count("dist", args, 2, 2)?;
    let p = iter::collect(args[0])?;
    let q = iter::collect(args[1])?;
    if p.len() != q.len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut values = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        values.push((args::float_arg(*a)? - args::float_arg(*b)?).abs());
    }
    Ok(float::new(norm_of(values)))
}

/// The entries this file adds to module `math`.
pub fn entries() -> Vec<(&'static str, Value)> {
    vec![
        builtin("acosh", math_acosh),
        builtin("asinh", math_asinh),
        builtin("atanh", math_atanh),
        builtin("cbrt", math_cbrt),
        builtin("exp2", math_exp2),
        builtin("expm1", math_expm1),
        builtin("log1p", math_log1p),
        builtin("erf", math_erf),
        builtin("erfc", math_erfc),
        builtin("gamma", math_gamma),
        builtin("lgamma", math_lgamma),
        builtin("frexp", math_frexp),
        builtin("ldexp", math_ldexp),
        builtin("modf", math_modf),
        builtin("nextafter", math_nextafter),
        builtin("remainder", math_remainder),
        builtin("ulp", math_ulp),
        builtin("dist", math_dist),
        builtin("hypot", math_hypot),
    ]
}
