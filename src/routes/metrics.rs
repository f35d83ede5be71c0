//! `/metrics` (with `HUELLA_METRICS`) and the middleware that counts requests.

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::AppState;
use crate::error::AppError;

/// Counts every request under its route pattern (never its path) and status.
pub async fn count_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let res = next.call(req).await?.map_into_boxed_body();
    if let Some(state) = res.request().app_data::<web::Data<AppState>>() {
        let pattern = res.request().match_pattern();
        let status = res.status().as_u16();
        state
            .metrics
            .request(pattern.as_deref(), status, started.elapsed());
    }
    Ok(res)
}

/// Whether the request carries the bearer token, compared in constant time
/// (of their hashes, so that the length does not show either).
fn has_token(req: &HttpRequest, token: &str) -> bool {
    let given = (req.headers().get(header::AUTHORIZATION))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let given = Sha256::digest(given.trim().as_bytes());
    let wanted = Sha256::digest(token.as_bytes());
    given.ct_eq(&wanted).into()
}

pub async fn metrics(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    if !state.settings.metrics {
        return Err(AppError::NotFound);
    }
    if let Some(token) = &state.settings.metrics_token
        && !has_token(&req, token)
    {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer"))
            .finish());
    }
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(state.metrics.render(state.store.counts())))
}
