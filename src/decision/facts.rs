//! Facts derived from the answers and "now": where the appointment stands.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::answers::{Answers, DateAnswer, Letter, TimeAnswer, YesNoNotSure};

/// When the rules are applied: the date, and the time of day when the caller
/// knows it (the server's clock in its time zone, or the API's `now`). The
/// decision module never reads a clock; this is an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Now {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

impl From<NaiveDate> for Now {
    fn from(date: NaiveDate) -> Self {
        Now { date, time: None }
    }
}

/// The rules count whole minutes (the form asks the time in minutes), so a
/// clock reading keeps only its hour and minute.
impl From<NaiveDateTime> for Now {
    fn from(at: NaiveDateTime) -> Self {
        Now {
            date: at.date(),
            time: NaiveTime::from_hms_opt(at.hour(), at.minute(), 0),
        }
    }
}

/// Online rescheduling closes this many minutes before the appointment
/// (`online-limit-hours` in content/guide.toml; a test keeps them equal).
pub const ONLINE_LIMIT_MINUTES: i64 = 12 * 60;

/// Where the appointment stands relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// The date is still to come (or today, before the appointment time).
    Upcoming,
    /// The appointment time has passed.
    Passed,
    /// The person does not know whether it has passed: find out first.
    Unknown,
}

/// The first appointment's date, if the person knows it.
pub fn appointment_date(answers: &Answers) -> Option<NaiveDate> {
    match answers.appointment_date {
        Some(DateAnswer::On(date)) => Some(date),
        _ => None,
    }
}

/// The first appointment's time, if the person gave it.
fn appointment_time(answers: &Answers) -> Option<NaiveTime> {
    match answers.appointment_time {
        Some(TimeAnswer::At(time)) => Some(time),
        _ => None,
    }
}

/// `now` reduced to what a plan for these answers depends on, so plans
/// kept by their inputs are shared for as long as they stay the same.
///
/// The time of day counts only through the minutes to the first
/// appointment, and those only while its time is known and its date is
/// today, tomorrow or not known (a `not-sure` date stands for today and
/// tomorrow too). Otherwise they are negative on every clock reading (a
/// date gone) or more than 12 hours (two days ahead), so any time of day
/// gives the same plan; midnight stands for them all. Whether a time is
/// known at all is kept.
pub fn reading_that_matters(answers: &Answers, now: Now) -> Now {
    let time_matters = appointment_time(answers).is_some()
        && match answers.appointment_date {
            Some(DateAnswer::On(date)) => (0..=1).contains(&(date - now.date).num_days()),
            _ => true,
        };
    if time_matters {
        now
    } else {
        Now {
            date: now.date,
            time: now.time.map(|_| NaiveTime::MIN),
        }
    }
}

/// Whether a new appointment notice came after a miss: the plan is then the
/// upcoming-appointment plan for the new date.
pub fn has_new_appointment(answers: &Answers) -> bool {
    answers.letter == Some(Letter::NewAppointment)
}

/// The date of the appointment still to come: the new one after a miss, else the first.
pub fn upcoming_date(answers: &Answers) -> Option<NaiveDate> {
    if has_new_appointment(answers) {
        match answers.new_appointment_date {
            Some(DateAnswer::On(date)) => Some(date),
            _ => None,
        }
    } else {
        appointment_date(answers)
    }
}

/// Minutes from now to the first appointment, when its date and time and
/// the time now are all known (negative once it has passed).
fn minutes_until(answers: &Answers, now: Now) -> Option<i64> {
    let at = appointment_date(answers)?.and_time(appointment_time(answers)?);
    let now = now.date.and_time(now.time?);
    Some((at - now).num_minutes())
}

/// True when the date question's answer needs `appointment-passed` to place
/// it: an unknown date, or today with no known time to compare with now.
pub fn needs_passed_question(answers: &Answers, now: Now) -> bool {
    match answers.appointment_date {
        Some(DateAnswer::On(date)) => date == now.date && minutes_until(answers, now).is_none(),
        Some(DateAnswer::NotSure) => true,
        None => false,
    }
}

/// The first appointment's timing, once the answers say enough to know it.
pub fn timing(answers: &Answers, now: Now) -> Option<Timing> {
    let date = answers.appointment_date?;
    if let DateAnswer::On(date) = date {
        if date < now.date {
            return Some(Timing::Passed);
        }
        if date > now.date {
            return Some(Timing::Upcoming);
        }
        if let Some(minutes) = minutes_until(answers, now) {
            return Some(if minutes > 0 {
                Timing::Upcoming
            } else {
                Timing::Passed
            });
        }
    }
    Some(match answers.appointment_passed? {
        YesNoNotSure::Yes => Timing::Passed,
        YesNoNotSure::No => Timing::Upcoming,
        YesNoNotSure::NotSure => Timing::Unknown,
    })
}

/// Whether an appointment is still to come: the first one, or the new one
/// whose notice came after a miss (its date is today or later: an earlier
/// one is refused, see `flow::date_problem`).
pub fn is_upcoming(answers: &Answers, now: Now) -> bool {
    if has_new_appointment(answers) {
        answers.new_appointment_date.is_some()
    } else {
        timing(answers, now) == Some(Timing::Upcoming)
    }
}

/// Whether the upcoming appointment is within the online tool's 12 hours,
/// when the answers and the clock settle it without asking.
pub fn known_within_12_hours(answers: &Answers, now: Now) -> Option<bool> {
    if has_new_appointment(answers) {
        return None;
    }
    minutes_until(answers, now).map(|m| m <= ONLINE_LIMIT_MINUTES)
}

/// Whether an upcoming appointment could be less than 12 hours away by what
/// is known: by its time when known, else by its date alone (today,
/// tomorrow or an unknown date). Two or more days ahead is always more than
/// 12 hours away.
pub fn date_could_be_within_12_hours(answers: &Answers, now: Now) -> bool {
    if let Some(within) = known_within_12_hours(answers, now) {
        return within;
    }
    match upcoming_date(answers) {
        Some(date) => (date - now.date).num_days() < 2,
        None => true,
    }
}

/// Days since a passed appointment, when the date is known.
pub fn days_since(answers: &Answers, now: Now) -> Option<i64> {
    appointment_date(answers)
        .filter(|&date| date <= now.date)
        .map(|date| (now.date - date).num_days())
}
