//! The words of each section, written from the facts. First person: the author is the one
//! asking. Every number comes from the analysis; nothing is invented to fill a gap.

use std::rc::Rc;

use crate::analysis::impact::MetricTotal;
use crate::analysis::inventory::{capitalised, count_noun, hours_phrase, span_phrase};
use crate::case;
use crate::document::brief;
use crate::document::chart::{Bar, Chart, ChartStyle};
use crate::document::role::{responsibility, skill, LEVEL_GUIDE};
use crate::document::words::{
    about_percent, amount, article, figure, join, percent, shares_adding_to, total_phrase,
};
use crate::document::{Block, Cell, Facts, SectionKind, Table};
use crate::model::activity::{Activity, Audience, Status};
use crate::model::dates::human;
use crate::model::journey::JourneyStage;
use crate::model::metric::{Confidence, MetricTier};
use crate::model::proposal::Reader;
use crate::model::taxonomy::{kind_info, ActivityGroup};

/// Rows in the evidence table.
pub(super) const EVIDENCE_ROWS: usize = 20;
/// Quarters shown in the activity chart.
const CHART_QUARTERS: usize = 8;

pub(super) fn para(text: impl Into<String>) -> Block {
    Block::Paragraph(text.into())
}

pub(super) fn heading(text: impl Into<String>) -> Block {
    Block::Heading(text.into())
}

pub(super) fn list(items: Vec<String>) -> Block {
    Block::List(items)
}

fn text(value: impl Into<String>) -> Cell {
    Cell::Text(value.into())
}

pub(super) fn quoted(title: &str) -> String {
    format!("\u{201c}{title}\u{201d}")
}

pub(super) fn activities(count: usize) -> String {
    count_noun(count, "activity", "activities")
}

impl Facts<'_> {
    pub(super) fn product(&self) -> String {
        let profile = &self.workspace.profile;
        [&profile.product, &profile.company]
            .into_iter()
            .find(|s| !s.is_empty())
            .cloned()
            .unwrap_or_else(|| "our product".into())
    }

    pub(super) fn developers(&self) -> String {
        let served = &self.workspace.profile.developers_served;
        if served.is_empty() {
            "developers".into()
        } else {
            served.clone()
        }
    }

    pub(super) fn level(&self) -> Option<&str> {
        Some(self.workspace.profile.current_level.as_str()).filter(|l| !l.is_empty())
    }

    pub(super) fn week(&self) -> f64 {
        self.workspace.profile.weekly_hours
    }

    fn measured_share(&self) -> Option<f64> {
        self.analysis.weekly.map(|w| w.share_percent)
    }

    /// Today's share of the week: what the user states, else what the records show.
    pub(super) fn today_share(&self) -> f64 {
        let stated = self.workspace.profile.devrel_share_percent;
        if stated > 0.0 {
            stated
        } else {
            self.measured_share().unwrap_or(0.0).min(100.0)
        }
    }

    /// Today's share in words, saying where it comes from: "about 30% of my week by my
    /// estimate (6% in the recorded hours)".
    pub(super) fn today_text(&self) -> String {
        let stated = self.workspace.profile.devrel_share_percent;
        match (stated > 0.0, self.measured_share().filter(|m| *m > 0.0)) {
            (true, Some(measured)) if percent(stated) != percent(measured) => format!(
                "{} of my week by my estimate ({} in the recorded hours)",
                about_percent(stated),
                percent(measured)
            ),
            (true, _) => format!("{} of my week by my estimate", about_percent(stated)),
            (false, Some(measured)) => format!(
                "{} of my week in the recorded hours",
                about_percent(measured)
            ),
            (false, None) => "no time recorded yet".to_owned(),
        }
    }

    pub(super) fn a_title(&self) -> String {
        format!("{} {}", article(&self.title_label), self.title_label)
    }

    pub(super) fn kind_label(&self, activity: &Activity) -> String {
        kind_info(&activity.kind, &self.workspace.custom_kinds).label
    }

    /// The largest total in each tier, reach first, at most `limit` of them.
    pub(super) fn headline_totals(&self, limit: usize) -> Vec<&MetricTotal> {
        MetricTier::ALL
            .into_iter()
            .filter_map(|tier| {
                // The strongest evidence is the largest measured amount, then the largest total.
                self.analysis
                    .totals
                    .iter()
                    .filter(|t| t.unit.tier() == Some(tier))
                    .max_by(|a, b| {
                        a.at(Confidence::Measured)
                            .total_cmp(&b.at(Confidence::Measured))
                            .then(a.total().total_cmp(&b.total()))
                            .then(b.channel.cmp(&a.channel))
                    })
            })
            .take(limit)
            .collect()
    }

    /// How many numbers are recorded on work done, and how many of them are unverified.
    pub(super) fn number_counts(&self) -> (usize, usize) {
        self.analysis
            .done
            .iter()
            .flat_map(|a| a.metrics.iter())
            .fold((0, 0), |(all, unverified), m| {
                (
                    all + 1,
                    unverified + usize::from(m.confidence == Confidence::Unverified),
                )
            })
    }
}

/// The document's title.
pub fn document_title(f: &Facts) -> String {
    let name = f.workspace.profile.name.trim();
    if name.is_empty() {
        format!("The case for {} role", f.a_title())
    } else {
        format!("{name}: the case for {} role", f.a_title())
    }
}

/// Who wrote it, from what, and when.
pub fn byline(f: &Facts) -> String {
    let profile = &f.workspace.profile;
    let mut role = profile.current_title.clone();
    if let Some(level) = f.level() {
        role = if role.is_empty() {
            level.to_owned()
        } else {
            format!("{role} ({level})")
        };
    }
    let place = join(
        &[&profile.team, &profile.company]
            .into_iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>(),
    )
    .replace(" and ", " at ");
    let who: Vec<String> = [role, place]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let written = format!(
        "Written {} from {} recorded in Rolecase",
        human(f.today()),
        activities(f.workspace.activities.len())
    );
    if who.is_empty() {
        written
    } else {
        format!("{} · {written}", who.join(", "))
    }
}

/// The blocks of section `kind`.
pub fn write(kind: SectionKind, f: &Facts) -> Vec<Block> {
    if f.brief {
        return brief::write(kind, f);
    }
    match kind {
        SectionKind::ExecutiveSummary => executive_summary(f),
        SectionKind::RoleDefinition => role_definition(f),
        SectionKind::Levels => levels(f),
        SectionKind::Evidence => evidence(f),
        SectionKind::Impact => impact(f),
        SectionKind::Metrics => metrics(f),
        SectionKind::Plan => plan(f),
        SectionKind::Asks => asks(f),
        SectionKind::Risks => risks(f),
    }
}

/// The opening sentence: what is asked, worded for the reader.
pub(super) fn the_ask(f: &Facts) -> String {
    let share = percent(f.proposed_share);
    let week = figure(f.week());
    match f.settings.reader {
        Reader::Manager => format!(
            "I am asking you to recognise the developer-relations work I already do as {} role: \
             {share} of my {week}-hour week, the title, and a review against measures we agree \
             in advance.",
            f.a_title()
        ),
        Reader::SkipLevel => format!(
            "I am asking for {} role that ties my developer-relations work to the goals of {}: \
             {share} of my {week}-hour week, the title, and measures agreed with product and \
             talent.",
            f.a_title(),
            if f.workspace.profile.company.is_empty() {
                "the company"
            } else {
                &f.workspace.profile.company
            }
        ),
        Reader::Talent => format!(
            "I am asking to define {} role within the engineering levels, so that \
             developer-relations work is reviewed and promoted like other engineering work: \
             {share} of a {week}-hour week, reviewed against agreed measures.",
            f.a_title()
        ),
    }
}

/// What this reader decides on, in one sentence drawn from the records.
pub(super) fn for_reader(f: &Facts) -> String {
    match f.settings.reader {
        Reader::Manager => {
            let moved = (f.proposed_share - f.today_share()) * f.week() / 100.0;
            if moved >= 0.05 {
                format!(
                    "For the team: the ask moves about {} a week from engineering work to \
                     developer relations, planned in sprints and checked each month.",
                    hours_phrase(moved)
                )
            } else {
                "For the team: no engineering time moves; the ask recognises work already done, \
                 planned in sprints and checked each month."
                    .to_owned()
            }
        }
        Reader::SkipLevel => {
            let goals = &f.workspace.profile.company_goals;
            if goals.is_empty() {
                "For the company: no goals are listed yet, so this proposal cannot yet tie the \
                 work to them."
                    .to_owned()
            } else {
                let words: Vec<Vec<String>> =
                    goals.iter().map(|g| f.distinctive_words(g)).collect();
                let served = serving(&f.analysis.done, &words)
                    .iter()
                    .filter(|found| !found.is_empty())
                    .count();
                format!(
                    "For the company: recorded work uses the words of {served} of the {} goals \
                     listed, and every number below says how it was measured.",
                    goals.len()
                )
            }
        }
        Reader::Talent => format!(
            "For the review: the role maps to {} on a three-level guide of seven job functions, \
             reviewed in the same cycle and calibration as engineering.",
            f.level().unwrap_or("my current engineering level")
        ),
    }
}

/// The mission line.
pub(super) fn mission(f: &Facts) -> String {
    format!(
        "I help {} be successful with {}.",
        f.developers(),
        f.product()
    )
}

/// What the records show, as list items; `brief` keeps the count, the weekly share, two numbers
/// and the journey coverage. Empty when no work is recorded.
pub(super) fn record_lines(f: &Facts, brief: bool) -> Vec<String> {
    let a = f.analysis;
    let Some((first, last)) = a.span else {
        return Vec::new();
    };
    let mut shown = vec![format!(
        "{} from {}: {} in all.",
        activities(a.done.len()),
        span_phrase(first, last),
        hours_phrase(a.hours)
    )];
    if let Some(weekly) = a.weekly {
        let period = match weekly.weeks.round() as i64 {
            52.. => "the last year".to_owned(),
            ..=1 => "the last week".to_owned(),
            weeks => format!("the last {weeks} weeks"),
        };
        let per_week = if weekly.per_week > 0.0 && weekly.per_week < 0.05 {
            "less than 0.1 hours".to_owned()
        } else {
            hours_phrase(weekly.per_week)
        };
        shown.push(format!(
            "Over {period} that is {per_week} a week, {} of a {}-hour week.",
            percent(weekly.share_percent),
            figure(f.week())
        ));
    }
    for total in f.headline_totals(if brief { 2 } else { 3 }) {
        let tier = total.unit.tier().map_or("Other", MetricTier::label);
        shown.push(format!("{tier}: {}.", total_phrase(total)));
    }
    let served = a.by_stage.iter().filter(|(_, t)| t.count > 0).count();
    let gaps = a.gaps();
    shown.push(if gaps.is_empty() {
        "The work serves all 5 stages of the developer journey.".to_owned()
    } else {
        format!(
            "The work serves {served} of the 5 stages of the developer journey; none yet for {}.",
            join(
                &gaps
                    .iter()
                    .map(|s| s.label().to_owned())
                    .collect::<Vec<_>>()
            )
        )
    });
    if brief {
        return shown;
    }
    if let Some(multiplier) = a.reuse_multiplier() {
        let derived: usize = a.reuse.iter().map(|r| r.derived).sum();
        shown.push(format!(
            "Re-use: {} became {} in all, {} per original.",
            count_noun(a.reuse.len(), "original", "originals"),
            count_noun(a.reuse.len() + derived, "item", "items"),
            figure(multiplier)
        ));
    }
    if !a.lessons.is_empty() {
        shown.push(if a.lessons.len() == 1 {
            "1 failed experiment is recorded with what it taught.".to_owned()
        } else {
            format!(
                "{} failed experiments are recorded with what they taught.",
                a.lessons.len()
            )
        });
    }
    shown
}

/// When the measures are agreed and the first review happens.
pub(super) fn next_step(f: &Facts) -> String {
    format!(
        "Next step: agree the measures and the time share by {}, then review the first 90 days \
         on {}.",
        human(f.today().add_days(30)),
        human(f.today().add_days(90))
    )
}

fn executive_summary(f: &Facts) -> Vec<Block> {
    let mut blocks = vec![
        para(the_ask(f)),
        para(for_reader(f)),
        para(mission(f)),
        heading("What the records show"),
    ];
    let shown = record_lines(f, false);
    if shown.is_empty() {
        blocks.push(para(
            "No completed work is recorded yet, so this summary has no evidence to offer.",
        ));
        return blocks;
    }
    blocks.push(list(shown));
    blocks.push(heading("Proposed measures"));
    blocks.push(list(
        METRIC_ROWS
            .iter()
            .map(|row| format!("{}: {}.", row.tier.label(), row.measure))
            .collect(),
    ));
    blocks.push(para(next_step(f)));
    blocks
}

fn role_definition(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let suggested = f.suggestion.title.label();
    let mut blocks = vec![heading("Title")];
    blocks.push(para(if f.title_label == suggested {
        format!("{}. {}", f.title_label, f.suggestion.reasoning)
    } else {
        format!(
            "{}, the title asked for. The records alone point to {suggested}. {}",
            f.title_label, f.suggestion.reasoning
        )
    }));
    blocks.push(heading("Titles considered"));
    blocks.push(list(
        f.suggestion
            .alternatives
            .iter()
            .filter(|(t, _)| t.label() != f.title_label)
            .map(|(t, why)| format!("{}: not suggested, because {why}", t.label()))
            .collect(),
    ));
    blocks.push(heading("Mission"));
    blocks.push(para(mission(f)));
    blocks.push(heading("Responsibilities"));
    let mut duties: Vec<String> = a
        .by_group
        .iter()
        .filter_map(|(group, tally)| group.map(|g| (g, tally)))
        .map(|(group, tally)| {
            let kinds: Vec<String> = a
                .by_kind
                .iter()
                .filter(|k| k.group == Some(group))
                .take(3)
                .map(|k| case::lower(&k.label))
                .collect();
            format!(
                "{}: {} so far, {}, including {}.",
                responsibility(group),
                activities(tally.count),
                hours_phrase(tally.hours),
                join(&kinds)
            )
        })
        .collect();
    duties.push("Agree measures with product and talent, and report on them each quarter.".into());
    blocks.push(list(duties));
    blocks.push(heading("What this role is not"));
    blocks.push(list(vec![
        "Not sales: it helps developers first and is never measured by revenue or quota.".into(),
        "Not a step away from engineering: it needs a senior engineer who also communicates well."
            .into(),
        "Not conference tourism: each event is chosen for the developers it reaches and reported \
         on afterwards."
            .into(),
        "Not a support queue: answering questions feeds the product and the docs; it does not \
         replace a support team."
            .into(),
    ]));
    blocks.push(heading("Skills"));
    let mut skills = vec![
        "Engineering depth in the product, enough for developers to trust the answers".to_owned(),
    ];
    skills.extend(
        a.by_group
            .iter()
            .filter_map(|(group, _)| group.map(skill))
            .map(str::to_owned),
    );
    blocks.push(list(skills));
    blocks.push(heading("Time split"));
    blocks.extend(time_split(f));
    blocks
}

fn time_split(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let now = f.today_share().min(100.0);
    let proposed = f.proposed_share.min(100.0);
    let mut blocks = vec![para(if now > 0.0 {
        format!(
            "Today developer relations takes {}. The proposal is {}. The split between areas \
             follows the recorded hours.",
            f.today_text(),
            percent(proposed)
        )
    } else {
        format!(
            "No time for developer relations is recorded yet. The proposal is {}.",
            percent(proposed)
        )
    })];
    let mut groups: Vec<(String, f64)> = a
        .by_group
        .iter()
        .filter(|(_, t)| t.hours > 0.0)
        .map(|(g, t)| (g.map_or("Other", ActivityGroup::label).to_owned(), t.hours))
        .collect();
    if groups.is_empty() {
        groups.push(("Developer relations, not yet split by area".into(), 1.0));
    }
    let weight: f64 = groups.iter().map(|(_, h)| h).sum();
    let hours: Vec<f64> = groups.iter().map(|(_, h)| *h).collect();
    // The whole share is rounded first, so the areas add up to the share the text states and
    // the rows to 100%; hours come from the exact shares.
    let column = |share: f64| -> Vec<Cell> {
        let whole = share.round() as i64;
        let mut percents = shares_adding_to(&hours, whole);
        percents.push(100 - whole);
        let mut exact: Vec<f64> = hours.iter().map(|h| h / weight * share).collect();
        exact.push(100.0 - share);
        percents
            .iter()
            .zip(exact)
            .map(|(pct, exact)| {
                let week_hours = exact * f.week() / 100.0;
                let shown = if *pct == 0 && exact > 0.0 {
                    "under 1%".to_owned()
                } else {
                    format!("{pct}%")
                };
                text(format!("{shown} ({} h)", figure(week_hours)))
            })
            .collect()
    };
    let (today, asked) = (column(now), column(proposed));
    let labels = groups
        .iter()
        .map(|(label, _)| label.clone())
        .chain(std::iter::once(
            "Engineering outside developer relations".to_owned(),
        ));
    let rows = labels
        .zip(today.into_iter().zip(asked))
        .map(|(label, (today, asked))| vec![text(label), today, asked])
        .collect();
    let today_column = if f.workspace.profile.devrel_share_percent > 0.0 {
        "Today (my estimate)"
    } else {
        "Today (recorded)"
    };
    blocks.push(Block::Table(Table {
        caption: format!(
            "Share of a {}-hour week, today and proposed, with hours a week",
            figure(f.week())
        ),
        columns: vec!["Area".into(), today_column.into(), "Proposed".into()],
        rows,
    }));
    if a.hours > 0.0 {
        blocks.push(Block::Chart(Chart {
            title: "Recorded hours by area".into(),
            summary: format!(
                "Recorded hours by area of work: {}.",
                join(
                    &a.by_group
                        .iter()
                        .map(|(g, t)| format!(
                            "{} {}",
                            g.map_or("Other", ActivityGroup::label),
                            hours_phrase(t.hours)
                        ))
                        .collect::<Vec<_>>()
                )
            ),
            style: ChartStyle::Rows,
            bars: a
                .by_group
                .iter()
                .map(|(g, t)| Bar {
                    label: g.map_or("Other", ActivityGroup::label).to_owned(),
                    value: t.hours,
                    value_label: hours_phrase(t.hours),
                    partial: false,
                })
                .collect(),
        }));
    }
    blocks
}

fn levels(f: &Facts) -> Vec<Block> {
    let level = f.level().unwrap_or("my level");
    let count_for = |groups: &[ActivityGroup]| -> usize {
        groups.iter().map(|g| f.analysis.group_count(*g)).sum()
    };
    let rows = LEVEL_GUIDE
        .iter()
        .map(|row| {
            let evidence = if row.groups.is_empty() {
                match f.analysis.planned.len() {
                    0 => "No plan recorded yet".to_owned(),
                    n => format!("{} planned", activities(n)),
                }
            } else {
                match count_for(row.groups) {
                    0 => "None recorded yet".to_owned(),
                    n => format!("{} recorded", activities(n)),
                }
            };
            let mut cells = vec![text(row.function)];
            cells.extend(row.levels.iter().map(|l| text(*l)));
            cells.push(text(evidence));
            cells
        })
        .collect();
    let mut blocks = vec![
        para(format!(
            "Three levels, as columns, for each job function. The middle one is proposed for me \
             and maps to my current engineering level{}, so the change keeps my level and my path \
             to promotion.",
            f.level().map(|l| format!(" ({l})")).unwrap_or_default()
        )),
        Block::Table(Table {
            caption: format!("Level guide for {}", f.title_label),
            columns: vec![
                "Function".into(),
                format!("Developing (below {level})"),
                format!("Established ({level})"),
                format!("Leading (above {level})"),
                "My recorded evidence".into(),
            ],
            rows,
        }),
        heading("How it fits the performance review"),
    ];
    let review = vec![
        format!(
            "Reviewed in the same cycle and calibration as engineering, at {}.",
            f.level().unwrap_or("my current level")
        ),
        "Judged on the measures agreed in advance, by their change over time rather than by \
         activity counts."
            .to_owned(),
        "Promotion to the next column follows this guide, as for any engineer.".to_owned(),
        "The evidence is this activity record, kept current and shared before each review."
            .to_owned(),
        "A product partner gives input on the feedback carried to product, alongside my manager's \
         view."
            .to_owned(),
    ];
    blocks.push(list(review));
    blocks
}

pub(super) fn numbers_cell(activity: &Activity) -> String {
    if activity.metrics.is_empty() {
        return "None recorded".into();
    }
    activity
        .metrics
        .iter()
        .map(|m| {
            format!(
                "{} ({})",
                amount(m.value, &m.unit),
                m.confidence.label().to_ascii_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn link_cell(activity: &Activity) -> Cell {
    match activity.links.first() {
        Some(href) => {
            let host = href
                .split_once("://")
                .map_or(href.as_str(), |(_, rest)| rest)
                .split(['/', '?', '#'])
                .next()
                .unwrap_or(href);
            Cell::Link {
                text: host.trim_start_matches("www.").to_owned(),
                href: href.clone(),
            }
        }
        None => text("None"),
    }
}

fn evidence(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    if a.evidence.is_empty() && a.lessons.is_empty() {
        return vec![para("No completed work is recorded yet.")];
    }
    let shown = a.evidence.len().min(EVIDENCE_ROWS);
    let which = if shown < a.evidence.len() {
        format!(
            "The {shown} strongest of {} done",
            activities(a.evidence.len())
        )
    } else {
        format!("{} done", activities(a.evidence.len()))
    };
    let failures = match a.lessons.len() {
        0 => String::new(),
        1 => " The failed experiment follows under \u{201c}What did not work\u{201d}.".to_owned(),
        n => format!(" The {n} failed experiments follow under \u{201c}What did not work\u{201d}."),
    };
    let mut blocks = vec![para(format!(
        "{which}, ranked by measured numbers, outcomes and links. Each number carries its \
         confidence: measured from analytics or a register, estimated, or unverified.{failures}"
    ))];
    if shown > 0 {
        blocks.push(Block::Table(Table {
            caption: "Evidence, strongest first".into(),
            columns: ["Date", "Activity", "Hours", "Numbers", "Outcome", "Link"]
                .map(String::from)
                .to_vec(),
            rows: a.evidence[..shown]
                .iter()
                .map(|activity| {
                    let channel = activity.channel.trim();
                    let what = if channel.is_empty() {
                        format!("{} ({})", activity.title, f.kind_label(activity))
                    } else {
                        format!("{} ({}, {channel})", activity.title, f.kind_label(activity))
                    };
                    vec![
                        text(span_phrase(activity.dates.start, activity.dates.last_day())),
                        text(what),
                        text(figure(activity.hours)),
                        text(numbers_cell(activity)),
                        text(if activity.outcome.trim().is_empty() {
                            "Not recorded".to_owned()
                        } else {
                            activity.outcome.clone()
                        }),
                        link_cell(activity),
                    ]
                })
                .collect(),
        }));
    }
    if !a.by_quarter.is_empty() {
        let recent = &a.by_quarter[a.by_quarter.len().saturating_sub(CHART_QUARTERS)..];
        let label = |q: &crate::analysis::impact::QuarterFigures| {
            if q.partial {
                format!("{} (so far)", q.quarter.label())
            } else {
                q.quarter.label()
            }
        };
        let earlier: usize = a.by_quarter[..a.by_quarter.len() - recent.len()]
            .iter()
            .map(|q| q.tally.count)
            .sum();
        blocks.push(Block::Chart(Chart {
            title: if earlier > 0 {
                format!("Activities per quarter, last {}", recent.len())
            } else {
                "Activities per quarter".into()
            },
            summary: format!(
                "Activities per quarter{}: {}.",
                if earlier > 0 {
                    format!(" ({} before these)", activities(earlier))
                } else {
                    String::new()
                },
                join(
                    &recent
                        .iter()
                        .map(|q| format!("{} in {}", q.tally.count, label(q)))
                        .collect::<Vec<_>>()
                )
            ),
            style: ChartStyle::Columns,
            bars: recent
                .iter()
                .map(|q| Bar {
                    label: q.quarter.label(),
                    value: q.tally.count as f64,
                    value_label: q.tally.count.to_string(),
                    partial: q.partial,
                })
                .collect(),
        }));
        if let Some((before, latest)) = a
            .last_two_quarters()
            .filter(|(before, latest)| before.tally.count + latest.tally.count > 0)
        {
            blocks.push(para(format!(
                "Quarter over quarter: {} and {} in {}, against {} and {} in {}.",
                activities(latest.tally.count),
                hours_phrase(latest.tally.hours),
                latest.quarter.label(),
                activities(before.tally.count),
                hours_phrase(before.tally.hours),
                before.quarter.label()
            )));
        }
    }
    if !a.reach_per_hour.is_empty() {
        blocks.push(heading("Reach per hour"));
        blocks.push(para(
            "The median across activities of each one's number divided by its hours, so that \
             numbers from different platforms are compared, never added, and numbers of \
             different confidence stay apart.",
        ));
        blocks.push(Block::Table(Table {
            caption: "Typical reach per hour of work, by kind".into(),
            columns: ["Kind", "Per hour", "Confidence", "Activities"]
                .map(String::from)
                .to_vec(),
            rows: a
                .reach_per_hour
                .iter()
                .take(8)
                .map(|r| {
                    vec![
                        text(r.kind_label.clone()),
                        text(amount(r.median, &r.unit)),
                        text(r.confidence.label()),
                        text(r.activities.to_string()),
                    ]
                })
                .collect(),
        }));
    }
    if !a.reuse.is_empty() {
        blocks.push(heading("Re-use"));
        blocks.push(list(
            a.reuse
                .iter()
                .take(5)
                .map(|family| {
                    format!(
                        "{} ({}) was re-used {}.",
                        quoted(&family.original.title),
                        human(family.original.dates.start),
                        match family.derived {
                            1 => "once".to_owned(),
                            2 => "twice".to_owned(),
                            n => format!("{n} times"),
                        }
                    )
                })
                .collect(),
        ));
    }
    if !a.lessons.is_empty() {
        blocks.push(heading("What did not work"));
        blocks.push(list(
            a.lessons
                .iter()
                .take(10)
                .map(|lesson| {
                    let taught = match &lesson.status {
                        Status::FailedExperiment { lesson } if !lesson.trim().is_empty() => {
                            let lesson = lesson.trim();
                            if lesson.ends_with(['.', '!', '?', '\u{3002}']) {
                                lesson.to_owned()
                            } else {
                                format!("{lesson}.")
                            }
                        }
                        _ => "no lesson recorded".to_owned(),
                    };
                    format!(
                        "{} ({}): {taught}",
                        quoted(&lesson.title),
                        human(lesson.dates.start)
                    )
                })
                .collect(),
        ));
    }
    blocks
}

/// Lower-case words of four letters or more that say what a goal is about.
fn goal_words(text: &str) -> Vec<String> {
    const COMMON: [&str; 34] = [
        "with",
        "from",
        "that",
        "this",
        "more",
        "less",
        "into",
        "over",
        "than",
        "their",
        "make",
        "grow",
        "increase",
        "reduce",
        "improve",
        "better",
        "developer",
        "developers",
        "team",
        "teams",
        "year",
        "quarter",
        "about",
        "using",
        "first",
        "time",
        "days",
        "weeks",
        "months",
        "each",
        "every",
        "per",
        "cent",
        "percent",
    ];
    case::lower_words(text)
        .split(' ')
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(w))
        .map(str::to_owned)
        .collect()
}

impl Facts<'_> {
    /// The words of `goal` that tell work for it apart: not common words, and not the product's
    /// or company's name, which most work mentions whatever it is for.
    pub(super) fn distinctive_words(&self, goal: &str) -> Vec<String> {
        let profile = &self.workspace.profile;
        let names = goal_words(&format!("{} {}", profile.product, profile.company));
        goal_words(goal)
            .into_iter()
            .filter(|w| !names.contains(w))
            .collect()
    }
}

/// For each goal's words, the activities whose title, outcome, channel or tags use one of them.
/// Each activity is read once, whatever the number of goals.
pub(super) fn serving<'a>(
    done: &'a [Rc<Activity>],
    goals: &[Vec<String>],
) -> Vec<Vec<&'a Rc<Activity>>> {
    let mut found = vec![Vec::new(); goals.len()];
    let mut hit = vec![false; goals.len()];
    for activity in done {
        hit.fill(false);
        let mut look_for = |word: &str, same: &dyn Fn(&String) -> bool| {
            // Goal words have four letters or more.
            if word.len() >= 4 {
                for (goal, wanted) in goals.iter().enumerate() {
                    hit[goal] |= wanted.iter().any(same);
                }
            }
        };
        let fields = [&activity.title, &activity.outcome, &activity.channel]
            .into_iter()
            .chain(&activity.tags);
        for field in fields {
            if field.is_ascii() {
                // Most fields are ASCII: their words compare where they stand, without a copy.
                for word in field.split(|c: char| !c.is_ascii_alphanumeric()) {
                    look_for(word, &|w| w.eq_ignore_ascii_case(word));
                }
            } else {
                let lowered = case::lower_words(field);
                for word in lowered.split(' ') {
                    look_for(word, &|w| w == word);
                }
            }
        }
        for (goal, &matched) in hit.iter().enumerate() {
            if matched {
                found[goal].push(activity);
            }
        }
    }
    found
}

fn impact(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let goals = &f.workspace.profile.company_goals;
    let mut blocks = Vec::new();
    if goals.is_empty() {
        blocks.push(para(
            "No company goals are listed, so this section cannot tie the work to any yet.",
        ));
    } else {
        blocks.push(para(
            "Each goal with the recorded work whose title, outcome, channel or tags use its key \
             words; a shared word is a lead to check, not proof of impact.",
        ));
        let words: Vec<Vec<String>> = goals.iter().map(|g| f.distinctive_words(g)).collect();
        let serving = serving(&a.done, &words);
        blocks.push(list(
            goals
                .iter()
                .zip(&serving)
                .map(|(goal, serving)| match serving.as_slice() {
                    [] => format!("{goal}: no recorded activity uses its words yet."),
                    [one] => format!("{goal}: 1 activity uses its words, {}.", quoted(&one.title)),
                    some => format!(
                        "{goal}: {} use its words, including {}.",
                        activities(some.len()),
                        join(
                            &some
                                .iter()
                                .take(2)
                                .map(|x| quoted(&x.title))
                                .collect::<Vec<_>>()
                        )
                    ),
                })
                .collect(),
        ));
    }
    blocks.push(heading("Where the work meets developers"));
    let gaps = a.gaps();
    blocks.push(para(format!(
        "{} {}",
        if a.done.is_empty() {
            "No work is recorded against the developer journey yet.".to_owned()
        } else if gaps.is_empty() {
            "The work serves every stage of the developer journey.".to_owned()
        } else {
            format!(
                "Gaps in the developer journey: {}.",
                join(
                    &gaps
                        .iter()
                        .map(|s| s.label().to_owned())
                        .collect::<Vec<_>>()
                )
            )
        },
        format_args!(
            "Outbound work took {} and inbound work {}; internal audiences {} and external {}.{}",
            hours_phrase(a.outbound.hours),
            hours_phrase(a.inbound.hours),
            hours_phrase(a.internal.hours),
            hours_phrase(a.external.hours),
            match a.unstaged.count {
                0 => String::new(),
                1 => format!(
                    " 1 activity ({}) has no journey stage set.",
                    hours_phrase(a.unstaged.hours)
                ),
                n => format!(
                    " {n} activities ({}) have no journey stage set.",
                    hours_phrase(a.unstaged.hours)
                ),
            }
        )
    )));
    if !a.done.is_empty() {
        blocks.push(Block::Chart(Chart {
            title: "Activities by journey stage".into(),
            summary: format!(
                "Activities serving each stage of the developer journey: {}.",
                join(
                    &a.by_stage
                        .iter()
                        .map(|(s, t)| format!("{} {}", s.label(), t.count))
                        .collect::<Vec<_>>()
                )
            ),
            style: ChartStyle::Rows,
            bars: a
                .by_stage
                .iter()
                .map(|(stage, tally)| Bar {
                    label: stage.label().to_owned(),
                    value: tally.count as f64,
                    value_label: if tally.count == 0 {
                        "Gap: none recorded".to_owned()
                    } else {
                        activities(tally.count)
                    },
                    partial: false,
                })
                .collect(),
        }));
    }
    let current = f.workspace.profile.current_title.trim();
    let role = if current.is_empty() {
        "my current role".to_owned()
    } else {
        format!("{} {current}", article(current))
    };
    let count_and = |groups: &[ActivityGroup]| -> (usize, f64) {
        groups.iter().fold((0, 0.0), |(n, h), g| {
            (n + a.group_count(*g), h + a.group_hours(*g))
        })
    };
    let described = |(n, h): (usize, f64), none: &str| {
        if n == 0 {
            none.to_owned()
        } else {
            format!("{}, {}", activities(n), hours_phrase(h))
        }
    };
    let external = a
        .done
        .iter()
        .filter(|x| x.audience == Audience::External)
        .count();
    let reach = f
        .headline_totals(1)
        .first()
        .filter(|t| t.unit.tier() == Some(MetricTier::Reach))
        .map(|t| format!("; strongest reach figure: {}", total_phrase(t)))
        .unwrap_or_default();
    let product_totals: Vec<String> = a
        .totals
        .iter()
        .filter(|t| t.unit.tier() == Some(MetricTier::ProductImpact))
        .take(2)
        .map(total_phrase)
        .collect();
    blocks.push(Block::Table(Table {
        caption: format!("What {role} is reviewed on, and the evidence from this work"),
        columns: vec!["Expectation".into(), "Evidence".into()],
        rows: vec![
            vec![
                text("Technical depth"),
                text(described(
                    count_and(&[ActivityGroup::Code]),
                    "No code work recorded",
                )),
            ],
            vec![
                text("Delivery"),
                text(match a.span {
                    Some((first, last)) => format!(
                        "{} delivered from {}, {}",
                        activities(a.done.len()),
                        span_phrase(first, last),
                        hours_phrase(a.hours)
                    ),
                    None => "Nothing delivered is recorded yet".into(),
                }),
            ],
            vec![
                text("Influence beyond the team"),
                text(if external == 0 {
                    "No work for external audiences recorded".to_owned()
                } else {
                    format!("{} for external audiences{reach}", activities(external))
                }),
            ],
            vec![
                text("Growing others"),
                text(described(
                    count_and(&[ActivityGroup::Teaching, ActivityGroup::Culture]),
                    "No teaching or mentoring recorded",
                )),
            ],
            vec![
                text("Product impact"),
                text({
                    let base = described(
                        count_and(&[ActivityGroup::Product]),
                        "No product feedback recorded",
                    );
                    if product_totals.is_empty() {
                        base
                    } else {
                        format!("{base}; {}", product_totals.join("; "))
                    }
                }),
            ],
        ],
    }));
    blocks
}

/// One tier of the measures to agree.
pub(super) struct MetricRow {
    pub(super) tier: MetricTier,
    pub(super) measure: &'static str,
    collect: &'static str,
    watch: &'static str,
}

pub(super) const METRIC_ROWS: [MetricRow; 5] = [
    MetricRow {
        tier: MetricTier::Reach,
        measure: "real readers, viewers and attendees, validated",
        collect: "Site analytics with short views filtered out, registration lists, and recording \
                  views counted 30 days after an event",
        watch: "Chasing platforms with inflated counts, or paying for views",
    },
    MetricRow {
        tier: MetricTier::Engagement,
        measure: "stars, downloads, sign-ups and workshop participants",
        collect: "Repository and package statistics, and sign-up forms tagged by campaign",
        watch: "Counting activities instead of what they achieved",
    },
    MetricRow {
        tier: MetricTier::Enablement,
        measure: "developers unblocked, and time to a first working call",
        collect: "Questions marked solved, and a timed quick-start run each quarter",
        watch: "Answering fast instead of answering well",
    },
    MetricRow {
        tier: MetricTier::ProductImpact,
        measure: "developer feedback that shipped",
        collect: "Issues and feature requests filed, linked to the releases that closed them",
        watch: "Filing many small tickets to raise the count",
    },
    MetricRow {
        tier: MetricTier::BusinessInfluence,
        measure: "named relationships and leads handed to other teams, counted as influenced, \
                  never sourced",
        collect: "A list shared with the receiving team and reviewed each quarter",
        watch: "Being pulled into selling, which costs developers' trust",
    },
];

fn metrics(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let recorded = |tier: MetricTier| {
        let found: Vec<String> = a
            .totals
            .iter()
            .filter(|t| t.unit.tier() == Some(tier))
            .take(2)
            .map(total_phrase)
            .collect();
        if found.is_empty() {
            "Nothing recorded yet".to_owned()
        } else {
            found.join("; ")
        }
    };
    let mut blocks = vec![
        para(
            "Five tiers, from the easiest to inflate to the hardest to attribute. Each is agreed \
             with product and talent before it is tracked, and judged by its change over time.",
        ),
        Block::Table(Table {
            caption: "Measures by tier".into(),
            columns: [
                "Tier",
                "Measure",
                "How to collect it",
                "Incentive to watch",
                "Recorded so far",
            ]
            .map(String::from)
            .to_vec(),
            rows: METRIC_ROWS
                .iter()
                .map(|row| {
                    vec![
                        text(row.tier.label()),
                        text(capitalised(row.measure)),
                        text(row.collect),
                        text(row.watch),
                        text(recorded(row.tier)),
                    ]
                })
                .collect(),
        }),
    ];
    let own: Vec<String> = a
        .totals
        .iter()
        .filter(|t| t.unit.tier().is_none())
        .take(5)
        .map(total_phrase)
        .collect();
    if !own.is_empty() {
        blocks.push(para(format!(
            "Also recorded, in units of my own: {}.",
            own.join("; ")
        )));
    }
    blocks
}

/// What would close a gap at `stage`.
pub(super) fn gap_idea(stage: JourneyStage) -> &'static str {
    match stage {
        JourneyStage::Discover => {
            "Discover: one talk or third-party post where these developers already gather."
        }
        JourneyStage::Evaluate => {
            "Evaluate: a quick start or sample that gets a developer to a first result in minutes."
        }
        JourneyStage::Learn => {
            "Learn: one tutorial, or an overhaul of the page developers use most."
        }
        JourneyStage::Build => {
            "Build: regular office hours, or answering questions where developers get stuck."
        }
        JourneyStage::Scale => {
            "Scale: a production guide, or a report of support trends for product."
        }
    }
}

fn plan(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let (_, unverified) = f.number_counts();
    let mut first = vec![
        "Agree the measures, the time share and the review dates with my manager, a product \
         partner and talent."
            .to_owned(),
        "Take a baseline of each agreed measure.".to_owned(),
    ];
    if unverified > 0 {
        first.push(if unverified == 1 {
            "Check the 1 unverified number against analytics, or mark it as an estimate.".to_owned()
        } else {
            format!(
                "Check the {unverified} unverified numbers against analytics, or mark them as \
                 estimates."
            )
        });
    }
    let gaps = a.gaps();
    let mut second: Vec<String> = if a.done.is_empty() {
        vec!["Record the work already done, so the baseline has evidence behind it.".into()]
    } else if gaps.is_empty() {
        vec!["Keep the current mix of work across the journey.".into()]
    } else {
        gaps.iter()
            .take(2)
            .map(|s| gap_idea(*s).to_owned())
            .collect()
    };
    if let Some(family) = a.evidence.first() {
        second.push(format!(
            "Re-use {} in a second format to reach developers who missed it.",
            quoted(&family.title)
        ));
    }
    let third = vec![
        "Report each measure against the baseline.".to_owned(),
        "Propose the next quarter's plan, including what to stop doing.".to_owned(),
    ];
    let mut blocks = vec![
        heading("Days 1 to 30"),
        list(first),
        heading("Days 31 to 60"),
        list(second),
        heading("Days 61 to 90"),
        list(third),
    ];
    let horizon = f.today().add_days(90);
    let soon: Vec<String> = a
        .planned
        .iter()
        .filter(|p| p.dates.start >= f.today() && p.dates.start <= horizon)
        .map(|p| {
            format!(
                "{}: {} ({}, {})",
                human(p.dates.start),
                p.title,
                case::lower(&f.kind_label(p)),
                hours_phrase(p.hours)
            )
        })
        .collect();
    let later = a.planned.len() - soon.len();
    if !soon.is_empty() || later > 0 {
        blocks.push(heading("Already planned"));
        if !soon.is_empty() {
            blocks.push(list(soon));
        }
        if later > 0 {
            blocks.push(para(if later == 1 {
                "1 more activity is planned outside the next 90 days.".to_owned()
            } else {
                format!("{later} more activities are planned outside the next 90 days.")
            }));
        }
    }
    blocks.push(heading("Review cadence"));
    blocks.push(list(vec![
        "Monthly: a short check-in with my manager on time spent and boundaries.".into(),
        "Quarterly: the measures reviewed with a product partner and talent.".into(),
        format!(
            "Each performance cycle: a review at {} against the level guide.",
            f.level().unwrap_or("my current level")
        ),
    ]));
    blocks
}

fn asks(f: &Facts) -> Vec<Block> {
    let budget = f.settings.budget.trim();
    vec![list(vec![
        format!(
            "Title: {}, recorded in the HR system and used in my review.",
            f.title_label
        ),
        format!(
            "Time: {} of my {}-hour week (about {} hours) for developer relations, protected in \
             planning; today it takes {}.",
            percent(f.proposed_share),
            figure(f.week()),
            figure(f.proposed_share * f.week() / 100.0),
            f.today_text()
        ),
        if budget.is_empty() {
            "Budget: none is assumed here; events, travel and tools to be sized together once the \
             plan is agreed."
                .to_owned()
        } else {
            format!("Budget: {budget}")
        },
        "Review criteria: the level guide and the agreed measures, judged by change over time \
         rather than by activity counts."
            .to_owned(),
        "Recognition: developer-relations work counts toward promotion like other engineering \
         work, and the path stays open to others who want it."
            .to_owned(),
    ])]
}

fn risks(f: &Facts) -> Vec<Block> {
    let asked_hours = f.proposed_share * f.week() / 100.0;
    let overload = match f.analysis.weekly {
        Some(weekly) if weekly.per_week > asked_hours => format!(
            "Overload: the records show {} a week already, more than the {} asked for. Without \
             protected time this work sits on top of a full engineering load, which is how \
             burnout starts.",
            hours_phrase(weekly.per_week),
            hours_phrase(asked_hours)
        ),
        _ => "Overload: this work tends to spread into evenings; the agreed share is a ceiling as \
              well as a floor, checked each month."
            .to_owned(),
    };
    let mut items = vec![
        overload,
        "Boundaries: no customer support queue, sales demos or on-call for developer questions; \
         requests beyond the agreed share go through my manager."
            .to_owned(),
        "Attribution: reach and engagement can be counted, but revenue cannot be credited to a \
         talk or a post; influence on deals is reported as influenced, never sourced."
            .to_owned(),
    ];
    let (all, unverified) = f.number_counts();
    if unverified > 0 {
        let which = match (all, unverified) {
            (1, _) => "The one recorded number is unverified".to_owned(),
            (all, unverified) if all == unverified => {
                format!("All {all} recorded numbers are unverified")
            }
            (all, 1) => format!("1 of the {all} recorded numbers is unverified"),
            (all, unverified) => {
                format!("{unverified} of the {all} recorded numbers are unverified")
            }
        };
        items.push(format!(
            "Data quality: {which} and may be inflated; the label goes \
             with every number wherever it appears."
        ));
    }
    items.push(
        "Slow payback: a tutorial may be read for years, so early quarters understate its \
         value."
            .into(),
    );
    items.push(
        "Continuity: the knowledge sits with one person; the level guide and this record let \
         others pick the work up."
            .into(),
    );
    vec![list(items)]
}
