//! Defence in depth beside the form token: a form post must come from a page
//! of this site. Browsers say where a request comes from in `Sec-Fetch-Site`
//! (and, older ones, `Origin`); a post another site made a browser send is
//! refused before anything reads it. The plan API is meant for other sites
//! and stores nothing, so it is not checked.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web;

use super::AppState;
use crate::error::AppError;

/// Whether the browser says the request came from elsewhere.
fn from_elsewhere(req: &ServiceRequest, public_url: &str) -> bool {
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = header("sec-fetch-site") {
        // "none" is the person's own doing (typed, bookmarked).
        return !matches!(site, "same-origin" | "none");
    }
    match header(header::ORIGIN.as_str()) {
        // Not a browser, or one too old to say: the token decides.
        None => false,
        Some(origin) => {
            let host = origin.split_once("://").map_or("", |(_, host)| host);
            let this_host = req.connection_info().host().to_owned();
            let public_host = public_url.split_once("://").map_or("", |(_, host)| host);
            host != this_host && host != public_host
        }
    }
}

pub async fn same_site_posts(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let checked = req.method() == Method::POST && !req.path().starts_with("/api/");
    let state = req.app_data::<web::Data<AppState>>().cloned();
    if let Some(state) = state.filter(|_| checked)
        && from_elsewhere(&req, &state.settings.public_url)
    {
        let (http, _) = req.into_parts();
        let page = AppError::Forbidden.page(&state.context(&http, false));
        return Ok(ServiceResponse::new(http, page));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}
