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
