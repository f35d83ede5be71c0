//! Question ids, their allowed values and the typed answer set.
//!
//! Every id of `CONTRACT.md` is spelled once here; the form, the store, the
//! API and the locale keys all go through `as_str` and `parse`.

use chrono::{NaiveDate, NaiveTime};

/// "I don't know": the one spelling of the value every unsure answer has.
pub const NOT_SURE: &str = "not-sure";

/// Declares a closed set of kebab-case ids with `ALL`, `as_str` and `parse`.
/// Each spelling is a literal or a `&str` constant (such as `NOT_SURE`).
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:tt),+ $(,)? }) => {
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

/// A question's typed answer: how it is parsed from, and written as, its
/// contract value, and what kind of input asks for it.
pub trait AnswerValue: Copy + Sized {
    const KIND: QuestionKind;
    fn parse(raw: &str) -> Option<Self>;
    fn to_value(self) -> String;
}

/// Declares the questions from one table: for each, its id, its field in
/// `Answers`, the type of its answer and whether a plan needs it. The id
/// enum, the answer set, the typed `Answer` and every match over the
/// questions follow from the table, so adding a question is one row here
/// (plus where the flow asks it and what the rules do with it).
macro_rules! questions {
    ($(
        $(#[$doc:meta])*
        $variant:ident => $text:literal, $field:ident: $ty:ty, $need:ident;
    )+) => {
        id_enum!(
            /// The questions, in the order they are asked.
            QuestionId { $($variant => $text),+ }
        );

        impl QuestionId {
            /// What kind of input asks this question.
            pub fn kind(self) -> QuestionKind {
                match self { $(QuestionId::$variant => <$ty as AnswerValue>::KIND),+ }
            }

            /// Whether a plan can be complete without this answer. The form asks
            /// it (the person may answer "I don't know"); the API never waits for it.
            pub fn is_optional(self) -> bool {
                match self { $(QuestionId::$variant => Need::$need == Need::Optional),+ }
            }
        }

        /// A stored answer set, typed. `None` means not answered.
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
        pub struct Answers {
            $($(#[$doc])* pub $field: Option<$ty>,)+
        }

        /// One typed answer to one question: what the form and the API parse
        /// a raw value into before anything is stored.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Answer {
            $($variant($ty)),+
        }

        impl Answer {
            /// The raw value as this question's typed answer, if it allows it.
            pub fn parse(question: QuestionId, raw: &str) -> Option<Self> {
                match question {
                    $(QuestionId::$variant => <$ty as AnswerValue>::parse(raw).map(Answer::$variant)),+
                }
            }

            pub fn question(self) -> QuestionId {
                match self { $(Answer::$variant(_) => QuestionId::$variant),+ }
            }

            /// The contract value, as stored and as the API spells it.
            pub fn to_value(self) -> String {
                match self { $(Answer::$variant(v) => v.to_value()),+ }
            }
        }

        impl Answers {
            /// Records one typed answer, replacing any earlier one.
            pub fn record(&mut self, answer: Answer) {
                match answer { $(Answer::$variant(v) => self.$field = Some(v)),+ }
            }

            /// The answer to one question, if there is one.
            pub fn get(&self, id: QuestionId) -> Option<Answer> {
                match id { $(QuestionId::$variant => self.$field.map(Answer::$variant)),+ }
            }

            /// Copies one answer (or its absence) from `other`.
            pub fn copy_answer(&mut self, other: &Answers, id: QuestionId) {
                match id { $(QuestionId::$variant => self.$field = other.$field),+ }
            }

            /// Whether the question has an answer.
            pub fn is_answered(&self, id: QuestionId) -> bool {
                match id { $(QuestionId::$variant => self.$field.is_some()),+ }
            }
        }
    };
}

/// Whether a plan waits for a question's answer.
#[derive(PartialEq, Eq)]
enum Need {
    Required,
    Optional,
}

questions! {
    CaseType => "case-type", case_type: CaseType, Required;
    Hearing => "hearing", hearing: Hearing, Required;
    Notice => "notice", notice: YesNoNotSure, Required;
    Receipt => "receipt", receipt: YesNoNotSure, Required;
    Waited => "waited", waited: Waited, Required;
    AppointmentDate => "appointment-date", appointment_date: DateAnswer, Required;
    /// The time on the notice: with the clock, it settles "has it passed?"
    /// and "within 12 hours?"; and the calendar's reminders use it.
    AppointmentTime => "appointment-time", appointment_time: TimeAnswer, Optional;
    AppointmentPassed => "appointment-passed", appointment_passed: YesNoNotSure, Required;
    Attended => "attended", attended: Attended, Required;
    MissedRecently => "missed-recently", missed_recently: YesNoNotSure, Required;
    Letter => "letter", letter: Letter, Required;
    /// The response deadline printed on an RFE or NOID.
    LetterDeadline => "letter-deadline", letter_deadline: DateAnswer, Optional;
    /// The date of a denial decision.
    DecisionDate => "decision-date", decision_date: DateAnswer, Optional;
    /// Whether the denial came by mail (3 more days for a motion).
    DecisionMailed => "decision-mailed", decision_mailed: YesNoNotSure, Optional;
    /// The date on the new appointment notice that came after a miss.
    NewAppointmentDate => "new-appointment-date", new_appointment_date: DateAnswer, Required;
    CanAttend => "can-attend", can_attend: YesNoNotSure, Required;
    Within12Hours => "within-12-hours", within_12_hours: YesNoNotSure, Required;
    Reschedules => "reschedules", reschedules: Reschedules, Required;
    OnlineAccount => "online-account", online_account: YesNoNotSure, Required;
    PhotoId => "photo-id", photo_id: YesNo, Required;
    Moved => "moved", moved: YesNoNotSure, Required;
}

id_enum!(CaseType {
    AsylumUscis => "asylum-uscis",
    AsylumCourt => "asylum-court",
    OtherUscis => "other-uscis",
    OtherCourt => "other-court",
    NotSure => NOT_SURE,
});

id_enum!(Hearing {
    Within60Days => "within-60-days",
    Later => "later",
    NoDate => "none",
    NotSure => NOT_SURE,
});

id_enum!(YesNoNotSure {
    Yes => "yes",
    No => "no",
    NotSure => NOT_SURE,
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
        NotSure => NOT_SURE,
    }
);

id_enum!(Letter {
    NoLetter => "none",
    Rfe => "rfe",
    Noid => "noid",
    Denied => "denied",
    NewAppointment => "new-appointment",
    NotSure => NOT_SURE,
});

id_enum!(
    /// Whether the person went to the appointment and the fingerprints were taken.
    Attended {
        Yes => "yes",
        No => "no",
        TurnedAway => "turned-away",
        NotSure => NOT_SURE,
    }
);

impl CaseType {
    /// Whether a judge has the case (the court track's duties apply).
    pub fn is_court(self) -> bool {
        matches!(self, CaseType::AsylumCourt | CaseType::OtherCourt)
    }
}

id_enum!(Reschedules {
    Zero => "0",
    One => "1",
    TwoOrMore => "2-or-more",
    NotSure => NOT_SURE,
});

/// The answers that are one of a fixed list of values.
macro_rules! choice_answers {
    ($($name:ident),+) => {$(
        impl AnswerValue for $name {
            const KIND: QuestionKind = QuestionKind::Choice($name::VALUES);

            fn parse(raw: &str) -> Option<Self> {
                $name::parse(raw)
            }

            fn to_value(self) -> String {
                self.as_str().to_owned()
            }
        }
    )+};
}

choice_answers!(
    CaseType,
    Hearing,
    YesNoNotSure,
    YesNo,
    Waited,
    Letter,
    Attended,
    Reschedules
);

/// The answer to a date question: a date, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateAnswer {
    On(NaiveDate),
    NotSure,
}

impl AnswerValue for DateAnswer {
    const KIND: QuestionKind = QuestionKind::Date;

    /// Exactly `YYYY-MM-DD`, or `not-sure`.
    fn parse(raw: &str) -> Option<Self> {
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

    fn to_value(self) -> String {
        match self {
            DateAnswer::On(date) => date.format("%Y-%m-%d").to_string(),
            DateAnswer::NotSure => NOT_SURE.to_owned(),
        }
    }
}

/// The answer to the time question: a time of day, or "I don't know".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeAnswer {
    At(NaiveTime),
    NotSure,
}

impl AnswerValue for TimeAnswer {
    const KIND: QuestionKind = QuestionKind::Time;

    /// Exactly `HH:MM` (24-hour), or `not-sure`.
    fn parse(raw: &str) -> Option<Self> {
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

    fn to_value(self) -> String {
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
        let answer = Answer::parse(id, value).ok_or(AnswerError::BadValue(id))?;
        self.record(answer);
        Ok(())
    }

    /// The stored value of one answer, as its contract string.
    pub fn value(&self, id: QuestionId) -> Option<String> {
        self.get(id).map(Answer::to_value)
    }

    /// The answer to a date question (`None` for any other question).
    pub fn date(&self, id: QuestionId) -> Option<DateAnswer> {
        match self.get(id)? {
            Answer::AppointmentDate(d)
            | Answer::LetterDeadline(d)
            | Answer::DecisionDate(d)
            | Answer::NewAppointmentDate(d) => Some(d),
            _ => None,
        }
    }
}
