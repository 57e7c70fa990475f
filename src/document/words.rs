//! Numbers and lists as a careful writer puts them in a sentence.

use crate::analysis::impact::MetricTotal;
use crate::analysis::inventory::group_thousands;
use crate::model::metric::{Confidence, MetricUnit};
use crate::model::validation::format_number;

/// A number for prose: whole above 100, one decimal below, with thousands separators.
pub fn figure(value: f64) -> String {
    // Adding 0.0 turns a negative zero (an empty sum can give one) into a plain zero.
    let rounded = if value >= 100.0 {
        value.round()
    } else {
        (value * 10.0).round() / 10.0
    } + 0.0;
    group_thousands(&format_number(rounded))
}

/// A percentage rounded to a whole number; a small non-zero share is "under 1%".
pub fn percent(value: f64) -> String {
    if value > 0.0 && value < 0.5 {
        "under 1%".into()
    } else {
        format!("{}%", value.round() as i64)
    }
}

/// "about 30%", or "under 1%" where "about" would mislead.
pub fn about_percent(value: f64) -> String {
    let text = percent(value);
    if text.starts_with("under") {
        text
    } else {
        format!("about {text}")
    }
}

/// "1 view", "12,400 views".
pub fn amount(value: f64, unit: &MetricUnit) -> String {
    if figure(value) == "1" {
        format!("1 {}", unit.singular())
    } else {
        format!("{} {}", figure(value), unit.label())
    }
}

/// "a" or "an" before `word`, by its first letter.
pub fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// "a", "a and b", "a, b and c".
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// A total with its unit, channel and confidence: "1,250 views on dev.to (1,000 measured,
/// 250 estimated)".
pub fn total_phrase(total: &MetricTotal) -> String {
    let what = amount(total.total(), &total.unit);
    let place = if total.channel.is_empty() {
        String::new()
    } else {
        format!(" on {}", total.channel)
    };
    let parts: Vec<(Confidence, f64)> = Confidence::ALL
        .into_iter()
        .map(|c| (c, total.at(c)))
        .filter(|(_, v)| *v > 0.0)
        .collect();
    let split = match parts.as_slice() {
        [] => String::new(),
        [(confidence, _)] => format!(" ({})", confidence.label().to_ascii_lowercase()),
        many => format!(
            " ({})",
            many.iter()
                .map(|(c, v)| format!("{} {}", figure(*v), c.label().to_ascii_lowercase()))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!("{what}{place}{split}")
}

/// Whole percentages for `values` that add up to exactly `total`, by the largest remainder.
pub fn shares_adding_to(values: &[f64], total: i64) -> Vec<i64> {
    let sum: f64 = values.iter().sum();
    if sum <= 0.0 {
        return vec![0; values.len()];
    }
    let exact: Vec<f64> = values.iter().map(|v| v / sum * total as f64).collect();
    let mut whole: Vec<i64> = exact.iter().map(|v| v.floor() as i64).collect();
    let mut order: Vec<usize> = (0..values.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        (exact[b] - exact[b].floor())
            .total_cmp(&(exact[a] - exact[a].floor()))
            .then(a.cmp(&b))
    });
    let missing = total - whole.iter().sum::<i64>();
    for &index in order.iter().take(missing.max(0) as usize) {
        whole[index] += 1;
    }
    whole
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_round_by_size_and_group_thousands() {
        assert_eq!(figure(0.0), "0");
        assert_eq!(figure(2.25), "2.3");
        assert_eq!(figure(99.94), "99.9");
        assert_eq!(figure(1234.5), "1,235");
        assert_eq!(figure(1e18), "1,000,000,000,000,000,000");
    }

    #[test]
    fn one_is_singular_and_small_shares_are_not_zero() {
        assert_eq!(
            amount(1.0, &MetricUnit::QuestionsAnswered),
            "1 question answered"
        );
        assert_eq!(amount(0.0, &MetricUnit::Views), "0 views");
        assert_eq!(amount(2.0, &MetricUnit::Views), "2 views");
        assert_eq!(percent(0.2), "under 1%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(33.5), "34%");
        assert_eq!(percent(-0.0), "0%");
        assert_eq!(figure(-0.0), "0");
        assert_eq!(about_percent(0.2), "under 1%");
        assert_eq!(about_percent(30.0), "about 30%");
    }

    #[test]
    fn lists_read_as_prose() {
        let items = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&items(&[])), "");
        assert_eq!(join(&items(&["a"])), "a");
        assert_eq!(join(&items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(article("Evangelist"), "an");
        assert_eq!(article("Developer Advocate"), "a");
    }

    #[test]
    fn totals_name_their_channel_and_confidence() {
        let total = MetricTotal {
            unit: MetricUnit::Views,
            channel: "dev.to".into(),
            by_confidence: [1000.0, 250.0, 0.0],
        };
        assert_eq!(
            total_phrase(&total),
            "1,250 views on dev.to (1,000 measured, 250 estimated)"
        );
        let single = MetricTotal {
            channel: String::new(),
            by_confidence: [0.0, 0.0, 1.0],
            ..total
        };
        assert_eq!(total_phrase(&single), "1 view (unverified)");
    }

    #[test]
    fn rounded_shares_still_add_up() {
        assert_eq!(shares_adding_to(&[1.0, 1.0, 1.0], 100), vec![34, 33, 33]);
        assert_eq!(shares_adding_to(&[0.0, 0.0], 100), vec![0, 0]);
        assert_eq!(shares_adding_to(&[3.0, 1.0], 40), vec![30, 10]);
    }
}
