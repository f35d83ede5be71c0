//! The page cache holds pages by language, route and answers only: nothing
//! a request can vary freely makes a new entry or pushes others out.

use std::collections::HashSet;

use futures_util::future::join_all;

use crate::helpers::{RESCHEDULE, spawn_app, spawn_app_with};

#[actix_web::test]
async fn ten_thousand_query_strings_and_host_headers_leave_the_cache_unchanged() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let paths = ["/questions/moved", "/result", "/result/checklist"];
    for path in paths {
        assert_eq!(app.get(path).await.status(), 200, "{path}");
    }
    let before: HashSet<_> = app.state.pages.keys().into_iter().collect();
    // The questions answered on the way are there too.
    assert!(before.len() >= paths.len(), "a page for each route");

    for batch in 0..100 {
        let requests = (0..100).map(|i| {
            let n = batch * 100 + i;
            let path = paths[n % paths.len()];
            app.client
                .get(app.url(&format!("{path}?x={n}&lang=es&next=/{n}")))
                .header("Host", format!("h{n}.example"))
                .header("X-Forwarded-Host", format!("evil{n}.example"))
                .send()
        });
        for response in join_all(requests).await {
            assert_eq!(response.unwrap().status(), 200);
        }
    }

    let after: HashSet<_> = app.state.pages.keys().into_iter().collect();
    assert_eq!(after, before, "the same pages, no more, none pushed out");
}

#[actix_web::test]
async fn the_resume_line_names_the_configured_address_never_the_requests_host() {
    let app = spawn_app_with(|s| s.public_url = "https://huella.example.org".to_owned()).await;
    app.answer_all(RESCHEDULE).await;
    for path in ["/result", "/result/checklist"] {
        let page = app
            .client
            .get(app.url(path))
            .header("Host", "evil.example")
            .header("X-Forwarded-Host", "evil.example")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains("https://huella.example.org/resume"), "{path}");
        assert!(!page.contains("evil.example"), "{path}");
    }
}

/// The plan API keeps one answer for a plan whatever the time of day when
/// the rules cannot see the time (the appointment weeks ahead), and a new
/// one for each reading when they can (the appointment tomorrow, near the
/// 12-hour line).
#[actix_web::test]
async fn plan_answers_are_kept_by_what_the_plan_follows_from() {
    let app = spawn_app().await;
    let body = |date: &str, now: &str| {
        let answers: Vec<String> = RESCHEDULE
            .iter()
            .map(|&(q, v)| match q {
                "appointment-date" => format!(r#""{q}": "{date}""#),
                "appointment-time" => format!(r#""{q}": "09:30""#),
                _ => format!(r#""{q}": "{v}""#),
            })
            .collect();
        format!(
            r#"{{"answers": {{{}}}, "now": "{now}"}}"#,
            answers.join(", ")
        )
    };
    let kept_after = |bodies: Vec<String>| {
        let app = &app;
        async move {
            for body in bodies {
                let response = app.post_plan(&body).await;
                assert_eq!(
                    response.status(),
                    200,
                    "{body}: {}",
                    response.text().await.unwrap()
                );
            }
            app.state.pages.len()
        }
    };
    let weeks_ahead = ["2026-11-22T08:00", "2026-11-22T13:45", "2026-11-22T23:59"]
        .map(|now| body("2026-12-20", now))
        .to_vec();
    assert_eq!(kept_after(weeks_ahead).await, 1, "one plan all day");
    let tomorrow = ["2026-11-22T08:00", "2026-11-22T22:00"]
        .map(|now| body("2026-11-23", now))
        .to_vec();
    assert_eq!(
        kept_after(tomorrow).await,
        3,
        "the time counts the day before"
    );
    let seconds_apart = ["2026-11-22T22:00:05", "2026-11-22T22:00:50"]
        .map(|now| body("2026-11-23", now))
        .to_vec();
    assert_eq!(kept_after(seconds_apart).await, 3, "whole minutes only");
}
