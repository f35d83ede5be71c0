//! HTTP handlers, thin: parse, call decision and store, render.

mod api;
mod assets;
mod body;
mod calendar;
mod form;
mod json;
mod language;
mod limit;
mod metrics;
mod origin;
mod pages;
mod respond;
mod resume;
mod session;

pub use body::{refuse_declared_too_large, refuse_large_before_continue};
pub use limit::{OpenAtOnce, RateLimiter, limit};
pub use metrics::count_requests;
pub use origin::same_site_posts;
pub use resume::TriesOfAllClients;
pub use session::{TokenKey, set_new_id};

use std::sync::atomic::{AtomicBool, Ordering};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, guard, web};
use chrono::{NaiveDate, Utc};

use crate::cache::PageCache;
use crate::config::Settings;
use crate::content::{Content, Texts};
use crate::decision::Now;
use crate::error::{AppError, cause_chain};
use crate::store::Store;
use crate::views::PageContext;

/// What every handler shares.
pub struct AppState {
    pub store: Store,
    pub settings: Settings,
    pub token_key: TokenKey,
    pub limiter: RateLimiter,
    /// Counted requests open at once, all clients together.
    pub open_at_once: OpenAtOnce,
    /// Resume-code tries: far fewer than other posts, against guessing.
    pub resume_limiter: RateLimiter,
    /// New sessions, per client: each one is a row on disk until it expires.
    pub session_limiter: RateLimiter,
    /// Resume-code tries from all clients together.
    pub resume_tries: TriesOfAllClients,
    /// Pages shared by everyone with the same language, route and answers.
    pub pages: PageCache,
    /// The built-in content, and the organisation's on top (`HUELLA_CONTENT_DIR`).
    pub content: &'static Content,
    /// Counts for `/metrics` (kept only with `HUELLA_METRICS`).
    pub metrics: crate::metrics::Metrics,
    /// Whether `/health` failed last time, so its log says only what changed.
    pub health_failing: AtomicBool,
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

    /// "Now" in the configured time zone: the date, and the time of day
    /// (only the date when a fixed date is configured).
    pub fn now(&self) -> Now {
        match self.settings.today {
            Some(date) => Now::from(date),
            None => Now::from(
                Utc::now()
                    .with_timezone(&self.settings.timezone)
                    .naive_local(),
            ),
        }
    }

    /// The texts in the language of this request.
    pub fn texts(&self, req: &HttpRequest) -> &'static Texts {
        self.content
            .texts(language::of_request(req, self.settings.https))
    }

    /// What the frame of a page needs from this request. With a session,
    /// the header and footer carry forms, so the page gets a form token.
    pub fn context(&self, req: &HttpRequest, has_session: bool) -> PageContext {
        let csrf_token = if has_session {
            session::form_token(self, req).unwrap_or_default()
        } else {
            String::new()
        };
        self.context_with_token(req, has_session, csrf_token)
    }

    /// The context of a page with a form of its own, which always needs a token.
    pub fn form_context(
        &self,
        req: &HttpRequest,
        has_session: bool,
    ) -> Result<PageContext, AppError> {
        let csrf_token = session::form_token(self, req)?;
        Ok(self.context_with_token(req, has_session, csrf_token))
    }

    fn context_with_token(
        &self,
        req: &HttpRequest,
        has_session: bool,
        csrf_token: String,
    ) -> PageContext {
        PageContext {
            tr: self.texts(req),
            here: return_path(req),
            has_session,
            csrf_token,
        }
    }
}

/// The page to come back to after choosing a language or after an error:
/// this page for a `GET` (no page takes a query), the question for an
/// answer, else the start.
fn return_path(req: &HttpRequest) -> String {
    let path = req.path();
    if req.method() == Method::GET || path.starts_with("/questions/") {
        path.to_owned()
    } else {
        "/".to_owned()
    }
}

/// Renders every error page in the person's language. Handlers return an
/// `AppError`, which has no request; here the request is known.
pub async fn localise_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let Some(error) = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
    else {
        return Ok(res);
    };
    let state = res.request().app_data::<web::Data<AppState>>();
    if let (Some(state), AppError::Store(_)) = (state, error) {
        state.metrics.database_error();
    }
    let page = state.map(|state| error.page(&state.context(res.request(), false)));
    Ok(match page {
        Some(page) => res.into_response(page),
        None => res,
    })
}

/// A route for `GET` and `HEAD`: a `HEAD` gets the same headers, no body.
fn get() -> actix_web::Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    // Fixed paths first: actix tries routes in order, and a path with a
    // `{segment}` is matched by a regex, which every request to a later
    // route would pay for.
    cfg.route("/", get().to(pages::start))
        .route("/check-answers", get().to(pages::check_answers))
        .route("/result", get().to(pages::result))
        .route("/result/checklist", get().to(pages::checklist))
        .route("/result/call-sheet", get().to(pages::call_sheet))
        .route("/result/calendar.ics", get().to(calendar::download))
        .route("/result/qr.svg", get().to(pages::result_qr))
        .service(
            web::resource("/resume")
                .route(get().to(resume::form))
                .route(web::post().to(resume::open)),
        )
        .service(
            web::resource("/start-again")
                .route(get().to(pages::confirm_start_again))
                .route(web::post().to(pages::start_again)),
        )
        .service(
            web::resource("/delete-answers")
                .route(get().to(pages::confirm_delete))
                .route(web::post().to(pages::delete_answers)),
        )
        .route("/answers-deleted", get().to(pages::answers_deleted))
        .route("/privacy", get().to(pages::privacy))
        .route("/review", get().to(pages::review))
        .route("/language", get().to(language::choose))
        .route("/api/v1/plan", web::post().to(api::plan))
        .route("/health", get().to(health))
        .route("/metrics", get().to(metrics::metrics))
        .service(
            web::resource("/questions/{id}")
                .route(get().to(pages::question))
                .route(web::post().to(pages::answer)),
        )
        .route("/static/{file}", get().to(assets::file))
        .default_service(web::to(not_found));
}

async fn health(state: web::Data<AppState>) -> HttpResponse {
    let checked = state.store.check().await;
    // For the operator, once as it fails and once as it recovers (not on
    // every probe, which would fill a full disk's log). No person's data is
    // in a store error.
    let was_failing = state
        .health_failing
        .swap(checked.is_err(), Ordering::Relaxed);
    match checked {
        Ok(()) => {
            if was_failing {
                crate::log::message("info", "health: ok again");
            }
            HttpResponse::Ok().content_type("text/plain").body("ok")
        }
        Err(e) => {
            if !was_failing {
                crate::log::message("error", &format!("health: {}", cause_chain(&e)));
            }
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain")
                .body("database unavailable")
        }
    }
}

async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
