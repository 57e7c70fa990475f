//! The sample workspace a first-time user can load to see what a filled-in case looks like.

use std::rc::Rc;

use chrono::{Days, NaiveDate};

use crate::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use crate::model::metric::{Confidence, Metric, MetricUnit};
use crate::model::profile::Profile;
use crate::model::workspace::Workspace;

/// A fictional senior engineer's last two years of developer-relations work, dated relative to
/// `today` so the sample always looks current; the same `today` always gives the same workspace.
pub fn sample_workspace(today: NaiveDate) -> Workspace {
    let ago = |days: u64| today - Days::new(days);
    let ahead = |days: u64| today + Days::new(days);

    let activities = vec![
        Activity {
            dates: span(ago(700), ago(672)),
            channel: "Public API documentation".into(),
            metrics: vec![
                metric(9_800.0, MetricUnit::Views, Confidence::Measured),
                metric(11.0, MetricUnit::IssuesFiled, Confidence::Measured),
            ],
            links: vec!["https://docs.example.com/shipping-api/quick-start".into()],
            outcome: "Authentication tickets from new customers fell from about 30 a month to 12 \
                      in the quarter after the new quick start went live. Readers filed 11 docs \
                      issues through the new feedback link; 9 are fixed."
                .into(),
            tags: tags(&["docs", "onboarding"]),
            ..Activity::done(
                1,
                "documentation",
                "Rewrote the Shipping API quick start",
                ago(700),
                60.0,
            )
        },
        Activity {
            audience: Audience::Internal,
            channel: "Engineering all-hands".into(),
            metrics: vec![
                metric(35.0, MetricUnit::Attendees, Confidence::Estimated),
                metric(64.0, MetricUnit::Views, Confidence::Measured),
            ],
            outcome: "Two product managers asked for a follow-up session to review our error \
                      messages line by line."
                .into(),
            tags: tags(&["errors", "api-design"]),
            ..Activity::done(
                2,
                "internal-talk",
                "What our API errors look like from the outside",
                ago(650),
                8.0,
            )
        },
        Activity {
            dates: span(ago(610), ago(430)),
            channel: "Quillfeather community forum".into(),
            metrics: vec![metric(
                140.0,
                MetricUnit::QuestionsAnswered,
                Confidence::Measured,
            )],
            links: vec!["https://community.example.com/u/maya-lindqvist".into()],
            outcome: "Median time to a first answer on API questions dropped from three days to \
                      under one day during the six months I covered the forum."
                .into(),
            tags: tags(&["support", "forum"]),
            ..Activity::done(
                3,
                "answering-questions",
                "Answered Shipping API questions on the community forum",
                ago(610),
                80.0,
            )
        },
        Activity {
            audience: Audience::Internal,
            channel: "Product planning review".into(),
            metrics: vec![
                metric(9.0, MetricUnit::IssuesFiled, Confidence::Measured),
                metric(3.0, MetricUnit::FeatureRequests, Confidence::Measured),
            ],
            outcome: "Configurable webhook retries shipped the following quarter. Two of the nine \
                      issues turned out to duplicate work already planned."
                .into(),
            tags: tags(&["webhooks", "feedback"]),
            ..Activity::done(
                4,
                "product-feedback",
                "Took forum complaints about webhook retries to the product team",
                ago(560),
                12.0,
            )
        },
        Activity {
            channel: "Quillfeather engineering blog".into(),
            metrics: vec![
                metric(6_200.0, MetricUnit::Views, Confidence::Measured),
                metric(2_100.0, MetricUnit::Readers, Confidence::Estimated),
            ],
            links: vec!["https://blog.example.com/rate-shopping-in-forty-lines".into()],
            outcome: "Still draws about 300 views a month from search, and solutions engineers \
                      send it to prospects before their first technical call."
                .into(),
            tags: tags(&["python", "rates"]),
            ..Activity::done(
                5,
                "blog-post",
                "Rate shopping across carriers in 40 lines of Python",
                ago(520),
                10.0,
            )
        },
        Activity {
            channel: "Riverside Backend Meetup".into(),
            metrics: vec![metric(40.0, MetricUnit::Attendees, Confidence::Estimated)],
            links: vec!["https://slides.example.org/idempotent-shipping".into()],
            outcome: "Three attendees asked for the slides afterwards, and one opened a sandbox \
                      account the same week."
                .into(),
            tags: tags(&["api-design"]),
            ..Activity::done(
                6,
                "meetup-talk",
                "Designing idempotent APIs for shipping",
                ago(470),
                12.0,
            )
        },
        Activity {
            channel: "quillfeather-samples/storefront repository".into(),
            metrics: vec![metric(180.0, MetricUnit::Stars, Confidence::Measured)],
            links: vec!["https://code.example.com/quillfeather-samples/storefront".into()],
            outcome: "Solutions engineers now start most merchant pilots from this repository \
                      instead of a blank project."
                .into(),
            tags: tags(&["open-source", "checkout"]),
            ..Activity::done(
                7,
                "sample-app",
                "Sample storefront with live shipping rates at checkout",
                ago(430),
                45.0,
            )
        },
        Activity {
            channel: "Harborline DevConf".into(),
            metrics: vec![
                // Room scanner count; recording views are kept apart, never added to it.
                metric(220.0, MetricUnit::Attendees, Confidence::Measured),
                metric(1_450.0, MetricUnit::Views, Confidence::Unverified),
            ],
            links: vec!["https://slides.example.org/first-label-in-ten-minutes".into()],
            outcome: "The live demo printed a sandbox label on stage. Fourteen people came to the \
                      booth afterwards with integration questions."
                .into(),
            tags: tags(&["onboarding", "demo"]),
            ..Activity::done(
                8,
                "conference-talk",
                "From zero to a first shipping label in ten minutes",
                ago(380),
                30.0,
            )
        },
        Activity {
            channel: "Company video channel".into(),
            metrics: vec![metric(3_900.0, MetricUnit::Views, Confidence::Unverified)],
            links: vec!["https://video.example.com/watch/first-label".into()],
            outcome: "The recording is linked from the quick start; average watch time is just \
                      under five minutes of eleven."
                .into(),
            reuse_of: Some(ActivityId(8)),
            tags: tags(&["onboarding"]),
            ..Activity::done(
                9,
                "video",
                "Recorded walkthrough: a first shipping label in ten minutes",
                ago(360),
                9.0,
            )
        },
        Activity {
            channel: "Partner onboarding day".into(),
            metrics: vec![metric(24.0, MetricUnit::Participants, Confidence::Measured)],
            outcome: "18 of 24 participants printed a test label in the sandbox before the \
                      session ended. Two partners asked for the same session for their own teams."
                .into(),
            reuse_of: Some(ActivityId(7)),
            tags: tags(&["onboarding", "partners"]),
            ..Activity::done(
                10,
                "workshop",
                "Hands-on workshop: rates and labels with the sample storefront",
                ago(330),
                20.0,
            )
        },
        Activity {
            dates: span(ago(290), ago(241)),
            channel: "Company video channel".into(),
            metrics: vec![metric(6.0, MetricUnit::Attendees, Confidence::Measured)],
            outcome: "Stopped after eight episodes. Two questions asked on the stream became \
                      forum FAQ entries."
                .into(),
            status: Status::FailedExperiment {
                lesson: "Eight Friday livestreams averaged six live viewers, most of them \
                         colleagues. Developers kept asking in the forum, where answers stay \
                         searchable, so that time now goes to written answers and one recorded \
                         Q&A a month."
                    .into(),
            },
            tags: tags(&["experiment"]),
            ..Activity::done(11, "livestream", "Weekly API livestream", ago(290), 20.0)
        },
        Activity {
            audience: Audience::Internal,
            channel: "Returns API beta".into(),
            metrics: vec![metric(14.0, MetricUnit::IssuesFiled, Confidence::Measured)],
            links: vec!["https://wiki.example.com/returns-api/dx-review".into()],
            outcome: "Eleven of the fourteen issues were fixed before general availability, \
                      including a pagination bug that would have broken every client that \
                      listed more than 100 returns."
                .into(),
            tags: tags(&["returns", "feedback"]),
            ..Activity::done(
                12,
                "dx-review",
                "Developer experience review of the Returns API beta",
                ago(230),
                16.0,
            )
        },
        Activity {
            audience: Audience::Internal,
            channel: "Internal chat and monthly meetings".into(),
            metrics: vec![
                metric(32.0, MetricUnit::Members, Confidence::Measured),
                metric(
                    4.0,
                    MetricUnit::Custom("first-time public authors".into()),
                    Confidence::Measured,
                ),
            ],
            outcome: "The guild meets monthly. Four engineers from other teams have published \
                      their first public posts with reviews from the group."
                .into(),
            tags: tags(&["community", "writing"]),
            ..Activity::done(
                13,
                "internal-community",
                "Started an API guild for engineers who work with customers",
                ago(200),
                24.0,
            )
        },
        Activity {
            channel: "The Practical Backend".into(),
            metrics: vec![
                // The publication's dashboard counts every page load, so this stays unverified.
                metric(11_500.0, MetricUnit::Views, Confidence::Unverified),
                metric(37.0, MetricUnit::SignUps, Confidence::Measured),
            ],
            links: vec!["https://example.org/practical-backend/addresses-are-hard".into()],
            outcome: "37 sandbox sign-ups named the article in the \"how did you hear about us\" \
                      field in the month after it ran."
                .into(),
            tags: tags(&["addresses"]),
            ..Activity::done(
                14,
                "guest-blog-post",
                "What shipping APIs get wrong about addresses",
                ago(150),
                12.0,
            )
        },
        Activity {
            dates: span(ago(120), ago(60)),
            audience: Audience::Internal,
            channel: "Weekly one-to-ones".into(),
            outcome: "Both support engineers now handle first-line API integration questions \
                      without escalating to the platform team."
                .into(),
            tags: tags(&["support"]),
            ..Activity::done(
                15,
                "mentoring",
                "Mentored two support engineers through their first API integration",
                ago(120),
                18.0,
            )
        },
        Activity {
            audience: Audience::Internal,
            channel: "Support and product leads".into(),
            outcome: "Address validation errors were the top ticket category for the second \
                      quarter running; the product team added clearer error codes to next \
                      quarter's plan."
                .into(),
            tags: tags(&["support", "feedback"]),
            ..Activity::done(
                16,
                "support-trends",
                "Quarterly support-trend report for the Shipping API",
                ago(40),
                10.0,
            )
        },
        Activity {
            channel: "Harborline DevConf".into(),
            status: Status::Planned,
            tags: tags(&["webhooks", "api-design"]),
            ..Activity::done(
                17,
                "conference-talk",
                "Webhooks developers can trust",
                ahead(45),
                25.0,
            )
        },
    ];

    let next_id = activities.last().map_or(1, |activity| activity.id.0 + 1);
    Workspace {
        profile: Profile {
            name: "Maya Lindqvist-Osei".into(),
            current_title: "Senior Software Engineer".into(),
            current_level: "L5".into(),
            team: "Platform API".into(),
            company: "Quillfeather Logistics".into(),
            product: "Quillfeather Shipping API".into(),
            developers_served: "Backend developers at online stores who integrate shipping \
                                rates, labels and tracking"
                .into(),
            company_goals: vec![
                "Cut the time from sign-up to a first shipping label from two weeks to two days"
                    .into(),
                "Grow self-serve API sign-ups by 30% this fiscal year".into(),
                "Reduce integration support tickets per new customer".into(),
            ],
            weekly_hours: 40.0,
            devrel_share_percent: 30.0,
            target_title: "Developer Advocate".into(),
        },
        activities: activities.into_iter().map(Rc::new).collect(),
        next_id,
        is_sample: true,
        ..Workspace::default()
    }
}

fn span(start: NaiveDate, end: NaiveDate) -> DateSpan {
    DateSpan {
        start,
        end: Some(end),
    }
}

fn metric(value: f64, unit: MetricUnit, confidence: Confidence) -> Metric {
    Metric {
        value,
        unit,
        confidence,
    }
}

fn tags(list: &[&str]) -> Vec<String> {
    list.iter().map(|&tag| tag.to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeSet, HashSet};

    use crate::model::taxonomy::BUILTIN_KINDS;
    use crate::model::validation::ActivityDraft;
    use crate::model::workspace::{from_json, to_json};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
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
        assert!(earliest >= today() - Days::new(2 * 366), "{earliest}");
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
        let later = today() + Days::new(100);
        let shifted = sample_workspace(later);
        for (now, then) in sample_workspace(today())
            .activities
            .iter()
            .zip(&shifted.activities)
        {
            assert_eq!(then.dates.start, now.dates.start + Days::new(100));
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
