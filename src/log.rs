//! What the server writes to its log: text lines (`huella: ...`), or with
//! `HUELLA_LOG_FORMAT=json` one JSON object a line with the same fields.
//! Neither holds a path, a query, an address, a session id or an answer:
//! callers pass only route patterns, statuses and the server's own words.

use std::sync::atomic::{AtomicBool, Ordering};

/// The log's format is the process's, like its standard streams: `main`
/// sets it once from the settings, before serving.
static JSON: AtomicBool = AtomicBool::new(false);

pub fn use_json(json: bool) {
    JSON.store(json, Ordering::Relaxed);
}

fn json() -> bool {
    JSON.load(Ordering::Relaxed)
}

/// A line about the server itself (start, errors, sweeps), on stderr.
pub fn message(level: &str, text: &str) {
    if json() {
        eprintln!("{}", serde_json::json!({"level": level, "message": text}));
    } else {
        eprintln!("huella: {text}");
    }
}

/// The access log's line for one request, on stdout.
pub fn request(method: &str, route: &str, status: u16, ms: u128) {
    if json() {
        println!(
            "{}",
            serde_json::json!({"method": method, "route": route, "status": status, "ms": ms})
        );
    } else {
        println!("huella: {method} {route} {status} {ms}ms");
    }
}
