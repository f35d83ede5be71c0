//! The printouts a person acts on (the checklist, the call sheet, the Print
//! button) and typing dates and times the ways people do.

use crate::helpers::{ATTEND, CALL, DENIED, RESCHEDULE, english, location, spawn_app, with_answer};

const TO_THE_DATE: &[(&str, &str)] = &[("case-type", "asylum-uscis"), ("notice", "yes")];
/// The rest of a journey to the check page once the time is answered.
const AFTER_THE_TIME: &[(&str, &str)] =
    &[("can-attend", "yes"), ("photo-id", "yes"), ("moved", "no")];

/// The date the check page shows for the appointment, once answered.
async fn shown_answer(app: &crate::helpers::TestApp, rest: &[(&str, &str)]) -> String {
    app.answer_all(rest).await;
    app.get("/check-answers").await.text().await.unwrap()
}

#[actix_web::test]
async fn a_whole_date_typed_in_one_box_is_read_as_month_day_year() {
    for field in ["month", "day", "year"] {
        let app = spawn_app().await;
        app.answer_all(TO_THE_DATE).await;
        let response = app
            .post_form("/questions/appointment-date", &[(field, "12/5/2026")])
            .await;
        assert_eq!(response.status(), 303, "12/5/2026 in the {field} box");
        assert_eq!(location(&response), "/questions/appointment-time");
        app.answer("appointment-time", "not-sure").await;
        let check = shown_answer(&app, AFTER_THE_TIME).await;
        assert!(check.contains("December 5, 2026"), "{field}");
    }
}

#[actix_web::test]
async fn a_part_of_a_date_in_one_box_gets_a_message_that_points_at_that_box() {
    let app = spawn_app().await;
    app.answer_all(TO_THE_DATE).await;
    let response = app
        .post_form("/questions/appointment-date", &[("day", "12/5")])
        .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains(&english("date-error-one-box")));
    assert!(html.contains(r##"<a href="#date-day">"##));
    assert!(html.contains(r#"value="12/5""#), "what was typed stays");
}

#[actix_web::test]
async fn arabic_indic_digits_are_read_as_digits_in_dates_and_times() {
    // ١٢ / ١٠ / ٢٠٢٦ (U+0660-0669) and ۹:۳۰ (U+06F0-06F9).
    let app = spawn_app().await;
    app.answer_all(TO_THE_DATE).await;
    let response = app
        .post_form(
            "/questions/appointment-date",
            &[("month", "١٢"), ("day", "١٠"), ("year", "٢٠٢٦")],
        )
        .await;
    assert_eq!(response.status(), 303);
    let response = app
        .post_form("/questions/appointment-time", &[("time", "۹:۳۰ pm")])
        .await;
    assert_eq!(response.status(), 303);
    let check = shown_answer(&app, AFTER_THE_TIME).await;
    assert!(check.contains("December 10, 2026"));
    assert!(check.contains("9:30 PM"));
}

#[actix_web::test]
async fn spanish_style_times_with_a_space_in_a_m_and_p_m_are_understood() {
    for (typed, shown) in [
        ("9:30 a. m.", "9:30 AM"),
        ("9:30 p. m.", "9:30 PM"),
        ("2 P. M.", "2:00 PM"),
    ] {
        let app = spawn_app().await;
        app.answer_all(&[TO_THE_DATE, &[("appointment-date", "2026-12-10")]].concat())
            .await;
        let response = app
            .post_form("/questions/appointment-time", &[("time", typed)])
            .await;
        assert_eq!(response.status(), 303, "{typed}");
        let check = shown_answer(&app, AFTER_THE_TIME).await;
        assert!(check.contains(shown), "{typed} shows as {shown}");
    }
}

#[actix_web::test]
async fn a_date_more_than_a_year_ahead_is_asked_about_once_then_kept() {
    let app = spawn_app().await;
    app.answer_all(TO_THE_DATE).await;
    let far = [("month", "1"), ("day", "10"), ("year", "2028")];
    let asked = app.post_form("/questions/appointment-date", &far).await;
    assert_eq!(asked.status(), 200, "not kept yet");
    let html = asked.text().await.unwrap();
    assert!(html.contains(&english("date-confirm-title")));
    assert!(html.contains(r#"name="confirmed" value="2028-01-10""#));
    assert!(html.contains(&english("date-confirm-button")));
    assert!(html.contains(r#"value="2028""#), "the date typed stays");
    // Not kept: the question is still the next one.
    assert_eq!(
        location(&app.get("/check-answers").await),
        "/questions/appointment-date"
    );
    // Another date with the old confirmation: asked again.
    let other = [
        ("month", "2"),
        ("day", "10"),
        ("year", "2028"),
        ("confirmed", "2028-01-10"),
    ];
    let again = app.post_form("/questions/appointment-date", &other).await;
    assert_eq!(again.status(), 200);
    assert!(again.text().await.unwrap().contains("2028-02-10"));
    // Confirmed: kept.
    let mut confirmed = far.to_vec();
    confirmed.push(("confirmed", "2028-01-10"));
    let kept = app
        .post_form("/questions/appointment-date", &confirmed)
        .await;
    assert_eq!(kept.status(), 303);
    // A date within the year is never asked about.
    let app = spawn_app().await;
    app.answer_all(TO_THE_DATE).await;
    let near = [("month", "11"), ("day", "20"), ("year", "2027")];
    assert_eq!(
        app.post_form("/questions/appointment-date", &near)
            .await
            .status(),
        303
    );
}

#[actix_web::test]
async fn changing_the_language_on_a_question_keeps_what_was_typed_and_saves_nothing() {
    let app = spawn_app().await;
    app.answer_all(TO_THE_DATE).await;
    let response = app
        .post_form(
            "/questions/appointment-date",
            &[("month", "12"), ("day", "2"), ("switch-language", "es")],
        )
        .await;
    assert_eq!(response.status(), 200);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("huella_lang=es"), "{cookie}");
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"<html lang="es""#));
    assert!(html.contains(r#"name="month" type="text" inputmode="numeric" autocomplete="off" maxlength="10" value="12""#));
    assert!(html.contains(r#"value="2""#));
    assert_eq!(
        location(&app.get("/check-answers").await),
        "/questions/appointment-date",
        "nothing saved"
    );
    // A choice made but not sent stays chosen too.
    let response = app
        .post_form(
            "/questions/case-type",
            &[("answer", "asylum-court"), ("switch-language", "ar")],
        )
        .await;
    let html = response.text().await.unwrap();
    assert!(html.contains(r#"value="asylum-court" checked"#));
    assert!(html.contains(r#"dir="rtl""#));
    // An unknown language is refused plainly.
    let response = app
        .post_form("/questions/case-type", &[("switch-language", "xx")])
        .await;
    assert_eq!(response.status(), 400);
}

#[actix_web::test]
async fn the_checklist_is_a_desk_tool_with_the_answers_blanks_dates_and_legal_help() {
    let app = spawn_app().await;
    app.answer_all(&with_answer(ATTEND, "photo-id", "no")).await;
    let html = app.get("/result/checklist").await.text().await.unwrap();
    // The answers in short.
    for key in [
        "q-case-type-summary",
        "q-photo-id-summary",
        "checklist-answers-heading",
    ] {
        assert!(html.contains(&english(key)), "{key}");
    }
    // The appointment with its weekday and time.
    assert!(html.contains("Appointment: Thursday, December 10, 2026, 9:30 AM"));
    // What to do on each step.
    assert!(html.contains(&english("checklist-do-arrive-early")));
    // Blanks to write on.
    for key in [
        "checklist-blank-receipt",
        "checklist-blank-a-number",
        "checklist-blank-asc",
    ] {
        assert!(html.contains(&english(key)), "{key}");
    }
    // Legal help, with its address printed.
    assert!(html.contains(&english("checklist-legal-help-heading")));
    assert!(html.contains("https://www.justice.gov/eoir/list-pro-bono-legal-service-providers"));
    // What to leave at home is a note, not a box to tick.
    assert!(html.contains(&format!(
        r#"<p class="note">{}</p>"#,
        english("bring-leave-behind")
    )));
    assert!(!html.contains(r#"data-bring="leave-behind""#));
    // The Print button: hidden until the script shows it; the hint stays.
    assert!(html.contains(r#"data-print hidden"#));
    assert!(html.contains(r#"<script src="/static/print.js" defer></script>"#));
    assert!(html.contains(&english("checklist-print-hint").replace('\'', "&#39;")));
}

#[actix_web::test]
async fn a_reschedule_checklist_names_the_last_moment_to_reschedule_online() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let html = app.get("/result/checklist").await.text().await.unwrap();
    assert!(
        html.contains("Last time to reschedule online: Wednesday, December 9, 2026, 9:30 PM"),
        "12 hours before the appointment"
    );
}

#[actix_web::test]
async fn a_recent_miss_lists_the_walk_in_last_day() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-12"),
        ("attended", "no"),
        ("letter", "none"),
        ("moved", "no"),
    ])
    .await;
    let html = app.get("/result/checklist").await.text().await.unwrap();
    // 21 days after November 12.
    assert!(
        html.contains("(optional): Thursday, December 3, 2026"),
        "walk-in"
    );
}

#[actix_web::test]
async fn the_call_sheet_has_blanks_and_says_how_to_get_the_phone_line_in_your_language() {
    let app = spawn_app().await;
    app.answer_all(CALL).await;
    let html = app.get("/result/call-sheet").await.text().await.unwrap();
    for key in [
        "checklist-blank-receipt",
        "checklist-blank-a-number",
        "call-sheet-blank-appointment",
        "call-sheet-language-heading",
    ] {
        assert!(html.contains(&english(key)), "{key}");
    }
    assert!(html.contains("choose it in the menu"));
    assert!(html.contains(r#"<script src="/static/print.js" defer></script>"#));
}

#[actix_web::test]
async fn the_print_script_is_served_by_the_site_and_the_policy_allows_only_its_own_scripts() {
    let app = spawn_app().await;
    let response = app.get("/static/print.js").await;
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/javascript")
    );
    let csp = response.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self';"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(response.text().await.unwrap().contains("window.print()"));
}

#[actix_web::test]
async fn the_checklist_names_the_denial_route_of_each_track_as_the_result_page_does() {
    // Form I-290B is USCIS's route only, and an asylum denial by USCIS may
    // go to court instead: the one-line steps say so, like the page.
    for (track, i_290b, judge_route, conditional) in [
        ("other-uscis", true, false, None),
        ("asylum-uscis", false, false, None),
        ("asylum-court", false, true, None),
        ("not-sure", true, true, Some("If USCIS made the decision")),
    ] {
        let app = spawn_app().await;
        app.answer_all(&with_answer(DENIED, "case-type", track))
            .await;
        let checklist = app.get("/result/checklist").await.text().await.unwrap();
        assert_eq!(checklist.contains("I-290B"), i_290b, "{track}");
        assert_eq!(checklist.contains("EOIR-26"), judge_route, "{track}");
        if let Some(words) = conditional {
            assert!(checklist.contains(words), "{track}");
            assert!(
                checklist.contains("If a judge made the decision"),
                "{track}"
            );
        }
        if track == "asylum-uscis" {
            assert!(checklist.contains("may be sent to immigration court"));
        }
    }
}
