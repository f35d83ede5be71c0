//! The anonymous session: a random secret in an HttpOnly, SameSite=Lax
//! cookie (which also unlocks the answers; see `store::seal`), and the
//! anti-forgery token every form carries, tied to that browser.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{HttpMessage, HttpRequest, web};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::AppState;
use crate::config::Settings;
use crate::decision::Answers;
use crate::error::AppError;
use crate::store::{SessionSecret, Store, hex};

/// The cookie's name: with HTTPS the `__Host-` prefix, which browsers only
/// take from a secure origin for the whole site, so no other site or
/// subdomain can set it; over plain HTTP (local use) browsers refuse that
/// prefix, so the plain name.
pub fn cookie_name(settings: &Settings) -> &'static str {
    if settings.https {
        "__Host-huella_session"
    } else {
        "huella_session"
    }
}

/// The form field that carries the anti-forgery token.
pub const TOKEN_FIELD: &str = "csrf_token";

/// The request's session, if it has a known, live one, and its answers.
pub struct Current {
    pub id: Option<SessionSecret>,
    pub answers: Answers,
}

/// The secret in the request's cookie, whether or not a session has it.
pub fn cookie_secret(state: &AppState, req: &HttpRequest) -> Option<SessionSecret> {
    req.cookie(cookie_name(&state.settings))
        .and_then(|c| SessionSecret::parse(c.value()))
}

/// Loads the session the cookie opens. A forged, malformed, unknown or
/// expired cookie is no session: the person starts fresh rather than seeing an error.
pub async fn current(state: &AppState, req: &HttpRequest) -> Result<Current, AppError> {
    let loaded = match cookie_secret(state, req) {
        Some(secret) => state
            .store
            .load(&secret)
            .await?
            .map(|answers| (secret, answers)),
        None => None,
    };
    Ok(match loaded {
        Some((id, answers)) => Current {
            id: Some(id),
            answers,
        },
        None => Current {
            id: None,
            answers: Answers::default(),
        },
    })
}

/// The key that signs form tokens (kept in the database), ready keyed: each
/// token starts from a copy instead of hashing the key again.
pub struct TokenKey(Hmac<Sha256>);

impl TokenKey {
    pub fn load(store: &Store) -> Self {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(store.secret()).expect("HMAC takes a key of any length");
        mac.update(b"huella-form-token:");
        TokenKey(mac)
    }

    fn mac(&self, secret: &SessionSecret) -> Hmac<Sha256> {
        let mut mac = self.0.clone();
        mac.update(&secret.browser_id());
        mac
    }
}

/// A browser secret made for this response because the request had none;
/// the `set_new_id` middleware sends it as the cookie.
#[derive(Clone)]
struct NewId(SessionSecret);

/// The anti-forgery token for this browser's forms. A browser without a
/// cookie gets one now, so that its first answer can carry a token too.
pub fn form_token(state: &AppState, req: &HttpRequest) -> Result<String, AppError> {
    let known =
        cookie_secret(state, req).or_else(|| req.extensions().get::<NewId>().map(|n| n.0.clone()));
    let secret = match known {
        Some(secret) => secret,
        None => {
            let secret = SessionSecret::generate()?;
            req.extensions_mut().insert(NewId(secret.clone()));
            secret
        }
    };
    let tag = state.token_key.mac(&secret).finalize().into_bytes();
    Ok(hex(&tag))
}

/// Refuses a form post whose token is missing or not this browser's.
pub fn check_token(
    state: &AppState,
    req: &HttpRequest,
    token: Option<&str>,
) -> Result<(), AppError> {
    let (Some(secret), Some(token)) = (cookie_secret(state, req), token) else {
        return Err(AppError::Forbidden);
    };
    let Some(tag) = from_hex(token) else {
        return Err(AppError::Forbidden);
    };
    // `verify_slice` compares in constant time.
    state
        .token_key
        .mac(&secret)
        .verify_slice(&tag)
        .map_err(|_| AppError::Forbidden)
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// Sends the cookie of a browser secret made during the request, unless
/// the handler has set or removed the session cookie itself.
pub async fn set_new_id(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mut res = next.call(req).await?.map_into_boxed_body();
    let new_id = res.request().extensions().get::<NewId>().cloned();
    let state = res.request().app_data::<web::Data<AppState>>().cloned();
    let fallback;
    let settings = match &state {
        Some(state) => &state.settings,
        None => {
            fallback = Settings::default();
            &fallback
        }
    };
    let name = cookie_name(settings);
    let handled = res.response().cookies().any(|c| c.name() == name);
    if let (Some(NewId(secret)), false) = (new_id, handled)
        && let Ok(value) = cookie(&secret, settings).to_string().parse()
    {
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(res)
}

pub fn cookie(secret: &SessionSecret, settings: &Settings) -> Cookie<'static> {
    Cookie::build(cookie_name(settings), secret.to_hex())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.https)
        // The session's absolute lifetime: the server forgets it by then.
        .max_age(Duration::days(i64::from(settings.session_max_days)))
        .finish()
}

pub fn removal(settings: &Settings) -> Cookie<'static> {
    let mut c = Cookie::build(cookie_name(settings), "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.https)
        .finish();
    c.make_removal();
    c
}
