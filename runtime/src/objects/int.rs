//! Integers: tagged small ints and normalised heap big ints, with Python's arithmetic.

use crate::memory::heap;
use crate::objects::exceptions::{raise, ExcKind};
use crate::objects::float;
use crate::objects::value::{BoolObj, Header, HeapObject, Kind, PyResult, Value};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A big int (only for values outside the small-int range). Holds no `Value`s; owns the
/// digit buffer of its `BigInt`.
#[repr(C)]
pub struct IntObj {
    pub header: Header,
    pub value: BigInt,
}

// SAFETY: `#[repr(C)]`, header first.
unsafe impl HeapObject for IntObj {
    const KIND: Kind = Kind::Int;
}

/// A borrowed view of an int (or bool) value.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(n) => BigInt::from(*n),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    /// The value as a big int, borrowed when it is one: arithmetic on big operands then
    /// copies neither.
    pub fn as_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntRef::Small(n) => Cow::Owned(BigInt::from(*n)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(n) => Some(*n),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(n) => *n < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(n) => *n == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
}

pub fn from_i64(n: i64) -> Value {
    if Value::fits_small(n) {
        Value::small(n)
    } else {
        heap::new(IntObj {
            header: Header::new(Kind::Int),
            value: BigInt::from(n),
        })
    }
}

pub fn from_u64(n: u64) -> Value {
    match i64::try_from(n) {
        Ok(n) => from_i64(n),
        Err(_) => from_big(BigInt::from(n)),
    }
}

/// A normalised int: small when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(n) if Value::fits_small(n) => Value::small(n),
        _ => heap::new(IntObj {
            header: Header::new(Kind::Int),
            value: b,
        }),
    }
}

/// The int behind an int or bool value.
pub fn as_int(v: Value) -> Option<IntRef<'static>> {
    if v.is_small() {
        return Some(IntRef::Small(v.small_value()));
    }
    if !v.is_object() {
        return None;
    }
    match v.kind() {
        Kind::Int => v.get::<IntObj>().map(|o| IntRef::Big(&o.value)),
        Kind::Bool => v.get::<BoolObj>().map(|b| IntRef::Small(b.value as i64)),
        _ => None,
    }
}

/// True for int and bool values.
pub fn is_int(v: Value) -> bool {
    v.is_small() || (v.is_object() && matches!(v.kind(), Kind::Int | Kind::Bool))
}

/// An int that must fit a machine word (indices, counts), with CPython's overflow error.
pub fn to_index(v: Value) -> PyResult<Option<i64>> {
    match as_int(v) {
        Some(i) => match i.to_i64() {
            Some(n) => Ok(Some(n)),
            None => raise(
                ExcKind::OverflowError,
                "Python int too large to convert to C ssize_t",
            ),
        },
        None => Ok(None),
    }
}

pub fn parse_literal(text: &str) -> Option<Value> {
    parse(text, 10)
}

/// Parses `text` as `int(text, base)` does; None when invalid.
pub fn parse(text: &str, base: u32) -> Option<Value> {
    if base == 10 {
        if let Some(n) = parse_short_decimal(text) {
            return Some(Value::small(n));
        }
    }
    let text = crate::objects::unicode::ascii_digits_and_spaces(text);
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t'..='\r'));
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.bytes().all(|c| c == b'0' || c == b'_') {
                return Some(Value::small(0)).filter(|_| valid_underscores(t, false));
            }
            if t.starts_with('0') && t.len() > 1 {
                return None;
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let prefixed = digits.len() != t.len();
    if digits.is_empty() || !valid_underscores(digits, prefixed) {
        return None;
    }
    let mut clean = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(36)?;
        if d >= base {
            return None;
        }
        clean.push(char::from_digit(d, 36)?);
    }
    let b = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(from_big(if neg { -b } else { b }))
}

/// The common case of `int(text)`: an optional sign and at most 18 ASCII decimal digits
/// between ASCII spaces, read without the general path's copies and big-int parse. None
/// for anything else (the general path then decides).
fn parse_short_decimal(text: &str) -> Option<i64> {
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t'..='\r'));
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t.as_bytes()[1..]),
        Some(b'+') => (false, &t.as_bytes()[1..]),
        _ => (false, t.as_bytes()),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = digits
        .iter()
        .fold(0i64, |n, &d| n * 10 + i64::from(d - b'0'));
    // 18 digits stay below 10**18, inside the small-int range.
    Some(if neg { -n } else { n })
}

/// Underscores may only separate digits (or follow a base prefix).
fn valid_underscores(s: &str, after_prefix: bool) -> bool {
    let bytes = s.as_bytes();
    if bytes.last() == Some(&b'_') || (!after_prefix && bytes.first() == Some(&b'_')) {
        return false;
    }
    !s.contains("__")
}

/// `sys.get_int_max_str_digits()`: the most decimal digits str() and int() convert.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return raise(
            ExcKind::ValueError,
            "maxdigits must be 0 or larger than 640",
        );
    }
    MAX_STR_DIGITS.store(n as usize, Ordering::Relaxed);
    Ok(())
}

fn too_many_digits<T>() -> PyResult<T> {
    raise(
        ExcKind::ValueError,
        &format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits()
        ),
    )
}

/// Whether converting `b` to decimal would exceed the digit limit.
pub fn exceeds_str_digits(b: &BigInt) -> bool {
    decimal_within_limit(b).is_none()
}

/// The decimal text of `b`, or None when it has more digits than the limit allows. A number
/// of `bits` bits has between `(bits - 1) * log10(2)` and `bits * log10(2)` digits (plus
/// one): only near the limit must the digits be made to be counted, and then they are made
/// once.
fn decimal_within_limit(b: &BigInt) -> Option<String> {
    let limit = max_str_digits();
    let bits = b.bits() as f64;
    if limit == 0 || (bits * std::f64::consts::LOG10_2) as usize + 1 < limit {
        return Some(b.to_string());
    }
    if ((bits - 1.0) * std::f64::consts::LOG10_2) as usize > limit {
        return None;
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(b.is_negative());
    (digits <= limit).then_some(text)
}

/// The decimal text of an int (CPython's `str(int)`, with its digit limit).
pub fn to_string(v: &IntRef) -> PyResult<String> {
    match v {
        IntRef::Small(n) => Ok(n.to_string()),
        IntRef::Big(b) => decimal_within_limit(b).map_or_else(too_many_digits, Ok),
    }
}

/// Checks the digit limit before parsing `digits` decimal digits (as `int(text)` does).
pub fn check_parse_digits(digits: usize) -> PyResult<()> {
    let limit = max_str_digits();
    if limit != 0 && digits > limit {
        return raise(
            ExcKind::ValueError,
            &format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
        );
    }
    Ok(())
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
/// The hash of a machine-word int (CPython's, as `hash`), cheap enough to inline into dict
/// and set probes.
#[inline]
pub fn small_hash(n: i64) -> i64 {
    // Almost every small int is below the modulus: no division.
    let magnitude = n.unsigned_abs();
    let m = if magnitude < HASH_MODULUS {
        magnitude
    } else {
        magnitude % HASH_MODULUS
    } as i64;
    let h = if n < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash(v: &IntRef) -> i64 {
    let h = match v {
        IntRef::Small(n) => return small_hash(*n),
        IntRef::Big(b) => {
            // Below the modulus, 2**61 - 1.
            let m = magnitude_mod(b, HASH_MODULUS) as i64;
            if b.is_negative() {
                -m
            } else {
                m
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The arithmetic operators on two ints (`op` as in `rt_binary`); None when not defined for ints.
pub fn binary(op: u32, a: &IntRef, b: &IntRef) -> Option<PyResult> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = small_binary(op, *x, *y) {
            return Some(r);
        }
    }
    if let (5, IntRef::Big(x), IntRef::Small(m)) = (op, a, b) {
        if *m != 0 {
            return Some(Ok(from_i64(mod_small(x, *m))));
        }
    }
    let (x, y) = (a.as_big(), b.as_big());
    let (x, y) = (x.as_ref(), y.as_ref());
    Some(match op {
        0 => Ok(from_big(x + y)),
        1 => Ok(from_big(x - y)),
        2 => Ok(from_big(x * y)),
        3 => true_divide(x, y),
        4 => {
            if y.is_zero() {
                raise(
                    ExcKind::ZeroDivisionError,
                    "integer division or modulo by zero",
                )
            } else {
                Ok(from_big(div_mod_floor(x, y).0))
            }
        }
        5 => {
            if y.is_zero() {
                raise(ExcKind::ZeroDivisionError, "integer modulo by zero")
            } else {
                Ok(from_big(div_mod_floor(x, y).1))
            }
        }
        6 => power(x, y),
        7 => shift_left(x, y),
        8 => shift_right(x, y),
        9 => Ok(from_big(x | y)),
        10 => Ok(from_big(x ^ y)),
        11 => Ok(from_big(x & y)),
        _ => return None,
    })
}

/// `x % m` (floor modulo) for a nonzero machine-word `m`, as in `n % 10` or `f % 1_000_000_007`:
/// one pass over the digits from the top, allocating nothing.
fn mod_small(x: &BigInt, m: i64) -> i64 {
    // Below |m|, which is a machine word.
    let rem = magnitude_mod(x, m.unsigned_abs()) as i64;
    let rem = if x.is_negative() { -rem } else { rem };
    if rem != 0 && (rem < 0) != (m < 0) {
        rem + m
    } else {
        rem
    }
}

/// `|x| % divisor` (nonzero), one pass over the digits from the top, allocating nothing.
fn magnitude_mod(x: &BigInt, divisor: u64) -> u64 {
    let divisor = u128::from(divisor);
    let rem = x
        .magnitude()
        .iter_u64_digits()
        .rev()
        .fold(0u128, |rem, digit| {
            ((rem << 64) | u128::from(digit)) % divisor
        });
    // Below the divisor, a u64.
    rem as u64
}

/// Floor division and its remainder (Python's `divmod`); `y` must not be zero.
pub fn div_mod_floor(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    match div_mod_short_quotient(x, y) {
        Some(qr) => qr,
        None => x.div_mod_floor(y),
    }
}

/// `divmod(x, y)` when both are big and the quotient is below 2**32, as in the digit loops of
/// spigots and base conversions: the quotient is estimated from the leading 64 bits of `y`
/// and corrected by at most one step, which costs a multiply-subtract where the general
/// algorithm first makes normalised (shifted) copies of both operands.
fn div_mod_short_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    let (x_bits, y_bits) = (x.bits(), y.bits());
    if y_bits < 128 || x_bits > y_bits + 32 {
        return None;
    }
    let (x_mag, y_mag) = (x.magnitude(), y.magnitude());
    let shift = y_bits - 64;
    // With `y_top` >= 2**63 and a quotient below 2**33, truncating both operands moves the
    // estimate by less than one from the true quotient: it is off by one at most.
    let y_top = (y_mag >> shift).to_u64()?;
    let x_top = (x_mag >> shift).to_u128()?;
    let mut quotient = (x_top / u128::from(y_top)) as u64;
    let mut product = y_mag * quotient;
    if product > *x_mag {
        quotient -= 1;
        product -= y_mag;
    }
    let mut remainder: BigUint = x_mag - &product;
    if remainder >= *y_mag {
        quotient += 1;
        remainder -= y_mag;
    }
    // Floor semantics on signed operands: a nonzero remainder of mixed signs rounds the
    // quotient down, and the remainder takes the divisor's sign.
    let mixed_signs = x.sign() != y.sign() && x.sign() != Sign::NoSign;
    let (quotient, remainder) = if mixed_signs && !remainder.is_zero() {
        (-BigInt::from(quotient) - 1, y_mag - remainder)
    } else if mixed_signs {
        (-BigInt::from(quotient), remainder)
    } else {
        (BigInt::from(quotient), remainder)
    };
    Some((quotient, BigInt::from_biguint(y.sign(), remainder)))
}

/// Fast paths on machine ints; None to fall back to big-int arithmetic.
pub fn small_binary(op: u32, x: i64, y: i64) -> Option<PyResult> {
    let r = match op {
        0 => x + y,
        1 => x - y,
        2 => x.checked_mul(y)?,
        4 if y != 0 => Integer::div_floor(&x, &y),
        5 if y != 0 => Integer::mod_floor(&x, &y),
        9 => x | y,
        10 => x ^ y,
        11 => x & y,
        6 if y >= 0 => x.checked_pow(u32::try_from(y).ok()?)?,
        3 if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => {
            return Some(Ok(float::new(x as f64 / y as f64)));
        }
        _ => return None,
    };
    Some(Ok(from_i64(r)))
}

fn true_divide(x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_zero() {
        return raise(ExcKind::ZeroDivisionError, "division by zero");
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Ok(float::new(if negative { -0.0 } else { 0.0 }));
    }
    // Scale so that the quotient has 55 significant bits, keep a sticky bit for the
    // remainder, and let the final conversion round once.
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (n, d) = if shift > 0 {
        (a.clone(), b << shift as usize)
    } else {
        (a << (-shift) as usize, b.clone())
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let result = scale(q as f64, shift);
    if result.is_infinite() {
        return raise(
            ExcKind::OverflowError,
            "integer division result too large for a float",
        );
    }
    Ok(float::new(if negative { -result } else { result }))
}

/// `x * 2**e` without intermediate overflow.
fn scale(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

fn power(x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        let (fx, fy) = (to_f64(x)?, to_f64(y)?);
        return float::power(fx, fy);
    }
    if x.is_zero() || x.is_one() {
        return Ok(from_big(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(from_i64(if y.is_even() { 1 } else { -1 }));
    }
    match y.to_u32() {
        Some(e) => Ok(from_big(num_traits::pow(x.clone(), e as usize))),
        None => raise(ExcKind::MemoryError, ""),
    }
}

/// Three-argument `pow`.
pub fn mod_power(x: &IntRef, y: &IntRef, m: &IntRef) -> PyResult {
    if let (IntRef::Small(x), IntRef::Small(y), IntRef::Small(m)) = (x, y, m) {
        if *y >= 0 && *m != 0 {
            return Ok(from_i64(small_mod_power(*x, *y as u64, *m)));
        }
    }
    big_mod_power(&x.as_big(), &y.as_big(), &m.as_big())
}

/// `pow(x, y, m)` on machine ints (`y` >= 0, `m` nonzero), as in primality tests and
/// modular hashing: square-and-multiply on 128-bit products, allocating nothing.
fn small_mod_power(x: i64, mut y: u64, m: i64) -> i64 {
    let modulus = u128::from(m.unsigned_abs());
    let mut base = u128::from(Integer::mod_floor(&x, &m.abs()).unsigned_abs());
    let mut result = 1 % modulus;
    while y > 0 {
        if y & 1 == 1 {
            result = result * base % modulus;
        }
        base = base * base % modulus;
        y >>= 1;
    }
    // Below |m|, a machine word; the result takes the modulus's sign, as the floor modulo.
    let result = result as i64;
    if m < 0 && result != 0 {
        result + m
    } else {
        result
    }
}

fn big_mod_power(x: &BigInt, y: &BigInt, m: &BigInt) -> PyResult {
    if m.is_zero() {
        return raise(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let modulus = m.abs();
    let mut base = x.mod_floor(&modulus);
    let mut exp = y.clone();
    if exp.is_negative() {
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return raise(
                ExcKind::ValueError,
                "base is not invertible for the given modulus",
            );
        }
        base = g.x.mod_floor(&modulus);
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &modulus);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(from_big(r))
}

fn shift_left(x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        return raise(ExcKind::ValueError, "negative shift count");
    }
    if x.is_zero() {
        return Ok(Value::small(0));
    }
    match y.to_usize() {
        Some(s) if s < (1 << 32) => Ok(from_big(x << s)),
        _ => raise(ExcKind::OverflowError, "too many digits in integer"),
    }
}

fn shift_right(x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        return raise(ExcKind::ValueError, "negative shift count");
    }
    match y.to_usize() {
        Some(s) => Ok(from_big(x >> s)),
        None => Ok(from_i64(if x.is_negative() { -1 } else { 0 })),
    }
}

/// Converts an int to float, raising OverflowError when it is too large.
pub fn to_f64(x: &BigInt) -> PyResult<f64> {
    match x.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => raise(ExcKind::OverflowError, "int too large to convert to float"),
    }
}

pub fn ref_to_f64(x: &IntRef) -> PyResult<f64> {
    match x {
        IntRef::Small(n) => Ok(*n as f64),
        IntRef::Big(b) => to_f64(b),
    }
}

pub fn negate(x: &IntRef) -> Value {
    match x {
        IntRef::Small(n) => from_i64(-n),
        IntRef::Big(b) => from_big(-(*b).clone()),
    }
}

pub fn invert(x: &IntRef) -> Value {
    match x {
        IntRef::Small(n) => from_i64(!n),
        IntRef::Big(b) => from_big(-(*b).clone() - 1),
    }
}

pub fn compare(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        (IntRef::Big(x), IntRef::Small(y)) => compare_with_small(x, *y),
        (IntRef::Small(x), IntRef::Big(y)) => compare_with_small(y, *x).reverse(),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
    }
}

/// Compares a big int with a machine int without making a big int of it.
fn compare_with_small(x: &BigInt, y: i64) -> std::cmp::Ordering {
    match x.to_i64() {
        Some(x) => x.cmp(&y),
        None if x.is_negative() => std::cmp::Ordering::Less,
        None => std::cmp::Ordering::Greater,
    }
}

/// Formats an int in base 2, 8 or 16 with the Python prefix (`bin`, `oct`, `hex`).
pub fn to_radix(x: &IntRef, radix: u32, prefix: &str) -> String {
    let b = x.as_big();
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass modulo by a machine int agrees with the general floor modulo.
    #[test]
    fn modulo_by_small_matches_general_modulo() {
        let values: [BigInt; 4] = [
            BigInt::from(3).pow(150u32),
            -BigInt::from(3).pow(150u32),
            BigInt::one() << 200u32,
            -(BigInt::one() << 64u32),
        ];
        for x in &values {
            for m in [
                1i64,
                -1,
                2,
                7,
                -7,
                10,
                1_000_000_007,
                -(1 << 61),
                (1 << 61) - 1,
            ] {
                assert_eq!(
                    BigInt::from(mod_small(x, m)),
                    x.mod_floor(&BigInt::from(m)),
                    "{x} % {m}"
                );
            }
        }
    }

    /// Modular powers of machine ints agree with the big-int algorithm, signs included.
    #[test]
    fn small_mod_power_matches_big_mod_power() {
        for x in [
            0i64,
            1,
            -1,
            2,
            -3,
            10,
            123_456_789,
            -(1 << 61),
            (1 << 61) - 1,
        ] {
            for y in [0u64, 1, 2, 3, 64, 65_537, 1 << 40] {
                for m in [1i64, -1, 2, 7, -7, 1_000_000_007, (1 << 61) - 1, -(1 << 61)] {
                    let small = BigInt::from(small_mod_power(x, y, m));
                    let modulus = BigInt::from(m);
                    let mut big = BigInt::from(x).modpow(&BigInt::from(y), &modulus.abs());
                    if m < 0 && !big.is_zero() {
                        big += &modulus;
                    }
                    assert_eq!(small, big, "pow({x}, {y}, {m})");
                }
            }
        }
    }

    /// Random operands of every size the short-quotient path takes (divisors of 128 to 600
    /// bits, dividends up to 33 bits longer, leading words all ones or sparse) agree too.
    #[test]
    fn short_quotient_division_matches_on_random_operands() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let random_big = |bits: u64, next: &mut dyn FnMut() -> u64| {
            let words: Vec<u64> = (0..bits.div_ceil(64))
                .map(|_| match next() % 4 {
                    0 => u64::MAX,
                    1 => 1 << (next() % 64),
                    _ => next(),
                })
                .collect();
            let n = BigUint::new(
                words
                    .iter()
                    .flat_map(|w| [*w as u32, (*w >> 32) as u32])
                    .collect(),
            );
            BigInt::from(n >> (bits.div_ceil(64) * 64 - bits)) | (BigInt::one() << (bits - 1))
        };
        for _ in 0..20_000 {
            let y_bits = 128 + next() % 473;
            let x_bits = y_bits - 10 + next() % 44;
            let (x, y) = (random_big(x_bits, &mut next), random_big(y_bits, &mut next));
            let y = if next() % 2 == 0 { -y } else { y };
            let x = if next() % 2 == 0 { -x } else { x };
            assert_eq!(div_mod_floor(&x, &y), x.div_mod_floor(&y), "{x} / {y}");
        }
    }

    /// The short-quotient division agrees with the general one on every sign combination,
    /// around exact multiples and at the edges of its range.
    #[test]
    fn short_quotient_division_matches_general_division() {
        let base: BigInt = BigInt::from(3).pow(200u32) + 12345;
        let multipliers = [1u64, 2, 7, 1 << 31, (1 << 32) - 1, 1 << 32, (1 << 33) - 1];
        for m in multipliers {
            for offset in [-1i64, 0, 1, 99] {
                for divisor in [
                    base.clone(),
                    (BigInt::one() << 127u32),
                    (BigInt::one() << 200u32) - 1,
                ] {
                    let dividend = &divisor * m + offset;
                    for (x, y) in [
                        (dividend.clone(), divisor.clone()),
                        (-&dividend, divisor.clone()),
                        (dividend.clone(), -&divisor),
                        (-&dividend, -&divisor),
                    ] {
                        assert_eq!(div_mod_floor(&x, &y), x.div_mod_floor(&y), "{x} / {y}");
                    }
                }
            }
        }
    }
}
