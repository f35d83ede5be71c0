//! The pages around the questionnaire: the start, the resume form, privacy,
//! confirmations and errors.

use askama::Template;
use fluent_templates::fluent_bundle::FluentValue;

use super::{FieldError, Layout, PageContext, paragraphs};
use crate::config::Settings;

#[derive(Template)]
#[template(path = "pages/start.html")]
pub struct StartPage {
    pub layout: Layout,
    pub start_href: String,
}

/// `/resume`: the form that takes a resume code.
#[derive(Template)]
#[template(path = "pages/resume.html")]
pub struct ResumePage {
    pub layout: Layout,
    pub typed: String,
    pub error: Option<FieldError>,
}

impl ResumePage {
    pub fn build(ctx: &PageContext, typed: String, error: Option<FieldError>) -> Self {
        ResumePage {
            layout: Layout::new(ctx, &ctx.tr.t("resume-title"), error.is_some()),
            typed,
            error,
        }
    }
}

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub heading: String,
    pub body: String,
    /// The page the person was on, to go back to (none when it is the start).
    pub back_href: Option<String>,
}

impl ErrorPage {
    pub fn build(ctx: &PageContext, title_key: &str, body_key: &str) -> Self {
        let tr = ctx.tr;
        let heading = tr.t(title_key);
        ErrorPage {
            layout: Layout::new(ctx, &heading, false),
            body: tr.t(body_key),
            heading,
            back_href: (ctx.here != "/").then(|| ctx.here.clone()),
        }
    }
}

/// A short page that confirms something was done.
#[derive(Template)]
#[template(path = "pages/info.html")]
pub struct InfoPage {
    pub layout: Layout,
    pub heading: String,
    pub body: String,
    pub link: String,
}

impl InfoPage {
    /// The page whose texts are `<name>-title`, `<name>-body` and `<name>-start-link`.
    pub fn build(ctx: &PageContext, name: &str) -> Self {
        let tr = ctx.tr;
        let heading = tr.t(&format!("{name}-title"));
        InfoPage {
            layout: Layout::new(ctx, &heading, false),
            body: tr.t(&format!("{name}-body")),
            link: tr.t(&format!("{name}-start-link")),
            heading,
        }
    }
}

/// A page that asks before something is done that cannot be undone; its
/// form posts to `action`.
#[derive(Template)]
#[template(path = "pages/confirm.html")]
pub struct ConfirmPage {
    pub layout: Layout,
    pub heading: String,
    pub body: String,
    pub button: String,
    pub action: &'static str,
}

impl ConfirmPage {
    pub fn build(
        ctx: &PageContext,
        [title, body, button]: [&str; 3],
        action: &'static str,
    ) -> Self {
        let tr = ctx.tr;
        let heading = tr.t(title);
        ConfirmPage {
            layout: Layout::new(ctx, &heading, false),
            body: tr.t(body),
            button: tr.t(button),
            heading,
            action,
        }
    }
}

pub struct Section {
    pub heading: String,
    pub paragraphs: Vec<String>,
}

#[derive(Template)]
#[template(path = "pages/privacy.html")]
pub struct PrivacyPage {
    pub layout: Layout,
    pub sections: Vec<Section>,
}

impl PrivacyPage {
    /// The sections, in order: `privacy-<name>-heading` and `-body`.
    pub const SECTIONS: &[&str] = &[
        "stored", "time", "never", "cookies", "resume", "logs", "limit", "shared",
    ];

    pub fn build(ctx: &PageContext, settings: &Settings) -> Self {
        let tr = ctx.tr;
        let days = FluentValue::from(i64::from(settings.session_days));
        let max_days = FluentValue::from(i64::from(settings.session_max_days));
        let sections = Self::SECTIONS
            .iter()
            .map(|name| Section {
                heading: tr.t(&format!("privacy-{name}-heading")),
                paragraphs: paragraphs(&tr.t_with(
                    &format!("privacy-{name}-body"),
                    &[
                        ("session-days", days.clone()),
                        ("session-max-days", max_days.clone()),
                    ],
                )),
            })
            .collect();
        PrivacyPage {
            layout: Layout::new(ctx, &tr.t("privacy-title"), false),
            sections,
        }
    }
}
