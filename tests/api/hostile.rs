//! Property tests: arbitrary and hostile input on every path into the server
//! (forms, the API, query strings, cookies, headers). Never a 5xx, never a
//! panic, and nothing stored that is not an allowed answer.

use actix_web::rt::System;
use huella::decision::QuestionId;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::helpers::{TestApp, spawn_app};

/// Text an attacker or a broken client might send.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,64}",
        "[\\x00-\\x1f\\x7f]{1,16}",
        Just("'; DROP TABLE answers; --".to_owned()),
        Just("\" OR 1=1 --".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("{{ 7*7 }}{% raw %}".to_owned()),
        Just("../../../etc/passwd".to_owned()),
        Just("\u{202e}\u{2066}مرحبا\u{0}".to_owned()),
        Just("A".repeat(20_000)),
        Just("%00%ff%".to_owned()),
        // Allowed values and ids, so that valid pairs mix with the rest.
        prop::sample::select(vec![
            "asylum-uscis",
            "yes",
            "no",
            "not-sure",
            "0",
            "2-or-more",
            "2026-12-10",
            "case-type",
            "answer",
            "month",
            "day",
            "year",
            "csrf_token",
            "2026",
            "12",
            "10",
        ])
        .prop_map(str::to_owned),
    ]
}

/// Text that can travel in an HTTP header value (visible ASCII and spaces).
fn header_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,300}",
        Just("es;q=NaN, ar;q=-1, *;q=1e99, en-US;q=0.5".to_owned()),
        Just("huella_session=../../; huella_lang=<x>".to_owned()),
        Just(format!("huella_session={}", "f".repeat(64))),
        Just("x".repeat(7000)),
    ]
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A property runner for `cases` cases that writes no regression files.
fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Values are typed before the store sees them (`Answer`), and stored
/// sealed: what hostile posts can leave is at most the browser's one session.
async fn assert_only_allowed_values_stored(app: &TestApp) {
    assert!(app.stored_rows().await <= 1, "one browser, one session");
}

fn status_ok(status: reqwest::StatusCode, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        status.is_success() || status.is_redirection() || status.is_client_error(),
        "{what}: {status}"
    );
    Ok(())
}

#[test]
fn hostile_form_posts_never_fail_the_server_or_store_a_bad_value() {
    let system = System::new();
    let app = system.block_on(spawn_app());
    let token = system.block_on(app.token());
    let pairs = prop::collection::vec((hostile_text(), hostile_text()), 0..6);
    let question = prop_oneof![
        prop::sample::select(QuestionId::ALL.to_vec()).prop_map(|q| q.as_str().to_owned()),
        hostile_text(),
    ];
    let with_token = any::<bool>();
    let mut runner = runner(300);
    runner
        .run(
            &(question, pairs, with_token),
            |(question, pairs, with_token)| {
                let mut fields: Vec<(String, String)> = pairs;
                if with_token {
                    fields.push(("csrf_token".to_owned(), token.clone()));
                }
                let status = system.block_on(async {
                    app.client
                        .post(app.url(&format!("/questions/{}", percent(&question))))
                        .form(&fields)
                        .send()
                        .await
                        .unwrap()
                        .status()
                });
                status_ok(status, &question)
            },
        )
        .unwrap();
    system.block_on(assert_only_allowed_values_stored(&app));
}

#[test]
fn raw_bodies_of_any_bytes_never_fail_the_form_or_the_api() {
    let system = System::new();
    let app = system.block_on(spawn_app());
    let body = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..4096),
        hostile_text().prop_map(String::into_bytes),
    ];
    let mut runner = runner(200);
    runner
        .run(&(body, any::<bool>()), |(body, json)| {
            let (path, content_type) = if json {
                ("/api/v1/plan", "application/json")
            } else {
                ("/questions/case-type", "application/x-www-form-urlencoded")
            };
            let status = system.block_on(async {
                app.client
                    .post(app.url(path))
                    .header("Content-Type", content_type)
                    .body(body)
                    .send()
                    .await
                    .unwrap()
                    .status()
            });
            status_ok(status, path)
        })
        .unwrap();
    system.block_on(assert_only_allowed_values_stored(&app));
}

/// Any JSON value, nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        hostile_text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
            prop::collection::btree_map(hostile_text(), inner, 0..6)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[test]
fn any_json_to_the_api_is_answered_with_200_400_413_or_422() {
    let system = System::new();
    let app = system.block_on(spawn_app());
    let answers = prop::collection::btree_map(
        prop_oneof![
            prop::sample::select(QuestionId::ALL.to_vec()).prop_map(|q| q.as_str().to_owned()),
            hostile_text(),
        ],
        json_value(),
        0..8,
    );
    let request = (answers, json_value(), json_value(), json_value());
    let mut runner = runner(300);
    runner
        .run(&request, |(answers, today, lang, extra)| {
            let body = serde_json::json!({
                "answers": answers, "today": today, "lang": lang, "extra": extra
            });
            let status = system.block_on(async {
                app.client
                    .post(app.url("/api/v1/plan"))
                    .json(&body)
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            });
            prop_assert!([200, 400, 413, 422].contains(&status), "{status}");
            Ok(())
        })
        .unwrap();
    system.block_on(async {
        assert_eq!(app.stored_rows().await, 0, "the API stores nothing");
    });
}

#[test]
fn hostile_paths_query_strings_cookies_and_headers_never_fail_a_page() {
    let system = System::new();
    let app = system.block_on(spawn_app());
    let paths = prop::sample::select(vec![
        "/",
        "/questions/case-type",
        "/questions/",
        "/check-answers",
        "/result",
        "/result/checklist",
        "/privacy",
        "/language",
        "/static/",
        "/answers-deleted",
    ]);
    let input = (
        paths,
        hostile_text(),
        hostile_text(),
        header_text(),
        header_text(),
        header_text(),
    );
    let mut runner = runner(300);
    runner
        .run(
            &input,
            |(path, suffix, query, cookie, language, forwarded)| {
                let url = app.url(&format!("{path}{}?{}", percent(&suffix), percent(&query)));
                let status = system.block_on(async {
                    app.client
                        .get(url)
                        .header("Cookie", cookie)
                        .header("Accept-Language", language)
                        .header("X-Forwarded-For", forwarded)
                        .send()
                        .await
                        .map(|r| r.status())
                });
                // A header too large for the server is refused before any handler.
                match status {
                    Ok(status) => status_ok(status, path),
                    Err(e) => {
                        prop_assert!(e.is_request() || e.is_connect(), "{e}");
                        Ok(())
                    }
                }
            },
        )
        .unwrap();
    system.block_on(async {
        assert_eq!(app.stored_rows().await, 0, "reading pages stores nothing");
    });
}
