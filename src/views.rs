//! Askama template structs: one per page, plus the pieces they share.
//! Texts come from the locale files; these structs only carry them.

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use crate::content::guide::StepPart;
use crate::content::{Guide, Texts};
use crate::decision::{Answers, AppointmentDate, Plan, QuestionId, QuestionKind, Urgency};

/// What every page's frame needs.
pub struct Layout {
    pub tr: Texts,
    pub title: String,
    /// Whether to offer "Start again" (there are answers to clear).
    pub has_session: bool,
}

impl Layout {
    pub fn new(tr: &Texts, heading: &str, has_error: bool, has_session: bool) -> Self {
        let key = if has_error {
            "page-title-error"
        } else {
            "page-title"
        };
        let title = tr.t_with(key, &[("title", FluentValue::from(heading.to_owned()))]);
        Layout {
            tr: tr.clone(),
            title,
            has_session,
        }
    }

    pub fn lang(&self) -> &'static str {
        self.tr.language.code
    }

    pub fn dir(&self) -> &'static str {
        if self.tr.language.rtl { "rtl" } else { "ltr" }
    }
}

#[derive(Template)]
#[template(path = "pages/start.html")]
pub struct StartPage {
    pub layout: Layout,
    pub start_href: String,
}

/// One radio of a question.
pub struct OptionView {
    pub value: &'static str,
    pub input_id: String,
    pub label: String,
    pub hint: String,
    pub checked: bool,
}

/// A validation error shown in the summary and beside the field.
pub struct FieldError {
    /// The id of the input the summary links to.
    pub target: String,
    pub message: String,
}

/// What the date fields hold when the page is shown again.
#[derive(Default)]
pub struct DateFields {
    pub month: String,
    pub day: String,
    pub year: String,
    pub not_sure: bool,
}

/// The date question's fields and its "I don't know the date" choice.
pub struct DateInput {
    pub fields: DateFields,
    pub not_sure_label: String,
    pub not_sure_hint: String,
}

/// What a question page asks for: one of its values, or a date.
pub enum QuestionInput {
    Choices(Vec<OptionView>),
    Date(DateInput),
}

#[derive(Template)]
#[template(path = "pages/question.html")]
pub struct QuestionPage {
    pub layout: Layout,
    pub id: &'static str,
    pub heading: String,
    pub hint: String,
    pub back_href: String,
    pub input: QuestionInput,
    pub error: Option<FieldError>,
}

impl QuestionPage {
    /// Builds the page; `typed` and `error` re-render it after a refused answer.
    pub fn build(
        tr: &Texts,
        question: QuestionId,
        answers: &Answers,
        back_href: String,
        typed: Option<DateFields>,
        error: Option<FieldError>,
        has_session: bool,
    ) -> Self {
        let id = question.as_str();
        let heading = tr.t(&format!("q-{id}-title"));
        let input = match question.kind() {
            QuestionKind::Choice(values) => {
                let stored = answers.value(question);
                QuestionInput::Choices(
                    values
                        .iter()
                        .map(|&value| OptionView {
                            value,
                            input_id: format!("{id}-{value}"),
                            label: tr.t(&format!("q-{id}-opt-{value}")),
                            hint: tr.t(&format!("q-{id}-opt-{value}-hint")),
                            checked: stored.as_deref() == Some(value),
                        })
                        .collect(),
                )
            }
            QuestionKind::Date => QuestionInput::Date(DateInput {
                fields: typed.unwrap_or_else(|| stored_date_fields(answers)),
                not_sure_label: tr.t(&format!("q-{id}-opt-not-sure")),
                not_sure_hint: tr.t(&format!("q-{id}-opt-not-sure-hint")),
            }),
        };
        QuestionPage {
            layout: Layout::new(tr, &heading, error.is_some(), has_session),
            id,
            hint: tr.t(&format!("q-{id}-hint")),
            heading,
            back_href,
            input,
            error,
        }
    }
}

/// The stored date answer as the person typed it (US order, no leading zeros).
fn stored_date_fields(answers: &Answers) -> DateFields {
    match answers.appointment_date {
        Some(AppointmentDate::On(d)) => DateFields {
            month: d.format("%-m").to_string(),
            day: d.format("%-d").to_string(),
            year: d.format("%Y").to_string(),
            not_sure: false,
        },
        Some(AppointmentDate::NotSure) => DateFields {
            not_sure: true,
            ..DateFields::default()
        },
        None => DateFields::default(),
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
    pub fn build(tr: &Texts, path: &[QuestionId], answers: &Answers) -> Self {
        let rows = path
            .iter()
            .map(|&q| AnswerRow {
                id: q.as_str(),
                question: tr.t(&format!("q-{q}-summary")),
                answer: answer_text(tr, q, answers),
            })
            .collect();
        CheckAnswersPage {
            layout: Layout::new(tr, &tr.t("check-title"), false, true),
            rows,
        }
    }
}

/// An answer as the person chose it: the option's label, or the date written out.
fn answer_text(tr: &Texts, q: QuestionId, answers: &Answers) -> String {
    match (q, answers.appointment_date) {
        (QuestionId::AppointmentDate, Some(AppointmentDate::On(date))) => tr.date(date),
        _ => answers
            .value(q)
            .map(|v| tr.t(&format!("q-{q}-opt-{v}")))
            .unwrap_or_default(),
    }
}

pub struct PhoneView {
    pub label: String,
    pub display: String,
    pub tel: String,
}

pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}

pub struct StepView {
    pub id: &'static str,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub phones: Vec<PhoneView>,
    pub say: Option<String>,
    pub ready: Option<String>,
    pub sources: Vec<SourceView>,
    pub reviewed: String,
    /// The review date as YYYY-MM-DD, for the API and `<time datetime>`.
    pub reviewed_iso: String,
}

pub struct TermView {
    pub term: String,
    pub definition: String,
}

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
    pub appointment: Option<String>,
    pub phones: Vec<PhoneView>,
}

impl PlanView {
    pub fn build(tr: &Texts, guide: &Guide, plan: &Plan) -> Self {
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
            PhoneView {
                label: tr.t(&format!("phone-{id}")),
                display: phone.display.clone(),
                tel: phone.tel.clone(),
            }
        };
        let steps: Vec<StepView> = plan
            .steps
            .iter()
            .map(|&step| {
                let data = guide.step(step);
                let key = |part: &str| format!("step-{step}-{part}");
                let part = |p: StepPart| {
                    data.parts
                        .contains(&p)
                        .then(|| tr.format(&key(p.as_str()), &args))
                };
                StepView {
                    id: step.as_str(),
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
                    reviewed: tr.date(data.reviewed),
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
            appointment: ctx.appointment.map(|d| tr.date(d)),
            phones: phone_ids.into_iter().map(phone_view).collect(),
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
    pub plan: PlanView,
    pub help_providers: String,
    pub help_directory: String,
}

#[derive(Template)]
#[template(path = "pages/checklist.html")]
pub struct ChecklistPage {
    pub layout: Layout,
    pub plan: PlanView,
    pub made_on: String,
    pub today: String,
}

impl ChecklistPage {
    pub fn build(tr: &Texts, plan: PlanView, today: NaiveDate) -> Self {
        let made = tr.date(today);
        ChecklistPage {
            layout: Layout::new(tr, &tr.t("checklist-title"), false, true),
            plan,
            made_on: tr.t_with(
                "checklist-made",
                &[("date", FluentValue::from(made.clone()))],
            ),
            today: tr.t_with("checklist-today", &[("date", FluentValue::from(made))]),
        }
    }
}

#[derive(Template)]
#[template(path = "pages/error.html")]
pub struct ErrorPage {
    pub layout: Layout,
    pub heading: String,
    pub body: String,
}

impl ErrorPage {
    pub fn build(tr: &Texts, title_key: &str, body_key: &str) -> Self {
        let heading = tr.t(title_key);
        ErrorPage {
            layout: Layout::new(tr, &heading, false, false),
            body: tr.t(body_key),
            heading,
        }
    }
}
