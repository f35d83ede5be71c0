//! Askama template structs: one per page, plus the pieces they share.
//! Texts come from the locale files; these structs only carry them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use crate::config::Settings;
use crate::content::guide::StepPart;
use crate::content::{Guide, LANGUAGES, Links, Texts};
use crate::decision::{
    Answers, DateAnswer, Plan, QuestionId, QuestionKind, StepId, TimeAnswer, Urgency,
};
use crate::memo::Memo;

/// What the frame of every page needs from the request.
pub struct PageContext {
    pub tr: &'static Texts,
    /// This page's path and query, for the language links to come back to.
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
        let title = formatted_once(tr, key, "title", heading);
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

    /// Whether to say that no native speaker has checked this translation.
    pub fn unreviewed(&self) -> bool {
        !self.tr.language.reviewed()
    }
}

/// A message with one variable whose values are few (page headings, the
/// site's own address): each thread formats each once.
fn formatted_once(tr: &Texts, key: &'static str, name: &'static str, value: &str) -> String {
    thread_local! {
        static FORMATTED: RefCell<HashMap<(&'static str, &'static str, String), String>> =
            RefCell::new(HashMap::new());
    }
    let memo_key = (tr.language.code, key, value.to_owned());
    if let Some(text) = FORMATTED.with(|f| f.borrow().get(&memo_key).cloned()) {
        return text;
    }
    let text = tr.t_with(key, &[(name, FluentValue::from(value.to_owned()))]);
    FORMATTED.with(|f| {
        let mut formatted = f.borrow_mut();
        // The values come from the locale files and the Host header: bound them.
        if formatted.len() >= 1_000 {
            formatted.clear();
        }
        formatted.insert(memo_key, text.clone())
    });
    text
}

/// A value percent-encoded for a query string.
fn query_value(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|pair| pair[1..].to_owned())
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "pages/start.html")]
pub struct StartPage {
    pub layout: Layout,
    pub start_href: String,
}

/// A validation error shown in the summary and beside the field.
pub struct FieldError {
    /// The id of the input the summary links to.
    pub target: String,
    pub message: String,
}

/// What the date or time fields hold when the page is shown again.
#[derive(Default)]
pub struct TypedFields {
    pub month: String,
    pub day: String,
    pub year: String,
    pub time: String,
    pub not_sure: bool,
}

/// What a question page asks for: one of its values (the stored one
/// checked), a date or a time (as typed or stored).
pub enum QuestionInput {
    /// The stored value, if any.
    Choices(Option<String>),
    Date(TypedFields),
    Time(TypedFields),
}

#[derive(Template)]
#[template(path = "pages/question.html")]
pub struct QuestionPage {
    pub layout: Layout,
    pub id: &'static str,
    pub texts: Arc<QuestionTexts>,
    pub back_href: String,
    pub input: QuestionInput,
    pub error: Option<FieldError>,
}

/// One option of a choice question, in words.
pub struct OptionText {
    pub value: &'static str,
    pub input_id: String,
    pub label: String,
    pub hint: String,
}

/// A question's words in one language: the same for everyone, built once.
pub struct QuestionTexts {
    pub heading: String,
    pub hint: String,
    /// A choice question's options (none for a date or a time).
    pub options: Vec<OptionText>,
    /// The "I don't know" choice of a date or time question.
    pub not_sure_label: String,
    pub not_sure_hint: String,
}

/// Each question's words by language: a few dozen entries in all.
static QUESTION_TEXTS: Memo<(&'static str, QuestionId), Arc<QuestionTexts>> = Memo::new(1_000);

impl QuestionTexts {
    fn of(tr: &Texts, question: QuestionId) -> Arc<QuestionTexts> {
        QUESTION_TEXTS.get_or_insert((tr.language.code, question), |_| {
            Arc::new(Self::build(tr, question))
        })
    }

    fn build(tr: &Texts, question: QuestionId) -> QuestionTexts {
        let id = question.as_str();
        let values = match question.kind() {
            QuestionKind::Choice(values) => values,
            QuestionKind::Date | QuestionKind::Time => &[],
        };
        let options: Vec<OptionText> = values
            .iter()
            .map(|&value| OptionText {
                value,
                input_id: format!("{id}-{value}"),
                label: tr.t(&format!("q-{id}-opt-{value}")),
                hint: tr.t(&format!("q-{id}-opt-{value}-hint")),
            })
            .collect();
        // Only a date or time question has a separate "I don't know" box (a
        // choice lists it among its options, if at all): no other has its texts.
        let has_box = !matches!(question.kind(), QuestionKind::Choice(_));
        let not_sure = |key: String| if has_box { tr.t(&key) } else { String::new() };
        QuestionTexts {
            heading: tr.t(&format!("q-{id}-title")),
            hint: tr.t(&format!("q-{id}-hint")),
            options,
            not_sure_label: not_sure(format!("q-{id}-opt-not-sure")),
            not_sure_hint: not_sure(format!("q-{id}-opt-not-sure-hint")),
        }
    }
}

impl QuestionPage {
    /// Builds the page; `typed` and `error` re-render it after a refused answer.
    pub fn build(
        ctx: &PageContext,
        question: QuestionId,
        answers: &Answers,
        back_href: String,
        typed: Option<TypedFields>,
        error: Option<FieldError>,
    ) -> Self {
        let texts = QuestionTexts::of(ctx.tr, question);
        let input = match question.kind() {
            QuestionKind::Choice(_) => QuestionInput::Choices(answers.value(question)),
            QuestionKind::Date => {
                QuestionInput::Date(typed.unwrap_or_else(|| stored_date_fields(answers, question)))
            }
            QuestionKind::Time => {
                QuestionInput::Time(typed.unwrap_or_else(|| stored_time_fields(answers)))
            }
        };
        QuestionPage {
            layout: Layout::new(ctx, &texts.heading, error.is_some()),
            id: question.as_str(),
            texts,
            back_href,
            input,
            error,
        }
    }
}

/// The stored date answer as the person typed it (US order, no leading zeros).
fn stored_date_fields(answers: &Answers, question: QuestionId) -> TypedFields {
    match answers.date(question) {
        Some(DateAnswer::On(d)) => TypedFields {
            month: d.format("%-m").to_string(),
            day: d.format("%-d").to_string(),
            year: d.format("%Y").to_string(),
            not_sure: false,
            ..TypedFields::default()
        },
        Some(DateAnswer::NotSure) => TypedFields {
            not_sure: true,
            ..TypedFields::default()
        },
        None => TypedFields::default(),
    }
}

/// The stored time as a browser's time field takes it (`HH:MM`).
fn stored_time_fields(answers: &Answers) -> TypedFields {
    match answers.appointment_time {
        Some(TimeAnswer::At(time)) => TypedFields {
            time: time.format("%H:%M").to_string(),
            ..TypedFields::default()
        },
        Some(TimeAnswer::NotSure) => TypedFields {
            not_sure: true,
            ..TypedFields::default()
        },
        None => TypedFields::default(),
    }
}

pub struct AnswerRow {
    pub id: &'static str,
    pub question: String,
    pub answer: String,
}

#[derive(Template)]
#[template(path = "pages/check_answers.html")]
pub struct CheckAnswersPage {
    pub layout: Layout,
    pub rows: Vec<AnswerRow>,
}

impl CheckAnswersPage {
    pub fn build(ctx: &PageContext, path: &[QuestionId], answers: &Answers) -> Self {
        let tr = ctx.tr;
        let rows = path
            .iter()
            .map(|&q| AnswerRow {
                id: q.as_str(),
                question: tr.t(&format!("q-{q}-summary")),
                answer: answer_text(tr, q, answers),
            })
            .collect();
        CheckAnswersPage {
            layout: Layout::new(ctx, &tr.t("check-title"), false),
            rows,
        }
    }
}

/// An answer as the person chose it: the option's label, or the date written out.
fn answer_text(tr: &Texts, q: QuestionId, answers: &Answers) -> String {
    if let Some(DateAnswer::On(date)) = answers.date(q) {
        return tr.date(date);
    }
    if let (QuestionId::AppointmentTime, Some(TimeAnswer::At(time))) = (q, answers.appointment_time)
    {
        return tr.time(time);
    }
    answers
        .value(q)
        .map(|v| tr.t(&format!("q-{q}-opt-{v}")))
        .unwrap_or_default()
}

#[derive(Clone)]
pub struct PhoneView {
    pub label: String,
    /// The label as a list line ends it ("USCIS Contact Center:").
    pub line_label: String,
    pub display: String,
    pub tel: String,
}

#[derive(Clone)]
pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Clone)]
pub struct StepView {
    pub id: &'static str,
    /// "Step 1", "Step 2"... in the plan's order.
    pub number_label: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub phones: Vec<PhoneView>,
    pub say: Option<String>,
    pub ready: Option<String>,
    pub sources: Vec<SourceView>,
    /// "Source:" or "Sources:".
    pub sources_label: String,
    /// "Last reviewed <date>".
    pub reviewed_line: String,
    /// The deadline the person typed, said in full, on the step it belongs to.
    pub deadline: Option<String>,
    /// The review date as YYYY-MM-DD, for the API and `<time datetime>`.
    pub reviewed_iso: String,
}

#[derive(Clone)]
pub struct TermView {
    pub term: String,
    pub definition: String,
}

#[derive(Clone)]
pub struct BringView {
    pub id: &'static str,
    pub text: String,
}

/// Numbers the printed checklist always lists after those of the steps: plans
/// change (someone who planned to go falls ill), and the paper is what the
/// person has in hand then.
const CHECKLIST_PHONES: [&str; 2] = ["contact-center", "contact-center-tty"];

/// A plan turned into words: shared by the result, the checklist and the API.
pub struct PlanView {
    pub situation: String,
    pub urgency: String,
    pub urgency_id: &'static str,
    pub steps: Vec<StepView>,
    pub bring: Vec<BringView>,
    pub terms: Vec<TermView>,
    /// The checklist's line for the appointment's date (and time).
    pub appointment_line: Option<String>,
    pub phones: Vec<PhoneView>,
    /// The deadline as a line for the checklist's key dates.
    pub deadline_line: Option<String>,
}

/// Plans in words, by language: they depend only on the plan and the
/// language, and the same few hundred plans come up again and again.
static PLAN_VIEWS: Memo<(&'static str, Plan), Arc<PlanView>> = Memo::new(PLANS_KEPT);
/// Plans kept at most in each plan memo; past it the memo starts over.
pub const PLANS_KEPT: usize = 2_000;

impl PlanView {
    /// The plan in words, built once per language and plan.
    pub fn of(tr: &Texts, guide: &Guide, plan: &Plan) -> Arc<PlanView> {
        PLAN_VIEWS.get_or_insert((tr.language.code, plan.clone()), |_| {
            Arc::new(PlanView::build(tr, guide, plan))
        })
    }

    fn build(tr: &Texts, guide: &Guide, plan: &Plan) -> Self {
        let ctx = &plan.context;
        let date = ctx.appointment.map(|d| tr.date(d)).unwrap_or_default();
        let args = tr.with_args([
            ("track", ctx.track.as_str().to_owned()),
            ("situation", plan.situation.as_str().to_owned()),
            ("date", date.clone()),
            (
                "has-date",
                if ctx.appointment.is_some() {
                    "yes"
                } else {
                    "no"
                }
                .to_owned(),
            ),
            (
                "photo-id",
                ctx.photo_id.map_or("unknown", |p| p.as_str()).to_owned(),
            ),
            ("route", ctx.route.as_str().to_owned()),
            (
                "letter",
                ctx.letter.map_or("unknown", |l| l.as_str()).to_owned(),
            ),
        ]);
        let urgency_date = match plan.urgency {
            Urgency::BeforeDate(d) | Urgency::OnDate(d) => tr.date(d),
            _ => date.clone(),
        };
        let mut urgency_args = args.clone();
        urgency_args.insert("date".into(), FluentValue::from(urgency_date));
        let phone_view = |id: &str| {
            let phone = &guide.phones[id];
            let label = tr.t(&format!("phone-{id}"));
            PhoneView {
                line_label: tr.t_with(
                    "checklist-phone-label",
                    &[("label", FluentValue::from(label.clone()))],
                ),
                label,
                display: phone.display.clone(),
                tel: phone.tel.clone(),
            }
        };
        let deadline = ctx.deadline.map(|d| {
            let state = match d.days_left {
                0 => "today",
                n if n > 0 => "upcoming",
                _ => "passed",
            };
            let date = FluentValue::from(tr.date(d.date));
            let note = tr.t_with(
                &format!("deadline-{}-{state}", d.step),
                &[
                    ("date", date.clone()),
                    ("days", FluentValue::from(d.days_left.abs())),
                ],
            );
            let line = tr.t_with(&format!("checklist-deadline-{}", d.step), &[("date", date)]);
            (d.step, note, line)
        });
        let steps: Vec<StepView> = plan
            .steps
            .iter()
            .enumerate()
            .map(|(index, &step)| {
                let data = guide.step(step);
                let key = |part: &str| format!("step-{step}-{part}");
                let part = |p: StepPart| {
                    data.parts
                        .contains(&p)
                        .then(|| tr.format(&key(p.as_str()), &args))
                };
                StepView {
                    id: step.as_str(),
                    number_label: tr.t_with(
                        "result-step-label",
                        &[("number", FluentValue::from(index as i64 + 1))],
                    ),
                    title: tr.format(&key("title"), &args),
                    paragraphs: paragraphs(&tr.format(&key("body"), &args)),
                    phones: data.phones.iter().map(|p| phone_view(p)).collect(),
                    say: part(StepPart::Say),
                    ready: part(StepPart::Ready),
                    sources: data
                        .sources
                        .iter()
                        .map(|s| SourceView {
                            title: tr.t(&format!("source-{s}")),
                            url: guide.sources[s].url.clone(),
                        })
                        .collect(),
                    deadline: deadline
                        .as_ref()
                        .filter(|(s, _, _)| *s == step)
                        .map(|(_, note, _)| note.clone()),
                    sources_label: tr.t_with(
                        "result-sources-label",
                        &[("count", FluentValue::from(data.sources.len() as i64))],
                    ),
                    reviewed_line: tr.t_with(
                        "result-reviewed",
                        &[("date", FluentValue::from(tr.date(data.reviewed)))],
                    ),
                    reviewed_iso: data.reviewed.format("%Y-%m-%d").to_string(),
                }
            })
            .collect();
        let mut phone_ids: Vec<&str> = Vec::new();
        let step_phones = plan.steps.iter().flat_map(|&s| &guide.step(s).phones);
        for p in step_phones.map(String::as_str).chain(CHECKLIST_PHONES) {
            if !phone_ids.contains(&p) {
                phone_ids.push(p);
            }
        }
        PlanView {
            situation: tr.format(&format!("situation-{}", plan.situation), &args),
            urgency: tr.format(&format!("urgency-{}", plan.urgency.id()), &urgency_args),
            urgency_id: plan.urgency.id().as_str(),
            bring: plan
                .bring
                .iter()
                .map(|&b| BringView {
                    id: b.as_str(),
                    text: tr.format(&format!("bring-{b}"), &args),
                })
                .collect(),
            terms: guide
                .terms_for(&plan.steps)
                .into_iter()
                .map(|t| TermView {
                    term: tr.t(&format!("glossary-{t}-term")),
                    definition: tr.t(&format!("glossary-{t}-def")),
                })
                .collect(),
            appointment_line: ctx.appointment.map(|d| {
                let when = match ctx.appointment_time {
                    Some(time) => tr.date_and_time(d, time),
                    None => tr.date(d),
                };
                tr.t_with(
                    "checklist-appointment",
                    &[("date", FluentValue::from(when))],
                )
            }),
            phones: phone_ids.into_iter().map(phone_view).collect(),
            deadline_line: deadline.map(|(_, _, line)| line),
            steps,
        }
    }
}

/// A multi-line Fluent value as paragraphs: one per non-empty line.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[derive(Template)]
#[template(path = "pages/result.html")]
pub struct ResultPage {
    pub layout: Layout,
    pub plan: Arc<PlanView>,
    /// Where to find free legal help.
    pub links: &'static Links,
    /// Whether the plan has dates for a calendar file.
    pub has_calendar: bool,
    /// Whether calling the Contact Center is a step (the call sheet follows it).
    pub has_call_sheet: bool,
    pub resume: Option<ResumeView>,
}

/// The resume code as shown on the result page and the checklist.
pub struct ResumeView {
    pub code: String,
    pub body: String,
}

impl ResumeView {
    /// The address of the page that takes the code, on the host the person used.
    pub fn address(req: &actix_web::HttpRequest, settings: &Settings) -> String {
        let scheme = if settings.https { "https" } else { "http" };
        format!("{scheme}://{}/resume", req.connection_info().host())
    }

    /// `code` as shown: see `crate::store::ResumeCode::display`.
    pub fn build(ctx: &PageContext, address: &str, code: &str) -> Self {
        ResumeView {
            code: code.to_owned(),
            body: formatted_once(ctx.tr, "resume-code-body", "address", address),
        }
    }
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

/// A printable page for calling the USCIS Contact Center.
#[derive(Template)]
#[template(path = "pages/call_sheet.html")]
pub struct CallSheetPage {
    pub layout: Layout,
    /// The plan's call step: its numbers, words, what to have ready, sources.
    pub call: StepView,
    /// Whether the plan asks the person to explain a reason with proof.
    pub has_reason: bool,
}

impl CallSheetPage {
    /// The call sheet follows the plan: only when calling the Contact Center is a step.
    pub fn follows(plan: &Plan) -> bool {
        plan.steps.contains(&StepId::CallContactCenter)
    }

    /// The sheet, or `None` when the plan has no call.
    pub fn build(ctx: &PageContext, view: &PlanView, plan: &Plan) -> Option<Self> {
        let call = view
            .steps
            .iter()
            .find(|s| s.id == StepId::CallContactCenter.as_str())?;
        Some(CallSheetPage {
            layout: Layout::new(ctx, &ctx.tr.t("call-sheet-title"), false),
            call: call.clone(),
            has_reason: plan.steps.contains(&StepId::ExplainGoodCause),
        })
    }
}

#[derive(Template)]
#[template(path = "pages/checklist.html")]
pub struct ChecklistPage {
    pub layout: Layout,
    pub plan: Arc<PlanView>,
    pub made_on: String,
    pub today: String,
    pub resume: Option<ResumeView>,
}

impl ChecklistPage {
    pub fn build(
        ctx: &PageContext,
        plan: Arc<PlanView>,
        today: NaiveDate,
        resume: Option<ResumeView>,
    ) -> Self {
        let tr = ctx.tr;
        let made = tr.date(today);
        ChecklistPage {
            layout: Layout::new(ctx, &tr.t("checklist-title"), false),
            plan,
            made_on: tr.t_with(
                "checklist-made",
                &[("date", FluentValue::from(made.clone()))],
            ),
            today: tr.t_with("checklist-today", &[("date", FluentValue::from(made))]),
            resume,
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
        let sections = Self::SECTIONS
            .iter()
            .map(|name| Section {
                heading: tr.t(&format!("privacy-{name}-heading")),
                paragraphs: paragraphs(&tr.t_with(
                    &format!("privacy-{name}-body"),
                    &[("session-days", days.clone())],
                )),
            })
            .collect();
        PrivacyPage {
            layout: Layout::new(ctx, &tr.t("privacy-title"), false),
            sections,
        }
    }
}
