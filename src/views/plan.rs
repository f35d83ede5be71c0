//! The pages of a complete plan: the result, the checklist and the call
//! sheet, and the plan in words they share with the API.

use askama::Template;
use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;

use super::{AnswerRow, Layout, PageContext, paragraphs};
use crate::content::guide::StepPart;
use crate::content::texts::Args;
use crate::content::{Guide, Links, Texts};
use crate::decision::{BringId, Deadline, Plan, PlanContext, StepId, Urgency};

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
    /// The numbers of the plan's steps, then those every checklist lists.
    pub phones: Vec<PhoneView>,
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
            phones: checklist_phones(guide, plan)
                .into_iter()
                .map(|id| phone_view(tr, guide, id))
                .collect(),
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

/// A deadline in words: a note on its step.
struct DeadlineWords {
    step: StepId,
    note: String,
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
                &[("date", date), ("days", days)],
            ),
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

/// One step on the checklist: what to do, and what to type or say.
pub struct ChecklistStep {
    pub id: &'static str,
    pub title: String,
    pub action: String,
    /// The words to say on the phone, where the step has them.
    pub say: Option<String>,
}

/// A place to find legal help, in the reader's language.
pub struct LegalHelpView {
    pub name: String,
    pub note: String,
    pub phone: Option<String>,
    pub url: String,
}

impl LegalHelpView {
    pub fn all(tr: &Texts, guide: &Guide) -> Vec<Self> {
        (guide.legal_help.iter())
            .map(|h| LegalHelpView {
                name: h.name.clone(),
                note: tr.t(&h.note_key),
                phone: h.phone.clone(),
                url: h.url.clone(),
            })
            .collect()
    }
}

/// The printable checklist: a desk tool on one Letter page.
#[derive(Template)]
#[template(path = "pages/checklist.html")]
pub struct ChecklistPage {
    pub layout: Layout,
    pub plan: PlanView,
    pub made_on: String,
    /// The answers the plan follows from, in short.
    pub answers: Vec<AnswerRow>,
    /// The key dates, each a line, most pressing first.
    pub dates: Vec<String>,
    pub steps: Vec<ChecklistStep>,
    /// What to bring, each a box to tick...
    pub bring: Vec<BringView>,
    /// ...and what to leave at home, a note (nothing to tick).
    pub leave_behind: Option<String>,
    pub legal_help: Vec<LegalHelpView>,
    pub resume: Option<ResumeView>,
}

impl ChecklistPage {
    pub fn build(
        ctx: &PageContext,
        guide: &Guide,
        plan: &Plan,
        answers: Vec<AnswerRow>,
        today: NaiveDate,
        resume: Option<ResumeView>,
    ) -> Self {
        let tr = ctx.tr;
        let view = PlanView::build(tr, guide, plan);
        let args = plan_args(tr, &plan.context, plan);
        let steps = (view.steps.iter())
            .map(|s| ChecklistStep {
                id: s.id,
                title: s.title.clone(),
                action: tr.format(&format!("checklist-do-{}", s.id), &args),
                say: s.say.clone(),
            })
            .collect();
        let (leave, bring): (Vec<BringView>, Vec<BringView>) = (view.bring.iter())
            .map(|b| BringView {
                id: b.id,
                text: b.text.clone(),
            })
            .partition(|b| b.id == BringId::LeaveBehind.as_str());
        ChecklistPage {
            layout: Layout::new(ctx, &tr.t("checklist-title"), false),
            made_on: tr.t_with(
                "checklist-made",
                &[("date", FluentValue::from(tr.date(today)))],
            ),
            answers,
            dates: key_date_lines(tr, plan),
            steps,
            bring,
            leave_behind: leave.into_iter().next().map(|b| b.text),
            legal_help: LegalHelpView::all(tr, guide),
            resume,
            plan: view,
        }
    }
}

/// The checklist's key dates in words, each with its day of the week: the
/// appointment, the last moment to reschedule, the walk-in's last day and a
/// deadline with how it was found.
fn key_date_lines(tr: &Texts, plan: &Plan) -> Vec<String> {
    let line = |key: &str, when: String| tr.t_with(key, &[("date", FluentValue::from(when))]);
    let ctx = &plan.context;
    let dates = &plan.key_dates;
    let mut lines = vec![match (ctx.appointment, ctx.appointment_time) {
        (Some(date), Some(time)) => line(
            "checklist-appointment",
            tr.weekday_date_and_time(date, time),
        ),
        (Some(date), None) => line("checklist-appointment", tr.weekday_date(date)),
        (None, _) => tr.t("checklist-appointment-unknown"),
    }];
    if let Some(by) = dates.reschedule {
        lines.push(match by.online_closes {
            Some(at) => line(
                "checklist-reschedule-online",
                tr.weekday_date_and_time(at.date(), at.time()),
            ),
            None => line("checklist-reschedule-by", tr.weekday_date(by.last_day)),
        });
    }
    if let Some(last) = dates.walk_in_until {
        lines.push(line("checklist-walk-in-until", tr.weekday_date(last)));
    }
    if let Some(d) = ctx.deadline {
        let mut text = line(
            &format!("checklist-deadline-{}", d.step),
            tr.weekday_date(d.date),
        );
        if let Some(from) = d.counted_from {
            text.push_str(". ");
            text.push_str(&tr.t_with(
                "deadline-counted",
                &[
                    ("date", FluentValue::from(tr.date(from))),
                    ("days", FluentValue::from((d.date - from).num_days())),
                ],
            ));
        }
        lines.push(text);
    }
    lines
}
