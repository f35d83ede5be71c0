//! What a copy of the disk holds: the database file, its WAL and shared
//! memory (on PostgreSQL: every column of every table), taken mid-run and
//! after "Delete my answers", hold no answer, no session secret and no
//! resume code; a row opens with its own cookie only.

use std::os::unix::fs::PermissionsExt;

use sqlx::{AssertSqlSafe, Connection, PgConnection, Row};

use crate::helpers::{Person, TestApp, form_token, set_cookie, shown_resume_code, spawn_app};

/// Distinctive answers, each findable as bytes if it were stored in the clear.
const JOURNEY: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "yes"),
    ("appointment-date", "2026-12-10"),
    ("appointment-time", "9:30"),
    ("can-attend", "not-sure"),
    ("within-12-hours", "no"),
    ("reschedules", "2-or-more"),
    ("moved", "yes"),
];
const OTHER: &[(&str, &str)] = &[("case-type", "asylum-court"), ("hearing", "within-60-days")];
/// What must never be on disk: the values, and the question ids that a
/// plain `question -> value` record would hold.
const NEVER: &[&str] = &[
    "asylum-uscis",
    "2026-12-10",
    "09:30",
    "not-sure",
    "2-or-more",
    "asylum-court",
    "within-60-days",
    "case-type",
    "reschedules",
    "appointment-date",
];

/// Answers a journey and returns the session secret its first answer set.
async fn journey(person: &Person<'_>, pairs: &[(&str, &str)]) -> String {
    let (question, value) = pairs[0];
    let first = person
        .post_form(&format!("/questions/{question}"), &[("answer", value)])
        .await;
    assert_eq!(first.status(), 303);
    let cookie = set_cookie(&first);
    person.answer_all(&pairs[1..]).await;
    cookie
        .split(';')
        .next()
        .and_then(|c| c.split_once('='))
        .unwrap()
        .1
        .to_owned()
}

/// What the database holds, as bytes, with where each came from.
async fn stored(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    if app.db.is_postgres() {
        every_value(app).await
    } else {
        files(app)
    }
}

/// The database file, its WAL and its shared memory, as bytes, with their names.
fn files(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    let files: Vec<_> = ["huella.db", "huella.db-wal", "huella.db-shm"]
        .iter()
        .filter_map(|name| {
            let path = app.db.dir.path().join(name);
            let bytes = std::fs::read(&path).ok()?;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name} is readable by its owner only");
            Some((name.to_string(), bytes))
        })
        .collect();
    assert!(
        files.iter().any(|(name, _)| name.ends_with("-wal")),
        "a WAL to search"
    );
    files
}

/// Every value of every column of every table in the PostgreSQL database,
/// as stored: `bytea` as its bytes, anything else as its text.
async fn every_value(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    let mut db = PgConnection::connect(&app.db.url).await.unwrap();
    let columns: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text, data_type::text \
         FROM information_schema.columns WHERE table_schema = 'public'",
    )
    .fetch_all(&mut db)
    .await
    .unwrap();
    assert!(
        columns.iter().any(|(table, ..)| table == "sessions"),
        "the sessions are there to search"
    );
    let mut values = Vec::new();
    for (table, column, data_type) in columns {
        let select = if data_type == "bytea" {
            format!("SELECT \"{column}\" FROM \"{table}\"")
        } else {
            format!("SELECT convert_to(\"{column}\"::text, 'UTF8') FROM \"{table}\"")
        };
        for row in sqlx::query(AssertSqlSafe(select))
            .fetch_all(&mut db)
            .await
            .unwrap()
        {
            if let Some(bytes) = row.get::<Option<Vec<u8>>, _>(0) {
                values.push((format!("{table}.{column}"), bytes));
            }
        }
    }
    db.close().await.unwrap();
    values
}

fn assert_none_found(stored: &[(String, Vec<u8>)], secrets: &[Vec<u8>], when: &str) {
    for (name, bytes) in stored {
        for secret in secrets {
            let found = bytes.windows(secret.len()).any(|w| w == &secret[..]);
            assert!(
                !found,
                "{when}: {name} holds {:?}",
                String::from_utf8_lossy(secret)
            );
        }
    }
}

fn from_hex(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

#[actix_web::test]
async fn what_the_database_holds_has_no_answer_secret_or_code_during_a_run_and_after_delete() {
    let app = spawn_app().await;
    let (ana, ben) = (app.new_person(), app.new_person());
    let ana_secret = journey(&ana, JOURNEY).await;
    let ben_secret = journey(&ben, OTHER).await;
    let result = ana.page("/result").await;
    let code = shown_resume_code(&result).to_owned();
    let mut secrets: Vec<Vec<u8>> = NEVER.iter().map(|s| s.as_bytes().to_vec()).collect();
    for hex in [&ana_secret, &ben_secret] {
        secrets.push(hex.as_bytes().to_vec());
        secrets.push(from_hex(hex));
    }
    secrets.push(code.as_bytes().to_vec());
    secrets.push(code.replace('-', "").into_bytes());

    assert_none_found(&stored(&app).await, &secrets, "mid-run");

    let token = form_token(&result).unwrap();
    let deleted = ana
        .post_form_raw("/delete-answers", &[("csrf_token", &token)])
        .await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(app.stored_rows().await, 1, "only Ben's session is left");
    assert_none_found(&stored(&app).await, &secrets, "after Delete");
}

#[actix_web::test]
async fn a_stored_row_opens_with_its_own_cookie_only() {
    let app = spawn_app().await;
    let (ana, ben) = (app.new_person(), app.new_person());
    journey(&ana, JOURNEY).await;
    journey(&ben, OTHER).await;
    let browsers = [ana.client.clone(), ben.client.clone()];
    assert!(ana.page("/questions/case-type").await.contains("checked"));
    // Someone with write access to the file swaps the two sealed rows:
    // neither key opens the other's answers.
    let db = app.database().await;
    let rows: Vec<(Vec<u8>, Vec<u8>)> = sqlx::query_as("SELECT lookup, sealed FROM sessions")
        .fetch_all(&db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    for (i, (lookup, _)) in rows.iter().enumerate() {
        sqlx::query("UPDATE sessions SET sealed = $1 WHERE lookup = $2")
            .bind(&rows[1 - i].1)
            .bind(lookup)
            .execute(&db)
            .await
            .unwrap();
    }
    db.close().await;
    // A new server: nothing of either session is in its memory.
    let app = app.restart().await;
    for browser in browsers {
        let page = browser
            .get(app.url("/questions/case-type"))
            .send()
            .await
            .unwrap();
        assert!(
            !page.text().await.unwrap().contains("checked"),
            "the swapped row opens for no one"
        );
    }
    let forged = app
        .get_with_cookie(
            "/questions/case-type",
            &format!("huella_session={}", "ab".repeat(32)),
        )
        .await;
    assert!(
        !forged.text().await.unwrap().contains("checked"),
        "a wrong secret opens nothing"
    );
}
