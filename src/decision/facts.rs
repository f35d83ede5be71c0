//! Facts derived from the answers and "today": where the appointment stands.

use chrono::NaiveDate;

use super::answers::{Answers, DateAnswer, YesNoNotSure};

/// Where the appointment stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// The date is still to come (or today, before the appointment time).
    Upcoming,
    /// The appointment time has passed.
    Passed,
    /// The person does not know whether it has passed: find out first.
    Unknown,
}

/// The appointment date if the person knows it.
pub fn appointment_date(answers: &Answers) -> Option<NaiveDate> {
    match answers.appointment_date {
        Some(DateAnswer::On(date)) => Some(date),
        _ => None,
    }
}

/// True when the date question's answer needs `appointment-passed` to place it.
pub fn needs_passed_question(answers: &Answers, today: NaiveDate) -> bool {
    match answers.appointment_date {
        Some(DateAnswer::On(date)) => date == today,
        Some(DateAnswer::NotSure) => true,
        None => false,
    }
}

/// The timing, once the answers say enough to know it.
pub fn timing(answers: &Answers, today: NaiveDate) -> Option<Timing> {
    let date = answers.appointment_date?;
    if let DateAnswer::On(date) = date {
        if date < today {
            return Some(Timing::Passed);
        }
        if date > today {
            return Some(Timing::Upcoming);
        }
    }
    Some(match answers.appointment_passed? {
        YesNoNotSure::Yes => Timing::Passed,
        YesNoNotSure::No => Timing::Upcoming,
        YesNoNotSure::NotSure => Timing::Unknown,
    })
}

/// Whether an upcoming appointment could be less than 12 hours away by its
/// date alone: today, tomorrow or an unknown date. Two or more days ahead
/// is always more than 12 hours away.
pub fn date_could_be_within_12_hours(answers: &Answers, today: NaiveDate) -> bool {
    match appointment_date(answers) {
        Some(date) => (date - today).num_days() < 2,
        None => true,
    }
}

/// Days since a passed appointment, when the date is known.
pub fn days_since(answers: &Answers, today: NaiveDate) -> Option<i64> {
    appointment_date(answers)
        .filter(|&date| date <= today)
        .map(|date| (today - date).num_days())
}
