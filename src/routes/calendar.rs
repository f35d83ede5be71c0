//! `GET /result/calendar.ics`: the plan's dates as a calendar file with
//! reminders, in the person's language.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use fluent_templates::fluent_bundle::FluentValue;

use super::AppState;
use super::session::{self, Current};
use crate::content::Texts;
use crate::decision::{Outcome, Plan, RescheduleBy, evaluate};
use crate::error::AppError;
use crate::ics::{Alarm, Event, calendar};
use crate::views::counted_deadline;

const MINUTES_A_DAY: i64 = 24 * 60;
/// Reminders of all-day events come at 9 in the morning: so many minutes
/// before the start of the day they belong to (the day itself at midnight).
const NINE_AM_DAY_BEFORE: i64 = 15 * 60;
/// ...and on the day itself, at 6 in the morning (a negative "before").
const SIX_AM_SAME_DAY: i64 = -6 * 60;

/// The plan's key dates as calendar events: the appointment, the last day
/// to reschedule, and a deadline from a letter (the decision module says
/// which of them are still to come).
pub fn events(tr: &Texts, plan: &Plan) -> Vec<Event> {
    let mut events = Vec::new();
    let remind = tr.t("calendar-reminder");
    let time = plan.context.appointment_time;
    let dates = plan.key_dates;
    if let Some(date) = dates.appointment {
        // A day and two hours before; without the time, the morning before
        // and early on the day.
        let (day_before, on_the_day) = match time {
            Some(_) => (MINUTES_A_DAY, 2 * 60),
            None => (NINE_AM_DAY_BEFORE, SIX_AM_SAME_DAY),
        };
        // The time the person gave is the event's: the description then
        // only sends them to the notice for the address.
        let description = match time {
            Some(_) => "calendar-appointment-description-timed",
            None => "calendar-appointment-description",
        };
        events.push(Event {
            uid: format!("appointment-{}@huella", date.format("%Y%m%d")),
            date,
            time,
            summary: tr.t("calendar-appointment-summary"),
            description: tr.t(description),
            alarms: [day_before, on_the_day]
                .into_iter()
                .map(|minutes_before_start| Alarm {
                    minutes_before_start,
                    description: remind.clone(),
                })
                .collect(),
        });
    }
    if let Some(RescheduleBy { before, last_day }) = dates.reschedule {
        let written = FluentValue::from(match time {
            Some(time) if Some(before) == plan.context.appointment => {
                tr.date_and_time(before, time)
            }
            _ => tr.date(before),
        });
        // Online, the tool closes hours before the appointment: that
        // moment, when known, is the one to keep.
        let description = match plan.online_reschedule_closes() {
            Some(at) => tr.t_with(
                "calendar-reschedule-online-description",
                &[(
                    "date",
                    FluentValue::from(tr.date_and_time(at.date(), at.time())),
                )],
            ),
            None => tr.t("calendar-reschedule-description"),
        };
        events.push(Event {
            uid: format!("reschedule-{}@huella", before.format("%Y%m%d")),
            date: last_day,
            time: None,
            summary: tr.t_with("calendar-reschedule-summary", &[("date", written)]),
            description: description.clone(),
            alarms: vec![Alarm {
                minutes_before_start: -9 * 60,
                description,
            }],
        });
    }
    if let Some(deadline) = dates.deadline {
        let step = deadline.step;
        events.push(Event {
            uid: format!("{step}-{}@huella", deadline.date.format("%Y%m%d")),
            date: deadline.date,
            time: None,
            summary: tr.t(&format!("calendar-deadline-{step}-summary")),
            description: counted_deadline(tr, &deadline)
                .unwrap_or_else(|| tr.t("calendar-deadline-description")),
            alarms: [7, 1]
                .iter()
                .map(|days| Alarm {
                    minutes_before_start: (days - 1) * MINUTES_A_DAY + NINE_AM_DAY_BEFORE,
                    description: tr.t(&format!("calendar-deadline-{step}-summary")),
                })
                .collect(),
        });
    }
    events
}

/// The calendar file's name: Huella's, with the first date it holds.
fn file_name(events: &[Event]) -> String {
    match events.iter().map(|e| e.date).min() {
        Some(first) => format!("huella-{}.ics", first.format("%Y-%m-%d")),
        None => "huella.ics".to_owned(),
    }
}

pub async fn download(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let Current { answers, .. } = session::current(&state, &req).await?;
    let now = state.now();
    let Outcome::Complete(plan) = evaluate(&answers, now, &crate::content::guide().rules) else {
        return Err(AppError::NotFound);
    };
    let events = events(state.texts(&req), &plan);
    if events.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{}\"", file_name(&events)),
        ))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(calendar(&events, Utc::now())))
}
