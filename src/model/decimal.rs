//! Decimal numbers read and written without the standard library's general float parser and
//! printer, which with their tables cost the app about 20 KB.
//!
//! Every number Rolecase stores was typed by a person: hours, percentages, counts. Those have at
//! most 15 significant digits, and for them a decimal converts to the nearest `f64` with a
//! single correctly rounded multiplication or division by an exact power of ten, so they read
//! and write back exactly. Longer numbers (which no form lets through, but an edited file might
//! hold) read to within a few units in the last place.

/// Exact powers of ten: every one up to 10^22 is a whole `f64`.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The most significant digits a number reads exactly with.
pub const EXACT_DIGITS: usize = 15;

/// The largest power of ten `parse` scales by; numbers beyond about 10^37 or below 10^-37 are
/// refused rather than approximated further.
const MAX_SCALE: usize = 37;

/// Every `f64` from here up is a whole number.
const WHOLE_FROM: f64 = 9_007_199_254_740_992.0;

/// 10^`exponent` as an `f64`: exact up to 10^22, the nearest product of two exact powers above.
fn power(exponent: usize) -> Option<f64> {
    match exponent {
        0..=22 => Some(POWERS[exponent]),
        23..=MAX_SCALE => Some(POWERS[22] * POWERS[exponent - 22]),
        _ => None,
    }
}

/// Reads `digits[.digits][e[+-]digits]` (no sign) as an `f64`; `None` for anything else and for
/// numbers too large or too small to scale.
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
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || number.ends_with('.') {
        return None;
    }
    // The significand takes up to 19 digits (all fit a u64); digits beyond those only move the
    // decimal point, so a longer number is truncated, not refused.
    let mut significand: u64 = 0;
    let mut kept = 0;
    let mut exponent = exponent;
    for (index, digit) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let in_fraction = index >= whole.len();
        if kept < 19 && (kept > 0 || digit != b'0') {
            significand = significand * 10 + u64::from(digit - b'0');
            kept += 1;
            if in_fraction {
                exponent -= 1;
            }
        } else if kept >= 19 && !in_fraction {
            exponent += 1;
        } else if kept == 0 && in_fraction {
            exponent -= 1;
        }
    }
    if significand == 0 {
        return Some(0.0);
    }
    // Trailing zeros make the significand longer, not more precise.
    while significand.is_multiple_of(10) {
        significand /= 10;
        exponent += 1;
    }
    let scale = power(exponent.unsigned_abs() as usize)?;
    // Below 2^53 the significand is exact, and then one IEEE operation with an exact power of
    // ten rounds the exact product or quotient correctly.
    let value = significand as f64;
    let value = if exponent >= 0 {
        value * scale
    } else {
        value / scale
    };
    value.is_finite().then_some(value)
}

/// The shortest decimal that `parse` reads back as `value`, without an exponent (`2.5`, `1250`,
/// `0.000001`). A value no person typed, like a third, is rounded to 17 significant digits.
/// Negative zero prints as `0`. Values above about 3.4 × 10^38 (the largest whole number a
/// u128 holds), which `parse` refuses and so the app never holds, print as that number.
pub fn format(value: f64) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let digits = plain(value.abs());
    format!("{sign}{digits}")
}

/// `value` (positive and finite) as the shortest plain decimal that reads back as it.
fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value < WHOLE_FROM {
        return (value as u64).to_string();
    }
    if value >= WHOLE_FROM {
        // Exact: every f64 below 10^38 is a whole number a u128 holds, and `parse` refuses
        // anything larger.
        return shortest_whole(&(value as u128).to_string(), value);
    }
    let mut best = String::new();
    for places in 1..=MAX_SCALE {
        let Some(scale) = power(places) else { break };
        let scaled = (value * scale).round();
        if scaled >= 1e17 {
            break;
        }
        // Below 2^53 and 10^22 this is the very division `parse` does, so no text is needed
        // to know whether the digits read back; beyond, ask `parse`.
        let exact = places <= 22 && scaled < WHOLE_FROM;
        if exact && scaled / scale != value {
            continue;
        }
        let digits = format!("{:0>width$}", scaled as u64, width = places + 1);
        let (whole, fraction) = digits.split_at(digits.len() - places);
        best = format!("{whole}.{fraction}");
        if exact || parse(&best) == Some(value) {
            break;
        }
    }
    let trimmed = best.trim_end_matches('0').trim_end_matches('.');
    if trimmed.is_empty() {
        "0".into()
    } else {
        trimmed.to_owned()
    }
}

/// The whole number `digits` (the exact value of `value`) with as few significant digits as
/// still read back as `value`: `1e23` is stored as 99999999999999991611392.
fn shortest_whole(digits: &str, value: f64) -> String {
    for kept in 1..digits.len() {
        let (head, tail) = digits.split_at(kept);
        let mut rounded: u128 = head.parse().unwrap_or(0);
        if tail.as_bytes()[0] >= b'5' {
            rounded += 1;
        }
        let candidate = format!("{rounded}{}", "0".repeat(tail.len()));
        if parse(&candidate) == Some(value) {
            return candidate;
        }
    }
    digits.to_owned()
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
            "1e23",
            "1e+16",
            "1.5e-7",
            "1e-20",
            "5e30",
        ] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
    }

    #[test]
    fn reads_long_numbers_closely() {
        for text in [
            "1234567890123456789012",
            "0.33333333333333331",
            "3.3333333333333335",
            "9007199254740993",
            "123456.78901234567890123",
        ] {
            let (ours, exact) = (parse(text).unwrap(), text.parse::<f64>().unwrap());
            assert!(
                ((ours - exact) / exact).abs() < 1e-15,
                "{text}: {ours} against {exact}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal_or_is_out_of_range() {
        for text in [
            "", ".5", "5.", "-1", "+1", "1,5", "1.2.3", "e5", "1e", "1e+", "nan", "inf", " 1",
            "1 ", "١٢", "1e99999", "1e400", "1e38", "1e-38",
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
            (0.1 + 0.2, "0.30000000000000004"),
            (-4.25, "-4.25"),
            (1e16, "10000000000000000"),
            (1e23, "100000000000000000000000"),
            (123456789.012345, "123456789.012345"),
            (0.000001, "0.000001"),
            (1.5e-7, "0.00000015"),
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
