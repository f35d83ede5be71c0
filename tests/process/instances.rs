//! Two instances on one PostgreSQL database: each sees the other's last
//! write, one form key signs for both, the session cap and expiry hold
//! across them, and when one is killed under load every acknowledged answer
//! is there through the other. These run only on PostgreSQL: without
//! `HUELLA_TEST_POSTGRES_URL` each says it was skipped and passes.

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::join_all;
use huella::config::Database;
use huella::decision::answers::YesNoNotSure;
use huella::decision::{Answer, QuestionId};
use huella::store::{Options, SessionSecret, Store, StoreError};
use sqlx::{Connection, PgConnection};

use crate::database::{POSTGRES_SERVER, TestDatabase, postgres_server};
use crate::load::start_clients;
use crate::server::{Server, browser, form_token};

/// The PostgreSQL server, or `None` after saying that `test` is skipped.
fn postgres_or_skip(test: &str) -> Option<String> {
    let server = postgres_server();
    if server.is_none() {
        eprintln!("skipped {test}: it needs PostgreSQL; set {POSTGRES_SERVER} to run it");
    }
    server
}

/// Two servers started at the same moment on one new database: their
/// migrations and their first-start key race one another.
async fn two_instances(db: &TestDatabase, logs: [&Path; 2]) -> (Server, Server) {
    tokio::join!(
        Server::start(&db.url, Some(logs[0]), &[]),
        Server::start(&db.url, Some(logs[1]), &[]),
    )
}

/// The value a question page of `server` shows checked, if any.
async fn checked(client: &reqwest::Client, server: &Server, question: &str) -> Option<String> {
    let page = client
        .get(server.url(&format!("/questions/{question}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let (before, _) = page.split_once("\" checked")?;
    Some(before.rsplit("value=\"").next()?.to_owned())
}

/// Each answer changes one the other instance has already shown, so a
/// stale copy of the session anywhere would show the old value.
const ALTERNATING: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "no"),
    ("case-type", "other-uscis"),
    ("notice", "not-sure"),
    ("receipt", "yes"),
    ("receipt", "no"),
];

#[tokio::test]
async fn a_journey_alternating_between_two_instances_reads_each_answer_back_from_the_other() {
    let Some(server) = postgres_or_skip("the alternating journey") else {
        return;
    };
    let db = TestDatabase::postgres(&server).await;
    let logs = [db.dir.path().join("a.log"), db.dir.path().join("b.log")];
    let (a, b) = two_instances(&db, [&logs[0], &logs[1]]).await;
    let client = browser();
    for (i, &(question, value)) in ALTERNATING.iter().enumerate() {
        let (writer, reader) = if i % 2 == 0 { (&a, &b) } else { (&b, &a) };
        // The token comes from the other instance: one key signs for both.
        let token = form_token(&client, reader).await.unwrap();
        let response = client
            .post(writer.url(&format!("/questions/{question}")))
            .form(&[("answer", value), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{question}={value}");
        assert_eq!(
            checked(&client, reader, question).await.as_deref(),
            Some(value),
            "the other instance shows {question}={value} at once"
        );
    }
    drop((a, b));
    for log in &logs {
        let logged = std::fs::read_to_string(log).unwrap();
        assert!(
            !logged.contains("error"),
            "both started and swept at once without an error: {logged}"
        );
    }
}

const CLIENTS: usize = 16;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_one_of_two_instances_killed_mid_load_every_acknowledged_answer_is_there_through_the_other()
 {
    let Some(server) = postgres_or_skip("the two-instance SIGKILL test") else {
        return;
    };
    let db = TestDatabase::postgres(&server).await;
    let logs = [db.dir.path().join("a.log"), db.dir.path().join("b.log")];
    let (a, b) = two_instances(&db, [&logs[0], &logs[1]]).await;
    let (a, b) = (Arc::new(a), Arc::new(b));
    let (records, tasks) = start_clients(CLIENTS, &[a.clone(), b.clone()]);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    a.signal("-KILL");
    for task in tasks {
        let refused = task.await.unwrap();
        assert_eq!(refused, None, "every answer was saved until A was killed");
    }

    let mut confirmed = 0;
    for record in &records {
        let r = record.lock().unwrap().clone();
        if r.confirmed.is_empty() {
            continue;
        }
        // The same browser, now only on the instance left.
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .default_headers(
                [(
                    reqwest::header::COOKIE,
                    format!("huella_session={}", r.session).parse().unwrap(),
                )]
                .into_iter()
                .collect(),
            )
            .build()
            .unwrap();
        for (question, value) in &r.confirmed {
            let shown = checked(&client, &b, question).await;
            let allowed = [Some(*value), r.in_flight.get(question).copied()];
            assert!(
                allowed.contains(&shown.as_deref()),
                "{question}: shown {shown:?}, acknowledged {value}"
            );
            confirmed += 1;
        }
        let token = form_token(&client, &b).await.unwrap();
        let goes_on = client
            .post(b.url("/questions/case-type"))
            .form(&[("answer", "other-court"), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(goes_on.status(), 303, "the session goes on through B");
    }
    assert!(
        confirmed >= CLIENTS,
        "the load got answers through: {confirmed}"
    );
    let logged = std::fs::read_to_string(&logs[1]).unwrap();
    assert!(!logged.contains("error"), "B: {logged}");
}

/// A store as an instance opens it.
async fn instance(db: &TestDatabase, max_sessions: u64) -> Store {
    Store::connect(Options {
        database: Database::parse(&db.url).unwrap(),
        sync_full: false,
        max_sessions,
        max_idle: Duration::from_secs(3600),
        max_age: Duration::from_secs(7200),
    })
    .await
    .unwrap()
}

/// A new session with one answer, through `store`.
async fn new_session(store: &Store) -> Result<SessionSecret, StoreError> {
    let browser = SessionSecret::generate().unwrap();
    let session = SessionSecret::generate().unwrap();
    let answer = Answer::Moved(YesNoNotSure::No);
    store
        .save_answer(&session, answer, Some(&browser))
        .await
        .map(|()| session)
}

#[tokio::test]
async fn the_session_cap_counts_the_sessions_every_instance_made() {
    let Some(server) = postgres_or_skip("the shared session cap") else {
        return;
    };
    let db = TestDatabase::postgres(&server).await;
    let (a, b) = tokio::join!(instance(&db, 2), instance(&db, 2));
    assert_eq!(a.secret(), b.secret(), "one form key for both");
    let ana = new_session(&a).await.unwrap();
    new_session(&b).await.unwrap();
    for store in [&a, &b] {
        assert!(
            matches!(new_session(store).await, Err(StoreError::Full)),
            "the third session is refused by either instance"
        );
    }
    assert_eq!(b.counts().sessions, 2, "counted in the database");
    b.delete(&ana).await.unwrap();
    new_session(&a)
        .await
        .expect("room again once the other instance deleted one");
}

#[tokio::test]
async fn expiry_run_by_two_instances_at_once_deletes_each_expired_session_once_without_error() {
    let Some(server) = postgres_or_skip("expiry on two instances") else {
        return;
    };
    let db = TestDatabase::postgres(&server).await;
    let (a, b) = tokio::join!(instance(&db, 1_000), instance(&db, 1_000));
    let mut sessions = Vec::new();
    for i in 0..40 {
        let store = if i % 2 == 0 { &a } else { &b };
        sessions.push(new_session(store).await.unwrap());
    }
    // 30 of them were last used two hours ago: past the idle hour.
    let mut operator = PgConnection::connect(&db.url).await.unwrap();
    let two_hours_ago = chrono::Utc::now().timestamp() - 2 * 3600;
    for session in &sessions[..30] {
        sqlx::query("UPDATE sessions SET updated_at = $1 WHERE lookup = $2")
            .bind(two_hours_ago)
            .bind(&session.lookup()[..])
            .execute(&mut operator)
            .await
            .unwrap();
    }

    let (by_a, by_b) = tokio::join!(a.delete_expired(), b.delete_expired());
    let mut deleted = [by_a.unwrap(), by_b.unwrap()];
    deleted.sort();
    assert_eq!(deleted, [0, 30], "one swept, the other found none left");
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&mut operator)
        .await
        .unwrap();
    assert_eq!(left, 10);
    for store in [&a, &b] {
        assert_eq!(store.counts().sessions, 10, "both count what is left");
        assert!(store.load(&sessions[0]).await.unwrap().is_none());
        assert!(store.load(&sessions[39]).await.unwrap().is_some());
    }
    operator.close().await.unwrap();
}

/// Answers `not-sure` to each question in turn, in every session at once.
async fn save_each(store: &Store, sessions: &[SessionSecret], questions: [&str; 4]) {
    for question in questions {
        let id = QuestionId::parse(question).unwrap();
        let answer = Answer::parse(id, "not-sure").unwrap();
        let saves = sessions.iter().map(|s| store.save_answer(s, answer, None));
        for saved in join_all(saves).await {
            saved.unwrap();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn answers_saved_to_one_session_through_two_instances_at_once_are_all_kept() {
    let Some(server) = postgres_or_skip("concurrent saves on two instances") else {
        return;
    };
    let db = TestDatabase::postgres(&server).await;
    let (a, b) = tokio::join!(instance(&db, 1_000), instance(&db, 1_000));
    // Each instance saves its own four questions to the same sessions, both
    // at once: a save that read the row before the other's commit and wrote
    // it back after would lose the other's answer.
    let through_a = ["notice", "receipt", "appointment-passed", "missed-recently"];
    let through_b = ["can-attend", "within-12-hours", "online-account", "moved"];
    let mut sessions = Vec::new();
    for _ in 0..12 {
        sessions.push(new_session(&a).await.unwrap());
    }
    tokio::join!(
        save_each(&a, &sessions, through_a),
        save_each(&b, &sessions, through_b)
    );
    for session in &sessions {
        let answers = b.load(session).await.unwrap().unwrap();
        for question in through_a.iter().chain(&through_b) {
            let id = QuestionId::parse(question).unwrap();
            assert_eq!(
                answers.value(id).as_deref(),
                Some("not-sure"),
                "{question} is kept"
            );
        }
    }
}
