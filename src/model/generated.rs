//! Realistic workspaces of any size from a seed, for benchmarks and scale tests: varied kinds,
//! long and non-Latin text, links, metrics of every confidence, plans, failures and re-use.
//! The same seed, size and day always give the same workspace.

use std::rc::Rc;

use crate::model::activity::{Activity, ActivityId, Audience, DateSpan, Status};
use crate::model::dates::Date;
use crate::model::metric::{Confidence, Metric};
use crate::model::profile::Profile;
use crate::model::taxonomy::{KindId, BUILTIN_KINDS};
use crate::model::workspace::Workspace;

/// SplitMix64: a tiny, well-known generator, good enough to vary test data reproducibly.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..limit`.
    fn below(&mut self, limit: u64) -> u64 {
        self.next() % limit.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const TOPICS: [&str; 12] = [
    "webhooks",
    "rate limits",
    "idempotent retries",
    "OAuth scopes",
    "pagination",
    "SDK errors",
    "observability",
    "zero-downtime deploys",
    "GraphQL federation",
    "edge caching",
    "event sourcing",
    "feature flags",
];

const FORMS: [&str; 6] = [
    "Getting started with {}",
    "What we learned about {}",
    "{} in production",
    "A field guide to {}",
    "Ten minutes with {}",
    "Why {} fail and how to fix them",
];

const FOREIGN: [&str; 4] = [
    "ウェブフック入門",
    "كيف نصمم واجهات برمجية موثوقة",
    "Ошибки SDK и как их читать",
    "API 设计的十个原则",
];

const CHANNELS: [&str; 8] = [
    "Company blog",
    "dev.to",
    "DevConf",
    "Backend Meetup",
    "Community forum",
    "YouTube",
    "GitHub",
    "Zenn",
];

const OUTCOMES: [&str; 4] = [
    "Two teams adopted the pattern and asked for a follow-up session.",
    "Support tickets on this topic fell in the following quarter.",
    "Product added the request to next quarter's plan after the review.",
    "",
];

/// `count` activities of a fictional advocate's work over the five years before `today`.
pub fn workspace(seed: u64, count: usize, today: Date) -> Workspace {
    let mut random = Seeded(seed);
    let mut activities: Vec<Rc<Activity>> = Vec::with_capacity(count);
    for index in 0..count {
        let kind = random.pick(BUILTIN_KINDS);
        let topic = *random.pick(&TOPICS);
        let title = match random.below(20) {
            0 => random.pick(&FOREIGN).to_string(),
            // Now and then a very long title, as people paste them from elsewhere.
            1 => format!(
                "{} — {}",
                random.pick(&FORMS).replace("{}", topic),
                "notes ".repeat(60)
            ),
            _ => random.pick(&FORMS).replace("{}", topic),
        };
        let start = today.add_days(-(random.below(5 * 365) as i64));
        let end = (random.below(6) == 0).then(|| start.add_days(1 + random.below(90) as i64));
        let status = match random.below(25) {
            0 => Status::FailedExperiment {
                lesson: "Too few people came live; the recording did better.".into(),
            },
            1 | 2 => Status::Planned,
            _ => Status::Done,
        };
        let start = if status == Status::Planned {
            today.add_days(1 + random.below(180) as i64)
        } else {
            start
        };
        let metrics = (0..random.below(3))
            .map(|_| Metric {
                value: (random.below(20_000) + 1) as f64,
                unit: kind
                    .units
                    .first()
                    .cloned()
                    .unwrap_or(crate::model::metric::MetricUnit::Participants),
                confidence: *random.pick(&Confidence::ALL),
            })
            .collect();
        let id = ActivityId(index as u64 + 1);
        let reuse_of = (index > 10 && random.below(12) == 0)
            .then(|| ActivityId(random.below(index as u64 - 1) + 1));
        activities.push(Rc::new(Activity {
            id,
            kind: KindId::builtin(kind.id),
            title,
            dates: DateSpan {
                start,
                end: end.filter(|end| *end > start),
            },
            hours: (random.below(80) + 1) as f64 / 2.0,
            audience: if random.below(4) == 0 {
                Audience::Internal
            } else {
                Audience::External
            },
            channel: random.pick(&CHANNELS).to_string(),
            stages: kind.stages.iter().copied().collect(),
            direction_override: None,
            metrics,
            links: (random.below(3) > 0)
                .then(|| format!("https://example.com/{}/{}", kind.id, index))
                .into_iter()
                .collect(),
            outcome: random.pick(&OUTCOMES).to_string(),
            status,
            reuse_of,
            tags: vec![topic.replace(' ', "-")],
        }));
    }
    Workspace {
        profile: Profile {
            name: "Jordan Example".into(),
            current_title: "Senior Software Engineer".into(),
            current_level: "L5".into(),
            team: "Platform".into(),
            company: "Example Corp".into(),
            product: "Example API".into(),
            developers_served: "backend developers".into(),
            company_goals: vec![
                "Grow self-serve sign-ups".into(),
                "Reduce webhooks support tickets".into(),
            ],
            devrel_share_percent: 25.0,
            ..Profile::default()
        },
        activities,
        next_id: count as u64 + 1,
        ..Workspace::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::workspace::check_values;

    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_workspace_and_every_activity_is_valid() {
        let a = workspace(7, 500, today());
        assert_eq!(a, workspace(7, 500, today()));
        assert_ne!(a, workspace(8, 500, today()));
        assert_eq!(a.activities.len(), 500);
        assert_eq!(check_values(&a), Ok(()));
        assert!(a.activities.iter().any(|x| !x.title.is_ascii()));
        assert!(a.activities.iter().any(|x| x.reuse_of.is_some()));
        assert!(a.activities.iter().any(|x| x.status == Status::Planned));
    }
}
