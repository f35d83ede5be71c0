//! `/review`: the pack a legal reviewer signs shows every plan the rules
//! can make, every step, and the rules to watch, and no one's answers.

use huella::content::guide;
use huella::decision::walk;
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

#[actix_web::test]
async fn the_review_page_holds_no_ones_answers_and_is_the_same_for_everyone() {
    let app = spawn_app().await;
    let before = app.get("/review").await.text().await.unwrap();
    app.answer_all(RESCHEDULE).await;
    let after = app.get("/review").await.text().await.unwrap();
    assert_eq!(before, after, "answering changes nothing on it");
    assert!(
        !after.contains("csrf_token\" value=\"0"),
        "no form token of anyone"
    );
}
