//! HTTP handlers, thin: parse, call decision and store, render.

mod api;
mod assets;
mod body;
mod form;
mod pages;
mod session;

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDate, Utc};

use crate::config::Settings;
use crate::content::{DEFAULT_LANGUAGE, Texts};
use crate::error::AppError;
use crate::store::Store;

/// What every handler shares.
pub struct AppState {
    pub store: Store,
    pub settings: Settings,
}

impl AppState {
    /// "Today" in the configured time zone (or the fixed date, when set).
    pub fn today(&self) -> NaiveDate {
        self.settings.today.unwrap_or_else(|| {
            Utc::now()
                .with_timezone(&self.settings.timezone)
                .date_naive()
        })
    }

    /// The texts for this request. One language for now; the choice lives here.
    pub fn texts(&self, _req: &HttpRequest) -> &'static Texts {
        Texts::of(DEFAULT_LANGUAGE)
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(pages::start))
        .service(
            web::resource("/questions/{id}")
                .route(web::get().to(pages::question))
                .route(web::post().to(pages::answer)),
        )
        .route("/check-answers", web::get().to(pages::check_answers))
        .route("/result", web::get().to(pages::result))
        .route("/result/checklist", web::get().to(pages::checklist))
        .route("/start-again", web::post().to(pages::start_again))
        .service(web::resource("/api/v1/plan").route(web::post().to(api::plan)))
        .route("/health", web::get().to(health))
        .route("/static/{file}", web::get().to(assets::file))
        .default_service(web::to(not_found));
}

async fn health(state: web::Data<AppState>) -> HttpResponse {
    match state.store.ping().await {
        Ok(()) => HttpResponse::Ok().content_type("text/plain").body("ok"),
        Err(_) => HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("database unavailable"),
    }
}

async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
