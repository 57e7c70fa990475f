//! The proposal generated from fixture workspaces: golden text with hand-checked figures, and
//! the edge cases a manager would catch.
//!
//! Golden files: `tests/golden/proposal-*.txt` hold `to_text(&build(workspace, today))` for the
//! sample workspace and for `tests/fixtures/proposal-evangelist.json`, with today = 22 Nov 2026.
//! When a change to the generated text is intended, rewrite them with
//!
//!     UPDATE_GOLDEN=1 cargo test --test proposal
//!
//! and review the change with `git diff tests/golden` before committing it. The hand-checked
//! figures below are asserted separately, so a rewrite cannot quietly bless a wrong number.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::rc::Rc;

use rolecase::document::text::{section_text, to_text};
use rolecase::document::{build, Block, Document, SectionKind};
use rolecase::model::activity::{Activity, Status};
use rolecase::model::dates::Date;
use rolecase::model::metric::{Confidence, Metric, MetricUnit};
use rolecase::model::proposal::{Length, ProposalSettings, Reader};
use rolecase::model::sample::sample_workspace;
use rolecase::model::workspace::{from_json, Workspace};

const EVANGELIST: &str = include_str!("fixtures/proposal-evangelist.json");

fn today() -> Date {
    day(2026, 11, 22)
}

fn day(year: i32, month: u32, day: u32) -> Date {
    Date::from_ymd_opt(year, month, day).unwrap()
}

/// A done, external activity with its kind's usual stages; tests change the rest.
fn activity(id: u64, kind: &str, title: &str, start: Date, hours: f64) -> Activity {
    Activity::done(id, kind, title, start, hours)
}

fn metric(value: f64, unit: MetricUnit, confidence: Confidence) -> Metric {
    Metric {
        value,
        unit,
        confidence,
    }
}

fn workspace(activities: Vec<Activity>) -> Workspace {
    Workspace {
        activities: activities.into_iter().map(Rc::new).collect(),
        ..Workspace::default()
    }
}

fn evangelist() -> Workspace {
    from_json(EVANGELIST).expect("the evangelist fixture opens")
}

/// The proposal as plain text, checked for the mistakes every generated text must avoid.
fn text_of(workspace: &Workspace) -> String {
    let text = to_text(&build(workspace, today()));
    assert_clean(&text);
    text
}

/// The line of `text` around byte `at`, for failure messages.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// Rejects what no generated sentence may contain: non-numbers, exponent notation, wrong
/// singular or plural after 0 or 1, doubled spaces or full stops, a space before a comma, and
/// empty list items.
fn assert_clean(text: &str) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        for bad in ["nan", "inf", "infinity"] {
            assert!(
                !word.eq_ignore_ascii_case(bad),
                "the text contains the non-number {word:?}"
            );
        }
    }
    for bad in ["NaN", "e+", "  ", "..", " ,", "- \n", " 0 activity"] {
        if let Some(at) = text.find(bad) {
            panic!("the text contains {bad:?} in: {}", line_at(text, at));
        }
    }
    // "1 hours" but not "11 hours" or "2.1 hours".
    for bad in ["1 activities", "1 hours", "1 weeks"] {
        for (at, _) in text.match_indices(bad) {
            let before = text[..at].chars().next_back();
            assert!(
                before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ','),
                "the text says {bad:?} in: {}",
                line_at(text, at)
            );
        }
    }
    // Exponent notation such as "1e12" or "2.5e-3".
    let chars: Vec<char> = text.chars().collect();
    for window in chars.windows(3) {
        if window[0].is_ascii_digit()
            && (window[1] == 'e' || window[1] == 'E')
            && (window[2].is_ascii_digit() || window[2] == '-' || window[2] == '+')
        {
            panic!(
                "the text has a number in exponent notation: {}",
                window.iter().collect::<String>()
            );
        }
    }
    for line in text.lines() {
        assert!(
            line.trim() != "-",
            "the text has an empty list item: {line:?}"
        );
    }
}

/// Compares `actual` with `tests/golden/<name>`, or rewrites the file when `UPDATE_GOLDEN=1`.
fn assert_golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("UPDATE_GOLDEN").as_deref() == Ok("1") {
        std::fs::create_dir_all(path.parent().unwrap()).expect("the golden folder can be made");
        std::fs::write(&path, actual).expect("the golden file can be written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "cannot read {}: {error}. Create it with `UPDATE_GOLDEN=1 cargo test --test proposal`.",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let (expected_lines, actual_lines): (Vec<&str>, Vec<&str>) =
        (expected.lines().collect(), actual.lines().collect());
    let first = (0..expected_lines.len().max(actual_lines.len()))
        .find(|&i| expected_lines.get(i) != actual_lines.get(i));
    match first {
        Some(i) => panic!(
            "{name} differs from the golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
             If the change is intended, run `UPDATE_GOLDEN=1 cargo test --test proposal` and \
             review `git diff tests/golden`.",
            i + 1,
            expected_lines.get(i).copied().unwrap_or("<end of file>"),
            actual_lines.get(i).copied().unwrap_or("<end of file>"),
        ),
        None => panic!(
            "{name} differs from the golden file only in line endings or the final newline; \
             run `UPDATE_GOLDEN=1 cargo test --test proposal` if that is intended."
        ),
    }
}

fn assert_contains(text: &str, expected: &str) {
    assert!(
        text.contains(expected),
        "expected the text to contain {expected:?}\n--- text ---\n{text}"
    );
}

fn assert_lacks(text: &str, unexpected: &str) {
    if let Some(at) = text.find(unexpected) {
        panic!(
            "expected the text not to contain {unexpected:?}, found in: {}",
            line_at(text, at)
        );
    }
}

/// The section headings of a plain-text proposal, in order.
fn headings(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| line.strip_prefix("## "))
        .collect()
}

/// The activity titles of the evidence table, top to bottom.
fn evidence_titles(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|line| line.starts_with("- Date: "))
        .map(|line| {
            let rest = &line[line.find("Activity: ").expect("an activity cell") + 10..];
            &rest[..rest.find(" (").expect("the kind follows the title")]
        })
        .collect()
}

/// The first paragraph of the executive summary: the ask.
fn ask_of(document: &Document) -> String {
    let summary = document
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::ExecutiveSummary)
        .expect("an executive summary");
    section_text(&summary.blocks)
        .split("\n\n")
        .next()
        .unwrap()
        .to_owned()
}

// ---------------------------------------------------------------------------------------------
// Golden texts and hand-checked figures

#[test]
fn the_sample_proposal_matches_its_golden_text() {
    assert_golden("proposal-sample.txt", &text_of(&sample_workspace(today())));
}

#[test]
fn the_evangelist_proposal_matches_its_golden_text() {
    assert_golden("proposal-evangelist.txt", &text_of(&evangelist()));
}

#[test]
fn the_evangelist_fixture_holds_what_was_entered() {
    let workspace = evangelist();
    assert_eq!(workspace.activities.len(), 7);
    assert_eq!(workspace.profile.weekly_hours, 37.5);
    assert!(workspace.profile.target_title.is_empty());
    let ids: Vec<u64> = workspace.activities.iter().map(|a| a.id.0).collect();
    assert_eq!(ids, [1, 2, 3, 4, 5, 6, 7]);
}

/// Every figure below was worked out by hand from the fixture, not read off the output.
#[test]
fn the_evangelist_figures_are_the_ones_worked_out_by_hand() {
    let text = text_of(&evangelist());

    // Work done: activities 1, 2, 3, 4, 5 and the failed experiment 7 (6 is planned):
    // 30 + 6 + 8 + 3 + 12 + 8 = 67 hours, from 1 Dec 2025 (5) to 3 Oct 2026 (1).
    assert_contains(&text, "from 7 activities recorded in Rolecase");
    assert_contains(
        &text,
        "- 6 activities from 1 Dec 2025 to 3 Oct 2026: 67 hours in all.",
    );
    // The year before today starts 23 Nov 2025, the records on 1 Dec 2025: 1 Dec 2025 to
    // 22 Nov 2026 inclusive is 357 days = 51 weeks. 67 / 51 = 1.31 hours a week, and
    // 1.31 / 37.5 = 3.5% of the week, which rounds to 4%.
    assert_contains(
        &text,
        "- Over the last 51 weeks that is 1.3 hours a week, 4% of a 37.5-hour week.",
    );
    assert_contains(
        &text,
        "Today developer relations takes about 4% of my week in the recorded hours.",
    );

    // Outbound (discover) hours: 30 + 6 + 8 + 3 + 8 = 55 of 67 = 82%; product work 0%; code
    // 12 of 67 = 18%, under the 40% an engineer title needs: a Developer Evangelist.
    assert_contains(
        &text,
        "# Kenji Watanabe: the case for a Developer Evangelist role",
    );
    assert_contains(
        &text,
        "takes 82% of the recorded hours and product feedback 0%: the pattern of a Developer \
         Evangelist.",
    );
    assert_contains(&text, "code is 18% of the hours");
    assert_contains(
        &text,
        "Outbound work took 55 hours and inbound work 12 hours; internal audiences 0 hours and \
         external 67 hours.",
    );

    // No share stated and 3.5% recorded: rounded up to 10%, then raised to the 20% floor.
    // 20% of 37.5 hours = 7.5 hours.
    assert_contains(
        &text,
        "as a Developer Evangelist role: 20% of my 37.5-hour week",
    );
    assert_contains(
        &text,
        "- Time: 20% of my 37.5-hour week (about 7.5 hours) for developer relations, protected \
         in planning; today it takes about 4% of my week in the recorded hours.",
    );

    // Headlines: the largest reach total is Zenn's 5,000 measured views (JSConf JP has 2,000
    // unverified, the podcast 1,200 listeners); the largest engagement total is 1,500 downloads.
    assert_contains(&text, "- Reach: 5,000 views on Zenn (measured).");
    assert_contains(&text, "- Engagement: 1,500 downloads on GitHub (measured).");
    assert_contains(
        &text,
        "Recorded so far: 5,000 views on Zenn (measured); 2,000 views on JSConf JP (unverified)",
    );
    // Views on two platforms are never added, nor attendees to views on one.
    for sum in ["7,000", "2,400", "2,460", "1,585"] {
        assert_lacks(&text, sum);
    }

    // Stages served: Discover (1, 2, 3, 4, 7), Evaluate and Learn (5); Build and Scale are gaps.
    assert_contains(
        &text,
        "- The work serves 3 of the 5 stages of the developer journey; none yet for Build and \
         Scale.",
    );
    assert_contains(&text, "Gaps in the developer journey: Build and Scale.");
    assert_contains(
        &text,
        "Activities serving each stage of the developer journey: Discover 5, Evaluate 1, Learn 1, \
         Build 0 and Scale 0.",
    );

    // Complete quarters: Q4 2025 (5), Q1 2026 (4, 7), Q2 2026 (3: 8 h), Q3 2026 (2: 6 h);
    // Q4 2026 (1) is still running.
    assert_contains(
        &text,
        "Activities per quarter: 1 in Q4 2025, 2 in Q1 2026, 1 in Q2 2026, 1 in Q3 2026 and 1 in \
         Q4 2026 (so far).",
    );
    assert_contains(
        &text,
        "Quarter over quarter: 1 activity and 6 hours in Q3 2026, against 1 activity and 8 hours \
         in Q2 2026.",
    );

    // Evidence scores (measured 4, estimated 2, unverified 1 per number; outcome 3; link 2):
    // 5 = 4 + 4 + 3 = 11; 1 = 4 + 1 + 3 + 2 = 10; 3 = 4; 2 = 2; 4 = 1. The failed experiment
    // is a lesson, not evidence.
    assert_contains(&text, "5 activities done, ranked by measured numbers");
    assert_eq!(
        evidence_titles(&text),
        [
            "lumen-examples",
            "Streaming joins at scale",
            "ストリーミング結合入門",
            "Lumen in ten minutes",
            "Data pipelines without tears",
        ]
    );
    assert_contains(
        &text,
        "- “Live coding Fridays” (6 Mar 2026): Too few viewers live; the recordings did better",
    );
    assert_contains(
        &text,
        "- 1 failed experiment is recorded with what it taught.",
    );

    // Reach per hour: 5,000 / 8 = 625 views; 1,200 / 3 = 400 listeners; 2,000 / 30 = 66.7
    // views; 400 / 30 = 13.3 attendees; 60 / 6 = 10 attendees.
    assert_contains(&text, "Kind: Third-party blog post · Per hour: 625 views");
    assert_contains(&text, "Kind: Podcast guest · Per hour: 400 listeners");
    assert_contains(&text, "Kind: Conference talk · Per hour: 66.7 views");
    assert_contains(&text, "Kind: Conference talk · Per hour: 13.3 attendees");
    assert_contains(&text, "Kind: Meetup talk · Per hour: 10 attendees");

    // Goals: "awareness" and "japan" are the distinctive words of the first ("lumen" is the
    // product's name); 1 and 3 carry the tag "japan". "downloads" is the only distinctive word
    // of the second, and only the outcome of 5 names it.
    assert_contains(
        &text,
        "- Increase awareness of Lumen in Japan: 2 activities use its words, including “Streaming \
         joins at scale” and “ストリーミング結合入門”.",
    );
    assert_contains(
        &text,
        "- Grow SDK downloads: 1 activity uses its words, “lumen-examples”.",
    );

    // Numbers on work done: 7, of which 2 unverified (2,000 views and 1,200 listeners).
    assert_contains(
        &text,
        "- Check the 2 unverified numbers against analytics, or mark them as estimates.",
    );
    assert_contains(
        &text,
        "Data quality: 2 of the 7 recorded numbers are unverified",
    );
    // The planned talk is within 90 days of today (20 Feb 2027).
    assert_contains(
        &text,
        "- 20 Jan 2027: Lumen at scale (conference talk, 25 hours)",
    );
}

/// Figures from `src/model/sample.rs`, worked out by hand with today = 22 Nov 2026.
#[test]
fn the_sample_figures_are_the_ones_worked_out_by_hand() {
    let text = text_of(&sample_workspace(today()));

    // 17 activities, one planned; work done is 60 + 8 + 80 + 12 + 10 + 12 + 45 + 30 + 9 + 20
    // + 20 + 16 + 24 + 12 + 18 + 10 = 386 hours, from 700 days ago (22 Dec 2024) to the report
    // 40 days ago (13 Oct 2026).
    assert_contains(&text, "from 17 activities recorded in Rolecase");
    assert_contains(
        &text,
        "- 16 activities from 22 Dec 2024 to 13 Oct 2026: 386 hours in all.",
    );
    // Started within the last 364 days: 9 + 20 + 20 + 16 + 24 + 12 + 18 + 10 = 129 hours over
    // 52 weeks = 2.48 hours a week, 6.2% of 40 hours.
    assert_contains(
        &text,
        "- Over the last year that is 2.5 hours a week, 6% of a 40-hour week.",
    );
    // A stated 30% is already a multiple of ten: 30% of 40 hours = 12 hours.
    assert_contains(
        &text,
        "- Time: 30% of my 40-hour week (about 12 hours) for developer relations, protected in \
         planning; today it takes about 30% of my week by my estimate (6% in the recorded \
         hours).",
    );
    // The summary leads with the largest measured reach, the quick start's 9,800 views, not
    // the guest post's larger but unverified 11,500, which still appears, labelled, elsewhere.
    assert_contains(
        &text,
        "- Reach: 9,800 views on Public API documentation (measured).",
    );
    assert_contains(&text, "11,500 views on The Practical Backend (unverified)");
    assert_contains(
        &text,
        "- Enablement: 140 questions answered on Quillfeather community forum (measured).",
    );
    // Views across platforms (9,800 + 64 + 6,200 + 1,450 + 3,900 + 11,500 = 32,914) and the
    // DevConf room count plus its recording views (220 + 1,450 = 1,670) are never added.
    assert_lacks(&text, "32,914");
    assert_lacks(&text, "1,670");
    // 21 numbers on work done; unverified: 1,450 and 3,900 and 11,500 views.
    assert_contains(
        &text,
        "Data quality: 3 of the 21 recorded numbers are unverified",
    );
    // Q2 2026: the review (16 h), the guild (24 h) and the guest post (12 h); Q3: mentoring.
    assert_contains(
        &text,
        "Quarter over quarter: 1 activity and 18 hours in Q3 2026, against 3 activities and 52 \
         hours in Q2 2026.",
    );
    // The storefront became a workshop and the DevConf talk a video: 2 originals, 4 items.
    assert_contains(
        &text,
        "- Re-use: 2 originals became 4 items in all, 2 per original.",
    );
    assert_contains(
        &text,
        "- The work serves all 5 stages of the developer journey.",
    );
    // Teaching (20 + 18) and culture (24): 3 activities, 62 hours.
    assert_contains(
        &text,
        "Expectation: Growing others · Evidence: 3 activities, 62 hours",
    );
    assert_eq!(
        evidence_titles(&text).first(),
        Some(&"Rewrote the Shipping API quick start"),
        "two measured numbers, an outcome and a link score 13, the most of any activity"
    );
}

// ---------------------------------------------------------------------------------------------
// Edge cases

#[test]
fn no_activities_make_a_proposal_that_says_so_and_invents_nothing() {
    let text = text_of(&Workspace::default());
    assert_contains(&text, "# The case for a Developer Advocate role\n");
    assert_contains(
        &text,
        "Written 22 Nov 2026 from 0 activities recorded in Rolecase",
    );
    assert_contains(
        &text,
        "No completed work is recorded yet, so this summary has no evidence to offer.",
    );
    assert_contains(&text, "## Evidence\n\nNo completed work is recorded yet.\n");
    assert_contains(
        &text,
        "No hours are recorded yet, so the mix of work cannot point",
    );
    assert_contains(
        &text,
        "- Record the work already done, so the baseline has evidence behind it.",
    );
    assert_contains(&text, "20% of my 40-hour week (about 8 hours)");
    // Nothing follows the admission in the summary: no headline numbers, no proposed measures.
    assert_contains(
        &text,
        "so this summary has no evidence to offer.\n\n## Role definition",
    );
    for absent in [
        "### Evidence, strongest first",
        "Quarter over quarter",
        "### Already planned",
        "Data quality",
    ] {
        assert_lacks(&text, absent);
    }
}

#[test]
fn one_activity_is_counted_in_the_singular() {
    let mut post = activity(1, "blog-post", "Hello, Lumen", day(2026, 6, 1), 1.0);
    post.channel = "dev.to".into();
    post.metrics = vec![metric(1.0, MetricUnit::Views, Confidence::Measured)];
    let text = text_of(&workspace(vec![post]));
    assert_contains(&text, "from 1 activity recorded in Rolecase");
    assert_contains(&text, "- 1 activity from 1 Jun 2026: 1 hour in all.");
    // 1 Jun to 22 Nov 2026 inclusive is 175 days = 25 weeks.
    assert_contains(&text, "Over the last 25 weeks");
    assert_contains(&text, "- Reach: 1 view on dev.to (measured).");
    assert_contains(&text, "1 activity done, ranked by measured numbers");
    assert_contains(&text, "Numbers: 1 view (measured)");
    assert_contains(&text, "My recorded evidence: 1 activity recorded");
    assert_contains(
        &text,
        "Quarter over quarter: 0 activities and 0 hours in Q3 2026, against 1 activity and 1 \
         hour in Q2 2026.",
    );
    assert_contains(&text, "1 activity for external audiences");
}

#[test]
fn activities_without_numbers_claim_no_numbers() {
    let text = text_of(&workspace(vec![
        activity(1, "workshop", "Lumen basics", day(2026, 3, 1), 6.0),
        activity(2, "office-hours", "Ask me anything", day(2026, 4, 1), 2.0),
    ]));
    assert_eq!(text.matches("Numbers: None recorded").count(), 2);
    assert_eq!(
        text.matches("Recorded so far: Nothing recorded yet")
            .count(),
        5
    );
    assert_contains(
        &text,
        "- 2 activities from 1 Mar 2026 to 1 Apr 2026: 8 hours in all.",
    );
    // The only reach and engagement lines are the proposed measures, not recorded totals.
    assert_eq!(text.matches("- Reach:").count(), 1);
    assert_contains(
        &text,
        "- Reach: real readers, viewers and attendees, validated.",
    );
    assert_eq!(text.matches("- Engagement:").count(), 1);
    for absent in [
        "### Reach per hour",
        "Data quality",
        "unverified number",
        "largest reach",
    ] {
        assert_lacks(&text, absent);
    }
}

#[test]
fn only_planned_work_is_shown_as_planned_and_never_as_done() {
    let mut soon = activity(1, "workshop", "Lumen hands-on", day(2026, 12, 1), 4.0);
    soon.status = Status::Planned;
    let mut later = activity(
        2,
        "conference-talk",
        "Lumen at scale",
        day(2027, 6, 1),
        25.0,
    );
    later.status = Status::Planned;
    let text = text_of(&workspace(vec![soon, later]));
    assert_contains(&text, "from 2 activities recorded in Rolecase");
    assert_contains(&text, "No completed work is recorded yet, so this summary");
    assert_contains(&text, "## Evidence\n\nNo completed work is recorded yet.\n");
    assert_contains(
        &text,
        "### Already planned\n\n- 1 Dec 2026: Lumen hands-on (workshop, 4 hours)",
    );
    assert_contains(
        &text,
        "1 more activity is planned outside the next 90 days.",
    );
    assert_contains(&text, "My recorded evidence: 2 activities planned");
    assert_contains(&text, "Outbound work took 0 hours and inbound work 0 hours");
    // Planned hours are not counted as work done.
    assert_lacks(&text, "29 hours");
    assert_lacks(&text, "25 hours in all");
}

#[test]
fn numbers_in_different_units_or_places_are_never_added() {
    let mut talk = activity(1, "conference-talk", "Streams", day(2026, 5, 1), 10.0);
    talk.channel = "YouTube".into();
    talk.metrics = vec![
        metric(1000.0, MetricUnit::Views, Confidence::Measured),
        metric(200.0, MetricUnit::Attendees, Confidence::Measured),
    ];
    let mut video = activity(2, "video", "Streams, the cut", day(2026, 6, 1), 5.0);
    video.channel = "YouTube".into();
    video.metrics = vec![metric(500.0, MetricUnit::Views, Confidence::Estimated)];
    let mut stream = activity(3, "livestream", "Streams, live", day(2026, 7, 1), 3.0);
    stream.channel = "Twitch".into();
    stream.metrics = vec![metric(300.0, MetricUnit::Views, Confidence::Measured)];
    let text = text_of(&workspace(vec![talk, video, stream]));
    // The same unit on the same channel adds up, with its confidences kept apart.
    assert_contains(
        &text,
        "- Reach: 1,500 views on YouTube (1,000 measured, 500 estimated).",
    );
    assert_contains(
        &text,
        "Recorded so far: 1,500 views on YouTube (1,000 measured, 500 estimated); 300 views on \
         Twitch (measured)",
    );
    // Views plus attendees (1,200; 1,700), views across channels (1,300; 1,800), everything
    // (2,000): none of these sums may appear.
    for sum in ["1,200", "1,700", "1,300", "1,800", "2,000"] {
        assert_lacks(&text, sum);
    }
}

#[test]
fn huge_numbers_keep_every_digit_grouped() {
    let mut post = activity(1, "guest-blog-post", "Viral", day(2026, 5, 1), 2.0);
    post.channel = "Everywhere".into();
    post.metrics = vec![
        metric(1e12, MetricUnit::Views, Confidence::Measured),
        metric(2.5e15, MetricUnit::Downloads, Confidence::Unverified),
    ];
    let text = text_of(&workspace(vec![post]));
    assert_contains(&text, "1,000,000,000,000 views on Everywhere (measured)");
    assert_contains(
        &text,
        "Numbers: 1,000,000,000,000 views (measured); 2,500,000,000,000,000 downloads (unverified)",
    );
    // 1e12 views over 2 hours.
    assert_contains(&text, "Per hour: 500,000,000,000 views");
}

#[test]
fn long_and_non_latin_text_appears_intact() {
    let long: String = "Streaming joins, explained one operator at a time "
        .chars()
        .cycle()
        .take(5000)
        .collect::<String>()
        .trim_end()
        .to_owned()
        + "!";
    assert!(long.chars().count() >= 4990);
    let arabic_title = "مقدمة إلى البث المباشر للبيانات";
    let arabic_outcome = "طلب المنظمون جلسة ثانية في الربيع";
    let chinese_title = "流式连接入门：从零开始";
    let chinese_channel = "掘金社区";
    let emoji_title = "🚀 Launch day for Lumen 🎉";
    let emoji_outcome = "Sold out 🎟️ in a day; 👩🏽‍💻 developers asked for more";
    let lesson = "لم يحضر أحد؛ التسجيلات أفضل";

    let mut a = activity(1, "conference-talk", &long, day(2026, 3, 1), 10.0);
    a.outcome = long.clone();
    a.channel = long.clone();
    a.metrics = vec![metric(50.0, MetricUnit::Attendees, Confidence::Measured)];
    let mut b = activity(2, "meetup-talk", arabic_title, day(2026, 4, 1), 4.0);
    b.outcome = arabic_outcome.into();
    b.channel = "ملتقى الرياض للمطورين".into();
    let mut c = activity(3, "guest-blog-post", chinese_title, day(2026, 5, 1), 5.0);
    c.channel = chinese_channel.into();
    c.metrics = vec![metric(3000.0, MetricUnit::Views, Confidence::Measured)];
    let mut d = activity(4, "video", emoji_title, day(2026, 6, 1), 3.0);
    d.outcome = emoji_outcome.into();
    d.channel = "YouTube 📺".into();
    let mut e = activity(5, "livestream", "بث مباشر", day(2026, 7, 1), 2.0);
    e.status = Status::FailedExperiment {
        lesson: lesson.into(),
    };
    let text = text_of(&workspace(vec![a, b, c, d, e]));

    assert_contains(
        &text,
        &format!("Activity: {long} (Conference talk, {long})"),
    );
    assert_contains(&text, &format!("Outcome: {long} ·"));
    assert_contains(
        &text,
        &format!("Activity: {arabic_title} (Meetup talk, ملتقى الرياض للمطورين)"),
    );
    assert_contains(&text, &format!("Outcome: {arabic_outcome} ·"));
    assert_contains(
        &text,
        &format!("Activity: {chinese_title} (Third-party blog post, {chinese_channel})"),
    );
    assert_contains(
        &text,
        &format!("3,000 views on {chinese_channel} (measured)"),
    );
    assert_contains(
        &text,
        &format!("Activity: {emoji_title} (Video, YouTube 📺)"),
    );
    assert_contains(&text, &format!("Outcome: {emoji_outcome} ·"));
    assert_contains(&text, &format!("- “بث مباشر” (1 Jul 2026): {lesson}"));
}

#[test]
fn one_page_fits_a_page_and_keeps_the_ask_and_the_strongest_evidence() {
    let mut workspace = sample_workspace(today());
    let full = text_of(&workspace);
    workspace.proposal.length = Length::OnePage;
    let brief = text_of(&workspace);
    assert_clean(&brief);
    let words = brief.split_whitespace().count();
    assert!(words <= 750, "one page holds about 700 words, not {words}");
    assert!(
        brief.len() * 3 < full.len(),
        "one page is a fraction of the full text"
    );
    assert_eq!(
        headings(&brief),
        headings(&full),
        "the same sections, each shorter"
    );
    assert_contains(
        &brief,
        "I am asking you to recognise the developer-relations work I already do as a Developer \
         Advocate role: 30% of my 40-hour week",
    );
    // The three strongest, in the order of the full evidence table.
    let strongest = evidence_titles(&full);
    for title in &strongest[..3] {
        assert_contains(&brief, &format!("\u{201c}{title}\u{201d}"));
    }
    assert_contains(
        &brief,
        "The full proposal lists 12 more activities, with outcomes and links",
    );
    for absent in [
        "### Titles considered",
        "### Skills",
        "### Reach per hour",
        "### Already planned",
        "Evidence, strongest first",
    ] {
        assert_lacks(&brief, absent);
    }
}

#[test]
fn the_one_page_sample_matches_its_golden_text() {
    let mut workspace = sample_workspace(today());
    workspace.proposal.length = Length::OnePage;
    assert_golden("proposal-sample-one-page.txt", &text_of(&workspace));
}

#[test]
fn sections_left_out_or_reordered_are_respected() {
    let mut workspace = evangelist();
    workspace.proposal = ProposalSettings::default()
        .with_included(SectionKind::Evidence, false)
        .with_included(SectionKind::Levels, false)
        .moved(8, -7)
        .expect("risks can move up to second place");
    let text = text_of(&workspace);
    assert_eq!(
        headings(&text),
        [
            "Executive summary",
            "Risks and boundaries",
            "Role definition",
            "Impact against company goals",
            "Metrics to agree on",
            "The next 90 days",
            "The asks",
        ]
    );
    assert_lacks(&text, "Evidence, strongest first");
    assert_lacks(&text, "Level guide for");

    workspace.proposal = ProposalSettings::default().ordered_for(Reader::Talent);
    let text = text_of(&workspace);
    let expected: Vec<&str> = Reader::Talent
        .suggested_order()
        .iter()
        .map(|kind| kind.title())
        .collect();
    assert_eq!(headings(&text), expected);
}

#[test]
fn an_override_replaces_the_generated_text_and_reset_restores_it() {
    let mut workspace = evangelist();
    let generated = build(&workspace, today());
    let own = "# Why now\nThe JSConf JP talk drew 400 people.\nThey asked for more.\n\n\
               - One day a week\n- A conference budget";
    workspace.proposal = workspace
        .proposal
        .with_override(SectionKind::Asks, Some(own));
    let edited = build(&workspace, today());
    let asks = edited
        .sections
        .iter()
        .find(|s| s.kind == SectionKind::Asks)
        .unwrap();
    assert!(asks.edited);
    let text = to_text(&edited);
    assert_clean(&text);
    assert_contains(
        &text,
        "## The asks\n\n### Why now\n\nThe JSConf JP talk drew 400 people. They asked for more.\n\n\
         - One day a week\n- A conference budget\n\n## Risks and boundaries",
    );
    assert_lacks(&text, "recorded in the HR system");
    for (before, after) in generated.sections.iter().zip(&edited.sections) {
        if before.kind != SectionKind::Asks {
            assert_eq!(before, after, "only the rewritten section changes");
        }
    }

    workspace.proposal = workspace.proposal.with_override(SectionKind::Asks, None);
    assert_eq!(build(&workspace, today()), generated);
    workspace.proposal = workspace
        .proposal
        .with_override(SectionKind::Asks, Some(own))
        .with_override(SectionKind::Asks, Some("   "));
    assert_eq!(
        build(&workspace, today()),
        generated,
        "a blank rewrite resets"
    );
}

#[test]
fn each_reader_gets_the_ask_and_the_point_they_decide_on() {
    let mut workspace = sample_workspace(today());
    let mut documents = Vec::new();
    for reader in Reader::ALL {
        workspace.proposal.reader = reader;
        let document = build(&workspace, today());
        assert_clean(&to_text(&document));
        documents.push(document);
    }
    assert_eq!(
        ask_of(&documents[0]),
        "I am asking you to recognise the developer-relations work I already do as a Developer \
         Advocate role: 30% of my 40-hour week, the title, and a review against measures we \
         agree in advance."
    );
    assert_eq!(
        ask_of(&documents[1]),
        "I am asking for a Developer Advocate role that ties my developer-relations work to the \
         goals of Quillfeather Logistics: 30% of my 40-hour week, the title, and measures agreed \
         with product and talent."
    );
    assert_eq!(
        ask_of(&documents[2]),
        "I am asking to define a Developer Advocate role within the engineering levels, so that \
         developer-relations work is reviewed and promoted like other engineering work: 30% of a \
         40-hour week, reviewed against agreed measures."
    );
    let second_paragraph = |document: &Document| match &document.sections[0].blocks[1] {
        Block::Paragraph(text) => text.clone(),
        other => panic!("expected the reader's paragraph, found {other:?}"),
    };
    // The sample states 30% today and asks for 30%: no engineering hours move.
    assert_eq!(
        second_paragraph(&documents[0]),
        "For the team: no engineering time moves; the ask recognises work already done, planned \
         in sprints and checked each month."
    );
    // All three sample goals share a word with some recorded work.
    assert_eq!(
        second_paragraph(&documents[1]),
        "For the company: recorded work uses the words of 3 of the 3 goals listed, and every \
         number below says how it was measured."
    );
    assert_eq!(
        second_paragraph(&documents[2]),
        "For the review: the role maps to L5 on a three-level guide of seven job functions, \
         reviewed in the same cycle and calibration as engineering."
    );
    for other in &documents[1..] {
        assert_eq!(
            other.sections[1..],
            documents[0].sections[1..],
            "the rest of the document is the same, so readers can compare notes"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Known generator defects, kept failing until fixed

#[test]
fn no_share_is_negative_zero() {
    let text = text_of(&evangelist());
    assert_lacks(&text, "-0%");
    assert_contains(&text, "documentation is 0% of the hours");
}

#[test]
fn the_time_split_keeps_the_proposed_share_when_no_hours_are_recorded() {
    let text = text_of(&Workspace::default());
    assert_contains(&text, "The proposal is 20%");
    assert_lacks(&text, "Proposed: 100% (40 h)");
    assert_contains(
        &text,
        "Engineering outside developer relations · Today (recorded): 100% (40 h) · Proposed: 80% \
         (32 h)",
    );
}

#[test]
fn a_single_week_is_singular() {
    let post = activity(1, "blog-post", "Hello", day(2026, 11, 20), 2.0);
    let text = to_text(&build(&workspace(vec![post]), today()));
    assert_lacks(&text, "the last 1 weeks");
    assert_clean(&text);
}

#[test]
fn one_unverified_number_is_referred_to_in_the_singular() {
    let mut post = activity(1, "blog-post", "Hello", day(2026, 6, 1), 2.0);
    post.metrics = vec![metric(40.0, MetricUnit::Views, Confidence::Unverified)];
    let text = text_of(&workspace(vec![post]));
    assert_contains(&text, "Check the 1 unverified number against analytics");
    assert_lacks(&text, "1 unverified number against analytics, or mark them");
}

#[test]
fn the_current_title_takes_the_right_article() {
    let mut workspace = workspace(vec![activity(
        1,
        "blog-post",
        "Hello",
        day(2026, 6, 1),
        2.0,
    )]);
    workspace.profile.current_title = "Engineering Manager".into();
    let text = text_of(&workspace);
    assert_contains(&text, "What an Engineering Manager is reviewed on");
}

#[test]
fn a_share_under_one_percent_reads_as_a_phrase() {
    let text = text_of(&workspace(vec![activity(
        1,
        "blog-post",
        "Hello",
        day(2026, 3, 1),
        2.0,
    )]));
    assert_contains(&text, "under 1%");
    assert_lacks(&text, "about under");
}
