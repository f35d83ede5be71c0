//! Beyond the plan: letter deadlines on the page, the calendar file, the
//! call sheet and the resume code.

use crate::helpers::{
    ATTEND, DENIED, RESCHEDULE, TestApp, english, form_token, location, shown_resume_code,
    spawn_app, spawn_app_with, with_answer,
};

/// Checks a calendar file against the rules of RFC 5545 that calendar apps
/// trip on, and returns its unfolded content lines.
fn check_rfc_5545(raw: &str) -> Vec<String> {
    assert!(raw.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = raw.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    for line in &physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Unfold: a line starting with a space continues the one before.
    let mut lines: Vec<String> = Vec::new();
    for line in physical {
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("no first-line fold").push_str(rest),
            None => lines.push(line.to_owned()),
        }
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_owned()));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    let mut stack = Vec::new();
    let mut uids = Vec::new();
    let mut event_props: Vec<String> = Vec::new();
    for line in &lines {
        let (name, value) = line.split_once(':').expect("NAME:value");
        if let Some(kind) = line.strip_prefix("BEGIN:") {
            stack.push(kind.to_owned());
            if kind == "VEVENT" {
                event_props.clear();
            }
        } else if let Some(kind) = line.strip_prefix("END:") {
            assert_eq!(stack.pop().as_deref(), Some(kind), "balanced BEGIN/END");
            if kind == "VEVENT" {
                for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
                    assert!(
                        event_props.iter().any(|p| p == required),
                        "VEVENT lacks {required}"
                    );
                }
            }
        } else if stack.last().map(String::as_str) == Some("VEVENT") {
            event_props.push(name.split(';').next().unwrap().to_owned());
        }
        match name {
            "UID" => uids.push(value.to_owned()),
            "DTSTAMP" => assert!(
                value.len() == 16 && value.ends_with('Z') && value.as_bytes()[8] == b'T',
                "DTSTAMP in UTC: {value}"
            ),
            "SUMMARY" | "DESCRIPTION" => {
                // Every , ; and \\ in TEXT is escaped.
                let mut chars = value.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => assert!(
                            matches!(chars.next(), Some('\\' | ';' | ',' | 'n' | 'N')),
                            "bad escape in {value:?}"
                        ),
                        ',' | ';' => panic!("unescaped {c} in {value:?}"),
                        _ => {}
                    }
                }
            }
            "TRIGGER" => assert!(
                value.trim_start_matches('-').starts_with("PT") && value.ends_with('M'),
                "TRIGGER duration: {value}"
            ),
            _ => {}
        }
    }
    assert!(stack.is_empty());
    let mut unique = uids.clone();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs are unique");
    lines
}

/// The person's calendar file: the name it is saved under, and its
/// content lines checked against RFC 5545.
async fn calendar_file(app: &TestApp) -> (String, Vec<String>) {
    let response = app.get("/result/calendar.ics").await;
    assert_eq!(response.status(), 200);
    let disposition = response.headers()["content-disposition"].to_str().unwrap();
    let name = (disposition.strip_prefix("attachment; filename=\""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("an attachment: {disposition}"))
        .to_owned();
    (name, check_rfc_5545(&response.text().await.unwrap()))
}

#[actix_web::test]
async fn someone_who_cannot_go_gets_the_reschedule_deadline_and_no_appointment_to_attend() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let result = app.get("/result").await.text().await.unwrap();
    assert!(result.contains(r#"href="/result/calendar.ics""#));

    let response = app.get("/result/calendar.ics").await;
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    // Named by its first date: the last day to reschedule.
    let (name, lines) = calendar_file(&app).await;
    assert_eq!(name, "huella-2026-12-09.ics");
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
    assert!(
        !lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Fingerprint appointment")),
        "no appointment to attend: {lines:?}"
    );
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261209".to_owned()));
    assert!(lines.contains(&"SUMMARY:Reschedule before December 10\\, 2026\\, 9:30 AM".to_owned()));
    // Online, the tool closes 12 hours before the appointment: that moment.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:")
                && l.contains("before December 9\\, 2026\\, 9:30 PM")),
        "{lines:?}"
    );
}

#[actix_web::test]
async fn an_appointment_to_attend_at_the_time_given_is_timed_and_says_no_more_that_the_time_is_on_the_notice()
 {
    let app = spawn_app().await;
    app.answer_all(ATTEND).await;
    let (name, lines) = calendar_file(&app).await;
    assert_eq!(name, "huella-2026-12-10.ics");
    // The time given, as written (floating: no time zone), an hour long.
    assert!(lines.contains(&"DTSTART:20261210T093000".to_owned()));
    assert!(lines.contains(&"DTEND:20261210T103000".to_owned()));
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:The"))
        .unwrap();
    assert!(
        description.contains("The address is on your notice"),
        "{description}"
    );
    assert!(!description.contains("time"), "{description}");
    // Reminders a day and two hours before.
    assert!(lines.contains(&"TRIGGER:-PT1440M".to_owned()));
    assert!(lines.contains(&"TRIGGER:-PT120M".to_owned()));

    // Without the time: all day, the morning before and early on the day,
    // and the notice has the time.
    let app = spawn_app().await;
    app.answer_all(&with_answer(ATTEND, "appointment-time", "not-sure"))
        .await;
    let ics = app.get("/result/calendar.ics").await.text().await.unwrap();
    let lines = check_rfc_5545(&ics);
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261210".to_owned()));
    assert!(lines.contains(&"TRIGGER:-PT900M".to_owned()));
    assert!(lines.contains(&"TRIGGER:PT360M".to_owned()));
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("DESCRIPTION:The time and address are on your notice"))
    );
}

#[actix_web::test]
async fn a_motion_deadline_counted_from_the_decision_says_how_it_was_counted() {
    let app = spawn_app().await;
    app.answer_all(DENIED).await;
    let (name, lines) = calendar_file(&app).await;
    assert_eq!(name, "huella-2026-12-18.ics");
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261218".to_owned()));
    let description = lines
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:Huella"))
        .unwrap();
    assert!(
        description.contains("33 days from the date of the decision\\, November 15\\, 2026"),
        "{description}"
    );
    assert!(!lines.iter().any(|l| l.contains("the date you typed")));
    let checklist = app.get("/result/checklist").await.text().await.unwrap();
    assert!(checklist.contains("File the motion by Friday, December 18, 2026"));
    assert!(checklist.contains("33 days from the date of the decision, November 15, 2026"));
}

#[actix_web::test]
async fn a_plan_without_dates_to_come_offers_no_calendar() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "other-uscis"),
        ("notice", "no"),
        ("receipt", "yes"),
        ("waited", "under-2-months"),
        ("moved", "no"),
    ])
    .await;
    let result = app.get("/result").await.text().await.unwrap();
    assert!(!result.contains("calendar.ics"));
    assert_eq!(app.get("/result/calendar.ics").await.status(), 404);
}

#[actix_web::test]
async fn an_rfe_deadline_is_asked_shown_with_the_days_left_and_put_on_the_checklist_and_calendar() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "other-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
    ])
    .await;
    assert_eq!(
        app.answer("letter", "rfe").await,
        "/questions/letter-deadline",
        "the form asks for the deadline"
    );
    app.answer_all(&[("letter-deadline", "2026-12-01"), ("moved", "no")])
        .await;
    let result = app.get("/result").await.text().await.unwrap();
    assert!(result.contains("Your deadline is December 1, 2026. That is 9 days from today."));
    let checklist = app.get("/result/checklist").await.text().await.unwrap();
    assert!(checklist.contains("Answer the letter by Tuesday, December 1, 2026"));
    let ics = app.get("/result/calendar.ics").await.text().await.unwrap();
    let lines = check_rfc_5545(&ics);
    assert!(lines.contains(&"DTSTART;VALUE=DATE:20261201".to_owned()));
    // Reminders a week and a day before, at 9 in the morning.
    assert!(lines.contains(&"TRIGGER:-PT9540M".to_owned()));
    assert!(lines.contains(&"TRIGGER:-PT900M".to_owned()));
    let check = app.get("/check-answers").await.text().await.unwrap();
    assert!(check.contains(&english("q-letter-deadline-summary")));
}

#[actix_web::test]
async fn a_passed_motion_deadline_says_plainly_what_that_means() {
    let app = spawn_app().await;
    app.answer_all(&with_answer(DENIED, "decision-date", "2026-10-01"))
        .await;
    let result = app.get("/result").await.text().await.unwrap();
    assert!(result.contains("Your last day was November 3, 2026. That was 19 days ago."));
    assert!(result.contains("only if you show the delay was reasonable"));
}

#[actix_web::test]
async fn the_api_takes_the_new_questions_and_returns_the_deadline() {
    let app = spawn_app().await;
    let json: serde_json::Value = app
        .post_plan(
            r#"{"answers": {"case-type": "other-uscis", "notice": "yes",
            "appointment-date": "2026-11-01", "attended": "no", "letter": "noid", "moved": "no"},
            "today": "2026-11-22"}"#,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["complete"], true, "the deadline is optional");
    assert!(json["deadline"].is_null());
    let json: serde_json::Value = app
        .post_plan(
            r#"{"answers": {"case-type": "other-uscis", "notice": "yes",
            "appointment-date": "2026-11-01", "attended": "no", "letter": "noid",
            "letter-deadline": "2026-11-30", "moved": "no"}, "today": "2026-11-22"}"#,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        json["deadline"],
        serde_json::json!({"step": "respond-to-letter", "date": "2026-11-30", "days_left": 8})
    );
    let bad = app
        .post_plan(r#"{"answers": {"decision-mailed": "by-pigeon"}}"#)
        .await;
    assert_eq!(bad.status(), 422);
}

#[actix_web::test]
async fn the_call_sheet_follows_the_plan() {
    let app = spawn_app().await;
    app.answer_all(&with_answer(RESCHEDULE, "online-account", "no"))
        .await;
    let result = app.get("/result").await.text().await.unwrap();
    assert!(result.contains(r#"href="/result/call-sheet""#));
    let sheet = app.get("/result/call-sheet").await;
    assert_eq!(sheet.status(), 200);
    let html = sheet.text().await.unwrap();
    for text in [
        "1-800-375-5283",
        "1-800-767-1833",
        &english("call-sheet-say-heading"),
        &english("call-sheet-ready-heading"),
        &english("source-uscis-contact-center"),
        &english("call-sheet-notes-date"),
        &english("call-sheet-reason-heading"),
    ] {
        assert!(html.contains(text), "the call sheet has {text}");
    }

    let online = spawn_app().await;
    online.answer_all(RESCHEDULE).await;
    let result = online.get("/result").await.text().await.unwrap();
    assert!(!result.contains("call-sheet"), "no call, no call sheet");
    assert_eq!(online.get("/result/call-sheet").await.status(), 404);
}

/// The resume code shown on the result page.
async fn resume_code(app: &TestApp) -> String {
    let html = app.get("/result").await.text().await.unwrap();
    shown_resume_code(&html).to_owned()
}

#[actix_web::test]
async fn a_resume_code_reopens_the_same_answers_on_another_device() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let code = resume_code(&app).await;
    assert_eq!(code.len(), 19, "16 characters in four groups of 4: {code}");
    assert_eq!(code, resume_code(&app).await, "the same code each time");
    let checklist = app.get("/result/checklist").await.text().await.unwrap();
    assert!(checklist.contains(&code));

    let other_device = app.new_person();
    // Typed loosely: lower case, spaces, no dash.
    let typed = code.to_lowercase().replace('-', " ");
    let response = other_device.post_form("/resume", &[("code", &typed)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/result");
    let html = other_device.page("/result").await;
    assert!(html.contains("data-step=\"reschedule-online\""));

    // "Delete my answers" deletes the code with them.
    let page = app.get("/result").await.text().await.unwrap();
    let token = form_token(&page).unwrap();
    app.post_form_raw("/delete-answers", &[("csrf_token", &token)])
        .await;
    let response = app
        .new_person()
        .post_form("/resume", &[("code", &code)])
        .await;
    assert_eq!(response.status(), 422);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains(&english("resume-error-unknown"))
    );
}

#[actix_web::test]
async fn wrong_codes_get_clear_messages_and_guessing_is_rate_limited() {
    let app = spawn_app_with(|s| s.rate_limit = 1000).await;
    let device = app.new_person();
    for (typed, key) in [
        ("", "resume-error-empty"),
        ("ABC", "resume-error-shape"),
        ("OOOO-IIII-LLLL-OOOO", "resume-error-shape"),
        ("7KQM-4TXP", "resume-error-shape"),
        ("7KQM-4TXP-AHJ3-WCRY", "resume-error-unknown"),
    ] {
        let response = device.post_form("/resume", &[("code", typed)]).await;
        assert_eq!(response.status(), 422, "{typed:?}");
        let html = response.text().await.unwrap();
        assert!(html.contains(&english(key)), "{typed:?}");
        assert!(
            html.contains(r##"href="#resume-code""##),
            "the summary links to the field"
        );
    }
    let mut statuses = Vec::new();
    for _ in 0..10 {
        let response = device
            .post_form("/resume", &[("code", "7KQM-4TXP-AHJ3-WCRY")])
            .await;
        statuses.push(response.status().as_u16());
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(!statuses.contains(&303));
}

#[actix_web::test]
async fn resume_guesses_are_limited_even_with_the_general_limit_off() {
    let app = spawn_app().await;
    let device = app.new_person();
    let started = std::time::Instant::now();
    let mut statuses = Vec::new();
    while statuses.last() != Some(&429) && statuses.len() < 20 {
        let response = device
            .post_form("/resume", &[("code", "7KQM-4TXP-AHJ3-WCRY")])
            .await;
        statuses.push(response.status().as_u16());
    }
    // A burst of 10, then one more each 6 s (every try runs the slow key
    // derivation, which a debug build runs slower still).
    let refilled = (started.elapsed().as_secs() / 6) as usize;
    let tried = statuses.iter().filter(|&&s| s == 422).count();
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    assert!((10..=10 + refilled).contains(&tried), "{statuses:?}");
}
