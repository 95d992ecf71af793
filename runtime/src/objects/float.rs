//! Float objects and float arithmetic with CPython's special cases and error messages.

use crate::memory::heap;
use crate::objects::complex::{self, Complex};
use crate::objects::exceptions::{raise, ExcKind};
use crate::objects::int::IntRef;
use crate::objects::value::{Header, HeapObject, Kind, PyResult, Value};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

/// A float. Holds no `Value`s.
#[repr(C)]
pub struct FloatObj {
    pub header: Header,
    pub value: f64,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for FloatObj {
    const KIND: Kind = Kind::Float;
}

pub fn new(x: f64) -> Value {
    heap::new(FloatObj {
        header: Header::new(Kind::Float),
        value: x,
    })
}

pub fn as_f64(v: Value) -> Option<f64> {
    v.get::<FloatObj>().map(|f| f.value)
}

/// `a op b` on floats (`op` as in `rt_binary`); None for operators floats lack.
pub fn binary(op: u32, a: f64, b: f64) -> Option<PyResult> {
    Some(match op {
        0 => Ok(new(a + b)),
        1 => Ok(new(a - b)),
        2 => Ok(new(a * b)),
        3 => {
            if b == 0.0 {
                raise(ExcKind::ZeroDivisionError, "float division by zero")
            } else {
                Ok(new(a / b))
            }
        }
        4 => {
            if b == 0.0 {
                raise(ExcKind::ZeroDivisionError, "float floor division by zero")
            } else {
                Ok(new(divmod(a, b).0))
            }
        }
        5 => {
            if b == 0.0 {
                raise(ExcKind::ZeroDivisionError, "float modulo")
            } else {
                Ok(new(divmod(a, b).1))
            }
        }
        6 => power(a, b),
        _ => return None,
    })
}

/// CPython's float floor division and modulo (`b` non-zero).
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x % 2.0).abs() == 1.0
}

/// `a ** b` on floats.
pub fn power(a: f64, b: f64) -> PyResult {
    // An infinite exponent is CPython's special case before this one: 0.0 ** -inf is inf.
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return raise(
            ExcKind::ZeroDivisionError,
            "0.0 cannot be raised to a negative power",
        );
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.fract() != 0.0 {
        // A negative number to a fractional power is a complex number.
        return complex::power(Complex::new(a, 0.0), Complex::new(b, 0.0));
    }
    let r = if a == 0.0 && b > 0.0 && !is_odd_integer(b) {
        0.0
    } else {
        a.powf(b)
    };
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return raise(
            ExcKind::OverflowError,
            "(34, 'Numerical result out of range')",
        );
    }
    Ok(new(r))
}

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

/// CPython's `_Py_HashDouble` (equal to the int hash for integral floats). NaN hashes by
/// identity in CPython; `identity` supplies that.
pub fn hash(v: f64, identity: u64) -> i64 {
    if v.is_nan() {
        return (identity >> 4) as i64;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 {
        e % bits
    } else {
        bits - 1 - ((-1 - e) % bits)
    } as u32;
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    let h = (x as i64).wrapping_mul(sign);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits a finite `v` into a mantissa in [0.5, 1) and a power of two.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Exact comparison of an int with a float (None when the float is NaN).
pub fn compare_int(i: &IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let IntRef::Small(n) = i {
        if n.unsigned_abs() < (1 << 53) {
            return (*n as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = BigInt::from_f64(fl)?;
    let b = i.to_big();
    Some(match b.cmp(&fi) {
        Ordering::Equal if fl != f => Ordering::Less,
        o => o,
    })
}

/// `float.hex()`: `0x1.8000000000000p+0`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!("{sign}0x{lead}.{mant:013x}p{e:+}")
}

/// `float(text)` parsing: Python's literal syntax plus inf/nan spellings.
pub fn parse(text: &str) -> Option<f64> {
    let text = crate::objects::unicode::ascii_digits_and_spaces(text);
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t'..='\r'));
    // Digits, point, exponent and signs only (the common case): Rust's syntax for these is
    // Python's, and nothing needs rewriting first.
    let plain = |c: &u8| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-');
    if !t.is_empty() && t.as_bytes().iter().all(plain) {
        return t.parse::<f64>().ok();
    }
    let lower = t.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity" | "nan") {
        let neg = lower.starts_with('-');
        let x = if unsigned == "nan" {
            f64::NAN
        } else {
            f64::INFINITY
        };
        return Some(if neg { -x } else { x });
    }
    if t.is_empty() || t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let bytes = t.as_bytes();
    for (k, &c) in bytes.iter().enumerate() {
        if c == b'_' && !(bytes[k - 1].is_ascii_digit() && bytes[k + 1].is_ascii_digit()) {
            return None;
        }
        if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-' | b'_')) {
            return None;
        }
    }
    t.replace('_', "").parse::<f64>().ok()
}

/// `float.fromhex`: None for a malformed string, `Some(Err(()))` when the value is too
/// large for a float. The result is correctly rounded (half to even), subnormals included.
pub fn from_hex(text: &str) -> Option<Result<f64, ()>> {
    let t = text.trim_matches(|c: char| c.is_ascii_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Ok(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Some(Ok(f64::NAN));
    }
    let t = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp_text) = match t.find('p') {
        Some(p) => (&t[..p], Some(&t[p + 1..])),
        None => (t, None),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(p) => (&digits[..p], &digits[p + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut mantissa = num_bigint::BigUint::default();
    for c in int_part.chars().chain(frac_part.chars()) {
        mantissa = (mantissa << 4u32) + c.to_digit(16)?;
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(e) => {
            let body = e.strip_prefix(['+', '-']).unwrap_or(e);
            if body.is_empty() || !body.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Exponents beyond any float saturate (the digits still decide zero or not).
            e.parse::<i64>().unwrap_or(if e.starts_with('-') {
                i64::MIN / 4
            } else {
                i64::MAX / 4
            })
        }
    };
    exp = exp.saturating_sub(4 * frac_part.len() as i64);
    if mantissa.bits() == 0 {
        return Some(Ok(sign * 0.0));
    }
    // value = mantissa * 2**exp; its top bit has weight 2**top.
    let top = exp.saturating_add(mantissa.bits() as i64 - 1);
    if top > 1023 {
        return Some(Err(()));
    }
    if top < -1075 {
        return Some(Ok(sign * 0.0));
    }
    // The weight of the last bit kept: 53 significant bits, fewer for subnormals.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp;
    let q: u64 = if shift <= 0 {
        (mantissa << (-shift) as u64).try_into().ok()?
    } else {
        let shift = shift as u64;
        let q = &mantissa >> shift;
        let rem = &mantissa - (&q << shift);
        let half = num_bigint::BigUint::from(1u32) << (shift - 1);
        let mut q: u64 = q.try_into().ok()?;
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
        q
    };
    // q <= 2**53, so the product below is exact unless it overflows.
    let x = q as f64 * pow2(lsb);
    if x.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(sign * x))
}

/// 2**e for -1074 <= e <= 1023, exactly.
fn pow2(e: i64) -> f64 {
    if e < -1022 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        f64::from_bits(((e + 1023) as u64) << 52)
    }
}
