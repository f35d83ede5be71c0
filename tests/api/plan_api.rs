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
