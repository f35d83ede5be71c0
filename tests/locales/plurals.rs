//! Plurals: every select on a number, in every language, has a variant for
//! each of that language's plural categories, so no count falls through to
//! a form written for another (Arabic "2 أيام" where the dual is meant).
//!
//! Which selects are on numbers: those whose variable the code passes as a
//! number, `is_number_variable` (`NUMBER_VARIABLES` and the numbers of
//! `content/guide.toml`). A debug build stops where a variable is passed as
//! the other kind, and every page renders under test, so the list is the
//! calls'. The translation's variant keys alone are not trusted to tell: a
//! select written around the plurals (`*[other]` alone) is exactly what
//! this must catch, so the English select on the same variable counts too.
//!
//! The categories: CLDR's, from `intl_pluralrules`, the data Fluent itself
//! selects by (CLDR 37), sampled over the counts a message can show. A
//! language CLDR has no rules for (Haitian Creole) has the one category
//! `other`. A category a language's rules never give a whole number is not
//! asked for: its variant could never be shown.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use huella::content::LANGUAGES;
use huella::content::texts::is_number_variable;

use super::for_each_message;

/// The whole numbers a message may be given: small counts, and beyond.
fn counts() -> impl Iterator<Item = u64> {
    (0..=1100).chain([10_000, 100_000, 1_000_000])
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A language's plural category of every count.
fn categories(code: &str) -> BTreeMap<u64, &'static str> {
    let id: LanguageIdentifier = code.parse().unwrap();
    if !PluralRules::get_locales(PluralRuleType::CARDINAL).contains(&id) {
        // CLDR has no plural rules for it: every count is "other".
        return counts().map(|n| (n, "other")).collect();
    }
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).unwrap();
    counts()
        .map(|n| (n, name(rules.select(n).unwrap())))
        .collect()
}

/// A select somewhere in a message: its variable and its variant keys.
struct Select {
    key: String,
    variable: String,
    variants: Vec<String>,
}

fn selects_in_pattern(key: &str, pattern: &ast::Pattern<&str>, found: &mut Vec<Select>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            selects_in_expression(key, expression, found);
        }
    }
}

fn selects_in_expression(key: &str, expression: &ast::Expression<&str>, found: &mut Vec<Select>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                found.push(Select {
                    key: key.to_owned(),
                    variable: id.name.to_owned(),
                    variants: (variants.iter())
                        .map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => (*name).to_owned(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        })
                        .collect(),
                });
            }
            for variant in variants {
                selects_in_pattern(key, &variant.value, found);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            selects_in_expression(key, expression, found);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every select of a language's Fluent files.
fn selects(code: &str) -> Vec<Select> {
    let mut found = Vec::new();
    for_each_message(code, |message| {
        let key = message.id.name;
        if let Some(value) = &message.value {
            selects_in_pattern(key, value, &mut found);
        }
        for attribute in &message.attributes {
            selects_in_pattern(key, &attribute.value, &mut found);
        }
    });
    found
}

/// What is wrong with one select on a number: the categories without a
/// variant (a variant for an exact count, `[2]`, covers a category that
/// holds that count alone), and keys that are no category nor a count.
fn problems(select: &Select, categories: &BTreeMap<u64, &'static str>) -> Vec<String> {
    let named: BTreeSet<&str> = select.variants.iter().map(String::as_str).collect();
    let wanted: BTreeSet<&str> = categories.values().copied().collect();
    let missing: Vec<&str> = (CATEGORIES.into_iter())
        .filter(|c| wanted.contains(c))
        .filter(|&category| {
            !named.contains(category)
                && categories
                    .iter()
                    .any(|(n, &c)| c == category && !named.contains(n.to_string().as_str()))
        })
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        let missing: Vec<String> = missing.iter().map(|c| format!("[{c}]")).collect();
        problems.push(format!("no variant {}", missing.join(" ")));
    }
    let strange: Vec<&str> = (named.iter().copied())
        .filter(|k| !CATEGORIES.contains(k) && k.parse::<u64>().is_err())
        .collect();
    if !strange.is_empty() {
        problems.push(format!("keys {strange:?} are no plural category"));
    }
    problems
}

impl Select {
    /// Whether it chooses among forms of a count: it names a plural
    /// category besides the default.
    fn names_a_category(&self) -> bool {
        (self.variants.iter()).any(|k| k != "other" && CATEGORIES.contains(&k.as_str()))
    }
}

#[test]
fn every_select_on_a_number_has_a_variant_for_each_plural_category_of_its_language() {
    // A select on a number is a plural when it names a category, or when
    // the English message's select on that variable does: a translation
    // written around the plurals (`*[other]` alone, or `[1]` and
    // `*[other]`) is caught. One keyed only by exact values where the
    // English has none is a table, not a plural (Portuguese's "1º" for the
    // first of the month, its 24-hour clock from $hour12).
    let english_plurals: BTreeSet<(String, String)> = (selects("en").into_iter())
        .filter(|s| is_number_variable(&s.variable) && s.names_a_category())
        .map(|s| (s.key, s.variable))
        .collect();
    let mut failures = Vec::new();
    for language in LANGUAGES {
        let categories = categories(language.code);
        for select in selects(language.code) {
            let plural = select.names_a_category()
                || english_plurals.contains(&(select.key.clone(), select.variable.clone()));
            if !is_number_variable(&select.variable) || !plural {
                continue;
            }
            for problem in problems(&select, &categories) {
                failures.push(format!(
                    "{}: {} (a select on ${}): {problem}",
                    language.code, select.key, select.variable
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} selects on a number miss plural categories:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_select_on_text_is_never_written_as_if_on_a_number() {
    // `{ $year -> [one] ... }`: the year is text, so the variant is never chosen.
    let mut failures = Vec::new();
    for language in LANGUAGES {
        for select in selects(language.code) {
            let plural: Vec<&String> = (select.variants.iter())
                .filter(|k| k.as_str() != "other")
                .filter(|k| CATEGORIES.contains(&k.as_str()) || k.parse::<u64>().is_ok())
                .collect();
            if !is_number_variable(&select.variable) && !plural.is_empty() {
                failures.push(format!(
                    "{}: {}: ${} is passed as text, but its select has the plural keys {plural:?}",
                    language.code, select.key, select.variable
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_plural_categories_are_cldrs_for_each_language() {
    let set = |code: &str| -> BTreeSet<&str> { categories(code).into_values().collect() };
    assert_eq!(set("en"), BTreeSet::from(["one", "other"]));
    assert_eq!(
        set("ar"),
        BTreeSet::from(["zero", "one", "two", "few", "many", "other"])
    );
    assert_eq!(set("zh"), BTreeSet::from(["other"]));
    assert_eq!(set("ht"), BTreeSet::from(["other"]));
    let arabic = categories("ar");
    assert_eq!(
        [0, 1, 2, 3, 11, 100].map(|n| arabic[&n]),
        ["zero", "one", "two", "few", "many", "other"]
    );
}

#[test]
fn a_select_written_around_the_plurals_is_caught() {
    let arabic = categories("ar");
    let select = |variants: &[&str]| Select {
        key: "deadline".to_owned(),
        variable: "days".to_owned(),
        variants: variants.iter().map(|v| (*v).to_owned()).collect(),
    };
    assert_eq!(
        problems(&select(&["one", "other"]), &arabic),
        ["no variant [zero] [two] [few] [many]"]
    );
    // An exact count covers a category that holds it alone.
    assert!(problems(&select(&["0", "1", "2", "few", "many", "other"]), &arabic).is_empty());
    assert_eq!(
        problems(
            &select(&["yes", "zero", "one", "two", "few", "many", "other"]),
            &arabic
        ),
        [r#"keys ["yes"] are no plural category"#]
    );
}
