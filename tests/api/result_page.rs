//! The result page a person can act on: "Do this first", real links, the
//! words to say in English, legal help, the pages that ask before deleting,
//! the help desk's "Finished", the resume form filled from a QR code, and
//! Back after "Change".

use crate::helpers::{
    ATTEND, DENIED, RESCHEDULE, english, form_token, location, set_cookie, shown_resume_code,
    spawn_app, spawn_app_with, with_answer,
};

const MISSED: &[(&str, &str)] = &[
    ("case-type", "other-uscis"),
    ("notice", "yes"),
    ("appointment-date", "2026-11-15"),
    ("attended", "no"),
    ("letter", "none"),
    ("moved", "no"),
];

/// The result page of a journey, and its "Do this first" panel.
async fn result_after(answers: &[(&str, &str)]) -> (String, String) {
    let app = spawn_app().await;
    app.answer_all(answers).await;
    let html = app.get("/result").await.text().await.unwrap();
    let panel = first_panel(&html).to_owned();
    (html, panel)
}

/// The "Do this first" panel of a result page.
fn first_panel(html: &str) -> &str {
    let rest = html
        .split("<section class=\"first")
        .nth(1)
        .expect("a first panel");
    rest.split("</section>").next().unwrap()
}

#[actix_web::test]
async fn do_this_first_names_the_first_step_with_its_call_button_before_the_steps() {
    let app = spawn_app().await;
    app.answer_all(MISSED).await;
    let html = app.get("/result").await.text().await.unwrap();
    let panel = first_panel(&html);
    assert!(
        panel.contains(&english("step-call-contact-center-title")),
        "{panel}"
    );
    assert!(panel.contains(&english("first-today")), "{panel}");
    // One button: the call, its number on one line.
    assert!(
        panel.contains(r#"href="tel:+18003755283""#) && panel.contains(r#"class="nowrap""#),
        "{panel}"
    );
    assert!(html.find("class=\"first").unwrap() < html.find("data-step=").unwrap());
    // The walk-in has its last day: 21 days after November 15.
    assert!(
        html.contains("The last day to walk in is Sunday, December 6, 2026."),
        "the walk-in's last day"
    );
}

#[actix_web::test]
async fn steps_link_to_the_pages_they_send_people_to_and_fold_their_sources_away() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let html = app.get("/result").await.text().await.unwrap();
    let step = html
        .split("data-step=\"reschedule-online\"")
        .nth(1)
        .unwrap();
    let step = step.split("</details>").next().unwrap();
    assert!(
        step.contains(r#"<a href="https://my.uscis.gov/" class="place-link""#),
        "{step}"
    );
    let folded = step
        .split("<details class=\"more\">")
        .nth(1)
        .expect("sources folded");
    assert!(folded.contains(&english("result-sources-summary")));
    assert!(folded.contains("Last reviewed"), "{folded}");
    assert!(html.contains("<details class=\"more glossary-box\">"));
    // Legal help, from the guide's [[legal-help]] entries.
    let help = html.split("id=\"legal-help\"").nth(1).unwrap();
    assert!(help.contains("https://www.immigrationadvocates.org/legaldirectory/"));
    assert!(help.contains(&english("legal-help-eoir-providers")));
}

#[actix_web::test]
async fn the_words_to_say_stand_in_english_on_their_own_line_with_the_translation_beneath() {
    let app = spawn_app().await;
    app.get("/language?lang=es&next=/").await;
    app.answer_all(MISSED).await;
    let html = app.get("/result").await.text().await.unwrap();
    let english_line = html
        .split(r#"<p class="say-english" dir="ltr" lang="en">"#)
        .nth(1)
        .expect("the English words on a left-to-right line");
    assert!(
        english_line.starts_with("Say: &#34;Reschedule biometrics appointment.&#34;"),
        "{}",
        &english_line[..80]
    );
    let own = english_line.split(r#"<p class="say-own">"#).nth(1).unwrap();
    let own = own.split("</p>").next().unwrap();
    assert!(own.starts_with("En inglés, diga:"), "{own}");
    // The Contact Center has a Spanish menu: the words for a caller who chose it.
    assert!(
        own.contains("Si eligió español en el menú")
            && own.contains("Reprogramar cita de servicios biométricos")
            && own.contains("Falté a mi cita porque..."),
        "{own}"
    );
}

#[actix_web::test]
async fn start_again_and_delete_ask_first_and_say_the_code_stops_working() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let question = app.get("/questions/moved").await.text().await.unwrap();
    assert!(
        !question.contains(r#"action="/start-again""#),
        "no button in the header deletes at once"
    );
    assert!(question.contains(r#"href="/start-again""#));
    for (path, then) in [
        ("/delete-answers", "/answers-deleted"),
        ("/start-again", "/"),
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        let page = response.text().await.unwrap();
        assert!(page.contains(&format!(r#"<form method="post" action="{path}">"#)));
        assert!(page.contains(&english("confirm-code-stops")), "{path}");
        assert_eq!(app.stored_rows().await, 1, "{path}: asking deletes nothing");
        if then == "/" {
            let token = form_token(&page).unwrap();
            let response = app.post_form_raw(path, &[("csrf_token", &token)]).await;
            assert_eq!(location(&response), then);
            assert_eq!(app.stored_rows().await, 0);
        }
    }
    // With nothing to delete there is nothing to ask.
    assert_eq!(location(&app.get("/start-again").await), "/");
    assert_eq!(location(&app.get("/delete-answers").await), "/");
}

#[actix_web::test]
async fn finished_at_a_help_desk_clears_the_answers_and_returns_to_the_start() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let html = app.get("/result").await.text().await.unwrap();
    let finish = html.split("class=\"no-print finish\"").nth(1).unwrap();
    assert!(finish.contains(r#"<form method="post" action="/start-again">"#));
    assert!(finish.contains(&english("desk-button")));
    let token = form_token(finish).unwrap();
    let response = app
        .post_form_raw("/start-again", &[("csrf_token", &token)])
        .await;
    assert_eq!(location(&response), "/");
    assert!(set_cookie(&response).contains("Max-Age=0"));
    assert_eq!(app.stored_rows().await, 0, "deleted, not hidden");
    assert_eq!(location(&app.get("/result").await), "/questions/case-type");
}

#[actix_web::test]
async fn the_resume_form_takes_the_code_from_its_address_but_never_opens_the_answers_itself() {
    let app = spawn_app_with(|s| s.public_url = "https://huella.example.org".to_owned()).await;
    app.answer_all(RESCHEDULE).await;
    let result = app.get("/result").await.text().await.unwrap();
    let code = shown_resume_code(&result).to_owned();
    assert!(result.contains(r#"src="/result/qr.svg""#), "a QR code");
    let qr = app.get("/result/qr.svg").await;
    assert_eq!(qr.status(), 200);
    assert_eq!(qr.headers()["content-type"], "image/svg+xml");
    assert_eq!(qr.headers()["cache-control"], "no-store");
    let svg = qr.text().await.unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("<path"), "{svg}");
    // It is this person's own: someone without a session gets none.
    let stranger = app.new_person().get("/result/qr.svg").await;
    assert_eq!(stranger.status(), 404);
    assert!(result.contains(&format!("huella.example.org%2Fresume%3Fcode%3D{code}")));

    let other = app.new_person();
    let form = other.page(&format!("/resume?code={code}")).await;
    assert!(
        form.contains(&format!(r#"value="{code}""#)),
        "the code is filled in"
    );
    assert_eq!(
        location(&other.get("/result").await),
        "/questions/case-type",
        "nothing opened until the person presses the button"
    );
    assert_eq!(app.stored_rows().await, 1, "and no session made");
    let token = form_token(&form).unwrap();
    let opened = (other.post_form_raw("/resume", &[("code", &code), ("csrf_token", &token)])).await;
    assert_eq!(location(&opened), "/result");

    // Whatever the address carries, only what can be a code is shown.
    let hostile = other
        .page("/resume?code=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(
        !hostile.contains("<script>") && !hostile.contains("\"><"),
        "escaped"
    );
    assert!(hostile.contains(r#"value="scriptalert1script""#));
}

#[actix_web::test]
async fn back_from_a_question_reached_by_change_returns_to_check_your_answers() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let check = app.get("/check-answers").await.text().await.unwrap();
    assert!(check.contains(r#"<a href="/questions/moved" class="back-link">"#));
    assert!(check.contains(r#"href="/questions/reschedules?change""#));
    let changing = app
        .get("/questions/reschedules?change")
        .await
        .text()
        .await
        .unwrap();
    assert!(changing.contains(r#"<a href="/check-answers" class="back-link">"#));
    assert!(changing.contains(r#"action="/questions/reschedules?change""#));
    // Reached on the way, the back link is the question before.
    let on_the_way = app
        .get("/questions/reschedules")
        .await
        .text()
        .await
        .unwrap();
    assert!(on_the_way.contains(r#"<a href="/questions/can-attend" class="back-link">"#));
    // A refused answer keeps the way back to check your answers.
    let refused = app
        .post_form("/questions/reschedules?change", &[("answer", "nine")])
        .await;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await.unwrap();
    assert!(refused.contains(r#"<a href="/check-answers" class="back-link">"#));
}

#[actix_web::test]
async fn an_asylum_denial_by_uscis_shows_no_form_i_290b_link_source_or_term() {
    let i_290b = r#"href="https://www.uscis.gov/i-290b""#;
    let term = english("glossary-motion-to-reopen-def");
    // Another USCIS application: the motion on Form I-290B is the route.
    let (html, _) = result_after(&with_answer(DENIED, "case-type", "other-uscis")).await;
    assert!(html.contains(i_290b) && html.contains(&term));
    // Asylum with USCIS: the case may go to court instead; nothing on the
    // page sends the person to Form I-290B.
    let (html, _) = result_after(&with_answer(DENIED, "case-type", "asylum-uscis")).await;
    assert!(html.contains("data-step=\"motion-to-reopen\""));
    assert!(!html.contains(i_290b), "no I-290B link or source");
    assert!(!html.contains(&term), "no I-290B glossary entry");
}

#[actix_web::test]
async fn an_unknown_appointment_date_is_never_shown_as_a_day_and_finding_it_comes_first() {
    let (html, panel) = result_after(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "not-sure"),
        ("appointment-passed", "no"),
        ("can-attend", "yes"),
        ("photo-id", "yes"),
        ("moved", "no"),
    ])
    .await;
    assert!(
        panel.contains(&english("step-call-contact-center-title")),
        "{panel}"
    );
    assert!(panel.contains(&english("first-today")), "{panel}");
    // "Today" is Sunday, 2026-11-22 in the tests: no day is made up for
    // the appointment (a review date may still say "November 22").
    assert!(!html.contains("Sunday, November 22"), "no invented date");
}

#[actix_web::test]
async fn do_this_first_gives_the_appointment_day_only_to_going_there() {
    // ATTEND, in court with the hearing within 60 days: telling the judge comes first.
    let mut court = with_answer(ATTEND, "case-type", "asylum-court");
    court.insert(1, ("hearing", "within-60-days"));
    let (_, panel) = result_after(&court).await;
    assert!(
        !panel.contains(&english("step-attend-appointment-title")),
        "{panel}"
    );
    assert!(
        panel.contains("Before Thursday, December 10, 2026"),
        "{panel}"
    );
    assert!(!panel.contains("9:30"), "{panel}");
}

#[actix_web::test]
async fn a_call_for_an_appointment_today_at_an_unknown_time_is_due_before_that_time() {
    let (_, panel) = result_after(&[
        ("case-type", "other-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-22"),
        ("appointment-time", "not-sure"),
        ("appointment-passed", "no"),
        ("can-attend", "no"),
        ("within-12-hours", "yes"),
        ("reschedules", "0"),
        ("moved", "no"),
    ])
    .await;
    assert!(
        panel.contains(&english("step-call-contact-center-title")),
        "{panel}"
    );
    assert!(
        panel.contains("Before your appointment time, Sunday, November 22, 2026"),
        "{panel}"
    );
}
