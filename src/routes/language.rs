//! The page language: the person's choice from the header links, remembered
//! in a cookie; on a first visit, the browser's Accept-Language; else English.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::http::header::{self, HeaderMap};
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;

use crate::content::{DEFAULT_LANGUAGE, Language};
use crate::error::AppError;

/// The cookie's name: with HTTPS the `__Host-` prefix, as the session's
/// (see `session::cookie_name`), so no other site or subdomain sets it.
fn cookie_name(https: bool) -> &'static str {
    if https {
        "__Host-huella_lang"
    } else {
        "huella_lang"
    }
}
/// The most Accept-Language entries read: a header is no place for a long list.
const MAX_ACCEPT_ENTRIES: usize = 16;
const MAX_NEXT_LEN: usize = 512;

/// The language a request's page is shown in.
pub fn of_request(req: &HttpRequest, https: bool) -> Language {
    of_headers(req.headers(), https)
}

/// The language of a request from its headers alone: the cookie, else
/// Accept-Language. For answers made before there is an `HttpRequest`.
pub fn of_headers(headers: &HeaderMap, https: bool) -> Language {
    headers
        .get_all(header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| Cookie::parse_encoded(pair.trim()).ok())
        .find(|c| c.name() == cookie_name(https))
        .and_then(|c| Language::find(c.value()))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(from_accept_language)
        })
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// The offered language the browser prefers most (highest `q`; on a tie,
/// the one listed first), if it names one.
fn from_accept_language(header: &str) -> Option<Language> {
    let mut best: Option<(f32, Language)> = None;
    for entry in header.split(',').take(MAX_ACCEPT_ENTRIES) {
        let mut parts = entry.split(';');
        let tag = parts.next().unwrap_or_default().trim();
        let quality = match parts.find_map(|p| p.trim().strip_prefix("q=")) {
            Some(q) => match q.trim().parse::<f32>() {
                Ok(q) if (0.0..=1.0).contains(&q) => q,
                _ => continue,
            },
            None => 1.0,
        };
        if quality <= 0.0 {
            continue;
        }
        if let Some(language) = Language::find(tag)
            && best.is_none_or(|(q, _)| quality > q)
        {
            best = Some((quality, language));
        }
    }
    best.map(|(_, language)| language)
}

/// `GET /language?lang=es&next=/questions/notice`: remembers the choice and
/// goes back to the page the person was on. Answers are untouched.
pub async fn choose(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(req.query_string()).map_err(|_| AppError::BadRequest)?;
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let language = value("lang")
        .and_then(Language::find)
        .ok_or(AppError::BadRequest)?;
    let next = value("next").filter(|n| is_local_path(n)).unwrap_or("/");
    let mut response = HttpResponse::SeeOther()
        .insert_header((header::LOCATION, next.to_owned()))
        .finish();
    response
        .add_cookie(&cookie(language, state.settings.https))
        .map_err(|_| AppError::BadRequest)?;
    Ok(response)
}

/// Only a path on this site: never another host (`//evil`, `/\evil`, `https:`).
fn is_local_path(next: &str) -> bool {
    next.len() <= MAX_NEXT_LEN
        && next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control)
}

pub fn cookie(language: Language, https: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(https), language.code)
        .path("/")
        .http_only(true)
        .secure(https)
        .same_site(SameSite::Lax)
        .max_age(Duration::days(365))
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_follows_quality_then_order() {
        let code = |h: &str| from_accept_language(h).map(|l| l.code);
        assert_eq!(code("es-MX,es;q=0.9,en;q=0.8"), Some("es"));
        assert_eq!(code("pt-BR,pt;q=0.9,en;q=0.8"), Some("pt"));
        assert_eq!(code("ht,fr;q=0.8"), Some("ht"));
        assert_eq!(code("zh-Hans-CN,zh;q=0.9"), Some("zh"));
        assert_eq!(code("fr-FR, ar;q=0.5, en;q=0.7"), Some("en"));
        assert_eq!(code("en;q=0.2, ar"), Some("ar"));
        assert_eq!(code("fr, de"), None);
        assert_eq!(code("es;q=0, en;q=0.1"), Some("en"));
        assert_eq!(code("es;q=abc, ar;q=2, en;q=0.3"), Some("en"));
        assert_eq!(code(""), None);
        assert_eq!(code("*"), None);
    }

    #[test]
    fn next_is_only_ever_a_path_on_this_site() {
        for bad in [
            "//evil.example",
            "/\\evil",
            "https://evil.example",
            "evil",
            "/a\nb",
            "",
        ] {
            assert!(!is_local_path(bad), "{bad:?}");
        }
        for good in ["/", "/questions/notice", "/result?x=1"] {
            assert!(is_local_path(good), "{good:?}");
        }
    }
}
