//! `/metrics`: off unless asked for, behind a token when one is set, and
//! only counts: no session id, no answer, no path a person typed.

use crate::helpers::{RESCHEDULE, set_cookie, shown_resume_code, spawn_app, spawn_app_with};

#[actix_web::test]
async fn metrics_are_not_served_unless_turned_on() {
    let app = spawn_app().await;
    assert_eq!(app.get("/metrics").await.status(), 404);
}

#[actix_web::test]
async fn after_a_journey_the_metrics_count_it_and_hold_no_session_id_or_answer() {
    let app = spawn_app_with(|s| s.metrics = true).await;
    let first = app
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    let cookie = set_cookie(&first);
    let secret = cookie.split(';').next().unwrap().split('=').nth(1).unwrap();
    app.answer_all(&RESCHEDULE[1..]).await;
    let result = app.get("/result").await.text().await.unwrap();
    let code = shown_resume_code(&result).to_owned();
    app.get("/Maria-Lopez-A123456789").await;

    let response = app.get("/metrics").await;
    assert_eq!(response.status(), 200);
    assert!(
        (response.headers()["content-type"].to_str().unwrap())
            .starts_with("text/plain; version=0.0.4")
    );
    let text = response.text().await.unwrap();
    for line in [
        r#"huella_http_requests_total{route="/questions/{id}",status="303"} 8"#,
        r#"huella_http_requests_total{route="/result",status="200"} 1"#,
        r#"huella_http_requests_total{route="unmatched",status="404"} 1"#,
        r#"huella_http_request_duration_seconds_count{route="/result"} 1"#,
        "huella_sessions 1",
        "huella_answers_saved_total 8",
        r#"huella_plans_shown_total{situation="must-reschedule"} 1"#,
        "huella_database_errors_total 0",
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} in\n{text}");
    }
    assert_eq!(secret.len(), 64, "the session cookie holds the secret");
    for private in [
        secret,
        code.as_str(),
        &code.replace('-', ""),
        "asylum-uscis",
        "2026-12-10",
        "9:30",
        "Maria",
        "A123456789",
    ] {
        assert!(!text.contains(private), "{private:?} in the metrics");
    }
}

#[actix_web::test]
async fn with_a_token_the_metrics_need_it_as_a_bearer_token() {
    let app = spawn_app_with(|s| {
        s.metrics = true;
        s.metrics_token = Some("s3cret-token".to_owned());
    })
    .await;
    let ask = |token: Option<&'static str>| {
        let mut request = app.client.get(app.url("/metrics"));
        if let Some(token) = token {
            request = request.header("Authorization", format!("Bearer {token}"));
        }
        request.send()
    };
    let refused = ask(None).await.unwrap();
    assert_eq!(refused.status(), 401);
    assert_eq!(refused.headers()["www-authenticate"], "Bearer");
    assert_eq!(ask(Some("s3cret-tokeN")).await.unwrap().status(), 401);
    assert_eq!(ask(Some("s3cret")).await.unwrap().status(), 401);
    let allowed = ask(Some("s3cret-token")).await.unwrap();
    assert_eq!(allowed.status(), 200);
    assert!(allowed.text().await.unwrap().contains("huella_sessions 0"));
}
