//! Privacy and security: deleting answers, expiry, form tokens, headers,
//! cookies over HTTPS, the rate limit, and a database that cannot be written.

use std::time::Duration;

use crate::helpers::{
    ATTEND, browser, english, form_token, location, set_cookie, spawn_app, spawn_app_with,
};

async fn complete_journey(app: &crate::helpers::TestApp) {
    app.answer_all(ATTEND).await;
}

#[actix_web::test]
async fn delete_my_answers_asks_first_then_deletes_the_row_and_the_cookie_at_once() {
    let app = spawn_app().await;
    complete_journey(&app).await;
    let result = app.get("/result").await.text().await.unwrap();
    assert_eq!(
        result.matches(r#"href="/delete-answers""#).count(),
        2,
        "on the result page and in the footer, to the page that asks first"
    );
    assert_eq!(app.stored_rows().await, 1);

    let confirm = app.get("/delete-answers").await.text().await.unwrap();
    assert!(confirm.contains(r#"action="/delete-answers""#));
    assert_eq!(app.stored_rows().await, 1, "asking deletes nothing");
    let token = form_token(&confirm).unwrap();
    let response = app
        .post_form_raw("/delete-answers", &[("csrf_token", &token)])
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/answers-deleted");
    assert!(set_cookie(&response).contains("Max-Age=0"));
    assert_eq!(app.stored_rows().await, 0, "deleted, not hidden");

    let page = app.get("/answers-deleted").await.text().await.unwrap();
    assert!(page.contains(&english("deleted-title")));
    assert_eq!(
        location(&app.get("/result").await),
        "/questions/case-type",
        "nothing is left to show"
    );
}

#[actix_web::test]
async fn the_privacy_page_says_what_is_kept_and_for_how_long() {
    let app = spawn_app_with(|s| {
        s.session_days = 7;
        s.session_max_days = 60;
    })
    .await;
    let response = app.get("/privacy").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    for key in [
        "privacy-stored-heading",
        "privacy-never-heading",
        "privacy-cookies-heading",
    ] {
        assert!(html.contains(&english(key)), "{key}");
    }
    assert!(html.contains("7 days after your last visit"));
    assert!(html.contains("60 days after your first answer at the latest"));
    let start = app.get("/").await.text().await.unwrap();
    assert!(
        start.contains(r#"<a href="/privacy">"#),
        "the footer links to it"
    );
}

#[actix_web::test]
async fn a_session_idle_longer_than_the_limit_is_gone_and_swept_from_the_file() {
    let app = spawn_app_with(|s| {
        s.session_days = 2;
        s.sweep_interval = Duration::from_millis(100);
    })
    .await;
    app.answer("case-type", "asylum-court").await;
    let db = app.database().await;
    let three_days_ago = chrono::Utc::now().timestamp() - 3 * 24 * 60 * 60;
    sqlx::query("UPDATE sessions SET updated_at = $1")
        .bind(three_days_ago)
        .execute(&db)
        .await
        .unwrap();
    db.close().await;
    // The server remembers the visit it saw: a new one reads the database.
    let app = app.restart().await;
    // Expired at once for the person, even before the sweep runs.
    let html = app.get("/questions/case-type").await.text().await.unwrap();
    assert!(!html.contains("checked"));
    for _ in 0..50 {
        if app.stored_rows().await == 0 {
            return;
        }
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the sweep did not delete the expired session");
}

#[actix_web::test]
async fn a_session_in_use_is_kept() {
    let app = spawn_app_with(|s| {
        s.session_days = 2;
        s.sweep_interval = Duration::from_millis(50);
    })
    .await;
    app.answer("case-type", "asylum-court").await;
    actix_web::rt::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(app.stored_rows().await, 1);
}

#[actix_web::test]
async fn a_post_without_this_browsers_token_gets_a_friendly_403_and_changes_nothing() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    let someone_else = spawn_app().await;
    let foreign_token = someone_else.token().await;
    for fields in [
        vec![("answer", "later")],
        vec![("answer", "later"), ("csrf_token", "")],
        vec![("answer", "later"), ("csrf_token", foreign_token.as_str())],
        vec![("answer", "later"), ("csrf_token", &"0".repeat(64))],
        vec![("answer", "later"), ("csrf_token", "<script>")],
    ] {
        let response = app.post_form_raw("/questions/hearing", &fields).await;
        assert_eq!(response.status(), 403, "{fields:?}");
        let html = response.text().await.unwrap();
        assert!(html.contains(&english("error-forbidden-title")));
        assert!(
            html.contains(r#"href="/questions/hearing""#),
            "a way back to the question"
        );
    }
    for path in ["/start-again", "/delete-answers"] {
        let response = app.post_form_raw(path, &[]).await;
        assert_eq!(response.status(), 403, "{path}");
    }
    assert_eq!(app.stored_rows().await, 1, "nothing changed");
    let html = app.get("/questions/case-type").await.text().await.unwrap();
    assert!(html.contains(r#"value="asylum-court" checked"#));
}

#[actix_web::test]
async fn the_first_answer_of_a_new_browser_carries_a_token_and_gets_a_new_id() {
    let app = spawn_app().await;
    let page = app.get("/questions/case-type").await;
    let early_id = set_cookie(&page);
    let token = form_token(&page.text().await.unwrap()).unwrap();
    let response = app
        .post_form_raw(
            "/questions/case-type",
            &[("answer", "asylum-uscis"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status(), 303);
    let session_id = set_cookie(&response);
    assert_ne!(
        early_id.split(';').next(),
        session_id.split(';').next(),
        "the stored session never has an id set before it existed"
    );
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/questions/case-type",
        "/static/style.css",
        "/nowhere",
        "/health",
    ] {
        let response = app.get(path).await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
                .unwrap_or_default()
        };
        let csp = header("content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
        assert!(header("permissions-policy").contains("camera=()"), "{path}");
        assert_eq!(
            header("strict-transport-security"),
            "",
            "not over plain HTTP"
        );
    }
    let page = app.get("/questions/case-type").await;
    assert_eq!(page.headers()["cache-control"], "no-store");
    let html = page.text().await.unwrap();
    assert!(
        !html.contains("<script") && !html.contains("style="),
        "nothing inline"
    );
}

#[actix_web::test]
async fn over_https_cookies_are_secure_and_browsers_are_told_to_stay_on_https() {
    let app = spawn_app_with(|s| s.https = true).await;
    let response = app.get("/questions/case-type").await;
    assert!(
        response.headers()["strict-transport-security"]
            .to_str()
            .unwrap()
            .contains("max-age=")
    );
    let cookie = set_cookie(&response);
    assert!(
        cookie.starts_with("__Host-huella_session=")
            && cookie.contains("Secure")
            && cookie.contains("HttpOnly")
            && cookie.contains("Path=/")
            && !cookie.contains("Domain"),
        "{cookie}"
    );

    // The language cookie too, and only the prefixed one is read.
    let chosen = app.get("/language?lang=es&next=/").await;
    let cookie = set_cookie(&chosen);
    assert!(
        cookie.starts_with("__Host-huella_lang=es")
            && cookie.contains("Secure")
            && cookie.contains("Path=/")
            && !cookie.contains("Domain"),
        "{cookie}"
    );
    let page_with = |cookie: &'static str| {
        let app = &app;
        async move { app.get_with_cookie("/", cookie).await.text().await.unwrap() }
    };
    assert!(
        page_with("__Host-huella_lang=es")
            .await
            .contains(r#"<html lang="es""#)
    );
    assert!(
        page_with("huella_lang=es")
            .await
            .contains(r#"<html lang="en""#),
        "a cookie without the prefix may come from another site"
    );
}

#[actix_web::test]
async fn too_many_posts_from_one_client_get_a_friendly_429_and_other_clients_go_on() {
    let app = spawn_app_with(|s| {
        s.rate_limit = 5;
        s.trust_proxy = true;
    })
    .await;
    let post = |client_ip: &'static str| {
        let app = &app;
        async move {
            let token = app.token().await;
            app.client
                .post(app.url("/questions/case-type"))
                .header("X-Forwarded-For", format!("203.0.113.9, {client_ip}"))
                .form(&[("answer", "asylum-uscis"), ("csrf_token", &token)])
                .send()
                .await
                .unwrap()
        }
    };
    for _ in 0..5 {
        assert_eq!(post("198.51.100.1").await.status(), 303);
    }
    let refused = post("198.51.100.1").await;
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    let html = refused.text().await.unwrap();
    assert!(html.contains(&english("error-too-many-title")));
    assert_eq!(
        post("198.51.100.2").await.status(),
        303,
        "the last address the proxy added is the client"
    );
    // Reading pages is never limited.
    assert_eq!(app.get("/questions/case-type").await.status(), 200);

    let api = app
        .client
        .post(app.url("/api/v1/plan"))
        .header("X-Forwarded-For", "198.51.100.1")
        .header("Content-Type", "application/json")
        .body(r#"{"answers": {}}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), 429);
    let json: serde_json::Value = api.json().await.unwrap();
    assert_eq!(json["error"], english("api-error-too-many"));
}

#[actix_web::test]
async fn without_trust_proxy_a_forwarded_header_cannot_dodge_the_limit() {
    let app = spawn_app_with(|s| s.rate_limit = 2).await;
    for (i, expected) in [303, 303, 429].into_iter().enumerate() {
        let token = app.token().await;
        let response = app
            .client
            .post(app.url("/questions/case-type"))
            .header("X-Forwarded-For", format!("198.51.100.{i}"))
            .form(&[("answer", "asylum-uscis"), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), expected, "post {i}");
    }
}

#[actix_web::test]
async fn a_locked_database_gets_a_friendly_503_that_keeps_the_place_and_recovers() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    let token = app.token().await;

    // An operator's process holds the write lock longer than the busy
    // timeout (PostgreSQL: a lock on the table, longer than lock_timeout).
    let db = app.database().await;
    let mut lock = db.acquire().await.unwrap();
    if app.db.is_postgres() {
        sqlx::query("BEGIN").execute(&mut *lock).await.unwrap();
        sqlx::query("LOCK TABLE sessions IN EXCLUSIVE MODE")
            .execute(&mut *lock)
            .await
            .unwrap();
    } else {
        sqlx::query("BEGIN EXCLUSIVE")
            .execute(&mut *lock)
            .await
            .unwrap();
    }
    let response = app
        .post_form_raw(
            "/questions/hearing",
            &[("answer", "later"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status(), 503);
    let html = response.text().await.unwrap();
    assert!(html.contains(&english("error-server-title")));
    assert!(
        html.contains(r#"href="/questions/hearing""#),
        "keeps the place"
    );
    sqlx::query("ROLLBACK").execute(&mut *lock).await.unwrap();
    drop(lock);

    let response = app
        .post_form_raw(
            "/questions/hearing",
            &[("answer", "later"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(response.status(), 303, "recovers by itself");
    assert_eq!(app.stored_rows().await, 1, "the earlier answer is kept");
}

#[actix_web::test]
async fn a_fresh_browser_never_sees_a_start_again_button_for_answers_it_does_not_have() {
    let app = spawn_app().await;
    app.get("/questions/case-type").await;
    let html = app.get("/").await.text().await.unwrap();
    assert!(!html.contains("/start-again"));
    let stranger = browser().get(app.url("/privacy")).send().await.unwrap();
    assert!(!stranger.text().await.unwrap().contains("/delete-answers"));
}

#[actix_web::test]
async fn past_the_session_cap_new_people_get_a_clear_503_and_existing_sessions_go_on() {
    let app = spawn_app_with(|s| s.max_sessions = 1).await;
    app.answer("case-type", "asylum-court").await;
    let newcomer = app.new_person();
    let refused = newcomer
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    assert_eq!(refused.status(), 503);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains(&english("error-full-title"))
    );
    assert_eq!(app.answer("hearing", "later").await, "/questions/notice");
    assert_eq!(app.stored_rows().await, 1);
}

#[actix_web::test]
async fn a_browser_id_and_its_token_make_one_session_however_often_they_are_posted() {
    let app = spawn_app().await;
    let page = app.get("/questions/case-type").await;
    let browser_id = set_cookie(&page).split(';').next().unwrap().to_owned();
    let token = form_token(&page.text().await.unwrap()).unwrap();
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let response = browser()
            .post(app.url("/questions/case-type"))
            .header("Cookie", &browser_id)
            .form(&[("answer", "asylum-uscis"), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        statuses.push(response.status().as_u16());
    }
    assert_eq!(statuses, [303, 403, 403]);
    assert_eq!(app.stored_rows().await, 1);
}

#[actix_web::test]
async fn health_fails_when_the_database_file_is_deleted() {
    let app = spawn_app().await;
    assert_eq!(app.get("/health").await.status(), 200);
    if app.db.is_postgres() {
        // The PostgreSQL counterpart: the database is gone from under it.
        app.db.drop_now().await;
    } else {
        std::fs::remove_file(app.db.dir.path().join("huella.db")).unwrap();
    }
    assert_eq!(app.get("/health").await.status(), 503);
}

/// About the SQLite file: it runs on SQLite whatever the tests' database.
#[actix_web::test]
async fn a_damaged_database_file_is_refused_at_start_with_a_clear_message() {
    let db = crate::helpers::TestDatabase::sqlite();
    std::fs::write(db.dir.path().join("huella.db"), vec![0x5a; 8192]).unwrap();
    let settings = crate::helpers::settings(&db);
    let Err(error) = huella::startup::Application::build(settings).await else {
        panic!("a damaged file must not start");
    };
    let message = huella::error::cause_chain(&error);
    assert!(message.contains("damaged"), "{message}");
}
