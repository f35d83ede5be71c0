//! `/resume`: a resume code from the result page reopens the same anonymous
//! session on another device. Guessing is limited per client (always) and
//! for all clients together, and each try costs a slow key derivation.

use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::respond::{html, read_form, see_other, token_of};
use super::session;
use crate::error::AppError;
use crate::store::ResumeCode;
use crate::views::{FieldError, ResumePage};

/// A budget of wrong codes a minute for all clients together: once spent,
/// every try waits for the next minute, so guessing from many addresses
/// gains nothing.
pub struct FailedTries {
    per_minute: u32,
    /// (minute, wrong codes in that minute)
    window: Mutex<(u64, u32)>,
}

impl FailedTries {
    pub fn new(per_minute: u32) -> Self {
        FailedTries {
            per_minute,
            window: Mutex::new((0, 0)),
        }
    }

    fn this_minute(&self) -> std::sync::MutexGuard<'_, (u64, u32)> {
        let minute = seconds_since_epoch() / 60;
        let mut window = self.window.lock().unwrap_or_else(|e| e.into_inner());
        if window.0 != minute {
            *window = (minute, 0);
        }
        window
    }

    /// `Some(wait until the next minute)` once this minute's budget is spent.
    fn spent(&self) -> Option<Duration> {
        (self.this_minute().1 >= self.per_minute)
            .then(|| Duration::from_secs(60 - seconds_since_epoch() % 60))
    }

    fn count(&self) {
        self.this_minute().1 += 1;
    }
}

fn seconds_since_epoch() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
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
    if let Some(wait) = state.resume_failures.spent() {
        return Err(AppError::TooManyRequests(wait));
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
            Some(code) => match state.store.session_for_code(&code).await? {
                Some(secret) => {
                    let mut response = see_other("/result");
                    response
                        .add_cookie(&session::cookie(&secret, &state.settings))
                        .map_err(|_| AppError::BadRequest)?;
                    return Ok(response);
                }
                None => {
                    state.resume_failures.count();
                    Some("resume-error-unknown")
                }
            },
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
    fn once_the_minutes_wrong_codes_are_spent_every_try_waits() {
        let budget = FailedTries::new(3);
        for _ in 0..3 {
            assert!(budget.spent().is_none());
            budget.count();
        }
        assert!(budget.spent().is_some(), "for every client alike");
    }
}
