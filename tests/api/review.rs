//! `/review`: the pack a legal reviewer signs shows every plan the rules
//! can make, every step, and the rules to watch, and no one's answers.

use std::collections::BTreeSet;

use huella::content::{DEFAULT_LANGUAGE, Texts, guide};
use huella::decision::{StepId, walk};
use huella::views::plan_signature;

use crate::helpers::{RESCHEDULE, spawn_app, test_today};

#[actix_web::test]
async fn every_plan_the_walk_finds_and_every_step_is_on_the_review_page() {
    let app = spawn_app().await;
    let page = app.get("/review").await.text().await.unwrap();
    let walked = walk::every_plan(test_today(), &guide().rules);
    assert!(walked.len() > 1_000, "the walk finds many answer sets");
    for (answers, plan) in &walked {
        let mark = format!("data-plan=\"{}\"", plan_signature(plan));
        assert!(
            page.contains(&mark),
            "{answers:?} leads to a plan not on the page: {mark}"
        );
    }
    for step in huella::decision::StepId::ALL {
        assert!(page.contains(&format!("data-step=\"{step}\"")), "{step}");
    }
    for id in guide().watch.keys() {
        assert!(page.contains(id.as_str()), "the watched rule {id}");
    }
}

/// Text as the page shows it: the quotes the templates escape, decoded.
fn decoded(html: &str) -> String {
    html.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[actix_web::test]
async fn the_review_page_quotes_each_passage_and_says_what_each_watched_rule_is() {
    let app = spawn_app().await;
    let page = decoded(&app.get("/review").await.text().await.unwrap());
    let cited: BTreeSet<&String> = StepId::ALL
        .iter()
        .flat_map(|&s| &guide().step(s).sources)
        .collect();
    let mut quoted = 0;
    for id in cited {
        if let Some(passage) = &guide().sources[id].passage {
            assert!(page.contains(passage.as_str()), "the passage of {id}");
            quoted += 1;
        }
    }
    assert!(quoted > 10, "most cited sources quote their passage");
    let english = Texts::of(DEFAULT_LANGUAGE);
    for id in guide().watch.keys() {
        let note = english.t(&format!("watch-{id}-note"));
        assert!(page.contains(&note), "what {id} is about: {note}");
    }
}

#[actix_web::test]
async fn the_review_page_holds_no_ones_answers_or_form_token() {
    let app = spawn_app().await;
    // Answers first, so the page is made for someone with a session.
    app.answer_all(RESCHEDULE).await;
    let page = app.get("/review").await.text().await.unwrap();
    assert!(
        !page.contains("csrf_token"),
        "no form, so no one's form token"
    );
    assert!(
        !page.contains("2026-12-10"),
        "not the appointment date just given"
    );
}
