//! What lower case and words must give in both builds: natively `rolecase::case` uses the
//! standard library, in the browser `String.prototype.toLowerCase` and a regular expression
//! over Unicode properties. One list, checked by `tests/case.rs` natively and by
//! `tests/browser/main.rs` in headless Chromium, so the two cannot drift apart.

use rolecase::case::{lower, lower_all, lower_words};

pub fn check() {
    assert_eq!(lower("Office HOURS"), "office hours");
    assert_eq!(lower("ΟΔΥΣΣΕΥΣ"), "οδυσσευς");
    assert_eq!(lower("Вебинар İstanbul"), "вебинар i\u{307}stanbul");
    assert_eq!(lower(""), "");

    let texts = [
        "Talk".to_owned(),
        "ÉTÉ\0Ω".to_owned(),
        String::new(),
        "Ünï".to_owned(),
    ];
    assert_eq!(lower_all(&texts), ["talk", "été ω", "", "ünï"]);
    assert_eq!(lower_all(&["A".to_owned(), "B".to_owned()]), ["a", "b"]);
    assert!(lower_all(&[]).is_empty());

    // Words: letters and digits of any script stay (lowered), everything else is a space.
    assert_eq!(lower_words("SDK-Docs, v2.0!"), "sdk docs  v2 0 ");
    assert_eq!(lower_words(""), "");
    assert_eq!(
        lower_words("Größe — ΟΔΥΣΣΕΥΣ’ «Вебинар» 東京のトーク。٣ ½"),
        "größe   οδυσσευς   вебинар  東京のトーク ٣ ½"
    );
    // Marks that are not letters split words, as the standard library's `is_alphanumeric`
    // does: a decomposed é, an emoji, a non-breaking space.
    assert_eq!(
        lower_words("Cafe\u{301} 🚀Launch\u{a0}X"),
        "cafe   launch x"
    );
    assert_eq!(lower_words("İstanbul"), "i\u{307}stanbul");
}
