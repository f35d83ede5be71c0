//! Askama template structs, one per page, grouped by page family, plus the
//! frame every page shares. Texts come from the locale files; these structs
//! only carry them.

mod info;
mod plan;
mod qr;
mod question;
mod review;

pub use info::{ConfirmPage, ErrorPage, InfoPage, PrivacyPage, ResumePage, Section, StartPage};
pub use plan::{
    BringView, ButtonView, CallSheetPage, ChecklistPage, DEADLINE_STATES, FirstView, LegalHelpView,
    LinkView, PhoneView, PlanView, ResultPage, ResumeView, SayView, SourceView, StepView,
    TakeAlong, TermView, counted_deadline, resume_address,
};
pub use qr::svg as qr_svg;
pub use question::{
    AnswerRow, BackTo, CHANGE_QUERY, CheckAnswersPage, DateConfirm, FieldError, OptionText,
    QuestionInput, QuestionPage, QuestionTexts, TypedFields, answer_rows,
};
pub use review::{ReviewPage, plan_signature};

use fluent_templates::fluent_bundle::FluentValue;

use crate::content::{LANGUAGES, Texts};

/// What the frame of every page needs from the request.
pub struct PageContext {
    pub tr: &'static Texts,
    /// This page's path, for the language links to come back to.
    pub here: String,
    /// Whether to offer "Start again" (there are answers to clear).
    pub has_session: bool,
    /// The anti-forgery token for this page's forms (empty when it has none).
    pub csrf_token: String,
}

/// A link to this page in another language (or the current one, not a link).
pub struct LanguageLink {
    pub code: &'static str,
    pub name: String,
    pub href: String,
    pub current: bool,
}

/// What every page's frame needs.
pub struct Layout {
    pub tr: &'static Texts,
    pub title: String,
    pub has_session: bool,
    pub csrf_token: String,
    pub languages: Vec<LanguageLink>,
}

impl Layout {
    pub fn new(ctx: &PageContext, heading: &str, has_error: bool) -> Self {
        let tr = ctx.tr;
        let key = if has_error {
            "page-title-error"
        } else {
            "page-title"
        };
        let title = tr.t_with(key, &[("title", FluentValue::from(heading.to_owned()))]);
        let next = query_value(&ctx.here);
        let languages = LANGUAGES
            .iter()
            .map(|&language| LanguageLink {
                code: language.code,
                name: Texts::of(language).t("language-name"),
                href: format!("/language?lang={}&next={next}", language.code),
                current: language == tr.language,
            })
            .collect();
        Layout {
            tr,
            title,
            has_session: ctx.has_session,
            csrf_token: ctx.csrf_token.clone(),
            languages,
        }
    }

    pub fn lang(&self) -> &'static str {
        self.tr.language.code
    }

    pub fn dir(&self) -> &'static str {
        if self.tr.language.rtl() { "rtl" } else { "ltr" }
    }

    /// The organisation's own legal-help contacts, in words, when its
    /// content folder lists any (`components/local_help.html` shows them).
    pub fn local_help(&self) -> Option<LocalHelp> {
        let tr = self.tr;
        let organisation = tr.organisation().filter(|o| !o.contacts.is_empty())?;
        let line = |key: &str, name: &'static str, value: String| {
            (!value.is_empty()).then(|| tr.t_with(key, &[(name, FluentValue::from(value))]))
        };
        Some(LocalHelp {
            heading: tr.t_with(
                "local-help-heading",
                &[("organisation", FluentValue::from(organisation.name.clone()))],
            ),
            contacts: (organisation.contacts.iter())
                .map(|c| ContactView {
                    name: c.name.clone(),
                    phone: c.phone.clone(),
                    tel: c.tel.clone(),
                    address: c.address.clone(),
                    languages: line("local-help-languages", "languages", c.languages.join(", ")),
                    hours: line("local-help-hours", "hours", c.hours.clone()),
                    checked: tr.t_with(
                        "local-help-checked",
                        &[("date", FluentValue::from(tr.date(c.checked)))],
                    ),
                })
                .collect(),
        })
    }

    /// Whether to say that no native speaker has checked this translation.
    pub fn unreviewed(&self) -> bool {
        !self.tr.language.reviewed()
    }
}

/// The organisation's legal-help contacts, shown before the national directories.
pub struct LocalHelp {
    pub heading: String,
    pub contacts: Vec<ContactView>,
}

pub struct ContactView {
    pub name: String,
    pub phone: String,
    pub tel: String,
    pub address: String,
    pub languages: Option<String>,
    pub hours: Option<String>,
    /// "Contact details last checked <date>".
    pub checked: String,
}

/// A value percent-encoded for a query string.
fn query_value(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|pair| pair[1..].to_owned())
        .unwrap_or_default()
}

/// A multi-line Fluent value as paragraphs: one per non-empty line.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}
