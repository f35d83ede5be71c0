//! An exhaustive walk: every value of every question on every path, with
//! appointment dates on each side of every date boundary.

use chrono::{Days, NaiveDate};
use huella::content::{DEFAULT_LANGUAGE, Texts, guide};
use huella::decision::answers::{CaseType, Hearing, Reschedules, YesNoNotSure};
use huella::decision::facts::{self, Timing};
use huella::decision::flow;
use huella::decision::{Answers, Outcome, Plan, QuestionId, QuestionKind, StepId, evaluate};
use huella::views::PlanView;

use super::today;

/// Dates around every boundary: long past, 22 and 21 days ago, a week ago,
/// yesterday, today, tomorrow, two days and weeks ahead.
fn dates() -> Vec<String> {
    let t = today();
    let back = |d| t.checked_sub_days(Days::new(d)).unwrap();
    let ahead = |d| t.checked_add_days(Days::new(d)).unwrap();
    let list: [NaiveDate; 9] = [
        back(60),
        back(22),
        back(21),
        back(7),
        back(1),
        t,
        ahead(1),
        ahead(2),
        ahead(30),
    ];
    let mut values: Vec<String> = list
        .iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect();
    values.push("not-sure".to_owned());
    values
}

fn values(q: QuestionId) -> Vec<String> {
    match q.kind() {
        QuestionKind::Choice(values) => values.iter().map(|v| (*v).to_owned()).collect(),
        QuestionKind::Date => dates(),
        QuestionKind::Time => vec!["09:30".to_owned(), "not-sure".to_owned()],
    }
}

/// Every complete answer set reachable by answering the form's questions,
/// the optional ones included.
fn walk(answers: Answers, out: &mut Vec<(Answers, Plan)>) {
    match flow::next_to_ask(&answers, today()) {
        None => match evaluate(&answers, today(), &guide().rules) {
            Outcome::Complete(plan) => out.push((answers, plan)),
            Outcome::Incomplete(q) => panic!("the form asked everything, yet {q} is missing"),
        },
        Some(q) => {
            for v in values(q) {
                let mut next = answers.clone();
                next.set(q, &v).expect("walk values are contract values");
                walk(next, out);
            }
        }
    }
}

fn all_plans() -> Vec<(Answers, Plan)> {
    let mut out = Vec::new();
    walk(Answers::default(), &mut out);
    out
}

fn has(plan: &Plan, step: StepId) -> bool {
    plan.steps.contains(&step)
}

#[test]
fn every_path_ends_in_a_complete_plan_with_steps() {
    let plans = all_plans();
    assert!(
        plans.len() > 5_000,
        "the walk covers many paths ({})",
        plans.len()
    );
    for (answers, plan) in &plans {
        assert!(!plan.steps.is_empty(), "{answers:?}");
        let path = flow::path(answers, today());
        // Each question on the path is answered, once, in contract order.
        assert!(path.windows(2).all(|w| w[0] < w[1]), "{path:?}");
        assert!(path.iter().all(|&q| answers.is_answered(q)));
    }
}

#[test]
fn reschedule_online_only_when_every_condition_of_the_online_tool_holds() {
    for (a, plan) in all_plans() {
        if !has(&plan, StepId::RescheduleOnline) {
            continue;
        }
        let ctx = format!("{a:?} -> {:?}", plan.steps);
        assert_eq!(
            facts::timing(&a, today()),
            Some(Timing::Upcoming),
            "passed or unknown: {ctx}"
        );
        assert!(
            !flow::could_be_within_12_hours(&a, today()),
            "within 12 hours or unknown: {ctx}"
        );
        assert!(
            matches!(a.reschedules, Some(Reschedules::Zero | Reschedules::One)),
            "2+ or unknown: {ctx}"
        );
        assert_ne!(a.can_attend, Some(YesNoNotSure::Yes), "can attend: {ctx}");
        assert_eq!(
            a.online_account,
            Some(YesNoNotSure::Yes),
            "no account: {ctx}"
        );
    }
}

#[test]
fn nobody_who_cannot_go_is_told_to_attend_and_nobody_is_left_without_a_way_to_reschedule() {
    for (a, plan) in all_plans() {
        let upcoming = a.notice == Some(YesNoNotSure::Yes)
            && facts::timing(&a, today()) == Some(Timing::Upcoming);
        if upcoming && a.can_attend == Some(YesNoNotSure::No) {
            assert!(!has(&plan, StepId::AttendAppointment), "{a:?}");
            assert!(
                has(&plan, StepId::RescheduleOnline) || has(&plan, StepId::CallContactCenter),
                "{a:?}"
            );
        }
        if upcoming && a.can_attend == Some(YesNoNotSure::Yes) {
            assert!(
                has(&plan, StepId::AttendAppointment) && has(&plan, StepId::BringDocuments),
                "{a:?}"
            );
            assert!(!plan.bring.is_empty(), "{a:?}");
        }
    }
}

#[test]
fn a_missed_appointment_is_called_in_first_and_the_walk_in_only_follows_a_recent_definite_miss() {
    for (a, plan) in all_plans() {
        if let Some(walk_in) = plan.steps.iter().position(|&s| s == StepId::WalkInAsc) {
            let call = plan
                .steps
                .iter()
                .position(|&s| s == StepId::CallContactCenter);
            assert!(
                call.is_some_and(|c| c < walk_in),
                "walk-in before calling: {a:?}"
            );
            assert_eq!(a.attended, Some(YesNoNotSure::No), "{a:?}");
            let recent = match facts::days_since(&a, today()) {
                Some(days) => days <= guide().rules.recent_miss_days,
                None => a.missed_recently == Some(YesNoNotSure::Yes),
            };
            assert!(recent, "walk-in for an old miss: {a:?}");
        }
        let missed = facts::timing(&a, today()) == Some(Timing::Passed)
            && a.attended == Some(YesNoNotSure::No);
        if missed && a.letter != Some(huella::decision::answers::Letter::Denied) {
            assert!(
                has(&plan, StepId::CallContactCenter) && has(&plan, StepId::KeepProof),
                "{a:?}"
            );
        }
    }
}

#[test]
fn i_dont_know_never_gets_a_riskier_plan_than_the_worse_definite_answer() {
    let rules = &guide().rules;
    let plan_of = |a: &Answers| match evaluate(a, today(), rules) {
        Outcome::Complete(p) => p.steps,
        Outcome::Incomplete(q) => panic!("incomplete at {q}"),
    };
    for (a, plan) in all_plans() {
        // Reschedule count unknown: the same plan as two or more.
        if a.reschedules == Some(Reschedules::NotSure) {
            let mut worse = a.clone();
            worse.reschedules = Some(Reschedules::TwoOrMore);
            assert_eq!(plan.steps, plan_of(&worse), "{a:?}");
        }
        // Not sure whether within 12 hours: the same plan as within.
        if a.within_12_hours == Some(YesNoNotSure::NotSure) {
            let mut worse = a.clone();
            worse.within_12_hours = Some(YesNoNotSure::Yes);
            assert_eq!(plan.steps, plan_of(&worse), "{a:?}");
        }
        // Hearing date unknown: every step of "within 60 days" is there too.
        if a.case_type == Some(CaseType::AsylumCourt) && a.hearing == Some(Hearing::NotSure) {
            let mut worse = a.clone();
            worse.hearing = Some(Hearing::Within60Days);
            for step in plan_of(&worse) {
                assert!(plan.steps.contains(&step), "{step} missing for {a:?}");
            }
        }
    }
}

#[test]
fn a_move_puts_the_address_steps_first_with_the_court_form_before_uscis() {
    for (a, plan) in all_plans() {
        if a.moved != Some(YesNoNotSure::Yes) {
            continue;
        }
        let first = plan.steps[0];
        if a.case_type == Some(CaseType::AsylumCourt) {
            assert_eq!(
                &plan.steps[..2],
                &[StepId::UpdateAddressCourt, StepId::UpdateAddress],
                "{a:?}"
            );
        } else {
            assert!(
                matches!(first, StepId::UpdateAddress | StepId::UpdateAddressCourt),
                "{a:?}"
            );
        }
    }
}

/// A sentence that tells a person to mail a reschedule request or to skip
/// the appointment, unless it says not to.
fn forbidden_advice(text: &str) -> Option<String> {
    text.split(['.', '!', '?', '\n'])
        .map(str::to_lowercase)
        .find(|s| {
            let negated = ["not", "never", "don't", "no longer"]
                .iter()
                .any(|n| s.contains(n));
            let mails_request = s.contains("mail")
                && (s.contains("reschedul") || s.contains("new date") || s.contains("request"));
            let skips = s.contains("skip");
            (mails_request || skips) && !negated
        })
}

#[test]
fn every_step_on_every_path_has_words_and_a_source_and_never_advises_mailing_or_skipping() {
    let tr = Texts::of(DEFAULT_LANGUAGE);
    let mut checked = std::collections::HashSet::new();
    for (a, plan) in all_plans() {
        // Texts vary only with the plan's context; render each distinct one once.
        if !checked.insert(format!(
            "{:?}{:?}{:?}",
            plan.situation, plan.context, plan.steps
        )) {
            continue;
        }
        let view = PlanView::build(tr, guide(), &plan);
        assert!(
            !view.situation.is_empty() && !view.situation.starts_with("situation-"),
            "{a:?}"
        );
        for step in &view.steps {
            assert!(
                !step.title.is_empty() && !step.title.starts_with("step-"),
                "{} has no title",
                step.id
            );
            assert!(!step.paragraphs.is_empty(), "{} has no body", step.id);
            assert!(!step.sources.is_empty(), "{} cites no source", step.id);
            assert!(
                step.sources.iter().all(|s| !s.title.starts_with("source-")),
                "{} source title missing",
                step.id
            );
            let all = [
                step.title.clone(),
                step.paragraphs.join("\n"),
                step.say.clone().unwrap_or_default(),
                step.ready.clone().unwrap_or_default(),
            ]
            .join("\n");
            assert_eq!(forbidden_advice(&all), None, "{} in {a:?}", step.id);
        }
        for item in &view.bring {
            assert!(!item.text.starts_with("bring-"), "{} has no text", item.id);
        }
    }
}

#[test]
fn the_forbidden_advice_check_catches_what_it_should() {
    assert!(forbidden_advice("Mail a letter to USCIS to request a new date.").is_some());
    assert!(forbidden_advice("You can skip this appointment.").is_some());
    assert!(forbidden_advice("Do not mail a request to reschedule.").is_none());
    assert!(forbidden_advice("Check your mail often.").is_none());
}
