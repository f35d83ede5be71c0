//! A small iCalendar (RFC 5545) writer: all-day events with display
//! reminders. Lines end in CRLF, are folded at 75 octets (never inside a
//! UTF-8 character), and text values are escaped.

use std::fmt::Write as _;

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeDelta, Utc};

/// A reminder, as minutes before the event's start (negative: after). An
/// all-day event starts at midnight.
pub struct Alarm {
    pub minutes_before_start: i64,
    pub description: String,
}

/// An event on a day: all day, or an hour from a time of day. Times are
/// floating (no zone): the calendar shows them as written on the notice.
pub struct Event {
    /// Unique within the calendar; stable for the same event.
    pub uid: String,
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
    pub summary: String,
    pub description: String,
    pub alarms: Vec<Alarm>,
}

/// The whole calendar file.
pub fn calendar(events: &[Event], stamp: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Huella//Biometrics guide//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for event in events {
        let (start, end) = match event.time {
            Some(time) => {
                let start = event.date.and_time(time);
                let end = start + TimeDelta::hours(1);
                (
                    format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")),
                    format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")),
                )
            }
            None => {
                let next_day = event
                    .date
                    .checked_add_days(Days::new(1))
                    .unwrap_or(event.date);
                (
                    format!("DTSTART;VALUE=DATE:{}", event.date.format("%Y%m%d")),
                    format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
                )
            }
        };
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", text(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            start,
            end,
            format!("SUMMARY:{}", text(&event.summary)),
            format!("DESCRIPTION:{}", text(&event.description)),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        for alarm in &event.alarms {
            lines.extend([
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("TRIGGER:{}", duration(-alarm.minutes_before_start)),
                format!("DESCRIPTION:{}", text(&alarm.description)),
                "END:VALARM".to_owned(),
            ]);
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A DURATION in minutes, e.g. `-PT900M` or `PT360M`.
fn duration(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    format!("{sign}PT{}M", minutes.unsigned_abs())
}

/// One content line, folded at 75 octets, ending in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        // A continuation line starts with a space, which counts.
        if octets + width > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        let _ = out.write_char(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let folded = fold(&format!("DESCRIPTION:{}", "é".repeat(60)));
        for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}\r\n", "é".repeat(60)));
    }

    #[test]
    fn text_values_escape_what_rfc_5545_reserves() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(duration(900), "PT900M");
        assert_eq!(duration(-900), "-PT900M");
    }
}
