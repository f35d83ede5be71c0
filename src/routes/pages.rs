//! The guided questionnaire, check your answers, the result and the checklist.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;

use super::AppState;
use super::body::{self, BodyError};
use super::form::{self, Submission, YEARS_AHEAD, YEARS_BACK};
use super::session::{self, Current};
use crate::content::Texts;
use crate::decision::flow;
use crate::decision::{Answers, Outcome, Plan, QuestionId, evaluate};
use crate::error::AppError;
use crate::store::SessionId;
use crate::views::{
    CheckAnswersPage, ChecklistPage, DateFields, FieldError, Layout, PlanView, QuestionPage,
    ResultPage, StartPage,
};

fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        // Pages can show answers: never keep them in a shared cache.
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(page.render()?))
}

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

fn question_href(q: QuestionId) -> String {
    format!("/questions/{q}")
}

/// Where the person goes next: the first unanswered question, or the check page.
fn next_location(answers: &Answers, today: NaiveDate) -> String {
    flow::next_question(answers, today).map_or_else(|| "/check-answers".to_owned(), question_href)
}

pub async fn start(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let tr = state.texts(&req);
    let has_session = req.cookie(session::COOKIE).is_some();
    let page = StartPage {
        layout: Layout::new(tr, &tr.t("start-title"), false, has_session),
        start_href: question_href(QuestionId::CaseType),
    };
    html(StatusCode::OK, &page)
}

fn parse_question(raw: &str) -> Result<QuestionId, AppError> {
    QuestionId::parse(raw).ok_or(AppError::NotFound)
}

/// The back link: the question before this one on the path, or the start page.
fn back_href(path: &[QuestionId], question: QuestionId) -> String {
    match path.iter().position(|&q| q == question) {
        Some(i) if i > 0 => question_href(path[i - 1]),
        _ => "/".to_owned(),
    }
}

pub async fn question(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let question = parse_question(&id)?;
    let Current { id, answers } = session::current(&state.store, &req).await?;
    let today = state.today();
    let path = flow::path(&answers, today);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, today)));
    }
    let tr = state.texts(&req);
    let page = QuestionPage::build(
        tr,
        question,
        &answers,
        back_href(&path, question),
        None,
        None,
        id.is_some(),
    );
    html(StatusCode::OK, &page)
}

pub async fn answer(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let question = parse_question(&id)?;
    let raw = body::read(payload).await.map_err(|e| match e {
        BodyError::TooLarge => AppError::TooLarge,
        BodyError::Unreadable => AppError::BadRequest,
    })?;
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_bytes(&raw).map_err(|_| AppError::BadRequest)?;
    let submission = Submission::from_pairs(pairs);

    let Current { id, mut answers } = session::current(&state.store, &req).await?;
    let today = state.today();
    let path = flow::path(&answers, today);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, today)));
    }
    let value = match form::parse(question, &submission, today) {
        Ok(value) => value,
        Err(refusal) => {
            let tr = state.texts(&req);
            let message = tr.t_with(
                &refusal.message_key,
                &[
                    (
                        "min-year",
                        FluentValue::from((today.year() - YEARS_BACK) as i64),
                    ),
                    (
                        "max-year",
                        FluentValue::from((today.year() + YEARS_AHEAD) as i64),
                    ),
                ],
            );
            let typed = DateFields {
                not_sure: submission.answer.as_deref() == Some("not-sure"),
                month: submission.month,
                day: submission.day,
                year: submission.year,
            };
            let page = QuestionPage::build(
                tr,
                question,
                &answers,
                back_href(&path, question),
                Some(typed),
                Some(FieldError {
                    target: refusal.target,
                    message,
                }),
                id.is_some(),
            );
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let (session_id, is_new) = match id {
        Some(id) => (id, false),
        None => (SessionId::generate()?, true),
    };
    state
        .store
        .save_answer(&session_id, question, &value)
        .await?;
    answers
        .set(question, &value)
        .map_err(|_| AppError::BadRequest)?;
    let mut response = see_other(&next_location(&answers, today));
    if is_new {
        response
            .add_cookie(&session::cookie(&session_id))
            .map_err(|_| AppError::BadRequest)?;
    }
    Ok(response)
}

/// Renders a page of the complete plan, or sends the person to the next
/// question while one on their path is unanswered.
async fn plan_page<P: Template>(
    state: &AppState,
    req: &HttpRequest,
    build: impl FnOnce(&'static Texts, &Answers, Plan) -> P,
) -> Result<HttpResponse, AppError> {
    let Current { answers, .. } = session::current(&state.store, req).await?;
    match evaluate(&answers, state.today(), &crate::content::guide().rules) {
        Outcome::Incomplete(next) => Ok(see_other(&question_href(next))),
        Outcome::Complete(plan) => html(StatusCode::OK, &build(state.texts(req), &answers, plan)),
    }
}

pub async fn check_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let path = |answers: &Answers| flow::path(answers, state.today());
    plan_page(&state, &req, |tr, answers, _| {
        CheckAnswersPage::build(tr, &path(answers), answers)
    })
    .await
}

pub async fn result(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    plan_page(&state, &req, |tr, _, plan| {
        let guide = crate::content::guide();
        ResultPage {
            layout: Layout::new(tr, &tr.t("result-title"), false, true),
            plan: PlanView::build(tr, guide, &plan),
            help_providers: guide.links.legal_providers.clone(),
            help_directory: guide.links.legal_directory.clone(),
        }
    })
    .await
}

pub async fn checklist(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    plan_page(&state, &req, |tr, _, plan| {
        let view = PlanView::build(tr, crate::content::guide(), &plan);
        ChecklistPage::build(tr, view, today)
    })
    .await
}

pub async fn start_again(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    if let Some(id) = req
        .cookie(session::COOKIE)
        .and_then(|c| SessionId::parse(c.value()))
    {
        state.store.delete(&id).await?;
    }
    let mut response = see_other("/");
    response
        .add_cookie(&session::removal())
        .map_err(|_| AppError::BadRequest)?;
    Ok(response)
}
