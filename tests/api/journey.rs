use huella::content::{DEFAULT_LANGUAGE, Texts};

use crate::helpers::{ATTEND, location, spawn_app, with_answer};

/// The `data-step` ids of a page, in document order.
pub fn data_steps(html: &str) -> Vec<String> {
    html.split("data-step=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn a_whole_journey_by_form_posts_ends_in_the_result_with_steps_in_plan_order() {
    let app = spawn_app().await;
    // Each answer, and the page the server sends the person to next.
    let journey = [
        ("case-type", "asylum-uscis", "/questions/notice"),
        ("notice", "yes", "/questions/appointment-date"),
        (
            "appointment-date",
            "2026-12-10",
            "/questions/appointment-time",
        ),
        ("appointment-time", "9:30", "/questions/can-attend"),
        ("can-attend", "no", "/questions/reschedules"),
        ("reschedules", "0", "/questions/online-account"),
        ("online-account", "yes", "/questions/moved"),
        ("moved", "no", "/check-answers"),
    ];
    for (question, value, next) in journey {
        let response = match question {
            "appointment-date" => {
                let fields = [("month", "12"), ("day", "10"), ("year", "2026")];
                app.post_form("/questions/appointment-date", &fields).await
            }
            "appointment-time" => {
                app.post_form("/questions/appointment-time", &[("time", value)])
                    .await
            }
            _ => {
                app.post_form(&format!("/questions/{question}"), &[("answer", value)])
                    .await
            }
        };
        assert_eq!(response.status(), 303, "{question}={value}");
        assert_eq!(location(&response), next, "after {question}={value}");
    }

    let result = app.get("/result").await;
    assert_eq!(result.status(), 200);
    let html = result.text().await.unwrap();
    let api = app
        .post_plan(r#"{"answers": {"case-type": "asylum-uscis", "notice": "yes", "appointment-date": "2026-12-10",
            "can-attend": "no", "reschedules": "0", "online-account": "yes", "moved": "no"}, "today": "2026-11-22"}"#)
        .await
        .json::<serde_json::Value>()
        .await
        .unwrap();
    let api_steps: Vec<String> = api["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        data_steps(&html),
        api_steps,
        "the page and the API agree on the plan"
    );
    assert_eq!(api_steps[0], "reschedule-online");
    // "Do this first" gives the online tool's cut-off, 12 hours before
    // the 9:30 AM appointment, to the hour and with the day of the week.
    let first = html.split("class=\"first ").nth(1).unwrap();
    let first = first.split("</section>").next().unwrap();
    assert!(
        first.contains("Before 9:30 PM, Wednesday, December 9, 2026"),
        "{first}"
    );
    assert!(first.contains("href=\"https://my.uscis.gov/\""), "{first}");
}

#[actix_web::test]
async fn the_result_shows_the_phone_as_a_tel_link_with_what_to_say_and_sources() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "other-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-15"),
        ("attended", "no"),
        ("letter", "none"),
        ("moved", "no"),
    ])
    .await;
    let html = app.get("/result").await.text().await.unwrap();
    let tr = Texts::of(DEFAULT_LANGUAGE);
    assert!(html.contains("href=\"tel:+18003755283\""));
    assert!(
        html.contains("href=\"tel:+18007671833\""),
        "the TTY number too"
    );
    assert!(html.contains(&tr.t("result-say-label")));
    assert!(html.contains(&tr.t("result-ready-label")));
    assert!(
        html.contains("https://www.uscis.gov/contactcenter"),
        "a source link"
    );
    assert!(
        html.contains(&tr.t("result-disclaimer")),
        "not legal advice"
    );
    assert!(
        html.contains(&tr.t("glossary-asc-term")),
        "the glossary explains the ASC"
    );
    let steps = data_steps(&html);
    let call = steps
        .iter()
        .position(|s| s == "call-contact-center")
        .unwrap();
    let walk_in = steps.iter().position(|s| s == "walk-in-asc").unwrap();
    assert!(call < walk_in, "{steps:?}");
}

#[actix_web::test]
async fn the_checklist_has_tick_boxes_phone_numbers_key_dates_and_the_date_it_was_made() {
    let app = spawn_app().await;
    app.answer_all(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-12-01"),
        ("appointment-time", "9:30"),
        ("can-attend", "no"),
        ("reschedules", "2-or-more"),
        ("moved", "no"),
    ])
    .await;
    let response = app.get("/result/checklist").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("class=\"tick\""));
    assert!(html.contains("1-800-375-5283"));
    assert!(html.contains("December 1, 2026"), "the appointment date");
    assert!(html.contains("November 22, 2026"), "the date it was made");
    assert!(data_steps(&html).contains(&"call-contact-center".to_owned()));
}

#[actix_web::test]
async fn the_bring_list_appears_when_the_person_will_attend() {
    let app = spawn_app().await;
    app.answer_all(&with_answer(ATTEND, "photo-id", "no")).await;
    let html = app.get("/result").await.text().await.unwrap();
    assert!(html.contains("data-bring=\"appointment-notice\""));
    assert!(
        html.contains("data-bring=\"other-id\""),
        "no photo ID: bring what you have"
    );
    assert!(!html.contains("data-bring=\"photo-id\""));
}
