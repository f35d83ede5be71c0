//! The decision rules: a table of cases written from DOMAIN.md, and an
//! exhaustive walk over every answer on every path.

mod deadlines;
mod second_round;
mod walk;

use chrono::NaiveDate;
use huella::content::guide;
use huella::decision::{Answers, Outcome, Plan, QuestionId, Situation, Urgency, evaluate};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

pub fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers::parse(pairs.iter().copied()).expect("test answers use contract values")
}

pub fn plan_for(pairs: &[(&str, &str)]) -> Plan {
    match evaluate(&answers(pairs), today(), &guide().rules) {
        Outcome::Complete(plan) => plan,
        Outcome::Incomplete(q) => panic!("plan incomplete, next question {q}: {pairs:?}"),
    }
}

fn ids(plan: &Plan) -> Vec<&'static str> {
    plan.steps.iter().map(|s| s.as_str()).collect()
}

/// One row of the rules table.
struct Case {
    name: &'static str,
    answers: &'static [(&'static str, &'static str)],
    must: &'static [&'static str],
    must_not: &'static [&'static str],
    first: Option<&'static str>,
    situation: Situation,
}

const CASES: &[Case] = &[
    Case {
        name: "affirmative asylum, no receipt, filed 2-3 months ago: still wait, no call yet",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "no"),
            ("receipt", "no"),
            ("waited", "2-to-3-months"),
            ("moved", "no"),
        ],
        must: &["wait-for-notice"],
        must_not: &["call-contact-center", "reschedule-online"],
        first: None,
        situation: Situation::WaitingForReceipt,
    },
    Case {
        name: "affirmative asylum, no receipt, not sure how long: treated as overdue, call",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "no"),
            ("receipt", "no"),
            ("waited", "not-sure"),
            ("moved", "no"),
        ],
        must: &["call-contact-center", "keep-proof"],
        must_not: &["reschedule-online"],
        first: None,
        situation: Situation::ReceiptOverdue,
    },
    Case {
        name: "affirmative asylum with a receipt: check the status each week, no call",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "over-3-months"),
            ("moved", "no"),
        ],
        must: &["check-case-status", "wait-for-notice"],
        must_not: &["call-contact-center"],
        first: Some("check-case-status"),
        situation: Situation::WaitingForNotice,
    },
    Case {
        name: "court case, receipt, 2-3 months without a notice: call and tell the government lawyer",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "2-to-3-months"),
            ("moved", "no"),
        ],
        must: &[
            "follow-court-instructions",
            "call-contact-center",
            "contact-government-lawyer",
        ],
        must_not: &["tell-the-judge", "reschedule-online"],
        first: Some("follow-court-instructions"),
        situation: Situation::NoticeOverdue,
    },
    Case {
        name: "court case, hearing date unknown, no notice: treated as soon",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "not-sure"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "under-2-months"),
            ("moved", "no"),
        ],
        must: &[
            "call-contact-center",
            "contact-government-lawyer",
            "tell-the-judge",
            "get-legal-help",
        ],
        must_not: &["reschedule-online"],
        first: None,
        situation: Situation::CourtHearingSoon,
    },
    Case {
        name: "green card case, receipt, over 2 months without a notice: call",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "no"),
            ("receipt", "yes"),
            ("waited", "2-to-3-months"),
            ("moved", "no"),
        ],
        must: &["check-case-status", "call-contact-center"],
        must_not: &["contact-government-lawyer"],
        first: None,
        situation: Situation::NoticeOverdue,
    },
    Case {
        name: "not sure whether the receipt came: learn how to find the case",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "no"),
            ("receipt", "not-sure"),
            ("waited", "under-2-months"),
            ("moved", "no"),
        ],
        must: &["find-your-case", "wait-for-notice"],
        must_not: &["reschedule-online"],
        first: Some("find-your-case"),
        situation: Situation::WaitingForReceipt,
    },
    Case {
        name: "appointment today, not sure whether it passed: find out first, never online",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-22"),
            ("appointment-passed", "not-sure"),
            ("moved", "no"),
        ],
        must: &["check-case-status", "call-contact-center"],
        must_not: &["reschedule-online", "walk-in-asc"],
        first: Some("check-case-status"),
        situation: Situation::TimingUnknown,
    },
    Case {
        name: "already went: keep the stamped notice, check the status, nothing to reschedule",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
            ("moved", "no"),
        ],
        must: &["keep-proof", "check-case-status"],
        must_not: &[
            "reschedule-online",
            "call-contact-center",
            "attend-appointment",
        ],
        first: Some("keep-proof"),
        situation: Situation::Attended,
    },
    Case {
        name: "not sure whether they went: find out first, call, no walk-in",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-18"),
            ("attended", "not-sure"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &["check-case-status", "call-contact-center", "keep-proof"],
        must_not: &["reschedule-online", "walk-in-asc"],
        first: Some("check-case-status"),
        situation: Situation::AttendanceUnknown,
    },
    Case {
        name: "missed exactly 21 days ago: still recent, walk-in offered after the call",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "no"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &["call-contact-center", "walk-in-asc"],
        must_not: &["reschedule-online"],
        first: Some("call-contact-center"),
        situation: Situation::Missed,
    },
    Case {
        name: "missed 22 days ago: no walk-in",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-10-31"),
            ("attended", "no"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &["call-contact-center", "explain-good-cause", "keep-proof"],
        must_not: &["walk-in-asc", "reschedule-online"],
        first: Some("call-contact-center"),
        situation: Situation::Missed,
    },
    Case {
        name: "missed on an unknown date, less than 3 weeks ago: walk-in offered",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "not-sure"),
            ("appointment-passed", "yes"),
            ("attended", "no"),
            ("missed-recently", "yes"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &["call-contact-center", "walk-in-asc"],
        must_not: &["reschedule-online"],
        first: None,
        situation: Situation::Missed,
    },
    Case {
        name: "missed on an unknown date, not sure how long ago: no walk-in",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "not-sure"),
            ("appointment-passed", "yes"),
            ("attended", "no"),
            ("missed-recently", "not-sure"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &["call-contact-center"],
        must_not: &["walk-in-asc", "reschedule-online"],
        first: None,
        situation: Situation::Missed,
    },
    Case {
        name: "missed, then a Notice of Intent to Deny: answer it first, get legal help",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-10-01"),
            ("attended", "no"),
            ("letter", "noid"),
            ("moved", "no"),
        ],
        must: &["respond-to-letter", "call-contact-center", "get-legal-help"],
        must_not: &["walk-in-asc", "reschedule-online", "motion-to-reopen"],
        first: Some("respond-to-letter"),
        situation: Situation::MissedWithLetter,
    },
    Case {
        name: "denied: motion to reopen and legal help, nothing to reschedule",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-09-01"),
            ("attended", "no"),
            ("letter", "denied"),
            ("moved", "no"),
        ],
        must: &["motion-to-reopen", "get-legal-help"],
        must_not: &["reschedule-online", "call-contact-center", "walk-in-asc"],
        first: Some("motion-to-reopen"),
        situation: Situation::Denied,
    },
    Case {
        name: "court case, missed: call, then the government lawyer and the judge",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "later"),
            ("notice", "yes"),
            ("appointment-date", "2026-10-01"),
            ("attended", "no"),
            ("letter", "none"),
            ("moved", "no"),
        ],
        must: &[
            "call-contact-center",
            "contact-government-lawyer",
            "tell-the-judge",
            "get-legal-help",
        ],
        must_not: &["reschedule-online"],
        first: Some("call-contact-center"),
        situation: Situation::Missed,
    },
    Case {
        name: "cannot attend, appointment tomorrow, not sure it is within 12 hours: call",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
            ("within-12-hours", "not-sure"),
            ("reschedules", "0"),
            ("moved", "no"),
        ],
        must: &["call-contact-center", "explain-good-cause"],
        must_not: &["reschedule-online", "attend-appointment"],
        first: Some("call-contact-center"),
        situation: Situation::MustReschedule,
    },
    Case {
        name: "cannot attend, tomorrow but more than 12 hours away, once rescheduled, has an account: online",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
            ("within-12-hours", "no"),
            ("reschedules", "1"),
            ("online-account", "yes"),
            ("moved", "no"),
        ],
        must: &["reschedule-online", "explain-good-cause", "keep-proof"],
        must_not: &["call-contact-center"],
        first: Some("reschedule-online"),
        situation: Situation::MustReschedule,
    },
    Case {
        name: "cannot attend, reschedule count unknown: treated as two or more, call",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "no"),
            ("reschedules", "not-sure"),
            ("moved", "no"),
        ],
        must: &["call-contact-center"],
        must_not: &["reschedule-online"],
        first: None,
        situation: Situation::MustReschedule,
    },
    Case {
        name: "cannot attend, no online account: call",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "no"),
            ("reschedules", "0"),
            ("online-account", "not-sure"),
            ("moved", "no"),
        ],
        must: &["call-contact-center"],
        must_not: &["reschedule-online"],
        first: None,
        situation: Situation::MustReschedule,
    },
    Case {
        name: "not sure they can attend: go if at all possible, else reschedule before the time",
        answers: &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "not-sure"),
            ("reschedules", "0"),
            ("online-account", "yes"),
            ("moved", "no"),
        ],
        must: &[
            "attend-appointment",
            "bring-documents",
            "reschedule-online",
            "explain-good-cause",
        ],
        must_not: &["call-contact-center"],
        first: Some("attend-appointment"),
        situation: Situation::AttendanceUndecided,
    },
    Case {
        name: "court case, hearing soon, cannot attend the appointment: lawyer, judge, legal help",
        answers: &[
            ("case-type", "asylum-court"),
            ("hearing", "within-60-days"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "no"),
            ("reschedules", "0"),
            ("online-account", "yes"),
            ("moved", "no"),
        ],
        must: &[
            "reschedule-online",
            "contact-government-lawyer",
            "tell-the-judge",
            "get-legal-help",
        ],
        must_not: &["attend-appointment"],
        first: None,
        situation: Situation::MustReschedule,
    },
    Case {
        name: "moved, USCIS case: the USCIS address change comes first, no court form",
        answers: &[
            ("case-type", "other-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-20"),
            ("can-attend", "yes"),
            ("photo-id", "no"),
            ("moved", "yes"),
        ],
        must: &["update-address", "attend-appointment"],
        must_not: &["update-address-court"],
        first: Some("update-address"),
        situation: Situation::AppointmentUpcoming,
    },
    Case {
        name: "case type unknown and moved: both address changes, court form first",
        answers: &[
            ("case-type", "not-sure"),
            ("notice", "no"),
            ("receipt", "no"),
            ("waited", "under-2-months"),
            ("moved", "yes"),
        ],
        must: &[
            "update-address-court",
            "update-address",
            "find-your-case",
            "get-legal-help",
        ],
        must_not: &["reschedule-online"],
        first: Some("update-address-court"),
        situation: Situation::CaseUnknown,
    },
];

#[test]
fn every_rule_in_the_table_gives_the_plan_domain_md_describes() {
    let mut failures = Vec::new();
    for case in CASES {
        let plan = plan_for(case.answers);
        let steps = ids(&plan);
        let mut problems = Vec::new();
        for m in case.must {
            if !steps.contains(m) {
                problems.push(format!("missing {m}"));
            }
        }
        for m in case.must_not {
            if steps.contains(m) {
                problems.push(format!("forbidden {m}"));
            }
        }
        if let Some(first) = case.first
            && steps.first() != Some(&first)
        {
            problems.push(format!("first is {:?}, want {first}", steps.first()));
        }
        if plan.situation != case.situation {
            problems.push(format!(
                "situation {:?}, want {:?}",
                plan.situation, case.situation
            ));
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{}: {} (steps {steps:?})",
                case.name,
                problems.join(", ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn urgency_says_today_for_a_miss_and_before_the_date_for_a_reschedule() {
    let missed = plan_for(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-11-15"),
        ("attended", "no"),
        ("letter", "none"),
        ("moved", "no"),
    ]);
    assert_eq!(missed.urgency, Urgency::Today);
    let reschedule = plan_for(&[
        ("case-type", "asylum-uscis"),
        ("notice", "yes"),
        ("appointment-date", "2026-12-10"),
        ("can-attend", "no"),
        ("reschedules", "0"),
        ("online-account", "yes"),
        ("moved", "no"),
    ]);
    assert_eq!(
        reschedule.urgency,
        Urgency::BeforeDate(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap())
    );
    let waiting = plan_for(&[
        ("case-type", "asylum-uscis"),
        ("notice", "no"),
        ("receipt", "no"),
        ("waited", "under-2-months"),
        ("moved", "no"),
    ]);
    assert_eq!(waiting.urgency, Urgency::Wait);
}

#[test]
fn answers_off_the_path_are_ignored() {
    let on_path = [
        ("case-type", "asylum-uscis"),
        ("notice", "no"),
        ("receipt", "no"),
        ("waited", "under-2-months"),
        ("moved", "no"),
    ];
    let mut with_stale = on_path.to_vec();
    // Left over from an earlier path where the notice had come.
    with_stale.extend([
        ("appointment-date", "2026-11-01"),
        ("attended", "no"),
        ("letter", "denied"),
        ("hearing", "within-60-days"),
    ]);
    assert_eq!(plan_for(&on_path), plan_for(&with_stale));
}

/// Answers so far, and the question that must come next (`None`: complete).
type NextCase = (
    &'static [(&'static str, &'static str)],
    Option<QuestionId>,
    &'static str,
);

const NEXT_CASES: &[NextCase] = &[
    (&[], Some(QuestionId::CaseType), "the case type comes first"),
    (
        &[("case-type", "asylum-court")],
        Some(QuestionId::Hearing),
        "court cases ask the hearing",
    ),
    (
        &[("case-type", "asylum-uscis")],
        Some(QuestionId::Notice),
        "others skip the hearing",
    ),
    (
        &[("case-type", "asylum-uscis"), ("notice", "not-sure")],
        Some(QuestionId::Receipt),
        "no sure notice: ask about the receipt",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-10"),
        ],
        Some(QuestionId::CanAttend),
        "an upcoming date asks whether they can go",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-10"),
            ("can-attend", "no"),
        ],
        Some(QuestionId::Reschedules),
        "weeks away is more than 12 hours by the date alone",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-10"),
            ("can-attend", "no"),
            ("reschedules", "2-or-more"),
        ],
        Some(QuestionId::Moved),
        "twice rescheduled: online is closed, the account question is skipped",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-23"),
            ("can-attend", "no"),
        ],
        Some(QuestionId::Within12Hours),
        "tomorrow may be within 12 hours",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
        ],
        Some(QuestionId::Attended),
        "a past date asks whether they went",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-11-01"),
            ("attended", "yes"),
        ],
        Some(QuestionId::Moved),
        "went: nothing about a miss",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "not-sure"),
            ("appointment-passed", "yes"),
            ("attended", "no"),
        ],
        Some(QuestionId::MissedRecently),
        "a miss on an unknown date asks how long ago",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-10"),
            ("can-attend", "yes"),
        ],
        Some(QuestionId::PhotoId),
        "going: ask about photo ID",
    ),
    (
        &[
            ("case-type", "asylum-uscis"),
            ("notice", "yes"),
            ("appointment-date", "2026-12-10"),
            ("can-attend", "yes"),
            ("photo-id", "yes"),
            ("moved", "no"),
        ],
        None,
        "all answered: complete",
    ),
];

#[test]
fn the_next_question_follows_the_contract_order_and_conditions() {
    for &(pairs, want, why) in NEXT_CASES {
        let got = match evaluate(&answers(pairs), today(), &guide().rules) {
            Outcome::Incomplete(q) => Some(q),
            Outcome::Complete(_) => None,
        };
        assert_eq!(got, want, "{why}");
    }
}
