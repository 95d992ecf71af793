//! Complex numbers with CPython's algorithms (`Objects/complexobject.c`), so that results
//! match bit for bit: arithmetic, powers, `abs`, hashing, repr and `complex(str)` parsing.

use crate::memory::heap;
use crate::objects::exceptions::{raise, ExcKind};
use crate::objects::float;
use crate::objects::int;
use crate::objects::unicode;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use crate::protocols::format_spec::{double_to_string, DtoaFlags};

/// A complex number. Holds no `Value`s.
#[repr(C)]
pub struct ComplexObj {
    pub header: Header,
    pub real: f64,
    pub imag: f64,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for ComplexObj {
    const KIND: Kind = Kind::Complex;
}

/// The value of a complex number (CPython's `Py_complex`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

pub fn new(z: Complex) -> Value {
    heap::new(ComplexObj {
        header: Header::new(Kind::Complex),
        real: z.re,
        imag: z.im,
    })
}

/// The value of a complex object (None for anything else).
pub fn as_complex(v: Value) -> Option<Complex> {
    v.get::<ComplexObj>().map(|c| Complex::new(c.real, c.imag))
}

/// An operand of complex arithmetic (CPython's `to_complex`): a complex, a float or an int
/// (an int too large for a float raises); None for the other types, whose reflected
/// methods may still handle the operation.
pub fn operand(v: Value) -> Option<PyResult<Complex>> {
    if let Some(z) = as_complex(v) {
        return Some(Ok(z));
    }
    if let Some(x) = float::as_f64(v) {
        return Some(Ok(Complex::new(x, 0.0)));
    }
    int::as_int(v).map(|i| int::ref_to_f64(&i).map(|x| Complex::new(x, 0.0)))
}

/// `a op b` on complex numbers (`op` as in `rt_binary`); None for operators complex
/// numbers lack.
pub fn binary(op: u32, a: Complex, b: Complex) -> Option<PyResult> {
    Some(match op {
        0 => Ok(new(Complex::new(a.re + b.re, a.im + b.im))),
        1 => Ok(new(Complex::new(a.re - b.re, a.im - b.im))),
        2 => Ok(new(product(a, b))),
        3 => match quotient(a, b) {
            Some(q) => Ok(new(q)),
            None => raise(ExcKind::ZeroDivisionError, "complex division by zero"),
        },
        6 => power(a, b),
        _ => return None,
    })
}

fn product(a: Complex, b: Complex) -> Complex {
    Complex::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None when dividing by zero.
fn quotient(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // A NaN in the divisor.
        Some(Complex::new(f64::NAN, f64::NAN))
    }
}

/// `a ** b` (CPython's `complex_pow`): small integral exponents by repeated squaring,
/// others through polar form. CPython reports its errors through `errno`: EDOM (a zero
/// base with a negative or complex exponent, or the sine of an infinite phase) wins over
/// an infinite part, which is an overflow.
pub fn power(a: Complex, b: Complex) -> PyResult {
    let (p, domain_error) = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        match integer_power(a, b.re as i64) {
            Some(p) => (p, false),
            None => (Complex::new(0.0, 0.0), true),
        }
    } else {
        polar_power(a, b)
    };
    if domain_error {
        return raise(
            ExcKind::ZeroDivisionError,
            "0.0 to a negative or complex power",
        );
    }
    if p.re.is_infinite() || p.im.is_infinite() {
        return raise(ExcKind::OverflowError, "complex exponentiation");
    }
    Ok(new(p))
}

/// CPython's `c_powi`: None when a negative power of zero divides by zero.
fn integer_power(x: Complex, n: i64) -> Option<Complex> {
    if n > 0 {
        Some(unsigned_power(x, n.unsigned_abs()))
    } else {
        quotient(ONE, unsigned_power(x, n.unsigned_abs()))
    }
}

/// CPython's `c_powu`, whose order of multiplications decides the rounding.
fn unsigned_power(x: Complex, n: u64) -> Complex {
    let mut r = ONE;
    let mut p = x;
    let mut mask = 1;
    while mask <= n {
        if n & mask != 0 {
            r = product(r, p);
        }
        mask <<= 1;
        p = product(p, p);
    }
    r
}

/// CPython's `_Py_c_pow`, with whether it sets EDOM: libm's `cos` and `sin` do for an
/// infinite phase.
fn polar_power(a: Complex, b: Complex) -> (Complex, bool) {
    if b.re == 0.0 && b.im == 0.0 {
        return (ONE, false);
    }
    if a.re == 0.0 && a.im == 0.0 {
        return (Complex::new(0.0, 0.0), b.im != 0.0 || b.re < 0.0);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    (
        Complex::new(len * phase.cos(), len * phase.sin()),
        phase.is_infinite(),
    )
}

/// `abs(z)` (CPython's `_Py_c_abs`): an infinite part wins over a NaN.
pub fn abs(z: Complex) -> PyResult<f64> {
    if z.re.is_infinite() {
        return Ok(z.re.abs());
    }
    if z.im.is_infinite() {
        return Ok(z.im.abs());
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return raise(ExcKind::OverflowError, "absolute value too large");
    }
    Ok(r)
}

/// CPython's multiplier of the imaginary part's hash (`_PyHASH_IMAG`).
const HASH_IMAG: u64 = 1000003;

/// `hash(z)`: equal to the hash of the equal int or float when the imaginary part is 0.
/// `identity` hashes NaN parts, as for floats.
pub fn hash(z: Complex, identity: u64) -> i64 {
    let real = float::hash(z.re, identity) as u64;
    let imag = float::hash(z.im, identity) as u64;
    let combined = real.wrapping_add(HASH_IMAG.wrapping_mul(imag));
    if combined == u64::MAX {
        -2
    } else {
        combined as i64
    }
}

/// `z == w` for a complex `z` and an int, float or complex `w` (None for other types).
pub fn equals(z: Complex, w: Value) -> Option<bool> {
    if let Some(w) = as_complex(w) {
        return Some(z.re == w.re && z.im == w.im);
    }
    if let Some(x) = float::as_f64(w) {
        return Some(z.re == x && z.im == 0.0);
    }
    let i = int::as_int(w)?;
    Some(z.im == 0.0 && float::compare_int(&i, z.re) == Some(std::cmp::Ordering::Equal))
}

/// `repr(z)`: each part as the shortest repr without a forced `.0`; a real part of +0 is
/// left out, and otherwise the whole is in parentheses.
pub fn repr(z: Complex) -> String {
    let part = |x: f64| double_to_string(x, 'r', 0, DtoaFlags::default());
    let imag = part(z.im);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", part(z.re))
}

/// `complex(text)` (CPython's `complex_subtype_from_string`); the error is the
/// ValueError's message.
pub fn parse(text: &str) -> Result<Complex, String> {
    let ascii = unicode::ascii_digits_and_spaces(text);
    let bytes = ascii.as_bytes();
    // CPython's C string ends at a NUL: underscores beyond one are not seen.
    let c_string = bytes.split(|&b| b == 0).next().unwrap_or(&[]);
    if !c_string.contains(&b'_') {
        return parse_parts(bytes).ok_or_else(malformed);
    }
    let cannot = || {
        format!(
            "could not convert string to complex: {}",
            crate::objects::str::repr(text)
        )
    };
    // Underscores are allowed only between digits.
    let mut kept = Vec::with_capacity(c_string.len());
    let mut prev = 0u8;
    for &c in c_string {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(cannot());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(cannot());
            }
            kept.push(c);
        }
        prev = c;
    }
    if prev == b'_' || c_string.len() != bytes.len() {
        return Err(cannot());
    }
    parse_parts(&kept).ok_or_else(malformed)
}

fn malformed() -> String {
    "complex() arg is a malformed string".to_string()
}

/// CPython's `complex_from_string_inner`: `<float>`, `<float>j`, `<float><signed-float>j`,
/// and the older `<float><sign>j`, `<sign>j` and `j`, in optional parentheses and white
/// space.
fn parse_parts(s: &[u8]) -> Option<Complex> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let is_space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
    let is_j = |c: u8| c == b'j' || c == b'J';
    let mut i = 0;
    while is_space(at(i)) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((z, end)) = float_prefix(s, i) {
        i = end;
        if matches!(at(i), b'+' | b'-') {
            re = z;
            match float_prefix(s, i) {
                Some((y, end)) => {
                    im = y;
                    i = end;
                }
                None => {
                    im = if at(i) == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
            }
            if !is_j(at(i)) {
                return None;
            }
            i += 1;
        } else if is_j(at(i)) {
            im = z;
            i += 1;
        } else {
            re = z;
        }
    } else {
        im = match at(i) {
            b'+' => {
                i += 1;
                1.0
            }
            b'-' => {
                i += 1;
                -1.0
            }
            _ => 1.0,
        };
        if !is_j(at(i)) {
            return None;
        }
        i += 1;
    }
    while is_space(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    (i == s.len()).then_some(Complex::new(re, im))
}

/// The float that starts at `start` and where it ends (CPython's `PyOS_string_to_double`
/// with an end pointer): `[sign] digits [. digits] [e [sign] digits]` with a digit
/// somewhere before the exponent, else `inf`, `infinity` or `nan` in any case.
fn float_prefix(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let digits_from = |mut i: usize| {
        while at(i).is_ascii_digit() {
            i += 1;
        }
        i
    };
    let mut i = start;
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let int_end = digits_from(i);
    let mut end = int_end;
    let mut has_digits = int_end > i;
    if at(end) == b'.' {
        let frac_end = digits_from(end + 1);
        has_digits |= frac_end > end + 1;
        end = frac_end;
    }
    if !has_digits {
        return special_float(s, start);
    }
    if matches!(at(end), b'e' | b'E') {
        let mut e = end + 1;
        if matches!(at(e), b'+' | b'-') {
            e += 1;
        }
        let exp_end = digits_from(e);
        if exp_end > e {
            end = exp_end;
        }
    }
    let text = std::str::from_utf8(&s[start..end]).ok()?;
    Some((text.parse().ok()?, end))
}

/// `inf`, `infinity` or `nan` with an optional sign (CPython's `_Py_parse_inf_or_nan`).
fn special_float(s: &[u8], start: usize) -> Option<(f64, usize)> {
    let (negative, i) = match s.get(start) {
        Some(b'-') => (true, start + 1),
        Some(b'+') => (false, start + 1),
        _ => (false, start),
    };
    let starts = |word: &str| {
        s.get(i..i + word.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(word.as_bytes()))
    };
    let (x, end) = if starts("infinity") {
        (f64::INFINITY, i + 8)
    } else if starts("inf") {
        (f64::INFINITY, i + 3)
    } else if starts("nan") {
        (f64::NAN, i + 3)
    } else {
        return None;
    };
    Some((if negative { -x } else { x }, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values come from CPython 3.11.
    #[test]
    fn parses_as_cpython() {
        let ok: &[(&str, (f64, f64))] = &[
            ("1+2j", (1.0, 2.0)),
            (" ( 1+2j ) ", (1.0, 2.0)),
            ("j", (0.0, 1.0)),
            ("-j", (0.0, -1.0)),
            ("1-j", (1.0, -1.0)),
            ("1e3j", (0.0, 1000.0)),
            ("1.e3", (1000.0, 0.0)),
            (".5J", (0.0, 0.5)),
            ("-infj", (0.0, f64::NEG_INFINITY)),
            ("Infinity-2j", (f64::INFINITY, -2.0)),
            ("1e500j", (0.0, f64::INFINITY)),
            ("1_0j", (0.0, 10.0)),
            ("\u{0661}j", (0.0, 1.0)),
        ];
        for &(text, (re, im)) in ok {
            assert_eq!(parse(text), Ok(Complex::new(re, im)), "{text:?}");
        }
        for text in [
            "", "()", "1+2", "x", "1e", "(1+2j", "1j)", "1+2jj", "nanx", ". j", "1\0",
        ] {
            assert_eq!(parse(text), Err(malformed()), "{text:?}");
        }
        assert_eq!(
            parse("1__0j"),
            Err("could not convert string to complex: '1__0j'".to_string())
        );
    }

    #[test]
    fn reprs_as_cpython() {
        let cases: &[((f64, f64), &str)] = &[
            ((0.0, 1.0), "1j"),
            ((0.0, -0.0), "-0j"),
            ((-0.0, -0.0), "(-0-0j)"),
            ((1.0, 0.0), "(1+0j)"),
            ((f64::NAN, f64::INFINITY), "(nan+infj)"),
            ((0.0, 1e16), "1e+16j"),
            ((1.5, -2.25), "(1.5-2.25j)"),
        ];
        for &((re, im), want) in cases {
            assert_eq!(repr(Complex::new(re, im)), want);
        }
    }
}
