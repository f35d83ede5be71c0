//! Turning a posted question form into an allowed answer value, or a message
//! key that says what is wrong and which field to point at.

use chrono::{Datelike, Months, NaiveDate, NaiveTime};

use crate::decision::{
    Answer, AnswerValue, Answers, DateAnswer, DateProblem, NOT_SURE, Now, QuestionId, QuestionKind,
    TimeAnswer, flow,
};

/// The fields of a posted question form (only the first of each name counts).
#[derive(Debug, Default)]
pub struct Submission {
    pub answer: Option<String>,
    pub month: String,
    pub day: String,
    pub year: String,
    pub time: String,
    /// The date (`YYYY-MM-DD`) the person confirmed when asked "Is this right?".
    pub confirmed: Option<String>,
    /// A language to show the page in instead of saving: the typed values stay.
    pub switch_language: Option<String>,
}

impl Submission {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut s = Submission::default();
        let mut seen = [false; 5];
        for (name, value) in pairs {
            let (slot, index) = match name.as_str() {
                "answer" => {
                    if !seen[0] {
                        s.answer = Some(value.trim().to_owned());
                    }
                    seen[0] = true;
                    continue;
                }
                "confirmed" => {
                    s.confirmed.get_or_insert(value);
                    continue;
                }
                "switch-language" => {
                    s.switch_language.get_or_insert(value);
                    continue;
                }
                "month" => (&mut s.month, 1),
                "day" => (&mut s.day, 2),
                "year" => (&mut s.year, 3),
                "time" => (&mut s.time, 4),
                _ => continue,
            };
            if !seen[index] {
                *slot = western_digits(value.trim());
                seen[index] = true;
            }
        }
        s
    }
}

/// Digits as the form reads them: Arabic-Indic (U+0660-0669) and Eastern
/// Arabic-Indic (U+06F0-06F9) digits become 0-9; the rest is unchanged.
pub fn western_digits(typed: &str) -> String {
    typed
        .chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        })
        .collect()
}

/// A date so far ahead that it is more likely mistyped: the form asks "Is
/// this right?" once before it keeps it. Its value is the date to confirm.
pub fn needs_confirmation(answer: Answer, s: &Submission, today: NaiveDate) -> Option<NaiveDate> {
    let date = match answer {
        Answer::AppointmentDate(DateAnswer::On(d))
        | Answer::NewAppointmentDate(DateAnswer::On(d))
        | Answer::LetterDeadline(DateAnswer::On(d))
        | Answer::DecisionDate(DateAnswer::On(d)) => d,
        _ => return None,
    };
    let a_year_ahead = today.checked_add_months(Months::new(12))?;
    let confirmed = s.confirmed.as_deref() == Some(date.format("%Y-%m-%d").to_string().as_str());
    (date > a_year_ahead && !confirmed).then_some(date)
}

/// A refused submission: the locale key of the message and the input to point at.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal {
    pub message_key: String,
    pub target: String,
}

fn refuse(key: &str, target: &str) -> Refusal {
    Refusal {
        message_key: key.to_owned(),
        target: target.to_owned(),
    }
}

/// How many years around today a typed appointment year may be.
pub const YEARS_BACK: i32 = 5;
pub const YEARS_AHEAD: i32 = 5;

/// The typed answer this submission gives to `question`.
pub fn parse(question: QuestionId, s: &Submission, today: NaiveDate) -> Result<Answer, Refusal> {
    let raw = match question.kind() {
        QuestionKind::Choice(_) => s.answer.clone().ok_or_else(|| nothing_chosen(question))?,
        QuestionKind::Date => parse_date(question, s, today)?.to_value(),
        QuestionKind::Time => parse_time(question, s)?.to_value(),
    };
    Answer::parse(question, &raw).ok_or_else(|| nothing_chosen(question))
}

/// The message key of each date the rules refuse (`flow::date_problem`).
pub fn date_problem_key(problem: DateProblem) -> &'static str {
    match problem {
        DateProblem::DecisionInFuture => "date-error-decision-in-future",
        DateProblem::DecisionBeforeAppointment => "date-error-decision-before-appointment",
        DateProblem::DeadlineBeforeAppointment => "date-error-deadline-before-appointment",
        DateProblem::NewAppointmentPassed => "date-error-new-appointment-passed",
    }
}

/// The answer, unless with the answers so far it gives a date that cannot
/// be right (a decision in the future or before the appointment, a new
/// appointment already gone): then the rules' message, at the date's field.
pub fn check_dates(answer: Answer, answers: &Answers, now: Now) -> Result<Answer, Refusal> {
    let mut with = answers.clone();
    with.record(answer);
    match flow::date_problem(&with, now) {
        Some((question, problem)) if question == answer.question() => {
            Err(refuse(date_problem_key(problem), "date-month"))
        }
        _ => Ok(answer),
    }
}

/// No allowed value was given: the question's own message, at its first input.
fn nothing_chosen(question: QuestionId) -> Refusal {
    let target = match question.kind() {
        QuestionKind::Choice(values) => format!("{question}-{}", values[0]),
        QuestionKind::Date => "date-month".to_owned(),
        QuestionKind::Time => "time".to_owned(),
    };
    refuse(&format!("q-{question}-error"), &target)
}

/// A time as people type it: `9:30`, `14:00`, `9.30 am`, `2 PM`, `2:15p.m.`
/// (a browser's time field sends `14:00`).
fn parse_time(question: QuestionId, s: &Submission) -> Result<TimeAnswer, Refusal> {
    let typed = s.time.trim();
    match s.answer.as_deref() {
        Some(NOT_SURE) if !typed.is_empty() => return Err(refuse("time-error-mixed", "time")),
        Some(NOT_SURE) => return Ok(TimeAnswer::NotSure),
        Some(_) => return Err(nothing_chosen(question)),
        None if typed.is_empty() => return Err(nothing_chosen(question)),
        None => {}
    }
    // Spaces go first, so "9:30 a. m." (Spanish style) reads as "9:30a.m.".
    let spaceless: String = typed
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let compact: String = spaceless
        .replace("a.m.", "am")
        .replace("p.m.", "pm")
        .replace("a.m", "am")
        .replace("p.m", "pm")
        .chars()
        .map(|c| if c == '.' { ':' } else { c })
        .collect();
    let (digits, period) =
        if let Some(rest) = compact.strip_suffix("am").or(compact.strip_suffix('a')) {
            (rest, Some(false))
        } else if let Some(rest) = compact.strip_suffix("pm").or(compact.strip_suffix('p')) {
            (rest, Some(true))
        } else {
            (compact.as_str(), None)
        };
    let (hour, minute) = digits.split_once(':').unwrap_or((digits, "0"));
    let number = |f: &str| {
        (!f.is_empty() && f.len() <= 2 && f.bytes().all(|b| b.is_ascii_digit()))
            .then(|| f.parse::<u32>().unwrap_or(99))
    };
    let invalid = || refuse("time-error-invalid", "time");
    let (Some(hour), Some(minute)) = (number(hour), number(minute)) else {
        return Err(invalid());
    };
    let hour = match period {
        Some(_) if !(1..=12).contains(&hour) => return Err(invalid()),
        Some(pm) => hour % 12 + if pm { 12 } else { 0 },
        None => hour,
    };
    NaiveTime::from_hms_opt(hour, minute, 0)
        .map(TimeAnswer::At)
        .ok_or_else(invalid)
}

fn parse_date(
    question: QuestionId,
    s: &Submission,
    today: NaiveDate,
) -> Result<DateAnswer, Refusal> {
    let typed = [&s.month, &s.day, &s.year];
    let any_typed = typed.iter().any(|f| !f.is_empty());
    match s.answer.as_deref() {
        Some(NOT_SURE) if any_typed => {
            return Err(refuse("date-error-mixed", "date-month"));
        }
        Some(NOT_SURE) => return Ok(DateAnswer::NotSure),
        Some(_) => return Err(nothing_chosen(question)),
        None => {}
    }
    if !any_typed {
        return Err(nothing_chosen(question));
    }
    let names = ["date-month", "date-day", "date-year"];
    // A whole date typed into one box ("12/5/2026"): month, day and year
    // in US order; anything else there is named at that box.
    let filled: Vec<usize> = (0..3).filter(|&i| !typed[i].is_empty()).collect();
    if let [only] = filled[..] {
        let parts: Vec<&str> = typed[only]
            .split(['/', '-', '.', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        if let [month, day, year] = parts[..] {
            let whole = Submission {
                month: month.to_owned(),
                day: day.to_owned(),
                year: year.to_owned(),
                ..Submission::default()
            };
            return parse_date(question, &whole, today);
        }
        if parts.len() > 1 {
            return Err(refuse("date-error-one-box", names[only]));
        }
    }
    if let Some(i) = typed.iter().position(|f| f.is_empty()) {
        return Err(refuse("date-error-incomplete", names[i]));
    }
    if let Some(i) = typed
        .iter()
        .position(|f| f.len() > 4 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(refuse("date-error-not-number", names[i]));
    }
    if s.year.len() != 4 {
        return Err(refuse("date-error-year-digits", "date-year"));
    }
    // At most 4 ASCII digits each (checked above): these parses cannot fail.
    let number = |f: &str| f.parse::<u32>().unwrap_or(0);
    let year = number(&s.year) as i32;
    if year < today.year() - YEARS_BACK || year > today.year() + YEARS_AHEAD {
        return Err(refuse("date-error-out-of-range", "date-year"));
    }
    NaiveDate::from_ymd_opt(year, number(&s.month), number(&s.day))
        .map(DateAnswer::On)
        .ok_or_else(|| {
            let target = if (1..=12).contains(&number(&s.month)) {
                "date-day"
            } else {
                "date-month"
            };
            refuse("date-error-not-real", target)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    fn date(month: &str, day: &str, year: &str) -> Submission {
        Submission {
            answer: None,
            month: month.into(),
            day: day.into(),
            year: year.into(),
            ..Submission::default()
        }
    }

    fn time(typed: &str) -> Submission {
        Submission {
            time: typed.into(),
            ..Submission::default()
        }
    }

    #[test]
    fn times_are_read_the_ways_people_write_them() {
        for (typed, stored) in [
            ("9:30", "09:30"),
            ("14:00", "14:00"),
            ("9.30 am", "09:30"),
            ("2 PM", "14:00"),
            ("2:15p.m.", "14:15"),
            ("12 am", "00:00"),
            ("12:05 pm", "12:05"),
            ("8", "08:00"),
            // Spanish style, with the space and the dots, in any case.
            ("9:30 a. m.", "09:30"),
            ("9:30 p. m.", "21:30"),
            ("2:00 p. m.", "14:00"),
            ("9:30 A. M.", "09:30"),
            ("2:00 P. M.", "14:00"),
            ("9:30 a.m.", "09:30"),
            ("9:30 a.m", "09:30"),
            ("2:00 p.m.", "14:00"),
            ("9:30am", "09:30"),
            ("9:30 AM", "09:30"),
        ] {
            let got = parse(QuestionId::AppointmentTime, &time(typed), today());
            assert_eq!(got.map(Answer::to_value), Ok(stored.to_owned()), "{typed}");
        }
        for bad in [
            "25:00", "9:75", "13 pm", "0 am", "noon", "9:3:0", "930", "-1",
        ] {
            let got = parse(QuestionId::AppointmentTime, &time(bad), today());
            assert_eq!(got.unwrap_err().message_key, "time-error-invalid", "{bad}");
        }
    }

    #[test]
    fn a_real_date_in_us_order_is_stored_as_iso() {
        let got = parse(
            QuestionId::AppointmentDate,
            &date("12", "9", "2026"),
            today(),
        );
        assert_eq!(got.map(Answer::to_value), Ok("2026-12-09".to_owned()));
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused_with_the_right_message() {
        let cases = [
            (date("2", "30", "2026"), "date-error-not-real", "date-day"),
            (date("13", "1", "2026"), "date-error-not-real", "date-month"),
            (date("12", "9", "26"), "date-error-year-digits", "date-year"),
            (
                date("ab", "9", "2026"),
                "date-error-not-number",
                "date-month",
            ),
            (date("12", "", "2026"), "date-error-incomplete", "date-day"),
            (
                date("12", "9", "1999"),
                "date-error-out-of-range",
                "date-year",
            ),
            (date("", "", ""), "q-appointment-date-error", "date-month"),
            (
                date("-1", "9", "2026"),
                "date-error-not-number",
                "date-month",
            ),
        ];
        for (submission, key, target) in cases {
            let got = parse(QuestionId::AppointmentDate, &submission, today());
            assert_eq!(got, Err(refuse(key, target)), "{submission:?}");
        }
    }

    #[test]
    fn arabic_indic_digits_become_western_digits() {
        assert_eq!(western_digits("١٢/٥/٢٠٢٦"), "12/5/2026");
        assert_eq!(western_digits("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
        assert_eq!(western_digits("9:30 ص"), "9:30 ص");
    }

    #[test]
    fn not_sure_with_a_typed_date_asks_the_person_to_choose_one() {
        let mut s = date("12", "9", "2026");
        s.answer = Some(NOT_SURE.into());
        let got = parse(QuestionId::AppointmentDate, &s, today());
        assert_eq!(got, Err(refuse("date-error-mixed", "date-month")));
    }

    #[test]
    fn a_choice_outside_the_allowed_values_is_refused() {
        let s = Submission {
            answer: Some("banana".into()),
            ..Submission::default()
        };
        let got = parse(QuestionId::CaseType, &s, today());
        assert_eq!(
            got,
            Err(refuse("q-case-type-error", "case-type-asylum-uscis"))
        );
    }

    #[test]
    fn only_the_first_of_repeated_fields_counts() {
        let s = Submission::from_pairs(vec![
            ("answer".into(), "yes".into()),
            ("answer".into(), "no".into()),
        ]);
        assert_eq!(s.answer.as_deref(), Some("yes"));
    }
}
