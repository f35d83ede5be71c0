//! The flow: which questions are asked, in what order, given the answers so far.
//!
//! The path is recomputed from the stored answers on every call; an answer to
//! a question off the path is ignored.

use chrono::NaiveDate;

use super::answers::{
    Answers, CaseType, DateAnswer, Letter, QuestionId, Reschedules, YesNoNotSure,
};
use super::facts::{self, Timing};

/// Whether `question` is on the path, given the answers to the questions before it.
/// Only called once every earlier question on the path is answered.
fn is_asked(question: QuestionId, a: &Answers, today: NaiveDate) -> bool {
    use QuestionId::*;
    let notice_came = a.notice == Some(YesNoNotSure::Yes);
    let timing = facts::timing(a, today);
    let will_not_surely_attend = a.can_attend.is_some_and(|c| c != YesNoNotSure::Yes);
    let missed =
        timing == Some(Timing::Passed) && a.attended.is_some_and(|v| v != YesNoNotSure::Yes);
    match question {
        CaseType | Notice | Moved => true,
        Hearing => a.case_type == Some(self::CaseType::AsylumCourt),
        Receipt | Waited => !notice_came,
        AppointmentDate => notice_came,
        AppointmentPassed => notice_came && facts::needs_passed_question(a, today),
        AppointmentTime => {
            notice_came && timing == Some(Timing::Upcoming) && facts::appointment_date(a).is_some()
        }
        Attended => notice_came && timing == Some(Timing::Passed),
        MissedRecently => notice_came && missed && facts::appointment_date(a).is_none(),
        Letter => notice_came && missed,
        LetterDeadline => {
            notice_came
                && missed
                && matches!(a.letter, Some(self::Letter::Rfe | self::Letter::Noid))
        }
        // Asylum decisions have their own routes (legal help, DOMAIN): the
        // motion deadline these dates give is for the other USCIS cases.
        DecisionDate => notice_came && missed && denied_outside_asylum(a),
        DecisionMailed => {
            notice_came
                && missed
                && denied_outside_asylum(a)
                && matches!(a.decision_date, Some(DateAnswer::On(_)))
        }
        CanAttend => notice_came && timing == Some(Timing::Upcoming),
        Within12Hours => {
            notice_came
                && timing == Some(Timing::Upcoming)
                && will_not_surely_attend
                && facts::date_could_be_within_12_hours(a, today)
        }
        Reschedules => notice_came && timing == Some(Timing::Upcoming) && will_not_surely_attend,
        OnlineAccount => {
            notice_came
                && timing == Some(Timing::Upcoming)
                && will_not_surely_attend
                && !could_be_within_12_hours(a, today)
                && matches!(
                    a.reschedules,
                    Some(self::Reschedules::Zero | self::Reschedules::One)
                )
        }
        PhotoId => {
            notice_came
                && timing == Some(Timing::Upcoming)
                && a.can_attend == Some(YesNoNotSure::Yes)
        }
    }
}

fn denied_outside_asylum(a: &Answers) -> bool {
    a.letter == Some(Letter::Denied)
        && !matches!(
            a.case_type,
            Some(CaseType::AsylumUscis | CaseType::AsylumCourt)
        )
}

/// True unless the answers show the appointment is more than 12 hours away.
/// "Not sure" counts as within: the safer path.
pub fn could_be_within_12_hours(a: &Answers, today: NaiveDate) -> bool {
    facts::date_could_be_within_12_hours(a, today) && a.within_12_hours != Some(YesNoNotSure::No)
}

/// The questions on the person's path, in order, up to and including the
/// first unanswered required one. Optional questions are on it, answered or not.
pub fn path(answers: &Answers, today: NaiveDate) -> Vec<QuestionId> {
    // Only answers on the path count: rebuild them as the walk goes, so a
    // stale answer from another path never changes a later condition.
    let mut on_path = Answers::default();
    let mut asked = Vec::new();
    for &question in QuestionId::ALL {
        if !is_asked(question, &on_path, today) {
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
pub fn complete_answers(answers: &Answers, today: NaiveDate) -> Result<Answers, QuestionId> {
    let path = path(answers, today);
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
pub fn next_question(answers: &Answers, today: NaiveDate) -> Option<QuestionId> {
    complete_answers(answers, today).err()
}

/// The next question the form asks: the first unanswered one on the path,
/// optional or not.
pub fn next_to_ask(answers: &Answers, today: NaiveDate) -> Option<QuestionId> {
    path(answers, today)
        .into_iter()
        .find(|&q| !answers.is_answered(q))
}
