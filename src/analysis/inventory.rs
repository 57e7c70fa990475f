//! The activity list: searching, sorting and the totals shown above it.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::case;
use crate::model::activity::Activity;
use crate::model::dates::{human, Date};
use crate::model::journey::JourneyStage;
use crate::model::metric::MetricUnit;
use crate::model::taxonomy::{kind_info, ActivityGroup, CustomKind, KindId};
use crate::model::validation::format_number;

/// The orders the list can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    Newest,
    Oldest,
    Kind,
    MostHours,
    MostReach,
}

impl SortOrder {
    /// Every order, as the sort menu offers them.
    pub const ALL: [SortOrder; 5] = [
        SortOrder::Newest,
        SortOrder::Oldest,
        SortOrder::Kind,
        SortOrder::MostHours,
        SortOrder::MostReach,
    ];

    /// The order as the sort menu names it.
    pub fn label(self) -> &'static str {
        match self {
            SortOrder::Newest => "Newest first",
            SortOrder::Oldest => "Oldest first",
            SortOrder::Kind => "Kind",
            SortOrder::MostHours => "Most hours",
            SortOrder::MostReach => "Largest audience",
        }
    }
}

/// The units that count an audience, used to rank by reach without adding units together.
const AUDIENCE_UNITS: [MetricUnit; 5] = [
    MetricUnit::Views,
    MetricUnit::Readers,
    MetricUnit::Attendees,
    MetricUnit::Listeners,
    MetricUnit::Participants,
];

/// The largest audience number the activity records, in any one audience unit.
pub fn largest_audience(activity: &Activity) -> f64 {
    activity
        .metrics
        .iter()
        .filter(|metric| AUDIENCE_UNITS.contains(&metric.unit))
        .map(|metric| metric.value)
        .fold(0.0, f64::max)
}

/// What the list is narrowed to; an empty field does not narrow.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Every word must appear in the title, channel, kind, outcome or tags (ignoring case).
    pub text: String,
    pub group: Option<ActivityGroup>,
    pub kind: Option<KindId>,
    pub stage: Option<JourneyStage>,
    /// The calendar year the activity started in.
    pub year: Option<i32>,
}

impl Filter {
    /// Whether any field narrows the list.
    pub fn is_active(&self) -> bool {
        !self.text.trim().is_empty()
            || self.group.is_some()
            || self.kind.is_some()
            || self.stage.is_some()
            || self.year.is_some()
    }
}

/// An activity with what searching and sorting need, prepared once per workspace state so a
/// keystroke in the search box only scans, never rebuilds.
#[derive(Clone, Debug, PartialEq)]
pub struct Indexed {
    pub activity: Rc<Activity>,
    kind_label: Rc<str>,
    group: Option<ActivityGroup>,
    /// Title, channel, kind, outcome and tags, lowercased: made on the first search, not when
    /// the app starts, since many visits never search.
    haystack: OnceCell<String>,
}

impl Indexed {
    /// The searchable fields, as written.
    fn fields(&self) -> String {
        let activity = &self.activity;
        format!(
            "{}\n{}\n{}\n{}\n{}",
            activity.title,
            activity.channel,
            self.kind_label,
            activity.outcome,
            activity.tags.join("\n")
        )
    }

    fn haystack(&self) -> &str {
        self.haystack.get_or_init(|| case::lower(&self.fields()))
    }
}

/// The label and group of each kind met so far, looked up once per kind rather than once per
/// activity: a workspace holds thousands of activities of a few dozen kinds, and this runs
/// before the first screen of a large workspace is drawn.
struct KindsMet<'a> {
    custom_kinds: &'a [CustomKind],
    /// Sorted by id.
    met: Vec<(&'a KindId, Rc<str>, Option<ActivityGroup>)>,
}

impl<'a> KindsMet<'a> {
    fn new(custom_kinds: &'a [CustomKind]) -> KindsMet<'a> {
        KindsMet {
            custom_kinds,
            met: Vec::new(),
        }
    }

    /// The label and group of `kind`.
    fn meet(&mut self, kind: &'a KindId) -> (&Rc<str>, Option<ActivityGroup>) {
        let at = match self.met.binary_search_by(|(met, ..)| (*met).cmp(kind)) {
            Ok(at) => at,
            Err(at) => {
                let info = kind_info(kind, self.custom_kinds);
                self.met.insert(at, (kind, info.label.into(), info.group));
                at
            }
        };
        let (_, label, group) = &self.met[at];
        (label, *group)
    }
}

/// Prepares `activities` for `select`.
pub fn index(activities: &[Rc<Activity>], custom_kinds: &[CustomKind]) -> Vec<Indexed> {
    let mut kinds = KindsMet::new(custom_kinds);
    activities
        .iter()
        .map(|activity| {
            let (label, group) = kinds.meet(&activity.kind);
            Indexed {
                activity: Rc::clone(activity),
                kind_label: Rc::clone(label),
                group,
                haystack: OnceCell::new(),
            }
        })
        .collect()
}

/// Makes the searchable text of every entry now, so that the first search finds it ready.
pub fn prepare_search(index: &[Indexed]) {
    let waiting: Vec<&Indexed> = index
        .iter()
        .filter(|entry| entry.haystack.get().is_none())
        .collect();
    let fields: Vec<String> = waiting.iter().map(|entry| entry.fields()).collect();
    for (entry, haystack) in waiting.into_iter().zip(case::lower_all(&fields)) {
        // Unset a moment ago, and nothing else runs in between.
        let _ = entry.haystack.set(haystack);
    }
}

/// The positions of `index` in `order`: made once per order and workspace state, so that
/// typing in the search box filters a list already in order instead of sorting each time.
pub fn ordered(index: &[Indexed], order: SortOrder) -> Vec<usize> {
    let newest =
        |a: &Activity, b: &Activity| b.dates.start.cmp(&a.dates.start).then(b.id.cmp(&a.id));
    let mut positions: Vec<usize> = (0..index.len()).collect();
    crate::order::sort_by(&mut positions, |x, y| {
        let (x, y) = (&index[*x], &index[*y]);
        let (a, b) = (&x.activity, &y.activity);
        match order {
            SortOrder::Newest => newest(a, b),
            SortOrder::Oldest => newest(b, a),
            SortOrder::Kind => x.kind_label.cmp(&y.kind_label).then_with(|| newest(a, b)),
            SortOrder::MostHours => b.hours.total_cmp(&a.hours).then_with(|| newest(a, b)),
            SortOrder::MostReach => largest_audience(b)
                .total_cmp(&largest_audience(a))
                .then_with(|| newest(a, b)),
        }
    });
    positions
}

/// The activities that pass `filter`, in the order `ordered` gives (see `ordered`).
pub fn select(index: &[Indexed], ordered: &[usize], filter: &Filter) -> Vec<Rc<Activity>> {
    let words: Vec<String> = filter.text.split_whitespace().map(case::lower).collect();
    ordered
        .iter()
        .map(|at| &index[*at])
        .filter(|entry| {
            filter
                .kind
                .as_ref()
                .is_none_or(|kind| &entry.activity.kind == kind)
        })
        .filter(|entry| {
            filter
                .stage
                .is_none_or(|stage| entry.activity.stages.contains(stage))
        })
        .filter(|entry| {
            filter
                .year
                .is_none_or(|year| entry.activity.dates.start.year() == year)
        })
        .filter(|entry| filter.group.is_none() || entry.group == filter.group)
        .filter(|entry| {
            words
                .iter()
                .all(|word| entry.haystack().contains(word.as_str()))
        })
        .map(|entry| Rc::clone(&entry.activity))
        .collect()
}

/// The years activities started in, newest first, for the year filter.
pub fn years(activities: &[Rc<Activity>]) -> Vec<i32> {
    // Kept in order as they are met: a handful of years, where sorting thousands of activities'
    // years would take a few milliseconds of the start-up of a large workspace.
    let mut years: Vec<i32> = Vec::new();
    for activity in activities {
        let year = activity.dates.start.year();
        if let Err(at) = years.binary_search_by(|known| year.cmp(known)) {
            years.insert(at, year);
        }
    }
    years
}

/// The kinds in use, as (id, label) sorted by label (kinds of the same label by id), for the kind
/// filter.
pub fn kinds_in_use(
    activities: &[Rc<Activity>],
    custom_kinds: &[CustomKind],
) -> Vec<(KindId, String)> {
    let mut met = KindsMet::new(custom_kinds);
    for activity in activities {
        met.meet(&activity.kind);
    }
    let mut kinds: Vec<(KindId, String)> = met
        .met
        .into_iter()
        .map(|(id, label, _)| (id.clone(), label.to_string()))
        .collect();
    crate::order::sort_by(&mut kinds, |a, b| a.1.cmp(&b.1));
    kinds
}

/// The figures shown above the list.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    pub count: usize,
    pub hours: f64,
    /// The first and last day covered, when there is at least one activity.
    pub span: Option<(Date, Date)>,
}

/// Count, hours and date span of `activities`.
pub fn totals<'a>(activities: impl IntoIterator<Item = &'a Rc<Activity>>) -> Totals {
    activities
        .into_iter()
        .fold(Totals::default(), |totals, activity| {
            let (first, last) = (activity.dates.start, activity.dates.last_day());
            Totals {
                count: totals.count + 1,
                hours: totals.hours + activity.hours,
                span: Some(match totals.span {
                    Some((a, b)) => (a.min(first), b.max(last)),
                    None => (first, last),
                }),
            }
        })
}

/// "1 activity", "3 activities": a count with its noun in the right number.
pub fn count_noun(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

/// `text` with its first letter in lower case, to continue a sentence ("Build: office hours"
/// after "Days 31 to 60: ").
pub fn lowercase_first(text: &str) -> String {
    let first = text.chars().next().map_or(0, char::len_utf8);
    let (first, rest) = text.split_at(first);
    case::lower(first) + rest
}

/// Our own phrase `text` with its first letter in upper case, to start a table cell or a
/// sentence. Only ASCII letters change: the phrases are ours and in English, and Unicode's
/// upper-case table would add 12 KB to the app for no reader.
pub fn capitalised(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// Hours as a person writes them: "1 hour", "2.5 hours", "1,250 hours".
pub fn hours_phrase(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    let text = group_thousands(&format_number(rounded));
    if rounded == 1.0 {
        "1 hour".into()
    } else {
        format!("{text} hours")
    }
}

/// "14 Mar 2026" for one day, "14 Mar 2026 to 2 Jan 2027" for a span.
pub fn span_phrase(first: Date, last: Date) -> String {
    if first == last {
        human(first)
    } else {
        format!("{} to {}", human(first), human(last))
    }
}

/// Inserts thousands separators into the whole part of a plain number ("12345.5" → "12,345.5").
pub fn group_thousands(number: &str) -> String {
    let (whole, fraction) = number
        .split_once('.')
        .map_or((number, None), |(w, f)| (w, Some(f)));
    let digits: Vec<char> = whole.chars().collect();
    let mut grouped = String::new();
    for (index, digit) in digits.iter().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(*digit);
    }
    match fraction {
        Some(fraction) => format!("{grouped}.{fraction}"),
        None => grouped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `select` over `ordered`, as the page chains them.
    fn chosen(index: &[Indexed], filter: &Filter, order: SortOrder) -> Vec<Rc<Activity>> {
        select(index, &ordered(index, order), filter)
    }

    #[test]
    fn only_the_first_letter_changes_case() {
        assert_eq!(lowercase_first("Build: Office"), "build: Office");
        assert_eq!(capitalised("real readers"), "Real readers");
        assert_eq!(
            capitalised("évaluer ça"),
            "évaluer ça",
            "a multi-byte first letter is left"
        );
        assert_eq!(lowercase_first(""), "");
    }
    use crate::model::metric::{Confidence, Metric};

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    fn activity(id: u64, kind: &str, title: &str, start: Date, hours: f64) -> Rc<Activity> {
        let json = format!(
            r#"{{"id":{id},"kind":"{kind}","title":"{title}","dates":{{"start":"{start}"}},"hours":{hours}}}"#
        );
        Rc::new(crate::model::json::from_str(&json).unwrap())
    }

    fn sample() -> Vec<Rc<Activity>> {
        let mut talk = (*activity(
            1,
            "conference-talk",
            "Rust at scale",
            day(2025, 10, 2),
            30.0,
        ))
        .clone();
        talk.metrics = vec![Metric {
            value: 180.0,
            unit: MetricUnit::Attendees,
            confidence: Confidence::Estimated,
        }];
        talk.tags = vec!["wasm".into()];
        talk.stages = [JourneyStage::Discover, JourneyStage::Evaluate].into();
        let mut post = (*activity(2, "blog-post", "Typed errors", day(2026, 2, 1), 4.5)).clone();
        post.stages = [JourneyStage::Discover, JourneyStage::Learn].into();
        post.metrics = vec![
            Metric {
                value: 2400.0,
                unit: MetricUnit::Views,
                confidence: Confidence::Measured,
            },
            Metric {
                value: 90_000.0,
                unit: MetricUnit::Stars,
                confidence: Confidence::Measured,
            },
        ];
        let mut docs = (*activity(
            3,
            "documentation",
            "Payments docs overhaul",
            day(2024, 5, 1),
            80.0,
        ))
        .clone();
        docs.dates.end = Some(day(2024, 7, 31));
        docs.stages = [JourneyStage::Learn].into();
        vec![Rc::new(talk), Rc::new(post), Rc::new(docs)]
    }

    fn text(words: &str) -> Filter {
        Filter {
            text: words.into(),
            ..Filter::default()
        }
    }

    fn ids(list: &[Rc<Activity>]) -> Vec<u64> {
        list.iter().map(|a| a.id.0).collect()
    }

    #[test]
    fn each_order_sorts_as_named() {
        let all = sample();
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text(""), SortOrder::Newest)),
            [2, 1, 3]
        );
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text(""), SortOrder::Oldest)),
            [3, 1, 2]
        );
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text(""), SortOrder::Kind)),
            [2, 1, 3],
            "Blog, Conference, Documentation"
        );
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text(""), SortOrder::MostHours)),
            [3, 1, 2]
        );
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text(""), SortOrder::MostReach)),
            [2, 1, 3],
            "stars are not an audience, so 90,000 stars do not outrank 2,400 views"
        );
    }

    #[test]
    fn search_matches_every_word_in_any_field_ignoring_case() {
        let all = sample();
        assert_eq!(
            ids(&chosen(&index(&all, &[]), &text("WASM"), SortOrder::Newest)),
            [1],
            "tags"
        );
        assert_eq!(
            ids(&chosen(
                &index(&all, &[]),
                &text("conference rust"),
                SortOrder::Newest
            )),
            [1],
            "kind and title"
        );
        assert_eq!(
            ids(&chosen(
                &index(&all, &[]),
                &text("docs payments"),
                SortOrder::Newest
            )),
            [3]
        );
        assert!(chosen(&index(&all, &[]), &text("rust docs"), SortOrder::Newest).is_empty());
        assert_eq!(
            chosen(&index(&all, &[]), &text("   "), SortOrder::Newest).len(),
            3
        );
    }

    #[test]
    fn group_kind_stage_and_year_narrow_the_list() {
        let all = sample();
        let by = |filter: Filter| ids(&chosen(&index(&all, &[]), &filter, SortOrder::Newest));
        assert_eq!(
            by(Filter {
                group: Some(ActivityGroup::Writing),
                ..Filter::default()
            }),
            [2, 3]
        );
        assert_eq!(
            by(Filter {
                kind: Some(KindId::builtin("conference-talk")),
                ..Filter::default()
            }),
            [1]
        );
        assert_eq!(
            by(Filter {
                stage: Some(JourneyStage::Learn),
                ..Filter::default()
            }),
            [2, 3]
        );
        assert_eq!(
            by(Filter {
                year: Some(2024),
                ..Filter::default()
            }),
            [3]
        );
        assert_eq!(
            by(Filter {
                year: Some(2026),
                text: "typed".into(),
                ..Filter::default()
            }),
            [2]
        );
        assert!(!Filter::default().is_active());
        assert!(text(" x ").is_active());
    }

    #[test]
    fn years_and_kinds_in_use_list_each_once() {
        let all = sample();
        assert_eq!(years(&all), [2026, 2025, 2024]);
        let kinds: Vec<String> = kinds_in_use(&all, &[])
            .into_iter()
            .map(|(_, label)| label)
            .collect();
        assert_eq!(
            kinds,
            [
                "Blog post",
                "Conference talk",
                "Documentation ownership or overhaul"
            ]
        );
    }

    #[test]
    fn years_and_kinds_are_listed_once_however_often_and_in_whatever_order_they_come() {
        let mut all = Vec::new();
        for (n, year) in [2024, 2026, 2024, 2019, 2026, 2025, 2019]
            .into_iter()
            .enumerate()
        {
            let kind = ["blog-post", "custom-9", "conference-talk"][n % 3];
            all.push(activity(n as u64 + 1, kind, "x", day(year, 6, 1), 1.0));
        }
        assert_eq!(years(&all), [2026, 2025, 2024, 2019]);
        let custom = [CustomKind {
            id: KindId("custom-9".into()),
            label: "Conference talk".into(),
            group: ActivityGroup::Writing,
            stages: Vec::new(),
            units: Vec::new(),
        }];
        assert_eq!(
            kinds_in_use(&all, &custom),
            [
                (KindId::builtin("blog-post"), "Blog post".to_owned()),
                (
                    KindId::builtin("conference-talk"),
                    "Conference talk".to_owned()
                ),
                (KindId("custom-9".into()), "Conference talk".to_owned()),
            ],
            "one entry per kind; the same label twice comes in the order of the ids"
        );
        let indexed = index(&all, &custom);
        assert_eq!(indexed[1].group, Some(ActivityGroup::Writing));
        assert_eq!(&*indexed[1].kind_label, "Conference talk");
        assert_eq!(indexed.len(), all.len());
    }

    #[test]
    fn totals_count_hours_and_cover_every_day_of_every_span() {
        let totals = totals(&sample());
        assert_eq!(totals.count, 3);
        assert_eq!(totals.hours, 114.5);
        assert_eq!(totals.span, Some((day(2024, 5, 1), day(2026, 2, 1))));
        assert_eq!(super::totals(&[]), Totals::default());
    }

    #[test]
    fn phrases_use_the_right_number_and_separators() {
        assert_eq!(count_noun(0, "activity", "activities"), "0 activities");
        assert_eq!(count_noun(1, "activity", "activities"), "1 activity");
        assert_eq!(hours_phrase(1.0), "1 hour");
        assert_eq!(hours_phrase(0.0), "0 hours");
        assert_eq!(hours_phrase(2.25), "2.3 hours");
        assert_eq!(hours_phrase(12_345.5), "12,345.5 hours");
        assert_eq!(
            span_phrase(day(2026, 3, 14), day(2026, 3, 14)),
            "14 Mar 2026"
        );
        assert_eq!(
            span_phrase(day(2025, 1, 2), day(2026, 3, 14)),
            "2 Jan 2025 to 14 Mar 2026"
        );
        assert_eq!(group_thousands("1234567"), "1,234,567");
        assert_eq!(group_thousands("999"), "999");
    }
}
