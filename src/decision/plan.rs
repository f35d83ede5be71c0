//! The rules: from a complete answer set to an ordered plan of step ids.
//!
//! Each rule cites the line of `DOMAIN.md` it implements. Where a person
//! answers "I don't know", the plan protects the case as if the worse answer
//! were true.

use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime};

use std::collections::HashMap;

use super::answers::{
    Answer, Answers, Attended, CaseType, DateAnswer, Hearing, Letter, NOT_SURE, QuestionId,
    QuestionKind, Reschedules, TimeAnswer, Waited, YesNo, YesNoNotSure, id_enum,
};
use super::facts::{self, Now, Timing};
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
        AppealToBoard => "appeal-to-board",
    }
);

impl StepId {
    /// The steps that protect a case: calling, legal help, answering a
    /// letter, the denial routes, finding your case, the court steps, the
    /// address steps, keeping proof and checking the status. "I don't know"
    /// never loses one of these (see `evaluate`).
    pub const PROTECTIVE: &'static [StepId] = &[
        StepId::CallContactCenter,
        StepId::GetLegalHelp,
        StepId::RespondToLetter,
        StepId::MotionToReopen,
        StepId::AppealToBoard,
        StepId::FindYourCase,
        StepId::FollowCourtInstructions,
        StepId::ContactGovernmentLawyer,
        StepId::TellTheJudge,
        StepId::UpdateAddress,
        StepId::UpdateAddressCourt,
        StepId::KeepProof,
        StepId::CheckCaseStatus,
    ];

    pub fn is_protective(self) -> bool {
        StepId::PROTECTIVE.contains(&self)
    }
}

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
        NoticeUnknown => "notice-unknown",
        TurnedAway => "turned-away",
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
    /// Upcoming, but the person does not know the date: find it today (it
    /// is on the notice, or USCIS can say), then go.
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
    /// The urgency order, stated once: how many days the person has before
    /// they must act. Fewer days is more urgent. An appointment to go to
    /// counts its own day; an appointment whose date the person does not
    /// know may be today, so finding it out counts as today; "wait" never
    /// comes.
    pub fn days_to_act(self, today: NaiveDate) -> i64 {
        match self {
            Urgency::Today => 0,
            Urgency::CheckNotice => 0,
            Urgency::BeforeDate(date) => ((date - today).num_days() - 1).max(0),
            Urgency::OnDate(date) => (date - today).num_days().max(0),
            Urgency::ThisWeek => 7,
            Urgency::Wait => i64::MAX,
        }
    }

    /// Whether this is at least as urgent as `other`.
    pub fn at_least(self, other: Urgency, today: NaiveDate) -> bool {
        self.days_to_act(today) <= other.days_to_act(today)
    }

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
    /// Days after a judge's decision for the Board to receive an appeal.
    pub appeal_days: i64,
}

/// A deadline the person must meet, from a date they typed: never invented.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Deadline {
    /// The step the deadline belongs to.
    pub step: StepId,
    pub date: NaiveDate,
    /// Days from today to the deadline; negative once it has passed.
    pub days_left: i64,
    /// The date it was counted from (a decision's), when it was computed;
    /// `None` when it is the date the person typed from the letter.
    pub counted_from: Option<NaiveDate>,
}

/// What the plan's texts need besides the step ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PlanContext {
    pub track: CaseType,
    /// Whether a court hearing may be within 60 days (or its date is unknown).
    pub hearing_soon: bool,
    pub appointment: Option<NaiveDate>,
    /// The appointment's time, when the person gave it.
    pub appointment_time: Option<NaiveTime>,
    pub photo_id: Option<YesNo>,
    pub route: Route,
    pub letter: Option<Letter>,
    pub deadline: Option<Deadline>,
    /// How the plan begins: the step the situation sentence names.
    pub first: Option<StepId>,
    /// The last day to walk in at the ASC after a recent miss, when the walk-in
    /// is a step and the missed date is known.
    pub walk_in_until: Option<NaiveDate>,
}

/// The dates a person must keep, each still to come: what the calendar
/// file holds and the checklist lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct KeyDates {
    /// The appointment to go to, when it is today or later and the person
    /// goes or may go (not when they said they cannot).
    pub appointment: Option<NaiveDate>,
    /// When asking for a new date is the plan and the date is known.
    pub reschedule: Option<RescheduleBy>,
    /// The last day for the optional walk-in after a recent miss.
    pub walk_in_until: Option<NaiveDate>,
    /// A deadline from a letter or a decision that has not passed.
    pub deadline: Option<Deadline>,
    /// The last moment to ask for a new date, when the appointment's time is
    /// known: online, 12 hours before it (the tool closes then); by phone,
    /// the appointment time itself. Always set with `reschedule`, never alone.
    pub reschedule_until: Option<NaiveDateTime>,
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

impl Plan {
    /// When the online tool stops taking a new date (12 hours before the
    /// appointment), when asking online is the way and the time is known.
    pub fn online_reschedule_closes(&self) -> Option<NaiveDateTime> {
        (self.key_dates.reschedule_until).filter(|_| self.context.route == Route::Online)
    }
}

/// The result of evaluating answers: the next question, or the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Incomplete(QuestionId),
    Complete(Plan),
}

/// Evaluates the answers as of `now` (a date, or a date and time). Answers
/// off the path are ignored.
///
/// "I don't know" is a property of every plan, not a rule per question:
/// for each question answered `not-sure`, the plan holds every protective
/// step that the plan for any definite answer would hold (with the
/// questions that answer opens also answered `not-sure`), and it is at
/// least as urgent. The rules below give each unsure answer its own
/// wording (find out first); `with_every_alternative` then adds whatever
/// protective step a definite answer would have brought.
pub fn evaluate(answers: &Answers, now: impl Into<Now>, rules: &Rules) -> Outcome {
    evaluate_with(answers, now, rules, &mut Memo::default())
}

/// Everything a plan depends on: the answers on the person's path and the
/// part of the clock reading that matters to them (see
/// `facts::reading_that_matters`). Equal inputs give equal plans, so a
/// caller may keep plans by their inputs and evaluate only the new ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PlanInputs {
    answers: Answers,
    now: Now,
}

impl PlanInputs {
    /// The inputs of a complete answer set, or the next question to ask.
    pub fn of(answers: &Answers, now: impl Into<Now>) -> Result<Self, QuestionId> {
        let now = now.into();
        let answers = flow::complete_answers(answers, now)?;
        let now = facts::reading_that_matters(&answers, now);
        Ok(PlanInputs { answers, now })
    }

    /// The plan: `evaluate` of the same answers and clock reading.
    pub fn plan(&self, rules: &Rules) -> Plan {
        plan_for(&self.answers, self.now, rules, &mut Memo::default())
    }

    /// The plan's situation alone: `plan(rules).situation`, without weighing
    /// every "not sure" alternative (which changes steps and urgency only).
    pub fn situation(&self, rules: &Rules) -> Situation {
        build(&self.answers, self.now, rules).situation
    }

    /// The day the plan counts from.
    pub fn today(&self) -> NaiveDate {
        self.now.date
    }

    /// The answers on the path the plan follows from.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The questions asked, in order.
    pub fn path(&self) -> Vec<QuestionId> {
        flow::path(&self.answers, self.now)
    }
}

/// What the plans of answer sets already seen protect, kept while many
/// answer sets are evaluated with the same rules (the exhaustive walk).
#[derive(Default)]
pub struct Memo(HashMap<(Answers, Vec<QuestionId>, Now), Protection>);

/// `evaluate`, reusing what `memo` already knows.
pub fn evaluate_with(
    answers: &Answers,
    now: impl Into<Now>,
    rules: &Rules,
    memo: &mut Memo,
) -> Outcome {
    let now = now.into();
    match flow::complete_answers(answers, now) {
        Ok(a) => Outcome::Complete(plan_for(&a, now, rules, memo)),
        Err(next) => Outcome::Incomplete(next),
    }
}

fn plan_for(a: &Answers, now: Now, rules: &Rules, memo: &mut Memo) -> Plan {
    let mut plan = build(a, now, rules);
    let unsure: Vec<QuestionId> = (flow::path(a, now).into_iter())
        .filter(|&q| is_expanded(a, q))
        .collect();
    let (protective, urgency) = with_every_alternative(a, &unsure, now, rules, memo);
    let mut steps = Steps(std::mem::take(&mut plan.steps));
    for step in protective {
        steps.push(step);
    }
    plan.urgency = urgency;
    plan.steps = order(steps.0, a, &plan);
    plan.context.first = plan.steps.first().copied();
    plan.context.walk_in_until = (plan.steps.contains(&StepId::WalkInAsc))
        .then(|| facts::appointment_date(a))
        .flatten()
        .map(|missed| missed + chrono::Days::new(rules.recent_miss_days.unsigned_abs()));
    plan.key_dates = key_dates(&plan, now.date);
    plan.call_sheet = plan
        .steps
        .contains(&StepId::CallContactCenter)
        .then(|| CallSheet {
            explain_reason: plan.steps.contains(&StepId::ExplainGoodCause),
        });
    plan
}

/// What a plan protects and how urgent it is.
type Protection = (Vec<StepId>, Urgency);

/// The protective steps and the urgency of the plan for `a`, joined with
/// those of every definite answer to each unsure question in `unsure`.
///
/// Each alternative answers the questions its definite answer opens with
/// `not-sure`; those are expanded in turn. An unsure answer the person
/// gave beside the one expanded stays unsure in the alternative, where the
/// rules treat it as it is (this keeps the work to the sum of the unsure
/// answers' branches, not their product; the exhaustive walk checks that
/// nothing is lost).
fn with_every_alternative(
    a: &Answers,
    unsure: &[QuestionId],
    now: Now,
    rules: &Rules,
    memo: &mut Memo,
) -> Protection {
    let key = (a.clone(), unsure.to_vec(), now);
    if let Some(known) = memo.0.get(&key) {
        return known.clone();
    }
    let base = build(a, now, rules);
    let mut protective: Vec<StepId> = (base.steps.iter().copied())
        .filter(|s| s.is_protective())
        .collect();
    let mut urgency = base.urgency;
    for &question in unsure {
        for alternative in definite_alternatives(a, question, now) {
            let opened: Vec<QuestionId> = flow::path(&alternative, now)
                .into_iter()
                .filter(|&q| !a.is_answered(q) && is_expanded(&alternative, q))
                .collect();
            let (steps, other) = with_every_alternative(&alternative, &opened, now, rules, memo);
            for step in steps {
                if !protective.contains(&step) {
                    protective.push(step);
                }
            }
            if !urgency.at_least(other, now.date) {
                urgency = other;
            }
        }
    }
    memo.0.insert(key, (protective.clone(), urgency));
    (protective, urgency)
}

/// Whether an answer is expanded into its definite alternatives: a required
/// question answered `not-sure`. An optional one only adds a date to a step
/// or, left unsure, is asked again as a required question ("has it
/// passed?", "within 12 hours?"), which is expanded.
fn is_expanded(a: &Answers, question: QuestionId) -> bool {
    !question.is_optional() && a.value(question).as_deref() == Some(NOT_SURE)
}

/// The complete answer sets where `question` has a definite answer instead
/// of `not-sure`, and every question that answer opens is answered
/// `not-sure` (or, where a question has no such value, its first value).
pub fn definite_alternatives(a: &Answers, question: QuestionId, now: Now) -> Vec<Answers> {
    definite_values(question, now)
        .into_iter()
        .filter(|&value| agrees_with_the_rest(a, value, now))
        .filter_map(|value| {
            let mut alternative = a.clone();
            alternative.record(value);
            while let Some(next) = flow::next_to_ask(&alternative, now) {
                alternative.record(unsure_or_first(next)?);
            }
            // A date the form and the API refuse is no alternative.
            if flow::date_problem(&alternative, now).is_some() {
                return None;
            }
            flow::complete_answers(&alternative, now).ok()
        })
        .collect()
}

/// Whether a definite value agrees with what the person said besides: an
/// unknown appointment date whose time they said has passed is a date up
/// to today; one they said is still ahead, today or later.
pub fn agrees_with_the_rest(a: &Answers, value: Answer, now: Now) -> bool {
    match (value, a.appointment_passed) {
        (Answer::AppointmentDate(DateAnswer::On(date)), Some(YesNoNotSure::Yes)) => {
            date <= now.date
        }
        (Answer::AppointmentDate(DateAnswer::On(date)), Some(YesNoNotSure::No)) => date >= now.date,
        _ => true,
    }
}

/// Every definite value of a question: its choices but `not-sure`, or for
/// a date one day of each kind the rules tell apart: passed (outside the
/// walk-in window), today, tomorrow, and two days ahead (a later date is
/// less urgent and protects no more).
pub fn definite_values(question: QuestionId, now: Now) -> Vec<Answer> {
    let raw: Vec<String> = match question.kind() {
        QuestionKind::Choice(values) => values
            .iter()
            .filter(|&&v| v != NOT_SURE)
            .map(|v| (*v).to_owned())
            .collect(),
        QuestionKind::Date => [-60, 0, 1, 2]
            .iter()
            .filter_map(|&d| now.date.checked_add_signed(chrono::Duration::days(d)))
            .map(|d| d.format("%Y-%m-%d").to_string())
            .collect(),
        QuestionKind::Time => Vec::new(),
    };
    raw.iter()
        .filter_map(|v| Answer::parse(question, v))
        .collect()
}

fn unsure_or_first(question: QuestionId) -> Option<Answer> {
    Answer::parse(question, NOT_SURE).or_else(|| match question.kind() {
        QuestionKind::Choice(values) => Answer::parse(question, values[0]),
        _ => None,
    })
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

/// Whether a step meets a legal deadline the person told us of: the answer
/// to an RFE or NOID (or to a letter not yet read: find its deadline), the
/// routes after a denial, and telling the judge before a hearing within 60
/// days (or on an unknown date). Steps that only cover a case the person is
/// unsure of are not: finding out comes first there.
pub fn is_deadline_step(step: StepId, context: &PlanContext) -> bool {
    match step {
        StepId::RespondToLetter => matches!(
            context.letter,
            Some(Letter::Rfe | Letter::Noid | Letter::NotSure)
        ),
        StepId::MotionToReopen | StepId::AppealToBoard => context.letter == Some(Letter::Denied),
        StepId::TellTheJudge => context.hearing_soon,
        _ => false,
    }
}

/// The ordering rule, stated once: most urgent first.
///
/// 0. Legal help, where a decision was made that the person cannot answer
///    alone: a judge's decision, or an asylum case denied by USCIS (it may
///    go to immigration court), or a denial on an unknown track. And the
///    call that must reach USCIS before an appointment that may be within
///    hours: it cannot wait behind a hearing weeks away.
/// 1. A legal deadline: the step that meets it (`is_deadline_step`).
/// 2. Legal help, when there is such a deadline.
/// 3. The address steps, court form first, where a notice may still go to
///    the old address: the person waits for a notice, a new date or a
///    letter. Never ahead of a deadline (1), and never ahead of a call that
///    must reach USCIS before an appointment today.
/// 4. Finding out, where the plan depends on what the person does not know.
/// 5. The rest, in the order the rules gave them.
/// 6. The address steps where no notice is awaited, and waiting for a
///    notice; then legal help when nothing is due.
///
/// The sort is stable: steps of one rank keep the rules' order.
fn order(steps: Vec<StepId>, a: &Answers, plan: &Plan) -> Vec<StepId> {
    use StepId::*;
    let deadline_step = |s: StepId| is_deadline_step(s, &plan.context);
    let has_deadline = steps.iter().any(|&s| deadline_step(s));
    let unknown = matches!(
        plan.situation,
        Situation::TimingUnknown
            | Situation::AttendanceUnknown
            | Situation::CaseUnknown
            | Situation::NoticeUnknown
    );
    // A call that must reach USCIS before an appointment that may be within hours.
    let call_cannot_wait = plan.urgency == Urgency::Today
        && matches!(
            plan.situation,
            Situation::TimingUnknown | Situation::MustReschedule | Situation::AttendanceUndecided
        );
    let notice_awaited = a.moved != Some(YesNoNotSure::No) && !call_cannot_wait;
    // Hours count before a hearing's weeks; where the person does not know
    // if the time has passed, finding out still comes first.
    let call_first = call_cannot_wait && plan.situation != Situation::TimingUnknown;
    let help_first =
        plan.context.letter == Some(Letter::Denied) && plan.context.track != CaseType::OtherUscis;
    let rank = |s: StepId| -> u8 {
        match s {
            GetLegalHelp if help_first => 0,
            CallContactCenter | RescheduleOnline if call_first => 0,
            s if deadline_step(s) => 1,
            GetLegalHelp if has_deadline => 2,
            UpdateAddressCourt | UpdateAddress if notice_awaited => 3,
            FindYourCase => 4,
            CheckCaseStatus if unknown => 4,
            // Waiting comes after everything there is to do.
            UpdateAddressCourt | UpdateAddress | WaitForNotice => 6,
            GetLegalHelp => 7,
            _ => 5,
        }
    };
    let mut ordered = steps;
    // The court form comes before the USCIS one: USCIS mails court-case
    // notices to the address the court has.
    ordered.sort_by_key(|&s| (rank(s), s != UpdateAddressCourt));
    ordered
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

/// The plan from the rules alone, before the unsure answers' alternatives
/// are joined in and the steps ordered.
fn build(a: &Answers, now: Now, rules: &Rules) -> Plan {
    let track = a.case_type.unwrap_or(CaseType::NotSure);
    let court = track.is_court();
    // Hearing date unknown: treat it as soon (DOMAIN: "I don't know" never riskier).
    let hearing_soon = court && matches!(a.hearing, Some(Hearing::Within60Days | Hearing::NotSure));
    let mut steps = Steps::default();

    // Moved (or not sure): the address steps; where they go is `order`'s rule.
    if a.moved != Some(YesNoNotSure::No) {
        if court || track == CaseType::NotSure {
            steps.push(StepId::UpdateAddressCourt);
        }
        steps.push(StepId::UpdateAddress);
    }
    // Not knowing the track: find out where the case is (DOMAIN, second review).
    if track == CaseType::NotSure {
        steps.push(StepId::FindYourCase);
        steps.push(StepId::GetLegalHelp);
    }

    let new_appointment = facts::has_new_appointment(a);
    let mut context = PlanContext {
        track,
        hearing_soon,
        appointment: facts::upcoming_date(a),
        appointment_time: match (a.appointment_time, new_appointment) {
            (Some(TimeAnswer::At(time)), false) => Some(time),
            _ => None,
        },
        photo_id: a.photo_id,
        route: Route::NoRequest,
        letter: a.letter,
        deadline: None,
        first: None,
        walk_in_until: None,
    };
    let mut bring = Vec::new();

    let (situation, urgency) = match a.notice {
        Some(YesNoNotSure::Yes) => {
            appointment_plan(a, now, rules, &mut steps, &mut context, &mut bring)
        }
        Some(YesNoNotSure::NotSure) => {
            // It may have come: find out today, as with a notice whose date
            // is unknown (DOMAIN, second review).
            steps.push(StepId::CheckCaseStatus);
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::KeepProof);
            no_notice_plan(a, track, rules, hearing_soon, &mut steps);
            (Situation::NoticeUnknown, Urgency::Today)
        }
        _ => no_notice_plan(a, track, rules, hearing_soon, &mut steps),
    };

    // Not knowing the track: the court duties too, as if a judge had the
    // case and the hearing date were unknown (the texts say "if").
    let unknown_track = track == CaseType::NotSure;
    court_steps(
        situation,
        court || unknown_track,
        hearing_soon || unknown_track,
        &mut steps,
    );
    if matches!(
        situation,
        Situation::CaseUnknown
            | Situation::Missed
            | Situation::MissedWithLetter
            | Situation::AttendanceUnknown
            | Situation::Denied
            | Situation::TurnedAway
    ) {
        steps.push(StepId::GetLegalHelp);
    }

    // Moving (or not knowing) means a 10-day address deadline, and a
    // hearing that may be within 60 days means legal help now, even when
    // nothing else is due.
    let urgency = if urgency == Urgency::Wait && (a.moved != Some(YesNoNotSure::No) || hearing_soon)
    {
        Urgency::ThisWeek
    } else {
        urgency
    };
    Plan {
        situation,
        urgency,
        key_dates: KeyDates::default(),
        call_sheet: None,
        steps: steps.0,
        bring,
        context,
    }
}

/// The court track's duties (DOMAIN, court track and second review).
fn court_steps(situation: Situation, court: bool, hearing_soon: bool, steps: &mut Steps) {
    if !court {
        return;
    }
    match situation {
        // A judge decided: the appeal or the motion with the court, and
        // legal help; nothing that assumes the hearing is still ahead.
        Situation::Denied => steps.push(StepId::GetLegalHelp),
        // Fingerprints done or about to be: the proof goes to the hearing,
        // a copy to the government lawyer.
        Situation::AppointmentUpcoming | Situation::Attended if hearing_soon => {
            steps.push(StepId::TellTheJudge);
            steps.push(StepId::ContactGovernmentLawyer);
            steps.push(StepId::GetLegalHelp);
        }
        Situation::AppointmentUpcoming | Situation::Attended => {}
        // Fingerprints not done and not secured.
        Situation::Missed
        | Situation::MissedWithLetter
        | Situation::AttendanceUnknown
        | Situation::TimingUnknown
        | Situation::TurnedAway
        | Situation::NoticeUnknown => {
            steps.push(StepId::ContactGovernmentLawyer);
            steps.push(StepId::TellTheJudge);
            steps.push(StepId::GetLegalHelp);
        }
        _ if hearing_soon => {
            steps.push(StepId::ContactGovernmentLawyer);
            steps.push(StepId::TellTheJudge);
            steps.push(StepId::GetLegalHelp);
        }
        _ => {}
    }
}

/// The plan's dates still to come.
fn key_dates(plan: &Plan, today: NaiveDate) -> KeyDates {
    let context = &plan.context;
    let upcoming = context.appointment.filter(|&d| d >= today);
    // Asking for a new date before an appointment still to come, whenever
    // that is the plan (on the day itself too: the last day is today).
    let asks_new_date = matches!(
        plan.situation,
        Situation::MustReschedule | Situation::AttendanceUndecided
    ) && matches!(context.route, Route::Online | Route::Phone);
    let reschedule = upcoming
        .filter(|_| asks_new_date)
        .map(|before| RescheduleBy {
            before,
            last_day: before.pred_opt().filter(|&d| d >= today).unwrap_or(today),
        });
    // The time is the first appointment's (a new one's is never asked), so
    // it is known only when the appointment to move is that one.
    let reschedule_until = reschedule
        .and(context.appointment)
        .zip(context.appointment_time)
        .map(|(date, time)| {
            let at = date.and_time(time);
            match context.route {
                Route::Online => at - chrono::Duration::minutes(facts::ONLINE_LIMIT_MINUTES),
                _ => at,
            }
        });
    let walk_in_until = context.walk_in_until.filter(|&d| d >= today);
    KeyDates {
        // Someone who cannot go has no appointment to keep: the reschedule date instead.
        appointment: upcoming.filter(|_| plan.situation != Situation::MustReschedule),
        reschedule,
        walk_in_until,
        deadline: context.deadline.filter(|d| d.days_left >= 0),
        reschedule_until,
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
    // Not sure whether the receipt came: it may have (the overdue rule of a
    // receipt applies), and it may not have (the rule of none applies).
    let may_have_receipt = a.receipt != Some(YesNoNotSure::No);
    let may_lack_receipt = a.receipt != Some(YesNoNotSure::Yes);
    let court = track.is_court();
    // No receipt (or not sure) after the threshold: call (seed 003, both tracks).
    let receipt_overdue = may_lack_receipt && waited_at_least(a.waited, rules.receipt_call_after);
    // A receipt but no notice: court cases call after 2 months (seed 003); other
    // USCIS cases too, as the notice is due in 3-8 weeks (seed 001). Affirmative
    // asylum has no such threshold: check status weekly (seed 003).
    let notice_overdue = may_have_receipt
        && track != CaseType::AsylumUscis
        && waited_at_least(a.waited, rules.notice_call_after);

    if a.receipt == Some(YesNoNotSure::NotSure) {
        steps.push(StepId::FindYourCase);
    }
    if court {
        steps.push(StepId::FollowCourtInstructions);
    }
    if may_have_receipt {
        steps.push(StepId::CheckCaseStatus);
    }
    let must_call = receipt_overdue || notice_overdue || hearing_soon;
    if must_call {
        steps.push(StepId::CallContactCenter);
        steps.push(StepId::KeepProof);
        // Court case with no notice: tell the government lawyer too (DOMAIN, track 2).
        if court {
            steps.push(StepId::ContactGovernmentLawyer);
        }
    }
    steps.push(StepId::WaitForNotice);

    let situation = if track == CaseType::NotSure {
        Situation::CaseUnknown
    } else if hearing_soon {
        Situation::CourtHearingSoon
    } else if notice_overdue {
        Situation::NoticeOverdue
    } else if receipt_overdue {
        Situation::ReceiptOverdue
    } else if a.receipt == Some(YesNoNotSure::Yes) {
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
    now: Now,
    rules: &Rules,
    steps: &mut Steps,
    context: &mut PlanContext,
    bring: &mut Vec<BringId>,
) -> (Situation, Urgency) {
    match facts::timing(a, now).unwrap_or(Timing::Unknown) {
        // Not sure whether it has passed: find out first, never reschedule online.
        Timing::Unknown => {
            steps.push(StepId::CheckCaseStatus);
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::KeepProof);
            context.route = Route::Phone;
            (Situation::TimingUnknown, Urgency::Today)
        }
        Timing::Passed if a.attended == Some(Attended::Yes) => {
            // Went: keep the stamped notice, check status; nothing to reschedule.
            steps.push(StepId::KeepProof);
            steps.push(StepId::CheckCaseStatus);
            (Situation::Attended, Urgency::Wait)
        }
        // A new notice came after the miss: the plan for the new date.
        Timing::Passed if facts::has_new_appointment(a) => {
            upcoming_plan(a, now, steps, context, bring)
        }
        Timing::Passed => missed_plan(a, now, rules, steps, context),
        Timing::Upcoming => upcoming_plan(a, now, steps, context, bring),
    }
}

/// An appointment still to come: the first one, or a new one after a miss.
fn upcoming_plan(
    a: &Answers,
    now: Now,
    steps: &mut Steps,
    context: &mut PlanContext,
    bring: &mut Vec<BringId>,
) -> (Situation, Urgency) {
    let date = facts::upcoming_date(a);
    if a.can_attend == Some(YesNoNotSure::Yes) {
        // No date: ask USCIS for it first, never a date we made up.
        if date.is_none() {
            steps.push(StepId::CallContactCenter);
        }
        attend_steps(steps);
        steps.push(StepId::KeepProof);
        bring.extend(bring_list(a.photo_id));
        let urgency = date.map_or(Urgency::CheckNotice, Urgency::OnDate);
        return (Situation::AppointmentUpcoming, urgency);
    }
    let undecided = a.can_attend == Some(YesNoNotSure::NotSure);
    if undecided {
        // Going is the first choice; the reschedule steps are the fallback.
        attend_steps(steps);
        bring.extend(bring_list(None));
    }
    let within_12_hours = flow::could_be_within_12_hours(a, now);
    // Two or more, or not sure: the online tool refuses; call instead.
    let few_reschedules = matches!(a.reschedules, Some(Reschedules::Zero | Reschedules::One));
    let online = !within_12_hours && few_reschedules && a.online_account == Some(YesNoNotSure::Yes);
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
    // "Before <date>" only for a date still ahead: on the day itself, today.
    let urgency = match date {
        Some(date) if !within_12_hours && date > now.date => Urgency::BeforeDate(date),
        _ => Urgency::Today,
    };
    let situation = if undecided {
        Situation::AttendanceUndecided
    } else {
        Situation::MustReschedule
    };
    (situation, urgency)
}

fn attend_steps(steps: &mut Steps) {
    steps.push(StepId::AttendAppointment);
    steps.push(StepId::BringDocuments);
    steps.push(StepId::ArriveEarly);
}

/// The appointment passed and the fingerprints were not taken, or the
/// person is not sure they were.
fn missed_plan(
    a: &Answers,
    now: Now,
    rules: &Rules,
    steps: &mut Steps,
    context: &mut PlanContext,
) -> (Situation, Urgency) {
    context.route = Route::Phone;
    let unsure_if_went = a.attended == Some(Attended::NotSure);
    let court = context.track.is_court();
    match a.letter {
        Some(Letter::Denied) => {
            // USCIS: no appeal of an abandonment denial; motion to reopen
            // within 30 days of the decision, 33 if mailed (DOMAIN). Not
            // knowing whether it was mailed counts as not mailed: the
            // earlier deadline. Court: the Board must receive an appeal
            // within 30 days (DOMAIN, second review).
            let (step, days) = if court {
                (StepId::AppealToBoard, rules.appeal_days)
            } else if a.decision_mailed == Some(YesNoNotSure::Yes) {
                (StepId::MotionToReopen, rules.motion_days_mailed)
            } else {
                (StepId::MotionToReopen, rules.motion_days)
            };
            if let Some(DateAnswer::On(decided)) = a.decision_date {
                context.deadline = Some(Deadline {
                    counted_from: Some(decided),
                    ..deadline(step, decided + Days::new(days.unsigned_abs()), now.date)
                });
            }
            steps.push(step);
            // Not knowing the track: a judge's decision has its own routes.
            if context.track == CaseType::NotSure {
                steps.push(StepId::AppealToBoard);
            }
            context.route = Route::NoRequest;
            (Situation::Denied, Urgency::Today)
        }
        Some(Letter::Rfe | Letter::Noid | Letter::NotSure) => {
            // The deadline printed on the letter is what counts. Not sure
            // what the letter is: find the deadline on every letter today.
            if let Some(DateAnswer::On(date)) = a.letter_deadline {
                context.deadline = Some(deadline(StepId::RespondToLetter, date, now.date));
            }
            steps.push(StepId::RespondToLetter);
            if a.letter == Some(Letter::NotSure) {
                steps.push(StepId::CheckCaseStatus);
            }
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::ExplainGoodCause);
            steps.push(StepId::KeepProof);
            (Situation::MissedWithLetter, Urgency::Today)
        }
        Some(Letter::NoLetter | Letter::NewAppointment) | None => {
            if unsure_if_went {
                // Find out first: the case status shows a missed appointment.
                steps.push(StepId::CheckCaseStatus);
            }
            steps.push(StepId::CallContactCenter);
            steps.push(StepId::ExplainGoodCause);
            steps.push(StepId::KeepProof);
            let recent = match facts::days_since(a, now) {
                Some(days) => days <= rules.recent_miss_days,
                None => a.missed_recently == Some(YesNoNotSure::Yes),
            };
            // The walk-in is an optional extra, after calling, only for a
            // definite miss a short while ago with no letter yet (not for
            // someone the ASC just turned away).
            if recent && a.attended == Some(Attended::No) && a.letter == Some(Letter::NoLetter) {
                steps.push(StepId::WalkInAsc);
            }
            let situation = match a.attended {
                Some(Attended::NotSure) => Situation::AttendanceUnknown,
                Some(Attended::TurnedAway) => Situation::TurnedAway,
                _ => Situation::Missed,
            };
            (situation, Urgency::Today)
        }
    }
}

/// The steps a deadline can belong to. Each has words of its own for its
/// deadline, so the locale test reads this list; the walks of every answer
/// set check no deadline goes to another step.
pub const DEADLINE_STEPS: &[StepId] = &[
    StepId::RespondToLetter,
    StepId::MotionToReopen,
    StepId::AppealToBoard,
];

fn deadline(step: StepId, date: NaiveDate, today: NaiveDate) -> Deadline {
    debug_assert!(
        DEADLINE_STEPS.contains(&step),
        "{step} is not in DEADLINE_STEPS"
    );
    Deadline {
        step,
        date,
        days_left: (date - today).num_days(),
        counted_from: None,
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
