//! The question pages and "Check your answers".

use askama::Template;

use super::{Layout, PageContext};
use crate::content::Texts;
use crate::decision::{Answer, Answers, DateAnswer, QuestionId, QuestionKind, TimeAnswer};

/// A validation error shown in the summary and beside the field.
pub struct FieldError {
    /// The id of the input the summary links to.
    pub target: String,
    pub message: String,
}

/// What the date or time fields hold when the page is shown again.
#[derive(Default)]
pub struct TypedFields {
    /// The choice made but not yet sent (a choice question's radio).
    pub choice: Option<String>,
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

/// Where a question page's back link leads: the question before it, the
/// start page, or, for a question reached by "Change", check your answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BackTo {
    Start,
    Question(QuestionId),
    CheckAnswers,
}

impl BackTo {
    fn href(self) -> String {
        match self {
            BackTo::Start => "/".to_owned(),
            BackTo::Question(q) => format!("/questions/{q}"),
            BackTo::CheckAnswers => CHECK_ANSWERS.to_owned(),
        }
    }
}

const CHECK_ANSWERS: &str = "/check-answers";

/// The query a "Change" link adds to a question's address, so its back link
/// (and its form, should the answer be refused) lead to check your answers.
pub const CHANGE_QUERY: &str = "change";

#[derive(Template)]
#[template(path = "pages/question.html")]
pub struct QuestionPage {
    pub layout: Layout,
    pub id: &'static str,
    pub texts: QuestionTexts,
    pub back_href: String,
    /// Where the form posts: the question, keeping "Change" when it came from there.
    pub action: String,
    pub input: QuestionInput,
    pub error: Option<FieldError>,
    /// A date far ahead to confirm ("Is this right?").
    pub confirm: Option<DateConfirm>,
}

/// The question "Is this right?" about a typed date, and the date it asks about.
pub struct DateConfirm {
    /// `YYYY-MM-DD`: sent back with the form to confirm this date.
    pub date: String,
    pub message: String,
}

/// One option of a choice question, in words.
pub struct OptionText {
    pub value: &'static str,
    pub input_id: String,
    pub label: String,
    pub hint: String,
}

/// A question's words in one language.
pub struct QuestionTexts {
    pub heading: String,
    pub hint: String,
    /// A choice question's options (none for a date or a time).
    pub options: Vec<OptionText>,
    /// The "I don't know" choice of a date or time question.
    pub not_sure_label: String,
    pub not_sure_hint: String,
}

impl QuestionTexts {
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
        // Only a date or a time has an "I don't know" besides its options.
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
        back: BackTo,
        typed: Option<TypedFields>,
        error: Option<FieldError>,
    ) -> Self {
        let texts = QuestionTexts::build(ctx.tr, question);
        let stored = answers.get(question);
        let input = match question.kind() {
            QuestionKind::Choice(_) => QuestionInput::Choices(
                (typed.and_then(|t| t.choice)).or_else(|| stored.map(Answer::to_value)),
            ),
            QuestionKind::Date => QuestionInput::Date(
                typed.unwrap_or_else(|| stored_date_fields(answers.date(question))),
            ),
            QuestionKind::Time => {
                QuestionInput::Time(typed.unwrap_or_else(|| stored_time_fields(answers)))
            }
        };
        QuestionPage {
            layout: Layout::new(ctx, &texts.heading, error.is_some()),
            id: question.as_str(),
            texts,
            back_href: back.href(),
            action: match back {
                BackTo::CheckAnswers => format!("/questions/{question}?{CHANGE_QUERY}"),
                _ => format!("/questions/{question}"),
            },
            input,
            error,
            confirm: None,
        }
    }
}

/// A stored date answer as the person typed it (US order, no leading zeros).
fn stored_date_fields(stored: Option<DateAnswer>) -> TypedFields {
    match stored {
        Some(DateAnswer::On(d)) => TypedFields {
            month: d.format("%-m").to_string(),
            day: d.format("%-d").to_string(),
            year: d.format("%Y").to_string(),
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
    /// The last question on the path, where the back link leads.
    pub back_href: String,
    /// What a "Change" link adds to a question's address.
    pub change_query: &'static str,
}

impl CheckAnswersPage {
    pub fn build(ctx: &PageContext, path: &[QuestionId], answers: &Answers) -> Self {
        let tr = ctx.tr;
        let back = path.last().map_or(BackTo::Start, |&q| BackTo::Question(q));
        CheckAnswersPage {
            layout: Layout::new(ctx, &tr.t("check-title"), false),
            rows: answer_rows(tr, path, answers),
            back_href: back.href(),
            change_query: CHANGE_QUERY,
        }
    }
}

/// Each question on the path with its answer in words: "check your
/// answers" and the checklist's summary.
pub fn answer_rows(tr: &Texts, path: &[QuestionId], answers: &Answers) -> Vec<AnswerRow> {
    path.iter()
        .map(|&q| AnswerRow {
            id: q.as_str(),
            question: tr.t(&format!("q-{q}-summary")),
            answer: answers
                .get(q)
                .map(|a| answer_text(tr, a))
                .unwrap_or_default(),
        })
        .collect()
}

/// An answer as the person chose it: the option's label, or the date or
/// time written out.
fn answer_text(tr: &Texts, answer: Answer) -> String {
    match answer {
        Answer::AppointmentDate(DateAnswer::On(date))
        | Answer::LetterDeadline(DateAnswer::On(date))
        | Answer::DecisionDate(DateAnswer::On(date))
        | Answer::NewAppointmentDate(DateAnswer::On(date)) => tr.date(date),
        Answer::AppointmentTime(TimeAnswer::At(time)) => tr.time(time),
        _ => tr.t(&format!(
            "q-{}-opt-{}",
            answer.question(),
            answer.to_value()
        )),
    }
}
