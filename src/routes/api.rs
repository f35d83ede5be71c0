//! `POST /api/v1/plan`: the plan as JSON, stateless (CONTRACT.md).

use std::convert::Infallible;

use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use chrono::{NaiveDate, NaiveDateTime};
use fluent_templates::fluent_bundle::FluentValue;
use serde::Serialize;
use serde_json::Value;

use super::AppState;
use super::body::{self, BodyError};
use super::json::{self, JsonError};
use super::respond::whole_from_shell;
use crate::cache::PageKey;
use crate::content::{DEFAULT_LANGUAGE, Language, Texts, guide};
use crate::decision::{
    AnswerError, Answers, Now, Plan, PlanInputs, QuestionId, StepId, UrgencyId, flow,
};
use crate::views::PlanView;

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

pub(super) fn error(
    status: StatusCode,
    tr: &Texts,
    key: &str,
    field: Option<&str>,
) -> HttpResponse {
    let message = match field {
        Some(f) => tr.t_with(key, &[("field", FluentValue::from(f.to_owned()))]),
        None => tr.t(key),
    };
    HttpResponse::build(status).json(ErrorBody {
        error: message,
        field,
    })
}

#[derive(Serialize)]
struct Source {
    title: String,
    url: Option<String>,
}

#[derive(Serialize)]
struct Step {
    id: &'static str,
    title: String,
    body: String,
    sources: Vec<Source>,
    reviewed: String,
}

#[derive(Serialize)]
struct Bring {
    id: &'static str,
    text: String,
}

#[derive(Serialize)]
struct PlanResponse {
    complete: bool,
    next_question: Option<QuestionId>,
    /// Where the person stands and how urgent it is (ids; texts are in the steps).
    situation: Option<&'static str>,
    urgency: Option<UrgencyId>,
    /// The deadline from a date the person gave (letter-deadline or decision-date).
    deadline: Option<DeadlineJson>,
    steps: Vec<Step>,
    bring: Vec<Bring>,
    /// In a language no native speaker has checked yet, the line that says
    /// so, in that language, for a partner to show beside the steps (an
    /// addition to the contract: absent when the words are checked or none
    /// are given).
    #[serde(skip_serializing_if = "Option::is_none")]
    translation_unreviewed: Option<String>,
}

#[derive(Serialize)]
struct DeadlineJson {
    step: StepId,
    date: String,
    /// Negative once the deadline has passed.
    days_left: i64,
}

/// A request refused before any rule runs.
enum Refused {
    Shape,
    /// An object named this key twice: which value was meant is unclear.
    DuplicateKey(String),
    /// A 422 naming the field: the message key and the field.
    Field(&'static str, String),
}

struct PlanRequest {
    answers: Answers,
    /// `today` and `now` as sent: a date, or a date and time of day.
    now: Option<Now>,
    language: Language,
}

/// The request, or why it is refused and the language to say it in (the
/// one asked for, once it is known; else English).
fn parse_request(raw: &[u8], server_today: NaiveDate) -> Result<PlanRequest, (Refused, Language)> {
    let body = json::parse(raw).map_err(|e| match e {
        JsonError::Syntax => (Refused::Shape, DEFAULT_LANGUAGE),
        JsonError::DuplicateKey(key) => (Refused::DuplicateKey(key), DEFAULT_LANGUAGE),
    })?;
    let object = body.as_object().ok_or((Refused::Shape, DEFAULT_LANGUAGE))?;
    let language = match object.get("lang") {
        None | Some(Value::Null) => DEFAULT_LANGUAGE,
        Some(Value::String(code)) => Language::find(code).unwrap_or(DEFAULT_LANGUAGE),
        Some(_) => return Err((Refused::Shape, DEFAULT_LANGUAGE)),
    };
    parse_fields(object, language, server_today).map_err(|refused| (refused, language))
}

/// How far `today` may lie from the server's date: as far as the form
/// accepts an appointment year.
const TODAY_RANGE_DAYS: i64 = 366 * 5;

fn parse_fields(
    object: &serde_json::Map<String, Value>,
    language: Language,
    server_today: NaiveDate,
) -> Result<PlanRequest, Refused> {
    let answers_json = object
        .get("answers")
        .and_then(Value::as_object)
        .ok_or(Refused::Shape)?;
    // A non-string value stands in as "", which no question allows, so it is
    // refused like any other bad value, in the order the answers come.
    let pairs = answers_json
        .iter()
        .map(|(question, value)| (question.as_str(), value.as_str().unwrap_or("")));
    let answers = Answers::parse(pairs).map_err(|e| match e {
        AnswerError::UnknownQuestion(question) => {
            Refused::Field("api-error-unknown-question", question)
        }
        AnswerError::BadValue(QuestionId::AppointmentDate) => Refused::Field(
            "api-error-bad-date",
            QuestionId::AppointmentDate.to_string(),
        ),
        AnswerError::BadValue(id) => Refused::Field("api-error-bad-value", id.to_string()),
    })?;
    let today = match object.get("today") {
        None | Some(Value::Null) => None,
        Some(v) => {
            let bad = || Refused::Field("api-error-bad-today", "today".to_owned());
            let text = v.as_str().ok_or_else(bad)?;
            let today = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| bad())?;
            if (today - server_today).num_days().abs() > TODAY_RANGE_DAYS {
                return Err(bad());
            }
            Some(today)
        }
    };
    // `now` (optional): the local date and time, `YYYY-MM-DDTHH:MM`. With
    // an appointment time, it settles "has it passed?" and "within 12 hours?".
    let at = match object.get("now") {
        None | Some(Value::Null) => None,
        Some(v) => {
            let bad = || Refused::Field("api-error-bad-now", "now".to_owned());
            let text = v.as_str().ok_or_else(bad)?;
            let at = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M")
                .or_else(|_| NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S"))
                .map_err(|_| bad())?;
            let far = (at.date() - server_today).num_days().abs() > TODAY_RANGE_DAYS;
            if far || today.is_some_and(|d| d != at.date()) {
                return Err(bad());
            }
            Some(Now::from(at))
        }
    };
    Ok(PlanRequest {
        answers,
        now: at.or(today.map(Now::from)),
        language,
    })
}

pub async fn plan(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> HttpResponse {
    let english = state.content.texts(DEFAULT_LANGUAGE);
    let is_json = req
        .mime_type()
        .ok()
        .flatten()
        .is_some_and(|m| m.essence_str() == "application/json");
    if !is_json {
        return error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            english,
            "api-error-content-type",
            None,
        );
    }
    let raw = match body::read(payload).await {
        Ok(raw) => raw,
        Err(BodyError::TooLarge) => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                english,
                "api-error-too-large",
                None,
            );
        }
        Err(BodyError::Unreadable) => {
            return error(StatusCode::BAD_REQUEST, english, "api-error-bad-body", None);
        }
        Err(BodyError::TooSlow) => {
            return error(
                StatusCode::REQUEST_TIMEOUT,
                english,
                "api-error-too-slow",
                None,
            );
        }
    };
    let request = match parse_request(&raw, state.today()) {
        Ok(request) => request,
        Err((Refused::Shape, language)) => {
            let tr = state.content.texts(language);
            return error(StatusCode::BAD_REQUEST, tr, "api-error-bad-body", None);
        }
        Err((Refused::DuplicateKey(key), language)) => {
            let tr = state.content.texts(language);
            return error(
                StatusCode::BAD_REQUEST,
                tr,
                "api-error-duplicate-key",
                Some(&key),
            );
        }
        Err((Refused::Field(key, field), language)) => {
            let tr = state.content.texts(language);
            return error(StatusCode::UNPROCESSABLE_ENTITY, tr, key, Some(&field));
        }
    };
    let tr = state.content.texts(request.language);
    let now = request.now.unwrap_or_else(|| state.now());
    if let Some((question, problem)) = flow::date_problem(&request.answers, now) {
        let key = super::form::date_problem_key(problem);
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            tr,
            key,
            Some(question.as_str()),
        );
    }
    let inputs = match PlanInputs::of(&request.answers, now) {
        Err(next) => {
            return HttpResponse::Ok().json(PlanResponse {
                complete: false,
                next_question: Some(next),
                situation: None,
                urgency: None,
                deadline: None,
                steps: Vec::new(),
                bring: Vec::new(),
                translation_unreviewed: None,
            });
        }
        Ok(inputs) => inputs,
    };
    let key = PageKey::PlanJson {
        language: tr.language.code,
        inputs: inputs.clone(),
    };
    let Ok(json) = state.pages.page(&key, || {
        let plan = inputs.plan(&guide().rules);
        // Plain structs of strings always serialize.
        Ok::<_, Infallible>(
            serde_json::to_string(&complete_response(tr, &plan)).unwrap_or_default(),
        )
    });
    whole_from_shell(&req, &json, "application/json")
}

/// The answer for a complete plan.
fn complete_response(tr: &Texts, plan: &Plan) -> PlanResponse {
    let view = PlanView::build(tr, guide(), plan);
    PlanResponse {
        complete: true,
        next_question: None,
        situation: Some(plan.situation.as_str()),
        urgency: Some(plan.urgency.id()),
        deadline: plan.context.deadline.map(|d| DeadlineJson {
            step: d.step,
            date: d.date.format("%Y-%m-%d").to_string(),
            days_left: d.days_left,
        }),
        steps: view
            .steps
            .iter()
            .map(|s| Step {
                id: s.id,
                title: s.title.clone(),
                body: s.paragraphs.join("\n"),
                sources: s
                    .sources
                    .iter()
                    .map(|src| Source {
                        title: src.title.clone(),
                        url: src.url.clone(),
                    })
                    .collect(),
                reviewed: s.reviewed_iso.clone(),
            })
            .collect(),
        bring: view
            .bring
            .iter()
            .map(|b| Bring {
                id: b.id,
                text: b.text.clone(),
            })
            .collect(),
        translation_unreviewed: (!tr.language.reviewed()).then(|| tr.t("translation-unreviewed")),
    }
}
