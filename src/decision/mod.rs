//! The decision module: pure rules from answers and "today" to the next
//! question or an ordered plan of step ids. No I/O, no clock, no text.

pub mod answers;
pub mod facts;
pub mod flow;
pub mod plan;

pub use answers::{AnswerError, Answers, DateAnswer, QuestionId, QuestionKind, TimeAnswer};
pub use plan::{
    BringId, Deadline, Outcome, Plan, PlanContext, Route, Rules, Situation, StepId, Urgency,
    UrgencyId, evaluate,
};
