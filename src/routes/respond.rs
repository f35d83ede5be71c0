//! What handlers share to answer: HTML pages, redirects, pages from the
//! cache (as text or gzip), and form bodies with their token.

use actix_web::http::header::{AcceptEncoding, Encoding};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, HttpResponseBuilder, web};
use askama::Template;

use super::body::{self, BodyError};
use super::session;
use crate::error::AppError;
use crate::shell::{Holes, PageShell};

pub fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, AppError> {
    Ok(page_response(status).body(page.render()?))
}

const HTML: &str = "text/html; charset=utf-8";

/// The head of every HTML page.
fn page_response(status: StatusCode) -> HttpResponseBuilder {
    response_of(status, HTML)
}

fn response_of(status: StatusCode, content_type: &'static str) -> HttpResponseBuilder {
    let mut response = HttpResponse::build(status);
    response
        .content_type(content_type)
        // Pages can show answers: never keep them in a shared cache.
        .insert_header((header::CACHE_CONTROL, "no-store"));
    response
}

/// A cached page filled in with this person's form token, resume code and QR code.
pub fn from_shell(req: &HttpRequest, shell: &PageShell, holes: Holes<'_>) -> HttpResponse {
    shell_response(req, shell, HTML, holes)
}

/// A cached document with no holes (the plan API's JSON).
pub fn whole_from_shell(
    req: &HttpRequest,
    shell: &PageShell,
    content_type: &'static str,
) -> HttpResponse {
    shell_response(req, shell, content_type, Holes::default())
}

/// Compressed for clients that take gzip (the shell keeps its text
/// compressed), as text for the others.
fn shell_response(
    req: &HttpRequest,
    shell: &PageShell,
    content_type: &'static str,
    holes: Holes<'_>,
) -> HttpResponse {
    let mut response = response_of(StatusCode::OK, content_type);
    if !accepts_gzip(req) {
        return response.body(shell.fill(holes));
    }
    response
        // Set here, the Compress middleware leaves the body alone.
        .insert_header((header::CONTENT_ENCODING, "gzip"))
        .insert_header((header::VARY, "accept-encoding"))
        .body(shell.fill_gzip(holes))
}

/// Whether the request's `Accept-Encoding` picks gzip over sending the page
/// as it is, by the same rules as the Compress middleware.
fn accepts_gzip(req: &HttpRequest) -> bool {
    let supported = [Encoding::identity(), Encoding::gzip()];
    req.get_header::<AcceptEncoding>()
        .and_then(|accepted| accepted.negotiate(supported.iter()))
        == Some(Encoding::gzip())
}

pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location.to_owned()))
        .finish()
}

/// A form body as name-value pairs.
pub async fn read_form(payload: web::Payload) -> Result<Vec<(String, String)>, AppError> {
    let raw = body::read(payload).await.map_err(|e| match e {
        BodyError::TooLarge => AppError::TooLarge,
        BodyError::Unreadable => AppError::BadRequest,
        BodyError::TooSlow => AppError::TooSlow,
    })?;
    serde_urlencoded::from_bytes(&raw).map_err(|_| AppError::BadRequest)
}

/// The anti-forgery token a form was posted with.
pub fn token_of(pairs: &[(String, String)]) -> Option<&str> {
    pairs
        .iter()
        .find(|(name, _)| name == session::TOKEN_FIELD)
        .map(|(_, value)| value.as_str())
}
