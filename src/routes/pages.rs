//! The guided questionnaire, check your answers, the result and the checklist.

use std::hash::Hash;
use std::sync::Arc;

use actix_web::http::header::{AcceptEncoding, Encoding};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, HttpResponseBuilder, web};
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
use crate::memo::Memo;
use crate::shell::{CODE_MARK, PageShell, TOKEN_MARK};
use crate::store::SessionId;
use crate::views::{
    CallSheetPage, CheckAnswersPage, ChecklistPage, FieldError, InfoPage, Layout, PageContext,
    PlanView, PrivacyPage, QuestionPage, ResultPage, ResumeView, StartPage, TypedFields,
};

pub(super) fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(page_response(status).body(page.render()?))
}

/// The head of every HTML page.
fn page_response(status: StatusCode) -> HttpResponseBuilder {
    let mut response = HttpResponse::build(status);
    response
        .content_type("text/html; charset=utf-8")
        // Pages can show answers: never keep them in a shared cache.
        .insert_header((header::CACHE_CONTROL, "no-store"));
    response
}

/// Serves a page from its shell in `pages`, rendering and cutting it the
/// first time its key is seen. Browsers that take gzip get the shell's
/// compressed form (compressed once, not per request).
fn html_from_shell<K: Eq + Hash>(
    req: &HttpRequest,
    pages: &Memo<K, Arc<PageShell>>,
    key: K,
    token: &str,
    code: &str,
    render: impl FnOnce(&K) -> Result<String, AppError>,
) -> Result<HttpResponse, AppError> {
    let shell = pages.get_or_try_insert(key, |key| {
        render(key).map(|page| Arc::new(PageShell::cut(&page)))
    })?;
    let gzip = accepts_gzip(req)
        .then(|| shell.fill_gzip(token, code))
        .flatten();
    let Some(gzip) = gzip else {
        // As text; the Compress middleware still compresses it when it may.
        return Ok(page_response(StatusCode::OK).body(shell.fill(token, code)));
    };
    Ok(page_response(StatusCode::OK)
        // Set here, the Compress middleware leaves the body alone.
        .insert_header((header::CONTENT_ENCODING, "gzip"))
        .insert_header((header::VARY, "accept-encoding"))
        .body(gzip))
}

/// Whether the request's `Accept-Encoding` picks gzip over sending the page
/// as it is, by the same rules as the Compress middleware.
fn accepts_gzip(req: &HttpRequest) -> bool {
    let supported = [Encoding::identity(), Encoding::gzip()];
    req.get_header::<AcceptEncoding>()
        .and_then(|accepted| accepted.negotiate(supported.iter()))
        == Some(Encoding::gzip())
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
    let mut ctx = state.form_context(&req, id.is_some())?;
    let token = std::mem::replace(&mut ctx.csrf_token, TOKEN_MARK.to_owned());
    let key = QuestionPageKey {
        language: ctx.tr.language.code,
        here: ctx.here.clone(),
        has_session: ctx.has_session,
        question,
        stored: answers.value(question),
        back_href: back_href(&path, question),
    };
    html_from_shell(&req, &QUESTION_PAGES, key, &token, "", |key| {
        let page = QuestionPage::build(&ctx, question, &answers, key.back_href.clone(), None, None);
        Ok(page.render()?)
    })
}

/// What a question page looks like to everyone with the same answer to it.
#[derive(PartialEq, Eq, Hash)]
struct QuestionPageKey {
    language: &'static str,
    here: String,
    has_session: bool,
    question: QuestionId,
    /// The answer given before, shown chosen or filled in.
    stored: Option<String>,
    back_href: String,
}

/// Each question page by language and earlier answer, cut once.
static QUESTION_PAGES: Memo<QuestionPageKey, Arc<PageShell>> = Memo::new(1_000);

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
            .add_cookie(&session::cookie(&session_id, &state.settings))
            .map_err(|_| AppError::BadRequest)?;
    }
    Ok(response)
}

/// The session's complete plan, or where to send the person while a
/// question on their path is unanswered.
async fn complete_plan(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Result<(Current, Plan), HttpResponse>, AppError> {
    let current = session::current(state, req).await?;
    let today = state.today();
    if let Some(next) = flow::next_to_ask(&current.answers, today) {
        return Ok(Err(see_other(&question_href(next))));
    }
    match evaluate(&current.answers, today, &crate::content::guide().rules) {
        Outcome::Complete(plan) => Ok(Ok((current, plan))),
        _ => Ok(Err(see_other(&question_href(QuestionId::CaseType)))),
    }
}

/// What a page of the plan looks like to everyone with the same plan.
#[derive(PartialEq, Eq, Hash)]
struct PlanPageKey {
    language: &'static str,
    /// This page's address, which also tells the pages apart.
    here: String,
    today: NaiveDate,
    plan: Plan,
    /// The address the resume code's line gives, when the page shows a code.
    resume_address: Option<String>,
}

/// Each page of each plan in each language, cut once (a few KB each).
static PLAN_PAGES: Memo<PlanPageKey, Arc<PageShell>> = Memo::new(500);

/// A page of the complete plan that is the same for everyone with that plan
/// but for the form token and resume code: built and rendered once, then
/// filled in for each person (see `shell`).
async fn shared_plan_page<P: Template>(
    state: &AppState,
    req: &HttpRequest,
    with_resume_code: bool,
    build: impl FnOnce(&PageContext, &Plan, Option<ResumeView>) -> Result<P, AppError>,
) -> Result<HttpResponse, AppError> {
    let (Current { id, .. }, plan) = match complete_plan(state, req).await? {
        Ok(complete) => complete,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let mut ctx = state.context(req, true);
    let token = std::mem::replace(&mut ctx.csrf_token, TOKEN_MARK.to_owned());
    let code = match (with_resume_code, id) {
        (true, Some(id)) => state.store.resume_code(&id).await?,
        _ => None,
    };
    let key = PlanPageKey {
        language: ctx.tr.language.code,
        here: ctx.here.clone(),
        today: state.today(),
        plan,
        resume_address: code
            .as_ref()
            .map(|_| ResumeView::address(req, &state.settings)),
    };
    let code = code.map(|c| c.display()).unwrap_or_default();
    html_from_shell(req, &PLAN_PAGES, key, &token, &code, |key| {
        let resume = key
            .resume_address
            .as_deref()
            .map(|address| ResumeView::build(&ctx, address, CODE_MARK));
        Ok(build(&ctx, &key.plan, resume)?.render()?)
    })
}

pub async fn check_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (Current { answers, .. }, _) = match complete_plan(&state, &req).await? {
        Ok(complete) => complete,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let ctx = state.context(&req, true);
    let path = flow::path(&answers, state.today());
    html(
        StatusCode::OK,
        &CheckAnswersPage::build(&ctx, &path, &answers),
    )
}

pub async fn result(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    shared_plan_page(&state, &req, true, |ctx, plan, resume| {
        let guide = crate::content::guide();
        Ok(ResultPage {
            layout: Layout::new(ctx, &ctx.tr.t("result-title"), false),
            has_calendar: calendar::has_dates(plan, today),
            has_call_sheet: CallSheetPage::follows(plan),
            plan: PlanView::of(ctx.tr, guide, plan),
            links: &guide.links,
            resume,
        })
    })
    .await
}

pub async fn checklist(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let today = state.today();
    shared_plan_page(&state, &req, true, |ctx, plan, resume| {
        let view = PlanView::of(ctx.tr, crate::content::guide(), plan);
        Ok(ChecklistPage::build(ctx, view, today, resume))
    })
    .await
}

/// The call sheet: only when calling the Contact Center is a step.
pub async fn call_sheet(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    shared_plan_page(&state, &req, false, |ctx, plan, _| {
        let view = PlanView::of(ctx.tr, crate::content::guide(), plan);
        CallSheetPage::build(ctx, &view, plan).ok_or(AppError::NotFound)
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
