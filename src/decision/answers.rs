//! Question ids, their allowed values and the typed answer set.
//!
//! Every id of `CONTRACT.md` is spelled once here; the form, the store, the
//! API and the locale keys all go through `as_str` and `parse`.

use chrono::{NaiveDate, NaiveTime};

/// Declares a closed set of kebab-case ids with `ALL`, `as_str` and `parse`.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The contract spellings, in the order of `ALL`.
            pub const VALUES: &'static [&'static str] = &[$($text),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(raw: &str) -> Option<Self> {
                match raw { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use id_enum;

id_enum!(
    /// The questions, in the order they are asked.
    QuestionId {
        CaseType => "case-type",
        Hearing => "hearing",
        Notice => "notice",
        Receipt => "receipt",
        Waited => "waited",
        AppointmentDate => "appointment-date",
        AppointmentPassed => "appointment-passed",
        AppointmentTime => "appointment-time",
        Attended => "attended",
        MissedRecently => "missed-recently",
        Letter => "letter",
        LetterDeadline => "letter-deadline",
        DecisionDate => "decision-date",
        DecisionMailed => "decision-mailed",
        CanAttend => "can-attend",
        Within12Hours => "within-12-hours",
        Reschedules => "reschedules",
        OnlineAccount => "online-account",
        PhotoId => "photo-id",
        Moved => "moved",
    }
);

id_enum!(CaseType {
    AsylumUscis => "asylum-uscis",
    AsylumCourt => "asylum-court",
    OtherUscis => "other-uscis",
    NotSure => "not-sure",
});

id_enum!(Hearing {
    Within60Days => "within-60-days",
    Later => "later",
    NoDate => "none",
    NotSure => "not-sure",
});

id_enum!(YesNoNotSure {
    Yes => "yes",
    No => "no",
    NotSure => "not-sure",
});

id_enum!(YesNo {
    Yes => "yes",
    No => "no",
});

id_enum!(
    /// Time since filing, or since the receipt notice when there is one.
    Waited {
        Under2Months => "under-2-months",
        TwoTo3Months => "2-to-3-months",
        Over3Months => "over-3-months",
        NotSure => "not-sure",
    }
);

id_enum!(Letter {
    NoLetter => "none",
    Rfe => "rfe",
    Noid => "noid",
    Denied => "denied",
    NotSure => "not-sure",
});

id_enum!(Reschedules {
    Zero => "0",
    One => "1",
    TwoOrMore => "2-or-more",
    NotSure => "not-sure",
});

/// The answer to a date question: a date, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAnswer {
    On(NaiveDate),
    NotSure,
}

pub const NOT_SURE: &str = "not-sure";

impl DateAnswer {
    pub fn parse(raw: &str) -> Option<Self> {
        if raw == NOT_SURE {
            return Some(DateAnswer::NotSure);
        }
        // Exactly YYYY-MM-DD: chrono alone would accept "2026-1-5".
        let bytes = raw.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return None;
        }
        NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .ok()
            .map(DateAnswer::On)
    }

    pub fn to_value(self) -> String {
        match self {
            DateAnswer::On(date) => date.format("%Y-%m-%d").to_string(),
            DateAnswer::NotSure => NOT_SURE.to_owned(),
        }
    }
}

/// The answer to the time question: a time of day, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeAnswer {
    At(NaiveTime),
    NotSure,
}

impl TimeAnswer {
    /// Exactly `HH:MM` (24-hour), or `not-sure`.
    pub fn parse(raw: &str) -> Option<Self> {
        if raw == NOT_SURE {
            return Some(TimeAnswer::NotSure);
        }
        let b = raw.as_bytes();
        let shaped =
            b.len() == 5 && b[2] == b':' && [0, 1, 3, 4].iter().all(|&i| b[i].is_ascii_digit());
        if !shaped {
            return None;
        }
        NaiveTime::parse_from_str(raw, "%H:%M")
            .ok()
            .map(TimeAnswer::At)
    }

    pub fn to_value(self) -> String {
        match self {
            TimeAnswer::At(time) => time.format("%H:%M").to_string(),
            TimeAnswer::NotSure => NOT_SURE.to_owned(),
        }
    }
}

/// What kind of values a question takes: a fixed list, a date or a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    Choice(&'static [&'static str]),
    Date,
    Time,
}

impl QuestionId {
    /// The values a person can choose, in the order they are shown.
    pub fn kind(self) -> QuestionKind {
        use QuestionId::*;
        match self {
            CaseType => QuestionKind::Choice(self::CaseType::VALUES),
            Hearing => QuestionKind::Choice(self::Hearing::VALUES),
            Waited => QuestionKind::Choice(self::Waited::VALUES),
            Letter => QuestionKind::Choice(self::Letter::VALUES),
            Reschedules => QuestionKind::Choice(self::Reschedules::VALUES),
            PhotoId => QuestionKind::Choice(YesNo::VALUES),
            AppointmentDate | LetterDeadline | DecisionDate => QuestionKind::Date,
            AppointmentTime => QuestionKind::Time,
            Notice | Receipt | AppointmentPassed | Attended | MissedRecently | DecisionMailed
            | CanAttend | Within12Hours | OnlineAccount | Moved => {
                QuestionKind::Choice(YesNoNotSure::VALUES)
            }
        }
    }

    /// Whether a plan can be complete without this answer. The form asks
    /// it (the person may answer "I don't know"); the API never waits for it.
    pub fn is_optional(self) -> bool {
        matches!(
            self,
            QuestionId::AppointmentTime
                | QuestionId::LetterDeadline
                | QuestionId::DecisionDate
                | QuestionId::DecisionMailed
        )
    }
}

/// A stored answer set, typed. `None` means not answered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    pub case_type: Option<CaseType>,
    pub hearing: Option<Hearing>,
    pub notice: Option<YesNoNotSure>,
    pub receipt: Option<YesNoNotSure>,
    pub waited: Option<Waited>,
    pub appointment_date: Option<DateAnswer>,
    pub appointment_passed: Option<YesNoNotSure>,
    /// The time on the notice, for the calendar's reminders.
    pub appointment_time: Option<TimeAnswer>,
    pub attended: Option<YesNoNotSure>,
    pub missed_recently: Option<YesNoNotSure>,
    pub letter: Option<Letter>,
    /// The response deadline printed on an RFE or NOID.
    pub letter_deadline: Option<DateAnswer>,
    /// The date of a denial decision.
    pub decision_date: Option<DateAnswer>,
    /// Whether the denial came by mail (3 more days for a motion).
    pub decision_mailed: Option<YesNoNotSure>,
    pub can_attend: Option<YesNoNotSure>,
    pub within_12_hours: Option<YesNoNotSure>,
    pub reschedules: Option<Reschedules>,
    pub online_account: Option<YesNoNotSure>,
    pub photo_id: Option<YesNo>,
    pub moved: Option<YesNoNotSure>,
}

/// Why a raw answer was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    BadValue(QuestionId),
}

impl Answers {
    /// Parses raw `question-id -> value` pairs; the first bad pair is the error.
    pub fn parse<'a>(
        raw: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, AnswerError> {
        let mut answers = Answers::default();
        for (question, value) in raw {
            let id = QuestionId::parse(question)
                .ok_or_else(|| AnswerError::UnknownQuestion(question.to_owned()))?;
            answers.set(id, value)?;
        }
        Ok(answers)
    }

    /// Sets one answer from its raw value, refusing a value the question does not allow.
    pub fn set(&mut self, id: QuestionId, value: &str) -> Result<(), AnswerError> {
        let bad = || AnswerError::BadValue(id);
        let yn = |v: &str| YesNoNotSure::parse(v).ok_or_else(bad);
        match id {
            QuestionId::CaseType => self.case_type = Some(CaseType::parse(value).ok_or_else(bad)?),
            QuestionId::Hearing => self.hearing = Some(Hearing::parse(value).ok_or_else(bad)?),
            QuestionId::Notice => self.notice = Some(yn(value)?),
            QuestionId::Receipt => self.receipt = Some(yn(value)?),
            QuestionId::Waited => self.waited = Some(Waited::parse(value).ok_or_else(bad)?),
            QuestionId::AppointmentDate => {
                self.appointment_date = Some(DateAnswer::parse(value).ok_or_else(bad)?)
            }
            QuestionId::AppointmentPassed => self.appointment_passed = Some(yn(value)?),
            QuestionId::AppointmentTime => {
                self.appointment_time = Some(TimeAnswer::parse(value).ok_or_else(bad)?)
            }
            QuestionId::Attended => self.attended = Some(yn(value)?),
            QuestionId::MissedRecently => self.missed_recently = Some(yn(value)?),
            QuestionId::Letter => self.letter = Some(Letter::parse(value).ok_or_else(bad)?),
            QuestionId::LetterDeadline => {
                self.letter_deadline = Some(DateAnswer::parse(value).ok_or_else(bad)?)
            }
            QuestionId::DecisionDate => {
                self.decision_date = Some(DateAnswer::parse(value).ok_or_else(bad)?)
            }
            QuestionId::DecisionMailed => self.decision_mailed = Some(yn(value)?),
            QuestionId::CanAttend => self.can_attend = Some(yn(value)?),
            QuestionId::Within12Hours => self.within_12_hours = Some(yn(value)?),
            QuestionId::Reschedules => {
                self.reschedules = Some(Reschedules::parse(value).ok_or_else(bad)?)
            }
            QuestionId::OnlineAccount => self.online_account = Some(yn(value)?),
            QuestionId::PhotoId => self.photo_id = Some(YesNo::parse(value).ok_or_else(bad)?),
            QuestionId::Moved => self.moved = Some(yn(value)?),
        }
        Ok(())
    }

    /// The stored value of one answer, as its contract string.
    pub fn value(&self, id: QuestionId) -> Option<String> {
        fn s<T: Copy>(v: Option<T>, f: fn(T) -> &'static str) -> Option<String> {
            v.map(|v| f(v).to_owned())
        }
        match id {
            QuestionId::CaseType => s(self.case_type, CaseType::as_str),
            QuestionId::Hearing => s(self.hearing, Hearing::as_str),
            QuestionId::Notice => s(self.notice, YesNoNotSure::as_str),
            QuestionId::Receipt => s(self.receipt, YesNoNotSure::as_str),
            QuestionId::Waited => s(self.waited, Waited::as_str),
            QuestionId::AppointmentDate => self.appointment_date.map(DateAnswer::to_value),
            QuestionId::AppointmentPassed => s(self.appointment_passed, YesNoNotSure::as_str),
            QuestionId::AppointmentTime => self.appointment_time.map(TimeAnswer::to_value),
            QuestionId::Attended => s(self.attended, YesNoNotSure::as_str),
            QuestionId::MissedRecently => s(self.missed_recently, YesNoNotSure::as_str),
            QuestionId::Letter => s(self.letter, Letter::as_str),
            QuestionId::LetterDeadline => self.letter_deadline.map(DateAnswer::to_value),
            QuestionId::DecisionDate => self.decision_date.map(DateAnswer::to_value),
            QuestionId::DecisionMailed => s(self.decision_mailed, YesNoNotSure::as_str),
            QuestionId::CanAttend => s(self.can_attend, YesNoNotSure::as_str),
            QuestionId::Within12Hours => s(self.within_12_hours, YesNoNotSure::as_str),
            QuestionId::Reschedules => s(self.reschedules, Reschedules::as_str),
            QuestionId::OnlineAccount => s(self.online_account, YesNoNotSure::as_str),
            QuestionId::PhotoId => s(self.photo_id, YesNo::as_str),
            QuestionId::Moved => s(self.moved, YesNoNotSure::as_str),
        }
    }

    /// Copies one answer (or its absence) from `other`.
    pub fn copy_answer(&mut self, other: &Answers, id: QuestionId) {
        match id {
            QuestionId::CaseType => self.case_type = other.case_type,
            QuestionId::Hearing => self.hearing = other.hearing,
            QuestionId::Notice => self.notice = other.notice,
            QuestionId::Receipt => self.receipt = other.receipt,
            QuestionId::Waited => self.waited = other.waited,
            QuestionId::AppointmentDate => self.appointment_date = other.appointment_date,
            QuestionId::AppointmentPassed => self.appointment_passed = other.appointment_passed,
            QuestionId::AppointmentTime => self.appointment_time = other.appointment_time,
            QuestionId::Attended => self.attended = other.attended,
            QuestionId::MissedRecently => self.missed_recently = other.missed_recently,
            QuestionId::Letter => self.letter = other.letter,
            QuestionId::LetterDeadline => self.letter_deadline = other.letter_deadline,
            QuestionId::DecisionDate => self.decision_date = other.decision_date,
            QuestionId::DecisionMailed => self.decision_mailed = other.decision_mailed,
            QuestionId::CanAttend => self.can_attend = other.can_attend,
            QuestionId::Within12Hours => self.within_12_hours = other.within_12_hours,
            QuestionId::Reschedules => self.reschedules = other.reschedules,
            QuestionId::OnlineAccount => self.online_account = other.online_account,
            QuestionId::PhotoId => self.photo_id = other.photo_id,
            QuestionId::Moved => self.moved = other.moved,
        }
    }

    /// The answer to a date question (`None` for any other question).
    pub fn date(&self, id: QuestionId) -> Option<DateAnswer> {
        match id {
            QuestionId::AppointmentDate => self.appointment_date,
            QuestionId::LetterDeadline => self.letter_deadline,
            QuestionId::DecisionDate => self.decision_date,
            _ => None,
        }
    }

    /// Whether the question has an answer.
    pub fn is_answered(&self, id: QuestionId) -> bool {
        // The path walk asks this for every question on every request: no
        // value string is made to answer it.
        match id {
            QuestionId::CaseType => self.case_type.is_some(),
            QuestionId::Hearing => self.hearing.is_some(),
            QuestionId::Notice => self.notice.is_some(),
            QuestionId::Receipt => self.receipt.is_some(),
            QuestionId::Waited => self.waited.is_some(),
            QuestionId::AppointmentDate => self.appointment_date.is_some(),
            QuestionId::AppointmentPassed => self.appointment_passed.is_some(),
            QuestionId::AppointmentTime => self.appointment_time.is_some(),
            QuestionId::Attended => self.attended.is_some(),
            QuestionId::MissedRecently => self.missed_recently.is_some(),
            QuestionId::Letter => self.letter.is_some(),
            QuestionId::LetterDeadline => self.letter_deadline.is_some(),
            QuestionId::DecisionDate => self.decision_date.is_some(),
            QuestionId::DecisionMailed => self.decision_mailed.is_some(),
            QuestionId::CanAttend => self.can_attend.is_some(),
            QuestionId::Within12Hours => self.within_12_hours.is_some(),
            QuestionId::Reschedules => self.reschedules.is_some(),
            QuestionId::OnlineAccount => self.online_account.is_some(),
            QuestionId::PhotoId => self.photo_id.is_some(),
            QuestionId::Moved => self.moved.is_some(),
        }
    }
}
