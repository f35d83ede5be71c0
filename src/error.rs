//! One error type for the pages: each variant renders a friendly page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
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
    #[error("a form was posted without this browser's token")]
    Forbidden,
    #[error("too many requests from one client")]
    TooManyRequests,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("a page failed to render: {0}")]
    Render(#[from] askama::Error),
}

impl AppError {
    fn keys(&self) -> (&'static str, &'static str) {
        match self {
            AppError::NotFound => ("error-not-found-title", "error-not-found-body"),
            AppError::BadRequest => ("error-bad-request-title", "error-bad-request-body"),
            AppError::TooLarge => ("error-too-large-title", "error-too-large-body"),
            AppError::Forbidden => ("error-forbidden-title", "error-forbidden-body"),
            AppError::TooManyRequests => ("error-too-many-title", "error-too-many-body"),
            AppError::Store(_) | AppError::Render(_) => ("error-server-title", "error-server-body"),
        }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            // The database is away: the person's answers are kept; try again.
            AppError::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Render(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// English, with no request at hand; `routes::localise_errors` renders
    /// the page again in the person's language.
    fn error_response(&self) -> HttpResponse {
        if self.status_code().is_server_error() {
            // The error text names no person: SQL errors carry no bound values.
            eprintln!("huella: {self}");
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
        let mut response = HttpResponse::build(self.status_code());
        response.insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"));
        match page.render() {
            Ok(html) => response.content_type("text/html; charset=utf-8").body(html),
            // Even a page that cannot render says what happened, in the same words.
            Err(_) => response
                .content_type("text/plain; charset=utf-8")
                .body(format!("{}\n\n{}", page.heading, page.body)),
        }
    }
}
