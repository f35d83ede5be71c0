//! Issue 13's bullets, each as a row: "I don't know" per question, the
//! denial and court tracks, the facts that change what a person does, the
//! dates refused, the clock, and the order of the steps.

use chrono::{NaiveDate, NaiveDateTime};
use huella::content::{DEFAULT_LANGUAGE, Texts, WatchStatus, guide};
use huella::decision::{
    DateProblem, Now, Outcome, QuestionId, Situation, StepId, Urgency, evaluate, flow,
};
use huella::views::PlanView;

use super::{answers, plan_for, today};

/// One row: the answers, the steps that must and must not be there, the
/// step that must come first, and the situation.
struct Row {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    must: &'static [StepId],
    must_not: &'static [StepId],
    first: Option<StepId>,
    situation: Situation,
}

use StepId::*;

const ROWS: &[Row] = &[
    Row {
        name: "case type unknown, appointment upcoming: find the case, legal help, the court duties in case a judge has it",
        answers: &[
            ("case-type", "not-sure"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        must: &[
            FindYourCase,
            GetLegalHelp,
            TellTheJudge,
            ContactGovernmentLawyer,
            AttendAppointment,
        ],
        must_not: &[RescheduleOnline],
        first: None,
        situation: Situation::AppointmentUpcoming,
    },
    Row {
        name: "letter unknown after a miss: find the deadline on every letter today, the denial routes, legal help",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "no"),
            ("letter", "not-sure"),
            ("moved", "no"),
        ],
        must: &[
            RespondToLetter,
            MotionToReopen,
            GetLegalHelp,
            CallContactCenter,
            CheckCaseStatus,
        ],
        must_not: &[RescheduleOnline, WalkInAsc],
        first: Some(RespondToLetter),
        situation: Situation::MissedWithLetter,
    },
    Row {
        name: "receipt unknown after 2 to 3 months: call, as with a receipt",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "no"),
            ("receipt", "not-sure"),
            ("waited", "2-to-3-months"),
            ("moved", "no"),
        ],
        must: &[CallContactCenter, CheckCaseStatus, FindYourCase, KeepProof],
        must_not: &[RescheduleOnline],
        first: None,
        situation: Situation::NoticeOverdue,
    },
    Row {
        name: "court case, receipt unknown after 2 to 3 months: call and tell the government lawyer",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "no"),
            ("receipt", "not-sure"),
            ("waited", "2-to-3-months"),
            ("moved", "no"),
        ],
        must: &[
            CallContactCenter,
            ContactGovernmentLawyer,
            FollowCourtInstructions,
        ],
        must_not: &[RescheduleOnline],
        first: None,
        situation: Situation::NoticeOverdue,
    },
    Row {
        name: "notice unknown: check the status and call today, never just wait",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "not-sure"),
            ("receipt", "yes"),
            ("waited", "under-2-months"),
            ("moved", "no"),
        ],
        must: &[CheckCaseStatus, CallContactCenter, KeepProof, GetLegalHelp],
        must_not: &[RescheduleOnline],
        first: None,
        situation: Situation::NoticeUnknown,
    },
    Row {
        name: "court decision: legal help first, then the appeal to the Board, no USCIS motion, no call",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        must: &[AppealToBoard, GetLegalHelp],
        must_not: &[
            MotionToReopen,
            TellTheJudge,
            ContactGovernmentLawyer,
            ExplainGoodCause,
            CallContactCenter,
        ],
        first: Some(GetLegalHelp),
        situation: Situation::Denied,
    },
    Row {
        name: "other court case, decision: the same court routes",
        answers: &[
            ("case-type", "other-court"),
            ("hearing", "none"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "yes"),
        ],
        must: &[
            AppealToBoard,
            GetLegalHelp,
            UpdateAddressCourt,
            UpdateAddress,
        ],
        must_not: &[MotionToReopen],
        first: Some(GetLegalHelp),
        situation: Situation::Denied,
    },
    Row {
        name: "asylum with USCIS denied: legal help first (the case may go to court), no good-cause call",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        must: &[MotionToReopen, GetLegalHelp],
        must_not: &[AppealToBoard, CallContactCenter, ExplainGoodCause],
        first: Some(GetLegalHelp),
        situation: Situation::Denied,
    },
    Row {
        name: "other court case, hearing soon, no notice: the court track's duties",
        answers: &[
            ("case-type", "other-court"),
            ("hearing", "within-60-days"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "under-2-months"),
            ("moved", "no"),
        ],
        must: &[
            FollowCourtInstructions,
            CallContactCenter,
            ContactGovernmentLawyer,
            TellTheJudge,
            GetLegalHelp,
        ],
        must_not: &[RescheduleOnline],
        first: Some(TellTheJudge),
        situation: Situation::CourtHearingSoon,
    },
    Row {
        name: "court, hearing soon, appointment upcoming: bring the stamped notice to the hearing, a copy to the government lawyer",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-05"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        must: &[
            TellTheJudge,
            ContactGovernmentLawyer,
            GetLegalHelp,
            AttendAppointment,
            KeepProof,
        ],
        must_not: &[CallContactCenter],
        first: Some(TellTheJudge),
        situation: Situation::AppointmentUpcoming,
    },
    Row {
        name: "court, hearing soon, fingerprints done: the stamped notice to the hearing and the government lawyer",
        answers: &[
            ("case-type", "other-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
            ("moved", "no"),
        ],
        must: &[TellTheJudge, ContactGovernmentLawyer, KeepProof],
        must_not: &[CallContactCenter],
        first: Some(TellTheJudge),
        situation: Situation::Attended,
    },
    Row {
        name: "a new appointment notice came after the miss: the plan for the new date",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "no"),
            ("letter", "new-appointment"),
            ("new-appointment-date", "2026-12-15"),
            ("can-attend", "yes"),
            ("photo-id", "no"),
            ("moved", "no"),
        ],
        must: &[AttendAppointment, BringDocuments, KeepProof],
        must_not: &[CallContactCenter, WalkInAsc, RespondToLetter],
        first: Some(AttendAppointment),
        situation: Situation::AppointmentUpcoming,
    },
    Row {
        name: "turned away at the ASC: call, explain, keep proof",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-18"),
            ("attended", "turned-away"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &[CallContactCenter, ExplainGoodCause, KeepProof, GetLegalHelp],
        must_not: &[RescheduleOnline, AttendAppointment],
        first: Some(CallContactCenter),
        situation: Situation::TurnedAway,
    },
    Row {
        name: "moved, waiting for a notice: the address first, then the call",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "over-3-months"),
            ("moved", "yes"),
        ],
        must: &[UpdateAddress, CallContactCenter],
        must_not: &[UpdateAddressCourt],
        first: Some(UpdateAddress),
        situation: Situation::NoticeOverdue,
    },
    Row {
        name: "moved, RFE: the deadline first, never the address ahead of it",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-10-01"),
            ("attended", "no"),
            ("letter", "rfe"),
            ("moved", "yes"),
        ],
        must: &[RespondToLetter, GetLegalHelp, UpdateAddress],
        must_not: &[],
        first: Some(RespondToLetter),
        situation: Situation::MissedWithLetter,
    },
    Row {
        name: "moved, cannot go to an appointment within 12 hours: the call before the address",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
            ("within-12-hours", "yes"),
            ("reschedules", "0"),
            ("moved", "yes"),
        ],
        must: &[CallContactCenter, UpdateAddress],
        must_not: &[RescheduleOnline],
        first: Some(CallContactCenter),
        situation: Situation::MustReschedule,
    },
    Row {
        name: "appointment ahead but its date unknown: ask USCIS for the date first, then go",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "not-sure"),
            ("appointment-passed", "no"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        must: &[CallContactCenter, AttendAppointment, BringDocuments],
        must_not: &[RescheduleOnline, WaitForNotice],
        first: Some(CallContactCenter),
        situation: Situation::AppointmentUpcoming,
    },
    Row {
        name: "court, hearing within 60 days, appointment within 12 hours and cannot go: the call comes before the judge",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
            ("within-12-hours", "yes"),
            ("reschedules", "0"),
            ("moved", "no"),
        ],
        must: &[CallContactCenter, TellTheJudge, ContactGovernmentLawyer],
        must_not: &[RescheduleOnline],
        first: Some(CallContactCenter),
        situation: Situation::MustReschedule,
    },
];

#[test]
fn an_unknown_appointment_date_is_never_made_up_and_finding_it_is_for_today() {
    for (date_question, extra) in [
        ("appointment-date", &[("appointment-passed", "no")][..]),
        ("new-appointment-date", &[][..]),
    ] {
        let mut pairs = vec![("case-type", "asylum-uscis"), ("notice", "yes")];
        if date_question == "appointment-date" {
            pairs.push(("appointment-date", "not-sure"));
        } else {
            pairs.extend([
                ("appointment-date", "2026-11-01"),
                ("attended", "no"),
                ("letter", "new-appointment"),
                ("new-appointment-date", "not-sure"),
            ]);
        }
        pairs.extend_from_slice(extra);
        pairs.extend([("can-attend", "yes"), ("photo-id", "yes"), ("moved", "no")]);
        let plan = plan_for(&pairs);
        assert_eq!(
            plan.urgency,
            Urgency::CheckNotice,
            "{date_question}: {plan:?}"
        );
        assert_eq!(
            plan.steps.first(),
            Some(&CallContactCenter),
            "{date_question}"
        );
    }
}

#[test]
fn a_hearing_within_60_days_after_the_fingerprints_is_no_time_to_wait() {
    let plan = plan_for(&[
        ("case-type", "other-court"),
        ("hearing", "within-60-days"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "yes"),
        ("moved", "no"),
    ]);
    assert_eq!(plan.urgency, Urgency::ThisWeek);
    assert!(plan.steps.contains(&TellTheJudge));
}

#[test]
fn every_row_of_the_second_review_gives_the_plan_it_describes() {
    let mut failures = Vec::new();
    for row in ROWS {
        let plan = plan_for(row.answers);
        let mut problems = Vec::new();
        for m in row.must {
            if !plan.steps.contains(m) {
                problems.push(format!("missing {m}"));
            }
        }
        for m in row.must_not {
            if plan.steps.contains(m) {
                problems.push(format!("forbidden {m}"));
            }
        }
        if let Some(first) = row.first
            && plan.steps.first() != Some(&first)
        {
            problems.push(format!("first is {:?}, want {first}", plan.steps.first()));
        }
        if plan.situation != row.situation {
            problems.push(format!("situation {:?}", plan.situation));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {} ({:?})",
                row.name,
                problems.join(", "),
                plan.steps
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn moved_not_sure_is_as_urgent_as_moved() {
    let base = [
        ("case-type", "asylum-uscis"),
        ("notice", "no"),
        ("receipt", "no"),
        ("waited", "under-2-months"),
    ];
    let with = |moved| {
        let mut pairs = base.to_vec();
        pairs.push(("moved", moved));
        plan_for(&pairs).urgency
    };
    assert_eq!(with("yes"), Urgency::ThisWeek);
    assert_eq!(with("not-sure"), Urgency::ThisWeek);
}

#[test]
fn other_court_cases_are_asked_the_hearing_question() {
    let a = answers(&[("case-type", "other-court")]);
    assert_eq!(flow::next_question(&a, today()), Some(QuestionId::Hearing));
}

#[test]
fn a_new_appointment_notice_asks_its_date_then_the_questions_of_an_upcoming_appointment() {
    let mut pairs = vec![
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
        ("letter", "new-appointment"),
    ];
    let a = answers(&pairs);
    assert_eq!(
        flow::next_question(&a, today()),
        Some(QuestionId::NewAppointmentDate)
    );
    pairs.push(("new-appointment-date", "2026-12-15"));
    let a = answers(&pairs);
    assert_eq!(
        flow::next_question(&a, today()),
        Some(QuestionId::CanAttend)
    );
    pairs.extend([
        ("can-attend", "no"),
        ("reschedules", "0"),
        ("online-account", "yes"),
        ("moved", "no"),
    ]);
    let plan = plan_for(&pairs);
    assert_eq!(
        plan.context.appointment,
        NaiveDate::from_ymd_opt(2026, 12, 15)
    );
    assert_eq!(
        plan.urgency,
        Urgency::BeforeDate(NaiveDate::from_ymd_opt(2026, 12, 15).unwrap())
    );
    assert!(plan.steps.contains(&RescheduleOnline));
}

#[test]
fn impossible_dates_are_refused_before_any_plan() {
    let missed_denied = [
        ("case-type", "other-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
        ("letter", "denied"),
    ];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut pairs = missed_denied.to_vec();
        pairs.extend_from_slice(extra);
        flow::date_problem(&answers(&pairs), today())
    };
    assert_eq!(
        with(&[("decision-date", "2026-11-30")]),
        Some((QuestionId::DecisionDate, DateProblem::DecisionInFuture))
    );
    assert_eq!(
        with(&[("decision-date", "2026-10-15")]),
        Some((
            QuestionId::DecisionDate,
            DateProblem::DecisionBeforeAppointment
        ))
    );
    assert_eq!(with(&[("decision-date", "2026-11-10")]), None);
    // A letter that came after the miss cannot be due before it.
    let letter_due = |date| {
        let mut pairs = missed_denied[..4].to_vec();
        pairs.extend([("letter", "noid"), ("letter-deadline", date)]);
        flow::date_problem(&answers(&pairs), today())
    };
    assert_eq!(
        letter_due("2026-10-01"),
        Some((
            QuestionId::LetterDeadline,
            DateProblem::DeadlineBeforeAppointment
        ))
    );
    assert_eq!(letter_due("2026-11-20"), None);
    let new_date = |date| {
        let mut pairs = missed_denied[..4].to_vec();
        pairs.extend([
            ("letter", "new-appointment"),
            ("new-appointment-date", date),
        ]);
        flow::date_problem(&answers(&pairs), today())
    };
    assert_eq!(
        new_date("2026-11-20"),
        Some((
            QuestionId::NewAppointmentDate,
            DateProblem::NewAppointmentPassed
        ))
    );
    assert_eq!(new_date("2026-11-22"), None);
}

#[test]
fn on_the_day_itself_the_banner_says_today_never_before_today() {
    let plan = plan_for(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-22"),
        ("appointment-passed", "no"),
        ("can-attend", "no"),
        ("within-12-hours", "no"),
        ("reschedules", "0"),
        ("online-account", "yes"),
        ("moved", "no"),
    ]);
    assert_eq!(plan.urgency, Urgency::Today);
}

fn at(text: &str) -> Now {
    Now::from(NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M").unwrap())
}

#[test]
fn with_the_appointment_time_and_the_clock_passed_and_12_hours_are_worked_out_not_asked() {
    let rules = &guide().rules;
    let today_at_9 = [
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-22"),
        ("appointment-time", "09:00"),
    ];
    // After 9:00 the appointment has passed: "did you go?" comes next.
    let a = answers(&today_at_9);
    assert_eq!(
        flow::next_question(&a, at("2026-11-22T10:00")),
        Some(QuestionId::Attended)
    );
    // Before 9:00 it is still ahead, and within 12 hours: no question about either.
    let mut pairs = today_at_9.to_vec();
    pairs.push(("can-attend", "no"));
    let a = answers(&pairs);
    assert_eq!(
        flow::next_question(&a, at("2026-11-22T07:00")),
        Some(QuestionId::Reschedules)
    );
    // Without the clock's time, the person is asked, as before.
    assert_eq!(
        flow::next_question(&answers(&today_at_9), today()),
        Some(QuestionId::AppointmentPassed)
    );
    // Tomorrow at 9:00 seen at 8:00 today is more than 12 hours away: online is open.
    let tomorrow = [
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-23"),
        ("appointment-time", "09:00"),
        ("can-attend", "no"),
        ("reschedules", "0"),
        ("online-account", "yes"),
        ("moved", "no"),
    ];
    let plan = |now| match evaluate(&answers(&tomorrow), now, rules) {
        Outcome::Complete(p) => p,
        Outcome::Incomplete(q) => panic!("incomplete at {q}"),
    };
    assert!(
        plan(at("2026-11-22T08:00"))
            .steps
            .contains(&RescheduleOnline)
    );
    // Seen at 22:00, it is within 12 hours: call, today.
    let late = plan(at("2026-11-22T22:00"));
    assert!(late.steps.contains(&CallContactCenter) && !late.steps.contains(&RescheduleOnline));
    assert_eq!(late.urgency, Urgency::Today);
}

/// An answer set, as question id and value pairs.
type Pairs = &'static [(&'static str, &'static str)];

/// Words a plan must say: the answers, a step, and a phrase its text holds.
const WORDS: &[(Pairs, &str, &str)] = &[
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        "attend-appointment",
        "work permit",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        "attend-appointment",
        "criminal record",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        "bring-documents",
        "with an adult",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "no"),
            ("reschedules", "0"),
            ("online-account", "yes"),
            ("moved", "no"),
        ],
        "explain-good-cause",
        "advance parole",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "over-3-months"),
            ("moved", "no"),
        ],
        "call-contact-center",
        "cannot set a first appointment",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
            ("within-12-hours", "yes"),
            ("reschedules", "0"),
            ("moved", "no"),
        ],
        "call-contact-center",
        "If no one answers in time, go to the appointment",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-15"),
            ("attended", "no"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        "walk-in-asc",
        "stamp your notice",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "yes"),
        ],
        "update-address",
        "Moving does not move your court case",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "yes"),
        ],
        "update-address-court",
        "address the court has",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
            ("moved", "no"),
        ],
        "check-case-status",
        "does not show court cases",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
            ("moved", "no"),
        ],
        "check-case-status",
        "for example ZLA",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
            ("moved", "no"),
        ],
        "check-case-status",
        "it may start with IOE",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-10-01"),
            ("attended", "no"),
            ("letter", "noid"),
            ("moved", "no"),
        ],
        "respond-to-letter",
        "You must answer by the deadline",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        "appeal-to-board",
        "EOIR-26",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        "motion-to-reopen",
        "Notice to Appear",
    ),
    (
        &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        "motion-to-reopen",
        "show that the decision was wrong",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-05"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        "tell-the-judge",
        "Bring your stamped notice to your hearing",
    ),
    (
        &[
            ("case-type", "asylum-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-05"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        "contact-government-lawyer",
        "copy of your stamped notice",
    ),
];

#[test]
fn the_words_say_each_fact_that_changes_what_a_person_does() {
    let tr = Texts::of(DEFAULT_LANGUAGE);
    for &(pairs, step, phrase) in WORDS {
        let plan = plan_for(pairs);
        let view = PlanView::build(tr, guide(), &plan);
        let found = view.steps.iter().find(|s| s.id == step);
        let text = found.map(|s| {
            [
                s.paragraphs.join(" "),
                s.say.as_ref().map(ToString::to_string).unwrap_or_default(),
            ]
            .join(" ")
        });
        assert!(
            text.as_deref().is_some_and(|t| t.contains(phrase)),
            "{step} should say {phrase:?} for {pairs:?}: {text:?}"
        );
    }
}

#[test]
fn the_situation_sentence_names_the_first_step() {
    let tr = Texts::of(DEFAULT_LANGUAGE);
    for row in ROWS {
        let plan = plan_for(row.answers);
        let view = PlanView::build(tr, guide(), &plan);
        assert!(
            view.situation.contains(&view.steps[0].title),
            "{}: {}",
            row.name,
            view.situation
        );
    }
}

#[test]
fn the_volatile_rules_are_recorded_with_status_date_and_the_steps_they_touch() {
    let g = guide();
    for id in ["proposed-biometrics-rule-2025", "annual-asylum-fee"] {
        let watch = &g.watch[id];
        assert!(!watch.steps.is_empty(), "{id}");
        assert!(watch.checked <= NaiveDate::from_ymd_opt(2026, 12, 2).unwrap());
    }
    // What it is about is read in the locale files, like every other word.
    let note = Texts::of(DEFAULT_LANGUAGE).t("watch-proposed-biometrics-rule-2025-note");
    assert!(note.contains("90 FR 49062"));
    assert_eq!(
        g.watch["proposed-biometrics-rule-2025"].status,
        WatchStatus::Proposed
    );
}

#[test]
fn a_plan_where_every_answer_is_i_dont_know_is_made_quickly() {
    let pairs = [
        ("case-type", "not-sure"),
        ("notice", "not-sure"),
        ("receipt", "not-sure"),
        ("waited", "not-sure"),
        ("moved", "not-sure"),
    ];
    let started = std::time::Instant::now();
    let plan = plan_for(&pairs);
    let took = started.elapsed();
    assert!(plan.steps.contains(&FindYourCase));
    // Even unoptimized, well under the time a page may take.
    assert!(took < std::time::Duration::from_secs(2), "{took:?}");
}
