//! Dates as Rolecase writes them: `YYYY-MM-DD` for storage and date inputs, "14 Mar 2026" for
//! people. Written by hand because chrono's general formatter and parser cost ~20 KB of wasm.

use chrono::{Datelike, NaiveDate};

use crate::model::json::{Json, JsonError, Reader, Writer};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `2026-03-14`.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// Reads `YYYY-MM-DD` (four-digit year, two-digit month and day); `None` for anything else,
/// including dates that do not exist such as 2026-02-30.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// `14 Mar 2026`.
pub fn human(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// A date is stored as `YYYY-MM-DD` text.
impl Json for NaiveDate {
    fn write_json(&self, w: &mut Writer) {
        w.string(&iso(*self));
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let text = r.string()?;
        parse_iso(&text).ok_or_else(|| r.error(format!("\u{201c}{text}\u{201d} is not a date")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip_and_impossible_ones_are_refused() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
        assert_eq!(iso(date), "2026-03-04");
        assert_eq!(parse_iso("2026-03-04"), Some(date));
        for bad in [
            "2026-02-30",
            "2026-3-4",
            "26-03-04",
            "2026-03-04-01",
            "2026/03/04",
            "",
            "2026-03-0x",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
        assert_eq!(
            parse_iso("2024-02-29").map(iso).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn people_read_day_month_year() {
        assert_eq!(
            human(NaiveDate::from_ymd_opt(2026, 3, 14).unwrap()),
            "14 Mar 2026"
        );
        assert_eq!(
            human(NaiveDate::from_ymd_opt(2025, 12, 1).unwrap()),
            "1 Dec 2025"
        );
    }
}
