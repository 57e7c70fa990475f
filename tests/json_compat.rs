//! The JSON formats pinned to what earlier releases wrote: the stored workspace, the share
//! snapshot and the kept profile form. The files under `tests/fixtures/json/` were written by the
//! serde-based release and are never rewritten; every value here is rebuilt from the same seed
//! and sample, so a change to the reader or the writer that changes the format fails here.
//! serde_json, a dev-dependency only, is the oracle for what valid JSON means.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rolecase::export::share::{decode, snapshot_json, Snapshot};
use rolecase::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use rolecase::model::dates::Date;
use rolecase::model::generated;
use rolecase::model::journey::{Direction, JourneyStage};
use rolecase::model::json::{self, JsonError};
use rolecase::model::metric::{Confidence, Metric, MetricUnit};
use rolecase::model::profile::ProfileDraft;
use rolecase::model::proposal::{Length, Reader, RoleTitle, SectionKind};
use rolecase::model::sample::sample_workspace;
use rolecase::model::taxonomy::{ActivityGroup, CustomKind, KindId};
use rolecase::model::validation::{ActivityDraft, MetricDraft, StatusChoice};
use rolecase::model::workspace::{from_json, to_json, LoadError, StoredDraft, Workspace};
use serde_json::Value;

fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 22).expect("a real date")
}

/// Text that every escape path has to carry: quotes, backslashes, control characters, non-Latin
/// scripts, emoji (outside the Basic Multilingual Plane) and DEL, which JSON leaves as it is.
const AWKWARD: &str =
    "Zoë \"Z\" O'Brien \\ C:\\path\t tab\nline\r\u{1}\u{1f}\u{7f} / </script> مرحبا 日本語 🎉👩🏽‍💻";

fn day(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("a real date")
}

/// A draft with every field filled in, including the ones left empty by most drafts.
fn full_draft() -> ActivityDraft {
    ActivityDraft {
        kind: KindId("custom-2".into()),
        title: AWKWARD.into(),
        start: "2026-02-3".into(),
        end: "2026-02-10".into(),
        start_incomplete: true,
        end_incomplete: false,
        hours: "1,250.5".into(),
        audience: Audience::Internal,
        channel: "#devrel \u{201c}channel\u{201d}".into(),
        stages: [JourneyStage::Evaluate, JourneyStage::Scale].into(),
        direction_override: Some(Direction::Outbound),
        metrics: vec![
            MetricDraft {
                value: "12".into(),
                unit: "stars".into(),
                confidence: Confidence::Measured,
            },
            MetricDraft::default(),
        ],
        links: "https://example.com/a\nnot a link".into(),
        outcome: AWKWARD.into(),
        status: StatusChoice::FailedExperiment,
        lesson: "Keep \"demos\" short".into(),
        reuse_of: Some(ActivityId(3)),
        tags: "a, b,\u{4e2d}\u{6587}".into(),
    }
}

/// The user's own workspace with every optional part in use, built on the seeded generator.
fn own_workspace() -> Workspace {
    let mut workspace = generated::workspace(2026, 30, today());
    workspace.profile.name = AWKWARD.into();
    workspace.profile.team = "Platform \\ DX".into();
    workspace.profile.weekly_hours = 37.5;
    workspace.profile.target_title = "Developer Advocate (\u{d55c}\u{ad6d})".into();
    workspace.custom_kinds = vec![
        CustomKind {
            id: KindId("custom-1".into()),
            label: "Internal hack week".into(),
            group: ActivityGroup::Culture,
            stages: vec![],
            units: vec![],
        },
        CustomKind {
            id: KindId("custom-2".into()),
            label: "Discord \"office\" hours 🎧".into(),
            group: ActivityGroup::Community,
            stages: vec![JourneyStage::Build, JourneyStage::Learn],
            units: vec![
                MetricUnit::QuestionsAnswered,
                MetricUnit::Custom("threads \u{2713}".into()),
            ],
        },
    ];
    let next = workspace.next_id;
    workspace.activities.push(Rc::new(Activity {
        id: ActivityId(next),
        kind: KindId("custom-2".into()),
        title: AWKWARD.into(),
        dates: DateSpan {
            start: day(2026, 1, 5),
            end: Some(day(2026, 2, 28)),
        },
        hours: 0.1,
        audience: Audience::Internal,
        channel: AWKWARD.into(),
        stages: [JourneyStage::Build, JourneyStage::Learn].into(),
        direction_override: Some(Direction::Inbound),
        metrics: vec![
            Metric {
                value: 1234567.25,
                unit: MetricUnit::Custom(AWKWARD.into()),
                confidence: Confidence::Estimated,
            },
            Metric {
                value: 0.0,
                unit: MetricUnit::SignUps,
                confidence: Confidence::Unverified,
            },
        ],
        links: vec![
            "https://example.com/?q=\"x\"&y=\u{e9}".into(),
            "http://example.org/path#frag".into(),
        ],
        outcome: AWKWARD.into(),
        status: Status::FailedExperiment {
            lesson: AWKWARD.into(),
        },
        reuse_of: Some(ActivityId(1)),
        tags: vec!["a\"b".into(), "\u{1f980}".into()],
    }));
    workspace.next_id = next + 1;
    let mut proposal = workspace
        .proposal
        .ordered_for(Reader::SkipLevel)
        .with_included(SectionKind::Levels, false)
        .with_override(SectionKind::Asks, Some(AWKWARD))
        .with_override(SectionKind::Risks, Some("Burnout.\n\nAnd travel."));
    proposal.length = Length::OnePage;
    proposal.title = Some(RoleTitle::DevRelLead);
    proposal.proposed_share_percent = Some(37.5);
    proposal.budget = "\u{20ac}5,000 for \"travel\"".into();
    workspace.proposal = proposal;
    workspace.drafts = vec![
        StoredDraft {
            id: 4,
            draft: full_draft(),
        },
        StoredDraft {
            id: 9,
            draft: ActivityDraft::new(KindId::builtin("workshop"), &[], today()),
        },
    ];
    workspace.next_draft_id = 10;
    workspace
}

/// The sample loaded over the user's own workspace, which waits in `set_aside`.
fn sample_over_own() -> Workspace {
    Workspace {
        set_aside: Some(Box::new(own_workspace())),
        ..sample_workspace(today())
    }
}

/// What a share link of `workspace` carries once decoded.
fn shared_part(workspace: &Workspace) -> Workspace {
    Workspace {
        profile: workspace.profile.clone(),
        activities: workspace.activities.clone(),
        custom_kinds: workspace.custom_kinds.clone(),
        proposal: workspace.proposal.clone(),
        next_id: workspace
            .activities
            .iter()
            .map(|a| a.id.0 + 1)
            .max()
            .unwrap_or(0),
        ..Workspace::default()
    }
}

fn full_profile_draft() -> ProfileDraft {
    ProfileDraft {
        company_goals: format!("{AWKWARD}\nsecond goal"),
        weekly_hours: "forty".into(),
        ..ProfileDraft::from_profile(&own_workspace().profile)
    }
}

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/json/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The payload `encode` would make from this snapshot JSON.
fn payload(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 6);
    format!("1{}", URL_SAFE_NO_PAD.encode(packed))
}

#[test]
fn the_sample_workspace_reads_and_writes_as_before() {
    let json = fixture("sample-workspace.json");
    let workspace = sample_workspace(today());
    assert_eq!(from_json(&json), Ok(workspace.clone()));
    assert_eq!(to_json(&workspace), json);
}

#[test]
fn a_workspace_with_every_part_in_use_reads_and_writes_as_before() {
    let json = fixture("rich-workspace.json");
    let workspace = sample_over_own();
    assert_eq!(from_json(&json), Ok(workspace.clone()));
    assert_eq!(to_json(&workspace), json);
}

#[test]
fn share_snapshots_read_and_write_as_before() {
    for (name, workspace) in [
        ("share-snapshot.json", own_workspace()),
        (
            "share-snapshot-defaults.json",
            generated::workspace(7, 10, today()),
        ),
    ] {
        let json = fixture(name);
        assert_eq!(snapshot_json(&workspace, today()), json, "{name}");
        assert_eq!(
            decode(&payload(&json)),
            Ok(Snapshot {
                written: today(),
                workspace: shared_part(&workspace),
            }),
            "{name}"
        );
    }
}

#[test]
fn a_kept_profile_form_reads_and_writes_as_before() {
    let json = fixture("kept-profile-draft.json");
    let draft = full_profile_draft();
    assert_eq!(json::from_str::<ProfileDraft>(&json), Ok(draft.clone()));
    assert_eq!(json::to_string(&draft), json);
}

#[test]
fn every_enum_is_spelled_as_serde_spelled_it() {
    fn names<T: json::Json>(values: Vec<T>) -> String {
        json::to_string(&values)
    }
    // Copied from serde_json's output for each type's values before the switch.
    assert_eq!(
        names(MetricUnit::BUILT_IN.to_vec()),
        r#"["views","readers","attendees","listeners","stars","downloads","sign_ups","questions_answered","pull_requests","issues_filed","feature_requests","members","participants"]"#
    );
    assert_eq!(
        names(SectionKind::ALL.to_vec()),
        r#"["executive_summary","role_definition","levels","evidence","impact","metrics","plan","asks","risks"]"#
    );
    assert_eq!(
        names(Reader::ALL.to_vec()),
        r#"["manager","skip_level","talent"]"#
    );
    assert_eq!(
        names(vec![Length::OnePage, Length::Full]),
        r#"["one_page","full"]"#
    );
    assert_eq!(
        names(RoleTitle::ALL.to_vec()),
        r#"["developer_advocate","developer_evangelist","dev_rel_engineer","technical_writer","community_manager","dev_rel_lead"]"#
    );
    assert_eq!(
        names(ActivityGroup::ALL.to_vec()),
        r#"["writing","speaking","teaching","code","community","product","culture"]"#
    );
    assert_eq!(
        names(Confidence::ALL.to_vec()),
        r#"["measured","estimated","unverified"]"#
    );
    assert_eq!(names(Audience::ALL.to_vec()), r#"["external","internal"]"#);
    assert_eq!(
        names(vec![
            StatusChoice::Done,
            StatusChoice::Planned,
            StatusChoice::FailedExperiment
        ]),
        r#"["done","planned","failed_experiment"]"#
    );
    assert_eq!(
        names(vec![Direction::Outbound, Direction::Inbound]),
        r#"["outbound","inbound"]"#
    );
    assert_eq!(
        names(JourneyStage::ALL.to_vec()),
        r#"["discover","evaluate","learn","build","scale"]"#
    );
    assert_eq!(
        names(vec![Status::Done, Status::Planned]),
        r#"[{"state":"done"},{"state":"planned"}]"#
    );
    // And each reads back.
    for unit in MetricUnit::BUILT_IN {
        assert_eq!(json::from_str(&json::to_string(&unit)), Ok(unit));
    }
}

/// A few thousand strings from a seeded generator, heavy on what needs escaping.
fn awkward_strings() -> Vec<String> {
    const PIECES: [&str; 14] = [
        "\"", "\\", "/", "\u{0}", "\u{1f}", "\u{7f}", "\n", "é", "日本", "🎉", "\u{fffd}",
        "\u{2028}", "a", " ",
    ];
    let mut random = seeded(2026).map(|n| (n >> 33) as usize);
    let mut next = move || random.next().unwrap_or_default();
    let mut strings: Vec<String> = (0..=0x20_u32)
        .filter_map(char::from_u32)
        .map(String::from)
        .collect();
    for _ in 0..3000 {
        let len = next() % 12;
        strings.push((0..len).map(|_| PIECES[next() % PIECES.len()]).collect());
    }
    strings
}

#[test]
fn text_is_escaped_byte_for_byte_as_serde_json_escaped_it() {
    for text in awkward_strings() {
        let ours = json::to_string(&text);
        assert_eq!(ours, serde_json::to_string(&text).unwrap(), "{text:?}");
        assert_eq!(json::from_str::<String>(&ours), Ok(text));
    }
}

#[test]
fn text_escaped_every_way_json_allows_reads_back() {
    for text in awkward_strings() {
        // Every character as \u escapes, astral ones as surrogate pairs, in upper-case hex.
        let mut escaped = String::from("\"");
        for unit in text.encode_utf16() {
            escaped.push_str(&format!("\\u{unit:04X}"));
        }
        escaped.push('"');
        assert_eq!(
            json::from_str::<String>(&escaped),
            Ok(text.clone()),
            "{escaped}"
        );
        assert_eq!(
            serde_json::from_str::<String>(&escaped).unwrap(),
            text,
            "the oracle agrees"
        );
    }
}

/// A seeded stream of numbers.
fn seeded(seed: u64) -> impl Iterator<Item = u64> {
    let mut state = seed;
    std::iter::repeat_with(move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        state
    })
}

#[test]
fn numbers_are_written_byte_for_byte_as_serde_json_wrote_them() {
    // Amounts as people enter them: up to a billion, in hundredths.
    let amounts = seeded(7).take(20_000).map(|n| (n >> 34) as f64 / 100.0);
    // Numbers of up to 15 significant digits, as every form and import lets through, at the
    // edges of the plain and the exponent layouts.
    let edges = [
        0.0,
        -0.0,
        0.1,
        2.5,
        40.0,
        1000.0,
        1234567.25,
        1e15,
        999_999_999_999_999.0,
        1e16,
        1e17,
        1.5e20,
        1e22,
        1e-5,
        0.000015,
        1e-7,
        -1.5e-7,
        2.5e-20,
    ];
    for value in edges.into_iter().chain(amounts) {
        let ours = json::to_string(&value);
        assert_eq!(ours, serde_json::to_string(&value).unwrap(), "{value:?}");
        assert_eq!(
            json::from_str::<f64>(&ours).map(f64::to_bits),
            Ok(value.to_bits())
        );
    }
}

#[test]
fn any_other_number_reads_and_writes_back_nearly_the_same() {
    // Only an edited file can hold a number no form lets through: 17 digits, or far beyond the
    // sizes people type. It reads, and writes back, as nearly the same number (in absolute
    // terms below the normal range, where an f64 holds fewer digits), and never fails.
    let close = |read: f64, value: f64| {
        if value.abs() < f64::MIN_POSITIVE {
            (read - value).abs() <= f64::MIN_POSITIVE
        } else {
            read == value || ((read - value) / value).abs() < 1e-14
        }
    };
    let edges = [
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        -f64::MAX,
        1.0 / 3.0,
        9999999999999998.0,
        9.999999999999999e-6,
        u64::MAX as f64,
        1e300,
        3.5e38,
        1e-30,
        -2.5e-200,
    ];
    let numbers = seeded(11).map(f64::from_bits).filter(|v| v.is_finite());
    for value in edges.into_iter().chain(numbers.take(20_000)) {
        let ours = json::to_string(&value);
        let theirs = serde_json::to_string(&value).unwrap();
        let read_ours = json::from_str::<f64>(&ours).unwrap();
        let read_theirs = json::from_str::<f64>(&theirs).unwrap();
        assert!(close(read_ours, value), "{ours} for {theirs}");
        assert!(close(read_theirs, value), "{theirs}");
        assert!(
            close(serde_json::from_str::<f64>(&ours).unwrap(), value),
            "{ours} for {theirs}"
        );
    }
}

#[test]
fn numbers_of_any_size_that_earlier_releases_wrote_still_read() {
    for (text, value) in [
        ("1e+38", 1e38),
        ("1e-40", 1e-40),
        ("2.5e-38", 2.5e-38),
        ("1e00005", 1e5),
        ("0e99999", 0.0),
        ("1e-400", 0.0),
    ] {
        let read = json::from_str::<f64>(text).unwrap();
        assert!(
            read == value || ((read - value) / value).abs() < 1e-14,
            "{text}"
        );
    }
    assert!(json::from_str::<f64>("1e400").is_err(), "beyond any f64");
}

/// Adds an unknown field, holding a little of every kind of value, to every object in `value`
/// that may have one (not the one-key `{"custom": …}` of a user's own unit).
fn with_unknown_fields(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            fields.values_mut().for_each(with_unknown_fields);
            if !fields.contains_key("custom") {
                fields.insert(
                    "added_by_a_later_release".into(),
                    serde_json::json!([1, -2.5e3, true, null, "x", {"y": [{}]}]),
                );
            }
        }
        Value::Array(items) => items.iter_mut().for_each(with_unknown_fields),
        _ => {}
    }
}

#[test]
fn unknown_fields_anywhere_are_ignored() {
    let mut value: Value = serde_json::from_str(&fixture("rich-workspace.json")).unwrap();
    with_unknown_fields(&mut value);
    assert_eq!(from_json(&value.to_string()), Ok(sample_over_own()));
    let mut value: Value = serde_json::from_str(&fixture("share-snapshot.json")).unwrap();
    with_unknown_fields(&mut value);
    let snapshot = decode(&payload(&value.to_string())).unwrap();
    assert_eq!(snapshot.workspace, shared_part(&own_workspace()));
}

#[test]
fn pretty_printed_json_reads_the_same() {
    let value: Value = serde_json::from_str(&fixture("rich-workspace.json")).unwrap();
    let pretty = serde_json::to_string_pretty(&value).unwrap();
    assert_eq!(from_json(&pretty), Ok(sample_over_own()));
}

#[test]
fn a_field_given_twice_keeps_its_last_value() {
    // serde refused such a file; reading it is kinder and loses nothing.
    let json = r#"{"app":"rolecase","schema":1,"workspace":{"profile":{"name":"A","name":"B"}}}"#;
    assert_eq!(from_json(json).unwrap().profile.name, "B");
}

#[test]
fn a_cut_or_damaged_file_is_refused_with_where_and_never_panics() {
    let json = fixture("rich-workspace.json");
    let cuts = (0..json.len()).step_by(97).chain([json.len() - 1]);
    for cut in cuts.filter(|&cut| json.is_char_boundary(cut)) {
        match from_json(&json[..cut]) {
            Err(LoadError::NotJson(message)) => assert!(message.contains("line 1"), "{message}"),
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
    let missing = json.replacen(r#""title":"#, r#""name":"#, 1);
    assert!(
        matches!(from_json(&missing), Err(LoadError::Damaged(m)) if m.contains("\u{201c}title\u{201d} is missing")),
    );
    let wrong = json.replacen(r#""hours":"#, r#""hours":"many","x":"#, 1);
    assert!(
        matches!(from_json(&wrong), Err(LoadError::Damaged(m)) if m.contains("expected a number"))
    );
    let deep = format!(
        r#"{{"app":"rolecase","schema":1,"workspace":{}}}"#,
        "[".repeat(50_000)
    );
    assert!(
        matches!(from_json(&deep), Err(LoadError::NotJson(m)) if m.contains("nested too deeply"))
    );
}

#[test]
fn what_the_reader_refuses_serde_json_refuses_too() {
    for bad in [
        "",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "01",
        "1e999",
        "\"\\ud800\"",
        "\"\\x\"",
        "[1] 2",
        "nul",
        "{\"a\" 1}",
        "\"\u{1}\"",
        "-",
        "1.",
        "+1",
        "[,1]",
    ] {
        assert!(json::from_str::<json::Value>(bad).is_err(), "{bad:?}");
        assert!(serde_json::from_str::<Value>(bad).is_err(), "{bad:?}");
    }
    for good in [
        "-0",
        "0.5e-3",
        " [ ] ",
        "{\"\":null}",
        "\"\\ud83c\\udf89\"",
        "1E+2",
    ] {
        assert!(json::from_str::<json::Value>(good).is_ok(), "{good:?}");
        assert!(serde_json::from_str::<Value>(good).is_ok(), "{good:?}");
    }
    let error: JsonError = json::from_str::<json::Value>("[1,\n  x]").unwrap_err();
    assert_eq!((error.line, error.column), (2, 3));
}
