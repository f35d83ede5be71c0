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
