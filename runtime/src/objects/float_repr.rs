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
    let all: String = int_part.chars().chain(frac_part.chars()).collect();
    let trimmed = all.trim_start_matches('0');
    let leading_zeros = (all.len() - trimmed.len()) as i32;
    let digits = trimmed.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (
        digits.to_string(),
        int_part.len() as i32 + exp - leading_zeros,
    )
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
