//! Counters for `/metrics` (`HUELLA_METRICS`), in the Prometheus text
//! format. Only counts: requests by route pattern (never the path a person
//! typed) and status, their latency, sessions kept, answers saved, plans
//! shown by situation, database errors. No session id, no answer, no address.
//!
//! Written by hand: a few atomics and a page of text need no library.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::decision::Situation;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];
/// Status codes 100 to 599, one counter each.
const STATUSES: usize = 500;
/// What requests that match no route are counted under.
pub const UNMATCHED: &str = "unmatched";

struct RouteCounts {
    statuses: Box<[AtomicU64]>,
    /// Requests whose time fell in each bucket (not cumulative), then above.
    buckets: [AtomicU64; BUCKETS.len() + 1],
    micros: AtomicU64,
}

impl RouteCounts {
    fn new() -> Self {
        RouteCounts {
            statuses: (0..STATUSES).map(|_| AtomicU64::new(0)).collect(),
            buckets: std::array::from_fn(|_| AtomicU64::new(0)),
            micros: AtomicU64::new(0),
        }
    }
}

pub struct Metrics {
    /// One entry per route pattern seen; the patterns are the app's own, so
    /// the list is as short as the route table.
    routes: RwLock<Vec<(String, Arc<RouteCounts>)>>,
    plans: Vec<AtomicU64>,
    database_errors: AtomicU64,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            routes: RwLock::new(Vec::new()),
            plans: Situation::ALL.iter().map(|_| AtomicU64::new(0)).collect(),
            database_errors: AtomicU64::new(0),
        }
    }
}

/// What the store counts, read when `/metrics` is asked for.
pub struct StoreCounts {
    pub sessions: u64,
    pub answers_saved: u64,
}

impl Metrics {
    fn route(&self, pattern: &str) -> Arc<RouteCounts> {
        let known = |routes: &[(String, Arc<RouteCounts>)]| {
            (routes.iter())
                .find(|(p, _)| p == pattern)
                .map(|(_, c)| c.clone())
        };
        if let Some(found) = known(&self.routes.read().unwrap_or_else(|e| e.into_inner())) {
            return found;
        }
        let mut routes = self.routes.write().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = known(&routes) {
            return found;
        }
        let counts = Arc::new(RouteCounts::new());
        routes.push((pattern.to_owned(), counts.clone()));
        counts
    }

    /// One request answered: its route pattern (`None`: no route matched),
    /// status and time taken.
    pub fn request(&self, pattern: Option<&str>, status: u16, took: Duration) {
        let counts = self.route(pattern.unwrap_or(UNMATCHED));
        if let Some(counter) = (status as usize)
            .checked_sub(100)
            .and_then(|i| counts.statuses.get(i))
        {
            counter.fetch_add(1, Ordering::Relaxed);
        }
        let seconds = took.as_secs_f64();
        let bucket = BUCKETS
            .iter()
            .position(|&le| seconds <= le)
            .unwrap_or(BUCKETS.len());
        counts.buckets[bucket].fetch_add(1, Ordering::Relaxed);
        let micros = u64::try_from(took.as_micros()).unwrap_or(u64::MAX);
        counts.micros.fetch_add(micros, Ordering::Relaxed);
    }

    /// A result page shown for this situation.
    pub fn plan_shown(&self, situation: Situation) {
        if let Some(i) = Situation::ALL.iter().position(|&s| s == situation) {
            self.plans[i].fetch_add(1, Ordering::Relaxed);
        }
    }

    /// A request that failed because the database could not be used.
    pub fn database_error(&self) {
        self.database_errors.fetch_add(1, Ordering::Relaxed);
    }

    /// Everything in the Prometheus text format (version 0.0.4).
    pub fn render(&self, store: StoreCounts) -> String {
        let mut out = String::new();
        let routes = self
            .routes
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        out.push_str(
            "# HELP huella_http_requests_total Requests answered, by route pattern and status.\n\
             # TYPE huella_http_requests_total counter\n",
        );
        for (pattern, counts) in &routes {
            for (i, counter) in counts.statuses.iter().enumerate() {
                let n = counter.load(Ordering::Relaxed);
                if n > 0 {
                    let status = i + 100;
                    let route = label(pattern);
                    let _ = writeln!(
                        out,
                        "huella_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}"
                    );
                }
            }
        }
        out.push_str(
            "# HELP huella_http_request_duration_seconds Time to answer a request, by route pattern.\n\
             # TYPE huella_http_request_duration_seconds histogram\n",
        );
        for (pattern, counts) in &routes {
            let route = label(pattern);
            let mut total = 0;
            for (i, le) in BUCKETS.iter().enumerate() {
                total += counts.buckets[i].load(Ordering::Relaxed);
                let _ = writeln!(
                    out,
                    "huella_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {total}"
                );
            }
            total += counts.buckets[BUCKETS.len()].load(Ordering::Relaxed);
            let sum = counts.micros.load(Ordering::Relaxed) as f64 / 1e6;
            let _ = writeln!(
                out,
                "huella_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {total}\n\
                 huella_http_request_duration_seconds_sum{{route=\"{route}\"}} {sum}\n\
                 huella_http_request_duration_seconds_count{{route=\"{route}\"}} {total}"
            );
        }
        let _ = writeln!(
            out,
            "# HELP huella_sessions Sessions kept now.\n\
             # TYPE huella_sessions gauge\n\
             huella_sessions {}\n\
             # HELP huella_answers_saved_total Answers saved since the server started.\n\
             # TYPE huella_answers_saved_total counter\n\
             huella_answers_saved_total {}\n\
             # HELP huella_plans_shown_total Result pages shown, by situation.\n\
             # TYPE huella_plans_shown_total counter",
            store.sessions, store.answers_saved
        );
        for (situation, counter) in Situation::ALL.iter().zip(&self.plans) {
            let _ = writeln!(
                out,
                "huella_plans_shown_total{{situation=\"{situation}\"}} {}",
                counter.load(Ordering::Relaxed)
            );
        }
        let _ = writeln!(
            out,
            "# HELP huella_database_errors_total Requests that failed because the database could not be used.\n\
             # TYPE huella_database_errors_total counter\n\
             huella_database_errors_total {}",
            self.database_errors.load(Ordering::Relaxed)
        );
        out
    }
}

/// A label value as the text format escapes it.
fn label(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_counts_under_its_pattern_status_and_bucket() {
        let metrics = Metrics::default();
        metrics.request(Some("/questions/{id}"), 200, Duration::from_millis(3));
        metrics.request(Some("/questions/{id}"), 200, Duration::from_millis(30));
        metrics.request(None, 404, Duration::from_millis(1));
        let text = metrics.render(StoreCounts {
            sessions: 2,
            answers_saved: 5,
        });
        assert!(
            text.contains("huella_http_requests_total{route=\"/questions/{id}\",status=\"200\"} 2")
        );
        assert!(text.contains("huella_http_requests_total{route=\"unmatched\",status=\"404\"} 1"));
        assert!(text.contains(
            "huella_http_request_duration_seconds_bucket{route=\"/questions/{id}\",le=\"0.005\"} 1"
        ));
        assert!(text.contains(
            "huella_http_request_duration_seconds_bucket{route=\"/questions/{id}\",le=\"0.05\"} 2"
        ));
        assert!(text.contains("huella_sessions 2\n"));
        assert!(text.contains("huella_answers_saved_total 5\n"));
    }
}
