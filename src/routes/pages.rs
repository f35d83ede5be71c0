//! The guided questionnaire, check your answers, the result and the checklist.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;

use super::AppState;
use super::body::{self, BodyError};
use super::calendar;
use super::form::{self, Submission, YEARS_AHEAD, YEARS_BACK};
use super::session::{self, Current};
use crate::decision::flow;
use crate::decision::{Answers, Outcome, Plan, QuestionId, evaluate};
use crate::error::AppError;
use crate::store::SessionId;
use crate::views::{
    CallSheetPage, CheckAnswersPage, ChecklistPage, FieldError, InfoPage, Layout, PageContext,
    PlanView, PrivacyPage, QuestionPage, ResultPage, ResumeView, StartPage, TypedFields,
    plan_steps_html,
};

pub(super) fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        // Pages can show answers: never keep them in a shared cache.
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(page.render()?))
}

pub(super) fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

fn question_href(q: QuestionId) -> String {
    format!("/questions/{q}")
}

/// Where the person goes next: the first unanswered question, or the check page.
fn next_location(answers: &Answers, today: NaiveDate) -> String {
    flow::next_to_ask(answers, today).map_or_else(|| "/check-answers".to_owned(), question_href)
}

pub async fn start(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let Current { id, .. } = session::current(&state, &req).await?;
    let ctx = state.context(&req, id.is_some());
    let page = StartPage {
        layout: Layout::new(&ctx, &ctx.tr.t("start-title"), false),
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
    let Current { id, answers } = session::current(&state, &req).await?;
    let today = state.today();
    let path = flow::path(&answers, today);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, today)));
    }
    let ctx = state.form_context(&req, id.is_some())?;
    let page = QuestionPage::build(
        &ctx,
        question,
        &answers,
        back_href(&path, question),
        None,
        None,
    )?;
    html(StatusCode::OK, &page)
}

pub async fn answer(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let question = parse_question(&id)?;
    let pairs = read_form(payload).await?;
    session::check_token(&state, &req, token_of(&pairs))?;
    let submission = Submission::from_pairs(pairs);

    let Current { id, mut answers } = session::current(&state, &req).await?;
    let today = state.today();
    let path = flow::path(&answers, today);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, today)));
    }
    let value = match form::parse(question, &submission, today) {
        Ok(value) => value,
        Err(refusal) => {
            let ctx = state.form_context(&req, id.is_some())?;
            let message = ctx.tr.t_with(
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
            let typed = TypedFields {
                not_sure: submission.answer.as_deref() == Some("not-sure"),
                month: submission.month,
                day: submission.day,
                year: submission.year,
                time: submission.time,
            };
            let page = QuestionPage::build(
                &ctx,
                question,
                &answers,
                back_href(&path, question),
                Some(typed),
                Some(FieldError {
                    target: refusal.target,
                    message,
                }),
            )?;
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
            .add_cookie(&session::cookie(&session_id, &state.settings))
            .map_err(|_| AppError::BadRequest)?;
    }
    Ok(response)
}

/// What a page of the complete plan is built from.
struct Complete {
    ctx: PageContext,
    answers: Answers,
    plan: Plan,
    /// The session's resume code, for pages that show it.
    resume: Option<ResumeView>,
}

/// Renders a page of the complete plan, or sends the person to the next
/// question while one on their path is unanswered.
async fn plan_page<P: Template>(
    state: &AppState,
    req: &HttpRequest,
    with_resume_code: bool,
    build: impl FnOnce(Complete) -> Result<P, AppError>,
) -> Result<HttpResponse, AppError> {
    let Current { id, answers } = session::current(state, req).await?;
    let today = state.today();
    if let Some(next) = flow::next_to_ask(&answers, today) {
        return Ok(see_other(&question_href(next)));
    }
    let Outcome::Complete(plan) = evaluate(&answers, today, &crate::content::guide().rules) else {
        return Ok(see_other(&question_href(QuestionId::CaseType)));
    };
    let ctx = state.context(req, true);
    let resume = match (with_resume_code, id) {
        (true, Some(id)) => state
            .store
            .resume_code(&id)
            .await?
            .map(|code| ResumeView::build(&ctx, req, &state.settings, &code)),
        _ => None,
    };
    let page = build(Complete {
        ctx,
        answers,
        plan,
        resume,
    })?;
    html(StatusCode::OK, &page)
}

pub async fn check_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    plan_page(&state, &req, false, |c| {
        let path = flow::path(&c.answers, today);
        Ok(CheckAnswersPage::build(&c.ctx, &path, &c.answers))
    })
    .await
}

pub async fn result(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    plan_page(&state, &req, true, |c| {
        let guide = crate::content::guide();
        Ok(ResultPage {
            layout: Layout::new(&c.ctx, &c.ctx.tr.t("result-title"), false),
            has_calendar: calendar::has_dates(&c.plan, today),
            has_call_sheet: CallSheetPage::follows(&c.plan),
            plan: PlanView::of(c.ctx.tr, guide, &c.plan),
            steps_html: plan_steps_html(c.ctx.tr, guide, &c.plan)?,
            resume: c.resume,
        })
    })
    .await
}

pub async fn checklist(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    plan_page(&state, &req, true, |c| {
        let view = PlanView::of(c.ctx.tr, crate::content::guide(), &c.plan);
        Ok(ChecklistPage::build(&c.ctx, view, today, c.resume))
    })
    .await
}

/// The call sheet: only when calling the Contact Center is a step.
pub async fn call_sheet(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    plan_page(&state, &req, false, |c| {
        let view = PlanView::of(c.ctx.tr, crate::content::guide(), &c.plan);
        CallSheetPage::build(&c.ctx, &view, &c.plan).ok_or(AppError::NotFound)
    })
    .await
}

/// A form body as name-value pairs.
pub(super) async fn read_form(payload: web::Payload) -> Result<Vec<(String, String)>, AppError> {
    let raw = body::read(payload).await.map_err(|e| match e {
        BodyError::TooLarge => AppError::TooLarge,
        BodyError::Unreadable => AppError::BadRequest,
    })?;
    serde_urlencoded::from_bytes(&raw).map_err(|_| AppError::BadRequest)
}

pub(super) fn token_of(pairs: &[(String, String)]) -> Option<&str> {
    pairs
        .iter()
        .find(|(name, _)| name == session::TOKEN_FIELD)
        .map(|(_, value)| value.as_str())
}

/// Deletes the session row (and so its answers) and the cookie, then goes on.
async fn forget(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
    then: &str,
) -> Result<HttpResponse, AppError> {
    let pairs = read_form(payload).await?;
    session::check_token(state, req, token_of(&pairs))?;
    if let Some(id) = session::cookie_id(req) {
        state.store.delete(&id).await?;
    }
    let mut response = see_other(then);
    response
        .add_cookie(&session::removal(&state.settings))
        .map_err(|_| AppError::BadRequest)?;
    Ok(response)
}

/// "Start again" in the header: forget the answers, back to the start page.
pub async fn start_again(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    forget(&state, &req, payload, "/").await
}

/// "Delete my answers": forget them now and say so.
pub async fn delete_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    forget(&state, &req, payload, "/answers-deleted").await
}

pub async fn answers_deleted(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let ctx = state.context(&req, false);
    let page = InfoPage::build(&ctx, "deleted");
    html(StatusCode::OK, &page)
}

pub async fn privacy(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let Current { id, .. } = session::current(&state, &req).await?;
    let ctx = state.context(&req, id.is_some());
    let page = PrivacyPage::build(&ctx, &state.settings);
    html(StatusCode::OK, &page)
}
