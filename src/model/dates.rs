//! Dates: a day of the calendar, `YYYY-MM-DD` for storage and date inputs, and "14 Mar 2026"
//! for people. Written by hand because chrono's general formatter and parser cost ~20 KB of
//! wasm, and its calendar tables and conversions another ~2 KB of brotli, for the few things
//! Rolecase does with a date: compare, count days, move by days, and read year, month and day.

use std::fmt;

use crate::model::json::{Json, JsonError, Reader, Writer};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A day in the proleptic Gregorian calendar (the one in use today, extended backwards), held
/// as the number of days since 1970-01-01, so that comparing and counting days is arithmetic.
/// The default is 1970-01-01.
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i32,
}

/// Days from 0000-03-01 to 1970-01-01: the calendar below counts from a March, so that the
/// leap day ends its year.
const MARCH_0000_TO_EPOCH: i32 = 719_468;
/// Days in 400 years: the Gregorian calendar repeats itself every 400 years.
const DAYS_PER_ERA: i32 = 146_097;
/// The years a date may have: far more than anyone records, few enough that counting days
/// never overflows.
const MIN_YEAR: i32 = -100_000;
const MAX_YEAR: i32 = 100_000;

impl Date {
    /// The date with this year, month (1-12) and day of the month (from 1), if it exists.
    pub const fn from_ymd_opt(year: i32, month: u32, day: u32) -> Option<Date> {
        if year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        // Years start in March here, so January and February belong to the year before.
        let (year, month, day) = (year - (month <= 2) as i32, month as i32, day as i32);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        Some(Date {
            days: era * DAYS_PER_ERA + day_of_era - MARCH_0000_TO_EPOCH,
        })
    }

    /// Year, month (1-12) and day of the month.
    fn parts(self) -> (i32, u32, u32) {
        let days = self.days + MARCH_0000_TO_EPOCH;
        let era = days.div_euclid(DAYS_PER_ERA);
        let day_of_era = days.rem_euclid(DAYS_PER_ERA);
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
        let month = if month_from_march < 10 {
            month_from_march + 3
        } else {
            month_from_march - 9
        };
        let year = year_of_era + era * 400 + (month <= 2) as i32;
        (year, month as u32, day as u32)
    }

    pub fn year(self) -> i32 {
        self.parts().0
    }

    /// 1 for January to 12 for December.
    pub fn month(self) -> u32 {
        self.parts().1
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        self.parts().2
    }

    /// The date `days` days later (earlier if negative). Rolecase moves dates by a few days or
    /// years at most, far inside the years a date may have; a larger move stops at their ends.
    pub fn add_days(self, days: i64) -> Date {
        const FIRST: Date = match Date::from_ymd_opt(MIN_YEAR, 1, 1) {
            Some(day) => day,
            None => panic!("the first day exists"),
        };
        const LAST: Date = match Date::from_ymd_opt(MAX_YEAR, 12, 31) {
            Some(day) => day,
            None => panic!("the last day exists"),
        };
        let days = (i64::from(self.days) + days).clamp(i64::from(FIRST.days), i64::from(LAST.days));
        Date { days: days as i32 }
    }

    /// How many days after `earlier` this date is (negative if before it).
    pub fn days_since(self, earlier: Date) -> i64 {
        i64::from(self.days) - i64::from(earlier.days)
    }
}

const fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `2026-03-14`, as chrono wrote it.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso(*self))
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&iso(*self))
    }
}

/// `2026-03-14`.
pub fn iso(date: Date) -> String {
    let (year, month, day) = date.parts();
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads `YYYY-MM-DD` (four-digit year, two-digit month and day); `None` for anything else,
/// including dates that do not exist such as 2026-02-30.
pub fn parse_iso(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    Date::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// `14 Mar 2026`.
pub fn human(date: Date) -> String {
    let (year, month, day) = date.parts();
    format!("{day} {} {year}", MONTHS[month as usize - 1])
}

/// A date is stored as `YYYY-MM-DD` text.
impl Json for Date {
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
        let date = Date::from_ymd_opt(2026, 3, 4).unwrap();
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

    /// Every day from 1600 to 2400 against chrono, and a few far outside: the same year, month
    /// and day, in order, one day apart, and the same count of days between any two.
    #[test]
    #[cfg(not(target_arch = "wasm32"))] // chrono is a native dependency only
    fn the_calendar_agrees_with_chrono() {
        use chrono::{Datelike, NaiveDate};
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let check = |theirs: NaiveDate| {
            let ours = Date::from_ymd_opt(theirs.year(), theirs.month(), theirs.day())
                .unwrap_or_else(|| panic!("{theirs} exists"));
            assert_eq!(
                (ours.year(), ours.month(), ours.day()),
                (theirs.year(), theirs.month(), theirs.day())
            );
            assert_eq!(
                ours.days_since(Date::default()),
                (theirs - epoch).num_days()
            );
            ours
        };
        let mut day = NaiveDate::from_ymd_opt(1600, 1, 1).unwrap();
        let mut previous = check(day);
        while day.year() < 2400 {
            day = day.succ_opt().unwrap();
            let ours = check(day);
            assert_eq!(ours, previous.add_days(1), "{day}");
            assert!(previous < ours);
            previous = ours;
        }
        for (y, m, d) in [(0, 1, 1), (-1, 12, 31), (-4000, 2, 29), (99_999, 12, 31)] {
            check(NaiveDate::from_ymd_opt(y, m, d).unwrap());
        }
        for (y, m, d) in [
            (2026, 2, 29),
            (1900, 2, 29),
            (2026, 4, 31),
            (2026, 13, 1),
            (2026, 0, 1),
            (2026, 1, 0),
            (200_000, 1, 1),
        ] {
            assert_eq!(Date::from_ymd_opt(y, m, d), None, "{y}-{m}-{d}");
        }
        let far = Date::from_ymd_opt(2026, 1, 1)
            .unwrap()
            .add_days(i64::MAX / 2);
        assert_eq!((far.year(), far.month(), far.day()), (MAX_YEAR, 12, 31));
        let early = Date::default().add_days(i64::MIN / 2);
        assert_eq!((early.year(), early.month(), early.day()), (MIN_YEAR, 1, 1));
        assert_eq!(
            Date::from_ymd_opt(2000, 2, 29).map(|d| d.to_string()),
            Some("2000-02-29".to_owned())
        );
        assert_eq!(
            format!("{:?}", Date::from_ymd_opt(2026, 3, 4).unwrap()),
            "2026-03-04"
        );
    }

    #[test]
    fn people_read_day_month_year() {
        assert_eq!(
            human(Date::from_ymd_opt(2026, 3, 14).unwrap()),
            "14 Mar 2026"
        );
        assert_eq!(
            human(Date::from_ymd_opt(2025, 12, 1).unwrap()),
            "1 Dec 2025"
        );
    }
}
