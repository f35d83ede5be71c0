//! Every word a person reads is in the locale files: every key the code can
//! ask for exists in every language, and every language has the same keys
//! with the same placeholders.
//!
//! The keys the code can ask for are found three ways, so that new code is
//! covered without anyone remembering this file:
//! - named in a template: the argument of every `t(...)` and `t_with(...)`;
//! - named in the Rust code: every kebab-case string literal under `src/` is
//!   a key unless it is known to be something else (an id, a variable, a
//!   header...);
//! - built in the Rust code with `format!`: every key-shaped pattern under
//!   `src/` must be one this file enumerates from the real ids and content
//!   data, or the test fails and says which pattern to teach it.

mod bidi;
mod drift;
mod facts;
mod plurals;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use askama::Template;

use huella::content::texts::VARIABLES;
use huella::content::{LANGUAGES, Texts, WatchStatus, guide};
use huella::decision::flow::DateProblem;
use huella::decision::plan::DEADLINE_STEPS;
use huella::decision::{Answers, BringId, QuestionId, QuestionKind, Situation, StepId, UrgencyId};
use huella::views::{BackTo, DEADLINE_STATES, PageContext, PrivacyPage, QuestionPage};

/// Kebab-case literals in `src/` that are not locale keys. Ids, Fluent
/// variables and content facts are known without listing them here.
const NOT_KEYS: &[&str] = &[
    // HTTP header names and values.
    "accept-encoding",
    "clear-site-data",
    "no-referrer",
    "no-store",
    "same-origin",
    "sec-fetch-site",
    "x-forwarded-for",
    // serde's spelling of field names.
    "kebab-case",
    // A question form's field: the language to show the page in.
    "switch-language",
    // Field names of `content/guide.toml`, quoted in its errors.
    "notice-call-after",
    "receipt-call-after",
    // The id of the resume code's input.
    "resume-code",
    // Subcommands of the binary (src/main.rs).
    "check-content",
    "lock-translations",
];

/// Message ids and the variables each one uses, from one language's folder,
/// read by the same code that checks an organisation's overrides.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let messages = huella::content::local::builtin_messages(lang)
        .unwrap_or_else(|problems| panic!("{problems}"));
    (messages.into_iter())
        .map(|(id, message)| (id, message.variables))
        .collect()
}

/// Calls `each` with every message of a language's Fluent files, as parsed.
fn for_each_message(code: &str, mut each: impl FnMut(&fluent_syntax::ast::Message<&str>)) {
    for path in files(&root().join("locales").join(code), "ftl") {
        let text = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry {
                each(message);
            }
        }
    }
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir`, in every subfolder, whose name ends in `.<ext>`.
fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(files(&path, ext));
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// A Rust source file's string literals outside comments and test modules:
/// where each starts and what is between its quotes (escapes left as they are).
struct Source {
    name: String,
    code: String,
    literals: Vec<(usize, String)>,
}

impl Source {
    fn all() -> Vec<Source> {
        files(&root().join("src"), "rs")
            .into_iter()
            .map(|path| {
                let text = fs::read_to_string(&path).unwrap();
                // Tests sit at the end of a file; their literals are examples.
                let code = match text.find("#[cfg(test)]") {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                };
                Source {
                    name: path.strip_prefix(root()).unwrap().display().to_string(),
                    literals: string_literals(&code),
                    code,
                }
            })
            .collect()
    }

    /// The literals passed straight to `format!`: the patterns keys are built by.
    fn format_patterns(&self) -> impl Iterator<Item = &str> {
        self.literals
            .iter()
            .filter(|(at, _)| self.code[..*at].trim_end().ends_with("format!("))
            .map(|(_, pattern)| pattern.as_str())
    }
}

/// The string literals of Rust code, skipping comments and character
/// literals (`'"'`) so that a quote in them cannot throw the count off.
fn string_literals(code: &str) -> Vec<(usize, String)> {
    let bytes = code.as_bytes();
    let is_ident = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &code[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |end| end + 2);
        } else if bytes[i] == b'r'
            && (i == 0 || !is_ident(i - 1) || (bytes[i - 1] == b'b' && (i < 2 || !is_ident(i - 2))))
            && rest[1..].trim_start_matches('#').starts_with('"')
        {
            let hashes = rest[1..].len() - rest[1..].trim_start_matches('#').len();
            let start = i + 1 + hashes + 1;
            let end = start
                + code[start..]
                    .find(&format!("\"{}", "#".repeat(hashes)))
                    .unwrap();
            found.push((i, code[start..end].to_owned()));
            i = end + 1 + hashes;
        } else if bytes[i] == b'"' {
            let mut end = i + 1;
            while bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            found.push((i, code[i + 1..end].to_owned()));
            i = end + 1;
        } else if bytes[i] == b'\'' {
            // A character literal ('x', '\'', '\u{1F600}') or a lifetime ('a).
            let closing = match bytes.get(i + 1) {
                // An escape is two characters or more: the quote comes after.
                Some(b'\\') => rest[3..].find('\'').map(|at| at + 3),
                _ => rest[1..]
                    .char_indices()
                    .nth(1)
                    .filter(|&(_, c)| c == '\'')
                    .map(|(at, _)| at + 1),
            };
            i += closing.map_or(1, |at| at + 1);
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// A literal that could be a locale key: lowercase words joined by dashes.
fn key_shaped(literal: &str) -> bool {
    literal.starts_with(|c: char| c.is_ascii_lowercase())
        && literal.contains('-')
        && literal
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A `format!` pattern as a family's name: each `{...}` as `{}`.
fn family_of(pattern: &str) -> String {
    let mut family = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        family.push_str(&rest[..open]);
        family.push_str("{}");
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    family + rest
}

/// A pattern that builds locale keys: key-shaped once its variables are
/// filled, with words of its own (`{id}-{value}` is an input's id).
fn builds_keys(family: &str) -> bool {
    let words = family.replace("{}", "");
    family.contains('-')
        && words.contains(|c: char| c.is_ascii_lowercase())
        && family
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-{}".contains(c))
}

/// The keys of every family the code builds, by family, from the real ids
/// and content data.
fn built_families() -> BTreeMap<&'static str, Vec<String>> {
    let g = guide();
    let mut families: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut add = |family: &'static str, key: String| families.entry(family).or_default().push(key);
    for &q in QuestionId::ALL {
        add("q-{}-title", format!("q-{q}-title"));
        add("q-{}-hint", format!("q-{q}-hint"));
        add("q-{}-summary", format!("q-{q}-summary"));
        add("q-{}-error", format!("q-{q}-error"));
        match q.kind() {
            QuestionKind::Choice(values) => {
                for v in values {
                    add("q-{}-opt-{}", format!("q-{q}-opt-{v}"));
                    add("q-{}-opt-{}-hint", format!("q-{q}-opt-{v}-hint"));
                }
            }
            // A date or time has an "I don't know" box; its answer "not-sure"
            // is also shown by the option's words on the check page.
            QuestionKind::Date | QuestionKind::Time => {
                add("q-{}-opt-not-sure", format!("q-{q}-opt-not-sure"));
                add("q-{}-opt-not-sure-hint", format!("q-{q}-opt-not-sure-hint"));
                add("q-{}-opt-{}", format!("q-{q}-opt-not-sure"));
            }
        }
    }
    for &s in StepId::ALL {
        add("checklist-do-{}", format!("checklist-do-{s}"));
        add("step-{}-{}", format!("step-{s}-title"));
        add("step-{}-{}", format!("step-{s}-body"));
        for part in &g.step(s).parts {
            add("step-{}-{}", format!("step-{s}-{}", part.as_str()));
        }
    }
    for &s in DEADLINE_STEPS {
        for state in DEADLINE_STATES {
            add("deadline-{}-{}", format!("deadline-{s}-{state}"));
        }
        add("checklist-deadline-{}", format!("checklist-deadline-{s}"));
        add(
            "calendar-deadline-{}-summary",
            format!("calendar-deadline-{s}-summary"),
        );
    }
    for s in Situation::ALL {
        add("situation-{}", format!("situation-{s}"));
    }
    for u in UrgencyId::ALL {
        add("urgency-{}", format!("urgency-{u}"));
    }
    for b in BringId::ALL {
        add("bring-{}", format!("bring-{b}"));
    }
    for term in &g.glossary.terms {
        add("glossary-{}-term", format!("glossary-{term}-term"));
        add("glossary-{}-def", format!("glossary-{term}-def"));
    }
    for source in g.sources.keys() {
        add("source-{}", format!("source-{source}"));
    }
    for watch in g.watch.keys() {
        add("watch-{}-note", format!("watch-{watch}-note"));
    }
    for status in WatchStatus::ALL {
        add(
            "watch-status-{}",
            format!("watch-status-{}", status.as_str()),
        );
    }
    for phone in g.phones.keys() {
        add("phone-{}", format!("phone-{phone}"));
    }
    for month in 1..=12 {
        add("month-{}", format!("month-{month}"));
    }
    for weekday in 1..=7 {
        add("weekday-{}", format!("weekday-{weekday}"));
    }
    for place in g.places.keys() {
        add("place-{}", format!("place-{place}"));
    }
    for help in g.legal_help.iter().filter(|h| h.name.is_none()) {
        add("legal-help-{}", format!("legal-help-{}", help.id));
    }
    for route in ["online", "phone"] {
        add("reschedule-until-{}", format!("reschedule-until-{route}"));
    }
    for section in PrivacyPage::SECTIONS {
        add("privacy-{}-heading", format!("privacy-{section}-heading"));
        add("privacy-{}-body", format!("privacy-{section}-body"));
    }
    for page in info_pages() {
        add("{}-title", format!("{page}-title"));
        add("{}-body", format!("{page}-body"));
        add("{}-start-link", format!("{page}-start-link"));
    }
    families
}

/// The names `InfoPage::build` is called with: its texts are `<name>-...`.
fn info_pages() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for source in Source::all() {
        for (call, _) in source.code.match_indices("InfoPage::build(") {
            let args_end = call + source.code[call..].find(')').unwrap();
            names.extend(
                source
                    .literals
                    .iter()
                    .filter(|(at, _)| (call..args_end).contains(at))
                    .map(|(_, name)| name.clone()),
            );
        }
    }
    assert!(
        !names.is_empty(),
        "InfoPage::build is called with a literal name (the answers-deleted page)"
    );
    names
}

/// Keys named in templates: every `t(...)` and `t_with(...)` names its key.
fn template_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for path in files(&root().join("templates"), "html") {
        let text = fs::read_to_string(&path).unwrap();
        for call in [".t(", ".t_with("] {
            for rest in text.split(call).skip(1) {
                let literal = rest.strip_prefix('"').and_then(|r| r.split_once('"'));
                let Some((key, _)) = literal else {
                    panic!(
                        "{}: a key looked up by a template is a literal, so this test sees it: {call}{}",
                        path.display(),
                        &rest[..rest.len().min(40)]
                    );
                };
                keys.insert(key.to_owned());
            }
        }
    }
    keys
}

/// Literals that are known not to be keys: ids, variables, content facts.
fn known_non_keys() -> BTreeSet<String> {
    let g = guide();
    let mut known: BTreeSet<String> = NOT_KEYS.iter().map(|s| (*s).to_owned()).collect();
    known.extend(VARIABLES.iter().map(|v| (*v).to_owned()));
    known.extend(g.phones.keys().chain(g.numbers.keys()).cloned());
    let ids = [
        QuestionId::VALUES,
        StepId::VALUES,
        Situation::VALUES,
        BringId::VALUES,
        UrgencyId::VALUES,
        DateProblem::VALUES,
    ];
    known.extend(ids.iter().flat_map(|v| v.iter()).map(|v| (*v).to_owned()));
    known.extend(WatchStatus::ALL.iter().map(|s| s.as_str().to_owned()));
    for &q in QuestionId::ALL {
        if let QuestionKind::Choice(values) = q.kind() {
            known.extend(values.iter().map(|v| (*v).to_owned()));
        }
    }
    known
}

/// Every key the site can ask for, with the place that asks for it.
fn needed_keys() -> BTreeMap<String, String> {
    let mut needed = BTreeMap::new();
    for key in template_keys() {
        needed.insert(key, "templates".to_owned());
    }
    let known = known_non_keys();
    let families = built_families();
    let mut built_in_src = BTreeSet::new();
    let mut used_non_keys = BTreeSet::new();
    for source in Source::all() {
        for (_, literal) in &source.literals {
            if !key_shaped(literal) {
                continue;
            }
            if known.contains(literal) {
                used_non_keys.insert(literal.clone());
            } else {
                needed.insert(literal.clone(), source.name.clone());
            }
        }
        for pattern in source.format_patterns() {
            let family = family_of(pattern);
            if !builds_keys(&family) {
                continue;
            }
            let Some(keys) = families.get(family.as_str()) else {
                panic!(
                    "{} builds keys as {pattern:?}: enumerate that family in built_families",
                    source.name
                );
            };
            for key in keys {
                needed.insert(key.clone(), format!("{} ({pattern})", source.name));
            }
            built_in_src.insert(family);
        }
    }
    let stale: Vec<_> = families
        .keys()
        .filter(|f| !built_in_src.contains(**f))
        .collect();
    assert!(
        stale.is_empty(),
        "no code builds keys as {stale:?} any more"
    );
    let unused: Vec<_> = NOT_KEYS
        .iter()
        .filter(|k| !used_non_keys.contains(**k))
        .collect();
    assert!(
        unused.is_empty(),
        "NOT_KEYS lists {unused:?}, no longer in src/"
    );
    needed
}

#[test]
fn every_key_the_templates_and_the_code_can_ask_for_exists_in_every_language() {
    let needed = needed_keys();
    for lang in LANGUAGES {
        let have = messages(lang.code);
        let missing: Vec<String> = needed
            .iter()
            .filter(|(key, _)| !have.contains_key(*key))
            .map(|(key, asked_by)| format!("{key} (asked for by {asked_by})"))
            .collect();
        assert!(missing.is_empty(), "{}: missing {missing:#?}", lang.code);
        // And the loader compiled them in.
        let tr = Texts::of(*lang);
        let not_embedded: Vec<&String> = needed.keys().filter(|k| !tr.has(k)).collect();
        assert!(
            not_embedded.is_empty(),
            "{}: not embedded {not_embedded:?}",
            lang.code
        );
    }
}

#[test]
fn every_question_page_renders_in_every_language() {
    // A debug build stops at a key no language has, so rendering each page
    // proves it asks only for keys that exist.
    for &language in LANGUAGES {
        let ctx = PageContext {
            tr: Texts::of(language),
            here: "/".to_owned(),
            has_session: false,
            csrf_token: String::new(),
        };
        for &q in QuestionId::ALL {
            let page = QuestionPage::build(&ctx, q, &Answers::default(), BackTo::Start, None, None);
            let html = page.render().unwrap();
            // What a release build would show for a missing key.
            assert!(!html.contains(&format!("q-{q}-")), "{q}: a raw key");
        }
    }
}

#[test]
fn the_needed_keys_include_those_named_in_templates_and_code_and_built_from_ids() {
    let needed = needed_keys();
    for key in [
        // Named in a template.
        "start-button",
        // Named in Rust, some passed on before they are looked up.
        "calendar-reminder",
        "resume-error-unknown",
        "time-error-mixed",
        "api-error-bad-value",
        "error-server-title",
        "page-title-error",
        // Built from ids, content data and the code's own lists.
        "q-appointment-time-opt-not-sure-hint",
        "step-call-contact-center-say",
        "deadline-motion-to-reopen-passed",
        "calendar-deadline-respond-to-letter-summary",
        "privacy-logs-body",
        "deleted-start-link",
        "month-12",
        "watch-annual-asylum-fee-note",
        "watch-status-in-force-may-change",
    ] {
        assert!(needed.contains_key(key), "{key} is found");
    }
    for not_a_key in ["no-store", "not-sure", "session-days", "contact-center"] {
        assert!(!needed.contains_key(not_a_key), "{not_a_key} is no key");
    }
}

#[test]
fn string_literals_are_read_past_escapes_raw_strings_comments_and_chars() {
    let code = r####"let a = "x\"y"; // "comment" — é
        let é = 'é';
        let b = '"'; let c: &'static str = r#"raw "quoted""#; /* "block" */
        let d = b"bytes"; let e = '\''; let f = "last-one";"####;
    let literals: Vec<String> = string_literals(code).into_iter().map(|(_, l)| l).collect();
    assert_eq!(
        literals,
        [r#"x\"y"#, r#"raw "quoted""#, "bytes", "last-one"]
    );
    assert_eq!(family_of("q-{id}-opt-{value}"), "q-{}-opt-{}");
    assert!(builds_keys("{}-title"));
    assert!(!builds_keys("{}-{}"));
    assert!(!builds_keys("appointment-{}@huella"));
}

#[test]
fn every_language_has_the_same_keys_with_the_same_placeholders() {
    let english = messages("en");
    for lang in LANGUAGES {
        let other = messages(lang.code);
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(
            extra.is_empty() && missing.is_empty(),
            "{}: extra {extra:?}, missing {missing:?}",
            lang.code
        );
        for (key, vars) in &english {
            assert_eq!(&other[key], vars, "{}: placeholders of {key}", lang.code);
        }
    }
}

#[test]
fn every_placeholder_a_message_uses_is_one_the_code_provides() {
    let g = guide();
    let mut provided: BTreeSet<String> = g.phones.keys().chain(g.numbers.keys()).cloned().collect();
    provided.extend(VARIABLES.iter().map(|v| (*v).to_owned()));
    for (key, vars) in messages("en") {
        let unknown: Vec<&String> = vars.difference(&provided).collect();
        assert!(unknown.is_empty(), "{key} uses {unknown:?}");
    }
}

/// The variables that count something (days, hours, steps...): every content
/// number, and the counts the code passes. A noun after one of them takes a
/// different form for each of a language's plural categories.
fn counted_variables() -> BTreeSet<String> {
    let mut counted: BTreeSet<String> = guide().numbers.keys().cloned().collect();
    counted.extend(
        [
            "days",
            "count",
            "session-days",
            "session-max-days",
            "plans",
            "answer-sets",
        ]
        .map(str::to_owned),
    );
    counted
}

/// Arabic's plural categories (CLDR): 0, 1, 2, 3-10, 11-99, the rest.
const ARABIC_PLURALS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What is wrong with the counting in one pattern: a select over a count
/// that lacks one of Arabic's categories, or a count placed outside any
/// select over a count (written around instead of agreed with).
fn arabic_counting_problems(
    id: &str,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    in_count_select: bool,
    counted: &BTreeSet<String>,
    problems: &mut Vec<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Select { selector, variants } => {
                let over = match selector {
                    InlineExpression::VariableReference { id } => Some(id.name),
                    _ => None,
                };
                let over_count = over.is_some_and(|name| counted.contains(name));
                if over_count {
                    let keys: BTreeSet<&str> = (variants.iter())
                        .filter_map(|v| match &v.key {
                            VariantKey::Identifier { name } => Some(*name),
                            VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect();
                    let missing: Vec<&str> = (ARABIC_PLURALS.iter().copied())
                        .filter(|c| !keys.contains(c))
                        .collect();
                    let default_is_other = variants.iter().any(|v| {
                        v.default && matches!(v.key, VariantKey::Identifier { name: "other" })
                    });
                    if !missing.is_empty() || !default_is_other {
                        problems.push(format!(
                            "{id}: the select over ${} lacks {missing:?} (or *[other] as its default)",
                            over.unwrap_or_default()
                        ));
                    }
                }
                for variant in variants {
                    arabic_counting_problems(
                        id,
                        &variant.value,
                        in_count_select || over_count,
                        counted,
                        problems,
                    );
                }
            }
            Expression::Inline(InlineExpression::VariableReference { id: var })
                if counted.contains(var.name) && !in_count_select =>
            {
                problems.push(format!(
                    "{id}: ${} is placed outside a select over its plural categories",
                    var.name
                ));
            }
            Expression::Inline(_) => {}
        }
    }
}

#[test]
fn every_arabic_count_agrees_through_all_six_plural_categories() {
    let counted = counted_variables();
    let mut problems = Vec::new();
    let mut messages = 0;
    for path in files(&root().join("locales/ar"), "ftl") {
        let text = fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && let Some(value) = &message.value
            {
                messages += 1;
                arabic_counting_problems(message.id.name, value, false, &counted, &mut problems);
            }
        }
    }
    assert!(
        messages > 300,
        "the Arabic files were read: {messages} messages"
    );
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn an_arabic_count_takes_the_form_its_number_needs() {
    use fluent_templates::fluent_bundle::FluentValue;
    let arabic = Texts::of(huella::content::Language::find("ar").unwrap());
    let left = |days: i64| {
        arabic.t_with(
            "deadline-respond-to-letter-upcoming",
            &[
                ("date", FluentValue::from("—")),
                ("days", FluentValue::from(days)),
            ],
        )
    };
    // One and two are words; 3-10 take the plural; 11-99 the singular
    // with tanwin; 100 the plain singular.
    assert!(left(1).contains("يوم واحد"), "{}", left(1));
    assert!(left(2).contains("يومان"), "{}", left(2));
    assert!(left(5).contains("أيام"), "{}", left(5));
    assert!(left(30).contains("يومًا"), "{}", left(30));
    assert!(left(100).contains("يوم حتى"), "{}", left(100));
    assert!(!left(100).contains("يومًا"), "{}", left(100));
}
