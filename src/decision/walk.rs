//! Every complete answer set the form can produce on a given day, with the
//! plan each leads to: every value of every question on every path, and
//! appointment dates on each side of every date boundary. The tests prove
//! the rules over it; the review page shows a lawyer every plan it finds.

use chrono::{Days, NaiveDate};

use super::answers::{Answers, NOT_SURE, QuestionId, QuestionKind};
use super::flow;
use super::plan::{Memo, Outcome, Plan, Rules, evaluate_with};

/// Dates around every boundary: long past, 22 and 21 days ago, a week ago,
/// yesterday, today, tomorrow, two days and weeks ahead.
fn dates(today: NaiveDate) -> Vec<String> {
    let back = |d| today.checked_sub_days(Days::new(d)).unwrap_or(today);
    let ahead = |d| today.checked_add_days(Days::new(d)).unwrap_or(today);
    let list: [NaiveDate; 9] = [
        back(60),
        back(22),
        back(21),
        back(7),
        back(1),
        today,
        ahead(1),
        ahead(2),
        ahead(30),
    ];
    let mut values: Vec<String> = list
        .iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect();
    values.push(NOT_SURE.to_owned());
    values
}

/// The values the walk gives a question.
pub fn values(q: QuestionId, today: NaiveDate) -> Vec<String> {
    match q.kind() {
        QuestionKind::Choice(values) => values.iter().map(|v| (*v).to_owned()).collect(),
        // A new appointment is today or later (an earlier one is refused):
        // today, tomorrow, two days ahead, or not known.
        QuestionKind::Date if q == QuestionId::NewAppointmentDate => {
            let mut v: Vec<String> = dates(today)[5..8].to_vec();
            v.push(NOT_SURE.to_owned());
            v
        }
        QuestionKind::Date => dates(today),
        QuestionKind::Time => vec!["09:30".to_owned(), NOT_SURE.to_owned()],
    }
}

/// Every complete answer set reachable by answering the form's questions on
/// `today`, the optional ones included, with its plan. The dates the form
/// and the API refuse (`flow::date_problem`) end a path there.
pub fn every_plan(today: NaiveDate, rules: &Rules) -> Vec<(Answers, Plan)> {
    let mut out = Vec::new();
    walk(
        Answers::default(),
        today,
        rules,
        &mut out,
        &mut Memo::default(),
    );
    out
}

fn walk(
    answers: Answers,
    today: NaiveDate,
    rules: &Rules,
    out: &mut Vec<(Answers, Plan)>,
    memo: &mut Memo,
) {
    match flow::next_to_ask(&answers, today) {
        None if flow::date_problem(&answers, today).is_some() => {}
        None => {
            if let Outcome::Complete(plan) = evaluate_with(&answers, today, rules, memo) {
                out.push((answers, plan));
            }
        }
        Some(q) => {
            for v in values(q, today) {
                let mut next = answers.clone();
                // Every walk value is a contract value of its question.
                if next.set(q, &v).is_ok() && flow::date_problem(&next, today).is_none() {
                    walk(next, today, rules, out, memo);
                }
            }
        }
    }
}
