//! A chart drawn as inline SVG from its laid-out shapes, with its text alternative beside it.

use yew::prelude::*;

use crate::document::chart::{layout, svg_number, Anchor, Shape};
use crate::document::Chart;

fn anchor(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::Start => "start",
        Anchor::Middle => "middle",
        Anchor::End => "end",
    }
}

/// The chart as a figure: title, picture, and the summary that says the same in words. `id` is
/// page-unique; the summary paragraph gets `<id>-summary`.
pub fn chart_view(chart: &Chart, id: String) -> Html {
    let drawn = layout(chart);
    let summary_id = format!("{id}-summary");
    let shapes = drawn.shapes.iter().map(|shape| match shape {
        Shape::Bar {
            x,
            y,
            width,
            height,
            empty,
            partial,
        } => html! {
            <rect class={bar_class(*empty, *partial)}
                x={svg_number(*x)} y={svg_number(*y)}
                width={svg_number(*width)} height={svg_number(*height)} rx="2" />
        },
        Shape::Label {
            x,
            y,
            anchor: side,
            value,
            text,
        } => html! {
            <text class={if *value { "chart__value" } else { "chart__label" }}
                x={svg_number(*x)} y={svg_number(*y)} text-anchor={anchor(*side)}>{ text }</text>
        },
        Shape::Axis { x1, y1, x2, y2 } => html! {
            <line class="chart__axis" x1={svg_number(*x1)} y1={svg_number(*y1)}
                x2={svg_number(*x2)} y2={svg_number(*y2)} />
        },
    });
    html! {
        <figure class="chart" id={id}>
            <figcaption class="chart__title">{ &chart.title }</figcaption>
            <svg class="chart__svg" viewBox={format!("0 0 {} {}", svg_number(drawn.width), svg_number(drawn.height))}
                role="img" aria-label={chart.title.clone()} aria-describedby={summary_id.clone()}
                preserveAspectRatio="xMinYMin meet">
                { for shapes }
            </svg>
            <p class="chart__summary" id={summary_id}>{ &chart.summary }</p>
        </figure>
    }
}

/// A bar's classes: plain, or marked as a gap or as a part of a period still running. Plain
/// strings rather than `classes!`, which would bring a whole ordered set type into the app.
fn bar_class(empty: bool, partial: bool) -> &'static str {
    match (empty, partial) {
        (false, false) => "chart__bar",
        (true, false) => "chart__bar chart__bar--empty",
        (false, true) => "chart__bar chart__bar--partial",
        (true, true) => "chart__bar chart__bar--empty chart__bar--partial",
    }
}
