//! The pages of a complete plan: the result, the checklist and the call
//! sheet, and the plan in words they share with the API.

use askama::Template;
use chrono::{NaiveDate, NaiveDateTime};
use fluent_templates::fluent_bundle::FluentValue;

use super::{AnswerRow, Layout, PageContext, paragraphs};
use crate::content::guide::{StepData, StepPart};
use crate::content::texts::Args;
use crate::content::{DEFAULT_LANGUAGE, Guide, Texts};
use crate::decision::{BringId, Deadline, Plan, PlanContext, Route, StepId, Urgency};

#[derive(Clone)]
pub struct PhoneView {
    pub label: String,
    /// The label as a list line ends it ("USCIS Contact Center:").
    pub line_label: String,
    pub display: String,
    pub tel: String,
}

/// A page a step sends people to, as a link.
#[derive(Clone)]
pub struct LinkView {
    pub href: String,
    pub label: String,
}

/// The words to say on a call: in English, as the agent hears them, and in
/// the person's language beneath (none when that is English).
#[derive(Clone)]
pub struct SayView {
    pub english: String,
    pub own: Option<String>,
}

/// Shown where one text is wanted: the words in the person's language.
impl std::fmt::Display for SayView {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.own.as_deref().unwrap_or(&self.english))
    }
}

/// Somewhere to get free legal help (`[[legal-help]]` in the guide).
pub struct LegalHelpView {
    pub label: String,
    pub url: Option<String>,
    /// The number as written, and as dialled.
    pub phone: Option<(String, String)>,
}

impl LegalHelpView {
    /// Every entry of the guide's legal help, in its order.
    pub fn all(tr: &Texts, guide: &Guide) -> Vec<Self> {
        (guide.legal_help.iter())
            .map(|help| LegalHelpView {
                label: (help.name.clone())
                    .unwrap_or_else(|| tr.t(&format!("legal-help-{}", help.id))),
                url: help.url.clone(),
                phone: help.phone.clone().zip(help.tel.clone()),
            })
            .collect()
    }
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
    /// The pages the step sends people to.
    pub places: Vec<LinkView>,
    pub say: Option<SayView>,
    pub ready: Option<String>,
    pub sources: Vec<SourceView>,
    /// "Source:" or "Sources:".
    pub sources_label: String,
    /// "Last reviewed <date>".
    pub reviewed_line: String,
    /// The deadline the person typed, or the last moment to ask for a new
    /// date or to walk in, said in full, on the step it belongs to.
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

/// "Do this first": the plan's first step, when, and one button for it.
pub struct FirstView {
    pub step_id: &'static str,
    pub title: String,
    /// When, to the hour and day of the week when they are known.
    pub when: Option<String>,
    pub button: Option<ButtonView>,
}

/// The first step's one big button: a call, or the page it sends people to.
pub struct ButtonView {
    pub href: String,
    pub label: String,
    /// The number a call button dials, shown on one line.
    pub phone: Option<String>,
}

/// A plan turned into words: shared by the result, the checklist and the API.
pub struct PlanView {
    /// Where the person stands, and which step to start with.
    pub situation: String,
    /// Where the person stands, without the first step (which the result
    /// page's "Do this first" names).
    pub situation_alone: String,
    pub urgency: String,
    pub urgency_id: &'static str,
    pub steps: Vec<StepView>,
    pub bring: Vec<BringView>,
    pub terms: Vec<TermView>,
    /// The numbers of the plan's steps, then those every checklist lists.
    pub phones: Vec<PhoneView>,
    /// "Do this first" (none for a plan without steps).
    pub first: Option<FirstView>,
}

impl PlanView {
    pub fn build(tr: &Texts, guide: &Guide, plan: &Plan) -> Self {
        let args = plan_args(tr, &plan.context, plan);
        let english = Texts::of(DEFAULT_LANGUAGE);
        let english_args = plan_args(english, &plan.context, plan);
        let deadline = plan.context.deadline.map(|d| DeadlineWords::new(tr, d));
        let steps = (plan.steps.iter().enumerate())
            .map(|(index, &step)| {
                let note = match deadline.as_ref().filter(|d| d.step == step) {
                    Some(d) => Some(d.note.clone()),
                    None => step_note(tr, plan, step),
                };
                let data = guide.step_on(step, plan.context.track);
                let mut view = step_view(tr, guide, data, &args, index + 1, step, note);
                if let Some(say) = view
                    .say
                    .as_mut()
                    .filter(|_| tr.language != DEFAULT_LANGUAGE)
                {
                    let key = format!("step-{step}-{}", StepPart::Say.as_str());
                    say.own = Some(std::mem::replace(
                        &mut say.english,
                        english.format(&key, &english_args),
                    ));
                }
                view
            })
            .collect();
        let steps: Vec<StepView> = steps;
        let first = steps.first().map(|s| first_view(tr, guide, plan, s));
        // The situation sentence names the first step (the ordering rule's choice).
        let situation_alone = tr.format(&format!("situation-{}", plan.situation), &args);
        let mut situation = situation_alone.clone();
        if let Some(first) = steps.first() {
            let mut with_step = args.clone();
            with_step.insert("step".into(), FluentValue::from(first.title.clone()));
            situation.push(' ');
            situation.push_str(&tr.format("situation-first", &with_step));
        }
        PlanView {
            situation,
            situation_alone,
            urgency: urgency_text(tr, plan, args.clone()),
            urgency_id: plan.urgency.id().as_str(),
            steps,
            bring: (plan.bring.iter())
                .map(|&b| BringView {
                    id: b.as_str(),
                    text: tr.format(&format!("bring-{b}"), &args),
                })
                .collect(),
            terms: (guide.terms_for(&plan.steps, plan.context.track).into_iter())
                .map(|t| TermView {
                    term: tr.t(&format!("glossary-{t}-term")),
                    definition: tr.t(&format!("glossary-{t}-def")),
                })
                .collect(),
            phones: checklist_phones(guide, plan)
                .into_iter()
                .map(|id| phone_view(tr, guide, id))
                .collect(),
            first,
        }
    }
}

/// "Do this first" for the plan's first step.
fn first_view(tr: &Texts, guide: &Guide, plan: &Plan, step: &StepView) -> FirstView {
    let data = guide.step_on(plan.steps[0], plan.context.track);
    let button = match (data.places.first(), data.phones.first()) {
        (Some(place), _) => Some(ButtonView {
            href: guide.places[place].url.clone(),
            label: tr.t(&format!("place-{place}")),
            phone: None,
        }),
        (None, Some(phone)) => {
            let phone = &guide.phones[phone];
            Some(ButtonView {
                href: format!("tel:{}", phone.tel),
                label: tr.t("first-call"),
                phone: Some(phone.display.clone()),
            })
        }
        (None, None) => None,
    };
    FirstView {
        step_id: step.id,
        title: step.title.clone(),
        when: first_when(tr, plan),
        button,
    }
}

/// When the first step must be done: its own deadline, the last moment to
/// ask for a new date, or else the plan's urgency (an appointment's day
/// only for going to it); to the hour and day of the week where they are
/// known.
fn first_when(tr: &Texts, plan: &Plan) -> Option<String> {
    let first = *plan.steps.first()?;
    let ctx = &plan.context;
    let dates = &plan.key_dates;
    let by_day = |date: NaiveDate| {
        tr.t_with(
            "first-by-day",
            &[("date", FluentValue::from(tr.weekday_date(date)))],
        )
    };
    if let Some(d) = ctx.deadline.filter(|d| d.step == first && d.days_left >= 0) {
        return Some(by_day(d.date));
    }
    let asks_for_date = matches!(first, StepId::RescheduleOnline | StepId::CallContactCenter);
    if let (true, Some(by)) = (asks_for_date, dates.reschedule) {
        return Some(match dates.reschedule_until {
            Some(until) => before_moment(tr, "first-by-time", until),
            // The appointment is today at a time we were not told.
            None if by.before == by.last_day => tr.t_with(
                "first-before-appointment-time",
                &[("date", FluentValue::from(tr.weekday_date(by.last_day)))],
            ),
            None => by_day(by.last_day),
        });
    }
    let before_day = |date: NaiveDate| {
        tr.t_with(
            "first-before-day",
            &[("date", FluentValue::from(tr.weekday_date(date)))],
        )
    };
    let key = match plan.urgency {
        Urgency::Today | Urgency::CheckNotice => "first-today",
        Urgency::ThisWeek => "first-this-week",
        Urgency::Wait => return None,
        Urgency::BeforeDate(date) => return Some(before_day(date)),
        // The appointment's day belongs to going; any other first step is
        // done before it.
        Urgency::OnDate(date) if first != StepId::AttendAppointment => {
            return Some(before_day(date));
        }
        Urgency::OnDate(date) => {
            let time = ctx
                .appointment_time
                .filter(|_| ctx.appointment == Some(date));
            return Some(tr.t_with(
                "first-on",
                &[(
                    "date",
                    FluentValue::from(tr.weekday_date_and_time(date, time)),
                )],
            ));
        }
    };
    Some(tr.t(key))
}

/// "Before 10:30 PM, Thursday, December 3, 2026" in the words of `key`.
fn before_moment(tr: &Texts, key: &str, at: NaiveDateTime) -> String {
    tr.t_with(
        key,
        &[
            ("time", FluentValue::from(tr.time(at.time()))),
            ("date", FluentValue::from(tr.weekday_date(at.date()))),
        ],
    )
}

/// The last moment a step can be done, when the plan knows it: asking for a
/// new date (online or by phone), or walking in after a recent miss.
fn step_note(tr: &Texts, plan: &Plan, step: StepId) -> Option<String> {
    let dates = &plan.key_dates;
    let ctx = &plan.context;
    match (step, ctx.route) {
        (StepId::RescheduleOnline, Route::Online) | (StepId::CallContactCenter, Route::Phone) => {
            let by = dates.reschedule?;
            Some(match dates.reschedule_until {
                Some(until) => before_moment(tr, &format!("reschedule-until-{}", ctx.route), until),
                None => tr.t_with(
                    "reschedule-by-day",
                    &[("date", FluentValue::from(tr.weekday_date(by.last_day)))],
                ),
            })
        }
        (StepId::WalkInAsc, _) => ctx.walk_in_until.map(|date| {
            tr.t_with(
                "walk-in-until",
                &[("date", FluentValue::from(tr.weekday_date(date)))],
            )
        }),
        _ => None,
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
            ctx.appointment
                .map(|d| tr.weekday_date_and_time(d, ctx.appointment_time))
                .unwrap_or_default(),
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

/// How urgent, in words: its own date where it has one, else the
/// appointment's; before a known cut-off, to the hour.
fn urgency_text(tr: &Texts, plan: &Plan, mut args: Args) -> String {
    let ctx = &plan.context;
    match (plan.urgency, plan.key_dates.reschedule_until) {
        (Urgency::BeforeDate(_), Some(until)) => {
            return before_moment(tr, "urgency-before-time", until);
        }
        (Urgency::BeforeDate(d) | Urgency::OnDate(d), _) => {
            let time = ctx.appointment_time.filter(|_| ctx.appointment == Some(d));
            let when = tr.weekday_date_and_time(d, time);
            args.insert("date".into(), FluentValue::from(when));
        }
        _ => {}
    }
    tr.format(&format!("urgency-{}", plan.urgency.id()), &args)
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
    data: &StepData,
    args: &Args,
    number: usize,
    step: StepId,
    deadline: Option<String>,
) -> StepView {
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
        places: (data.places.iter())
            .map(|p| LinkView {
                href: guide.places[p].url.clone(),
                label: tr.t(&format!("place-{p}")),
            })
            .collect(),
        say: part(StepPart::Say).map(|english| SayView { english, own: None }),
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
        deadline,
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
    let step_phones = plan
        .steps
        .iter()
        .flat_map(|&s| &guide.step_on(s, plan.context.track).phones);
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
    pub legal_help: Vec<LegalHelpView>,
    /// The QR code and the text message and email that carry the code.
    pub take_along: Option<TakeAlong>,
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

/// Ways to take the plan along, each holding the address of the resume form
/// with the code filled in: a QR code, a text message and an email with the
/// key dates. Nothing is sent or stored: the person's own phone sends them.
pub struct TakeAlong {
    pub sms_href: String,
    pub mailto_href: String,
}

impl TakeAlong {
    /// `code` as `ResumeView::build` takes it. The QR code is an image of
    /// its own (`/result/qr.svg`).
    pub fn build(tr: &Texts, public_url: &str, code: &str, plan: &Plan) -> Self {
        // The same key dates as the checklist, without "date unknown".
        let dates = key_date_lines(tr, plan);
        let message = tr.t_with(
            "take-along-message",
            &[
                (
                    "address",
                    FluentValue::from(resume_address(public_url, code)),
                ),
                ("code", FluentValue::from(code.to_owned())),
                ("dates", FluentValue::from(dates.join("\n"))),
            ],
        );
        // The code is letters, digits and dashes (or the page's mark for
        // it): put back as it is, so the cached page keeps its hole.
        let body = uri_component(&message).replace(&uri_component(code), code);
        let subject = uri_component(&tr.t("take-along-subject"));
        TakeAlong {
            sms_href: format!("sms:?&body={body}"),
            mailto_href: format!("mailto:?subject={subject}&body={body}"),
        }
    }
}

/// The resume form's address with the code filled in (the form still waits
/// for the person to press its button).
pub fn resume_address(public_url: &str, code: &str) -> String {
    format!("{public_url}/resume?code={code}")
}

/// Percent-encoding for a URI component: all but the unreserved characters.
fn uri_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
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
    pub say: Option<SayView>,
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
        let mut view = PlanView::build(tr, guide, plan);
        let args = plan_args(tr, &plan.context, plan);
        let steps = (view.steps.iter())
            .map(|s| ChecklistStep {
                id: s.id,
                title: s.title.clone(),
                action: tr.format(&format!("checklist-do-{}", s.id), &args),
                say: s.say.clone(),
            })
            .collect();
        // The checklist shows the bring list its own way (below).
        let (leave, bring): (Vec<BringView>, Vec<BringView>) = std::mem::take(&mut view.bring)
            .into_iter()
            .partition(|b| b.id == BringId::LeaveBehind.as_str());
        let mut dates = key_date_lines(tr, plan);
        if plan.context.appointment.is_none() {
            dates.insert(0, tr.t("checklist-appointment-unknown"));
        }
        ChecklistPage {
            layout: Layout::new(ctx, &tr.t("checklist-title"), false),
            made_on: tr.t_with(
                "checklist-made",
                &[("date", FluentValue::from(tr.date(today)))],
            ),
            answers,
            dates,
            steps,
            bring,
            leave_behind: leave.into_iter().next().map(|b| b.text),
            legal_help: LegalHelpView::all(tr, guide),
            resume,
            plan: view,
        }
    }
}

/// The key dates in words (the checklist's, and the message a person sends
/// themselves), each with its day of the week: the appointment, the last
/// moment to reschedule, the walk-in's last day and a deadline with how it
/// was found.
fn key_date_lines(tr: &Texts, plan: &Plan) -> Vec<String> {
    let line = |key: &str, when: String| tr.t_with(key, &[("date", FluentValue::from(when))]);
    let ctx = &plan.context;
    let dates = &plan.key_dates;
    let mut lines = Vec::new();
    if let Some(date) = ctx.appointment {
        lines.push(line(
            "checklist-appointment",
            tr.weekday_date_and_time(date, ctx.appointment_time),
        ));
    }
    if let Some(by) = dates.reschedule {
        lines.push(match plan.online_reschedule_closes() {
            Some(at) => line(
                "checklist-reschedule-online",
                tr.weekday_date_and_time(at.date(), Some(at.time())),
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
        if let Some(counted) = counted_deadline(tr, &d) {
            text.push_str(". ");
            text.push_str(&counted);
        }
        lines.push(text);
    }
    lines
}

/// How a computed deadline was counted ("33 days from the date of the
/// decision, …"); `None` for a date the person typed from the letter.
pub fn counted_deadline(tr: &Texts, deadline: &Deadline) -> Option<String> {
    let from = deadline.counted_from?;
    Some(tr.t_with(
        "deadline-counted",
        &[
            ("date", FluentValue::from(tr.date(from))),
            ("days", FluentValue::from((deadline.date - from).num_days())),
        ],
    ))
}
