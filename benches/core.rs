//! Native benchmarks: analysis, proposal generation, every export and share links.
//!
//! Run with `cargo bench --bench core`.
//!
//! Each figure is its own criterion group, parameterised by the number of activities, so
//! results land in `target/criterion/<group>/<activities>/new/estimates.json`. The issue's
//! budget: `all_exports` for 1,000 activities ≤ 20 ms. Native only: criterion does not build for
//! wasm32, where this file is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::Duration;

    use criterion::measurement::WallTime;
    use criterion::{BenchmarkGroup, BenchmarkId, Criterion};
    use rolecase::analysis::impact::analyse;
    use rolecase::document::{self, text::to_text, Document};
    use rolecase::export::{csv::to_csv, html, markdown::to_markdown, share};
    use rolecase::model::dates::Date;
    use rolecase::model::generated;
    use rolecase::model::workspace::{to_json, Workspace};

    /// The seed every benchmark uses, the same as `examples/bench_data.rs`, so runs compare.
    const SEED: u64 = 2026;

    /// Workspace sizes, in activities.
    const SIZES: [usize; 3] = [100, 1_000, 10_000];

    /// Share links refuse more than 2,000 activities, so decoding is only measured up to 1,000.
    const DECODE_SIZES: [usize; 2] = [100, 1_000];

    /// The day every benchmark takes as today.
    fn today() -> Date {
        Date::from_ymd_opt(2026, 11, 22).expect("a real date")
    }

    /// The generated workspace of `count` activities.
    fn workspace(count: usize) -> Workspace {
        generated::workspace(SEED, count, today())
    }

    /// A group with the short settings every benchmark here shares, to keep the run modest.
    fn group<'a>(c: &'a mut Criterion, name: &str) -> BenchmarkGroup<'a, WallTime> {
        let mut group = c.benchmark_group(name);
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(2))
            .warm_up_time(Duration::from_millis(500));
        group
    }

    /// Measures `run` on the workspace of each size in `sizes`, with `prepare` done outside the timing.
    fn over_sizes<T, R>(
        c: &mut Criterion,
        name: &str,
        sizes: &[usize],
        prepare: impl Fn(&Workspace) -> T,
        run: impl Fn(&Workspace, &T) -> R,
    ) {
        let mut group = group(c, name);
        for &count in sizes {
            let ws = workspace(count);
            let prepared = prepare(&ws);
            group.bench_with_input(BenchmarkId::from_parameter(count), &count, |b, _| {
                b.iter(|| black_box(run(black_box(&ws), black_box(&prepared))))
            });
        }
        group.finish();
    }

    /// The proposal document for `ws`, built once outside the timing of the exports.
    fn doc(ws: &Workspace) -> Document {
        document::build(ws, today())
    }

    /// Impact analysis of the whole workspace.
    fn bench_analyse(c: &mut Criterion) {
        over_sizes(c, "analyse", &SIZES, |_| (), |ws, _| analyse(ws, today()));
    }

    /// Proposal generation, analysis included.
    fn bench_proposal(c: &mut Criterion) {
        over_sizes(
            c,
            "proposal",
            &SIZES,
            |_| (),
            |ws, _| document::build(ws, today()),
        );
    }

    /// The Markdown export of a built proposal.
    fn bench_markdown(c: &mut Criterion) {
        over_sizes(c, "export_markdown", &SIZES, doc, |_, d| to_markdown(d));
    }

    /// The standalone HTML export of a built proposal.
    fn bench_html(c: &mut Criterion) {
        over_sizes(c, "export_html", &SIZES, doc, |_, d| html::standalone(d));
    }

    /// A rich-text copy: the HTML fragment and the plain text that go on the clipboard together.
    fn bench_rich_text(c: &mut Criterion) {
        over_sizes(c, "export_rich_text", &SIZES, doc, |_, d| {
            (html::fragment(d), to_text(d))
        });
    }

    /// The CSV export of the activities.
    fn bench_csv(c: &mut Criterion) {
        over_sizes(c, "export_csv", &SIZES, |_| (), |ws, _| to_csv(ws));
    }

    /// The JSON backup of the workspace.
    fn bench_json(c: &mut Criterion) {
        over_sizes(c, "export_json", &SIZES, |_| (), |ws, _| to_json(ws));
    }

    /// Encoding a share link's payload.
    fn bench_share_encode(c: &mut Criterion) {
        over_sizes(
            c,
            "share_encode",
            &SIZES,
            |_| (),
            |ws, _| share::encode(ws, today()),
        );
    }

    /// Decoding a share link's payload, for 100 and 1,000 activities only: `decode` refuses more
    /// than 2,000 activities, so 10,000 would measure a refusal, not a decode.
    fn bench_share_decode(c: &mut Criterion) {
        over_sizes(
            c,
            "share_decode",
            &DECODE_SIZES,
            |ws| share::encode(ws, today()),
            |_, payload| share::decode(payload).expect("a payload made by encode decodes"),
        );
    }

    /// Everything a user can export, in one go from the workspace, for 1,000 activities: the
    /// figure the 20 ms budget is about.
    fn bench_all_exports(c: &mut Criterion) {
        over_sizes(
            c,
            "all_exports",
            &[1_000],
            |_| (),
            |ws, _| {
                let today = today();
                let d = document::build(ws, today);
                to_markdown(&d).len()
                    + html::standalone(&d).len()
                    + html::fragment(&d).len()
                    + to_text(&d).len()
                    + to_csv(ws).len()
                    + to_json(ws).len()
                    + share::encode(ws, today).len()
            },
        );
    }

    /// Runs every group, taking criterion's usual command-line options (filters, `--bench`).
    pub fn main() {
        let mut c = Criterion::default().configure_from_args();
        bench_analyse(&mut c);
        bench_proposal(&mut c);
        bench_markdown(&mut c);
        bench_html(&mut c);
        bench_rich_text(&mut c);
        bench_csv(&mut c);
        bench_json(&mut c);
        bench_share_encode(&mut c);
        bench_share_decode(&mut c);
        bench_all_exports(&mut c);
        c.final_summary();
    }
}

/// Runs the native benchmarks.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// Nothing to run on wasm32: these benchmarks are native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
