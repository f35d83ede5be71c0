//! One error type for the pages: each variant renders a friendly page.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, HttpResponseBuilder, ResponseError};
use askama::Template;

use crate::content::{DEFAULT_LANGUAGE, Texts};
use crate::store::StoreError;
use crate::views::{ErrorPage, PageContext};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("page not found")]
    NotFound,
    #[error("the request could not be read")]
    BadRequest,
    #[error("the request body is too large")]
    TooLarge,
    #[error("the request body came too slowly")]
    TooSlow,
    #[error("a form was posted without this browser's token")]
    Forbidden,
    /// With how long until the client may try again.
    #[error("too many requests from one client")]
    TooManyRequests(std::time::Duration),
    /// Too many requests are open at once, from all clients together; with
    /// how long until the client may try again.
    #[error("too many requests open at once")]
    Busy(std::time::Duration),
    /// The pool that runs long work off the request threads has stopped
    /// (the server is shutting down).
    #[error("the blocking work pool is gone")]
    Blocked,
    /// The server keeps as many sessions as it may: new people wait.
    #[error("no new session can be made: the most sessions are in use")]
    Full,
    /// In the store's own words; `source` goes on to the store's cause.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The cause (`#[from]` is also the `source`) follows in the log.
    #[error("a page failed to render")]
    Render(#[from] askama::Error),
}

impl AppError {
    fn keys(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-body"),
            AppError::BadRequest => ("error-bad-request-title", "error-bad-request-body"),
            AppError::TooLarge => ("error-too-large-title", "error-too-large-body"),
            AppError::TooSlow => ("error-too-slow-title", "error-too-slow-body"),
            AppError::Forbidden => ("error-forbidden-title", "error-forbidden-body"),
            AppError::TooManyRequests(_) => ("error-too-many-title", "error-too-many-body"),
            AppError::Full => ("error-full-title", "error-full-body"),
            AppError::Store(_) | AppError::Render(_) | AppError::Blocked | AppError::Busy(_) => {
                ("error-server-title", "error-server-body")
            }
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::TooSlow => StatusCode::REQUEST_TIMEOUT,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            // The database is away: the person's answers are kept; try again.
            AppError::Store(_) | AppError::Full | AppError::Blocked | AppError::Busy(_) => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            AppError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// English, with no request at hand; `routes::localise_errors` renders
    /// the page again in the person's language.
    fn error_response(&self) -> HttpResponse {
        if self.status_code().is_server_error() {
            // The whole chain, to find the cause from the log alone. It names
            // no person: SQL errors carry no bound values, and no variant
            // holds anything from the request.
            crate::log::message("error", &cause_chain(self));
        }
        self.page(&PageContext {
            tr: Texts::of(DEFAULT_LANGUAGE),
            here: "/".to_owned(),
            has_session: false,
            csrf_token: String::new(),
        })
    }
}

impl AppError {
    /// The friendly page for this error, in the context's language.
    pub fn page(&self, ctx: &PageContext) -> HttpResponse {
        let (title, body) = self.keys();
        let page = ErrorPage::build(ctx, title, body);
        match page.render() {
            Ok(html) => self
                .response()
                .content_type("text/html; charset=utf-8")
                .body(html),
            // Even a page that cannot render says what happened, in the same words.
            Err(_) => self.plain(ctx.tr),
        }
    }

    /// The page's words as plain text: when the page cannot render, and for
    /// an answer given before the site's pages and headers apply (see
    /// `routes::body`).
    pub fn plain(&self, tr: &Texts) -> HttpResponse {
        let (title, body) = self.keys();
        self.response()
            .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
            .content_type("text/plain; charset=utf-8")
            .body(format!("{}\n\n{}", tr.t(title), tr.t(body)))
    }

    fn response(&self) -> HttpResponseBuilder {
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((header::CACHE_CONTROL, "no-store"));
        if let Some(wait) = self.retry_after() {
            response.insert_header((header::RETRY_AFTER, whole_seconds(wait)));
        }
        response
    }

    /// How long until the client may try again, where that is known.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            AppError::TooManyRequests(wait) | AppError::Busy(wait) => Some(*wait),
            _ => None,
        }
    }
}

/// Whole seconds, rounded up: never "come back now" while still refused.
pub fn whole_seconds(wait: std::time::Duration) -> u64 {
    wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
}

/// An error and each of its causes in turn, on one line: "a: caused by: b".
/// Many errors (the store's among them) already end their own words with
/// their cause's; such a cause is not said twice.
pub fn cause_chain(error: &dyn std::error::Error) -> String {
    let mut line = error.to_string();
    let mut cause = error.source();
    while let Some(error) = cause {
        let words = error.to_string();
        if !line.ends_with(&words) {
            line.push_str(": caused by: ");
            line.push_str(&words);
        }
        cause = error.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("disk full")]
    struct Disk;

    #[derive(Debug, thiserror::Error)]
    #[error("the write failed")]
    struct Write(#[source] Disk);

    /// Quotes its cause in its own words, as `StoreError` does.
    #[derive(Debug, thiserror::Error)]
    #[error("the save failed: {0}")]
    struct Save(#[source] Write);

    #[test]
    fn a_logged_error_names_every_cause_in_turn_and_none_twice() {
        assert_eq!(cause_chain(&Disk), "disk full");
        assert_eq!(
            cause_chain(&Write(Disk)),
            "the write failed: caused by: disk full"
        );
        assert_eq!(
            cause_chain(&Save(Write(Disk))),
            "the save failed: the write failed: caused by: disk full"
        );
        let render = AppError::Render(askama::Error::Fmt);
        assert_eq!(
            cause_chain(&render),
            format!("a page failed to render: caused by: {}", askama::Error::Fmt)
        );
    }
}
