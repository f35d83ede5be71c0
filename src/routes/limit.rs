//! Rate limiting of form posts and API calls, per client: a token bucket
//! (GCRA, from the `governor` crate) that refills steadily, so a client
//! cannot double its burst at a minute's boundary. Clients are told apart by
//! a keyed hash of their address (an IPv6 client by its /64, which one
//! household or phone gets), held in memory only and never written anywhere.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{Method, header};
use actix_web::middleware::Next;
use actix_web::web;
use actix_web::{HttpRequest, HttpResponse};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use actix_web::ResponseError;

use super::AppState;
use crate::error::{AppError, whole_seconds};

pub struct RateLimiter {
    /// `None` when the limit is off.
    buckets: Option<DefaultKeyedRateLimiter<u64>>,
    trust_proxy: bool,
    /// A per-process key: the hashes cannot be turned back into addresses.
    hasher: RandomState,
    /// Requests each client has open now, past their headers.
    open: Arc<Mutex<HashMap<u64, u32>>>,
}

/// Counted requests one client may have open at once. A body sent a byte
/// at a time holds its request open (until `body::READ_TIMEOUT`); without a
/// cap, one client could hold every connection the server has.
const OPEN_PER_CLIENT: u32 = 16;
/// How long a client whose request was refused as one too many open waits.
const ONE_SECOND: Duration = Duration::from_secs(1);

/// Counted requests open at once from all clients together. A body sent a
/// byte at a time holds its connection's file descriptor; from enough
/// addresses, the per-client cap alone would let them take every one, and
/// no one could connect. Past this, new ones are refused at once and their
/// descriptors freed.
pub struct OpenAtOnce {
    open: Arc<AtomicUsize>,
    at_most: usize,
}

/// The most requests open at once, whatever the file limit: each may hold a
/// body of up to 16 KiB and its connection's buffers, some 32 MiB in all.
const OPEN_AT_ONCE_MOST: usize = 1024;

/// One request counted in `OpenAtOnce`; dropping it counts it out.
pub struct OpenSlot(Arc<AtomicUsize>);

impl Drop for OpenSlot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl OpenAtOnce {
    /// Half the file descriptors the process may hold (the rest stay for
    /// pages, `/health`, the database and the log), and never more than
    /// `OPEN_AT_ONCE_MOST`.
    pub fn for_file_descriptors(descriptors: u64) -> Self {
        let half = usize::try_from(descriptors / 2).unwrap_or(usize::MAX);
        OpenAtOnce {
            open: Arc::default(),
            at_most: half.clamp(1, OPEN_AT_ONCE_MOST),
        }
    }

    fn enter(&self) -> Option<OpenSlot> {
        let entered = self
            .open
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                (n < self.at_most).then_some(n + 1)
            })
            .is_ok();
        entered.then(|| OpenSlot(self.open.clone()))
    }
}

/// One open request of a client; closing it (dropping) counts it out.
pub struct OpenRequest {
    open: Arc<Mutex<HashMap<u64, u32>>>,
    client: u64,
}

impl Drop for OpenRequest {
    fn drop(&mut self) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.client);
            }
        }
    }
}

impl RateLimiter {
    /// `per_minute` requests a minute for each client, all at once at most;
    /// `0` turns the limit off.
    pub fn new(per_minute: u32, trust_proxy: bool) -> Self {
        RateLimiter {
            buckets: NonZeroU32::new(per_minute)
                .map(|n| DefaultKeyedRateLimiter::keyed(Quota::per_minute(n))),
            trust_proxy,
            hasher: RandomState::new(),
            open: Arc::default(),
        }
    }

    /// Counts one request open until the returned guard drops; `None` when
    /// the client has too many open. No cap when the limit is off.
    fn open(&self, req: &HttpRequest) -> Result<Option<OpenRequest>, ()> {
        let (Some(_), Some(client)) = (&self.buckets, client(req, self.trust_proxy)) else {
            return Ok(None);
        };
        let client = self.hasher.hash_one(client);
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(client).or_insert(0);
        if *n >= OPEN_PER_CLIENT {
            return Err(());
        }
        *n += 1;
        Ok(Some(OpenRequest {
            open: self.open.clone(),
            client,
        }))
    }

    /// Counts one request of this client; `Err(wait)` when it is over the limit.
    pub fn admit(&self, req: &HttpRequest) -> Result<(), Duration> {
        let (Some(buckets), Some(client)) = (&self.buckets, client(req, self.trust_proxy)) else {
            return Ok(());
        };
        buckets
            .check_key(&self.hasher.hash_one(client))
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Drops the buckets of clients that are full again (run now and then).
    pub fn forget_old(&self) {
        if let Some(buckets) = &self.buckets {
            buckets.retain_recent();
            buckets.shrink_to_fit();
        }
    }
}

/// Who a request comes from, as the limits count clients: the peer, or
/// behind a trusted proxy the address the proxy added, which is the
/// right-most entry of `X-Forwarded-For` (entries to its left are whatever
/// the client sent). An IPv6 address stands for its /64.
pub fn client(req: &HttpRequest, trust_proxy: bool) -> Option<IpAddr> {
    let forwarded = trust_proxy
        .then(|| {
            let last_line = req.headers().get_all("x-forwarded-for").last()?;
            let added = last_line.to_str().ok()?.rsplit(',').next()?;
            parse_address(added.trim())
        })
        .flatten();
    let address = forwarded.or_else(|| req.peer_addr().map(|a| a.ip()))?;
    Some(match address {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(Ipv6Addr::from_bits(v6.to_bits() & !u128::from(u64::MAX))),
        },
        v4 => v4,
    })
}

/// An address as proxies write it: `192.0.2.1`, `2001:db8::1`,
/// `192.0.2.1:5555` or `[2001:db8::1]:5555`.
fn parse_address(text: &str) -> Option<IpAddr> {
    text.parse::<IpAddr>()
        .ok()
        .or_else(|| text.parse::<SocketAddr>().ok().map(|a| a.ip()))
}

/// Applies the limit to every request that is not a plain read.
pub async fn limit(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let counted = req.method() != Method::GET && req.method() != Method::HEAD
        || req.path().starts_with("/api/");
    let state = match req.app_data::<web::Data<AppState>>() {
        Some(state) if counted => state.clone(),
        _ => return Ok(next.call(req).await?.map_into_boxed_body()),
    };
    if let Err(wait) = state.limiter.admit(req.request()) {
        return Ok(refuse(req, &state, AppError::TooManyRequests(wait)));
    }
    // Both counted until the response is made, body read and all.
    let Ok(open) = state.limiter.open(req.request()) else {
        return Ok(refuse(req, &state, AppError::TooManyRequests(ONE_SECOND)));
    };
    let Some(slot) = state.open_at_once.enter() else {
        return Ok(refuse(req, &state, AppError::Busy(ONE_SECOND)));
    };
    let response = next.call(req).await?.map_into_boxed_body();
    drop((open, slot));
    Ok(response)
}

/// A request refused before it is read, with when to try again: the
/// error's page, or for the API its status and the API's words.
fn refuse(req: ServiceRequest, state: &AppState, error: AppError) -> ServiceResponse<BoxBody> {
    let is_api = req.path().starts_with("/api/");
    let (http, _) = req.into_parts();
    let response = if is_api {
        let tr = state.texts(&http);
        let mut response = HttpResponse::build(error.status_code());
        if let Some(wait) = error.retry_after() {
            response.insert_header((header::RETRY_AFTER, whole_seconds(wait)));
        }
        response.json(serde_json::json!({ "error": tr.t("api-error-too-many") }))
    } else {
        error.page(&state.context(&http, false))
    };
    ServiceResponse::new(http, response)
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    fn from(peer: &str, forwarded: &[&str]) -> HttpRequest {
        let mut req = TestRequest::default().peer_addr(peer.parse().unwrap());
        for value in forwarded {
            req = req.append_header(("X-Forwarded-For", *value));
        }
        req.to_http_request()
    }

    #[test]
    fn a_client_gets_its_burst_then_waits_and_others_are_apart() {
        let limiter = RateLimiter::new(3, false);
        let a = from("192.0.2.1:1000", &[]);
        for _ in 0..3 {
            assert!(limiter.admit(&a).is_ok());
        }
        let wait = limiter.admit(&a).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(20));
        assert!(
            limiter.admit(&from("192.0.2.2:1000", &[])).is_ok(),
            "another client is apart"
        );
        assert!(
            RateLimiter::new(0, false).admit(&a).is_ok(),
            "0 turns it off"
        );
    }

    #[test]
    fn behind_a_proxy_the_client_is_the_address_the_proxy_added_last() {
        let peer = "127.0.0.1:9000";
        for (forwarded, client_ip) in [
            (&["10.1.0.7, 198.51.100.9:5555"][..], "198.51.100.9"),
            (&["10.1.0.7, [2001:db8::1]:443"][..], "2001:db8::"),
            (&["10.1.0.7", "203.0.113.5"][..], "203.0.113.5"),
            (&["203.0.113.5, not-an-address"][..], "127.0.0.1"),
            (&[][..], "127.0.0.1"),
        ] {
            let got = client(&from(peer, forwarded), true);
            assert_eq!(got, Some(client_ip.parse().unwrap()), "{forwarded:?}");
        }
        // Without a trusted proxy the header is the client's own words.
        let got = client(&from(peer, &["203.0.113.5"]), false);
        assert_eq!(got, Some("127.0.0.1".parse().unwrap()));
    }

    #[test]
    fn past_the_requests_open_at_once_the_next_is_refused_until_one_ends() {
        let open = OpenAtOnce::for_file_descriptors(4);
        let first = open.enter().expect("one of two");
        let _second = open.enter().expect("two of two");
        assert!(open.enter().is_none(), "half the descriptors are in use");
        drop(first);
        assert!(open.enter().is_some(), "one ended: room again");
        let many = OpenAtOnce::for_file_descriptors(1 << 20);
        assert_eq!(
            many.at_most, OPEN_AT_ONCE_MOST,
            "a high file limit is no licence"
        );
    }

    #[test]
    fn an_ipv6_client_counts_as_its_64_bit_prefix() {
        let one = client(&from("[2001:db8:1:2:aaaa::1]:1000", &[]), false);
        let other = client(&from("[2001:db8:1:2:bbbb::9]:1000", &[]), false);
        let elsewhere = client(&from("[2001:db8:1:3::1]:1000", &[]), false);
        assert_eq!(one, other);
        assert_ne!(one, elsewhere);
        let mapped = client(&from("[::ffff:192.0.2.1]:1000", &[]), false);
        assert_eq!(mapped, Some("192.0.2.1".parse().unwrap()));
    }
}
