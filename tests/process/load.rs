//! Clients posting answers over and over while a server is killed, each
//! keeping what it was told: the crash test and the two-instance test.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::task::JoinHandle;

use crate::server::{Server, answer, browser};

/// What one client knows of its session: its id, and per question the
/// value a server confirmed last and any value sent but not confirmed.
#[derive(Default, Clone)]
pub struct Record {
    pub session: String,
    pub confirmed: HashMap<&'static str, &'static str>,
    pub in_flight: HashMap<&'static str, &'static str>,
}

/// A client's record, as its task and the test both hold it.
pub type Shared = Arc<Mutex<Record>>;

/// Answers each client sends in turn, over and over: all on the path
/// whatever the order (the notice never comes).
const CYCLE: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "no"),
    ("receipt", "yes"),
    ("waited", "under-2-months"),
    ("case-type", "other-uscis"),
    ("receipt", "no"),
    ("waited", "over-3-months"),
    ("notice", "not-sure"),
];

/// Posts the answers of `CYCLE` to `servers` in turn, recording each one
/// confirmed, until a server fails to answer (it was killed). Returns the
/// status of the first answer that was refused instead, if any.
async fn post_until_gone(
    servers: Vec<Arc<Server>>,
    record: Arc<Mutex<Record>>,
) -> Option<reqwest::StatusCode> {
    let client = browser();
    for (i, &(question, value)) in CYCLE.iter().cycle().enumerate() {
        record.lock().unwrap().in_flight.insert(question, value);
        let server = &servers[i % servers.len()];
        let Ok(response) = answer(&client, server, &[(question, ""), ("answer", value)]).await
        else {
            return None;
        };
        if response.status() != 303 {
            return Some(response.status());
        }
        let new_session = response
            .headers()
            .get("set-cookie")
            .and_then(|c| c.to_str().ok())
            .and_then(|c| c.strip_prefix("huella_session="))
            .map(|c| c.split(';').next().unwrap().to_owned());
        let mut r = record.lock().unwrap();
        if let Some(session) = new_session {
            r.session = session;
        }
        r.in_flight.remove(question);
        r.confirmed.insert(question, value);
    }
    unreachable!("the cycle never ends")
}

/// `clients` clients, each posting to `servers` in turn until gone (see
/// `post_until_gone`): what each was told, and the tasks that end with what
/// refused them.
pub fn start_clients(
    clients: usize,
    servers: &[Arc<Server>],
) -> (Vec<Shared>, Vec<JoinHandle<Option<reqwest::StatusCode>>>) {
    let records: Vec<_> = (0..clients)
        .map(|_| Arc::new(Mutex::new(Record::default())))
        .collect();
    let tasks = records
        .iter()
        .map(|r| tokio::spawn(post_until_gone(servers.to_vec(), r.clone())))
        .collect();
    (records, tasks)
}
