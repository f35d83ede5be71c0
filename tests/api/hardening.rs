//! What an attack run found, each closed: stalled bodies, posts from other
//! sites, HEAD, caching, and the plan API's strict reading.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::helpers::{RESCHEDULE, TestApp, spawn_app, spawn_app_with};

/// A POST whose headers promise a body that never comes, left open.
fn stalled_post(app: &TestApp, path: &str) -> TcpStream {
    let port = app.address.rsplit(':').next().unwrap();
    let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nanswer="
    )
    .unwrap();
    stream
}

/// The status the server answers on `stream`, read off the test's runtime
/// (which the server's own tasks share).
async fn status_of(mut stream: TcpStream) -> String {
    actix_web::rt::task::spawn_blocking(move || {
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        let mut head = [0u8; 12];
        stream.read_exact(&mut head).unwrap();
        String::from_utf8_lossy(&head[9..12]).into_owned()
    })
    .await
    .unwrap()
}

#[actix_web::test]
async fn a_body_that_stalls_gets_a_408_and_does_not_hold_the_server() {
    let app = spawn_app().await;
    let started = Instant::now();
    let stream = stalled_post(&app, "/questions/case-type");
    assert_eq!(status_of(stream).await, "408");
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(9) && waited < Duration::from_secs(15),
        "{waited:?}"
    );
}

#[actix_web::test]
async fn one_client_cannot_hold_more_than_a_few_requests_open_and_health_still_answers() {
    let app = spawn_app_with(|s| s.rate_limit = 600).await;
    let mut held: Vec<TcpStream> = (0..16)
        .map(|_| stalled_post(&app, "/questions/case-type"))
        .collect();
    // Let the server read their headers.
    actix_web::rt::time::sleep(Duration::from_millis(300)).await;
    let one_more = stalled_post(&app, "/questions/case-type");
    let started = Instant::now();
    assert_eq!(
        status_of(one_more).await,
        "429",
        "the 17th open request is refused at once"
    );
    assert!(started.elapsed() < Duration::from_secs(2));

    let started = Instant::now();
    assert_eq!(app.get("/health").await.status(), 200);
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "health answers while they stall"
    );
    held.clear();
}

/// What the server writes back to a request that declares a body of
/// `declared` bytes and (with `expect`) asks `Expect: 100-continue`, waiting
/// for leave to send `body`; read until the server stops writing.
async fn answer_to(app: &TestApp, path: &str, expect: bool, declared: usize, body: &str) -> String {
    let expect = if expect {
        "Expect: 100-continue\r\n"
    } else {
        ""
    };
    let port = app.address.rsplit(':').next().unwrap().to_owned();
    let (path, body) = (path.to_owned(), body.to_owned());
    actix_web::rt::task::spawn_blocking(move || {
        let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\n\
             Content-Type: application/json\r\nContent-Length: {declared}\r\n\
             {expect}Connection: close\r\n\r\n"
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(2)))
            .unwrap();
        let mut answer = vec![0u8; 512];
        let n = stream.read(&mut answer).unwrap();
        if answer[..n].starts_with(b"HTTP/1.1 100 Continue\r\n\r\n") {
            stream.write_all(body.as_bytes()).unwrap();
        }
        let mut rest = Vec::new();
        // The server closes after its answer (the request said so).
        let _ = stream.read_to_end(&mut rest);
        answer.truncate(n);
        answer.extend(rest);
        String::from_utf8_lossy(&answer).into_owned()
    })
    .await
    .unwrap()
}

#[actix_web::test]
async fn a_body_declared_too_large_is_refused_before_it_is_sent() {
    let app = spawn_app().await;
    let too_large = 10 * 1024 * 1024;
    let page = answer_to(&app, "/questions/case-type", true, too_large, "").await;
    assert!(page.starts_with("HTTP/1.1 413 "), "{page}");
    assert!(!page.contains("100 Continue"), "{page}");
    assert!(
        page.contains("Se envió demasiado"),
        "in the person's language: {page}"
    );
    let api = answer_to(&app, "/api/v1/plan", true, too_large, "").await;
    assert!(api.starts_with("HTTP/1.1 413 "), "{api}");
    assert!(api.contains("The request body is too large"), "{api}");
    assert!(
        api.to_lowercase().contains("cache-control: no-store"),
        "{api}"
    );

    // A body within the limit is asked for, and read as any other.
    let plan = r#"{"answers":{"case-type":"asylum-court","notice":"no"}}"#;
    let api = answer_to(&app, "/api/v1/plan", true, plan.len(), plan).await;
    assert!(
        api.starts_with("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 "),
        "{api}"
    );

    // Without Expect, the declared length is refused before any of the body
    // comes (none is sent here): at once, not after a 10 s wait.
    let started = Instant::now();
    let page = answer_to(&app, "/questions/case-type", false, too_large, "").await;
    assert!(page.starts_with("HTTP/1.1 413 "), "{page}");
    assert!(
        page.contains("<html lang=\"es\""),
        "the page, in Spanish: {page}"
    );
    let api = answer_to(&app, "/api/v1/plan", false, too_large, "").await;
    assert!(api.starts_with("HTTP/1.1 413 "), "{api}");
    assert!(api.contains("The request body is too large"), "{api}");
    // Well before the 10 s a body gets (the time includes the server
    // closing each connection after its answer).
    assert!(started.elapsed() < Duration::from_secs(8));
}

#[actix_web::test]
async fn every_page_answers_head_with_its_headers_and_no_body() {
    let app = spawn_app().await;
    // With answers, so the result pages are there to be asked for.
    app.answer_all(RESCHEDULE).await;
    for path in [
        "/",
        "/check-answers",
        "/result",
        "/result/checklist",
        "/result/call-sheet",
        "/result/calendar.ics",
        "/result/qr.svg",
        "/resume",
        "/start-again",
        "/delete-answers",
        "/answers-deleted",
        "/privacy",
        "/language?lang=es&next=/privacy",
        "/health",
        "/metrics",
        "/questions/case-type",
        "/static/style.css",
        "/no-such-page",
    ] {
        let get = app.get(path).await;
        let head = app.client.head(app.url(path)).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers().get("content-type"),
            get.headers().get("content-type"),
            "{path}"
        );
        assert!(head.bytes().await.unwrap().is_empty(), "{path}");
    }
}

#[actix_web::test]
async fn the_api_health_and_redirects_are_never_stored_by_a_cache() {
    let app = spawn_app().await;
    let api = app.post_plan(r#"{"answers": {}}"#).await;
    let health = app.get("/health").await;
    let redirect = app.get("/result").await;
    assert_eq!(redirect.status(), 303);
    for response in [api, health, redirect] {
        let cache = response.headers().get("cache-control").unwrap();
        assert_eq!(cache, "no-store", "{}", response.url());
    }
    // The stylesheet may still be kept.
    let css = app.get("/static/style.css").await;
    assert_ne!(css.headers().get("cache-control").unwrap(), "no-store");
}

#[actix_web::test]
async fn deleting_or_starting_again_also_clears_what_the_browser_kept() {
    let app = spawn_app().await;
    for path in ["/delete-answers", "/start-again"] {
        app.answer_all(RESCHEDULE).await;
        let response = app.post_form(path, &[]).await;
        assert_eq!(response.status(), 303, "{path}");
        let clear = response.headers().get("clear-site-data").unwrap();
        assert_eq!(clear, "\"cache\", \"storage\"", "{path}");
    }
}

#[actix_web::test]
async fn a_form_post_another_site_made_the_browser_send_is_refused() {
    let app = spawn_app().await;
    let token = app.token().await;
    for (header, value) in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Sec-Fetch-Site", "same-site"),
        ("Origin", "https://evil.example"),
    ] {
        let response = app
            .client
            .post(app.url("/questions/case-type"))
            .header(header, value)
            .form(&[("answer", "asylum-court"), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{header}: {value}");
    }
    assert_eq!(
        app.get("/questions/hearing").await.status(),
        303,
        "nothing was saved"
    );
    // The same post from the site's own page goes through.
    let response = app
        .client
        .post(app.url("/questions/case-type"))
        .header("Sec-Fetch-Site", "same-origin")
        .header("Origin", app.address.clone())
        .form(&[("answer", "asylum-court"), ("csrf_token", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(app.get("/questions/hearing").await.status(), 200);
}

#[actix_web::test]
async fn the_api_refuses_a_key_named_twice_a_body_that_is_not_json_and_a_far_off_today() {
    let app = spawn_app().await;
    let twice = app
        .post_plan(r#"{"answers": {"moved": "no", "moved": "yes"}}"#)
        .await;
    assert_eq!(twice.status(), 400);
    let body: serde_json::Value = twice.json().await.unwrap();
    assert_eq!(body["field"], "moved");

    let text = app
        .client
        .post(app.url("/api/v1/plan"))
        .header("Content-Type", "text/plain")
        .body(r#"{"answers": {}}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(text.status(), 415);

    for today in ["1900-01-01", "2999-12-31"] {
        let far = app
            .post_plan(&format!(r#"{{"answers": {{}}, "today": "{today}"}}"#))
            .await;
        assert_eq!(far.status(), 422, "{today}");
    }
    let near = app
        .post_plan(r#"{"answers": {}, "today": "2027-03-01"}"#)
        .await;
    assert_eq!(near.status(), 200);
}

#[actix_web::test]
async fn resume_codes_stay_limited_when_the_general_limit_is_off() {
    // The tests' default settings turn the general limit off.
    let app = spawn_app().await;
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..12 {
        let response = app.post_form("/resume", &[("code", "7KQM-4TXP")]).await;
        statuses.push(response.status().as_u16());
        retry_after = response.headers().get("retry-after").cloned();
    }
    assert!(statuses[..10].iter().all(|&s| s != 429), "{statuses:?}");
    assert_eq!(statuses[11], 429, "{statuses:?}");
    let seconds: u64 = retry_after.unwrap().to_str().unwrap().parse().unwrap();
    assert!(
        (1..=60).contains(&seconds),
        "told when to try again: {seconds}"
    );
}

#[actix_web::test]
async fn once_all_clients_together_have_tried_120_codes_every_client_waits() {
    let app = spawn_app_with(|s| s.trust_proxy = true).await;
    let token = app.token().await;
    let try_code = |client: String| {
        let (app, token) = (&app, &token);
        async move {
            app.client
                .post(app.url("/resume"))
                .header("X-Forwarded-For", client)
                .form(&[("code", "7KQM-4TXP-AHJ3-WCRY"), ("csrf_token", token)])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    // Ten tries from each address, within its own limit, until refused.
    let started = std::time::Instant::now();
    let mut statuses = Vec::new();
    while statuses.last() != Some(&429) && started.elapsed() < Duration::from_secs(120) {
        let client = statuses.len() / 10;
        statuses.push(try_code(format!("198.51.{}.{}", client / 200, client % 200)).await);
    }
    let tried = statuses.iter().filter(|&&s| s == 422).count();
    // 120 at once, then one more each half second.
    let refilled = (started.elapsed().as_millis() / 500) as usize;
    assert_eq!(statuses.last(), Some(&429), "refused at last");
    assert!((120..=121 + refilled).contains(&tried), "{tried} tries");
    let mut newcomers = Vec::new();
    for i in 0..5 {
        newcomers.push(try_code(format!("203.0.113.{i}")).await);
    }
    assert!(
        newcomers.iter().filter(|&&s| s == 429).count() >= 4,
        "clients that tried nothing wait too: {newcomers:?}"
    );
}

#[actix_web::test]
async fn one_client_starts_a_few_sessions_a_minute_and_the_people_it_has_go_on() {
    let app = spawn_app_with(|s| s.rate_limit = 600).await;
    let people: Vec<_> = (0..30).map(|_| app.new_person()).collect();
    for person in &people {
        assert_eq!(
            person.answer("case-type", "asylum-court").await,
            "/questions/hearing"
        );
    }
    let one_more = app.new_person();
    let refused = one_more
        .post_form("/questions/case-type", &[("answer", "asylum-court")])
        .await;
    assert_eq!(refused.status(), 429);
    assert!(refused.headers().contains_key("retry-after"));
    assert_eq!(app.stored_rows().await, 30, "no row for the refused one");
    assert_eq!(
        people[0].answer("hearing", "later").await,
        "/questions/notice"
    );
}
