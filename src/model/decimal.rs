//! Decimal numbers read and written exactly, without the standard library's general float
//! parser and printer.
//!
//! Every number Rolecase stores was typed by a person: hours, percentages, counts. Those have at
//! most 15 significant digits, and for them a decimal converts to the nearest `f64` with a
//! single correctly rounded multiplication or division by an exact power of ten. Handling just
//! that case keeps about 20 KB of conversion tables and code out of the app.

/// Exact powers of ten: every one up to 10^22 is a whole `f64`.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The most significant digits a number may have.
pub const MAX_DIGITS: usize = 15;

/// Reads `digits[.digits][e[+-]digits]` (no sign) as the nearest `f64`. `None` for anything else,
/// and for numbers with more than 15 significant digits or beyond about 10^37.
pub fn parse(text: &str) -> Option<f64> {
    let (number, exponent) = match text.find(['e', 'E']) {
        Some(at) => {
            let exponent = &text[at + 1..];
            let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            (&text[..at], exponent.parse::<i32>().ok()?)
        }
        None => (text, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() || !(whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    if number.ends_with('.') {
        return None;
    }
    let fraction = fraction.trim_end_matches('0');
    let digits = whole
        .bytes()
        .chain(fraction.bytes())
        .skip_while(|&b| b == b'0');
    let mut significand: u64 = 0;
    let mut count = 0;
    let mut trailing_zeros: usize = 0;
    for digit in digits {
        if digit == b'0' {
            trailing_zeros += 1;
            continue;
        }
        // Zeros followed by another digit are significant after all.
        count += trailing_zeros + 1;
        if count > MAX_DIGITS {
            return None;
        }
        for _ in 0..trailing_zeros {
            significand *= 10;
        }
        trailing_zeros = 0;
        significand = significand * 10 + u64::from(digit - b'0');
    }
    if significand == 0 {
        return Some(0.0);
    }
    let exponent = exponent + trailing_zeros as i32 - fraction.len() as i32;
    let scale = *POWERS.get(exponent.unsigned_abs() as usize)?;
    // The significand is below 2^53, so it and the power are exact, and one IEEE operation
    // rounds their exact product or quotient correctly.
    let value = significand as f64;
    Some(if exponent >= 0 {
        value * scale
    } else {
        value / scale
    })
}

/// The shortest decimal that `parse` reads back as `value` (`2.5`, `1250`, `0.1`); a value no
/// person typed, like a third, is rounded to 15 places. Negative zero prints as `0`.
pub fn format(value: f64) -> String {
    if !value.is_finite() {
        return "0".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let value = value.abs();
    // Every f64 from 2^53 up is whole; `as` saturates beyond what u128 holds (10^38), which
    // `parse` never produces.
    if value >= 9_007_199_254_740_992.0 || value.fract() == 0.0 {
        let whole = value as u128;
        return if whole == 0 {
            "0".into()
        } else {
            format!("{sign}{whole}")
        };
    }
    let mut places = 1;
    let mut scaled = (value * 10.0).round();
    while places < MAX_DIGITS
        && scaled < 9_007_199_254_740_992.0
        && scaled / POWERS[places] != value
    {
        places += 1;
        scaled = (value * POWERS[places]).round();
    }
    let digits = format!("{:0>width$}", scaled as u64, width = places + 1);
    let (whole, fraction) = digits.split_at(digits.len() - places);
    let fraction = fraction.trim_end_matches('0');
    match fraction {
        "" if whole == "0" => "0".into(),
        "" => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{fraction}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_people_type_exactly_like_the_standard_parser() {
        for text in [
            "0",
            "7",
            "2.5",
            "0.1",
            "0.3",
            "1250",
            "1250.0",
            "00012.50",
            "999999999999999",
            "123456789.012345",
            "0.000001",
            "3.14159265358979",
            "1e16",
            "1.5E3",
            "2e-3",
            "1e22",
            "4.35",
            "0.000000000000000000001",
            "12345678901234.5",
            "17.85",
        ] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal_or_is_too_long() {
        for text in [
            "",
            ".5",
            "5.",
            "-1",
            "+1",
            "1,5",
            "1.2.3",
            "e5",
            "1e",
            "1e+",
            "nan",
            "inf",
            " 1",
            "1 ",
            "١٢",
            "1234567890123456",
            "0.1234567890123456",
            "1e99999",
            "1e400",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn writes_the_shortest_decimal_that_reads_back() {
        for (value, text) in [
            (0.0, "0"),
            (-0.0, "0"),
            (2.5, "2.5"),
            (1250.0, "1250"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.3"),
            (1.0 / 3.0, "0.333333333333333"),
            (-4.25, "-4.25"),
            (1e16, "10000000000000000"),
            (123456789.012345, "123456789.012345"),
            (0.000001, "0.000001"),
            (17.85, "17.85"),
        ] {
            assert_eq!(format(value), text, "{value}");
        }
    }

    #[test]
    fn every_typed_number_round_trips() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let digits = (state % 999_999_999_999_999) + 1;
            let places = (state >> 50) as usize % 16;
            let text = {
                let raw = format!("{digits:0>width$}", width = places + 1);
                let (whole, fraction) = raw.split_at(raw.len() - places);
                if places == 0 {
                    raw.clone()
                } else {
                    format!("{whole}.{fraction}")
                }
            };
            let value = parse(&text).expect("15 digits read");
            assert_eq!(Some(value), text.parse::<f64>().ok(), "{text}");
            assert_eq!(parse(&format(value)), Some(value), "{text}");
        }
    }
}
