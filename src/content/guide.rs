//! `content/guide.toml`: sources, review dates, phone numbers, thresholds.
//! Parsed and checked once at start-up; a broken file stops the server
//! before it serves a wrong instruction.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::decision::answers::{CaseType, Waited};
use crate::decision::{Rules, StepId};

const GUIDE_TOML: &str = include_str!("../../content/guide.toml");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Phone {
    pub display: String,
    pub tel: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub url: Option<String>,
    /// A short quote of the passage relied on, for the reviewer.
    pub passage: Option<String>,
}

/// A fact that changes what a person does: where it comes from, when it was
/// last reviewed, and the steps whose words rely on it.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Fact {
    pub sources: Vec<String>,
    pub reviewed: NaiveDate,
    pub steps: Vec<String>,
}

/// A rule that may change soon: its status, when it was last checked, and
/// the steps that must be reviewed when it changes. What it is about, in
/// words, is the locale key `watch-<id>-note`; its status in words is
/// `watch-status-<status>`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Watch {
    pub status: WatchStatus,
    pub checked: NaiveDate,
    pub sources: Vec<String>,
    pub steps: Vec<String>,
}

/// Where a watched rule stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WatchStatus {
    /// Published for comment, not in force.
    Proposed,
    /// In force, and its details (an amount, how it is collected) may change.
    InForceMayChange,
}

impl WatchStatus {
    pub const ALL: [WatchStatus; 2] = [WatchStatus::Proposed, WatchStatus::InForceMayChange];

    pub fn as_str(self) -> &'static str {
        match self {
            WatchStatus::Proposed => "proposed",
            WatchStatus::InForceMayChange => "in-force-may-change",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct StepData {
    pub sources: Vec<String>,
    pub reviewed: NaiveDate,
    /// Who last reviewed the step's legal content (empty until someone does).
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default)]
    pub phones: Vec<String>,
    /// Pages the step sends people to (ids in `[places]`), shown as links.
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub parts: Vec<StepPart>,
    #[serde(default)]
    pub terms: Vec<String>,
    /// The step's data where one track needs other sources, links or terms
    /// (the case-type id, e.g. `asylum-uscis`): a whole `StepData` of its own.
    #[serde(default)]
    pub on_track: BTreeMap<String, StepData>,
}

/// Optional parts of a step's text, each a locale key `step-<id>-<part>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepPart {
    Say,
    Ready,
}

impl StepPart {
    pub fn as_str(self) -> &'static str {
        match self {
            StepPart::Say => "say",
            StepPart::Ready => "ready",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RulesData {
    receipt_call_after: String,
    notice_call_after: String,
}

/// A page a step sends people to; its label is the locale text `place-<id>`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub url: String,
}

/// Somewhere to get free legal help: `[[legal-help]]` in the guide, in the
/// order listed. Its label is the locale text `legal-help-<id>` unless it
/// has a `name` of its own (an organisation's name, the same in every
/// language).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalHelp {
    pub id: String,
    pub name: Option<String>,
    pub url: Option<String>,
    pub phone: Option<String>,
    pub tel: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    pub always: Vec<String>,
    pub terms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct GuideFile {
    checklist_phones: Vec<String>,
    phones: BTreeMap<String, Phone>,
    numbers: BTreeMap<String, i64>,
    rules: RulesData,
    legal_help: Vec<LegalHelp>,
    places: BTreeMap<String, Place>,
    sources: BTreeMap<String, Source>,
    steps: BTreeMap<String, StepData>,
    facts: BTreeMap<String, Fact>,
    watch: BTreeMap<String, Watch>,
    glossary: Glossary,
}

/// The checked content data.
#[derive(Debug)]
pub struct Guide {
    /// The numbers every printed checklist lists, after those of its steps.
    pub checklist_phones: Vec<String>,
    pub phones: BTreeMap<String, Phone>,
    pub numbers: BTreeMap<String, i64>,
    pub rules: Rules,
    /// Free legal help, in the order to list it.
    pub legal_help: Vec<LegalHelp>,
    /// The pages steps send people to.
    pub places: BTreeMap<String, Place>,
    pub sources: BTreeMap<String, Source>,
    steps: BTreeMap<String, StepData>,
    /// Facts that change what a person does, with their sources and review dates.
    pub facts: BTreeMap<String, Fact>,
    /// Volatile rules to watch, with their status and the date last checked.
    pub watch: BTreeMap<String, Watch>,
    pub glossary: Glossary,
}

#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error("content/guide.toml does not parse: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("content/guide.toml: {0}")]
    Invalid(String),
}

impl Guide {
    /// The guide compiled into the binary.
    pub fn embedded() -> Result<Self, GuideError> {
        Self::parse(GUIDE_TOML)
    }

    pub fn parse(text: &str) -> Result<Self, GuideError> {
        let file: GuideFile = toml::from_str(text)?;
        let invalid = |msg: String| Err(GuideError::Invalid(msg));
        let waited = |field: &str, raw: &str| {
            Waited::parse(raw).ok_or_else(|| {
                GuideError::Invalid(format!("rules.{field}: {raw:?} is not a `waited` value"))
            })
        };
        // The texts quote the same number: one value, read by both.
        let number = |name: &str| {
            file.numbers
                .get(name)
                .copied()
                .ok_or_else(|| GuideError::Invalid(format!("numbers.{name} is missing")))
        };
        let rules = Rules {
            recent_miss_days: number("walk-in-days")?,
            motion_days: number("motion-days")?,
            motion_days_mailed: number("motion-days-mailed")?,
            appeal_days: number("board-appeal-days")?,
            receipt_call_after: waited("receipt-call-after", &file.rules.receipt_call_after)?,
            notice_call_after: waited("notice-call-after", &file.rules.notice_call_after)?,
        };
        // A step's data, or one track's data of it, names only what exists.
        let check_step = |name: &str, data: &StepData| {
            let problem = if data.sources.is_empty() {
                Some("cites no source".to_owned())
            } else if let Some(s) = data.sources.iter().find(|s| !file.sources.contains_key(*s)) {
                Some(format!("cites unknown source {s}"))
            } else if let Some(p) = data.phones.iter().find(|p| !file.phones.contains_key(*p)) {
                Some(format!("names unknown phone {p}"))
            } else if let Some(p) = data.places.iter().find(|p| !file.places.contains_key(*p)) {
                Some(format!("names unknown place {p}"))
            } else {
                (data.terms.iter().find(|t| !file.glossary.terms.contains(t)))
                    .map(|t| format!("names unknown glossary term {t}"))
            };
            problem.map_or(Ok(()), |problem| {
                Err(GuideError::Invalid(format!("step {name} {problem}")))
            })
        };
        for step in StepId::ALL {
            let Some(data) = file.steps.get(step.as_str()) else {
                return invalid(format!("step {step} has no entry"));
            };
            check_step(step.as_str(), data)?;
            for (track, own) in &data.on_track {
                if CaseType::parse(track).is_none() {
                    return invalid(format!("step {step} names unknown track {track}"));
                }
                if !own.on_track.is_empty() {
                    return invalid(format!(
                        "step {step} on track {track} has a track of its own"
                    ));
                }
                check_step(&format!("{step} on track {track}"), own)?;
            }
        }
        let known_step = |id: &String| StepId::parse(id).is_some();
        let known_source = |id: &String| file.sources.contains_key(id);
        for (id, fact) in &file.facts {
            if fact.sources.is_empty() || !fact.sources.iter().all(known_source) {
                return invalid(format!("facts.{id} cites no source or an unknown one"));
            }
            if fact.steps.is_empty() || !fact.steps.iter().all(known_step) {
                return invalid(format!("facts.{id} names no step or an unknown one"));
            }
        }
        for (id, watch) in &file.watch {
            if watch.sources.is_empty() || !watch.sources.iter().all(known_source) {
                return invalid(format!("watch.{id} cites no source or an unknown one"));
            }
            if watch.steps.is_empty() || !watch.steps.iter().all(known_step) {
                return invalid(format!("watch.{id} names no step or an unknown one"));
            }
        }
        if number("online-limit-hours")? * 60 != crate::decision::facts::ONLINE_LIMIT_MINUTES {
            return invalid("numbers.online-limit-hours differs from the decision rules".into());
        }
        if let Some(id) = file.steps.keys().find(|id| StepId::parse(id).is_none()) {
            return invalid(format!("steps.{id} is not a step id"));
        }
        if let Some(t) = file
            .glossary
            .always
            .iter()
            .find(|t| !file.glossary.terms.contains(t))
        {
            return invalid(format!("glossary.always names unknown term {t}"));
        }
        if file.legal_help.is_empty() {
            return invalid("legal-help lists no one".into());
        }
        for help in &file.legal_help {
            let reachable = help.url.is_some() || help.phone.is_some();
            if !reachable || help.phone.is_some() != help.tel.is_some() {
                return invalid(format!(
                    "legal-help {} needs a url or a phone, and a phone both `phone` and `tel`",
                    help.id
                ));
            }
        }
        if let Some(p) = (file.checklist_phones.iter()).find(|p| !file.phones.contains_key(*p)) {
            return invalid(format!("checklist-phones names unknown phone {p}"));
        }
        Ok(Guide {
            checklist_phones: file.checklist_phones,
            phones: file.phones,
            numbers: file.numbers,
            rules,
            legal_help: file.legal_help,
            places: file.places,
            sources: file.sources,
            steps: file.steps,
            facts: file.facts,
            watch: file.watch,
            glossary: file.glossary,
        })
    }

    /// The data of a step; every step id has one (checked in `parse`).
    pub fn step(&self, step: StepId) -> &StepData {
        &self.steps[step.as_str()]
    }

    /// The data of a step on a track: its own for that track where it has
    /// one (`on-track`), else the step's.
    pub fn step_on(&self, step: StepId, track: CaseType) -> &StepData {
        let data = self.step(step);
        data.on_track.get(track.as_str()).unwrap_or(data)
    }

    /// The glossary terms a plan on `track` uses, in glossary order.
    pub fn terms_for(&self, steps: &[StepId], track: CaseType) -> Vec<&str> {
        self.glossary
            .terms
            .iter()
            .filter(|term| {
                self.glossary.always.contains(term)
                    || steps
                        .iter()
                        .any(|&s| self.step_on(s, track).terms.contains(term))
            })
            .map(String::as_str)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_guide_is_valid() {
        let guide = Guide::embedded().expect("content/guide.toml is valid");
        assert_eq!(guide.rules.recent_miss_days, guide.numbers["walk-in-days"]);
        assert!(
            StepId::ALL
                .iter()
                .all(|&s| !guide.step(s).sources.is_empty())
        );
    }

    #[test]
    fn a_step_without_a_source_or_with_an_unknown_one_stops_start_up() {
        let without = GUIDE_TOML.replace(
            "sources = [\"eoir-legal-providers\", \"asap-faq\"]",
            "sources = []",
        );
        assert!(
            matches!(Guide::parse(&without), Err(GuideError::Invalid(m)) if m.contains("get-legal-help cites no source"))
        );
        let unknown = GUIDE_TOML.replace("\"eoir-legal-providers\", \"asap-faq\"", "\"nowhere\"");
        assert!(
            matches!(Guide::parse(&unknown), Err(GuideError::Invalid(m)) if m.contains("unknown source nowhere"))
        );
        // A track's own data is held to the same checks, on a known track.
        let track_source = GUIDE_TOML.replace(
            "[steps.motion-to-reopen.on-track.asylum-uscis]\nsources = [\"huella-review-2026\"",
            "[steps.motion-to-reopen.on-track.asylum-uscis]\nsources = [\"nowhere\"",
        );
        assert!(
            matches!(Guide::parse(&track_source), Err(GuideError::Invalid(m)) if m.contains("motion-to-reopen on track asylum-uscis cites unknown source nowhere"))
        );
        let unknown_track = GUIDE_TOML.replace("on-track.asylum-uscis]", "on-track.asylum]");
        assert!(
            matches!(Guide::parse(&unknown_track), Err(GuideError::Invalid(m)) if m.contains("unknown track asylum"))
        );
    }
}
