//! The rules: from a complete answer set to an ordered plan of step ids.
//!
//! Each rule cites the line of `DOMAIN.md` it implements. Where a person
//! answers "I don't know", the plan protects the case as if the worse answer
//! were true.

use chrono::{NaiveDate, NaiveTime};

use super::answers::{
    Answers, CaseType, DateAnswer, Hearing, Letter, QuestionId, Reschedules, TimeAnswer, Waited,
    YesNo, YesNoNotSure, id_enum,
};
use super::facts::{self, Timing};
use super::flow;

id_enum!(
    /// The steps a plan is made of (CONTRACT.md).
    StepId {
        AttendAppointment => "attend-appointment",
        BringDocuments => "bring-documents",
        ArriveEarly => "arrive-early",
        RescheduleOnline => "reschedule-online",
        CallContactCenter => "call-contact-center",
        WalkInAsc => "walk-in-asc",
        ExplainGoodCause => "explain-good-cause",
        KeepProof => "keep-proof",
        CheckCaseStatus => "check-case-status",
        WaitForNotice => "wait-for-notice",
        UpdateAddress => "update-address",
        UpdateAddressCourt => "update-address-court",
        FollowCourtInstructions => "follow-court-instructions",
        ContactGovernmentLawyer => "contact-government-lawyer",
        TellTheJudge => "tell-the-judge",
        RespondToLetter => "respond-to-letter",
        MotionToReopen => "motion-to-reopen",
        GetLegalHelp => "get-legal-help",
        FindYourCase => "find-your-case",
    }
);

id_enum!(
    /// Where the person stands: the one sentence at the top of the result.
    Situation {
        WaitingForReceipt => "waiting-for-receipt",
        ReceiptOverdue => "receipt-overdue",
        WaitingForNotice => "waiting-for-notice",
        NoticeOverdue => "notice-overdue",
        CourtHearingSoon => "court-hearing-soon",
        CaseUnknown => "case-unknown",
        AppointmentUpcoming => "appointment-upcoming",
        AttendanceUndecided => "attendance-undecided",
        MustReschedule => "must-reschedule",
        TimingUnknown => "timing-unknown",
        Attended => "attended",
        AttendanceUnknown => "attendance-unknown",
        Missed => "missed",
        MissedWithLetter => "missed-with-letter",
        Denied => "denied",
    }
);

id_enum!(
    /// The items of the bring list.
    BringId {
        AppointmentNotice => "appointment-notice",
        FamilyNotices => "family-notices",
        PhotoId => "photo-id",
        OtherId => "other-id",
        LeaveBehind => "leave-behind",
    }
);

id_enum!(
    /// How a reschedule request is made, when one is.
    Route {
        Online => "online",
        Phone => "phone",
        NoRequest => "none",
    }
);

/// How urgent the plan is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Urgency {
    Today,
    BeforeDate(NaiveDate),
    OnDate(NaiveDate),
    /// Upcoming, but the person does not know the date: it is on the notice.
    CheckNotice,
    ThisWeek,
    Wait,
}

id_enum!(
    /// The kinds of urgency, as locale keys and API values name them.
    UrgencyId {
        Today => "today",
        BeforeDate => "before-date",
        OnDate => "on-date",
        CheckNotice => "check-notice",
        ThisWeek => "this-week",
        Wait => "wait",
    }
);

impl Urgency {
    pub fn id(self) -> UrgencyId {
        match self {
            Urgency::Today => UrgencyId::Today,
            Urgency::BeforeDate(_) => UrgencyId::BeforeDate,
            Urgency::OnDate(_) => UrgencyId::OnDate,
            Urgency::CheckNotice => UrgencyId::CheckNotice,
            Urgency::ThisWeek => UrgencyId::ThisWeek,
            Urgency::Wait => UrgencyId::Wait,
        }
    }
}

/// The volatile thresholds that are not encoded in answer values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// A missed appointment this many days ago or fewer is "recent" (walk-in offered).
    pub recent_miss_days: i64,
    /// No receipt notice after this long: call.
    pub receipt_call_after: Waited,
    /// A receipt but no biometrics notice after this long (court and other
    /// USCIS cases): call.
    pub notice_call_after: Waited,
    /// Days after a denial decision to file a motion to reopen...
    pub motion_days: i64,
    /// ...and when the decision came by mail.
    pub motion_days_mailed: i64,
}

/// A deadline the person must meet, from a date they typed: never invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Deadline {
    /// The step the deadline belongs to.
    pub step: StepId,
    pub date: NaiveDate,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: i64,
}

/// What the plan's texts need besides the step ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlanContext {
    pub track: CaseType,
    pub appointment: Option<NaiveDate>,
    /// The appointment's time, when the person gave it.
    pub appointment_time: Option<NaiveTime>,
    pub photo_id: Option<YesNo>,
    pub route: Route,
    pub letter: Option<Letter>,
    pub deadline: Option<Deadline>,
}

/// The dates a person must keep, each still to come: what the calendar
/// file holds and the checklist lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KeyDates {
    /// The appointment, when it is today or later.
    pub appointment: Option<NaiveDate>,
    /// When asking for a new date is the plan and the date is known.
    pub reschedule: Option<RescheduleBy>,
    /// A deadline from a letter or a decision that has not passed.
    pub deadline: Option<Deadline>,
}

impl KeyDates {
    pub fn is_empty(&self) -> bool {
        *self == KeyDates::default()
    }
}

/// When to ask for a new appointment date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RescheduleBy {
    /// The request must be made before this date (the appointment's).
    pub before: NaiveDate,
    /// The last whole day to make it: the day before, or today when that has gone.
    pub last_day: NaiveDate,
}

/// The printable sheet for calling the USCIS Contact Center, when calling is a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CallSheet {
    /// Whether the caller must also explain a reason (good cause) with proof.
    pub explain_reason: bool,
}

/// A complete plan.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Plan {
    pub situation: Situation,
    pub urgency: Urgency,
    pub steps: Vec<StepId>,
    pub bring: Vec<BringId>,
    pub context: PlanContext,
    pub key_dates: KeyDates,
    /// `Some` when calling the Contact Center is a step.
    pub call_sheet: Option<CallSheet>,
}

/// The result of evaluating answers: the next question, or the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Incomplete(QuestionId),
    Complete(Plan),
}

/// Evaluates the answers as of `today`. Answers off the path are ignored.
pub fn evaluate(answers: &Answers, today: NaiveDate, rules: &Rules) -> Outcome {
    match flow::complete_answers(answers, today) {
        Ok(a) => Outcome::Complete(build(&a, today, rules)),
        Err(next) => Outcome::Incomplete(next),
    }
}

/// A step list that keeps the first place of each step.
#[derive(Default)]
struct Steps(Vec<StepId>);

impl Steps {
    fn push(&mut self, step: StepId) {
        if !self.0.contains(&step) {
            self.0.push(step);
        }
    }
}

/// Waiting-time buckets in order; "not sure" ranks as the longest (the safer answer).
fn waited_at_least(waited: Option<Waited>, threshold: Waited) -> bool {
    fn rank(w: Waited) -> u8 {
        match w {
            Waited::Under2Months => 0,
            Waited::TwoTo3Months => 1,
            Waited::Over3Months | Waited::NotSure => 2,
        }
    }
    waited.is_some_and(|w| rank(w) >= rank(threshold))
}

fn build(a: &Answers, today: NaiveDate, rules: &Rules) -> Plan {
    let track = a.case_type.unwrap_or(CaseType::NotSure);
    let court = track == CaseType::AsylumCourt;
    // Hearing date unknown: treat it as soon (DOMAIN: "I don't know" never riskier).
    let hearing_soon = court && matches!(a.hearing, Some(Hearing::Within60Days | Hearing::NotSure));
    let mut steps = Steps::default();

    // Moved (or not sure): address steps come first, the court form first of all.
    if a.moved != Some(YesNoNotSure::No) {
        if court || track == CaseType::NotSure {
            steps.push(StepId::UpdateAddressCourt);
        }
        steps.push(StepId::UpdateAddress);
    }

    let mut context = PlanContext {
        track,
        appointment: facts::appointment_date(a),
        appointment_time: match a.appointment_time {
            Some(TimeAnswer::At(time)) => Some(time),
            _ => None,
        },
        photo_id: a.photo_id,
        route: Route::NoRequest,
        letter: a.letter,
        deadline: None,
    };
    let mut bring = Vec::new();

    let (situation, urgency) = if a.notice == Some(YesNoNotSure::Yes) {
        appointment_plan(a, today, rules, &mut steps, &mut context, &mut bring)
    } else {
        no_notice_plan(a, track, rules, hearing_soon, &mut steps)
    };

    // Court cases where biometrics are not done and not secured: the government
    // lawyer and the judge must hear of it, with legal help (DOMAIN, court track).
    let biometrics_at_risk = matches!(
        situation,
        Situation::Missed
            | Situation::MissedWithLetter
            | Situation::AttendanceUnknown
            | Situation::TimingUnknown
            | Situation::Denied
    ) || hearing_soon
        && !matches!(
            situation,
            Situation::AppointmentUpcoming | Situation::Attended
        );
    if court && biometrics_at_risk {
        steps.push(StepId::ContactGovernmentLawyer);
        steps.push(StepId::TellTheJudge);
        steps.push(StepId::GetLegalHelp);
    }
    if matches!(
        situation,
        Situation::CaseUnknown
            | Situation::Missed
            | Situation::MissedWithLetter
            | Situation::AttendanceUnknown
            | Situation::Denied
    ) {
        steps.push(StepId::GetLegalHelp);
    }

    // Moving means a 10-day address deadline even when nothing else is due.
    let urgency = if urgency == Urgency::Wait && a.moved == Some(YesNoNotSure::Yes) {
        Urgency::ThisWeek
    } else {
        urgency
    };
    // Legal help always comes last, where it appears.
    let mut steps = steps.0;
    if let Some(i) = steps.iter().position(|&s| s == StepId::GetLegalHelp) {
        let help = steps.remove(i);
        steps.push(help);
    }
    let call_sheet = steps
        .contains(&StepId::CallContactCenter)
        .then(|| CallSheet {
            explain_reason: steps.contains(&StepId::ExplainGoodCause),
        });
    Plan {
        situation,
        urgency,
        key_dates: key_dates(&context, urgency, today),
        call_sheet,
        steps,
        bring,
        context,
    }
}

/// The plan's dates still to come.
fn key_dates(context: &PlanContext, urgency: Urgency, today: NaiveDate) -> KeyDates {
    let reschedule = match (urgency, context.route) {
        (Urgency::BeforeDate(before), Route::Online | Route::Phone) => Some(RescheduleBy {
            before,
            last_day: before.pred_opt().filter(|&d| d >= today).unwrap_or(today),
        }),
        _ => None,
    };
    KeyDates {
        appointment: context.appointment.filter(|&d| d >= today),
        reschedule,
        deadline: context.deadline.filter(|d| d.days_left >= 0),
    }
}

/// No biometrics notice yet (or not sure one came).
fn no_notice_plan(
    a: &Answers,
    track: CaseType,
    rules: &Rules,
    hearing_soon: bool,
    steps: &mut Steps,
) -> (Situation, Urgency) {
    let has_receipt = a.receipt == Some(YesNoNotSure::Yes);
    // No receipt (or not sure) after the threshold: call (seed 003, both tracks).
    let receipt_overdue = !has_receipt && waited_at_least(a.waited, rules.receipt_call_after);
    // A receipt but no notice: court cases call after 2 months (seed 003); other
    // USCIS cases too, as the notice is due in 3-8 weeks (seed 001). Affirmative
    // asylum has no such threshold: check status weekly (seed 003).
    let notice_overdue = has_receipt
        && track != CaseType::AsylumUscis
        && waited_at_least(a.waited, rules.notice_call_after);

    if track == CaseType::NotSure || a.receipt == Some(YesNoNotSure::NotSure) {
        steps.push(StepId::FindYourCase);
    }
    if track == CaseType::AsylumCourt {
        steps.push(StepId::FollowCourtInstructions);
    }
    if has_receipt {
        steps.push(StepId::CheckCaseStatus);
    }
    let must_call = receipt_overdue || notice_overdue || hearing_soon;
    if must_call {
        steps.push(StepId::CallContactCenter);
        steps.push(StepId::KeepProof);
        // Court case with no notice: tell the government lawyer too (DOMAIN, track 2).
        if track == CaseType::AsylumCourt {
            steps.push(StepId::ContactGovernmentLawyer);
        }
    }
    steps.push(StepId::WaitForNotice);

    let situation = if track == CaseType::NotSure {
        Situation::CaseUnknown
    } else if hearing_soon {
        Situation::CourtHearingSoon
    } else if receipt_overdue {
        Situation::ReceiptOverdue
    } else if notice_overdue {
        Situation::NoticeOverdue
    } else if has_receipt {
        Situation::WaitingForNotice
    } else {
        Situation::WaitingForReceipt
    };
    let urgency = if hearing_soon {
        Urgency::Today
    } else if must_call || track == CaseType::NotSure {
        Urgency::ThisWeek
    } else {
        Urgency::Wait
    };
    (situation, urgency)
}

/// A biometrics notice came.
fn appointment_plan(
    a: &Answers,
    today: NaiveDate,
    rules: &Rules,
    steps: &mut Steps,
    context: &mut PlanContext,
    bring: &mut Vec<BringId>,
) -> (Situation, Urgency) {
    let date = facts::appointment_date(a);
    match facts::timing(a, today).unwrap_or(Timing::Unknown) {
        // Not sure whether it has passed: find out first, never reschedule online.
        Timing::Unknown => {
            steps.push(StepId::CheckCaseStatus);
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::KeepProof);
            (Situation::TimingUnknown, Urgency::Today)
        }
        Timing::Passed if a.attended == Some(YesNoNotSure::Yes) => {
            // Went: keep the stamped notice, check status; nothing to reschedule.
            steps.push(StepId::KeepProof);
            steps.push(StepId::CheckCaseStatus);
            (Situation::Attended, Urgency::Wait)
        }
        Timing::Passed => missed_plan(a, today, rules, steps, context),
        Timing::Upcoming if a.can_attend == Some(YesNoNotSure::Yes) => {
            attend_steps(steps);
            steps.push(StepId::KeepProof);
            bring.extend(bring_list(a.photo_id));
            let urgency = date.map_or(Urgency::CheckNotice, Urgency::OnDate);
            (Situation::AppointmentUpcoming, urgency)
        }
        Timing::Upcoming => {
            let undecided = a.can_attend == Some(YesNoNotSure::NotSure);
            if undecided {
                // Going is the first choice; the reschedule steps are the fallback.
                attend_steps(steps);
                bring.extend(bring_list(None));
            }
            let within_12_hours = flow::could_be_within_12_hours(a, today);
            // Two or more, or not sure: the online tool refuses; call instead.
            let few_reschedules =
                matches!(a.reschedules, Some(Reschedules::Zero | Reschedules::One));
            let online =
                !within_12_hours && few_reschedules && a.online_account == Some(YesNoNotSure::Yes);
            context.route = if online { Route::Online } else { Route::Phone };
            steps.push(if online {
                StepId::RescheduleOnline
            } else {
                StepId::CallContactCenter
            });
            steps.push(StepId::ExplainGoodCause);
            steps.push(StepId::KeepProof);
            if !undecided {
                steps.push(StepId::WaitForNotice);
            }
            let urgency = match date {
                Some(date) if !within_12_hours => Urgency::BeforeDate(date),
                _ => Urgency::Today,
            };
            let situation = if undecided {
                Situation::AttendanceUndecided
            } else {
                Situation::MustReschedule
            };
            (situation, urgency)
        }
    }
}

fn attend_steps(steps: &mut Steps) {
    steps.push(StepId::AttendAppointment);
    steps.push(StepId::BringDocuments);
    steps.push(StepId::ArriveEarly);
}

/// The appointment passed and the person did not go, or is not sure they went.
fn missed_plan(
    a: &Answers,
    today: NaiveDate,
    rules: &Rules,
    steps: &mut Steps,
    context: &mut PlanContext,
) -> (Situation, Urgency) {
    context.route = Route::Phone;
    let unsure_if_went = a.attended == Some(YesNoNotSure::NotSure);
    match a.letter {
        Some(Letter::Denied) => {
            // No appeal of an abandonment denial; motion to reopen within 30
            // days of the decision, 33 if mailed (DOMAIN). Not knowing whether
            // it was mailed counts as not mailed: the earlier deadline.
            if let Some(DateAnswer::On(decided)) = a.decision_date {
                let days = if a.decision_mailed == Some(YesNoNotSure::Yes) {
                    rules.motion_days_mailed
                } else {
                    rules.motion_days
                };
                context.deadline = Some(deadline(
                    StepId::MotionToReopen,
                    decided + chrono::Days::new(days.unsigned_abs()),
                    today,
                ));
            }
            steps.push(StepId::MotionToReopen);
            steps.push(StepId::ExplainGoodCause);
            context.route = Route::NoRequest;
            (Situation::Denied, Urgency::Today)
        }
        Some(Letter::Rfe | Letter::Noid) => {
            // The deadline printed on the letter is what counts.
            if let Some(DateAnswer::On(date)) = a.letter_deadline {
                context.deadline = Some(deadline(StepId::RespondToLetter, date, today));
            }
            steps.push(StepId::RespondToLetter);
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::ExplainGoodCause);
            steps.push(StepId::KeepProof);
            (Situation::MissedWithLetter, Urgency::Today)
        }
        Some(Letter::NoLetter | Letter::NotSure) | None => {
            if unsure_if_went || a.letter == Some(Letter::NotSure) {
                // Find out first: the case status shows a missed appointment or a letter.
                steps.push(StepId::CheckCaseStatus);
            }
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::ExplainGoodCause);
            steps.push(StepId::KeepProof);
            let recent = match facts::days_since(a, today) {
                Some(days) => days <= rules.recent_miss_days,
                None => a.missed_recently == Some(YesNoNotSure::Yes),
            };
            // The walk-in is an optional extra, after calling, only for a
            // definite miss a short while ago with no letter yet.
            if recent && !unsure_if_went && a.letter == Some(Letter::NoLetter) {
                steps.push(StepId::WalkInAsc);
            }
            let situation = if unsure_if_went {
                Situation::AttendanceUnknown
            } else {
                Situation::Missed
            };
            (situation, Urgency::Today)
        }
    }
}

/// The steps a deadline can belong to. Each has words of its own for its
/// deadline, so the locale test reads this list; the walks of every answer
/// set check no deadline goes to another step.
pub const DEADLINE_STEPS: &[StepId] = &[StepId::RespondToLetter, StepId::MotionToReopen];

fn deadline(step: StepId, date: NaiveDate, today: NaiveDate) -> Deadline {
    debug_assert!(
        DEADLINE_STEPS.contains(&step),
        "{step} is not in DEADLINE_STEPS"
    );
    Deadline {
        step,
        date,
        days_left: (date - today).num_days(),
    }
}

/// What to bring; an unknown photo-ID answer lists both kinds of ID.
fn bring_list(photo_id: Option<YesNo>) -> Vec<BringId> {
    let mut list = vec![BringId::AppointmentNotice, BringId::FamilyNotices];
    match photo_id {
        Some(YesNo::Yes) => list.push(BringId::PhotoId),
        Some(YesNo::No) => list.push(BringId::OtherId),
        None => list.extend([BringId::PhotoId, BringId::OtherId]),
    }
    list.push(BringId::LeaveBehind);
    list
}
