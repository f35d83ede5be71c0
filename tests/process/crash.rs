use std::sync::Arc;
use std::time::Duration;

use huella::config::Database;
use huella::decision::QuestionId;
use huella::store::{Options, SessionSecret, Store};

use crate::database::TestDatabase;
use crate::load::{Shared, start_clients};
use crate::server::Server;

const CLIENTS: usize = 24;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn after_sigkill_mid_load_every_confirmed_answer_is_there_and_the_file_is_sound() {
    let db = TestDatabase::new().await;
    let server = Arc::new(Server::start(&db.url, None, &[]).await);
    let (records, tasks) = start_clients(CLIENTS, std::slice::from_ref(&server));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.signal("-KILL");
    for task in tasks {
        // A client stops at the kill, or at an answer refused under the
        // load: what it was told before is what must be there.
        let _refused = task.await.unwrap();
    }

    // Restart on the same database: it opens, and every confirmed answer is
    // there, opened with the secret of the cookie its client holds.
    let restarted = Server::start(&db.url, None, &[]).await;
    if !db.is_postgres() {
        let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
        let check: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(check, "ok");
        pool.close().await;
    }
    let confirmed = assert_confirmed_kept(&db.url, &records).await;
    assert!(
        confirmed >= CLIENTS,
        "the load got answers through: {confirmed}"
    );
    drop(restarted);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn when_the_disk_fills_no_answer_is_confirmed_that_is_not_kept_and_health_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/huella.db", dir.path().display());
    // The write-ahead log soon reaches 1 MiB, and writing on fails as on a
    // full disk.
    let server = Arc::new(Server::start_with_file_limit(&url, 1024).await);
    let (records, tasks) = start_clients(CLIENTS, std::slice::from_ref(&server));
    for task in tasks {
        // Each client goes on until an answer is refused: a server that
        // confirmed answers it could not write would keep it going.
        let refused = tokio::time::timeout(Duration::from_secs(60), task)
            .await
            .expect("answers are refused once the disk is full")
            .unwrap();
        assert_eq!(refused, Some(reqwest::StatusCode::SERVICE_UNAVAILABLE));
    }
    let health = reqwest::get(server.url("/health")).await.unwrap();
    assert_eq!(health.status(), 503, "health tells the truth");
    server.signal("-KILL");

    let confirmed = assert_confirmed_kept(&url, &records).await;
    assert!(confirmed > 0, "answers were saved before the disk filled");
}

/// Every answer a server confirmed to the clients of `records` is in the
/// database (opened with the secret each client's cookie holds): returns
/// how many were checked.
async fn assert_confirmed_kept(database_url: &str, records: &[Shared]) -> usize {
    let store = Store::connect(Options {
        database: Database::parse(database_url).unwrap(),
        sync_full: false,
        max_sessions: 1_000,
        max_idle: Duration::from_secs(3600),
        max_age: Duration::from_secs(3600),
    })
    .await
    .unwrap();
    let mut confirmed = 0;
    for record in records {
        let r = record.lock().unwrap().clone();
        if r.confirmed.is_empty() {
            continue;
        }
        let secret = SessionSecret::parse(&r.session).expect("the cookie holds a secret");
        let answers = store
            .load(&secret)
            .await
            .unwrap()
            .expect("the session of a confirmed answer is there");
        for (question, value) in &r.confirmed {
            let id = QuestionId::parse(question).unwrap();
            let stored = answers
                .value(id)
                .unwrap_or_else(|| panic!("{question} of a session is lost"));
            // A post the kill cut off may have been saved without its answer arriving.
            let allowed = [Some(*value), r.in_flight.get(question).copied()];
            assert!(
                allowed.contains(&Some(stored.as_str())),
                "{question}: stored {stored}, confirmed {value}"
            );
            confirmed += 1;
        }
    }
    confirmed
}
