use std::sync::{Arc, Mutex};
use std::time::Duration;

use huella::config::Database;
use huella::decision::QuestionId;
use huella::store::{Options, SessionSecret, Store};

use crate::database::TestDatabase;
use crate::load::{Record, post_until_gone};
use crate::server::Server;

const CLIENTS: usize = 24;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn after_sigkill_mid_load_every_confirmed_answer_is_there_and_the_file_is_sound() {
    let db = TestDatabase::new().await;
    let server = Arc::new(Server::start(&db.url, None, &[]).await);
    let records: Vec<_> = (0..CLIENTS)
        .map(|_| Arc::new(Mutex::new(Record::default())))
        .collect();
    let tasks: Vec<_> = records
        .iter()
        .map(|r| tokio::spawn(post_until_gone(vec![server.clone()], r.clone())))
        .collect();
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
    let store = Store::connect(Options {
        database: Database::parse(&db.url).unwrap(),
        sync_full: false,
        max_sessions: 1_000,
        max_idle: Duration::from_secs(3600),
        max_age: Duration::from_secs(3600),
    })
    .await
    .unwrap();
    let mut confirmed = 0;
    for record in &records {
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
    assert!(
        confirmed >= CLIENTS,
        "the load got answers through: {confirmed}"
    );
    drop(restarted);
}
