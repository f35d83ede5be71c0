//! The facts match: every number, phone number, form name, web address and
//! street address an English message states is stated by each translation
//! of it too. A translator who drops "I-589" or turns 30 days into 33 changes
//! what a person does; this catches the slip, not the wording.
//!
//! A message's text is all of its words, every variant of every select
//! included (variables are left out: the placeholder test compares them).
//! Digits are digits in any script: Arabic-Indic ٣٠ is 30. Numbers are
//! compared as runs of digits, so "1,000" and "1.000" agree, and so do
//! "9:30" and "9.30". Where a translation rightly writes a number another
//! way, `DIFFERENT` says so and why.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_syntax::ast;
use regex_lite::Regex;

use huella::content::texts::is_number_variable;
use huella::content::{DEFAULT_LANGUAGE, LANGUAGES};

use super::for_each_message;

/// Facts a translation states differently on purpose: language, key, the
/// English fact, and why.
const DIFFERENT: &[(&str, &str, &str, &str)] = &[
    ("ar", "q-hearing-opt-within-60-days-hint", "2", ARABIC_DUAL),
    ("ar", "q-hearing-opt-later-hint", "2", ARABIC_DUAL),
    ("ar", "q-waited-opt-under-2-months", "2", ARABIC_DUAL),
    ("ar", "q-waited-opt-2-to-3-months", "2", ARABIC_DUAL),
    ("ar", "q-reschedules-opt-2-or-more", "2", ARABIC_DUAL),
    ("ar", "q-reschedules-opt-not-sure-hint", "2", ARABIC_DUAL),
];

/// Arabic counts two of a thing with the noun's dual, not a numeral: شهرين
/// is "2 months", مرتين "2 times"; "2 شهر" would be wrong.
const ARABIC_DUAL: &str = "Arabic says two with the dual (شهرين, مرتين)";

/// A fact as it is compared.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Fact {
    /// `https://…` or a host such as `my.uscis.gov/…`, as written.
    Web(String),
    /// Its digits only: "1-800-375-5283" and "(800) 375 5283" differ only in layout.
    Phone(String),
    /// `I-589`, `EOIR-33`, `AR-11`, `I-797C`, as written.
    Form(String),
    /// "12 Orchard Street", as written.
    Address(String),
    /// A run of digits.
    Number(String),
}

impl Fact {
    fn as_written(&self) -> String {
        match self {
            Fact::Web(s) | Fact::Form(s) | Fact::Address(s) | Fact::Number(s) => s.clone(),
            Fact::Phone(digits) => format!("the phone number {digits}"),
        }
    }
}

static WEB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bhttps?://[^\s<>«»]+|\b(?:[a-z0-9-]+\.)+(?:gov|org|com|net|edu|us)\b(?:/[^\s<>«»]*)?").unwrap()
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b1[ .-])?(?:\(\d{3}\)\s?|\b\d{3}[ .-])\d{3}[ .-]\d{4}\b").unwrap()
});
static FORM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[A-Z]{1,4}-\d+[A-Z]?\b").unwrap());
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b\d+ (?:[A-Z][a-z]+ )+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Pike|Drive|Dr|Lane|Ln|Way|Place|Pl|Court|Ct|Parkway|Pkwy)\b\.?",
    )
    .unwrap()
});
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").unwrap());

/// Digits of any script as ASCII digits, without the bidi controls that
/// right-to-left texts put around them.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06f0}'..='\u{06f9}' => char::from(b'0' + (c as u32 - 0x06f0) as u8),
            _ => c,
        })
        .collect()
}

/// The facts a text states.
fn facts(text: &str) -> BTreeSet<Fact> {
    let text = plain(text);
    let trim = |s: &str| {
        s.trim_end_matches(['.', ',', ':', ';', ')', '!', '?'])
            .to_owned()
    };
    let mut found = BTreeSet::new();
    found.extend(WEB.find_iter(&text).map(|m| Fact::Web(trim(m.as_str()))));
    found.extend(
        PHONE
            .find_iter(&text)
            .map(|m| Fact::Phone(m.as_str().chars().filter(char::is_ascii_digit).collect())),
    );
    found.extend(
        FORM.find_iter(&text)
            .map(|m| Fact::Form(m.as_str().to_owned())),
    );
    found.extend(
        ADDRESS
            .find_iter(&text)
            .map(|m| Fact::Address(trim(m.as_str()))),
    );
    found.extend(
        DIGITS
            .find_iter(&text)
            .map(|m| Fact::Number(m.as_str().to_owned())),
    );
    found
}

/// The count a plural variant is written for, when it is one number.
fn counted<'a>(key: &ast::VariantKey<&'a str>) -> Option<&'a str> {
    match key {
        ast::VariantKey::NumberLiteral { value } => Some(value),
        ast::VariantKey::Identifier { name } => match *name {
            "zero" => Some("0"),
            "one" => Some("1"),
            "two" => Some("2"),
            _ => None,
        },
    }
}

/// Every word of a message: its text in every variant, one piece a line.
fn words(message: &ast::Message<&str>) -> String {
    fn pattern(p: &ast::Pattern<&str>, out: &mut String) {
        for element in &p.elements {
            match element {
                ast::PatternElement::TextElement { value } => out.push_str(value),
                ast::PatternElement::Placeable { expression } => expression_words(expression, out),
            }
        }
    }
    fn expression_words(e: &ast::Expression<&str>, out: &mut String) {
        match e {
            ast::Expression::Select { selector, variants } => {
                let counts = matches!(selector,
                    ast::InlineExpression::VariableReference { id } if is_number_variable(id.name));
                for variant in variants {
                    let mut text = String::new();
                    pattern(&variant.value, &mut text);
                    // "[one] That is 1 day": the 1 is the count itself,
                    // which a translation writes as the variable or a word.
                    if let Some(count) = counts.then(|| counted(&variant.key)).flatten() {
                        text = DIGITS
                            .replace_all(&text, |m: &regex_lite::Captures<'_>| {
                                if &m[0] == count {
                                    " ".to_owned()
                                } else {
                                    m[0].to_owned()
                                }
                            })
                            .into_owned();
                    }
                    out.push('\n');
                    out.push_str(&text);
                }
                out.push('\n');
            }
            ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                out.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(value));
            }
            ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
                expression_words(expression, out);
            }
            // A variable stands apart from the words around it.
            ast::Expression::Inline(_) => out.push(' '),
        }
    }
    let mut out = String::new();
    if let Some(value) = &message.value {
        pattern(value, &mut out);
    }
    for attribute in &message.attributes {
        out.push('\n');
        pattern(&attribute.value, &mut out);
    }
    out
}

fn messages(code: &str) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for_each_message(code, |message| {
        found.insert(message.id.name.to_owned(), words(message));
    });
    found
}

/// Each fact of an English message that a translation does not state, as
/// `lang: key: "fact"`, and the `DIFFERENT` entries no longer needed.
fn missing_facts() -> (Vec<String>, Vec<String>) {
    let english = messages(DEFAULT_LANGUAGE.code);
    let mut missing = Vec::new();
    let mut used = BTreeSet::new();
    for language in LANGUAGES.iter().filter(|l| **l != DEFAULT_LANGUAGE) {
        for (key, text) in messages(language.code) {
            let Some(source) = english.get(&key) else {
                continue;
            };
            let stated = facts(&text);
            for fact in facts(source).difference(&stated) {
                let written = fact.as_written();
                let allowed = DIFFERENT
                    .iter()
                    .position(|&(l, k, f, _)| l == language.code && k == key && f == written);
                match allowed {
                    Some(at) => {
                        used.insert(at);
                    }
                    None => missing.push(format!("{}: {key}: {written:?}", language.code)),
                }
            }
        }
    }
    let unused = (DIFFERENT.iter().enumerate())
        .filter(|(at, _)| !used.contains(at))
        .map(|(_, (l, k, f, _))| format!("{l}: {k}: {f:?}"))
        .collect();
    (missing, unused)
}

#[test]
fn every_fact_of_an_english_message_is_in_each_translation() {
    let (missing, _) = missing_facts();
    assert!(
        missing.is_empty(),
        "{} facts of the English are not in the translation (a number, phone number, form \
         name, web or street address). Fix the translation, or where it rightly differs add \
         it to DIFFERENT in tests/locales/facts.rs with the reason:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn every_allowed_difference_is_still_needed() {
    let (_, unused) = missing_facts();
    assert!(
        unused.is_empty(),
        "DIFFERENT lists facts every translation now states: {unused:#?}"
    );
}

#[test]
fn the_facts_of_a_text_are_found_in_any_script_and_layout() {
    let english = facts(
        "Call 1-800-375-5283 or (555) 010-0199 within 30 days. Send Form I-589 and I-797C to \
         12 Orchard Street; see https://www.uscis.gov/i-589, or my.uscis.gov/account.",
    );
    let expected = [
        Fact::Web("https://www.uscis.gov/i-589".into()),
        Fact::Web("my.uscis.gov/account".into()),
        Fact::Phone("18003755283".into()),
        Fact::Phone("5550100199".into()),
        Fact::Form("I-589".into()),
        Fact::Form("I-797C".into()),
        Fact::Address("12 Orchard Street".into()),
        Fact::Number("30".into()),
    ];
    for fact in &expected {
        assert!(english.contains(fact), "{fact:?} in {english:#?}");
    }
    // Arabic-Indic digits, isolated, count as the same digits.
    let arabic = facts("خلال \u{2068}٣٠\u{2069} يومًا، النموذج I-589، اتصل بـ ١-٨٠٠-٣٧٥-٥٢٨٣");
    for fact in [
        Fact::Number("30".into()),
        Fact::Form("I-589".into()),
        Fact::Phone("18003755283".into()),
    ] {
        assert!(arabic.contains(&fact), "{fact:?} in {arabic:#?}");
    }
    assert!(!facts("I-598").contains(&Fact::Form("I-589".into())));
}

#[test]
fn the_count_a_plural_variant_is_written_for_may_be_a_word_or_the_variable() {
    let english = "a = { $days ->\n    [one] That is 1 day, 30 in all.\n   *[other] That is { $days } days.\n}\n";
    let arabic =
        "a = { $days ->\n    [one] يوم واحد، 30 في المجموع.\n   *[other] { $days } يومًا.\n}\n";
    let facts_of = |text: &str| {
        let resource = fluent_syntax::parser::parse(text).unwrap();
        let ast::Entry::Message(message) = &resource.body[0] else {
            panic!("a message");
        };
        facts(&words(message))
    };
    assert_eq!(
        facts_of(english),
        BTreeSet::from([Fact::Number("30".into())]),
        "the 1 of [one] is the count, the 30 a fact"
    );
    assert!(facts_of(english).is_subset(&facts_of(arabic)));
}
