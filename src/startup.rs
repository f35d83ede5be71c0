//! Builds the server from settings; tests bind port 0 through the same path.

use std::net::TcpListener;
use std::num::NonZeroU32;
use std::sync::atomic::AtomicBool;

use std::time::{Duration, Instant};

use actix_http::HttpService;
use actix_service::{IntoServiceFactory, ServiceFactoryExt, map_config};
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{
    AppConfig, Server, ServerHandle, ServiceFactory, ServiceRequest, ServiceResponse,
};
use actix_web::middleware::{Compress, Condition, DefaultHeaders, Next, from_fn};
use actix_web::{App, web};

use crate::cache::PageCache;
use crate::config::{ConfigError, Settings};
use crate::content::{Content, ContentError};
use crate::error::cause_chain;
use crate::log;
use crate::metrics::Metrics;
use crate::routes::{self, AppState, OpenAtOnce, RateLimiter, TokenKey, TriesOfAllClients};
use crate::store::{self, Store, StoreError};

/// Scripts, styles and images only from Huella (no inline script), and no framing.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/// Resume codes a client may try in a minute.
const RESUME_TRIES_A_MINUTE: u32 = 10;
/// New sessions a client may start in a minute (when the general limit is
/// on): enough for a legal-aid office behind one address, too few to fill
/// the disk (each session is a row until it expires).
const NEW_SESSIONS_A_MINUTE: u32 = 30;
/// Resume codes all clients together may try in a minute: against guessing
/// from many addresses, and it bounds the CPU the slow key derivation can be
/// made to spend (~60 ms each).
const RESUME_TRIES_OF_ALL_A_MINUTE: NonZeroU32 = NonZeroU32::new(120).unwrap();
const DAY: std::time::Duration = std::time::Duration::from_secs(24 * 60 * 60);
/// What the page cache keeps at most: a few thousand pages, a few KB each.
const PAGE_CACHE_BYTES: u64 = 16 * 1024 * 1024;
const PERMISSIONS_POLICY: &str = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

fn security_headers(https: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("Permissions-Policy", PERMISSIONS_POLICY))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        // Unless a response says otherwise (the stylesheet may be kept):
        // pages, redirects, the API and /health are never stored.
        .add(("Cache-Control", "no-store"));
    if https {
        headers.add((
            "Strict-Transport-Security",
            "max-age=31536000; includeSubDomains",
        ))
    } else {
        headers
    }
}

/// One line per request: method, route pattern, status, milliseconds. Never
/// the path itself (a mistyped address could hold a name), a query, a cookie,
/// an address or an answer.
async fn access_log(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let res = next.call(req).await?.map_into_boxed_body();
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "(no route)".to_owned());
    log::request(
        method.as_str(),
        &route,
        res.status().as_u16(),
        started.elapsed().as_millis(),
    );
    Ok(res)
}

/// The site: its routes inside its middleware.
fn app(
    state: web::Data<AppState>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let settings = &state.settings;
    // Listed innermost first: the last `wrap` sees a request first.
    App::new()
        .app_data(state.clone())
        .wrap(from_fn(routes::refuse_declared_too_large))
        .wrap(from_fn(routes::localise_errors))
        .wrap(from_fn(routes::set_new_id))
        .wrap(from_fn(routes::same_site_posts))
        .wrap(from_fn(routes::limit))
        .wrap(security_headers(settings.https))
        .wrap(Condition::new(settings.access_log, from_fn(access_log)))
        .wrap(Condition::new(
            settings.metrics,
            from_fn(routes::count_requests),
        ))
        .wrap(Compress::default())
        .configure(routes::configure)
}

/// Raises the limit of files this process may hold open to the most it may
/// have (as Go's runtime does: systemd's soft limit of 1,024 is far below
/// its hard limit), and returns it: each connection holds one.
fn file_descriptors() -> u64 {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut limit = getrlimit(Resource::Nofile);
    if let Some(most) = limit.maximum
        && limit.current != Some(most)
    {
        limit.current = Some(most);
        // Left as it was if refused.
        let _ = setrlimit(Resource::Nofile, limit);
    }
    getrlimit(Resource::Nofile).current.unwrap_or(u64::MAX)
}

/// Deletes expired sessions now and then, for as long as the server runs.
fn sweep_expired(store: Store, settings: &Settings) {
    let mut every = actix_web::rt::time::interval(settings.sweep_interval);
    actix_web::rt::spawn(async move {
        loop {
            every.tick().await;
            match store.delete_expired().await {
                Ok(0) => {}
                Ok(n) => log::message("info", &format!("deleted {n} expired sessions")),
                // The database is away; the next sweep tries again.
                Err(e) => log::message(
                    "error",
                    &format!("expiry sweep failed: {}", cause_chain(&e)),
                ),
            }
        }
    });
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Content(#[from] ContentError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("cannot open the database: {0}")]
    Store(#[from] StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
}

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let content = Content::load(settings.content_dir.as_deref())?;
        let store = Store::connect(store::Options {
            database: settings.database.clone(),
            sync_full: settings.sync_full,
            max_sessions: settings.max_sessions,
            max_idle: DAY * settings.session_days,
            max_age: DAY * settings.session_max_days,
        })
        .await?;
        let listen_error = |source| StartupError::Listen {
            addr: settings.addr.clone(),
            source,
        };
        let listener = TcpListener::bind(&settings.addr).map_err(listen_error)?;
        let port = listener.local_addr().map_err(listen_error)?.port();
        let token_key = TokenKey::load(&store);
        sweep_expired(store.clone(), &settings);
        let limiter = RateLimiter::new(settings.rate_limit, settings.trust_proxy);
        // On whatever the general limit says: codes must not be guessable.
        let resume_limiter = RateLimiter::new(RESUME_TRIES_A_MINUTE, settings.trust_proxy);
        // New sessions have their own, smaller rate, on with the general limit.
        let sessions_a_minute = if settings.rate_limit == 0 {
            0
        } else {
            NEW_SESSIONS_A_MINUTE
        };
        let session_limiter = RateLimiter::new(sessions_a_minute, settings.trust_proxy);
        let state = web::Data::new(AppState {
            store,
            settings,
            token_key,
            limiter,
            open_at_once: OpenAtOnce::for_file_descriptors(file_descriptors()),
            resume_limiter,
            session_limiter,
            resume_tries: TriesOfAllClients::new(RESUME_TRIES_OF_ALL_A_MINUTE),
            pages: PageCache::new(PAGE_CACHE_BYTES),
            content,
            metrics: Metrics::default(),
            health_failing: AtomicBool::new(false),
        });
        let shared = state.clone();
        let forget = state.clone();
        actix_web::rt::spawn(async move {
            let mut every = actix_web::rt::time::interval(std::time::Duration::from_secs(60));
            loop {
                every.tick().await;
                forget.limiter.forget_old();
                forget.resume_limiter.forget_old();
                forget.session_limiter.forget_old();
            }
        });
        // What actix-web's `HttpServer` assembles, with one addition: the
        // `expect` hook, so a body declared too large is refused before the
        // client is told to send it. The other settings are HttpServer's.
        let builder = Server::build();
        let shutdown = builder.graceful_shutdown_signal();
        let server = builder
            .shutdown_timeout(30)
            .listen("huella", listener, move || {
                let shutdown = shutdown.clone();
                let app = app(state.clone())
                    .into_factory()
                    .map_err(|e: actix_web::Error| e.error_response());
                HttpService::build()
                    .client_disconnect_timeout(Duration::from_secs(1))
                    // A compressed page goes out in more than one write; with
                    // Nagle's algorithm the last waits for the browser's
                    // delayed ACK (~40 ms).
                    .tcp_nodelay(true)
                    // Idle keep-alive connections close as soon as a stop begins.
                    .graceful_shutdown_signal(move || {
                        let shutdown = shutdown.clone();
                        async move { shutdown.notified().await }
                    })
                    .expect(routes::refuse_large_before_continue(state.clone()))
                    // HttpServer's own AppConfig names the listening address as
                    // the host of a request without a `Host` header; its
                    // constructor is private. Every HTTP/1.1 request has one.
                    .finish(map_config(app, |_| AppConfig::default()))
                    .tcp()
            })
            .map_err(|source| StartupError::Listen {
                addr: String::new(),
                source,
            })?
            .run();
        Ok(Application {
            port,
            server,
            state: shared,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// What every handler shares: tests look into the page cache through it.
    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// A handle to stop the server gracefully, as a restart does.
    pub fn handle(&self) -> ServerHandle {
        self.server.handle()
    }

    /// Serves until the server stops (Ctrl-C or SIGTERM drain in-flight requests).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
