//! Data for the benchmark scripts, from the same seeded generator the native benchmarks use.
//!
//!     cargo run --release --example bench_data -- stored 2000      # the workspace as the app stores it
//!     cargo run --release --example bench_data -- share 50         # {"snapshot":…,"workspace":…}
//!
//! For a share link, `snapshot` is the JSON the link compresses (lz-string's input) and
//! `workspace` the backup to open the app with: the bench reads the app's own link.

use rolecase::export::share::snapshot_json;
use rolecase::model::dates::Date;
use rolecase::model::generated::workspace;
use rolecase::model::json::Writer;
use rolecase::model::workspace::{to_json, to_stored_json};

/// The seed and day every benchmark uses, so runs compare like with like.
const SEED: u64 = 2026;

fn main() {
    let today = Date::from_ymd_opt(2026, 11, 22).expect("a real date");
    let mut args = std::env::args().skip(1);
    let (what, count) = match (
        args.next(),
        args.next().and_then(|n| n.parse::<usize>().ok()),
    ) {
        (Some(what), Some(count)) => (what, count),
        _ => {
            eprintln!("usage: bench_data stored|share <count>");
            std::process::exit(2);
        }
    };
    let generated = workspace(SEED, count, today);
    match what.as_str() {
        "stored" => println!("{}", to_stored_json(&generated)),
        "share" => {
            let mut w = Writer::default();
            w.object();
            w.field("snapshot", &snapshot_json(&generated, today));
            w.field("workspace", &to_json(&generated));
            w.end_object();
            println!("{}", w.finish());
        }
        other => {
            eprintln!("unknown data {other:?}: use stored or share");
            std::process::exit(2);
        }
    }
}
