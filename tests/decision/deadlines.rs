//! Letter deadlines: the date the person types, never one invented; the
//! motion window of 30 days, 33 when mailed; optional questions never hold
//! up a plan.

use chrono::NaiveDate;
use huella::decision::{QuestionId, StepId, flow};

use super::{answers, plan_for, today};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const MISSED: &[(&str, &str)] = &[
    ("notice", "yes"),
    ("appointment-date", "2026-11-01"),
    ("attended", "no"),
    ("moved", "no"),
];

fn missed_with(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut pairs = MISSED.to_vec();
    pairs.extend_from_slice(extra);
    pairs
}

#[test]
fn the_form_asks_the_optional_questions_but_the_plan_never_waits_for_them() {
    for (case_type, letter, optional) in [
        ("other-uscis", "rfe", QuestionId::LetterDeadline),
        ("asylum-uscis", "noid", QuestionId::LetterDeadline),
        ("other-uscis", "denied", QuestionId::DecisionDate),
        ("not-sure", "denied", QuestionId::DecisionDate),
    ] {
        let pairs = missed_with(&[("case-type", case_type), ("letter", letter)]);
        let a = answers(&pairs);
        assert_eq!(flow::next_to_ask(&a, today()), Some(optional), "{pairs:?}");
        assert_eq!(flow::next_question(&a, today()), None, "{pairs:?}");
        assert_eq!(plan_for(&pairs).context.deadline, None, "never invented");
    }
}

#[test]
fn an_rfe_or_noid_deadline_is_the_date_typed_with_the_days_left_or_gone() {
    for (typed, days_left) in [("2026-12-01", 9), ("2026-11-22", 0), ("2026-11-12", -10)] {
        let pairs = missed_with(&[
            ("case-type", "other-uscis"),
            ("letter", "rfe"),
            ("letter-deadline", typed),
        ]);
        let deadline = plan_for(&pairs).context.deadline.unwrap();
        assert_eq!(deadline.step, StepId::RespondToLetter);
        assert_eq!(deadline.date, date(typed));
        assert_eq!(deadline.days_left, days_left);
    }
    let pairs = missed_with(&[
        ("case-type", "other-uscis"),
        ("letter", "noid"),
        ("letter-deadline", "not-sure"),
    ]);
    assert_eq!(plan_for(&pairs).context.deadline, None);
}

#[test]
fn a_motion_to_reopen_is_due_30_days_after_the_decision_or_33_when_mailed() {
    for (mailed, due) in [
        ("yes", "2026-12-04"),
        ("no", "2026-12-01"),
        // Not knowing counts as not mailed: the earlier deadline.
        ("not-sure", "2026-12-01"),
    ] {
        let pairs = missed_with(&[
            ("case-type", "other-uscis"),
            ("letter", "denied"),
            ("decision-date", "2026-11-01"),
            ("decision-mailed", mailed),
        ]);
        let deadline = plan_for(&pairs).context.deadline.unwrap();
        assert_eq!(deadline.step, StepId::MotionToReopen);
        assert_eq!(deadline.date, date(due), "mailed: {mailed}");
    }
}

#[test]
fn asylum_denials_by_uscis_get_no_window_and_court_decisions_get_the_boards_30_days() {
    let mut pairs = missed_with(&[("case-type", "asylum-uscis"), ("letter", "denied")]);
    let a = answers(&pairs);
    assert!(!flow::path(&a, today()).contains(&QuestionId::DecisionDate));
    pairs.push(("decision-date", "2026-11-10"));
    assert_eq!(
        plan_for(&pairs).context.deadline,
        None,
        "an answer off the path is ignored"
    );
    for case_type in ["asylum-court", "other-court"] {
        let pairs = missed_with(&[
            ("case-type", case_type),
            ("hearing", "later"),
            ("letter", "denied"),
            ("decision-date", "2026-11-10"),
        ]);
        let a = answers(&pairs);
        // Mailing adds no days to the Board's deadline: not asked.
        assert!(!flow::path(&a, today()).contains(&QuestionId::DecisionMailed));
        let deadline = plan_for(&pairs).context.deadline.unwrap();
        assert_eq!(deadline.step, StepId::AppealToBoard, "{case_type}");
        assert_eq!(deadline.date, date("2026-12-10"), "{case_type}");
    }
}

#[test]
fn an_answer_to_one_question_answers_that_question_only() {
    use huella::decision::{Answers, QuestionKind};
    for &q in QuestionId::ALL {
        let value = match q.kind() {
            QuestionKind::Choice(values) => values[0],
            QuestionKind::Date => "2026-12-01",
            QuestionKind::Time => "09:30",
        };
        let mut a = Answers::default();
        a.set(q, value).unwrap();
        for &other in QuestionId::ALL {
            assert_eq!(a.is_answered(other), other == q, "{q} set, {other} asked");
            assert_eq!(a.is_answered(other), a.value(other).is_some());
        }
    }
}

fn reschedule_at(
    time: &'static str,
    reschedules: &'static str,
) -> Vec<(&'static str, &'static str)> {
    vec![
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-12-04"),
        ("appointment-time", time),
        ("can-attend", "no"),
        ("reschedules", reschedules),
        ("online-account", "yes"),
        ("moved", "no"),
    ]
}

#[test]
fn online_rescheduling_closes_12_hours_before_the_appointment_and_a_call_at_its_time() {
    let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
    // 10:30 AM on Friday, December 4: the online tool closes at 10:30 PM
    // the evening before, not at the end of December 3.
    let online = plan_for(&reschedule_at("10:30", "0"));
    assert_eq!(online.context.first, Some(StepId::RescheduleOnline));
    let dates = online.key_dates;
    assert_eq!(dates.reschedule_until, Some(at("2026-12-03 22:30")));
    assert_eq!(dates.reschedule.unwrap().last_day, date("2026-12-03"));
    // Two reschedules: the tool refuses, the call must come before the appointment.
    let phone = plan_for(&reschedule_at("10:30", "2-or-more"));
    assert_eq!(
        phone.key_dates.reschedule_until,
        Some(at("2026-12-04 10:30"))
    );
    // No time: no hour is invented, the last whole day stays.
    let unknown = plan_for(&reschedule_at("not-sure", "0")).key_dates;
    assert_eq!(unknown.reschedule_until, None);
    assert_eq!(unknown.reschedule.unwrap().last_day, date("2026-12-03"));
}

#[test]
fn the_walk_in_after_a_recent_miss_has_a_last_day_21_days_after_it() {
    let pairs = [
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-12"),
        ("attended", "no"),
        ("letter", "none"),
        ("moved", "no"),
    ];
    let plan = plan_for(&pairs);
    assert!(plan.steps.contains(&StepId::WalkInAsc));
    assert_eq!(plan.context.walk_in_until, Some(date("2026-12-03")));
    // Without the walk-in step there is no walk-in day.
    let letter = plan_for(&with(&pairs, "letter", "rfe"));
    assert!(!letter.steps.contains(&StepId::WalkInAsc));
    assert_eq!(letter.context.walk_in_until, None);
}

fn with(
    pairs: &[(&'static str, &'static str)],
    question: &str,
    value: &'static str,
) -> Vec<(&'static str, &'static str)> {
    pairs
        .iter()
        .map(|&(q, v)| if q == question { (q, value) } else { (q, v) })
        .collect()
}
