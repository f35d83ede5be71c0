//! Reading request bodies with a size and a time limit, so a huge body is a
//! 413 and a body sent a byte at a time is a 408, never a stall.

use std::time::Duration;

use actix_http::Request;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Response, ServiceFactory, ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderMap};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpResponse, web};
use futures_util::StreamExt;

use super::{AppState, api, language};
use crate::content::DEFAULT_LANGUAGE;
use crate::error::AppError;

/// The largest form or JSON body accepted.
pub const LIMIT: usize = 16 * 1024;
/// How long a whole body may take to arrive: 16 KiB needs a fraction of a
/// second even on a slow phone line.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub enum BodyError {
    TooLarge,
    Unreadable,
    TooSlow,
}

pub async fn read(payload: web::Payload) -> Result<web::BytesMut, BodyError> {
    actix_web::rt::time::timeout(READ_TIMEOUT, read_all(payload))
        .await
        .unwrap_or(Err(BodyError::TooSlow))
}

async fn read_all(mut payload: web::Payload) -> Result<web::BytesMut, BodyError> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| BodyError::Unreadable)?;
        if body.len() + chunk.len() > LIMIT {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Answers a request that asks `Expect: 100-continue` before its body is
/// sent (the server calls this before writing "100 Continue"): a body
/// declared larger than `LIMIT` gets its 413 at once, so it is never sent;
/// every other request goes on.
pub fn refuse_large_before_continue(
    state: web::Data<AppState>,
) -> impl ServiceFactory<
    Request,
    Config = (),
    Response = Request,
    Error = Response<BoxBody>,
    InitError = (),
> {
    fn_service(move |req: Request| {
        let refused = declared_too_large(req.headers()).then(|| too_large(&state, &req));
        async move { refused.map_or(Ok(req), Err) }
    })
}

/// A request whose `Content-Length` is over `LIMIT` gets its 413 at once
/// (the page in the person's language, through `localise_errors`), not
/// after the first 16 KiB have arrived.
pub async fn refuse_declared_too_large(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if !declared_too_large(req.headers()) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    Ok(match req.app_data::<web::Data<AppState>>() {
        Some(state) if req.path().starts_with("/api/") => {
            let response = api_too_large(state);
            req.into_response(response)
        }
        _ => req.error_response(AppError::TooLarge),
    })
}

fn declared_too_large(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .is_some_and(|length| length > LIMIT as u64)
}

fn api_too_large(state: &AppState) -> HttpResponse {
    let english = state.content.texts(DEFAULT_LANGUAGE);
    api::error(
        StatusCode::PAYLOAD_TOO_LARGE,
        english,
        "api-error-too-large",
        None,
    )
}

/// The 413 in the words the route would have used: the API's JSON error,
/// or the error page's words as plain text (only programs send `Expect`).
fn too_large(state: &AppState, req: &Request) -> Response<BoxBody> {
    let mut response = if req.path().starts_with("/api/") {
        api_too_large(state)
    } else {
        let tr = state
            .content
            .texts(language::of_headers(req.headers(), state.settings.https));
        AppError::TooLarge.plain(tr)
    };
    // The site's headers are not added out here; this one matters.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    response.into()
}
