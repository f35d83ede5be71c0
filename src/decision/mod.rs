//! The decision module: pure rules from answers and "today" to the next
//! question or an ordered plan of step ids. No I/O, no clock, no text.

pub mod answers;
pub mod facts;
pub mod flow;
pub mod plan;
pub mod walk;

pub use answers::{
    Answer, AnswerError, AnswerValue, Answers, DateAnswer, NOT_SURE, QuestionId, QuestionKind,
    TimeAnswer,
};
pub use facts::Now;
pub use flow::DateProblem;
pub use plan::{
    BringId, CallSheet, Deadline, KeyDates, Memo, Outcome, Plan, PlanContext, PlanInputs,
    RescheduleBy, Route, Rules, Situation, StepId, Urgency, UrgencyId, evaluate, evaluate_with,
};
