//! An exhaustive walk: every value of every question on every path, with
//! appointment dates on each side of every date boundary.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use chrono::Days;

use huella::content::{DEFAULT_LANGUAGE, Texts, guide};
use huella::decision::answers::{Attended, CaseType, Hearing, Letter, Reschedules, YesNoNotSure};
use huella::decision::facts::{self, Now, Timing};
use huella::decision::{self, Answer, flow, plan};
use huella::decision::{
    Answers, Memo, NOT_SURE, Outcome, Plan, QuestionId, Situation, StepId, Urgency, evaluate_with,
};
use huella::views::PlanView;

use super::today;

fn now() -> Now {
    Now::from(today())
}

/// The walk, made once for every test of this file.
static ALL_PLANS: LazyLock<Vec<(Answers, Plan)>> =
    LazyLock::new(|| decision::walk::every_plan(today(), &guide().rules));

fn all_plans() -> Vec<(Answers, Plan)> {
    ALL_PLANS.clone()
}

fn has(plan: &Plan, step: StepId) -> bool {
    plan.steps.contains(&step)
}

#[test]
fn every_path_ends_in_a_complete_plan_with_steps() {
    let plans = all_plans();
    eprintln!("walk: {} complete answer sets", plans.len());
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
        assert!(facts::is_upcoming(&a, now()), "passed or unknown: {ctx}");
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
        let upcoming = a.notice == Some(YesNoNotSure::Yes) && facts::is_upcoming(&a, now());
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
            assert_eq!(a.attended, Some(Attended::No), "{a:?}");
            let recent = match facts::days_since(&a, now()) {
                Some(days) => days <= guide().rules.recent_miss_days,
                None => a.missed_recently == Some(YesNoNotSure::Yes),
            };
            assert!(recent, "walk-in for an old miss: {a:?}");
        }
        let missed =
            facts::timing(&a, now()) == Some(Timing::Passed) && a.attended == Some(Attended::No);
        if missed && !matches!(a.letter, Some(Letter::Denied | Letter::NewAppointment)) {
            assert!(
                has(&plan, StepId::CallContactCenter) && has(&plan, StepId::KeepProof),
                "{a:?}"
            );
        }
    }
}

/// The complete answer sets where `question` has the definite `value`
/// instead of `not-sure`, and every question that answer opens is answered
/// `not-sure` (a question without that value: each of its values). Written
/// apart from the decision module's own expansion, so the walk checks it.
fn with_definite(a: &Answers, question: QuestionId, value: &str) -> Vec<Answers> {
    fn fill(a: Answers, out: &mut Vec<Answers>) {
        match flow::next_to_ask(&a, today()) {
            None => {
                if flow::date_problem(&a, today()).is_none() {
                    out.push(flow::complete_answers(&a, today()).expect("all asked"));
                }
            }
            Some(next) => {
                let choices = decision::walk::values(next, today());
                let unsure = choices.iter().any(|v| v == NOT_SURE);
                for v in choices.iter().filter(|v| !unsure || *v == NOT_SURE) {
                    let mut more = a.clone();
                    more.set(next, v).expect("walk values are contract values");
                    fill(more, out);
                }
            }
        }
    }
    let mut start = a.clone();
    start
        .set(question, value)
        .expect("walk values are contract values");
    let mut out = Vec::new();
    fill(start, &mut out);
    out
}

#[test]
fn i_dont_know_never_loses_a_protective_step_or_urgency_that_any_definite_answer_would_give() {
    // Every definite alternative is itself a complete answer set of the walk.
    let by_answers: HashMap<&Answers, &Plan> = ALL_PLANS.iter().map(|(a, p)| (a, p)).collect();
    let plan_of = |a: &Answers| {
        *by_answers
            .get(a)
            .unwrap_or_else(|| panic!("not in the walk: {a:?}"))
    };
    let mut compared = 0;
    let mut failures = Vec::new();
    // One example of each kind of loss.
    let mut kinds = std::collections::HashSet::new();
    for (a, plan) in ALL_PLANS.iter() {
        for question in flow::path(a, today()) {
            if a.value(question).as_deref() != Some(NOT_SURE) {
                continue;
            }
            // Each definite value that agrees with the person's other answers
            // (an unknown date said to have passed is a date up to today).
            let agrees = |v: &&String| {
                Answer::parse(question, v)
                    .is_some_and(|value| plan::agrees_with_the_rest(a, value, now()))
            };
            for value in decision::walk::values(question, today())
                .iter()
                .filter(|v| *v != NOT_SURE)
                .filter(agrees)
            {
                for definite in with_definite(a, question, value) {
                    let other = plan_of(&definite);
                    compared += 1;
                    let lost: Vec<StepId> = (other.steps.iter().copied())
                        .filter(|s| s.is_protective() && !plan.steps.contains(s))
                        .collect();
                    let calmer = !plan.urgency.at_least(other.urgency, today());
                    let kind = format!("{question}={value} {lost:?} {calmer}");
                    if (!lost.is_empty() || calmer) && failures.len() < 10 && kinds.insert(kind) {
                        failures.push(format!(
                            "{question}=not-sure loses {lost:?} (urgency {:?} vs {:?}) against {question}={value}\n  unsure: {a:?}\n  definite: {definite:?}",
                            plan.urgency, other.urgency
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    assert!(
        compared > 10_000,
        "the walk compares many plans ({compared})"
    );
}

#[test]
fn the_urgency_order_runs_from_today_to_wait() {
    let t = today();
    let day = |d| t.checked_add_days(Days::new(d)).unwrap();
    // An unknown appointment date may be today: finding it out is as urgent.
    assert!(Urgency::CheckNotice.at_least(Urgency::Today, t));
    assert!(Urgency::Today.at_least(Urgency::CheckNotice, t));
    let order = [
        Urgency::CheckNotice,
        Urgency::BeforeDate(day(3)),
        Urgency::OnDate(day(3)),
        Urgency::ThisWeek,
        Urgency::BeforeDate(day(30)),
        Urgency::Wait,
    ];
    for w in order.windows(2) {
        assert!(w[0].at_least(w[1], t), "{:?} before {:?}", w[0], w[1]);
        assert!(!w[1].at_least(w[0], t), "{:?} after {:?}", w[1], w[0]);
    }
}

#[test]
fn a_reschedule_count_or_12_hour_answer_left_unsure_gives_the_same_steps_as_the_worse_answer() {
    let rules = &guide().rules;
    let memo = Mutex::new(Memo::default());
    let plan_of = |a: &Answers| match evaluate_with(a, today(), rules, &mut memo.lock().unwrap()) {
        Outcome::Complete(p) => p.steps,
        Outcome::Incomplete(q) => panic!("incomplete at {q}"),
    };
    for (a, plan) in all_plans() {
        if a.reschedules == Some(Reschedules::NotSure) {
            let mut worse = a.clone();
            worse.reschedules = Some(Reschedules::TwoOrMore);
            assert_eq!(plan.steps, plan_of(&worse), "{a:?}");
        }
        if a.within_12_hours == Some(YesNoNotSure::NotSure) {
            let mut worse = a.clone();
            worse.within_12_hours = Some(YesNoNotSure::Yes);
            assert_eq!(plan.steps, plan_of(&worse), "{a:?}");
        }
        if a.case_type.is_some_and(CaseType::is_court) && a.hearing == Some(Hearing::NotSure) {
            let mut worse = a.clone();
            worse.hearing = Some(Hearing::Within60Days);
            for step in plan_of(&worse) {
                assert!(plan.steps.contains(&step), "{step} missing for {a:?}");
            }
        }
    }
}

/// Pages and API answers are kept by `PlanInputs`, which drops the time of
/// day where the rules cannot see it (a known appointment time on a date
/// gone, or two or more days ahead). Over every seventh answer set of the
/// walk where it does, at a reading just after midnight, at noon or just
/// before the next midnight in turn, the kept plan is the plan `evaluate`
/// gives for the full reading. (All of them at all three readings takes
/// minutes in a debug build and finds no more.)
#[test]
fn a_plan_kept_by_its_inputs_is_the_plan_for_the_full_clock_reading() {
    let rules = &guide().rules;
    let readings = ["00:01", "12:00", "23:59"].map(|time| {
        let time = chrono::NaiveTime::parse_from_str(time, "%H:%M").unwrap();
        Now::from(today().and_time(time))
    });
    let mut memo = Memo::default();
    let mut compared = 0;
    for (i, (a, _)) in all_plans().iter().enumerate().step_by(7) {
        let now = readings[i % readings.len()];
        if facts::reading_that_matters(a, now) == now {
            continue;
        }
        let inputs = plan::PlanInputs::of(a, now).expect("a walked answer set is complete");
        let Outcome::Complete(full) = evaluate_with(a, now, rules, &mut memo) else {
            panic!("complete inputs but an incomplete evaluation: {a:?} at {now:?}");
        };
        assert_eq!(inputs.situation(rules), full.situation, "{a:?} at {now:?}");
        assert_eq!(inputs.plan(rules), full, "{a:?} at {now:?}");
        compared += 1;
    }
    assert!(compared > 10_000, "compared {compared}");
}

/// Where a plan's steps stand, by id.
fn position(plan: &Plan, step: StepId) -> Option<usize> {
    plan.steps.iter().position(|&s| s == step)
}

#[test]
fn the_ordering_rule_puts_deadlines_and_legal_help_first_then_the_address_where_mail_may_go_astray()
{
    use StepId::*;
    for (a, plan) in all_plans() {
        let ctx = format!("{a:?} -> {:?}", plan.steps);
        let deadline = |s: StepId| match s {
            RespondToLetter => {
                matches!(a.letter, Some(Letter::Rfe | Letter::Noid | Letter::NotSure))
            }
            MotionToReopen | AppealToBoard => a.letter == Some(Letter::Denied),
            TellTheJudge => plan.context.hearing_soon,
            _ => false,
        };
        // 0. After a judge's decision, an asylum denial or a denial on an
        // unknown track, legal help comes first of all.
        let help_first =
            a.letter == Some(Letter::Denied) && a.case_type != Some(CaseType::OtherUscis);
        if help_first {
            assert_eq!(plan.steps.first(), Some(&GetLegalHelp), "{ctx}");
        }
        // 0. So does a call that must reach USCIS before an appointment
        // that may be within hours: it cannot wait behind a hearing.
        let call_cannot_wait = plan.urgency == Urgency::Today
            && matches!(
                plan.situation,
                Situation::MustReschedule | Situation::AttendanceUndecided
            );
        if call_cannot_wait {
            assert!(
                matches!(
                    plan.steps.first(),
                    Some(CallContactCenter | RescheduleOnline)
                ),
                "{ctx}"
            );
        }
        let calls_first = if call_cannot_wait {
            (plan.steps.iter())
                .take_while(|s| matches!(s, CallContactCenter | RescheduleOnline))
                .count()
        } else {
            0
        };
        let skip = usize::from(help_first) + calls_first;
        let last_deadline = plan.steps.iter().rposition(|&s| deadline(s));
        if let Some(last) = last_deadline {
            // 1. Every deadline step comes before anything else...
            assert!(
                plan.steps[skip..=last].iter().all(|&s| deadline(s)),
                "{ctx}"
            );
            // 2. ...and legal help right after them (or first of all).
            if !help_first {
                assert_eq!(plan.steps.get(last + 1), Some(&GetLegalHelp), "{ctx}");
            }
        }
        // The address steps never come ahead of a deadline; the court form
        // always comes before the USCIS one.
        for address in [UpdateAddress, UpdateAddressCourt] {
            if let (Some(i), Some(last)) = (position(&plan, address), last_deadline) {
                assert!(i > last, "address ahead of a deadline: {ctx}");
            }
        }
        if let (Some(court), Some(uscis)) = (
            position(&plan, UpdateAddressCourt),
            position(&plan, UpdateAddress),
        ) {
            assert!(court < uscis, "{ctx}");
        }
        // 3. Where a notice may go to the old address and no call must beat
        // an appointment today, the address steps come before calling.
        let call_cannot_wait = plan.urgency == Urgency::Today
            && matches!(
                plan.situation,
                Situation::TimingUnknown
                    | Situation::MustReschedule
                    | Situation::AttendanceUndecided
            );
        if a.moved == Some(YesNoNotSure::Yes)
            && !call_cannot_wait
            && let (Some(address), Some(call)) = (
                position(&plan, UpdateAddress),
                position(&plan, CallContactCenter),
            )
        {
            assert!(address < call, "{ctx}");
        }
        // The situation sentence names the first step.
        assert_eq!(plan.context.first, plan.steps.first().copied(), "{ctx}");
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
                step.say
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
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
