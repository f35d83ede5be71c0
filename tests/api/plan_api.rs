use serde_json::Value;

use crate::helpers::spawn_app;

#[actix_web::test]
async fn an_incomplete_answer_set_names_the_next_question() {
    let app = spawn_app().await;
    let response = app
        .post_plan(r#"{"answers": {"case-type": "asylum-uscis", "notice": "yes", "appointment-date": "2026-11-22"}, "today": "2026-11-22"}"#)
        .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["complete"], false);
    assert_eq!(body["next_question"], "appointment-passed");
    assert_eq!(body["steps"], Value::Array(vec![]));
}

#[actix_web::test]
async fn a_complete_plan_has_titles_bodies_sources_review_dates_and_the_bring_list() {
    let app = spawn_app().await;
    let response = app
        .post_plan(r#"{"answers": {"case-type": "asylum-uscis", "notice": "yes", "appointment-date": "2026-12-10",
            "can-attend": "yes", "photo-id": "yes", "moved": "no"}, "today": "2026-11-22", "lang": "xx"}"#)
        .await;
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["complete"], true);
    assert_eq!(body["next_question"], Value::Null);
    for step in body["steps"].as_array().unwrap() {
        assert!(!step["title"].as_str().unwrap().is_empty());
        assert!(!step["body"].as_str().unwrap().is_empty());
        assert!(!step["sources"].as_array().unwrap().is_empty());
        assert!(
            chrono::NaiveDate::parse_from_str(step["reviewed"].as_str().unwrap(), "%Y-%m-%d")
                .is_ok()
        );
    }
    let bring: Vec<&str> = body["bring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap())
        .collect();
    assert!(
        bring.contains(&"appointment-notice") && bring.contains(&"photo-id"),
        "{bring:?}"
    );
}

#[actix_web::test]
async fn bad_answers_are_422_naming_the_field() {
    let app = spawn_app().await;
    let cases = [
        (r#"{"answers": {"case-type": "banana"}}"#, "case-type"),
        (
            r#"{"answers": {"favourite-colour": "blue"}}"#,
            "favourite-colour",
        ),
        (
            r#"{"answers": {"case-type": "asylum-uscis", "reschedules": 0}}"#,
            "reschedules",
        ),
        (
            r#"{"answers": {"appointment-date": "2026-02-30"}}"#,
            "appointment-date",
        ),
        (
            r#"{"answers": {"appointment-date": "12/10/2026"}}"#,
            "appointment-date",
        ),
        (
            r#"{"answers": {"case-type": "asylum-uscis"}, "today": "yesterday"}"#,
            "today",
        ),
    ];
    for (body, field) in cases {
        let response = app.post_plan(body).await;
        assert_eq!(response.status(), 422, "{body}");
        let json: Value = response.json().await.unwrap();
        assert_eq!(json["field"], field, "{body}");
        assert!(!json["error"].as_str().unwrap().is_empty());
    }
}

#[actix_web::test]
async fn bodies_that_are_not_the_shape_are_400_and_never_500() {
    let app = spawn_app().await;
    for body in [
        "",
        "not json",
        "[]",
        "null",
        r#"{"answers": []}"#,
        r#"{"answers": "x"}"#,
        r#"{}"#,
        r#"{"answers": {}, "lang": 5}"#,
        "{\"answers\": {\"case-type\": \"asylum-uscis\"",
        "\u{0}\u{1}",
    ] {
        let response = app.post_plan(body).await;
        assert_eq!(response.status(), 400, "{body:?}");
        let json: Value = response.json().await.unwrap();
        assert!(json["error"].is_string());
    }
}

#[actix_web::test]
async fn a_body_over_16_kib_is_413() {
    let app = spawn_app().await;
    let body = format!(
        r#"{{"answers": {{"case-type": "{}"}}}}"#,
        "a".repeat(17 * 1024)
    );
    let response = app.post_plan(&body).await;
    assert_eq!(response.status(), 413);
}

#[actix_web::test]
async fn the_api_stores_nothing() {
    let app = spawn_app().await;
    let response = app
        .post_plan(
            r#"{"answers": {"case-type": "asylum-uscis", "notice": "yes", "appointment-date": "2026-12-10",
            "can-attend": "yes", "photo-id": "yes", "moved": "no"}}"#,
        )
        .await;
    assert_eq!(response.status(), 200);
    assert!(response.headers().get("set-cookie").is_none());
    assert_eq!(app.stored_rows().await, 0, "no session, no answers");
}

#[actix_web::test]
async fn a_date_a_letter_or_decision_cannot_have_is_422_with_a_clear_message() {
    let app = spawn_app().await;
    // After a miss on November 1: the letter, then the date given on it.
    let body = |letter: &str, field: &str, date: &str| {
        format!(
            r#"{{"answers": {{"case-type": "other-uscis", "notice": "yes", "appointment-date": "2026-11-01",
            "attended": "no", "letter": "{letter}", "{field}": "{date}", "moved": "no"}}, "today": "2026-11-22"}}"#
        )
    };
    for (letter, field, date, key) in [
        // A decision cannot come later than today or before the appointment.
        (
            "denied",
            "decision-date",
            "2026-12-01",
            "date-error-decision-in-future",
        ),
        (
            "denied",
            "decision-date",
            "2026-10-20",
            "date-error-decision-before-appointment",
        ),
        // A letter that came after the miss cannot be due before it.
        (
            "noid",
            "letter-deadline",
            "2026-10-01",
            "date-error-deadline-before-appointment",
        ),
    ] {
        let response = app.post_plan(&body(letter, field, date)).await;
        assert_eq!(response.status(), 422, "{field} {date}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["field"], field);
        assert_eq!(answer["error"], crate::helpers::english(key));
    }
    for (letter, field, date) in [
        ("denied", "decision-date", "2026-11-10"),
        ("noid", "letter-deadline", "2026-12-01"),
    ] {
        let response = app.post_plan(&body(letter, field, date)).await;
        assert_eq!(response.status(), 200, "{field} {date}");
    }
}

#[actix_web::test]
async fn now_with_the_appointment_time_settles_whether_it_has_passed_and_a_bad_now_is_422() {
    let app = spawn_app().await;
    let body = |now: &str| {
        format!(
            r#"{{"answers": {{"case-type": "asylum-uscis", "notice": "yes", "appointment-date": "2026-11-22",
            "appointment-time": "09:00"}}, {now}}}"#
        )
    };
    let next = |response: reqwest::Response| async move {
        let answer: Value = response.json().await.unwrap();
        answer["next_question"].as_str().map(str::to_owned)
    };
    // Only the date: the person is asked, as before.
    let only_today = app.post_plan(&body(r#""today": "2026-11-22""#)).await;
    assert_eq!(
        next(only_today).await.as_deref(),
        Some("appointment-passed")
    );
    let after = app.post_plan(&body(r#""now": "2026-11-22T10:15""#)).await;
    assert_eq!(next(after).await.as_deref(), Some("attended"));
    let before = app
        .post_plan(&body(r#""now": "2026-11-22T07:00", "today": "2026-11-22""#))
        .await;
    assert_eq!(next(before).await.as_deref(), Some("can-attend"));
    for bad in [
        r#""now": "10:15""#,
        r#""now": "2026-11-23T10:15", "today": "2026-11-22""#,
    ] {
        let response = app.post_plan(&body(bad)).await;
        assert_eq!(response.status(), 422, "{bad}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["field"], "now");
    }
}
