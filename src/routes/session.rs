//! The anonymous session: a random id in an HttpOnly, SameSite=Lax cookie,
//! and the anti-forgery token every form carries, tied to that id.

use std::time::Duration as StdDuration;

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
use crate::store::{SessionId, Store, hex};

pub const COOKIE: &str = "huella_session";
/// The form field that carries the anti-forgery token.
pub const TOKEN_FIELD: &str = "csrf_token";

/// The request's session, if it has a known, live one, and its answers.
pub struct Current {
    pub id: Option<SessionId>,
    pub answers: Answers,
}

pub fn max_idle(settings: &Settings) -> StdDuration {
    StdDuration::from_secs(u64::from(settings.session_days) * 24 * 60 * 60)
}

pub fn cookie_id(req: &HttpRequest) -> Option<SessionId> {
    req.cookie(COOKIE).and_then(|c| SessionId::parse(c.value()))
}

/// Loads the session named by the cookie. A forged, malformed, unknown or
/// expired id is no session: the person starts fresh rather than seeing an error.
pub async fn current(state: &AppState, req: &HttpRequest) -> Result<Current, AppError> {
    let loaded = match cookie_id(req) {
        Some(id) => state
            .store
            .load(&id, max_idle(&state.settings))
            .await?
            .map(|answers| (id, answers)),
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
    pub async fn load(store: &Store) -> Result<Self, crate::store::StoreError> {
        let key = store.secret().await?;
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).expect("HMAC takes a key of any length");
        mac.update(b"huella-form-token:");
        Ok(TokenKey(mac))
    }

    fn mac(&self, id: &SessionId) -> Hmac<Sha256> {
        let mut mac = self.0.clone();
        mac.update(id.as_str().as_bytes());
        mac
    }
}

/// A browser id made for this response because the request had none; the
/// `set_new_id` middleware sends it as the cookie.
#[derive(Clone)]
struct NewId(SessionId);

/// The anti-forgery token for this browser's forms. A browser without an id
/// gets one now, so that its first answer can carry a token too.
pub fn form_token(state: &AppState, req: &HttpRequest) -> Result<String, AppError> {
    let known = cookie_id(req).or_else(|| req.extensions().get::<NewId>().map(|n| n.0.clone()));
    let id = match known {
        Some(id) => id,
        None => {
            let id = SessionId::generate()?;
            req.extensions_mut().insert(NewId(id.clone()));
            id
        }
    };
    let tag = state.token_key.mac(&id).finalize().into_bytes();
    Ok(hex(&tag))
}

/// Refuses a form post whose token is missing or not this browser's.
pub fn check_token(
    state: &AppState,
    req: &HttpRequest,
    token: Option<&str>,
) -> Result<(), AppError> {
    let (Some(id), Some(token)) = (cookie_id(req), token) else {
        return Err(AppError::Forbidden);
    };
    let Some(tag) = from_hex(token) else {
        return Err(AppError::Forbidden);
    };
    // `verify_slice` compares in constant time.
    state
        .token_key
        .mac(&id)
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

/// Sends the cookie of a browser id made during the request, unless the
/// handler has set or removed the session cookie itself.
pub async fn set_new_id(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let mut res = next.call(req).await?.map_into_boxed_body();
    let new_id = res.request().extensions().get::<NewId>().cloned();
    let handled = res.response().cookies().any(|c| c.name() == COOKIE);
    if let (Some(NewId(id)), false) = (new_id, handled) {
        let new_cookie = match res.request().app_data::<web::Data<AppState>>() {
            Some(state) => cookie(&id, &state.settings),
            None => cookie(&id, &Settings::default()),
        };
        if let Ok(value) = new_cookie.to_string().parse() {
            res.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    Ok(res)
}

pub fn cookie(id: &SessionId, settings: &Settings) -> Cookie<'static> {
    Cookie::build(COOKIE, id.as_str().to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.https)
        .max_age(Duration::days(i64::from(settings.session_days)))
        .finish()
}

pub fn removal(settings: &Settings) -> Cookie<'static> {
    let mut c = Cookie::build(COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(settings.https)
        .finish();
    c.make_removal();
    c
}
