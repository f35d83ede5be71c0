//! Translations cannot drift: every translated message is locked to the
//! English it was checked against (`locales/<lang>/lock.toml`,
//! `src/content/lock.rs`). When the English changes, the translation is
//! stale until someone checks it and locks it again, and this fails first,
//! so a stale translation of a legal instruction never ships.

use huella::content::lock::{Drift, drift};
use huella::content::{DEFAULT_LANGUAGE, LANGUAGES};

use super::root;

/// The command that records a language's translations once checked.
fn command(code: &str, found: &[Drift]) -> String {
    let keys: Vec<&str> = (found.iter())
        .filter_map(|d| match d {
            Drift::Changed(key) | Drift::Unlocked(key) => Some(key.as_str()),
            Drift::Gone(_) => None,
        })
        .collect();
    match keys.len() {
        0 => format!("  cargo run -- lock-translations {code}   (drops the lines of keys gone)"),
        1..=12 => format!("  cargo run -- lock-translations {code} {}", keys.join(" ")),
        n => format!(
            "  cargo run -- lock-translations {code} KEY…   ({n} keys; --all once every one is checked)"
        ),
    }
}

#[test]
fn every_translation_is_locked_to_the_english_it_was_checked_against() {
    let mut stale = Vec::new();
    let mut total = 0;
    let mut commands = Vec::new();
    for language in LANGUAGES.iter().filter(|l| **l != DEFAULT_LANGUAGE) {
        let found = drift(&root().join("locales"), language.code).unwrap();
        if !found.is_empty() {
            commands.push(command(language.code, &found));
        }
        total += found.len();
        let unchecked = (found.iter())
            .filter(|d| matches!(d, Drift::Unlocked(_)))
            .count();
        if unchecked > 12 {
            // A new translation: one line, not hundreds.
            stale.push(format!(
                "{}: {unchecked} messages not checked yet (no line in the lock)",
                language.code
            ));
        }
        stale.extend(
            (found.iter())
                .filter(|d| unchecked <= 12 || !matches!(d, Drift::Unlocked(_)))
                .map(|d| format!("{}: {d}", language.code)),
        );
    }
    assert!(
        stale.is_empty(),
        "{} translations are stale or unchecked:\n{}\n\nCheck each against the English \
         (`git log -p locales/en` shows what changed) and fix it, then record the check:\n{}\n\
         (docs/TRANSLATING.md)",
        total,
        stale.join("\n"),
        commands.join("\n")
    );
}
