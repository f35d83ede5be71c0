//! The flow: which questions are asked, in what order, given the answers so far.
//!
//! The path is recomputed from the stored answers on every call; an answer to
//! a question off the path is ignored.

use super::answers::{
    Answers, Attended, CaseType, DateAnswer, Letter, QuestionId, Reschedules, YesNoNotSure, id_enum,
};
use super::facts::{self, Now, Timing};

/// Whether `question` is on the path, given the answers to the questions before it.
/// Only called once every earlier question on the path is answered.
fn is_asked(question: QuestionId, a: &Answers, now: Now) -> bool {
    use QuestionId::*;
    let notice_came = a.notice == Some(YesNoNotSure::Yes);
    let timing = facts::timing(a, now);
    let upcoming = notice_came && facts::is_upcoming(a, now);
    let will_not_surely_attend = a.can_attend.is_some_and(|c| c != YesNoNotSure::Yes);
    let missed = notice_came && is_missed(a, now);
    match question {
        CaseType | Notice | Moved => true,
        Hearing => a.case_type.is_some_and(self::CaseType::is_court),
        Receipt | Waited => !notice_came,
        AppointmentDate => notice_came,
        // Asked before "has it passed?": with the time and the clock, the
        // answer follows without asking. Also the calendar's reminder time.
        AppointmentTime => {
            notice_came && facts::appointment_date(a).is_some_and(|date| date >= now.date)
        }
        AppointmentPassed => notice_came && facts::needs_passed_question(a, now),
        Attended => notice_came && timing == Some(Timing::Passed),
        MissedRecently => missed && facts::appointment_date(a).is_none(),
        Letter => missed,
        LetterDeadline => {
            missed && matches!(a.letter, Some(self::Letter::Rfe | self::Letter::Noid))
        }
        // The date of a denial: it starts the USCIS motion's window, or the
        // court appeal's. Asylum decisions by USCIS have their own routes
        // (legal help, DOMAIN): no window is computed for them.
        DecisionDate => missed && denied_with_a_window(a),
        // Mailing adds days to the USCIS motion only.
        DecisionMailed => {
            missed
                && denied_with_a_window(a)
                && !a.case_type.is_some_and(self::CaseType::is_court)
                && matches!(a.decision_date, Some(DateAnswer::On(_)))
        }
        NewAppointmentDate => missed && facts::has_new_appointment(a),
        CanAttend => upcoming,
        Within12Hours => {
            upcoming
                && will_not_surely_attend
                && facts::known_within_12_hours(a, now).is_none()
                && facts::date_could_be_within_12_hours(a, now)
        }
        Reschedules => upcoming && will_not_surely_attend,
        OnlineAccount => {
            upcoming
                && will_not_surely_attend
                && !could_be_within_12_hours(a, now)
                && matches!(
                    a.reschedules,
                    Some(self::Reschedules::Zero | self::Reschedules::One)
                )
        }
        PhotoId => upcoming && a.can_attend == Some(YesNoNotSure::Yes),
    }
}

/// The first appointment passed and the fingerprints may not have been
/// taken: not gone, turned away, or not sure.
pub fn is_missed(a: &Answers, now: Now) -> bool {
    facts::timing(a, now) == Some(Timing::Passed) && a.attended.is_some_and(|v| v != Attended::Yes)
}

fn denied_with_a_window(a: &Answers) -> bool {
    a.letter == Some(Letter::Denied) && a.case_type != Some(CaseType::AsylumUscis)
}

/// True unless the answers (or the time and the clock) show the appointment
/// is more than 12 hours away. "Not sure" counts as within: the safer path.
pub fn could_be_within_12_hours(a: &Answers, now: impl Into<Now>) -> bool {
    let now = now.into();
    if let Some(within) = facts::known_within_12_hours(a, now) {
        return within;
    }
    facts::date_could_be_within_12_hours(a, now) && a.within_12_hours != Some(YesNoNotSure::No)
}

/// The questions on the person's path, in order, up to and including the
/// first unanswered required one. Optional questions are on it, answered or not.
pub fn path(answers: &Answers, now: impl Into<Now>) -> Vec<QuestionId> {
    let now = now.into();
    // Only answers on the path count: rebuild them as the walk goes, so a
    // stale answer from another path never changes a later condition.
    let mut on_path = Answers::default();
    let mut asked = Vec::new();
    for &question in QuestionId::ALL {
        if !is_asked(question, &on_path, now) {
            continue;
        }
        asked.push(question);
        if !answers.is_answered(question) && !question.is_optional() {
            break;
        }
        on_path.copy_answer(answers, question);
    }
    asked
}

/// The answers on the path when every required question on it is answered
/// (anything off the path dropped), or else the next required question.
pub fn complete_answers(answers: &Answers, now: impl Into<Now>) -> Result<Answers, QuestionId> {
    let path = path(answers, now);
    if let Some(&next) = path
        .last()
        .filter(|&&q| !answers.is_answered(q) && !q.is_optional())
    {
        return Err(next);
    }
    let mut on_path = Answers::default();
    for question in path {
        on_path.copy_answer(answers, question);
    }
    Ok(on_path)
}

/// The next required question, or `None` when the plan can be made.
pub fn next_question(answers: &Answers, now: impl Into<Now>) -> Option<QuestionId> {
    complete_answers(answers, now).err()
}

/// The next question the form asks: the first unanswered one on the path,
/// optional or not.
pub fn next_to_ask(answers: &Answers, now: impl Into<Now>) -> Option<QuestionId> {
    path(answers, now)
        .into_iter()
        .find(|&q| !answers.is_answered(q))
}

id_enum!(
    /// Why a date the person gave cannot be right: a decision date after
    /// today or before the appointment it followed, a letter's answer-by
    /// date before the appointment it followed, or a new appointment date
    /// that has already gone.
    DateProblem {
        DecisionInFuture => "decision-in-future",
        DecisionBeforeAppointment => "decision-before-appointment",
        DeadlineBeforeAppointment => "deadline-before-appointment",
        NewAppointmentPassed => "new-appointment-passed",
    }
);

/// The first date on the path that cannot be right, and the question it
/// answers. The form and the API refuse such an answer before any plan.
pub fn date_problem(answers: &Answers, now: impl Into<Now>) -> Option<(QuestionId, DateProblem)> {
    let now = now.into();
    let on_path = path(answers, now);
    let date = |q: QuestionId| match answers.date(q) {
        Some(DateAnswer::On(d)) if on_path.contains(&q) => Some(d),
        _ => None,
    };
    if let Some(decided) = date(QuestionId::DecisionDate) {
        if decided > now.date {
            return Some((QuestionId::DecisionDate, DateProblem::DecisionInFuture));
        }
        if facts::appointment_date(answers).is_some_and(|appointment| decided < appointment) {
            return Some((
                QuestionId::DecisionDate,
                DateProblem::DecisionBeforeAppointment,
            ));
        }
    }
    // The letter came after the missed appointment, so its deadline did too.
    if let Some(deadline) = date(QuestionId::LetterDeadline)
        && facts::appointment_date(answers).is_some_and(|appointment| deadline < appointment)
    {
        return Some((
            QuestionId::LetterDeadline,
            DateProblem::DeadlineBeforeAppointment,
        ));
    }
    if date(QuestionId::NewAppointmentDate).is_some_and(|d| d < now.date) {
        return Some((
            QuestionId::NewAppointmentDate,
            DateProblem::NewAppointmentPassed,
        ));
    }
    None
}
