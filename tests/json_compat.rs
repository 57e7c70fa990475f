//! The JSON formats pinned to what earlier releases wrote: the stored workspace, the share
//! snapshot and the kept profile form. The files under `tests/fixtures/json/` were written by the
//! serde-based release; every value here is rebuilt from the same seed and sample, so a change to
//! the reader or the writer that changes the format fails here.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::NaiveDate;
use rolecase::export::share::{decode, snapshot_json, Snapshot};
use rolecase::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use rolecase::model::generated;
use rolecase::model::journey::{Direction, JourneyStage};
use rolecase::model::metric::{Confidence, Metric, MetricUnit};
use rolecase::model::profile::ProfileDraft;
use rolecase::model::proposal::{Length, Reader, RoleTitle, SectionKind};
use rolecase::model::sample::sample_workspace;
use rolecase::model::taxonomy::{ActivityGroup, CustomKind, KindId};
use rolecase::model::validation::{ActivityDraft, MetricDraft, StatusChoice};
use rolecase::model::workspace::{from_json, to_json, StoredDraft, Workspace};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("a real date")
}

/// Text that every escape path has to carry: quotes, backslashes, control characters, non-Latin
/// scripts, emoji (outside the Basic Multilingual Plane) and DEL, which JSON leaves as it is.
const AWKWARD: &str =
    "Zoë \"Z\" O'Brien \\ C:\\path\t tab\nline\r\u{1}\u{1f}\u{7f} / </script> مرحبا 日本語 🎉👩🏽‍💻";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
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
    assert_eq!(serde_json::from_str::<ProfileDraft>(&json).unwrap(), draft);
    assert_eq!(serde_json::to_string(&draft).unwrap(), json);
}

/// Writes the fixtures from the current code: `UPDATE_FIXTURES=1 cargo test --test json_compat`.
#[test]
fn write_fixtures_when_asked() {
    if std::env::var_os("UPDATE_FIXTURES").is_none() {
        return;
    }
    let dir = format!("{}/tests/fixtures/json", env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: String| std::fs::write(format!("{dir}/{name}"), text).unwrap();
    write("sample-workspace.json", to_json(&sample_workspace(today())));
    write("rich-workspace.json", to_json(&sample_over_own()));
    write(
        "share-snapshot.json",
        snapshot_json(&own_workspace(), today()),
    );
    write(
        "share-snapshot-defaults.json",
        snapshot_json(&generated::workspace(7, 10, today()), today()),
    );
    write(
        "kept-profile-draft.json",
        serde_json::to_string(&full_profile_draft()).unwrap(),
    );
}
