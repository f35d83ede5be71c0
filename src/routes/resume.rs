//! `/resume`: a short code from the result page reopens the same anonymous
//! session on another device. Guessing is rate-limited on its own.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::respond::{html, read_form, see_other, token_of};
use super::session::{self, max_idle};
use crate::error::AppError;
use crate::store::ResumeCode;
use crate::views::{FieldError, ResumePage};

pub async fn form(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let ctx = state.form_context(&req, false)?;
    html(
        StatusCode::OK,
        &ResumePage::build(&ctx, String::new(), None),
    )
}

pub async fn open(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let pairs = read_form(payload).await?;
    session::check_token(&state, &req, token_of(&pairs))?;
    if state.resume_limiter.refuses(&req) {
        return Err(AppError::TooManyRequests);
    }
    let typed = pairs
        .iter()
        .find(|(name, _)| name == "code")
        .map(|(_, v)| v.trim().chars().take(64).collect::<String>())
        .unwrap_or_default();
    let refusal = if typed.is_empty() {
        Some("resume-error-empty")
    } else {
        match ResumeCode::parse(&typed) {
            None => Some("resume-error-shape"),
            Some(code) => {
                match state
                    .store
                    .session_for_code(&code, max_idle(&state.settings))
                    .await?
                {
                    Some(id) => {
                        let mut response = see_other("/result");
                        response
                            .add_cookie(&session::cookie(&id, &state.settings))
                            .map_err(|_| AppError::BadRequest)?;
                        return Ok(response);
                    }
                    None => Some("resume-error-unknown"),
                }
            }
        }
    };
    let ctx = state.form_context(&req, false)?;
    let error = refusal.map(|key| FieldError {
        target: "resume-code".to_owned(),
        message: ctx.tr.t(key),
    });
    html(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ResumePage::build(&ctx, typed, error),
    )
}
