//! The stylesheet, icon and print script, compiled in: no third-party requests, no files to lose.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::AppError;

const STYLE: &str = include_str!("../../static/style.css");
const ICON: &str = include_str!("../../static/icon.svg");
/// The Print button's script: the only script, and nothing needs it.
const PRINT: &str = include_str!("../../static/print.js");

pub async fn file(name: web::Path<String>) -> Result<HttpResponse, AppError> {
    let (body, content_type) = match name.as_str() {
        "style.css" => (STYLE, "text/css; charset=utf-8"),
        "icon.svg" => (ICON, "image/svg+xml"),
        "print.js" => (PRINT, "text/javascript; charset=utf-8"),
        _ => return Err(AppError::NotFound),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(body))
}
