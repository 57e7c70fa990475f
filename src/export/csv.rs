//! Activities as CSV rows: written for spreadsheets, and read back from any spreadsheet's CSV in
//! steps an import screen can preview (the table, a column mapping, the date order), with a
//! reason for every row that cannot be used.

use thiserror::Error;

use crate::analysis::inventory::group_thousands;
use crate::model::activity::{Activity, ActivityId, Audience, Status};
use crate::model::dates::{iso, Date};
use crate::model::journey::JourneyStage;
use crate::model::metric::{Confidence, Metric, MetricUnit};
use crate::model::taxonomy::{kind_info, KindId, BUILTIN_KINDS};
use crate::model::validation::{
    format_number, parse_number, ActivityDraft, Field, MetricDraft, StatusChoice,
};
use crate::model::workspace::Workspace;

/// The largest file `read_table` accepts, in bytes: years of activities fit many times over.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The most rows below the header `read_table` accepts.
pub const MAX_ROWS: usize = 10_000;

/// The most columns `read_table` accepts; a mapping screen with more would be unusable.
pub const MAX_COLUMNS: usize = 100;

/// Spreadsheets run a cell that starts with one of these as a formula, so a title such as
/// `=HYPERLINK(...)` could act when the file is opened (CSV injection).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// How many records delimiter and header detection look at: enough to see a pattern, cheap.
const SAMPLE_RECORDS: usize = 50;

/// Month names as people write them in dates; three-letter and longer prefixes are accepted.
const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A part of an activity that a CSV column can hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CsvField {
    Kind,
    Title,
    Start,
    End,
    Hours,
    Audience,
    Channel,
    Stages,
    Status,
    Lesson,
    Outcome,
    Links,
    Tags,
    Numbers,
}

impl CsvField {
    /// Every field, in the order `to_csv` writes its columns.
    pub const ALL: [CsvField; 14] = [
        CsvField::Kind,
        CsvField::Title,
        CsvField::Start,
        CsvField::End,
        CsvField::Hours,
        CsvField::Audience,
        CsvField::Channel,
        CsvField::Stages,
        CsvField::Status,
        CsvField::Lesson,
        CsvField::Outcome,
        CsvField::Links,
        CsvField::Tags,
        CsvField::Numbers,
    ];

    /// The field's name as shown to the user, and the header `to_csv` writes for it.
    pub fn label(self) -> &'static str {
        match self {
            CsvField::Kind => "Kind",
            CsvField::Title => "Title",
            CsvField::Start => "Start",
            CsvField::End => "End",
            CsvField::Hours => "Hours",
            CsvField::Audience => "Audience",
            CsvField::Channel => "Channel",
            CsvField::Stages => "Stages",
            CsvField::Status => "Status",
            CsvField::Lesson => "Lesson",
            CsvField::Outcome => "Outcome",
            CsvField::Links => "Links",
            CsvField::Tags => "Tags",
            CsvField::Numbers => "Numbers",
        }
    }

    /// Whether several columns may feed this field: a spreadsheet often has one column per unit
    /// ("Views", "Attendees"), and their cells add up rather than compete.
    fn takes_many_columns(self) -> bool {
        matches!(
            self,
            CsvField::Stages | CsvField::Links | CsvField::Tags | CsvField::Numbers
        )
    }
}

/// The activities as CSV text: a header of `CsvField` labels, then one row per activity.
///
/// The text starts with a byte-order mark, without which Excel reads UTF-8 (Arabic, emoji,
/// accents) as a legacy code page; `read_table` drops it again.
pub fn to_csv(workspace: &Workspace) -> String {
    let mut text = String::from("\u{feff}");
    write_record(&mut text, CsvField::ALL.map(CsvField::label));
    for activity in &workspace.activities {
        write_record(
            &mut text,
            CsvField::ALL.map(|field| neutralise(cell(field, activity, workspace))),
        );
    }
    text
}

/// One CSV line ending in CRLF, as RFC 4180 writes it: a cell holding a comma, a quote or a
/// line break goes in quotes, with its quotes doubled.
fn write_record<S: AsRef<str>>(text: &mut String, cells: impl IntoIterator<Item = S>) {
    for (index, cell) in cells.into_iter().enumerate() {
        let cell = cell.as_ref();
        if index > 0 {
            text.push(',');
        }
        if cell
            .bytes()
            .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        {
            text.push('"');
            text.push_str(&cell.replace('"', "\"\""));
            text.push('"');
        } else {
            text.push_str(cell);
        }
    }
    text.push_str("\r\n");
}

fn cell(field: CsvField, activity: &Activity, workspace: &Workspace) -> String {
    match field {
        CsvField::Kind => kind_info(&activity.kind, &workspace.custom_kinds).label,
        CsvField::Title => activity.title.clone(),
        CsvField::Start => iso(activity.dates.start),
        CsvField::End => activity.dates.end.map(iso).unwrap_or_default(),
        CsvField::Hours => format_number(activity.hours),
        CsvField::Audience => activity.audience.label().to_owned(),
        CsvField::Channel => activity.channel.clone(),
        CsvField::Stages => activity
            .stages
            .iter()
            .map(|stage| stage.label())
            .collect::<Vec<_>>()
            .join("; "),
        CsvField::Status => activity.status.label().to_owned(),
        CsvField::Lesson => match &activity.status {
            Status::FailedExperiment { lesson } => lesson.clone(),
            Status::Done | Status::Planned => String::new(),
        },
        CsvField::Outcome => activity.outcome.clone(),
        CsvField::Links => activity.links.join(" "),
        CsvField::Tags => activity.tags.join("; "),
        CsvField::Numbers => activity
            .metrics
            .iter()
            .map(metric_text)
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// "1,200 views (measured)", "1 attendee (estimated)".
fn metric_text(metric: &Metric) -> String {
    let unit = if metric.value == 1.0 {
        metric.unit.singular()
    } else {
        metric.unit.label()
    };
    format!(
        "{} {unit} ({})",
        group_thousands(&format_number(metric.value)),
        metric.confidence.label().to_ascii_lowercase()
    )
}

/// Prefixes an apostrophe, which spreadsheets read as "this is text", to a cell they would
/// otherwise run as a formula. A cell that already starts with apostrophes before such a
/// character gets one more, so that `restore` gives back exactly what was written.
fn neutralise(cell: String) -> String {
    if cell.trim_start_matches('\'').starts_with(FORMULA_STARTS) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Undoes `neutralise`: drops one leading apostrophe when a formula character follows.
fn restore(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.trim_start_matches('\'').starts_with(FORMULA_STARTS) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// Why a file could not be read as a table; each message is written for the user.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum CsvError {
    #[error("The file is empty.")]
    Empty,
    #[error(
        "This file is not CSV text. In your spreadsheet app, save or export the sheet as \
         \u{201c}CSV UTF-8\u{201d} and choose that file."
    )]
    NotCsv,
    #[error(
        "This looks like a JSON backup rather than a spreadsheet: import it as a JSON backup \
         instead."
    )]
    JsonBackup,
    #[error(
        "The file is larger than {} MB. Split it into smaller files.",
        MAX_BYTES / (1024 * 1024)
    )]
    TooLarge,
    #[error(
        "The file has more than {} rows. Split it into smaller files.",
        group_thousands(&MAX_ROWS.to_string())
    )]
    TooManyRows,
    #[error(
        "The file has more than {} columns, too many to be a list of activities.",
        MAX_COLUMNS
    )]
    TooManyColumns,
    #[error("The file holds no activities: it has only a header, or only empty rows.")]
    NoRows,
}

/// A CSV file read into cells, before any cell is interpreted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    /// Whether the first row named the columns rather than holding an activity.
    pub has_header: bool,
    /// The header's names, or "Column 1", "Column 2", ... where there is none.
    pub columns: Vec<String>,
    /// The cells below the header, each row as wide as `columns`; blank rows are left out.
    pub rows: Vec<Vec<String>>,
    /// The 1-based line of the file each row starts on, for messages about it: a cell holding
    /// a line break, or a skipped blank line, makes this differ from the row's index.
    pub lines: Vec<usize>,
}

/// Reads CSV text from any spreadsheet: comma-separated, or semicolon- or tab-separated when
/// that is clearly the delimiter; a byte-order mark is dropped, ragged rows are padded.
pub fn read_table(text: &str) -> Result<CsvTable, CsvError> {
    if text.len() > MAX_BYTES {
        return Err(CsvError::TooLarge);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    if text.trim_start().starts_with('{') {
        return Err(CsvError::JsonBackup);
    }
    // A workbook or a UTF-16 file decoded as UTF-8 is full of control characters; text is not.
    if text
        .chars()
        .take(8192)
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
    {
        return Err(CsvError::NotCsv);
    }

    let mut records: Vec<(usize, Vec<String>)> = Vec::new();
    let mut lines = LineCounter::new(text);
    for (start, record) in Records::new(text, delimiter(text)) {
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > MAX_COLUMNS {
            return Err(CsvError::TooManyColumns);
        }
        // One more than MAX_ROWS may still be a header; stop reading as soon as it cannot be.
        if records.len() > MAX_ROWS {
            return Err(CsvError::TooManyRows);
        }
        let line = lines.line_of_record_at(start);
        records.push((line, record.iter().map(|cell| restore(cell)).collect()));
    }

    let has_header = looks_like_header(&records);
    let header = if has_header {
        Some(records.remove(0).1)
    } else {
        None
    };
    if records.is_empty() {
        return Err(CsvError::NoRows);
    }
    if records.len() > MAX_ROWS {
        return Err(CsvError::TooManyRows);
    }
    let width = records
        .iter()
        .map(|(_, cells)| cells.len())
        .chain(header.iter().map(Vec::len))
        .max()
        .unwrap_or(0);
    let columns = (0..width)
        .map(|index| {
            header
                .as_ref()
                .and_then(|names| names.get(index))
                .map(|name| name.trim())
                .filter(|name| !name.is_empty())
                .map_or_else(|| format!("Column {}", index + 1), str::to_owned)
        })
        .collect();
    let (lines, rows) = records
        .into_iter()
        .map(|(line, mut cells)| {
            cells.resize(width, String::new());
            (line, cells)
        })
        .unzip();
    Ok(CsvTable {
        has_header,
        columns,
        rows,
        lines,
    })
}

/// The records of CSV text, each with the byte its reading began at, read by `csv-core` (the
/// parser inside the `csv` crate, without the crate's I/O and serde layers). Rows may differ in
/// width.
struct Records<'a> {
    reader: csv_core::Reader,
    text: &'a [u8],
    at: usize,
    cells: Vec<u8>,
    ends: Vec<usize>,
}

impl<'a> Records<'a> {
    fn new(text: &'a str, delimiter: u8) -> Records<'a> {
        Records {
            reader: csv_core::ReaderBuilder::new().delimiter(delimiter).build(),
            text: text.as_bytes(),
            at: 0,
            cells: vec![0; 1024],
            ends: vec![0; 32],
        }
    }
}

impl Iterator for Records<'_> {
    type Item = (usize, Vec<String>);

    fn next(&mut self) -> Option<Self::Item> {
        use csv_core::ReadRecordResult;
        let start = self.at;
        let (mut written, mut ended) = (0, 0);
        loop {
            let (result, read, wrote, ends) = self.reader.read_record(
                &self.text[self.at..],
                &mut self.cells[written..],
                &mut self.ends[ended..],
            );
            self.at += read;
            written += wrote;
            ended += ends;
            match result {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.cells.resize(self.cells.len() * 2, 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                ReadRecordResult::Record => break,
                ReadRecordResult::End => return None,
            }
        }
        // Cells end at ASCII delimiters and lose only ASCII quotes, so they stay UTF-8.
        let mut from = 0;
        let cells = self.ends[..ended]
            .iter()
            .map(|&end| {
                let cell = String::from_utf8_lossy(&self.cells[from..end]).into_owned();
                from = end;
                cell
            })
            .collect();
        Some((start, cells))
    }
}

/// Turns a record's starting byte into the line it starts on. A record's reading begins right
/// after the previous record: before its line ending and any blank lines.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// Records come in file order, so each call only counts the bytes since the last one.
    fn line_of_record_at(&mut self, start: usize) -> usize {
        let start = start.clamp(self.offset, self.text.len());
        self.line += line_breaks(&self.text[self.offset..start]);
        self.offset = start;
        let blank = self.text[start..]
            .iter()
            .take_while(|&&b| b == b'\n' || b == b'\r')
            .count();
        self.line + line_breaks(&self.text[start..start + blank])
    }
}

fn line_breaks(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

/// Comma, unless semicolons or tabs split the rows into columns and commas clearly do not
/// (a European spreadsheet writes `1,5` for one and a half, so its commas are not columns).
fn delimiter(text: &str) -> u8 {
    let shape = |delimiter: u8| {
        let widths: Vec<usize> = Records::new(text, delimiter)
            .map(|(_, record)| record)
            .filter(|record| record.iter().any(|cell| !cell.trim().is_empty()))
            .take(SAMPLE_RECORDS)
            .map(|record| record.len())
            .collect();
        let first = widths.first().copied().unwrap_or(0);
        (first, widths.iter().all(|&width| width == first))
    };
    let (comma_width, comma_even) = shape(b',');
    [b';', b'\t']
        .into_iter()
        .map(|candidate| (candidate, shape(candidate)))
        .filter(|(_, (width, even))| *width > 1 && (comma_width <= 1 || (*even && !comma_even)))
        .max_by_key(|(_, (width, _))| *width)
        .map_or(b',', |(candidate, _)| candidate)
}

/// A first row is a header when its cells are known column names, or when it holds text where
/// the rows below hold numbers or dates.
fn looks_like_header(records: &[(usize, Vec<String>)]) -> bool {
    let Some(((_, first), below)) = records.split_first() else {
        return false;
    };
    let filled: Vec<&str> = first
        .iter()
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
        .collect();
    if filled.iter().any(|cell| is_value(cell)) {
        return false;
    }
    let known = filled
        .iter()
        .filter(|cell| field_named(cell).is_some())
        .count();
    if known >= 2 || (known >= 1 && known == filled.len()) {
        return true;
    }
    let below = &below[..below.len().min(SAMPLE_RECORDS)];
    (0..first.len()).any(|column| {
        let values: Vec<&str> = below
            .iter()
            .filter_map(|(_, cells)| cells.get(column))
            .map(|cell| cell.trim())
            .filter(|cell| !cell.is_empty())
            .collect();
        !first[column].trim().is_empty()
            && !values.is_empty()
            && values.iter().filter(|cell| is_value(cell)).count() * 2 > values.len()
    })
}

fn is_value(cell: &str) -> bool {
    is_number(cell) || is_date(cell)
}

fn is_number(cell: &str) -> bool {
    matches!(parse_number(&normalise_number(cell)), Ok(Some(_)))
}

fn is_date(cell: &str) -> bool {
    parse_date(cell, DateOrder::DayFirst).is_some()
        || parse_date(cell, DateOrder::MonthFirst).is_some()
}

/// Header names, in lower case, that mean a field; our own labels are among them.
const FIELD_NAMES: &[(&str, CsvField)] = &[
    ("kind", CsvField::Kind),
    ("type", CsvField::Kind),
    ("category", CsvField::Kind),
    ("activity type", CsvField::Kind),
    ("activity kind", CsvField::Kind),
    ("kind of activity", CsvField::Kind),
    ("format", CsvField::Kind),
    ("title", CsvField::Title),
    ("name", CsvField::Title),
    ("activity", CsvField::Title),
    ("activity name", CsvField::Title),
    ("subject", CsvField::Title),
    ("topic", CsvField::Title),
    ("start", CsvField::Start),
    ("start date", CsvField::Start),
    ("date", CsvField::Start),
    ("from", CsvField::Start),
    ("when", CsvField::Start),
    ("begin", CsvField::Start),
    ("end", CsvField::End),
    ("end date", CsvField::End),
    ("to", CsvField::End),
    ("until", CsvField::End),
    ("finish", CsvField::End),
    ("hours", CsvField::Hours),
    ("hrs", CsvField::Hours),
    ("time spent", CsvField::Hours),
    ("hours spent", CsvField::Hours),
    ("effort", CsvField::Hours),
    ("time", CsvField::Hours),
    ("duration", CsvField::Hours),
    ("audience", CsvField::Audience),
    ("internal/external", CsvField::Audience),
    ("channel", CsvField::Channel),
    ("venue", CsvField::Channel),
    ("where", CsvField::Channel),
    ("platform", CsvField::Channel),
    ("site", CsvField::Channel),
    ("event", CsvField::Channel),
    ("location", CsvField::Channel),
    ("publication", CsvField::Channel),
    ("stages", CsvField::Stages),
    ("stage", CsvField::Stages),
    ("journey stage", CsvField::Stages),
    ("journey stages", CsvField::Stages),
    ("status", CsvField::Status),
    ("state", CsvField::Status),
    ("lesson", CsvField::Lesson),
    ("lessons", CsvField::Lesson),
    ("lesson learned", CsvField::Lesson),
    ("lessons learned", CsvField::Lesson),
    ("outcome", CsvField::Outcome),
    ("outcomes", CsvField::Outcome),
    ("result", CsvField::Outcome),
    ("results", CsvField::Outcome),
    ("impact", CsvField::Outcome),
    ("notes", CsvField::Outcome),
    ("description", CsvField::Outcome),
    ("links", CsvField::Links),
    ("link", CsvField::Links),
    ("url", CsvField::Links),
    ("urls", CsvField::Links),
    ("evidence", CsvField::Links),
    ("tags", CsvField::Tags),
    ("tag", CsvField::Tags),
    ("labels", CsvField::Tags),
    ("keywords", CsvField::Tags),
    ("numbers", CsvField::Numbers),
    ("metrics", CsvField::Numbers),
    ("metric", CsvField::Numbers),
    ("figures", CsvField::Numbers),
    ("reach", CsvField::Numbers),
];

/// Header names, in lower case, for a built-in unit beyond its own singular and plural.
const UNIT_NAMES: &[(&str, MetricUnit)] = &[
    ("page views", MetricUnit::Views),
    ("video views", MetricUnit::Views),
    ("reads", MetricUnit::Readers),
    ("audience size", MetricUnit::Attendees),
    ("github stars", MetricUnit::Stars),
    ("signups", MetricUnit::SignUps),
    ("sign ups", MetricUnit::SignUps),
    ("registrations", MetricUnit::SignUps),
    ("questions", MetricUnit::QuestionsAnswered),
    ("answers", MetricUnit::QuestionsAnswered),
    ("prs", MetricUnit::PullRequests),
    ("issues", MetricUnit::IssuesFiled),
];

/// A header as compared with known names: lower case, single spaces, no trailing `:` or `*`.
fn simplify(name: &str) -> String {
    name.trim()
        .trim_end_matches([':', '*'])
        .to_ascii_lowercase()
        .replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits "effort (h)" into "effort" and "h".
fn split_note(name: &str) -> (&str, Option<&str>) {
    match name
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
    {
        Some((base, note)) => (base.trim(), Some(note.trim())),
        None => (name, None),
    }
}

/// The field a header names, if any; a unit name ("Views") means the Numbers field.
fn field_named(header: &str) -> Option<CsvField> {
    let name = simplify(header);
    let (base, note) = split_note(&name);
    // "Time spent (min)" is not hours, whatever its name says.
    let other_time_unit =
        note.is_some_and(|note| ["min", "day", "week"].iter().any(|u| note.starts_with(u)));
    for candidate in [name.as_str(), base] {
        let field = FIELD_NAMES
            .iter()
            .find(|(known, _)| *known == candidate)
            .map(|(_, field)| *field)
            .filter(|field| !(*field == CsvField::Hours && other_time_unit))
            .or_else(|| named_unit(candidate).map(|_| CsvField::Numbers));
        if field.is_some() {
            return field;
        }
    }
    None
}

/// The built-in unit `name` (any case) stands for: its label, its singular or a common synonym.
fn named_unit(name: &str) -> Option<MetricUnit> {
    let name = simplify(name);
    MetricUnit::BUILT_IN
        .into_iter()
        .find(|unit| unit.label() == name || unit.singular() == name)
        .or_else(|| {
            UNIT_NAMES
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, unit)| unit.clone())
        })
}

/// One guess per column of the field it holds; `None` where nothing fits. A field that holds one
/// value goes to the first column that fits it only. Without a header, guesses come from what
/// the cells look like: kinds, dates, hours, links, and the first remaining text as the title.
pub fn guess_mapping(table: &CsvTable) -> Vec<Option<CsvField>> {
    // The one-value fields given a column so far: at most one of each.
    let mut taken: Vec<CsvField> = Vec::new();
    let mut mapping: Vec<Option<CsvField>> = (0..table.columns.len())
        .map(|column| {
            let guess = if table.has_header {
                field_named(&table.columns[column])
            } else {
                field_by_content(table, column).map(|field| match field {
                    CsvField::Start if taken.contains(&CsvField::Start) => CsvField::End,
                    other => other,
                })
            };
            guess.filter(|field| {
                if field.takes_many_columns() {
                    true
                } else if taken.contains(field) {
                    false
                } else {
                    taken.push(*field);
                    true
                }
            })
        })
        .collect();
    if !table.has_header && !taken.contains(&CsvField::Title) {
        let text_column = (0..mapping.len())
            .find(|&column| mapping[column].is_none() && column_cells(table, column).count() > 0);
        if let Some(column) = text_column {
            mapping[column] = Some(CsvField::Title);
        }
    }
    mapping
}

/// The non-empty, trimmed cells of a column.
fn column_cells(table: &CsvTable, column: usize) -> impl Iterator<Item = &str> {
    table
        .rows
        .iter()
        .filter_map(move |row| row.get(column))
        .map(|cell| cell.trim())
        .filter(|cell| !cell.is_empty())
}

fn field_by_content(table: &CsvTable, column: usize) -> Option<CsvField> {
    let cells: Vec<&str> = column_cells(table, column).collect();
    let all = |test: fn(&str) -> bool| !cells.is_empty() && cells.iter().all(|cell| test(cell));
    if all(|cell| builtin_kind(cell).is_some()) {
        Some(CsvField::Kind)
    } else if all(is_date) {
        Some(CsvField::Start)
    } else if all(is_number) {
        Some(CsvField::Hours)
    } else if all(|cell| cell.split_whitespace().all(is_link_like)) {
        Some(CsvField::Links)
    } else if all(|cell| stage_names(cell).all(|name| stage_named(name).is_some())) {
        Some(CsvField::Stages)
    } else if all(|cell| audience_named(cell).is_some()) {
        Some(CsvField::Audience)
    } else if all(|cell| status_named(cell).is_some()) {
        Some(CsvField::Status)
    } else if all(|cell| {
        metric_pieces(cell).all(|piece| {
            let (number, unit, _) = split_metric(piece);
            !number.is_empty() && !unit.is_empty()
        })
    }) {
        Some(CsvField::Numbers)
    } else {
        None
    }
}

fn is_link_like(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// How to read a date such as 03/04/2026, which is 3 April in most of the world and March 4 in
/// the United States.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateOrder {
    /// 03/04/2026 is 3 April.
    #[default]
    DayFirst,
    /// 03/04/2026 is March 4.
    MonthFirst,
}

/// The order the date columns are written in: a first part above 12 can only be a day, a second
/// part above 12 only a day after a month; with no such date, day first.
pub fn guess_date_order(table: &CsvTable, mapping: &[Option<CsvField>]) -> DateOrder {
    let mut month_first = false;
    let date_columns = (0..table.columns.len()).filter(|&column| {
        matches!(
            mapping.get(column),
            Some(Some(CsvField::Start | CsvField::End))
        )
    });
    for column in date_columns {
        for cell in column_cells(table, column) {
            let Some((first, second)) = numeric_day_and_month(cell) else {
                continue;
            };
            if first > 12 {
                return DateOrder::DayFirst;
            }
            month_first |= second > 12;
        }
    }
    if month_first {
        DateOrder::MonthFirst
    } else {
        DateOrder::DayFirst
    }
}

/// The first two parts of an `a/b/year` or `a-b-year` date; dotted dates are always day first,
/// so they say nothing about the order.
fn numeric_day_and_month(cell: &str) -> Option<(u32, u32)> {
    let parts = date_parts(cell);
    let [a, b, year] = parts[..] else {
        return None;
    };
    let short = |part: &str| part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit());
    (short(a) && short(b) && year_of(year).is_some() && !cell.contains('.'))
        .then(|| Some((a.parse().ok()?, b.parse().ok()?)))
        .flatten()
}

/// Reads a date in the forms spreadsheets and people write: `2026-03-14`, `2026/03/14`,
/// `14/03/2026` or `03/14/2026` (per `order`), `14.03.2026`, `14 Mar 2026`, `14 March 2026`,
/// `March 14, 2026`, `14-Mar-26`; a time after the date is ignored.
fn parse_date(text: &str, order: DateOrder) -> Option<Date> {
    let text = without_time(text.trim())?;
    let parts = date_parts(text);
    let [a, b, c] = parts[..] else {
        return None;
    };
    let small =
        |part: &str| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    let number = |part: &str| part.parse::<u32>().ok();
    let (year, month, day) = if a.len() == 4 && a.bytes().all(|b| b.is_ascii_digit()) {
        (
            a.parse().ok()?,
            number(b).filter(|_| small(b))?,
            number(c).filter(|_| small(c))?,
        )
    } else if let Some(month) = month_named(a) {
        (year_of(c)?, month, number(b).filter(|_| small(b))?)
    } else if let Some(month) = month_named(b) {
        (year_of(c)?, month, number(a).filter(|_| small(a))?)
    } else if small(a) && small(b) {
        let (day, month) = if text.contains('.') || order == DateOrder::DayFirst {
            (a, b)
        } else {
            (b, a)
        };
        (year_of(c)?, number(month)?, number(day)?)
    } else {
        return None;
    };
    Date::from_ymd_opt(year, month, day)
}

fn date_parts(text: &str) -> Vec<&str> {
    text.split(|c: char| matches!(c, '-' | '/' | '.' | ',') || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .collect()
}

/// `2026-03-14T10:00:00Z` and `3/14/2026 10:00 AM` without their time of day.
fn without_time(text: &str) -> Option<&str> {
    match text.find(':') {
        None => Some(text),
        Some(colon) => {
            let cut = text[..colon].rfind(|c: char| c.is_whitespace() || c == 'T')?;
            Some(text[..cut].trim_end())
        }
    }
}

/// A four-digit year, or a two-digit one in this century.
fn year_of(part: &str) -> Option<i32> {
    if !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match part.len() {
        4 => part.parse().ok(),
        2 => part.parse::<i32>().ok().map(|year| 2000 + year),
        _ => None,
    }
}

/// 1 to 12 for a month's English name or a prefix of three letters or more ("Sept").
fn month_named(part: &str) -> Option<u32> {
    let part = part.to_ascii_lowercase();
    if part.len() < 3 {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|name| name.starts_with(&part))
        .map(|index| index as u32 + 1)
}

/// Makes the number forms people type readable by `parse_number`: `1 200` (space-grouped, as in
/// much of Europe) becomes `1200`, and a lone decimal comma (`1,5`) a decimal point. `1,200`
/// stays a thousand and two hundred.
fn normalise_number(text: &str) -> String {
    let text = text.trim();
    let groups: Vec<&str> = text.split_whitespace().collect();
    let space_grouped = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[0].bytes().all(|b| b.is_ascii_digit())
        && groups[1..].iter().enumerate().all(|(index, group)| {
            let (digits, fraction) = if index == groups.len() - 2 {
                group.split_at(group.find(['.', ',']).unwrap_or(group.len()))
            } else {
                (*group, "")
            };
            digits.len() == 3
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (fraction.is_empty() || fraction[1..].bytes().all(|b| b.is_ascii_digit()))
        });
    let text = if space_grouped {
        groups.concat()
    } else {
        text.to_owned()
    };
    match text.split_once(',') {
        Some((whole, fraction))
            if !text.contains('.')
                && (1..=2).contains(&fraction.len())
                && fraction.bytes().all(|b| b.is_ascii_digit()) =>
        {
            format!("{whole}.{fraction}")
        }
        _ => text,
    }
}

/// The cells of a Numbers column, one metric each: "1,200 views (measured); 40 attendees".
fn metric_pieces(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
}

/// Splits "1 200 page views (measured)" into the number's text, the unit and the confidence.
fn split_metric(piece: &str) -> (String, &str, Option<Confidence>) {
    let (rest, confidence) = match split_note(piece) {
        (rest, Some(note)) => match confidence_named(note) {
            Some(confidence) => (rest, Some(confidence)),
            None => (piece, None),
        },
        (rest, None) => (rest, None),
    };
    let mut rest = rest.trim();
    let mut number = String::new();
    let numeric = |token: &str| {
        token.starts_with(|c: char| c.is_ascii_digit() || c == '-')
            && token
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-'))
    };
    while let Some(token) = rest.split_whitespace().next() {
        let continues_group = number.split(' ').next().is_some_and(|group| {
            (1..=3).contains(&group.len()) && group.bytes().all(|b| b.is_ascii_digit())
        }) && token.len() == 3
            && token.bytes().all(|b| b.is_ascii_digit())
            && number.bytes().all(|b| b.is_ascii_digit() || b == b' ');
        let starts_number = number.is_empty() && numeric(token);
        if !(starts_number || continues_group) {
            break;
        }
        if !number.is_empty() {
            number.push(' ');
        }
        number.push_str(token);
        rest = rest[token.len()..].trim_start();
    }
    (normalise_number(&number), rest, confidence)
}

fn confidence_named(name: &str) -> Option<Confidence> {
    Confidence::ALL
        .into_iter()
        .find(|confidence| confidence.label().eq_ignore_ascii_case(name.trim()))
}

/// The label of the unit `text` names, built-in units by label, singular or synonym; the user's
/// own units as typed.
fn unit_label(text: &str) -> String {
    named_unit(text).map_or_else(|| text.trim().to_owned(), |unit| unit.label().to_owned())
}

/// The unit and confidence a Numbers column's header gives a bare number below it ("Views",
/// "Attendees (estimated)"); none for a generic header such as "Numbers".
fn header_unit(header: &str) -> Option<(String, Option<Confidence>)> {
    let (name, note) = split_note(header.trim());
    let confidence = note.and_then(confidence_named);
    let name = if confidence.is_some() {
        name
    } else {
        header.trim()
    };
    let generic = FIELD_NAMES
        .iter()
        .any(|(known, field)| *field == CsvField::Numbers && *known == simplify(name));
    (!generic && !name.is_empty()).then(|| (unit_label(name), confidence))
}

fn builtin_kind(text: &str) -> Option<KindId> {
    BUILTIN_KINDS
        .iter()
        .find(|kind| kind.label.eq_ignore_ascii_case(text) || kind.id.eq_ignore_ascii_case(text))
        .map(|kind| KindId::builtin(kind.id))
}

/// A kind by its label or id, built-in or the workspace's own, ignoring case.
fn kind_for(text: &str, workspace: &Workspace) -> Option<KindId> {
    workspace
        .kind_named(text)
        .or_else(|| builtin_kind(text))
        .or_else(|| {
            workspace
                .custom_kinds
                .iter()
                .find(|kind| kind.id.0.eq_ignore_ascii_case(text))
                .map(|kind| kind.id.clone())
        })
}

fn stage_names(cell: &str) -> impl Iterator<Item = &str> {
    cell.split([';', ',', '|'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
}

fn stage_named(name: &str) -> Option<JourneyStage> {
    JourneyStage::ALL
        .into_iter()
        .find(|stage| stage.label().eq_ignore_ascii_case(name))
}

fn audience_named(name: &str) -> Option<Audience> {
    Audience::ALL
        .into_iter()
        .find(|audience| audience.label().eq_ignore_ascii_case(name))
}

fn status_named(name: &str) -> Option<StatusChoice> {
    match simplify(name).as_str() {
        "done" | "complete" | "completed" | "finished" | "delivered" => Some(StatusChoice::Done),
        "planned" | "plan" | "scheduled" | "upcoming" | "to do" | "todo" => {
            Some(StatusChoice::Planned)
        }
        "failed experiment" | "failed" | "failure" | "experiment" => {
            Some(StatusChoice::FailedExperiment)
        }
        _ => None,
    }
}

/// The activities a table holds, and why the other rows could not be used.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CsvImport {
    /// Valid activities, with the workspace's next ids in order; not yet in the workspace.
    pub activities: Vec<Activity>,
    /// One entry per row that could not be used, in file order.
    pub problems: Vec<RowProblem>,
}

/// A row that could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The 1-based line in the file the row starts on, counting the header.
    pub row: usize,
    /// Every problem with the row, written for the user, naming the column and its value.
    pub reason: String,
}

/// Turns each row into an activity held to the editor's rules (the row becomes an
/// `ActivityDraft` and is validated like one), or into a problem naming what to fix.
///
/// Blank cells take the editor's defaults (external audience, done); an unmapped Stages column
/// gives the kind's usual stages. Where several columns map to a one-value field, its first
/// non-empty cell counts; the cells of Stages, Links, Tags and Numbers columns add up, and a
/// bare number takes its unit from its column's header ("Views").
pub fn import(
    table: &CsvTable,
    mapping: &[Option<CsvField>],
    order: DateOrder,
    workspace: &Workspace,
) -> CsvImport {
    let mut import = CsvImport::default();
    for (index, cells) in table.rows.iter().enumerate() {
        let id = ActivityId(workspace.next_id + import.activities.len() as u64);
        let row = Row {
            table,
            mapping,
            cells,
        };
        match row.activity(id, order, workspace) {
            Ok(activity) => import.activities.push(activity),
            Err(reasons) => import.problems.push(RowProblem {
                row: table
                    .lines
                    .get(index)
                    .copied()
                    .unwrap_or(index + 1 + usize::from(table.has_header)),
                reason: reasons.join(" "),
            }),
        }
    }
    import
}

/// One row of cells, read through the mapping.
struct Row<'a> {
    table: &'a CsvTable,
    mapping: &'a [Option<CsvField>],
    cells: &'a [String],
}

impl<'a> Row<'a> {
    fn columns(&self, field: CsvField) -> impl Iterator<Item = usize> + '_ {
        (0..self.table.columns.len())
            .filter(move |&column| self.mapping.get(column) == Some(&Some(field)))
    }

    /// Every non-empty cell mapped to `field`, trimmed, with its column.
    fn all(&self, field: CsvField) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        let cells = self.cells;
        self.columns(field).filter_map(move |column| {
            let value = cells.get(column)?.trim();
            (!value.is_empty()).then_some((column, value))
        })
    }

    fn first(&self, field: CsvField) -> Option<(usize, &'a str)> {
        self.all(field).next()
    }

    fn text(&self, field: CsvField) -> String {
        self.first(field)
            .map(|(_, value)| value.to_owned())
            .unwrap_or_default()
    }

    /// How a message refers to the field's value: `Hours “1001”`, `Title is empty`.
    fn subject(&self, field: CsvField) -> String {
        match (self.first(field), self.columns(field).next()) {
            (Some((column, value)), _) => self.quoted(column, value),
            (None, Some(column)) => format!("{} is empty", self.table.columns[column]),
            (None, None) => format!("No column is chosen for {}", field.label()),
        }
    }

    fn quoted(&self, column: usize, value: &str) -> String {
        const SHOWN: usize = 60;
        let shown: String = value.chars().take(SHOWN).collect();
        let more = if value.chars().count() > SHOWN {
            "\u{2026}"
        } else {
            ""
        };
        format!(
            "{} \u{201c}{shown}{more}\u{201d}",
            self.table.columns[column]
        )
    }

    fn activity(
        &self,
        id: ActivityId,
        order: DateOrder,
        workspace: &Workspace,
    ) -> Result<Activity, Vec<String>> {
        let mut problems = Vec::new();
        // Fields already explained here, so validation does not add a vaguer second message.
        let mut explained: Vec<Field> = Vec::new();
        let mut draft = ActivityDraft {
            channel: self.text(CsvField::Channel),
            outcome: self.text(CsvField::Outcome),
            title: self.text(CsvField::Title),
            hours: normalise_number(&self.text(CsvField::Hours)),
            lesson: self.text(CsvField::Lesson),
            ..ActivityDraft::default()
        };

        match self.first(CsvField::Kind) {
            Some((column, value)) => match kind_for(value, workspace) {
                Some(kind) => draft.kind = kind,
                None => problems.push(format!(
                    "{} is not a kind Rolecase knows: use a kind\u{2019}s name from the activity \
                     editor, or add it there as a kind of your own first.",
                    self.quoted(column, value)
                )),
            },
            None => problems.push(format!(
                "{}: say what kind of activity it was.",
                self.subject(CsvField::Kind)
            )),
        }

        for (field, form_field) in [(CsvField::Start, Field::Start), (CsvField::End, Field::End)] {
            let Some((column, value)) = self.first(field) else {
                continue;
            };
            match parse_date(value, order) {
                Some(date) if field == CsvField::Start => draft.start = iso(date),
                Some(date) => draft.end = iso(date),
                None => {
                    let example = match order {
                        DateOrder::DayFirst => "14/03/2026",
                        DateOrder::MonthFirst => "03/14/2026",
                    };
                    problems.push(format!(
                        "{} is not a date: write it like 2026-03-14, {example} or 14 Mar 2026.",
                        self.quoted(column, value)
                    ));
                    explained.push(form_field);
                }
            }
        }

        if let Some((column, value)) = self.first(CsvField::Audience) {
            match audience_named(value) {
                Some(audience) => draft.audience = audience,
                None => problems.push(format!(
                    "{} is not an audience: write Internal or External.",
                    self.quoted(column, value)
                )),
            }
        }

        if self.columns(CsvField::Stages).next().is_none() {
            draft.stages = kind_info(&draft.kind, &workspace.custom_kinds)
                .stages
                .into_iter()
                .collect();
        }
        for (column, value) in self.all(CsvField::Stages) {
            for name in stage_names(value) {
                match stage_named(name) {
                    Some(stage) => {
                        draft.stages.insert(stage);
                    }
                    None => problems.push(format!(
                        "{}: \u{201c}{name}\u{201d} is not a journey stage; the stages are \
                         Discover, Evaluate, Learn, Build and Scale.",
                        self.quoted(column, value)
                    )),
                }
            }
        }

        match self.first(CsvField::Status) {
            Some((column, value)) => match status_named(value) {
                Some(StatusChoice::FailedExperiment) => {
                    draft.status = StatusChoice::FailedExperiment;
                }
                Some(status) if !draft.lesson.is_empty() => {
                    draft.status = status;
                    problems.push(format!(
                        "{}: a lesson is kept only for a failed experiment, not for {}.",
                        self.subject(CsvField::Lesson),
                        self.quoted(column, value)
                    ));
                }
                Some(status) => draft.status = status,
                None => problems.push(format!(
                    "{} is not a status: write Done, Planned or Failed experiment.",
                    self.quoted(column, value)
                )),
            },
            // A lesson only exists for a failed experiment, so a lesson says what the status is.
            None if !draft.lesson.is_empty() => draft.status = StatusChoice::FailedExperiment,
            None => {}
        }

        draft.links = self
            .all(CsvField::Links)
            .flat_map(|(_, value)| value.split_whitespace())
            .map(|link| link.trim_end_matches([',', ';']))
            .collect::<Vec<_>>()
            .join("\n");

        draft.tags = self
            .all(CsvField::Tags)
            .flat_map(|(_, value)| value.split([';', ',']))
            .collect::<Vec<_>>()
            .join(",");

        // Where each metric came from, so a validation message can point at it.
        let mut sources = Vec::new();
        for (column, value) in self.all(CsvField::Numbers) {
            let from_header = self
                .table
                .has_header
                .then(|| header_unit(&self.table.columns[column]))
                .flatten();
            for piece in metric_pieces(value) {
                let (number, unit, confidence) = split_metric(piece);
                if number.is_empty() {
                    problems.push(format!(
                        "{} does not start with a number: write numbers like 1,200 views \
                         (measured); 40 attendees (estimated).",
                        self.quoted(column, piece)
                    ));
                    continue;
                }
                let (unit, header_confidence) = match (unit, &from_header) {
                    ("", Some((unit, confidence))) => (unit.clone(), *confidence),
                    (unit, _) => (unit_label(unit), None),
                };
                draft.metrics.push(MetricDraft {
                    value: number,
                    unit,
                    confidence: confidence.or(header_confidence).unwrap_or_default(),
                });
                sources.push(self.quoted(column, piece));
            }
        }

        let validated = draft.validate(id);
        if let Err(errors) = &validated {
            for error in errors {
                if explained.contains(&error.field) {
                    continue;
                }
                let subject = match error.field {
                    Field::Title => self.subject(CsvField::Title),
                    Field::Start => self.subject(CsvField::Start),
                    Field::End => self.subject(CsvField::End),
                    Field::Hours => self.subject(CsvField::Hours),
                    Field::Lesson => self.subject(CsvField::Lesson),
                    Field::MetricValue(index) | Field::MetricUnit(index) => sources[index].clone(),
                    Field::Links => self
                        .columns(CsvField::Links)
                        .next()
                        .map_or_else(String::new, |column| self.table.columns[column].clone()),
                    Field::ReuseOf => String::new(),
                };
                problems.push(if subject.is_empty() {
                    error.message.clone()
                } else {
                    format!("{subject}: {}", error.message)
                });
            }
        }
        match validated {
            Ok(activity) if problems.is_empty() => Ok(activity),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_read_in_the_forms_people_write_them() {
        use DateOrder::{DayFirst, MonthFirst};
        for (text, order, expected) in [
            ("2026-03-14", MonthFirst, day(2026, 3, 14)),
            ("2026/3/4", DayFirst, day(2026, 3, 4)),
            ("14/03/2026", DayFirst, day(2026, 3, 14)),
            ("03/14/2026", MonthFirst, day(2026, 3, 14)),
            ("04-03-26", DayFirst, day(2026, 3, 4)),
            ("14.03.2026", MonthFirst, day(2026, 3, 14)),
            ("14 Mar 2026", MonthFirst, day(2026, 3, 14)),
            ("14 march 2026", DayFirst, day(2026, 3, 14)),
            ("March 14, 2026", DayFirst, day(2026, 3, 14)),
            ("Sept 1 2026", DayFirst, day(2026, 9, 1)),
            ("14-Mar-26", DayFirst, day(2026, 3, 14)),
            ("3/14/2026 10:00 AM", MonthFirst, day(2026, 3, 14)),
            ("2026-03-14T10:00:00Z", DayFirst, day(2026, 3, 14)),
        ] {
            assert_eq!(parse_date(text, order), Some(expected), "{text}");
        }
        for bad in [
            "2026-02-30",
            "31/04/2026",
            "03/14/2026",
            "14 Ma 2026",
            "soon",
            "10:00",
            "14/03",
            "1/2/3/2026",
            "14/03/202",
        ] {
            assert_eq!(parse_date(bad, DayFirst), None, "{bad}");
        }
    }

    #[test]
    fn numbers_accept_space_groups_and_a_decimal_comma_but_keep_comma_thousands() {
        for (typed, expected) in [
            ("1,200", "1,200"),
            ("1 200", "1200"),
            ("1\u{a0}200\u{a0}000", "1200000"),
            ("1 200,5", "1200.5"),
            ("12,5", "12.5"),
            ("1.5", "1.5"),
            ("12 00", "12 00"),
            ("", ""),
        ] {
            assert_eq!(normalise_number(typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn a_metric_splits_into_number_unit_and_confidence() {
        assert_eq!(
            split_metric("1 200 page views (Measured)"),
            ("1200".into(), "page views", Some(Confidence::Measured))
        );
        assert_eq!(
            split_metric("40 3D prints"),
            ("40".into(), "3D prints", None)
        );
        assert_eq!(split_metric("views"), (String::new(), "views", None));
        assert_eq!(unit_label("Page Views"), "views");
        assert_eq!(unit_label("attendee"), "attendees");
        assert_eq!(unit_label("Discord members"), "Discord members");
    }

    #[test]
    fn formula_escaping_undoes_exactly() {
        for cell in ["=1+1", "'=1", "''@x", "'", "'hello", "hello", "-", "\r", ""] {
            let written = neutralise(cell.to_owned());
            assert!(!written.starts_with(FORMULA_STARTS), "{written:?}");
            assert_eq!(restore(&written), cell);
        }
    }

    #[test]
    fn headers_are_told_from_data_by_names_or_by_the_values_below() {
        let records = |rows: &[&[&str]]| -> Vec<(usize, Vec<String>)> {
            rows.iter()
                .enumerate()
                .map(|(line, cells)| (line + 1, cells.iter().map(|c| c.to_string()).collect()))
                .collect()
        };
        assert!(looks_like_header(&records(&[&["Kind", "Title"]])));
        assert!(looks_like_header(&records(&[
            &["Foo", "Bar"],
            &["x", "2026-03-14"]
        ])));
        assert!(!looks_like_header(&records(&[
            &["Foo", "Bar"],
            &["x", "y"]
        ])));
        assert!(!looks_like_header(&records(&[
            &["Impact", "2026-03-14"],
            &["x", "2026-03-15"]
        ])));
    }

    #[test]
    fn headers_with_notes_and_other_time_units() {
        assert_eq!(field_named("Effort (h)"), Some(CsvField::Hours));
        assert_eq!(field_named("Time spent (minutes)"), None);
        assert_eq!(field_named("START_DATE:"), Some(CsvField::Start));
        assert_eq!(field_named("GitHub stars"), Some(CsvField::Numbers));
        assert_eq!(field_named("Attendee"), Some(CsvField::Numbers));
        assert_eq!(header_unit("Numbers"), None);
        assert_eq!(
            header_unit("Views (estimated)"),
            Some(("views".into(), Some(Confidence::Estimated)))
        );
    }

    #[test]
    fn delimiters_are_chosen_only_when_clear() {
        assert_eq!(delimiter("a;b;c\n1;2,5;3\n"), b';');
        assert_eq!(delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(delimiter("a,b\nDiscover; Learn,2\n"), b',');
        assert_eq!(delimiter("just one column\n"), b',');
    }
}
