//! CSV export and import: the app's own files come back unchanged, spreadsheets from elsewhere
//! import with a guessed mapping, and every bad row is named with its line and reason.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::rc::Rc;

use rolecase::export::csv::{
    guess_date_order, guess_mapping, import, read_table, to_csv, CsvError, CsvField, CsvImport,
    CsvTable, DateOrder, MAX_BYTES, MAX_COLUMNS, MAX_ROWS,
};
use rolecase::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use rolecase::model::dates::Date;
use rolecase::model::journey::{JourneyStage, StageSet};
use rolecase::model::metric::{Confidence, Metric, MetricUnit};
use rolecase::model::sample::sample_workspace;
use rolecase::model::taxonomy::{ActivityGroup, CustomKind, KindId};
use rolecase::model::workspace::Workspace;

fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 22).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).unwrap()
}

/// Reads, guesses and imports `text` the way the import screen does with no changes by the user.
fn import_text(text: &str, workspace: &Workspace) -> (CsvTable, CsvImport) {
    let table = read_table(text).expect("the file reads as a table");
    let mapping = guess_mapping(&table);
    let order = guess_date_order(&table, &mapping);
    let imported = import(&table, &mapping, order, workspace);
    (table, imported)
}

fn workspace_with(activities: Vec<Activity>) -> Workspace {
    Workspace {
        next_id: activities.iter().map(|a| a.id.0 + 1).max().unwrap_or(1),
        activities: activities.into_iter().map(Rc::new).collect(),
        ..Workspace::default()
    }
}

fn plain(title: &str) -> Activity {
    Activity {
        id: ActivityId(1),
        kind: KindId::builtin("blog-post"),
        title: title.into(),
        dates: DateSpan {
            start: day(2026, 3, 14),
            end: None,
        },
        hours: 2.0,
        audience: Audience::External,
        channel: String::new(),
        stages: StageSet::new(),
        direction_override: None,
        metrics: vec![],
        links: vec![],
        outcome: String::new(),
        status: Status::Done,
        reuse_of: None,
        tags: vec![],
    }
}

#[test]
fn the_sample_round_trips_apart_from_ids_and_reuse_links() {
    let workspace = sample_workspace(today());
    let csv = to_csv(&workspace);
    let (table, imported) = import_text(&csv, &workspace);

    assert!(table.has_header);
    assert_eq!(
        guess_mapping(&table),
        CsvField::ALL.map(Some).to_vec(),
        "our own header maps column for column"
    );
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    assert_eq!(imported.activities.len(), workspace.activities.len());
    for (offset, (back, original)) in imported
        .activities
        .iter()
        .zip(&workspace.activities)
        .enumerate()
    {
        assert_eq!(
            back.id,
            ActivityId(workspace.next_id + offset as u64),
            "ids continue from the workspace's next id"
        );
        let expected = Activity {
            id: back.id,
            reuse_of: None,
            ..Activity::clone(original)
        };
        assert_eq!(back, &expected);
    }
}

#[test]
fn the_export_has_our_header_a_bom_and_readable_numbers() {
    let mut activity = plain("Zero to production");
    activity.stages = [JourneyStage::Discover, JourneyStage::Learn].into();
    activity.metrics = vec![
        Metric {
            value: 1200.0,
            unit: MetricUnit::Views,
            confidence: Confidence::Measured,
        },
        Metric {
            value: 1.0,
            unit: MetricUnit::Attendees,
            confidence: Confidence::Estimated,
        },
        Metric {
            value: 40.0,
            unit: MetricUnit::Custom("demo requests".into()),
            confidence: Confidence::Unverified,
        },
    ];
    activity.links = vec![
        "https://example.com/a".into(),
        "https://example.com/b".into(),
    ];
    activity.tags = vec!["rust".into(), "wasm".into()];
    let csv = to_csv(&workspace_with(vec![activity]));

    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}Kind,Title,Start,End,Hours,Audience,Channel,Stages,Status,Lesson,Outcome,\
             Links,Tags,Numbers"
        )
    );
    assert_eq!(
        lines.next(),
        Some(
            "Blog post,Zero to production,2026-03-14,,2,External,,Discover; Learn,Done,,,\
             https://example.com/a https://example.com/b,rust; wasm,\
             \"1,200 views (measured); 1 attendee (estimated); 40 demo requests (unverified)\""
        )
    );
    assert_eq!(lines.next(), Some(""), "the file ends with a line break");
}

#[test]
fn a_spreadsheet_from_elsewhere_imports_with_a_guessed_mapping() {
    // Semicolon-separated with a BOM, as a European Excel writes it; other column names and
    // order; day-first dates in several forms; quoted cells holding the delimiter, commas, line
    // breaks and quotes; Arabic and emoji text.
    let text = "\u{feff}Name;Type;Date;Time spent;Views;Attendees (estimated);URL;Notes\r\n\
        \"مقدمة إلى الواجهات البرمجية 🚀\";Conference talk;14/03/2026;12,5;1 200;40;https://example.com/talk;\"Packed room; 3 follow-ups, \"\"great\"\" Q&A\nand a second line\"\r\n\
        Onboarding guide;blog-post;25.12.2025;3;\"1,200\";;https://example.com/guide https://example.com/guide-2;\r\n\
        Sample storefront;SAMPLE APP;2026-01-31;40;;;;Shipped 🎉\r\n\
        Summer meetup;Meetup talk;1 Jul 2026;6;\"850\";\"35\";;\r\n";
    let workspace = workspace_with(vec![plain("Existing")]);
    let (table, imported) = import_text(text, &workspace);

    assert!(table.has_header);
    assert_eq!(
        table.columns[0], "Name",
        "the BOM is gone from the first name"
    );
    assert_eq!(
        guess_mapping(&table),
        vec![
            Some(CsvField::Title),
            Some(CsvField::Kind),
            Some(CsvField::Start),
            Some(CsvField::Hours),
            Some(CsvField::Numbers),
            Some(CsvField::Numbers),
            Some(CsvField::Links),
            Some(CsvField::Outcome),
        ]
    );
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    let [talk, guide, app, meetup] = &imported.activities[..] else {
        panic!("four activities: {:#?}", imported.activities);
    };

    assert_eq!(talk.id, ActivityId(2));
    assert_eq!(talk.title, "مقدمة إلى الواجهات البرمجية 🚀");
    assert_eq!(talk.kind, KindId::builtin("conference-talk"));
    assert_eq!(talk.dates.start, day(2026, 3, 14));
    assert_eq!(talk.hours, 12.5, "a decimal comma");
    assert_eq!(
        talk.metrics,
        vec![
            Metric {
                value: 1200.0,
                unit: MetricUnit::Views,
                confidence: Confidence::Unverified
            },
            Metric {
                value: 40.0,
                unit: MetricUnit::Attendees,
                confidence: Confidence::Estimated
            },
        ],
        "bare numbers take their unit and confidence from the header"
    );
    assert_eq!(
        talk.outcome,
        "Packed room; 3 follow-ups, \"great\" Q&A\nand a second line"
    );
    assert_eq!(
        talk.stages,
        [JourneyStage::Discover, JourneyStage::Evaluate].into(),
        "without a Stages column, the kind's usual stages"
    );
    assert_eq!(talk.status, Status::Done);
    assert_eq!(talk.audience, Audience::External);

    assert_eq!(guide.id, ActivityId(3));
    assert_eq!(guide.kind, KindId::builtin("blog-post"), "kinds by id");
    assert_eq!(guide.dates.start, day(2025, 12, 25));
    assert_eq!(guide.metrics[0].value, 1200.0);
    assert_eq!(guide.links.len(), 2);

    assert_eq!(app.kind, KindId::builtin("sample-app"), "any case");
    assert_eq!(app.dates.start, day(2026, 1, 31));
    assert_eq!(app.outcome, "Shipped 🎉");
    assert!(app.metrics.is_empty());

    assert_eq!(meetup.dates.start, day(2026, 7, 1));
    assert_eq!(meetup.metrics.len(), 2);
}

#[test]
fn month_first_dates_are_recognised_and_named_months_read_either_way() {
    let text = "Kind,Title,Start,End,Hours\n\
        Video,One,03/14/2026,3/16/2026,1\n\
        Video,Two,04/01/2026,,1\n\
        Video,Three,\"March 5, 2026\",5 March 2026,1\n\
        Video,Four,2026/02/01,2026-02-01T18:30:00Z,1\n";
    let (table, imported) = import_text(text, &Workspace::default());
    let mapping = guess_mapping(&table);
    assert_eq!(guess_date_order(&table, &mapping), DateOrder::MonthFirst);
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    let spans: Vec<_> = imported.activities.iter().map(|a| a.dates).collect();
    assert_eq!(
        spans,
        vec![
            DateSpan {
                start: day(2026, 3, 14),
                end: Some(day(2026, 3, 16))
            },
            DateSpan {
                start: day(2026, 4, 1),
                end: None
            },
            DateSpan {
                start: day(2026, 3, 5),
                end: Some(day(2026, 3, 5))
            },
            DateSpan {
                start: day(2026, 2, 1),
                end: Some(day(2026, 2, 1))
            },
        ]
    );

    let day_first = "Date,Title,Kind,Hours\n04/01/2026,A,Video,1\n";
    let table = read_table(day_first).unwrap();
    assert_eq!(
        guess_date_order(&table, &guess_mapping(&table)),
        DateOrder::DayFirst,
        "ambiguous dates default to day first"
    );
    let imported = import(
        &table,
        &guess_mapping(&table),
        DateOrder::MonthFirst,
        &Workspace::default(),
    );
    assert_eq!(
        imported.activities[0].dates.start,
        day(2026, 4, 1),
        "the caller's order wins"
    );
}

#[test]
fn a_file_without_a_header_is_mapped_by_what_its_cells_hold() {
    let text = "Conference talk,Zero to production,2026-03-12,2026-03-13,24,External,DevConf,\
        Discover; Evaluate,Done,,,https://example.com/talk,rust,\"2,400 views (measured)\"\n\
        Blog post,Shipping labels,2026-04-01,,3,Internal,Wiki,Learn,Planned,,,,,\n";
    let (table, imported) = import_text(text, &Workspace::default());
    assert!(!table.has_header);
    assert_eq!(table.columns[0], "Column 1");
    assert_eq!(table.rows.len(), 2);
    let mapping = guess_mapping(&table);
    assert_eq!(mapping[0], Some(CsvField::Kind));
    assert_eq!(mapping[1], Some(CsvField::Title));
    assert_eq!(mapping[2], Some(CsvField::Start));
    assert_eq!(mapping[3], Some(CsvField::End));
    assert_eq!(mapping[4], Some(CsvField::Hours));
    assert_eq!(mapping[5], Some(CsvField::Audience));
    assert_eq!(mapping[7], Some(CsvField::Stages));
    assert_eq!(mapping[8], Some(CsvField::Status));
    assert_eq!(mapping[11], Some(CsvField::Links));
    assert_eq!(mapping[13], Some(CsvField::Numbers));
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    assert_eq!(imported.activities.len(), 2);
    assert_eq!(imported.activities[0].metrics[0].value, 2400.0);
    assert_eq!(imported.activities[1].status, Status::Planned);
    assert_eq!(imported.activities[1].audience, Audience::Internal);
}

#[test]
fn bad_rows_are_listed_by_line_with_a_reason_and_good_rows_still_import() {
    let text = "Kind,Title,Start,End,Hours,Numbers,Links,Status,Lesson\n\
        Blog post,Fine,2026-03-14,,2,,,,\n\
        Tweet,Unknown kind,2026-03-14,,2,,,,\n\
        Blog post,,2026-03-14,,2,,,,\n\
        Blog post,Bad date,soon,,2,,,,\n\
        \n\
        Blog post,Too long,2026-03-14,,1001,,,,\n\
        Blog post,\"Two\nlines\",2026-03-14,2026-03-10,abc,lots of views,javascript:alert(1),,\n\
        ,No kind,2026-03-14,,2,,,,\n\
        Blog post,No hours,2026-03-14,,,,,,\n\
        Blog post,Lesson but done,2026-03-14,,1,,,Done,Record a fallback\n\
        Blog post,Failed without lesson,2026-03-14,,1,,,Failed experiment,\n\
        Blog post,Also fine,14 Mar 2026,,0,\"12 stars (GitHub)\",,,\n";
    let workspace = workspace_with(vec![plain("Existing")]);
    let (_, imported) = import_text(text, &workspace);

    let titles: Vec<&str> = imported
        .activities
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(titles, vec!["Fine", "Also fine"]);
    assert_eq!(
        imported.activities[1].id,
        ActivityId(3),
        "ids are handed out to valid rows only"
    );
    assert_eq!(
        imported.activities[1].metrics[0].unit,
        MetricUnit::Custom("stars (GitHub)".into()),
        "a note that is not a confidence stays part of the unit"
    );

    let problems: Vec<(usize, &str)> = imported
        .problems
        .iter()
        .map(|p| (p.row, p.reason.as_str()))
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                3,
                "Kind \u{201c}Tweet\u{201d} is not a kind Rolecase knows: use a kind\u{2019}s \
                 name from the activity editor, or add it there as a kind of your own first."
            ),
            (4, "Title is empty: Give the activity a title."),
            (
                5,
                "Start \u{201c}soon\u{201d} is not a date: write it like 2026-03-14, 14/03/2026 \
                 or 14 Mar 2026."
            ),
            (
                7,
                "Hours \u{201c}1001\u{201d}: Hours must be between 0 and 1000."
            ),
            (
                8,
                "Numbers \u{201c}lots of views\u{201d} does not start with a number: write \
                 numbers like 1,200 views (measured); 40 attendees (estimated). \
                 End \u{201c}2026-03-10\u{201d}: The end date is before the start date. \
                 Hours \u{201c}abc\u{201d}: \u{201c}abc\u{201d} is not a number: use digits, \
                 like 1250, 1,250 or 2.5. \
                 Links: \u{201c}javascript:alert(1)\u{201d} is not a web link: links start with \
                 https:// or http://."
            ),
            (10, "Kind is empty: say what kind of activity it was."),
            (11, "Hours is empty: Enter the hours you spent; 0 is fine."),
            (
                12,
                "Lesson \u{201c}Record a fallback\u{201d}: a lesson is kept only for a failed \
                 experiment, not for Status \u{201c}Done\u{201d}."
            ),
            (
                13,
                "Lesson is empty: Say what the experiment taught you: it is what makes a \
                 failure count."
            ),
        ]
    );
}

#[test]
fn custom_kinds_import_by_label_or_id_and_missing_columns_are_named() {
    let workspace = Workspace {
        custom_kinds: vec![CustomKind {
            id: KindId("custom-1".into()),
            label: "Internal hack week".into(),
            group: ActivityGroup::Culture,
            stages: vec![JourneyStage::Build],
            units: vec![],
        }],
        ..Workspace::default()
    };
    let text =
        "Kind,Title,Date,Hours\ninternal HACK week,A,2026-03-14,8\ncustom-1,B,2026-03-15,8\n";
    let (_, imported) = import_text(text, &workspace);
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    for activity in &imported.activities {
        assert_eq!(activity.kind, KindId("custom-1".into()));
        assert_eq!(activity.stages, [JourneyStage::Build].into());
    }

    let table = read_table(text).unwrap();
    let mut mapping = guess_mapping(&table);
    mapping[3] = None;
    let imported = import(&table, &mapping, DateOrder::DayFirst, &workspace);
    assert_eq!(imported.problems.len(), 2);
    assert_eq!(
        imported.problems[0].reason,
        "No column is chosen for Hours: Enter the hours you spent; 0 is fine."
    );
}

#[test]
fn formula_cells_are_neutralised_on_export_and_restored_on_import() {
    let hostile = [
        "=HYPERLINK(\"https://evil.example\",\"click\")",
        "+1",
        "@SUM(A1:A2)",
        "-2+3",
        "\tindented",
        "'=already quoted",
        "''+twice",
        "'plain apostrophe",
    ];
    let activities: Vec<Activity> = hostile
        .iter()
        .enumerate()
        .map(|(index, title)| Activity {
            id: ActivityId(index as u64 + 1),
            channel: (*title).to_owned(),
            outcome: (*title).to_owned(),
            ..plain(title)
        })
        .collect();
    let workspace = workspace_with(activities);
    let csv = to_csv(&workspace);

    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    for record in reader.records() {
        let record = record.unwrap();
        for cell in record.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    assert!(csv.contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\""));
    assert!(csv.contains(",'+1,"));
    assert!(csv.contains(",''=already quoted,"));
    assert!(csv.contains(",'''+twice,"));
    assert!(csv.contains(",'plain apostrophe,"));

    let (_, imported) = import_text(&csv, &workspace);
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    for (activity, title) in imported.activities.iter().zip(hostile) {
        let title = title.trim();
        assert_eq!(activity.title, title);
        assert_eq!(activity.channel, title);
        assert_eq!(activity.outcome, title);
    }
}

#[test]
fn hostile_strings_survive_unchanged() {
    let strings = [
        "<script>alert(\"x\")</script>",
        "\"quoted\" and 'single'",
        "comma, semicolon; pipe | tab",
        "line one\r\nline two\nline three",
        "שלום עולם and مرحبا, with emoji 👩🏽‍💻",
        "javascript:alert(1)",
        "Robert'); DROP TABLE activities;--",
    ];
    let activities: Vec<Activity> = strings
        .iter()
        .enumerate()
        .map(|(index, text)| Activity {
            id: ActivityId(index as u64 + 1),
            channel: (*text).to_owned(),
            outcome: (*text).to_owned(),
            status: Status::FailedExperiment {
                lesson: (*text).to_owned(),
            },
            ..plain(text)
        })
        .collect();
    let workspace = workspace_with(activities.clone());
    let (_, imported) = import_text(&to_csv(&workspace), &workspace);
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    for (back, original) in imported.activities.iter().zip(&activities) {
        assert_eq!(
            back,
            &Activity {
                id: back.id,
                ..original.clone()
            }
        );
    }
}

#[test]
fn unreadable_files_get_a_reason_for_the_user() {
    assert_eq!(read_table(""), Err(CsvError::Empty));
    assert_eq!(read_table("\u{feff}\r\n \n"), Err(CsvError::Empty));
    assert_eq!(
        read_table("PK\u{3}\u{4}\u{14}\0\0\0binary"),
        Err(CsvError::NotCsv)
    );
    assert_eq!(
        read_table(r#"{"app":"rolecase","schema":1}"#),
        Err(CsvError::JsonBackup)
    );
    assert_eq!(
        read_table("Kind,Title,Start,Hours\n,,,\n"),
        Err(CsvError::NoRows)
    );
    for error in [
        CsvError::Empty,
        CsvError::NotCsv,
        CsvError::TooLarge,
        CsvError::TooManyRows,
        CsvError::TooManyColumns,
        CsvError::NoRows,
    ] {
        assert!(error.to_string().ends_with('.'), "{error}");
    }
    assert_eq!(
        CsvError::TooManyRows.to_string(),
        "The file has more than 10,000 rows. Split it into smaller files."
    );
    assert_eq!(
        CsvError::TooLarge.to_string(),
        "The file is larger than 5 MB. Split it into smaller files."
    );
}

#[test]
fn caps_on_size_rows_and_columns_are_enforced() {
    let too_big = "a".repeat(MAX_BYTES + 1);
    assert_eq!(read_table(&too_big), Err(CsvError::TooLarge));

    let row = "Blog post,A,2026-03-14,1\n";
    let at_limit = format!("Kind,Title,Start,Hours\n{}", row.repeat(MAX_ROWS));
    assert_eq!(read_table(&at_limit).unwrap().rows.len(), MAX_ROWS);
    let over = format!("{at_limit}{row}");
    assert_eq!(read_table(&over), Err(CsvError::TooManyRows));
    let headerless_over = row.repeat(MAX_ROWS + 1);
    assert_eq!(read_table(&headerless_over), Err(CsvError::TooManyRows));

    let wide = vec!["x"; MAX_COLUMNS + 1].join(",");
    assert_eq!(read_table(&wide), Err(CsvError::TooManyColumns));
}

#[test]
fn ragged_rows_are_padded_and_blank_lines_keep_line_numbers_right() {
    let text = "Kind,Title,Start,Hours,Tags\r\n\r\nVideo,A,2026-03-14\r\n,,,\r\nVideo,B,2026-03-14,2,x,extra\r\n";
    let table = read_table(text).unwrap();
    assert_eq!(
        table.columns,
        vec!["Kind", "Title", "Start", "Hours", "Tags", "Column 6"]
    );
    assert_eq!(table.rows.len(), 2, "the all-blank row is left out");
    assert!(table.rows.iter().all(|row| row.len() == 6));
    assert_eq!(table.lines, vec![3, 5]);
    let imported = import(
        &table,
        &guess_mapping(&table),
        DateOrder::DayFirst,
        &Workspace::default(),
    );
    assert_eq!(imported.problems.len(), 1);
    assert_eq!(imported.problems[0].row, 3);
    assert_eq!(imported.activities[0].tags, vec!["x"]);
}

#[test]
fn a_tab_separated_file_is_read_as_such() {
    let text = "Title\tKind\tDate\tHours\tOutcome\nA, with comma\tVideo\t2026-03-14\t1\tSaid \"hi\", then left\n";
    let (table, imported) = import_text(text, &Workspace::default());
    assert_eq!(table.columns.len(), 5);
    assert!(imported.problems.is_empty(), "{:#?}", imported.problems);
    assert_eq!(imported.activities[0].title, "A, with comma");
    assert_eq!(imported.activities[0].outcome, "Said \"hi\", then left");
}

#[test]
fn a_comma_file_with_semicolons_in_its_cells_stays_comma_separated() {
    let workspace = sample_workspace(today());
    let table = read_table(&to_csv(&workspace)).unwrap();
    assert_eq!(table.columns.len(), CsvField::ALL.len());
}

#[test]
fn field_labels_are_unique_and_match_the_export_header() {
    let labels: BTreeSet<&str> = CsvField::ALL.iter().map(|f| f.label()).collect();
    assert_eq!(labels.len(), CsvField::ALL.len());
    let header = to_csv(&Workspace::default());
    assert_eq!(
        header.trim_start_matches('\u{feff}').trim_end(),
        CsvField::ALL.map(CsvField::label).join(",")
    );
}

#[test]
fn our_reader_and_the_csv_crate_agree_on_quoted_cells_line_breaks_and_ragged_rows() {
    let rows: Vec<Vec<&str>> = vec![
        vec!["title", "channel", "notes"],
        vec!["plain", "a, with comma", "say \"hi\""],
        vec!["two\nlines", "crlf\r\ninside", ""],
        vec!["\"quoted at both ends\"", "   spaced   ", "日本語, العربية"],
        vec!["only two", "cells"],
        vec!["", "", "last"],
    ];
    for terminator in [csv::Terminator::CRLF, csv::Terminator::Any(b'\n')] {
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .terminator(terminator)
            .from_writer(Vec::new());
        for row in &rows {
            writer.write_record(row).unwrap();
        }
        let text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
        let table = read_table(&text).expect("the crate's CSV reads");
        assert_eq!(table.columns, ["title", "channel", "notes"]);
        for (read, written) in table.rows.iter().zip(&rows[1..]) {
            let padded: Vec<&str> = written.iter().copied().chain([""]).take(3).collect();
            assert_eq!(read, &padded, "{text:?}");
        }
        assert_eq!(table.rows.len(), rows.len() - 1);
        assert_eq!(
            table.lines,
            [2, 3, 6, 7, 8],
            "lines count the breaks inside cells"
        );
    }
}
