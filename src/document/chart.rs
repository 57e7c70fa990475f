//! Charts as data, and their layout as plain shapes, so that the page and the exports draw the
//! same SVG without a chart library.

/// A chart with a text alternative that says everything the picture does.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    /// One or two sentences a screen-reader user (or a printed copy) gets instead of the picture.
    pub summary: String,
    pub style: ChartStyle,
    pub bars: Vec<Bar>,
}

/// How the bars stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartStyle {
    /// One labelled row per bar, for categories with long names.
    Rows,
    /// Columns along a time axis.
    Columns,
}

/// One bar: its label, its value, and the value as written beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub value_label: String,
    /// Not final yet (the quarter still running): drawn hatched, and said in the summary.
    pub partial: bool,
}

/// The drawing: a view box and the shapes inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
}

/// Which way a label's text runs from its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A piece of the drawing. Styling comes from class names, so dark mode and print restyle it.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A bar; `empty` bars (value 0) are drawn as a dashed outline, so a gap is visible without
    /// relying on colour, and their value label says so in words.
    Bar {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        empty: bool,
        /// Drawn with a dashed outline over a lighter fill, so "not final" shows without colour.
        partial: bool,
    },
    Label {
        x: f64,
        y: f64,
        anchor: Anchor,
        /// A value label rather than a category label.
        value: bool,
        text: String,
    },
    /// The base line the bars stand on.
    Axis { x1: f64, y1: f64, x2: f64, y2: f64 },
}

const WIDTH: f64 = 420.0;
const ROW_HEIGHT: f64 = 30.0;
const LABEL_WIDTH: f64 = 116.0;
const VALUE_ROOM: f64 = 136.0;
const LABEL_CHARS: usize = 16;
const COLUMNS_HEIGHT: f64 = 220.0;
const COLUMNS_LABEL_ROOM: f64 = 36.0;
const COLUMNS_VALUE_ROOM: f64 = 22.0;
const COLUMNS_MARGIN: f64 = 16.0;
/// The width a zero-value bar is drawn with, so its outline is seen.
const EMPTY_BAR: f64 = 14.0;

/// `text` cut to `limit` characters with an ellipsis; the full text stays in the summary.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_owned()
    } else {
        let kept: String = text.chars().take(limit - 1).collect();
        format!("{}\u{2026}", kept.trim_end())
    }
}

/// Writes a number for an SVG attribute: layout arithmetic leaves long binary fractions that
/// add bytes and no precision anyone can see.
pub fn svg_number(value: f64) -> String {
    crate::model::decimal::format((value * 100.0).round() / 100.0)
}

/// Lays `chart` out in a fixed-width view box that scales to its container.
pub fn layout(chart: &Chart) -> Layout {
    let largest = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let scale = |value: f64, room: f64| {
        if largest > 0.0 {
            value / largest * room
        } else {
            0.0
        }
    };
    let mut shapes = Vec::new();
    match chart.style {
        ChartStyle::Rows => {
            let room = WIDTH - LABEL_WIDTH - VALUE_ROOM;
            for (index, bar) in chart.bars.iter().enumerate() {
                let top = index as f64 * ROW_HEIGHT;
                let middle = top + ROW_HEIGHT / 2.0 + 4.0;
                let empty = bar.value <= 0.0;
                let width = if empty {
                    EMPTY_BAR
                } else {
                    scale(bar.value, room).max(2.0)
                };
                shapes.push(Shape::Label {
                    x: LABEL_WIDTH - 8.0,
                    y: middle,
                    anchor: Anchor::End,
                    value: false,
                    text: shorten(&bar.label, LABEL_CHARS),
                });
                shapes.push(Shape::Bar {
                    x: LABEL_WIDTH,
                    y: top + 6.0,
                    width,
                    height: ROW_HEIGHT - 12.0,
                    empty,
                    partial: bar.partial,
                });
                shapes.push(Shape::Label {
                    x: LABEL_WIDTH + width + 6.0,
                    y: middle,
                    anchor: Anchor::Start,
                    value: true,
                    text: bar.value_label.clone(),
                });
            }
            shapes.push(Shape::Axis {
                x1: LABEL_WIDTH,
                y1: 0.0,
                x2: LABEL_WIDTH,
                y2: chart.bars.len() as f64 * ROW_HEIGHT,
            });
            Layout {
                width: WIDTH,
                height: (chart.bars.len() as f64 * ROW_HEIGHT).max(ROW_HEIGHT),
                shapes,
            }
        }
        ChartStyle::Columns => {
            let count = chart.bars.len().max(1) as f64;
            // Side margins keep the first and last category labels inside the view box.
            let slot = (WIDTH - 2.0 * COLUMNS_MARGIN) / count;
            let base = COLUMNS_HEIGHT - COLUMNS_LABEL_ROOM;
            let room = base - COLUMNS_VALUE_ROOM;
            // Name every column while the names fit, else every second or third; values are
            // short, so every column keeps its value while there is room for a few digits.
            let every = ((chart.bars.len() as f64 * 60.0 / WIDTH).ceil() as usize).max(1);
            let values_fit = slot >= 24.0;
            for (index, bar) in chart.bars.iter().enumerate() {
                let empty = bar.value <= 0.0;
                let height = if empty {
                    2.0
                } else {
                    scale(bar.value, room).max(2.0)
                };
                let x = COLUMNS_MARGIN + index as f64 * slot + slot * 0.15;
                let centre = COLUMNS_MARGIN + index as f64 * slot + slot / 2.0;
                shapes.push(Shape::Bar {
                    x,
                    y: base - height,
                    width: slot * 0.7,
                    height,
                    empty,
                    partial: bar.partial,
                });
                if values_fit || index % every == 0 {
                    shapes.push(Shape::Label {
                        x: centre,
                        y: base - height - 6.0,
                        anchor: Anchor::Middle,
                        value: true,
                        text: bar.value_label.clone(),
                    });
                }
                if index % every == 0 {
                    shapes.push(Shape::Label {
                        x: centre,
                        y: base + 20.0,
                        anchor: Anchor::Middle,
                        value: false,
                        text: shorten(&bar.label, 12),
                    });
                }
            }
            shapes.push(Shape::Axis {
                x1: 0.0,
                y1: base,
                x2: WIDTH,
                y2: base,
            });
            Layout {
                width: WIDTH,
                height: COLUMNS_HEIGHT,
                shapes,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_numbers_are_short() {
        assert_eq!(svg_number(116.0), "116");
        assert_eq!(svg_number(100.0 / 3.0), "33.33");
        assert_eq!(svg_number(0.1 + 0.2), "0.3");
    }

    fn chart(style: ChartStyle, values: &[f64]) -> Chart {
        Chart {
            title: "Hours".into(),
            summary: "Hours by group.".into(),
            style,
            bars: values
                .iter()
                .enumerate()
                .map(|(i, v)| Bar {
                    label: format!("Group {i} with a rather long name indeed"),
                    value: *v,
                    value_label: format!("{v} hours"),
                    partial: false,
                })
                .collect(),
        }
    }

    fn bars(layout: &Layout) -> Vec<(f64, f64, bool)> {
        layout
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Bar {
                    width,
                    height,
                    empty,
                    ..
                } => Some((*width, *height, *empty)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn rows_scale_to_the_largest_and_gaps_are_outlined() {
        let drawn = layout(&chart(ChartStyle::Rows, &[10.0, 5.0, 0.0]));
        let widths = bars(&drawn);
        assert_eq!(widths[0].0, WIDTH - LABEL_WIDTH - VALUE_ROOM);
        assert_eq!(widths[1].0 * 2.0, widths[0].0);
        assert!(widths[2].2, "a zero bar is drawn as an empty outline");
        assert_eq!(drawn.height, 3.0 * ROW_HEIGHT);
        let long_label = drawn.shapes.iter().find_map(|s| match s {
            Shape::Label {
                value: false, text, ..
            } => Some(text.clone()),
            _ => None,
        });
        let long_label = long_label.unwrap();
        assert!(long_label.chars().count() <= LABEL_CHARS, "{long_label}");
        assert!(long_label.ends_with('\u{2026}'), "{long_label}");
    }

    #[test]
    fn columns_fit_any_count_and_thin_out_their_labels() {
        let many = layout(&chart(ChartStyle::Columns, &[1.0; 40]));
        assert_eq!(bars(&many).len(), 40);
        let labels = many
            .shapes
            .iter()
            .filter(|s| matches!(s, Shape::Label { value: false, .. }))
            .count();
        assert!(labels < 20, "{labels} labels would overlap");
        let none = layout(&chart(ChartStyle::Columns, &[]));
        assert_eq!(bars(&none).len(), 0);
        let zeros = layout(&chart(ChartStyle::Rows, &[0.0, 0.0]));
        assert!(bars(&zeros).iter().all(|(_, _, empty)| *empty));
    }
}
