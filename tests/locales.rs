//! Every word a person reads is in the locale files: every key the code,
//! the templates and the content data need exists in every language, and
//! every language has the same keys with the same placeholders.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use huella::content::texts::VARIABLES;
use huella::content::{LANGUAGES, Texts, guide};
use huella::decision::{BringId, QuestionId, QuestionKind, Situation, StepId, UrgencyId};

/// Message ids and the variables each one uses, from one language's folder.
fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang);
    let mut out = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap() {
        let text = fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            let is_id = line.starts_with(|c: char| c.is_ascii_lowercase()) && line.contains('=');
            if is_id {
                let id = line.split('=').next().unwrap().trim().to_owned();
                assert!(
                    out.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{lang}: {id} twice"
                );
                current = Some(id);
            } else if line.starts_with('#') || line.is_empty() {
                current = None;
                continue;
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).unwrap();
                for part in line.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    vars.insert(name);
                }
            }
        }
    }
    out
}

/// Keys named as string literals: in templates, the arguments of `t(...)`
/// and `t_with(...)`; in the Rust sources, literals of the page-text families.
fn literal_keys() -> BTreeSet<String> {
    const FAMILIES: &[&str] = &[
        "page-title",
        "error-",
        "date-",
        "api-error-",
        "checklist-",
        "result-",
        "start-",
        "check-",
        "nav-",
        "footer-",
        "site-",
        "skip-",
        "back-",
        "continue-",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "templates",
        "templates/pages",
        "templates/components",
        "src",
        "src/routes",
        "src/content",
    ] {
        for entry in fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                files.push(path);
            }
        }
    }
    let mut keys = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        if file.extension().is_some_and(|e| e == "html") {
            for call in ["t(\"", "t_with(\""] {
                for rest in text.split(call).skip(1) {
                    keys.insert(rest.split('"').next().unwrap().to_owned());
                }
            }
            continue;
        }
        for literal in text.split('"').skip(1).step_by(2) {
            let shaped = !literal.is_empty()
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && literal.contains('-');
            if shaped && FAMILIES.iter().any(|f| literal.starts_with(f)) {
                keys.insert(literal.to_owned());
            }
        }
    }
    keys
}

/// Keys built from ids: questions, steps, situations, bring list, glossary, sources.
fn id_keys() -> BTreeSet<String> {
    let g = guide();
    let mut keys = BTreeSet::new();
    for &q in QuestionId::ALL {
        for part in ["title", "hint", "summary", "error"] {
            keys.insert(format!("q-{q}-{part}"));
        }
        let values: &[&str] = match q.kind() {
            QuestionKind::Choice(values) => values,
            QuestionKind::Date | QuestionKind::Time => &["not-sure"],
        };
        for v in values {
            keys.insert(format!("q-{q}-opt-{v}"));
            keys.insert(format!("q-{q}-opt-{v}-hint"));
        }
    }
    for &s in StepId::ALL {
        keys.insert(format!("step-{s}-title"));
        keys.insert(format!("step-{s}-body"));
    }
    for &s in StepId::ALL {
        for part in &g.step(s).parts {
            keys.insert(format!("step-{s}-{}", part.as_str()));
        }
    }
    keys.extend(Situation::ALL.iter().map(|s| format!("situation-{s}")));
    keys.extend(UrgencyId::ALL.iter().map(|u| format!("urgency-{u}")));
    keys.extend(BringId::ALL.iter().map(|b| format!("bring-{b}")));
    for term in &g.glossary.terms {
        keys.insert(format!("glossary-{term}-term"));
        keys.insert(format!("glossary-{term}-def"));
    }
    keys.extend(g.sources.keys().map(|s| format!("source-{s}")));
    keys.extend(g.phones.keys().map(|p| format!("phone-{p}")));
    keys.extend((1..=12).map(|m| format!("month-{m}")));
    keys.insert("date-long".to_owned());
    keys
}

#[test]
fn every_key_the_site_needs_exists_in_every_language() {
    let mut needed = id_keys();
    needed.extend(literal_keys());
    assert!(
        needed.len() > 300,
        "the key list is built ({} keys)",
        needed.len()
    );
    for lang in LANGUAGES {
        let have = messages(lang.code);
        let missing: Vec<&String> = needed.iter().filter(|k| !have.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", lang.code);
        // And the loader compiled them in.
        let tr = Texts::of(*lang);
        assert!(
            needed.iter().all(|k| tr.has(k)),
            "{}: not embedded",
            lang.code
        );
    }
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
