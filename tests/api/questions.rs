use huella::content::{DEFAULT_LANGUAGE, Texts};

use crate::helpers::{location, spawn_app};

#[actix_web::test]
async fn submitting_nothing_shows_the_error_summary_linked_to_the_field_with_status_422() {
    let app = spawn_app().await;
    let response = app.post_form("/questions/case-type", &[]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    let tr = Texts::of(DEFAULT_LANGUAGE);
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains(&tr.t("error-summary-title")));
    assert!(
        html.contains("<title>Error: "),
        "the title starts with Error:"
    );
    assert!(html.contains("href=\"#case-type-asylum-uscis\""));
    assert!(
        html.contains("id=\"case-type-asylum-uscis\""),
        "the link target exists"
    );
    assert_eq!(
        html.matches(&tr.t("q-case-type-error")).count(),
        2,
        "summary and inline"
    );
}

#[actix_web::test]
async fn a_value_the_question_does_not_allow_is_refused_and_nothing_is_stored() {
    let app = spawn_app().await;
    let response = app
        .post_form("/questions/case-type", &[("answer", "banana")])
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response.headers().get("set-cookie").is_none(),
        "no session for a refused answer"
    );
    assert_eq!(app.stored_rows().await, 0);
    let next = app.get("/questions/notice").await;
    assert_eq!(location(&next), "/questions/case-type");
}

#[actix_web::test]
async fn impossible_dates_are_refused_with_a_clear_message_and_the_typed_values_kept() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-uscis").await;
    app.answer("notice", "yes").await;
    let tr = Texts::of(DEFAULT_LANGUAGE);
    let cases = [
        (("2", "30", "2026"), "date-error-not-real"),
        (("12", "10", "26"), "date-error-year-digits"),
        (("ab", "10", "2026"), "date-error-not-number"),
        (("12", "", "2026"), "date-error-incomplete"),
    ];
    for ((month, day, year), key) in cases {
        let response = app
            .post_form(
                "/questions/appointment-date",
                &[("month", month), ("day", day), ("year", year)],
            )
            .await;
        assert_eq!(response.status(), 422, "{month}/{day}/{year}");
        let html = response.text().await.unwrap();
        let message = tr.t(key);
        assert!(
            html.contains(&askama_escape(&message)),
            "{key} for {month}/{day}/{year}"
        );
        assert!(
            html.contains(&format!("value=\"{year}\"")),
            "the year is kept"
        );
    }
    // Nothing was saved: the date question is still the next one.
    assert_eq!(
        location(&app.get("/questions/can-attend").await),
        "/questions/appointment-date"
    );
}

/// The HTML escaping Askama applies to text.
fn askama_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[actix_web::test]
async fn i_dont_know_the_date_is_accepted_and_asks_whether_it_has_passed() {
    let app = spawn_app().await;
    app.answer("case-type", "other-uscis").await;
    app.answer("notice", "yes").await;
    assert_eq!(
        app.answer("appointment-date", "not-sure").await,
        "/questions/appointment-passed"
    );
}

#[actix_web::test]
async fn a_question_off_the_path_redirects_to_the_next_question() {
    let app = spawn_app().await;
    assert_eq!(
        location(&app.get("/questions/moved").await),
        "/questions/case-type"
    );
    app.answer("case-type", "asylum-uscis").await;
    // The hearing is asked only in court cases.
    assert_eq!(
        location(&app.get("/questions/hearing").await),
        "/questions/notice"
    );
    let post = app
        .post_form("/questions/hearing", &[("answer", "later")])
        .await;
    assert_eq!(location(&post), "/questions/notice");
}

#[actix_web::test]
async fn the_question_page_shows_the_stored_answer_checked_and_a_back_link() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    let html = app.get("/questions/case-type").await.text().await.unwrap();
    assert!(html.contains("value=\"asylum-court\" checked"));
    let hearing = app.get("/questions/hearing").await.text().await.unwrap();
    assert!(hearing.contains("href=\"/questions/case-type\" class=\"back-link\""));
    assert!(hearing.contains("<h1>"), "the question is the heading");
    app.answer_all(&[
        ("hearing", "later"),
        ("notice", "yes"),
        ("appointment-date", "2026-12-09"),
        ("appointment-time", "9:30"),
    ])
    .await;
    let date = app
        .get("/questions/appointment-date")
        .await
        .text()
        .await
        .unwrap();
    for field in ["value=\"12\"", "value=\"9\"", "value=\"2026\""] {
        assert!(date.contains(field), "the stored date is shown: {field}");
    }
    assert!(!date.contains("value=\"not-sure\" checked"));
}

#[actix_web::test]
async fn unknown_pages_and_questions_get_a_friendly_404() {
    let app = spawn_app().await;
    let tr = Texts::of(DEFAULT_LANGUAGE);
    for path in ["/questions/banana", "/nothing-here", "/static/secret.txt"] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 404, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains(&tr.t("error-not-found-title"))
        );
    }
}

#[actix_web::test]
async fn a_form_body_over_the_limit_is_a_413_and_malformed_encoding_a_4xx() {
    let app = spawn_app().await;
    let huge = "a".repeat(20 * 1024);
    let response = app
        .post_form("/questions/case-type", &[("answer", &huge)])
        .await;
    assert_eq!(response.status(), 413);
    let response = app
        .client
        .post(app.url("/questions/case-type"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(vec![0xff, 0xfe, b'=', 0x00])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_client_error(), "{}", response.status());
}

#[actix_web::test]
async fn check_answers_has_a_change_link_per_answer_and_a_change_comes_back_unless_it_opens_questions()
 {
    let app = spawn_app().await;
    for (q, v) in [
        ("case-type", "asylum-uscis"),
        ("notice", "no"),
        ("receipt", "no"),
        ("waited", "under-2-months"),
        ("moved", "no"),
    ] {
        app.answer(q, v).await;
    }
    let html = app.get("/check-answers").await.text().await.unwrap();
    for q in ["case-type", "notice", "receipt", "waited", "moved"] {
        assert!(
            html.contains(&format!("href=\"/questions/{q}?change\"")),
            "change link for {q}"
        );
    }
    assert_eq!(
        app.answer("waited", "over-3-months").await,
        "/check-answers"
    );
    // A court case opens the hearing question.
    assert_eq!(
        app.answer("case-type", "asylum-court").await,
        "/questions/hearing"
    );
    assert_eq!(app.answer("hearing", "later").await, "/check-answers");
}

#[actix_web::test]
async fn the_result_before_the_last_answer_sends_the_person_to_the_next_question() {
    let app = spawn_app().await;
    assert_eq!(location(&app.get("/result").await), "/questions/case-type");
    app.answer("case-type", "asylum-uscis").await;
    assert_eq!(
        location(&app.get("/result/checklist").await),
        "/questions/notice"
    );
    assert_eq!(
        location(&app.get("/check-answers").await),
        "/questions/notice"
    );
}

#[actix_web::test]
async fn the_start_page_says_what_huella_does_and_links_to_the_first_question() {
    let app = spawn_app().await;
    let html = app.get("/").await.text().await.unwrap();
    let tr = Texts::of(DEFAULT_LANGUAGE);
    assert!(html.contains(&askama_escape(&tr.t("start-lead"))));
    assert!(html.contains("href=\"/questions/case-type\""));
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status(), 200);
    assert!(css.text().await.unwrap().contains("@media print"));
    assert_eq!(app.get("/health").await.status(), 200);
}

#[actix_web::test]
async fn a_decision_date_before_the_appointment_is_refused_on_the_form_with_the_rules_message() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "other-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
        ("letter", "denied"),
    ])
    .await;
    let tr = Texts::of(DEFAULT_LANGUAGE);
    for (month, day, key) in [
        ("10", "20", "date-error-decision-before-appointment"),
        ("12", "01", "date-error-decision-in-future"),
    ] {
        let response = app
            .post_form(
                "/questions/decision-date",
                &[("month", month), ("day", day), ("year", "2026")],
            )
            .await;
        assert_eq!(response.status(), 422, "{month}/{day}");
        let html = response.text().await.unwrap();
        assert!(html.contains(&tr.t(key)), "{key}");
    }
    let fine = app
        .post_form(
            "/questions/decision-date",
            &[("month", "11"), ("day", "10"), ("year", "2026")],
        )
        .await;
    assert_eq!(fine.status(), 303);
}

#[actix_web::test]
async fn a_new_appointment_after_a_miss_asks_its_date_shows_it_on_check_answers_and_plans_for_it() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
        ("letter", "new-appointment"),
        ("new-appointment-date", "2026-12-15"),
        ("can-attend", "yes"),
        ("photo-id", "yes"),
        ("moved", "no"),
    ])
    .await;
    let tr = Texts::of(DEFAULT_LANGUAGE);
    let check = app.get("/check-answers").await.text().await.unwrap();
    assert!(check.contains(&tr.t("q-new-appointment-date-summary")));
    assert!(check.contains("2026") && !check.contains("q-new-appointment-date-opt-"));
    let result = app.get("/result").await.text().await.unwrap();
    assert!(result.contains("data-step=\"attend-appointment\""));
}
