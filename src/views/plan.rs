//! The pages of a complete plan: the result, the checklist and the call
//! sheet, and the plan in words they share with the API.

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use super::{Layout, PageContext, paragraphs};
use crate::content::guide::StepPart;
use crate::content::texts::Args;
use crate::content::{Guide, Links, Texts};
use crate::decision::{Deadline, Plan, PlanContext, StepId, Urgency};

#[derive(Clone)]
pub struct PhoneView {
    pub label: String,
    /// The label as a list line ends it ("USCIS Contact Center:").
    pub line_label: String,
    pub display: String,
    pub tel: String,
}

#[derive(Clone)]
pub struct SourceView {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Clone)]
pub struct StepView {
    pub id: &'static str,
    /// "Step 1", "Step 2"... in the plan's order.
    pub number_label: String,
    pub title: String,
    pub paragraphs: Vec<String>,
    pub phones: Vec<PhoneView>,
    pub say: Option<String>,
    pub ready: Option<String>,
    pub sources: Vec<SourceView>,
    /// "Source:" or "Sources:".
    pub sources_label: String,
    /// "Last reviewed <date>".
    pub reviewed_line: String,
    /// The deadline the person typed, said in full, on the step it belongs to.
    pub deadline: Option<String>,
    /// The review date as YYYY-MM-DD, for the API and `<time datetime>`.
    pub reviewed_iso: String,
}

pub struct TermView {
    pub term: String,
    pub definition: String,
}

pub struct BringView {
    pub id: &'static str,
    pub text: String,
}

/// A plan turned into words: shared by the result, the checklist and the API.
pub struct PlanView {
    pub situation: String,
    pub urgency: String,
    pub urgency_id: &'static str,
    pub steps: Vec<StepView>,
    pub bring: Vec<BringView>,
    pub terms: Vec<TermView>,
    /// The checklist's line for the appointment's date (and time).
    pub appointment_line: Option<String>,
    /// The numbers of the plan's steps, then those every checklist lists.
    pub phones: Vec<PhoneView>,
    /// The deadline as a line for the checklist's key dates.
    pub deadline_line: Option<String>,
}

impl PlanView {
    pub fn build(tr: &Texts, guide: &Guide, plan: &Plan) -> Self {
        let args = plan_args(tr, &plan.context, plan);
        let deadline = plan.context.deadline.map(|d| DeadlineWords::new(tr, d));
        let steps = (plan.steps.iter().enumerate())
            .map(|(index, &step)| {
                let note = deadline.as_ref().filter(|d| d.step == step);
                step_view(tr, guide, &args, index + 1, step, note)
            })
            .collect();
        let steps: Vec<StepView> = steps;
        // The situation sentence names the first step (the ordering rule's choice).
        let mut situation = tr.format(&format!("situation-{}", plan.situation), &args);
        if let Some(first) = steps.first() {
            let mut with_step = args.clone();
            with_step.insert("step".into(), FluentValue::from(first.title.clone()));
            situation.push(' ');
            situation.push_str(&tr.format("situation-first", &with_step));
        }
        PlanView {
            situation,
            urgency: urgency_text(tr, plan.urgency, args.clone()),
            urgency_id: plan.urgency.id().as_str(),
            steps,
            bring: (plan.bring.iter())
                .map(|&b| BringView {
                    id: b.as_str(),
                    text: tr.format(&format!("bring-{b}"), &args),
                })
                .collect(),
            terms: (guide.terms_for(&plan.steps).into_iter())
                .map(|t| TermView {
                    term: tr.t(&format!("glossary-{t}-term")),
                    definition: tr.t(&format!("glossary-{t}-def")),
                })
                .collect(),
            appointment_line: appointment_line(tr, &plan.context),
            phones: checklist_phones(guide, plan)
                .into_iter()
                .map(|id| phone_view(tr, guide, id))
                .collect(),
            deadline_line: deadline.map(|d| d.line),
        }
    }
}

/// The variables the step, situation and bring texts choose their wording by.
fn plan_args(tr: &Texts, ctx: &PlanContext, plan: &Plan) -> Args {
    let known = |known: bool| if known { "yes" } else { "no" };
    tr.with_args([
        ("track", ctx.track.as_str().to_owned()),
        ("situation", plan.situation.as_str().to_owned()),
        (
            "date",
            ctx.appointment.map(|d| tr.date(d)).unwrap_or_default(),
        ),
        ("has-date", known(ctx.appointment.is_some()).to_owned()),
        (
            "photo-id",
            ctx.photo_id.map_or("unknown", |p| p.as_str()).to_owned(),
        ),
        ("route", ctx.route.as_str().to_owned()),
        (
            "letter",
            ctx.letter.map_or("unknown", |l| l.as_str()).to_owned(),
        ),
        ("urgency", plan.urgency.id().as_str().to_owned()),
        ("hearing-soon", known(ctx.hearing_soon).to_owned()),
        ("first", ctx.first.map_or("none", |s| s.as_str()).to_owned()),
    ])
}

/// How urgent, in words: its own date where it has one, else the appointment's.
fn urgency_text(tr: &Texts, urgency: Urgency, mut args: Args) -> String {
    if let Urgency::BeforeDate(d) | Urgency::OnDate(d) = urgency {
        args.insert("date".into(), FluentValue::from(tr.date(d)));
    }
    tr.format(&format!("urgency-{}", urgency.id()), &args)
}

/// A deadline in words: a note on its step, and a line for the checklist.
struct DeadlineWords {
    step: StepId,
    note: String,
    line: String,
}

/// Which note a deadline's step shows.
pub const DEADLINE_STATES: [&str; 3] = ["today", "upcoming", "passed"];

impl DeadlineWords {
    fn new(tr: &Texts, d: Deadline) -> Self {
        let state = match d.days_left {
            0 => DEADLINE_STATES[0],
            n if n > 0 => DEADLINE_STATES[1],
            _ => DEADLINE_STATES[2],
        };
        let date = FluentValue::from(tr.date(d.date));
        let days = FluentValue::from(d.days_left.abs());
        DeadlineWords {
            step: d.step,
            note: tr.t_with(
                &format!("deadline-{}-{state}", d.step),
                &[("date", date.clone()), ("days", days)],
            ),
            line: tr.t_with(&format!("checklist-deadline-{}", d.step), &[("date", date)]),
        }
    }
}

/// One step in words, numbered, with its numbers, sources and review date.
fn step_view(
    tr: &Texts,
    guide: &Guide,
    args: &Args,
    number: usize,
    step: StepId,
    deadline: Option<&DeadlineWords>,
) -> StepView {
    let data = guide.step(step);
    let key = |part: &str| format!("step-{step}-{part}");
    let part = |p: StepPart| (data.parts.contains(&p)).then(|| tr.format(&key(p.as_str()), args));
    StepView {
        id: step.as_str(),
        number_label: tr.t_with(
            "result-step-label",
            &[("number", FluentValue::from(number as i64))],
        ),
        title: tr.format(&key("title"), args),
        paragraphs: paragraphs(&tr.format(&key("body"), args)),
        phones: data
            .phones
            .iter()
            .map(|p| phone_view(tr, guide, p))
            .collect(),
        say: part(StepPart::Say),
        ready: part(StepPart::Ready),
        sources: (data.sources.iter())
            .map(|s| SourceView {
                title: tr.t(&format!("source-{s}")),
                url: guide.sources[s].url.clone(),
            })
            .collect(),
        sources_label: tr.t_with(
            "result-sources-label",
            &[("count", FluentValue::from(data.sources.len() as i64))],
        ),
        reviewed_line: tr.t_with(
            "result-reviewed",
            &[("date", FluentValue::from(tr.date(data.reviewed)))],
        ),
        deadline: deadline.map(|d| d.note.clone()),
        reviewed_iso: data.reviewed.format("%Y-%m-%d").to_string(),
    }
}

fn phone_view(tr: &Texts, guide: &Guide, id: &str) -> PhoneView {
    let phone = &guide.phones[id];
    let label = tr.t(&format!("phone-{id}"));
    PhoneView {
        line_label: tr.t_with(
            "checklist-phone-label",
            &[("label", FluentValue::from(label.clone()))],
        ),
        label,
        display: phone.display.clone(),
        tel: phone.tel.clone(),
    }
}

/// The numbers of the plan's steps, then those every checklist lists
/// (`checklist-phones` in the guide), each once.
fn checklist_phones<'a>(guide: &'a Guide, plan: &Plan) -> Vec<&'a str> {
    let step_phones = plan.steps.iter().flat_map(|&s| &guide.step(s).phones);
    let mut ids: Vec<&str> = Vec::new();
    for id in step_phones.chain(&guide.checklist_phones) {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    ids
}

/// The checklist's line for the appointment: its date, and time when known.
fn appointment_line(tr: &Texts, ctx: &PlanContext) -> Option<String> {
    let date = ctx.appointment?;
    let when = match ctx.appointment_time {
        Some(time) => tr.date_and_time(date, time),
        None => tr.date(date),
    };
    Some(tr.t_with(
        "checklist-appointment",
        &[("date", FluentValue::from(when))],
    ))
}

#[derive(Template)]
#[template(path = "pages/result.html")]
pub struct ResultPage {
    pub layout: Layout,
    pub plan: PlanView,
    /// Where to find free legal help.
    pub links: &'static Links,
    /// Whether the plan has dates for a calendar file.
    pub has_calendar: bool,
    /// Whether calling the Contact Center is a step (the call sheet follows it).
    pub has_call_sheet: bool,
    pub resume: Option<ResumeView>,
}

/// The resume code as shown on the result page and the checklist.
pub struct ResumeView {
    pub code: String,
    pub body: String,
}

impl ResumeView {
    /// `code` as shown (see `crate::store::ResumeCode::display`), and where
    /// to type it: the site's configured public address, never one taken
    /// from the request.
    pub fn build(ctx: &PageContext, public_url: &str, code: &str) -> Self {
        let address = format!("{public_url}/resume");
        ResumeView {
            code: code.to_owned(),
            body: ctx.tr.t_with(
                "resume-code-body",
                &[("address", FluentValue::from(address))],
            ),
        }
    }
}

/// A printable page for calling the USCIS Contact Center.
#[derive(Template)]
#[template(path = "pages/call_sheet.html")]
pub struct CallSheetPage {
    pub layout: Layout,
    /// The plan's call step: its numbers, words, what to have ready, sources.
    pub call: StepView,
    /// Whether the plan asks the person to explain a reason with proof.
    pub has_reason: bool,
}

impl CallSheetPage {
    /// The sheet, or `None` when the plan has no call.
    pub fn build(ctx: &PageContext, view: PlanView, plan: &Plan) -> Option<Self> {
        let sheet = plan.call_sheet?;
        let call = (view.steps.into_iter()).find(|s| s.id == StepId::CallContactCenter.as_str())?;
        Some(CallSheetPage {
            layout: Layout::new(ctx, &ctx.tr.t("call-sheet-title"), false),
            call,
            has_reason: sheet.explain_reason,
        })
    }
}

#[derive(Template)]
#[template(path = "pages/checklist.html")]
pub struct ChecklistPage {
    pub layout: Layout,
    pub plan: PlanView,
    pub made_on: String,
    pub today: String,
    pub resume: Option<ResumeView>,
}

impl ChecklistPage {
    pub fn build(
        ctx: &PageContext,
        plan: PlanView,
        today: NaiveDate,
        resume: Option<ResumeView>,
    ) -> Self {
        let tr = ctx.tr;
        let made = FluentValue::from(tr.date(today));
        ChecklistPage {
            layout: Layout::new(ctx, &tr.t("checklist-title"), false),
            plan,
            made_on: tr.t_with("checklist-made", &[("date", made.clone())]),
            today: tr.t_with("checklist-today", &[("date", made)]),
            resume,
        }
    }
}
