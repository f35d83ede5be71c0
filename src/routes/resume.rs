//! `/resume`: a resume code from the result page reopens the same anonymous
//! session on another device. Guessing is limited per client (always) and
//! for all clients together, and each try costs a slow key derivation.

use std::num::NonZeroU32;
use std::time::Duration;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, Quota};

use super::AppState;
use super::respond::{html, read_form, see_other, token_of};
use super::session;
use crate::error::AppError;
use crate::store::ResumeCode;
use crate::views::{FieldError, ResumePage};

/// Tries of well-formed codes from all clients together, each a slow key
/// derivation: a token bucket, so guessing from many addresses gains nothing
/// once it is spent, and it cannot be spent twice over across a minute's
/// boundary as a count per minute could.
pub struct TriesOfAllClients(DefaultDirectRateLimiter);

impl TriesOfAllClients {
    pub fn new(per_minute: NonZeroU32) -> Self {
        TriesOfAllClients(DefaultDirectRateLimiter::direct(Quota::per_minute(
            per_minute,
        )))
    }

    /// Counts one try; `Err(how long to wait)` once the budget is spent.
    fn take(&self) -> Result<(), Duration> {
        self.0
            .check()
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

/// The form, with the code filled in when the address carries one (the QR
/// code and the messages from the result page do). It never opens the
/// answers by itself: the person presses the button.
pub async fn form(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    let ctx = state.form_context(&req, false)?;
    let prefilled = (serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string()))
        .unwrap_or_default()
        .into_iter()
        .find(|(name, _)| name == "code")
        .map(|(_, code)| shown_code(&code))
        .unwrap_or_default();
    html(StatusCode::OK, &ResumePage::build(&ctx, prefilled, None))
}

/// A code from an address, kept only as far as it can be a code: letters,
/// digits, dashes and spaces, 40 at most (the field's length).
fn shown_code(raw: &str) -> String {
    raw.trim()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | ' '))
        .take(40)
        .collect()
}

pub async fn open(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let pairs = read_form(payload).await?;
    session::check_token(&state, &req, token_of(&pairs))?;
    state
        .resume_limiter
        .admit(&req)
        .map_err(AppError::TooManyRequests)?;
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
                state
                    .resume_tries
                    .take()
                    .map_err(AppError::TooManyRequests)?;
                match state.store.session_for_code(&code).await? {
                    Some(secret) => {
                        let mut response = see_other("/result");
                        response
                            .add_cookie(&session::cookie(&secret, &state.settings))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn once_the_tries_of_all_clients_are_spent_every_try_waits() {
        let budget = TriesOfAllClients::new(NonZeroU32::new(3).unwrap());
        for _ in 0..3 {
            assert!(budget.take().is_ok());
        }
        let wait = budget.take().unwrap_err();
        assert!(
            wait > Duration::ZERO && wait <= Duration::from_secs(20),
            "{wait:?}"
        );
    }
}
