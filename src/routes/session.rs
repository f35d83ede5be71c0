//! The anonymous session: a random id in an HttpOnly, SameSite=Lax cookie.

use actix_web::HttpRequest;
use actix_web::cookie::{Cookie, SameSite, time::Duration};

use crate::decision::Answers;
use crate::error::AppError;
use crate::store::{SessionId, Store};

pub const COOKIE: &str = "huella_session";
/// How long the browser keeps the cookie.
const MAX_AGE_DAYS: i64 = 30;

/// The request's session, if it has a known one, and its answers.
pub struct Current {
    pub id: Option<SessionId>,
    pub answers: Answers,
}

/// Loads the session named by the cookie. A forged, malformed or unknown id
/// is no session: the person starts fresh rather than seeing an error.
pub async fn current(store: &Store, req: &HttpRequest) -> Result<Current, AppError> {
    let Some(id) = req.cookie(COOKIE).and_then(|c| SessionId::parse(c.value())) else {
        return Ok(Current {
            id: None,
            answers: Answers::default(),
        });
    };
    Ok(match store.load(&id).await? {
        Some(answers) => Current {
            id: Some(id),
            answers,
        },
        None => Current {
            id: None,
            answers: Answers::default(),
        },
    })
}

pub fn cookie(id: &SessionId) -> Cookie<'static> {
    Cookie::build(COOKIE, id.as_str().to_owned())
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(MAX_AGE_DAYS))
        .finish()
}

pub fn removal() -> Cookie<'static> {
    let mut c = Cookie::build(COOKIE, "")
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .finish();
    c.make_removal();
    c
}
