use crate::helpers::{browser, location, set_cookie, spawn_app};

#[actix_web::test]
async fn the_session_cookie_is_http_only_same_site_lax_and_random() {
    let app = spawn_app().await;
    let response = app
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    let cookie = set_cookie(&response);
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(!cookie.contains("Secure"), "not over plain HTTP: {cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let value = cookie.split(';').next().unwrap().split('=').nth(1).unwrap();
    assert_eq!(value.len(), 64, "256 random bits as hex");
    let other = spawn_app().await;
    let response = other
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    let other_cookie = set_cookie(&response);
    assert_ne!(cookie, other_cookie);
}

#[actix_web::test]
async fn answers_survive_a_server_restart() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    app.answer("hearing", "within-60-days").await;
    let app = app.restart().await;
    assert_eq!(
        location(&app.get("/questions/moved").await),
        "/questions/notice"
    );
    let html = app.get("/questions/hearing").await.text().await.unwrap();
    assert!(html.contains("value=\"within-60-days\" checked"));
}

#[actix_web::test]
async fn start_again_deletes_the_answers_and_clears_the_cookie() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-uscis").await;
    let response = app.post_form("/start-again", &[]).await;
    assert_eq!(location(&response), "/");
    let cleared = set_cookie(&response);
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert_eq!(
        location(&app.get("/questions/notice").await),
        "/questions/case-type"
    );
    assert_eq!(
        app.stored_rows().await,
        (0, 0),
        "the row is gone, not hidden"
    );
}

#[actix_web::test]
async fn a_forged_or_unknown_session_cookie_starts_fresh_instead_of_failing() {
    let app = spawn_app().await;
    for forged in [
        "huella_session=abc",
        "huella_session=<script>",
        &format!("huella_session={}", "0".repeat(64)),
    ] {
        let response = app
            .client
            .get(app.url("/questions/notice"))
            .header("Cookie", forged)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303, "{forged}");
        assert_eq!(location(&response), "/questions/case-type");
    }
    // A fresh client with a fresh session is never shown another's answers.
    app.answer("case-type", "asylum-court").await;
    let stranger = browser();
    let html = stranger
        .get(app.url("/questions/case-type"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("checked"));
}
