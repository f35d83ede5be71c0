//! The guided questionnaire, check your answers, the result and the checklist.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Datelike;
use fluent_templates::fluent_bundle::FluentValue;

use super::form::{self, Submission, YEARS_AHEAD, YEARS_BACK};
use super::respond::{from_shell, html, read_form, see_other, token_of};
use super::session::{self, Current};
use super::{AppState, language};
use crate::cache::{PageKey, PlanPage};
use crate::content::{Language, Texts, guide};
use crate::decision::{Answers, NOT_SURE, Now, Plan, PlanInputs, QuestionId};
use crate::decision::{flow, walk};
use crate::error::AppError;
use crate::shell::{CODE_MARK, Holes, TOKEN_MARK};
use crate::store::{SessionSecret, StoreError};
use crate::views::{
    BackTo, CHANGE_QUERY, CallSheetPage, CheckAnswersPage, ChecklistPage, ConfirmPage, DateConfirm,
    FieldError, InfoPage, Layout, LegalHelpView, PageContext, PlanView, PrivacyPage, QuestionPage,
    ResultPage, ResumeView, ReviewPage, StartPage, TakeAlong, TypedFields, answer_rows, qr_svg,
    resume_address,
};

fn question_href(q: QuestionId) -> String {
    format!("/questions/{q}")
}

/// Where the person goes next: the first unanswered question, or the check page.
fn next_location(answers: &Answers, now: Now) -> String {
    flow::next_to_ask(answers, now).map_or_else(|| "/check-answers".to_owned(), question_href)
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

/// Where the back link leads: check your answers for a question reached
/// by "Change" there, else the question before this one on the path (the
/// start page when there is none).
fn back_to(req: &HttpRequest, path: &[QuestionId], question: QuestionId) -> BackTo {
    let changing =
        (req.query_string().split('&')).any(|pair| pair.split('=').next() == Some(CHANGE_QUERY));
    if changing {
        return BackTo::CheckAnswers;
    }
    match path.iter().position(|&q| q == question) {
        Some(i) if i > 0 => BackTo::Question(path[i - 1]),
        _ => BackTo::Start,
    }
}

pub async fn question(
    state: web::Data<AppState>,
    req: HttpRequest,
    id: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let question = parse_question(&id)?;
    let Current { id, answers } = session::current(&state, &req).await?;
    let now = state.now();
    let path = flow::path(&answers, now);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, now)));
    }
    let mut ctx = state.form_context(&req, id.is_some())?;
    // The page is cut from its route, not the path as typed.
    ctx.here = question_href(question);
    let token = std::mem::replace(&mut ctx.csrf_token, TOKEN_MARK.to_owned());
    let key = PageKey::Question {
        language: ctx.tr.language.code,
        question,
        stored: answers.get(question),
        back: back_to(&req, &path, question),
        has_session: ctx.has_session,
    };
    let shell = state.pages.page(&key, || {
        let back = back_to(&req, &path, question);
        QuestionPage::build(&ctx, question, &answers, back, None, None).render()
    })?;
    let holes = Holes {
        token: &token,
        ..Holes::default()
    };
    Ok(from_shell(&req, &shell, holes))
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
    let now = state.now();
    let today = now.date;
    let path = flow::path(&answers, now);
    if !path.contains(&question) {
        return Ok(see_other(&next_location(&answers, now)));
    }
    // A language chosen on the page: the page again in that language, with
    // what was typed or chosen but not yet sent; nothing is saved.
    if let Some(code) = submission.switch_language.as_deref() {
        let language = Language::find(code).ok_or(AppError::BadRequest)?;
        let mut ctx = state.form_context(&req, id.is_some())?;
        ctx.tr = Texts::of(language);
        ctx.here = question_href(question);
        let back = back_to(&req, &path, question);
        let typed = typed_fields(submission);
        let page = QuestionPage::build(&ctx, question, &answers, back, Some(typed), None);
        let mut response = html(StatusCode::OK, &page)?;
        response
            .add_cookie(&language::cookie(language, state.settings.https))
            .map_err(|_| AppError::BadRequest)?;
        return Ok(response);
    }
    let parsed = form::parse(question, &submission, today)
        .and_then(|answer| form::check_dates(answer, &answers, now));
    let answer = match parsed {
        Ok(answer) => answer,
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
            let page = QuestionPage::build(
                &ctx,
                question,
                &answers,
                back_to(&req, &path, question),
                Some(typed_fields(submission)),
                Some(FieldError {
                    target: refusal.target,
                    message,
                }),
            );
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    // A date over a year ahead: "Is this right?" once, then kept.
    if let Some(date) = form::needs_confirmation(answer, &submission, today) {
        let ctx = state.form_context(&req, id.is_some())?;
        let back = back_to(&req, &path, question);
        let message = ctx.tr.t_with(
            "date-confirm-far",
            &[("date", FluentValue::from(ctx.tr.weekday_date(date)))],
        );
        let mut page = QuestionPage::build(
            &ctx,
            question,
            &answers,
            back,
            Some(typed_fields(submission)),
            None,
        );
        page.confirm = Some(DateConfirm {
            date: date.format("%Y-%m-%d").to_string(),
            message,
        });
        return html(StatusCode::OK, &page);
    }
    // The first answer always makes a new secret: one set before the
    // session existed (perhaps by someone else) never opens it.
    let (secret, browser) = match id {
        Some(id) => (id, None),
        None => {
            // Each new session is a row until it expires: a client may
            // start only a few a minute.
            (state.session_limiter.admit(&req)).map_err(AppError::TooManyRequests)?;
            (
                SessionSecret::generate()?,
                session::cookie_secret(&state, &req),
            )
        }
    };
    match state
        .store
        .save_answer(&secret, answer, browser.as_ref())
        .await
    {
        Ok(()) => {}
        Err(StoreError::Full) => return Err(AppError::Full),
        Err(StoreError::BrowserUsed) => {
            // This browser id and its token made a session already (a
            // replayed or twice-sent form): no second one. A fresh id lets a
            // person who lost the first reload the page and go on.
            let ctx = state.context(&req, false);
            let mut response = AppError::Forbidden.page(&ctx);
            response
                .add_cookie(&session::removal(&state.settings))
                .map_err(|_| AppError::BadRequest)?;
            return Ok(response);
        }
        Err(e) => return Err(e.into()),
    }
    answers.record(answer);
    let mut response = see_other(&next_location(&answers, now));
    if browser.is_some() {
        response
            .add_cookie(&session::cookie(&secret, &state.settings))
            .map_err(|_| AppError::BadRequest)?;
    }
    Ok(response)
}

/// What a submission typed or chose, to show it again.
fn typed_fields(submission: Submission) -> TypedFields {
    TypedFields {
        not_sure: submission.answer.as_deref() == Some(NOT_SURE),
        choice: submission.answer,
        month: submission.month,
        day: submission.day,
        year: submission.year,
        time: submission.time,
    }
}

/// The session and what its complete plan follows from, or where to send
/// the person while a question on their path is unanswered.
async fn complete_inputs(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Result<(Current, PlanInputs), HttpResponse>, AppError> {
    let current = session::current(state, req).await?;
    let now = state.now();
    if let Some(next) = flow::next_to_ask(&current.answers, now) {
        return Ok(Err(see_other(&question_href(next))));
    }
    match PlanInputs::of(&current.answers, now) {
        Ok(inputs) => Ok(Ok((current, inputs))),
        Err(next) => Ok(Err(see_other(&question_href(next)))),
    }
}

/// A page of the complete plan, the same for everyone with the same plan
/// inputs but for the form token and resume code: the plan is evaluated and
/// the page rendered once, kept in the page cache, then filled in for each
/// person (see `shell`).
async fn plan_page<P: Template>(
    state: &AppState,
    req: &HttpRequest,
    page: PlanPage,
    build: impl FnOnce(&PageContext, &Plan, &PlanInputs, Option<ResumeView>) -> Result<P, AppError>,
) -> Result<HttpResponse, AppError> {
    let (Current { id, .. }, inputs) = match complete_inputs(state, req).await? {
        Ok(complete) => complete,
        Err(elsewhere) => return Ok(elsewhere),
    };
    if page == PlanPage::Result && state.settings.metrics {
        // A cached page is shown without evaluating its plan: the
        // situation alone is cheap (no "not sure" alternatives weighed).
        state.metrics.plan_shown(inputs.situation(&guide().rules));
    }
    let mut ctx = state.context(req, true);
    ctx.here = page.path().to_owned();
    let token = std::mem::replace(&mut ctx.csrf_token, TOKEN_MARK.to_owned());
    let code = match (page.shows_resume_code(), id) {
        (true, Some(id)) => state.store.resume_code(&id).await?,
        _ => None,
    };
    let key = PageKey::Plan {
        language: ctx.tr.language.code,
        page,
        inputs: inputs.clone(),
        with_resume_code: code.is_some(),
    };
    let shell = state.pages.page(&key, || {
        let plan = inputs.plan(&guide().rules);
        let public_url = &state.settings.public_url;
        let resume = (code.is_some()).then(|| ResumeView::build(&ctx, public_url, CODE_MARK));
        Ok::<_, AppError>(build(&ctx, &plan, &inputs, resume)?.render()?)
    })?;
    let code = code.map(|c| c.display()).unwrap_or_default();
    let holes = Holes {
        token: &token,
        code: &code,
    };
    Ok(from_shell(req, &shell, holes))
}

/// The result page's QR code: the resume form's address with this person's
/// code, as an image of its own. The page stays the same for everyone with
/// the same plan, and a browser on slow data fetches the image only when it
/// scrolls near it (`loading="lazy"`). Never cached, like every response.
pub async fn result_qr(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let Current { id, .. } = session::current(&state, &req).await?;
    let code = match id {
        Some(id) => state.store.resume_code(&id).await?,
        None => None,
    };
    let address = resume_address(
        &state.settings.public_url,
        &code.ok_or(AppError::NotFound)?.display(),
    );
    let svg = qr_svg(&address).ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().content_type("image/svg+xml").body(svg))
}

pub async fn check_answers(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let (Current { answers, .. }, _) = match complete_inputs(&state, &req).await? {
        Ok(complete) => complete,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let ctx = state.context(&req, true);
    let path = flow::path(&answers, state.now());
    html(
        StatusCode::OK,
        &CheckAnswersPage::build(&ctx, &path, &answers),
    )
}

pub async fn result(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let public_url = &state.settings.public_url;
    plan_page(&state, &req, PlanPage::Result, |ctx, plan, _, resume| {
        let guide = guide();
        let view = PlanView::build(ctx.tr, guide, plan);
        let take_along =
            (resume.as_ref()).map(|_| TakeAlong::build(ctx.tr, public_url, CODE_MARK, plan));
        Ok(ResultPage {
            layout: Layout::new(ctx, &ctx.tr.t("result-title"), false),
            has_calendar: !plan.key_dates.is_empty(),
            has_call_sheet: plan.call_sheet.is_some(),
            plan: view,
            legal_help: LegalHelpView::all(ctx.tr, guide),
            take_along,
            resume,
        })
    })
    .await
}

pub async fn checklist(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    plan_page(
        &state,
        &req,
        PlanPage::Checklist,
        |ctx, plan, inputs, resume| {
            let answers = answer_rows(ctx.tr, &inputs.path(), inputs.answers());
            Ok(ChecklistPage::build(
                ctx,
                guide(),
                plan,
                answers,
                inputs.today(),
                resume,
            ))
        },
    )
    .await
}

/// The call sheet: only when calling the Contact Center is a step.
pub async fn call_sheet(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    plan_page(&state, &req, PlanPage::CallSheet, |ctx, plan, _, _| {
        let view = PlanView::build(ctx.tr, guide(), plan);
        CallSheetPage::build(ctx, view, plan).ok_or(AppError::NotFound)
    })
    .await
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
    if let Some(id) = session::cookie_secret(state, req) {
        state.store.delete(&id).await?;
    }
    let mut response = see_other(then);
    response
        .add_cookie(&session::removal(&state.settings))
        .map_err(|_| AppError::BadRequest)?;
    // Anything the browser kept of the pages goes too. Not "cookies": that
    // would also forget the language the person chose.
    response.headers_mut().insert(
        header::HeaderName::from_static("clear-site-data"),
        header::HeaderValue::from_static("\"cache\", \"storage\""),
    );
    Ok(response)
}

/// A page that asks before the answers are forgotten; with no answers
/// there is nothing to ask about.
async fn confirm(
    state: &AppState,
    req: &HttpRequest,
    keys: [&str; 3],
    action: &'static str,
) -> Result<HttpResponse, AppError> {
    let Current { id, .. } = session::current(state, req).await?;
    if id.is_none() {
        return Ok(see_other("/"));
    }
    let ctx = state.form_context(req, true)?;
    html(StatusCode::OK, &ConfirmPage::build(&ctx, keys, action))
}

/// "Start again": asks first.
pub async fn confirm_start_again(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let keys = [
        "confirm-start-again-title",
        "confirm-start-again-body",
        "confirm-start-again-button",
    ];
    confirm(&state, &req, keys, "/start-again").await
}

/// "Delete my answers": asks first.
pub async fn confirm_delete(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let keys = [
        "confirm-delete-title",
        "confirm-delete-body",
        "confirm-delete-button",
    ];
    confirm(&state, &req, keys, "/delete-answers").await
}

/// "Start again" once confirmed, and "Finished: clear for the next person"
/// at a help desk: forget the answers, back to the start page.
pub async fn start_again(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    forget(&state, &req, payload, "/").await
}

/// "Delete my answers" once confirmed: forget them now and say so.
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

/// `/review`: every step, plan and watched rule, for a lawyer to review.
/// Walking every answer set takes a moment, so the page is made once a day
/// (off the request threads) and kept in the page cache.
pub async fn review(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let ctx = state.context(&req, false);
    let today = state.today();
    let key = PageKey::Review {
        language: ctx.tr.language.code,
        today,
    };
    let made = state.clone();
    let shell = web::block(move || {
        made.pages.page(&key, || {
            let guide = guide();
            let walked = walk::every_plan(today, &guide.rules);
            let max_age = made.settings.review_max_days;
            ReviewPage::build(&ctx, guide, &walked, today, max_age).render()
        })
    })
    .await
    .map_err(|_| AppError::Blocked)??;
    Ok(from_shell(&req, &shell, Holes::default()))
}
