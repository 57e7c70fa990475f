//! The one-page proposal: each section cut to what a first read needs, in lists rather than
//! tables, so the whole document fits on a printed page.

use crate::analysis::inventory::{hours_phrase, lowercase_first};
use crate::document::role::{responsibility, LEVEL_GUIDE};
use crate::document::sections::{
    for_reader, gap_idea, list, mission, next_step, numbers_cell, para, quoted, record_lines,
    serving, the_ask, EVIDENCE_ROWS, METRIC_ROWS,
};
use crate::document::words::{figure, percent};
use crate::document::{Block, Facts, SectionKind};
use crate::model::dates::human;

/// The one-page blocks of section `kind`.
pub fn write(kind: SectionKind, f: &Facts) -> Vec<Block> {
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

fn executive_summary(f: &Facts) -> Vec<Block> {
    let shown = record_lines(f, true);
    let mut blocks = vec![para(the_ask(f)), para(for_reader(f))];
    if shown.is_empty() {
        blocks.push(para(
            "No completed work is recorded yet, so this summary has no evidence to offer.",
        ));
    } else {
        blocks.push(list(shown));
    }
    blocks.push(para(next_step(f)));
    blocks
}

fn role_definition(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    let mut groups: Vec<_> = a
        .by_group
        .iter()
        .filter_map(|(group, tally)| group.map(|g| (g, tally.hours)))
        .collect();
    crate::order::sort_by(&mut groups, |x, y| y.1.total_cmp(&x.1));
    let mut duties: Vec<String> = groups
        .iter()
        .take(3)
        .map(|(group, _)| format!("{}.", responsibility(*group)))
        .collect();
    duties.push("Agree measures with product and talent, and report on them each quarter.".into());
    vec![
        para(format!("{}. {}", f.title_label, mission(f))),
        list(duties),
        para(format!(
            "Not sales, and not a step away from engineering. Today it takes {}; the proposal \
             is {}.",
            f.today_text(),
            percent(f.proposed_share)
        )),
    ]
}

fn levels(f: &Facts) -> Vec<Block> {
    let level = f.level().map(|l| format!(" ({l})")).unwrap_or_default();
    let evidenced: Vec<String> = LEVEL_GUIDE
        .iter()
        .filter(|row| row.groups.iter().any(|g| f.analysis.group_count(*g) > 0))
        .take(4)
        .map(|row| format!("{}: {}", row.function, row.levels[1]))
        .collect();
    let mut blocks = vec![para(format!(
        "Proposed level: Established, the middle of three, mapped to my current engineering level{level} and \
         reviewed in the same cycle as engineering."
    ))];
    if !evidenced.is_empty() {
        blocks.push(list(evidenced));
    }
    blocks
}

fn evidence(f: &Facts) -> Vec<Block> {
    let a = f.analysis;
    if a.evidence.is_empty() {
        return vec![para("No completed work is recorded yet.")];
    }
    let items = a
        .evidence
        .iter()
        .take(3)
        .map(|x| {
            format!(
                "{} ({}, {} h): {}",
                quoted(&x.title),
                human(x.dates.start),
                figure(x.hours),
                numbers_cell(x)
            )
        })
        .collect();
    let mut blocks = vec![list(items)];
    let rest = a.evidence.len().min(EVIDENCE_ROWS).saturating_sub(3);
    if rest > 0 {
        blocks.push(para(format!(
            "The full proposal lists {}, with outcomes and links{}.",
            if rest == 1 {
                "1 more activity".to_owned()
            } else {
                format!("{rest} more activities")
            },
            if a.lessons.is_empty() {
                ""
            } else {
                ", and what did not work"
            }
        )));
    }
    blocks
}

fn impact(f: &Facts) -> Vec<Block> {
    let goals = &f.workspace.profile.company_goals;
    if goals.is_empty() {
        return vec![para(
            "No company goals are listed, so this section cannot tie the work to any yet.",
        )];
    }
    let words: Vec<Vec<String>> = goals.iter().map(|g| f.distinctive_words(g)).collect();
    let found = serving(&f.analysis.done, &words);
    vec![list(
        goals
            .iter()
            .zip(&found)
            .map(|(goal, serving)| match serving.len() {
                0 => format!("{goal}: no recorded activity uses its words yet."),
                1 => format!("{goal}: 1 activity uses its words."),
                n => format!("{goal}: {n} activities use its words."),
            })
            .collect(),
    )]
}

fn metrics(_: &Facts) -> Vec<Block> {
    vec![
        list(
            METRIC_ROWS
                .iter()
                .map(|row| format!("{}: {}.", row.tier.label(), row.measure))
                .collect(),
        ),
        para("Agreed with product and talent before tracking; judged by change over time."),
    ]
}

fn plan(f: &Facts) -> Vec<Block> {
    let middle = match f.analysis.gaps().first() {
        Some(stage) if !f.analysis.done.is_empty() => gap_idea(*stage).to_owned(),
        _ => "Keep the current mix of work across the journey.".to_owned(),
    };
    vec![
        list(vec![
            "Days 1 to 30: agree the measures and take a baseline.".into(),
            format!("Days 31 to 60: {}", lowercase_first(&middle)),
            "Days 61 to 90: report against the baseline and propose the next quarter.".into(),
        ]),
        para(format!(
            "Reviewed monthly with my manager, quarterly with product and talent, and at {} each \
             performance cycle.",
            f.level().unwrap_or("my current level")
        )),
    ]
}

fn asks(f: &Facts) -> Vec<Block> {
    let budget = f.settings.budget.trim();
    vec![list(vec![
        format!("Title: {}.", f.title_label),
        format!(
            "Time: {} of my {}-hour week, about {}.",
            percent(f.proposed_share),
            figure(f.week()),
            hours_phrase(f.proposed_share * f.week() / 100.0)
        ),
        if budget.is_empty() {
            "Budget: none assumed; to be sized together once the plan is agreed.".to_owned()
        } else {
            format!("Budget: {budget}")
        },
        "Review: the level guide and the agreed measures, not activity counts.".to_owned(),
    ])]
}

fn risks(_: &Facts) -> Vec<Block> {
    vec![list(
        [
            "Overload: the agreed share is a ceiling as well as a floor, checked monthly.",
            "Boundaries: no support queue, sales demos or on-call for developer questions.",
            "Attribution: revenue cannot be credited to a talk or a post; deals are \
             \u{201c}influenced\u{201d}, never \u{201c}sourced\u{201d}.",
        ]
        .map(String::from)
        .to_vec(),
    )]
}
