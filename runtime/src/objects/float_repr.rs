//! CPython 3.11 `repr(float)` / `str(float)`: shortest round-trip digits (ryu) laid out as CPython does.

/// Shortest digits that round-trip to `x`, CPython `_Py_dg_dtoa` mode 0 style.
///
/// Returns `(digits, decpt)` for the magnitude of finite `x`: `digits` has no
/// leading or trailing zeros (except `"0"` for zero) and the value is
/// `0.<digits> * 10**decpt`, so `decpt` is where the decimal point goes.
/// For example `1.5e-7` gives `("15", -6)` and `100.0` gives `("1", 3)`.
pub fn shortest_digits(x: f64) -> (String, i32) {
    debug_assert!(x.is_finite());
    let mut buf = ryu::Buffer::new();
    split_decimal(buf.format_finite(x.abs()))
}

/// Digits and decimal-point position of a non-negative decimal numeral such
/// as `123.4500`, `0.000`, `1e16` or `1.5e-7` (the forms printed by ryu and by
/// Rust's `{:.N}` / `{:.Ne}`), normalised like [`shortest_digits`]: leading and
/// trailing zeros dropped, zero as `("0", 1)`.
pub fn split_decimal(text: &str) -> (String, i32) {
    let (mantissa, exp) = match text.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut all = Vec::with_capacity(int_part.len() + frac_part.len());
    all.extend_from_slice(int_part.as_bytes());
    all.extend_from_slice(frac_part.as_bytes());
    let leading_zeros = all.iter().take_while(|&&b| b == b'0').count();
    let trailing_zeros = all[leading_zeros..]
        .iter()
        .rev()
        .take_while(|&&b| b == b'0')
        .count();
    if leading_zeros == all.len() {
        return ("0".to_string(), 1);
    }
    all.truncate(all.len() - trailing_zeros);
    all.drain(..leading_zeros);
    let decpt = int_part.len() as i32 + exp - leading_zeros as i32;
    // The bytes are ASCII digits taken from a str.
    (String::from_utf8(all).unwrap_or_default(), decpt)
}

/// Where a correctly rounded decimal form of a float ends: after so many significant
/// digits (formats `e` and `g`), or so many digits past the point (format `f`).
#[derive(Clone, Copy, Debug)]
pub enum Rounding {
    Significant(usize),
    Fractional(usize),
}

/// Rust caps format precisions at u16::MAX; every f64 is exact within this many digits (at
/// most 767 significant, 1074 fractional), so asking for fewer than a larger precision
/// yields the same digits.
const EXACT_DIGITS: usize = 1100;

/// The digits of the finite, non-negative `x` correctly rounded (half to even on the exact
/// binary value) as `rounding` says, normalised like [`shortest_digits`]: `_Py_dg_dtoa`'s
/// modes 2 and 3.
pub fn rounded_digits(x: f64, rounding: Rounding) -> (String, i32) {
    if let Rounding::Fractional(p) = rounding {
        if let Some(digits) = fractional_by_integers(x, p) {
            return digits;
        }
    }
    if let Some(digits) = rounded_from_shortest(x, rounding) {
        return digits;
    }
    split_decimal(&match rounding {
        Rounding::Significant(n) => format!("{:.*e}", n.clamp(1, EXACT_DIGITS) - 1, x),
        Rounding::Fractional(p) => format!("{:.*}", p.min(EXACT_DIGITS), x),
    })
}

/// [`rounded_digits`] to `p` places past the point, exactly in integers: `x` is
/// `m * 2**e`, so `x * 10**p` is `m * 10**p / 2**-e`, rounded half to even on the remainder.
/// None when `m * 10**p` would not fit in 128 bits (`p` above 22) or `x` is 2**53 or more.
fn fractional_by_integers(x: f64, p: usize) -> Option<(String, i32)> {
    const MAX_PLACES: usize = 22;
    if p > MAX_PLACES || x >= 9_007_199_254_740_992.0 {
        return None;
    }
    let bits = x.to_bits();
    let biased = (bits >> 52) as i64;
    let fraction = u128::from(bits & ((1 << 52) - 1));
    // Subnormals have no implicit bit and the smallest exponent.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // Below 2**53, `exponent` is at most 0; `mantissa * 10**p` is below 2**53 * 2**74.
    let scaled = mantissa * 10u128.pow(p as u32);
    let shift = (-exponent) as u32;
    let rounded = if shift >= 128 {
        0
    } else {
        let quotient = scaled >> shift;
        let remainder = scaled - (quotient << shift);
        let half = if shift == 0 { 1 } else { 1u128 << (shift - 1) };
        let up = shift > 0 && (remainder > half || (remainder == half && quotient & 1 == 1));
        quotient + u128::from(up)
    };
    if rounded == 0 {
        return Some(("0".to_string(), 1));
    }
    // Formatting a u64 is much cheaper than a u128, and most values fit.
    let text = u64::try_from(rounded).map_or_else(|_| rounded.to_string(), |n| n.to_string());
    let decpt = text.len() as i32 - p as i32;
    Some((text.trim_end_matches('0').to_string(), decpt))
}

/// [`rounded_digits`] from the shortest round-trip digits `s` (ryu), when they decide it;
/// None when only the exact binary value can (Rust's exact formatting, much slower).
///
/// `s` is within half an ulp of `x`, and no decimal closer to `x` is as short as `s`. So
/// no rounding boundary of the kept digits (a decimal one digit longer, ending in 5) lies
/// strictly between `x` and `s` unless `s` is itself one: rounding `s` rounds `x`, except
/// when the dropped digits of `s` are exactly `5`. When nothing is dropped, `s` is the
/// answer if half an ulp is less than half a unit of the last kept place.
fn rounded_from_shortest(x: f64, rounding: Rounding) -> Option<(String, i32)> {
    let (digits, mut decpt) = shortest_digits(x);
    let cut = match rounding {
        Rounding::Significant(n) => n.max(1) as i64,
        Rounding::Fractional(p) => i64::from(decpt) + p as i64,
    };
    if digits.len() as i64 <= cut {
        let ulp = f64::from_bits(x.to_bits() + 1) - x;
        // Significant digits are counted from `x`'s first digit, one place further right
        // than `s`'s when `s` is a power of ten just above `x` (1e23 is 9.99...e22).
        let first_place = match rounding {
            Rounding::Significant(_) if digits == "1" => i64::from(decpt) - 1,
            _ => i64::from(decpt),
        };
        let kept_place = 10f64.powf((first_place - cut) as f64);
        // A factor of two to spare covers the rounding of `powf`.
        return (ulp < kept_place / 2.0).then_some((digits, decpt));
    }
    if cut < 0 {
        return Some(("0".to_string(), 1));
    }
    let (kept, dropped) = digits.split_at(cut as usize);
    if dropped == "5" {
        return None;
    }
    let mut kept = kept.as_bytes().to_vec();
    if dropped.as_bytes()[0] >= b'5' {
        // One more in the last kept place: trailing nines carry (and would be zeros).
        loop {
            match kept.pop() {
                Some(b'9') => {}
                Some(d) => {
                    kept.push(d + 1);
                    break;
                }
                None => {
                    kept.push(b'1');
                    decpt += 1;
                    break;
                }
            }
        }
    }
    while kept.last() == Some(&b'0') {
        kept.pop();
    }
    if kept.is_empty() {
        return Some(("0".to_string(), 1));
    }
    Some((String::from_utf8(kept).ok()?, decpt))
}

/// `repr(x)` exactly as CPython 3.11 prints it, e.g. `1.0`, `1e+16`, `1.5e-07`,
/// `0.30000000000000004`, `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, decpt) = shortest_digits(x);
    let len = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        let exp = decpt - 1;
        let exp_sign = if exp < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        let dot = if rest.is_empty() { "" } else { "." };
        format!("{sign}{first}{dot}{rest}e{exp_sign}{:02}", exp.abs())
    } else if decpt <= 0 {
        format!("{sign}0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= len {
        format!("{sign}{digits}{}.0", "0".repeat((decpt - len) as usize))
    } else {
        let (int_part, frac_part) = digits.split_at(decpt as usize);
        format!("{sign}{int_part}.{frac_part}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected strings come from CPython 3.11 `repr(x)`.
    #[test]
    fn layout_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (-1.0, "-1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (0.30000000000000004, "0.30000000000000004"),
            (1.5, "1.5"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e16, "1e+16"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (1e22, "1e+22"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.0001, "0.0001"),
            (0.00012345, "0.00012345"),
            (1e-5, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-1.5e-7, "-1.5e-07"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (1e-100, "1e-100"),
            (std::f64::consts::PI, "3.141592653589793"),
            (2.675, "2.675"),
            (1.0 / 3.0, "0.3333333333333333"),
            (123.456, "123.456"),
            (-123.456e-10, "-1.23456e-08"),
            (0.5e-3, "0.0005"),
            (4.35, "4.35"),
            (1e15, "1000000000000000.0"),
            (12345678.9, "12345678.9"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn shortest_digits_positions() {
        assert_eq!(shortest_digits(0.0), ("0".to_string(), 1));
        assert_eq!(shortest_digits(100.0), ("1".to_string(), 3));
        assert_eq!(shortest_digits(-1.5e-7), ("15".to_string(), -6));
        assert_eq!(shortest_digits(0.0001), ("1".to_string(), -3));
        assert_eq!(shortest_digits(123.456), ("123456".to_string(), 3));
        assert_eq!(shortest_digits(1e16), ("1".to_string(), 17));
    }

    /// The digits Rust's exact formatting gives, the reference for `rounded_digits`.
    fn exact_digits(x: f64, rounding: Rounding) -> (String, i32) {
        split_decimal(&match rounding {
            Rounding::Significant(n) => format!("{:.*e}", n.max(1) - 1, x),
            Rounding::Fractional(p) => format!("{:.*}", p, x),
        })
    }

    #[test]
    fn rounded_digits_agree_with_exact_formatting() {
        let mut values = vec![
            0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            2.675,
            1.005,
            9.995,
            0.0005,
            0.0015,
            0.045,
            1e22,
            1e23,
            5e-324,
            1.7976931348623157e308,
            123456.789,
            0.1,
            0.7,
            99.5,
            999.9999,
        ];
        // Decimal-looking values (where ties in the shortest digits are common) and
        // arbitrary bit patterns, from a fixed xorshift sequence.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..4_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push((state % 2_000_000) as f64 / 10f64.powi((state >> 40) as i32 % 8));
            let bits = f64::from_bits(state >> 1);
            if bits.is_finite() {
                values.push(bits);
            }
        }
        for &x in &values {
            for n in 0..20 {
                for rounding in [Rounding::Significant(n), Rounding::Fractional(n)] {
                    let exact = exact_digits(x, rounding);
                    assert_eq!(rounded_digits(x, rounding), exact, "{x:e} to {rounding:?}");
                    // Each strategy on its own, where it answers.
                    if let Some(digits) = rounded_from_shortest(x, rounding) {
                        assert_eq!(digits, exact, "{x:e} to {rounding:?} from shortest");
                    }
                    if let Some(digits) = fractional_by_integers(x, n) {
                        let exact = exact_digits(x, Rounding::Fractional(n));
                        assert_eq!(digits, exact, "{x:e} to {n} places in integers");
                    }
                }
            }
        }
    }

    #[test]
    fn split_decimal_forms() {
        assert_eq!(split_decimal("123.4500"), ("12345".to_string(), 3));
        assert_eq!(split_decimal("0.000"), ("0".to_string(), 1));
        assert_eq!(split_decimal("0.0012"), ("12".to_string(), -2));
        assert_eq!(split_decimal("1.250e-1"), ("125".to_string(), 0));
        assert_eq!(split_decimal("9e300"), ("9".to_string(), 301));
        assert_eq!(split_decimal("100"), ("1".to_string(), 3));
    }
}
