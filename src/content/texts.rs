//! Every word a person reads: the Fluent files under `locales/`, compiled
//! into the binary. Each language is one folder plus one entry in `LANGUAGES`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;

use super::guide::Guide;
use super::local::{Local, Organisation};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Right-to-left texts isolate every variable (a date, a phone number)
        // so it reads in its own direction; in left-to-right texts the marks
        // would only be noise.
        customise: |bundle| {
            let rtl = bundle
                .locales
                .first()
                .and_then(|id| Language::find(id.language.as_str()))
                .is_some_and(Language::rtl);
            bundle.set_use_isolating(rtl);
        },
    };
}

/// A language the site is offered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The folder name under `locales/` and the `lang` attribute.
    pub code: &'static str,
    /// The folder's `language.toml`: direction and review status.
    metadata: &'static str,
}

/// The languages offered, in the order of the header's language links:
/// English, then by their share of immigration court cases (EOIR, FY2023:
/// Spanish, Portuguese, Haitian Creole, Mandarin), then Arabic.
/// Adding one: a folder under `locales/` and a line here (README, "Adding a
/// language").
pub const LANGUAGES: &[Language] = &[
    Language::new("en", include_str!("../../locales/en/language.toml")),
    Language::new("es", include_str!("../../locales/es/language.toml")),
    Language::new("pt", include_str!("../../locales/pt/language.toml")),
    Language::new("ht", include_str!("../../locales/ht/language.toml")),
    Language::new("zh", include_str!("../../locales/zh/language.toml")),
    Language::new("ar", include_str!("../../locales/ar/language.toml")),
];

pub const DEFAULT_LANGUAGE: Language = LANGUAGES[0];

/// A locale folder's `language.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Metadata {
    direction: Direction,
    reviewed: bool,
}

#[derive(Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Direction {
    Ltr,
    Rtl,
}

/// Every language's metadata, parsed once (start-up checks it first).
static METADATA: LazyLock<Result<Vec<Metadata>, String>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|l| {
            toml::from_str(l.metadata)
                .map_err(|e| format!("locales/{}/language.toml is invalid: {e}", l.code))
        })
        .collect()
});

/// Checks every language's metadata; start-up calls it before serving.
pub fn check() -> Result<(), String> {
    METADATA.as_ref().map(|_| ()).map_err(Clone::clone)
}

impl Language {
    const fn new(code: &'static str, metadata: &'static str) -> Self {
        Language { code, metadata }
    }

    /// The offered language for a code such as `en` or `en-US`, if any.
    pub fn find(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| l.code == primary)
    }

    fn metadata(self) -> &'static Metadata {
        let all = match &*METADATA {
            Ok(all) => all,
            Err(e) => panic!("{e} (start-up checks this first)"),
        };
        let index = LANGUAGES.iter().position(|l| *l == self).unwrap_or(0);
        &all[index]
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self.metadata().direction == Direction::Rtl
    }

    /// Whether a native speaker has reviewed the translation.
    pub fn reviewed(self) -> bool {
        self.metadata().reviewed
    }

    pub(super) fn id(self) -> LanguageIdentifier {
        self.code
            .parse()
            .expect("language codes in LANGUAGES are valid")
    }
}

/// The variables the code passes besides the content facts: the plan
/// context (views.rs), page titles, step numbers, dates and error details.
pub const VARIABLES: &[&str] = &[
    "track",
    "situation",
    "date",
    "has-date",
    "photo-id",
    "route",
    "letter",
    "title",
    "number",
    "month",
    "day",
    "year",
    "min-year",
    "max-year",
    "field",
    "count",
    "label",
    "session-days",
    "session-max-days",
    "days",
    "address",
    "hour",
    "hour12",
    "minute",
    "period",
    "time",
    "urgency",
    "hearing-soon",
    "first",
    "step",
    "plans",
    "answer-sets",
    "weekday",
    "code",
    "dates",
    "organisation",
    "languages",
    "hours",
];

/// The variables of `VARIABLES` the code passes as numbers. A select on a
/// number picks its variant by the language's plural category (`[one]`,
/// `[few]`...), a select on text by the exact value, so a translation must
/// know which is which: `tests/locales/plurals.rs` asks every select on
/// one of these (and on the numbers of `content/guide.toml`) for each of its
/// language's categories. Under test, `format` stops at a variable passed
/// as the other kind, so this list cannot drift from the calls.
pub const NUMBER_VARIABLES: &[&str] = &[
    "number",
    "day",
    "min-year",
    "max-year",
    "count",
    "session-days",
    "session-max-days",
    "days",
    "hour",
    "hour12",
    "plans",
    "answer-sets",
];

/// Whether a message's variable is a number: one of `NUMBER_VARIABLES` or a
/// number of the content data.
pub fn is_number_variable(name: &str) -> bool {
    NUMBER_VARIABLES.contains(&name) || super::guide().numbers.contains_key(name)
}

pub type Args = HashMap<Cow<'static, str>, FluentValue<'static>>;

/// Texts in one language, with the content facts every message may quote.
#[derive(Clone)]
pub struct Texts {
    pub language: Language,
    id: LanguageIdentifier,
    facts: Vec<(String, Fact)>,
    /// The organisation's own content (`HUELLA_CONTENT_DIR`), if any.
    local: Option<Arc<Local>>,
}

/// A content fact as plain data: Fluent's own values cannot be shared across threads.
#[derive(Debug, Clone)]
enum Fact {
    Text(String),
    Number(i64),
}

impl Texts {
    /// The texts of every offered language, with an organisation's content.
    pub fn all(local: Option<Arc<Local>>) -> Vec<Texts> {
        LANGUAGES
            .iter()
            .map(|&language| Texts::new(language, super::guide(), local.clone()))
            .collect()
    }

    fn new(language: Language, guide: &Guide, local: Option<Arc<Local>>) -> Self {
        let phones = guide
            .phones
            .iter()
            .map(|(name, phone)| (name.clone(), Fact::Text(phone.display.clone())));
        let numbers = guide
            .numbers
            .iter()
            .map(|(name, &n)| (name.clone(), Fact::Number(n)));
        let facts = phones.chain(numbers).collect();
        Texts {
            language,
            id: language.id(),
            facts,
            local,
        }
    }

    /// The organisation running the site, when its content names it.
    pub fn organisation(&self) -> Option<&Organisation> {
        self.local.as_ref()?.organisation.as_ref()
    }

    /// The built-in texts of an offered language.
    pub fn of(language: Language) -> &'static Texts {
        super::Content::builtin().texts(language)
    }

    /// The content facts as Fluent arguments.
    fn fact_args(&self) -> Args {
        self.facts
            .iter()
            .map(|(name, fact)| {
                let value = match fact {
                    Fact::Text(text) => FluentValue::from(text.clone()),
                    Fact::Number(n) => FluentValue::from(*n),
                };
                (Cow::Owned(name.clone()), value)
            })
            .collect()
    }

    /// A message with only the content facts as variables.
    pub fn t(&self, key: &str) -> String {
        self.format(key, &self.fact_args())
    }

    /// A message with extra variables besides the content facts.
    pub fn t_with(&self, key: &str, extra: &[(&'static str, FluentValue<'static>)]) -> String {
        let mut args = self.fact_args();
        for (name, value) in extra {
            args.insert(Cow::Borrowed(*name), value.clone());
        }
        self.format(key, &args)
    }

    /// A message with a prepared argument set (see `with_args`).
    pub fn format(&self, key: &str, args: &Args) -> String {
        if cfg!(debug_assertions) {
            assert_kinds(key, args);
        }
        // The organisation's wording first, in this language then in English.
        let local = |language| self.local.as_ref()?.format(language, key, args);
        if let Some(text) = local(self.language) {
            return text;
        }
        LOCALES
            .lookup_single_language(&self.id, key, Some(args))
            .or_else(|e| local(DEFAULT_LANGUAGE).ok_or(e))
            .or_else(|_| LOCALES.lookup_single_language(&DEFAULT_LANGUAGE.id(), key, Some(args)))
            .unwrap_or_else(|error| {
                // Under test (a debug build) a message no language can give
                // is a bug: stop there, naming it, rather than let a page
                // show the raw key and pass. Code that may ask for a key
                // that is not there asks `has` first.
                if cfg!(debug_assertions) {
                    panic!("no language has a text for the key {key:?}: {error}");
                }
                // In production a raw key beats a blank.
                key.to_owned()
            })
    }

    /// The content facts plus `extra`, for formatting many messages alike.
    pub fn with_args(&self, extra: impl IntoIterator<Item = (&'static str, String)>) -> Args {
        let mut args = self.fact_args();
        for (name, value) in extra {
            args.insert(Cow::Borrowed(name), FluentValue::from(value));
        }
        args
    }

    /// Whether this language itself has the key (no fallback). Every
    /// variable the code may pass is given, so only a missing message fails.
    pub fn has(&self, key: &str) -> bool {
        if (self.local.as_ref()).is_some_and(|l| l.has(self.language, key)) {
            return true;
        }
        let args = self.with_args(VARIABLES.iter().map(|&name| (name, String::new())));
        LOCALES
            .lookup_single_language(&self.id, key, Some(&args))
            .is_ok()
    }

    /// A date or a time of day made of pieces: a number, a month's name, a
    /// year, a word for the morning. Fluent isolates each piece of an
    /// Arabic message from the others, and the message that shows the whole
    /// isolates it again; an isolate that holds only isolates has no strong
    /// letter to take its direction from, so it falls back to left to right
    /// and the pieces read backwards ("2026 مارس 15", "30:9"). The pieces are
    /// our own words and digits, never text of another direction, so they
    /// stay together unisolated: the one isolation left is the embedding
    /// message's, and its first letter (the month's, the period's) makes it
    /// right to left.
    fn composed(&self, key: &str, pieces: &[(&'static str, FluentValue<'static>)]) -> String {
        self.t_with(key, pieces)
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    /// A time of day written the way this language writes it.
    pub fn time(&self, time: NaiveTime) -> String {
        let (pm, hour12) = time.hour12();
        self.composed(
            "time-of-day",
            &[
                ("hour", FluentValue::from(time.hour() as i64)),
                ("hour12", FluentValue::from(hour12 as i64)),
                ("minute", FluentValue::from(time.format("%M").to_string())),
                ("period", FluentValue::from(if pm { "pm" } else { "am" })),
            ],
        )
    }

    /// A date and a time of day together.
    pub fn date_and_time(&self, date: NaiveDate, time: NaiveTime) -> String {
        self.composed(
            "date-and-time",
            &[
                ("date", FluentValue::from(self.date(date))),
                ("time", FluentValue::from(self.time(time))),
            ],
        )
    }

    /// A date with its day of the week: "Thursday, December 3, 2026".
    pub fn weekday_date(&self, date: NaiveDate) -> String {
        let weekday = self.t(&format!("weekday-{}", date.weekday().number_from_monday()));
        self.composed(
            "date-with-weekday",
            &[
                ("weekday", FluentValue::from(weekday)),
                ("date", FluentValue::from(self.date(date))),
            ],
        )
    }

    /// A date with its day of the week, and the time of day when known.
    pub fn weekday_date_and_time(&self, date: NaiveDate, time: Option<NaiveTime>) -> String {
        match time {
            Some(time) => self.composed(
                "date-and-time",
                &[
                    ("date", FluentValue::from(self.weekday_date(date))),
                    ("time", FluentValue::from(self.time(time))),
                ],
            ),
            None => self.weekday_date(date),
        }
    }

    /// A date written out the way this language writes it.
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.t(&format!("month-{}", date.month()));
        self.composed(
            "date-long",
            &[
                ("month", FluentValue::from(month)),
                ("day", FluentValue::from(date.day() as i64)),
                ("year", FluentValue::from(date.year().to_string())),
            ],
        )
    }
}

/// Stops a debug build where a variable is passed as a number without being
/// declared one, or the other way round: the plural test trusts the list.
fn assert_kinds(key: &str, args: &Args) {
    for (name, value) in args {
        let number = matches!(value, FluentValue::Number(_));
        assert!(
            number == is_number_variable(name),
            "{key}: ${name} is passed as {} but NUMBER_VARIABLES (src/content/texts.rs) \
             says it is {}",
            if number { "a number" } else { "text" },
            if number { "text" } else { "a number" },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "no-such-key")]
    fn a_key_no_language_has_stops_a_debug_build_and_names_the_key() {
        Texts::of(LANGUAGES[1]).t("no-such-key");
    }

    #[test]
    fn every_number_variable_is_one_the_code_may_pass() {
        for name in NUMBER_VARIABLES {
            assert!(VARIABLES.contains(name), "{name} is not in VARIABLES");
        }
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "$days is passed as text")]
    fn a_number_passed_as_text_stops_a_debug_build() {
        let en = Texts::of(DEFAULT_LANGUAGE);
        en.t_with(
            "deadline-counted",
            &[
                ("days", FluentValue::from("3")),
                ("date", FluentValue::from("x")),
            ],
        );
    }
}
