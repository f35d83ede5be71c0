//! `/review`: the pack a lawyer reviews and signs. Every step with every
//! wording the plans give it (in English, the language the rules are
//! reviewed in), its sources with the passage relied on, its review date and
//! reviewer; every distinct plan the rules can make, with one example answer
//! set and how many answer sets lead to it; the volatile rules to watch.
//! No personal data: it is made from the rules alone.

use std::collections::BTreeMap;

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use super::{Layout, PageContext, PlanView};
use crate::content::{DEFAULT_LANGUAGE, Guide, Texts};
use crate::decision::{Answers, Plan, QuestionId, StepId};

pub struct ReviewSource {
    pub title: String,
    pub url: Option<String>,
    pub passage: Option<String>,
}

pub struct ReviewStep {
    pub id: &'static str,
    pub title: String,
    /// Each distinct wording of the step across every plan, as paragraphs.
    pub wordings: Vec<Vec<String>>,
    pub sources: Vec<ReviewSource>,
    pub reviewed: String,
    pub reviewed_by: String,
    /// Older than the configured age: listed first.
    pub due: bool,
}

pub struct ReviewPlan {
    /// `situation:step,step,…`, as the page marks the plan.
    pub signature: String,
    pub situation: &'static str,
    pub steps: Vec<&'static str>,
    pub count: usize,
    /// One answer set that leads to it, as `question = value` lines.
    pub example: Vec<String>,
}

pub struct ReviewWatch {
    pub id: String,
    pub status: String,
    pub checked: String,
    pub note: String,
    pub steps: String,
}

#[derive(Template)]
#[template(path = "pages/review.html")]
pub struct ReviewPage {
    pub layout: Layout,
    pub intro: String,
    pub due_line: String,
    pub plans_line: String,
    pub steps: Vec<ReviewStep>,
    pub plans: Vec<ReviewPlan>,
    pub watch: Vec<ReviewWatch>,
}

/// `situation:step,step,…`: what tells two plans apart on the page.
pub fn plan_signature(plan: &Plan) -> String {
    let steps: Vec<&str> = plan.steps.iter().map(|s| s.as_str()).collect();
    format!("{}:{}", plan.situation, steps.join(","))
}

impl ReviewPage {
    pub fn build(
        ctx: &PageContext,
        guide: &Guide,
        walked: &[(Answers, Plan)],
        today: NaiveDate,
        max_age_days: u32,
    ) -> Self {
        let tr = ctx.tr;
        let english = Texts::of(DEFAULT_LANGUAGE);
        let plans = distinct_plans(walked);
        // Each step's title (as its first plan words it) and every wording.
        let mut titles: BTreeMap<StepId, String> = BTreeMap::new();
        let mut wordings: BTreeMap<StepId, Vec<Vec<String>>> = BTreeMap::new();
        for (_, plan, _) in &plans {
            let view = PlanView::build(english, guide, plan);
            for (step, words) in plan.steps.iter().zip(view.steps) {
                titles.entry(*step).or_insert(words.title);
                let seen = wordings.entry(*step).or_default();
                if !seen.contains(&words.paragraphs) {
                    seen.push(words.paragraphs);
                }
            }
        }
        let mut steps: Vec<ReviewStep> = StepId::ALL
            .iter()
            .map(|&step| {
                let data = guide.step(step);
                ReviewStep {
                    id: step.as_str(),
                    // A step no plan uses has only its id to show.
                    title: titles.remove(&step).unwrap_or_default(),
                    wordings: wordings.remove(&step).unwrap_or_default(),
                    // A track's own sources (`on-track`) follow the step's.
                    sources: (data.sources.iter())
                        .chain(data.on_track.values().flat_map(|d| &d.sources))
                        .fold(Vec::new(), |mut ids, id| {
                            if !ids.contains(&id) {
                                ids.push(id);
                            }
                            ids
                        })
                        .into_iter()
                        .map(|s| ReviewSource {
                            title: english.t(&format!("source-{s}")),
                            url: guide.sources[s].url.clone(),
                            passage: guide.sources[s].passage.clone(),
                        })
                        .collect(),
                    reviewed: data.reviewed.format("%Y-%m-%d").to_string(),
                    reviewed_by: data.reviewed_by.clone(),
                    due: (today - data.reviewed).num_days() > i64::from(max_age_days),
                }
            })
            .collect();
        // Reviews due first; otherwise the contract's order.
        steps.sort_by_key(|s| !s.due);
        let due = steps.iter().filter(|s| s.due).count();
        ReviewPage {
            layout: Layout::new(ctx, &tr.t("review-title"), false),
            intro: tr.t("review-intro"),
            due_line: tr.t_with(
                "review-due",
                &[
                    ("count", FluentValue::from(due as i64)),
                    ("days", FluentValue::from(i64::from(max_age_days))),
                ],
            ),
            plans_line: tr.t_with(
                "review-plans-line",
                &[
                    ("plans", FluentValue::from(plans.len() as i64)),
                    ("answer-sets", FluentValue::from(walked.len() as i64)),
                ],
            ),
            steps,
            plans: plans
                .into_iter()
                .map(|(answers, plan, count)| ReviewPlan {
                    signature: plan_signature(&plan),
                    situation: plan.situation.as_str(),
                    steps: plan.steps.iter().map(|s| s.as_str()).collect(),
                    count,
                    example: QuestionId::ALL
                        .iter()
                        .filter_map(|&q| answers.value(q).map(|v| format!("{q} = {v}")))
                        .collect(),
                })
                .collect(),
            watch: (guide.watch.iter())
                .map(|(id, w)| ReviewWatch {
                    id: id.clone(),
                    status: tr.t(&format!("watch-status-{}", w.status.as_str())),
                    checked: w.checked.format("%Y-%m-%d").to_string(),
                    note: tr.t(&format!("watch-{id}-note")),
                    steps: w.steps.join(", "),
                })
                .collect(),
        }
    }
}

/// Each distinct plan (situation and ordered steps) once, in the order the
/// walk first meets it, with its first answer set and how many lead to it.
fn distinct_plans(walked: &[(Answers, Plan)]) -> Vec<(Answers, Plan, usize)> {
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    let mut plans: Vec<(Answers, Plan, usize)> = Vec::new();
    for (answers, plan) in walked {
        match index.get(&plan_signature(plan)) {
            Some(&i) => plans[i].2 += 1,
            None => {
                index.insert(plan_signature(plan), plans.len());
                plans.push((answers.clone(), plan.clone(), 1));
            }
        }
    }
    plans
}
