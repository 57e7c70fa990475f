//! The sample workspace a first-time user can load to see what a filled-in case looks like.
//!
//! The sample is data (`sample.json`, a backup file as the app writes it): read by the reader
//! every backup goes through, it costs the bundle a fraction of what code building it did.

use std::rc::Rc;

use crate::model::dates::Date;
use crate::model::workspace::{from_json, Workspace};

/// A fictional senior engineer's last two years of developer-relations work.
const SAMPLE: &str = include_str!("sample.json");

/// The day `sample.json` is dated from: every date in it moves by the days from this one to
/// the day the sample is loaded.
const WRITTEN: Date = match Date::from_ymd_opt(2026, 1, 1) {
    Some(day) => day,
    None => panic!("2026-01-01 is a date"),
};

/// The sample, dated relative to `today` so it always looks current; the same `today` always
/// gives the same workspace.
pub fn sample_workspace(today: Date) -> Workspace {
    let mut workspace = from_json(SAMPLE).expect("the sample reads; its tests read it");
    let shift = today.days_since(WRITTEN);
    let moved = |day: Date| day.add_days(shift);
    for activity in &mut workspace.activities {
        let activity = Rc::make_mut(activity);
        activity.dates.start = moved(activity.dates.start);
        activity.dates.end = activity.dates.end.map(moved);
    }
    workspace
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::activity::Status;
    use crate::model::metric::MetricUnit;
    use std::collections::{BTreeSet, HashSet};

    use crate::model::taxonomy::BUILTIN_KINDS;
    use crate::model::validation::ActivityDraft;
    use crate::model::workspace::{from_json, to_json};

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_sample_round_trips_through_json_unchanged() {
        let workspace = sample_workspace(today());
        assert_eq!(from_json(&to_json(&workspace)), Ok(workspace));
    }

    #[test]
    fn the_same_day_always_gives_the_same_sample() {
        assert_eq!(sample_workspace(today()), sample_workspace(today()));
    }

    #[test]
    fn the_sample_says_it_is_one_and_has_nothing_half_entered() {
        let workspace = sample_workspace(today());
        assert!(workspace.is_sample);
        assert!(workspace.drafts.is_empty());
    }

    #[test]
    fn every_activity_is_one_the_editor_would_save_unchanged() {
        for activity in &sample_workspace(today()).activities {
            let draft = ActivityDraft::from_activity(activity);
            assert_eq!(
                draft.validate(activity.id).as_ref(),
                Ok(activity.as_ref()),
                "{}",
                activity.title
            );
        }
    }

    #[test]
    fn every_kind_is_built_in_and_at_least_six_groups_are_covered() {
        let workspace = sample_workspace(today());
        assert!(workspace.custom_kinds.is_empty());
        let mut groups = BTreeSet::new();
        for activity in &workspace.activities {
            let kind = BUILTIN_KINDS
                .iter()
                .find(|kind| kind.id == activity.kind.0)
                .unwrap_or_else(|| panic!("{} is not a built-in kind", activity.kind.0));
            groups.insert(kind.group);
        }
        assert!(groups.len() >= 6, "only {groups:?}");
    }

    #[test]
    fn ids_are_unique_chronological_and_below_next_id() {
        let workspace = sample_workspace(today());
        let count = workspace.activities.len();
        assert!((14..=18).contains(&count), "{count} activities");
        let ids: HashSet<_> = workspace.activities.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), count);
        assert!(workspace
            .activities
            .iter()
            .all(|a| a.id.0 < workspace.next_id));
        for pair in workspace.activities.windows(2) {
            assert!(pair[0].id < pair[1].id);
            assert!(
                pair[0].dates.start <= pair[1].dates.start,
                "{}",
                pair[1].title
            );
        }
    }

    #[test]
    fn every_reuse_points_at_an_earlier_activity() {
        let workspace = sample_workspace(today());
        let mut reuses = 0;
        for activity in &workspace.activities {
            if let Some(original) = activity.reuse_of {
                reuses += 1;
                let original = workspace
                    .activity(original)
                    .unwrap_or_else(|| panic!("{} re-uses a missing activity", activity.title));
                assert!(original.id < activity.id, "{}", activity.title);
                assert!(original.dates.start <= activity.dates.start);
            }
        }
        assert!(reuses >= 1);
    }

    #[test]
    fn only_planned_work_lies_after_today_and_the_rest_spans_about_two_years() {
        let workspace = sample_workspace(today());
        let mut planned = 0;
        for activity in &workspace.activities {
            let dates = activity.dates;
            assert!(dates.end.is_none_or(|end| end >= dates.start));
            if activity.status == Status::Planned {
                planned += 1;
                assert!(dates.start > today(), "{}", activity.title);
            } else {
                assert!(dates.last_day() <= today(), "{}", activity.title);
            }
        }
        assert!((1..=2).contains(&planned));
        let earliest = workspace.activities[0].dates.start;
        assert!(earliest >= today().add_days(-2 * 366), "{earliest}");
        assert!(
            workspace
                .activities
                .iter()
                .filter(|a| a.dates.end.is_some())
                .count()
                >= 2
        );
    }

    #[test]
    fn the_sample_moves_with_today() {
        let later = today().add_days(100);
        let shifted = sample_workspace(later);
        for (now, then) in sample_workspace(today())
            .activities
            .iter()
            .zip(&shifted.activities)
        {
            assert_eq!(then.dates.start, now.dates.start.add_days(100));
        }
    }

    #[test]
    fn links_are_https_on_example_domains_only() {
        for activity in &sample_workspace(today()).activities {
            for link in &activity.links {
                let host = link
                    .strip_prefix("https://")
                    .and_then(|rest| rest.split('/').next())
                    .unwrap_or_else(|| panic!("{link} is not https"));
                let allowed = ["example.com", "example.org"];
                assert!(
                    allowed
                        .iter()
                        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}"))),
                    "{link}"
                );
            }
        }
    }

    #[test]
    fn metrics_are_honest_and_varied() {
        let workspace = sample_workspace(today());
        let metrics: Vec<_> = workspace
            .activities
            .iter()
            .flat_map(|a| &a.metrics)
            .collect();
        for metric in &metrics {
            assert!(metric.value.is_finite() && metric.value >= 0.0);
        }
        let confidences: HashSet<_> = metrics.iter().map(|m| m.confidence).collect();
        assert_eq!(confidences.len(), 3);
        assert!(metrics
            .iter()
            .any(|m| matches!(m.unit, MetricUnit::Custom(_))));
        assert!(workspace.activities.iter().any(|a| a.metrics.is_empty()));
        assert!(workspace.activities.iter().any(
            |a| matches!(&a.status, Status::FailedExperiment { lesson } if !lesson.is_empty())
        ));
    }

    #[test]
    fn the_profile_describes_a_senior_engineer_aiming_for_developer_advocate() {
        let profile = sample_workspace(today()).profile;
        assert_eq!(profile.weekly_hours, 40.0);
        assert!((25.0..=35.0).contains(&profile.devrel_share_percent));
        assert_eq!(profile.target_title, "Developer Advocate");
        assert!((2..=3).contains(&profile.company_goals.len()));
    }
}
