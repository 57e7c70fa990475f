//! The stored format: a workspace saved in any released format must keep opening.
#![cfg(not(target_arch = "wasm32"))]

use rolecase::model::activity::{ActivityId, Audience, Status};
use rolecase::model::journey::Direction;
use rolecase::model::metric::{Confidence, MetricUnit};
use rolecase::model::taxonomy::{kind_info, ActivityGroup};
use rolecase::model::workspace::{from_json, to_json};

const V1: &str = include_str!("fixtures/workspace-v1.json");

#[test]
fn a_format_1_workspace_opens_with_every_field_intact() {
    let workspace = from_json(V1).expect("format 1 opens");
    assert_eq!(workspace.profile.name, "Amira Haddad");
    assert_eq!(workspace.profile.company_goals.len(), 2);
    assert_eq!(workspace.activities.len(), 3);
    assert_eq!(workspace.next_id, 5);

    let talk = workspace.activity(ActivityId(1)).unwrap();
    assert_eq!(talk.metrics[1].value, 2400.0);
    assert_eq!(talk.metrics[0].confidence, Confidence::Estimated);
    assert_eq!(talk.direction(), Some(Direction::Outbound));

    let video = workspace.activity(ActivityId(2)).unwrap();
    assert_eq!(video.reuse_of, Some(ActivityId(1)));
    assert_eq!(
        video.direction(),
        Some(Direction::Inbound),
        "the override is kept"
    );
    assert_eq!(
        video.metrics[0].unit,
        MetricUnit::Custom("watch-throughs".into())
    );
    assert!(
        matches!(&video.status, Status::FailedExperiment { lesson } if lesson.contains("one idea"))
    );

    let clinic = workspace.activity(ActivityId(4)).unwrap();
    assert_eq!(clinic.audience, Audience::Internal);
    assert_eq!(clinic.status, Status::Planned);
    let kind = kind_info(&clinic.kind, &workspace.custom_kinds);
    assert_eq!(
        (kind.label.as_str(), kind.group),
        ("Payments clinic", Some(ActivityGroup::Teaching))
    );
}

#[test]
fn saving_and_reopening_changes_nothing() {
    let workspace = from_json(V1).unwrap();
    let saved = to_json(&workspace);
    assert_eq!(from_json(&saved).unwrap(), workspace);
    assert_eq!(
        to_json(&from_json(&saved).unwrap()),
        saved,
        "the output is stable"
    );
}

#[test]
fn a_backup_of_everything_restores_exactly() {
    use rolecase::model::proposal::{Length, Reader, SectionKind};
    let today = rolecase::model::dates::Date::from_ymd_opt(2026, 11, 22).unwrap();
    let mut workspace = rolecase::model::sample::sample_workspace(today);
    workspace.proposal = workspace
        .proposal
        .ordered_for(Reader::Talent)
        .with_override(SectionKind::Asks, Some("- A title\n- Time"));
    workspace.proposal.length = Length::OnePage;
    workspace.proposal.budget = "Two conferences a year".into();
    workspace.profile.name = "<script>alert(1)</script> مرحبا 🎉".into();
    let backup = to_json(&workspace);
    assert_eq!(from_json(&backup).unwrap(), workspace);
}
