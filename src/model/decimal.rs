//! Decimal numbers read and written without the standard library's general float parser and
//! printer, which with their tables cost the app about 20 KB.
//!
//! Every number Rolecase stores was typed by a person: hours, percentages, counts. Those have at
//! most 15 significant digits, and for them a decimal converts to the nearest `f64` with a
//! single correctly rounded multiplication or division by an exact power of ten (exact powers
//! go up to 10^22, so this covers every such number from 10^-22 to 10^37), and reads and writes
//! back exactly. Any other finite number (longer, or smaller, which only an edited file can
//! hold) reads to within a few units in the last place, and is written with the digits that
//! read back to it.

/// Exact powers of ten: every one up to 10^22 is a whole `f64`.
const POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Every `f64` from here up is a whole number, and every whole number below it is exact.
const WHOLE_FROM: f64 = 9_007_199_254_740_992.0;

/// `value` × 10^`exponent`: one correctly rounded operation within ±22, steps of 10^22 beyond.
fn scaled(mut value: f64, mut exponent: i32) -> f64 {
    while exponent > 22 {
        value *= POWERS[22];
        exponent -= 22;
        if value.is_infinite() {
            return value;
        }
    }
    while exponent < -22 {
        value /= POWERS[22];
        exponent += 22;
        if value == 0.0 {
            return value;
        }
    }
    let power = POWERS[exponent.unsigned_abs() as usize];
    if exponent >= 0 {
        value * power
    } else {
        value / power
    }
}

/// Reads `digits[.digits][e[+-]digits]` (no sign) as an `f64`; `None` for anything else and for
/// a number too large for an `f64`. A number too small for one reads as 0.
pub fn parse(text: &str) -> Option<f64> {
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let (number, mut exponent) = match text.find(['e', 'E']) {
        Some(at) => {
            let written = &text[at + 1..];
            let digits = written.strip_prefix(['+', '-']).unwrap_or(written);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            // Beyond ±9,999 every significand overflows or underflows: stop counting there.
            let magnitude = digits
                .bytes()
                .fold(0i32, |n, b| (n * 10 + i32::from(b - b'0')).min(9_999));
            let negative = written.starts_with('-');
            (&text[..at], if negative { -magnitude } else { magnitude })
        }
        None => (text, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) || number.ends_with('.') {
        return None;
    }
    // The significand takes up to 19 digits (all fit a u64); digits beyond those only move the
    // decimal point, so a longer number is truncated, not refused.
    let mut significand: u64 = 0;
    let mut kept = 0;
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
    // Above 10^22, move what the significand has room for into it first: 10^23 and 10^30 are
    // then still one exact product.
    while exponent > 22 && significand < (WHOLE_FROM as u64) / 10 {
        significand *= 10;
        exponent -= 1;
    }
    // Below 2^53 the significand is exact, and then one IEEE operation with an exact power of
    // ten rounds the exact product or quotient correctly.
    let value = scaled(significand as f64, exponent);
    if value.is_finite() {
        return Some(value);
    }
    // Scaling in steps can round past the largest f64 a number at most that large; refuse
    // only numbers that really are larger.
    let digits = significand.ilog10() as i32 + 1;
    let leading = significand as f64 / POWERS[(digits - 1) as usize];
    (digits - 1 + exponent == 308 && leading <= 1.797_693_134_862_315_7).then_some(f64::MAX)
}

/// The significant digits of `value` (positive and finite) and where its decimal point goes:
/// `value` is 0.`digits` × 10^`point`. They are the fewest digits that `parse` reads back as
/// `value`; a value no person typed, like a third, gets 17, rounded from its exact expansion.
pub fn shortest(value: f64) -> (String, i32) {
    // Whole numbers and numbers with a few decimals, which is everything people type, have a
    // fast and exact route; the rest round their exact decimal expansion.
    if (1e-7..WHOLE_FROM).contains(&value) {
        if let Some(found) = by_places(value) {
            return found;
        }
    }
    let (exact, point) = exact_digits(value);
    let mut best = (exact.clone(), point);
    for count in 1..=17 {
        best = rounded(&exact, point, count);
        let written = format!("{}e{}", best.0, best.1 - best.0.len() as i32);
        if parse(&written) == Some(value) {
            break;
        }
    }
    best
}

/// Every digit of `value` (positive and finite), which is a whole number times a power of two,
/// with its decimal point: multiplied out in base 10^9, since no `f64` operation is exact here.
fn exact_digits(value: f64) -> (String, i32) {
    let bits = value.to_bits();
    let stored = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, binary) = if stored == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), stored - 1075)
    };
    // value = mantissa × 2^binary, which is mantissa × 5^-binary / 10^-binary below zero.
    let (factor, times) = if binary >= 0 {
        (2, binary)
    } else {
        (5, -binary)
    };
    let mut limbs: Vec<u64> = vec![mantissa % 1_000_000_000, mantissa / 1_000_000_000];
    for _ in 0..times {
        let mut carry = 0;
        for limb in &mut limbs {
            let product = *limb * factor + carry;
            *limb = product % 1_000_000_000;
            carry = product / 1_000_000_000;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut digits = limbs.last().map_or_else(String::new, u64::to_string);
    for limb in limbs.iter().rev().skip(1) {
        digits.push_str(&format!("{limb:09}"));
    }
    let point = digits.len() as i32 + binary.min(0);
    (digits, point)
}

/// `digits` (with its decimal point, no leading zeros) rounded half up to `count` significant
/// digits, trailing zeros dropped.
fn rounded(digits: &str, point: i32, count: usize) -> (String, i32) {
    let mut kept: Vec<u8> = digits.bytes().take(count).collect();
    let mut point = point;
    if digits
        .as_bytes()
        .get(count)
        .is_some_and(|&next| next >= b'5')
    {
        let mut at = kept.len();
        loop {
            if at == 0 {
                kept.insert(0, b'1');
                point += 1;
                break;
            }
            at -= 1;
            if kept[at] == b'9' {
                kept[at] = b'0';
            } else {
                kept[at] += 1;
                break;
            }
        }
    }
    while kept.len() > 1 && kept.last() == Some(&b'0') {
        kept.pop();
    }
    (String::from_utf8(kept).unwrap_or_default(), point)
}

/// Digits of a positive `value` below 2^53 with up to 22 decimal places, checked with the same
/// single division `parse` does, so no text has to be written and read to know they are right.
fn by_places(value: f64) -> Option<(String, i32)> {
    for (places, &scale) in POWERS.iter().enumerate() {
        let whole = (value * scale).round();
        if whole >= WHOLE_FROM {
            return None;
        }
        if whole / scale == value {
            let digits = (whole as u64).to_string();
            let point = digits.len() as i32 - places as i32;
            let kept = digits.trim_end_matches('0').len().max(1);
            return Some((digits[..kept].to_owned(), point));
        }
    }
    None
}

/// The shortest decimal that `parse` reads back as `value`, without an exponent (`2.5`, `1250`,
/// `0.000001`). Negative zero prints as `0`.
pub fn format(value: f64) -> String {
    if !value.is_finite() || value == 0.0 {
        return "0".into();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let (digits, point) = shortest(value.abs());
    let length = digits.len() as i32;
    if point <= 0 {
        format!(
            "{sign}0.{}{digits}",
            "0".repeat(point.unsigned_abs() as usize)
        )
    } else if point >= length {
        format!("{sign}{digits}{}", "0".repeat((point - length) as usize))
    } else {
        let (whole, fraction) = digits.split_at(point as usize);
        format!("{sign}{whole}.{fraction}")
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
    fn refuses_what_is_not_a_plain_decimal_or_too_large_for_an_f64() {
        for text in [
            "", ".5", "5.", "-1", "+1", "1,5", "1.2.3", "e5", "1e", "1e+", "nan", "inf", " 1",
            "1 ", "١٢", "1e99999", "1e400", "2e308",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn reads_any_size_of_number_and_writes_it_back() {
        assert_eq!(parse("1e-400"), Some(0.0));
        assert_eq!(parse("1e00005"), Some(1e5));
        assert_eq!(parse("0e99999"), Some(0.0));
        assert_eq!(parse("99e37"), Some(9.9e38));
        assert_eq!(format(9.9e38), format!("99{}", "0".repeat(37)));
        let close = |a: f64, b: f64| a == b || ((a - b) / b).abs() < 1e-14;
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let edges = [
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1e300,
            3.5e38,
            1e-30,
            1.0 / 3.0,
        ];
        let random = std::iter::repeat_with(move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            f64::from_bits(state)
        });
        for value in edges.into_iter().chain(random.take(20_000)) {
            if !value.is_finite() || value <= 0.0 {
                continue;
            }
            let read = parse(&format(value))
                .unwrap_or_else(|| panic!("{value:e} wrote {}", format(value)));
            // Below the normal range an f64 holds fewer digits; there only closeness in
            // absolute terms can be asked for.
            if value >= f64::MIN_POSITIVE {
                assert!(
                    close(read, value),
                    "{value:e} wrote {} read {read:e}",
                    format(value)
                );
            } else {
                assert!((read - value).abs() <= f64::MIN_POSITIVE, "{value:e}");
            }
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
