//! Rate limiting of form posts and API calls, per client, per minute.
//! Clients are told apart by a keyed hash of their address, held in memory
//! for at most two minutes and never written anywhere.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web;
use actix_web::{HttpRequest, HttpResponse};

use super::AppState;
use crate::error::AppError;

/// Clients tracked at once before old windows are dropped early.
const MAX_CLIENTS: usize = 100_000;

pub struct RateLimiter {
    per_minute: u32,
    trust_proxy: bool,
    /// A per-process key: the hashes cannot be turned back into addresses.
    hasher: RandomState,
    /// Client hash -> (minute, requests in that minute).
    counts: Mutex<HashMap<u64, (u64, u32)>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32, trust_proxy: bool) -> Self {
        RateLimiter {
            per_minute,
            trust_proxy,
            hasher: RandomState::new(),
            counts: Mutex::new(HashMap::new()),
        }
    }

    /// The client's address: the peer, or behind a trusted proxy the last
    /// address the proxy added to `X-Forwarded-For`.
    fn client(&self, req: &HttpRequest) -> Option<IpAddr> {
        if self.trust_proxy {
            let forwarded = req
                .headers()
                .get_all("x-forwarded-for")
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|a| a.trim().parse::<IpAddr>().ok())
                .last();
            if forwarded.is_some() {
                return forwarded;
            }
        }
        req.peer_addr().map(|a| a.ip())
    }

    /// Counts one request; `Err(seconds)` until the next minute when over the limit.
    fn admit(&self, client: IpAddr, now_secs: u64) -> Result<(), u64> {
        let minute = now_secs / 60;
        let key = self.hasher.hash_one(client);
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        if counts.len() >= MAX_CLIENTS {
            counts.retain(|_, (m, _)| *m == minute);
        }
        let entry = counts.entry(key).or_insert((minute, 0));
        if entry.0 != minute {
            *entry = (minute, 0);
        }
        if entry.1 >= self.per_minute {
            return Err(60 - now_secs % 60);
        }
        entry.1 += 1;
        Ok(())
    }

    /// Counts one request of this client; true when it is over the limit.
    pub fn refuses(&self, req: &HttpRequest) -> bool {
        self.per_minute > 0
            && self
                .client(req)
                .is_some_and(|client| self.admit(client, unix_secs()).is_err())
    }

    /// Drops the windows of past minutes (run now and then).
    pub fn forget_old(&self) {
        let minute = unix_secs() / 60;
        let mut counts = self.counts.lock().unwrap_or_else(|e| e.into_inner());
        counts.retain(|_, (m, _)| *m == minute);
    }
}

fn unix_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Applies the limit to every request that is not a plain read.
pub async fn limit(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let counted = req.method() != Method::GET && req.method() != Method::HEAD
        || req.path().starts_with("/api/");
    let refused = state
        .filter(|s| counted && s.limiter.per_minute > 0)
        .and_then(|state| {
            let client = state.limiter.client(req.request())?;
            let wait = state.limiter.admit(client, unix_secs()).err()?;
            Some((state, wait))
        });
    if let Some((state, wait)) = refused {
        let is_api = req.path().starts_with("/api/");
        let (http, _) = req.into_parts();
        let mut response = if is_api {
            let tr = state.texts(&http);
            HttpResponse::TooManyRequests().json(serde_json::json!({
                "error": tr.t("api-error-too-many")
            }))
        } else {
            AppError::TooManyRequests.page(&state.context(&http, false))
        };
        if let Ok(value) = wait.to_string().parse() {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        return Ok(ServiceResponse::new(http, response));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_its_limit_each_minute_and_others_are_apart() {
        let limiter = RateLimiter::new(3, false);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let t = 6000;
        for _ in 0..3 {
            assert_eq!(limiter.admit(a, t), Ok(()));
        }
        assert_eq!(limiter.admit(a, t + 15), Err(45));
        assert_eq!(limiter.admit(b, t + 15), Ok(()), "another client is apart");
        assert_eq!(
            limiter.admit(a, t + 60),
            Ok(()),
            "a new minute starts afresh"
        );
    }
}
