use crate::database::TestDatabase;
use crate::server::{Server, answer, browser, form_token};

#[tokio::test]
async fn the_logs_of_a_journey_hold_no_answer_session_id_address_or_name() {
    let logged = journey_log("text").await;
    assert!(
        logged.lines().all(|l| l.starts_with("huella: ")),
        "{logged}"
    );
}

#[tokio::test]
async fn json_logs_are_one_object_a_line_with_the_same_fields_and_nothing_private() {
    let logged = journey_log("json").await;
    for line in logged.lines() {
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{line:?} is not a JSON object: {e}"));
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        assert!(
            keys == ["method", "ms", "route", "status"] || keys == ["level", "message"],
            "{line}"
        );
    }
    assert!(
        logged.contains(r#""route":"/questions/{id}","status":303"#),
        "{logged}"
    );
}

/// The log of a journey with names and A-Numbers typed in, checked for
/// anything private, without the start-up line (it names the listen address).
async fn journey_log(format: &str) -> String {
    let db = TestDatabase::new().await;
    let log = db.dir.path().join("server.log");
    let server = Server::start(
        &db.url,
        Some(&log),
        &[("HUELLA_ACCESS_LOG", "1"), ("HUELLA_LOG_FORMAT", format)],
    )
    .await;
    let client = browser();
    let journey: &[&[(&str, &str)]] = &[
        &[
            ("case-type", ""),
            ("answer", "asylum-uscis"),
            ("name", "Maria Guadalupe Lopez"),
        ],
        &[
            ("notice", ""),
            ("answer", "yes"),
            ("a-number", "A123456789"),
        ],
        &[
            ("appointment-date", ""),
            ("month", "12"),
            ("day", "10"),
            ("year", "2026"),
        ],
        &[("appointment-time", ""), ("time", "9:30")],
        &[("can-attend", ""), ("answer", "not-sure")],
        &[("within-12-hours", ""), ("answer", "no")],
        &[("reschedules", ""), ("answer", "2-or-more")],
        &[("moved", ""), ("answer", "yes")],
    ];
    let mut session_secret = String::new();
    for fields in journey {
        let response = answer(&client, &server, fields).await.unwrap();
        assert_eq!(response.status(), 303, "{fields:?}");
        if let Some(cookie) = response.headers().get("set-cookie") {
            let cookie = cookie.to_str().unwrap();
            let value = cookie.split(';').next().unwrap().split('=').nth(1).unwrap();
            session_secret = value.to_owned();
        }
    }
    assert_eq!(
        session_secret.len(),
        64,
        "the first answer set the session cookie"
    );
    for path in [
        "/result",
        "/result/checklist",
        "/Maria-Lopez-A123456789",
        "/privacy?name=Maria",
    ] {
        client.get(server.url(path)).send().await.unwrap();
    }
    // A refused form, an error and an API call with a name in them.
    client
        .post(server.url("/questions/moved"))
        .form(&[("answer", "Maria Guadalupe Lopez A123456789")])
        .send()
        .await
        .unwrap();
    client
        .post(server.url("/api/v1/plan"))
        .header("Content-Type", "application/json")
        .body(r#"{"answers": {"case-type": "Maria Guadalupe Lopez A123456789"}}"#)
        .send()
        .await
        .unwrap();
    let token = form_token(&client, &server).await.unwrap();
    server.signal("-TERM");
    let mut server = server;
    server.exit_within(std::time::Duration::from_secs(10)).await;

    // The start-up line names the server's own listen address; every other
    // line is about a request.
    let logged: String = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("serving on http://"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(
        logged
            .lines()
            .filter(|l| l.contains("/questions/{id}"))
            .count()
            >= 14,
        "the access log is on and names routes: {logged}"
    );
    for secret in [
        session_secret.as_str(),
        token.as_str(),
        "Maria",
        "Lopez",
        "A123456789",
        "127.0.0.1",
        "asylum-uscis",
        "2-or-more",
        "not-sure",
        "2026-12-10",
        "09:30",
        "case-type",
    ] {
        assert!(
            !logged.contains(secret),
            "the log holds {secret:?}:\n{logged}"
        );
    }
    logged
}
