//! What lower case must give in both builds: natively `rolecase::case` uses the standard
//! library, in the browser `String.prototype.toLowerCase`. One list, checked by `tests/case.rs`
//! natively and by `tests/browser/main.rs` in headless Chromium, so the two cannot drift apart.

use rolecase::case::{lower, lower_all};

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
}
