//! Right-to-left text as it is displayed: the Unicode bidi algorithm
//! (`unicode-bidi`, UAX #9) lays each rendered line out in a paragraph of the
//! language's direction, and the tests read the pieces where a reader sees
//! them. That marks are present proves nothing: marks in the wrong place
//! were the bug ("2026 مارس 15", "30:9 صباحًا").

use chrono::{NaiveDate, NaiveTime};
use fluent_templates::fluent_bundle::FluentValue;
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use huella::content::{Language, Texts, guide};

fn texts(code: &str) -> &'static Texts {
    Texts::of(Language::find(code).unwrap())
}

/// Bidi controls: they are not drawn.
fn is_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn is_rtl_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// One line as displayed: its characters from left to right once the bidi
/// algorithm has reordered them in a paragraph of the given direction.
fn displayed(line: &str, rtl: bool) -> String {
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(line, Some(level));
    assert_eq!(info.paragraphs.len(), 1, "one line: {line:?}");
    let paragraph = &info.paragraphs[0];
    (info
        .reorder_line(paragraph, paragraph.range.clone())
        .chars())
    .filter(|&c| !is_control(c))
    .collect()
}

/// A piece as it is drawn: a right-to-left word's letters from its end.
fn drawn(piece: &str) -> String {
    if piece.chars().any(is_rtl_letter) {
        piece.chars().rev().collect()
    } else {
        piece.to_owned()
    }
}

/// Asserts that the pieces are drawn whole and follow each other in the
/// reading direction: from the right in a right-to-left paragraph. Each
/// piece is one right-to-left word or one left-to-right run ("9:30").
fn assert_reads(line: &str, rtl: bool, pieces: &[&str]) {
    let shown = displayed(line, rtl);
    let mut last: Option<(usize, &str)> = None;
    // A piece may occur twice (a day and an hour both "9"): each is looked
    // for past the previous one, in the reading direction.
    for piece in pieces {
        let form = drawn(piece);
        let at = match (rtl, last) {
            (_, None) if rtl => shown.rfind(&form),
            (_, None) => shown.find(&form),
            (true, Some((before, _))) => shown[..before].rfind(&form),
            (false, Some((before, previous))) => {
                let from = before + drawn(previous).len();
                shown[from..].find(&form).map(|at| at + from)
            }
        };
        let Some(at) = at else {
            panic!(
                "{piece:?} is not displayed whole after {:?}, in the order read, in {line:?}, \
                 displayed left to right as {shown:?}",
                last.map(|(_, p)| p)
            );
        };
        last = Some((at, piece));
    }
}

fn date() -> NaiveDate {
    // A Sunday with a two-digit day, so that day and year can swap.
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

fn at(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap()
}

#[test]
fn an_arabic_date_reads_day_month_year_from_the_right_alone_and_inside_a_message() {
    let ar = texts("ar");
    let written = ar.date(date());
    assert_reads(&written, true, &["15", "مارس", "2026"]);
    let with_weekday = ar.weekday_date(date());
    assert_reads(&with_weekday, true, &["الأحد", "15", "مارس", "2026"]);
    for key in [
        "checklist-deadline-respond-to-letter",
        "calendar-reschedule-summary",
        "date-confirm-far",
    ] {
        for value in [&written, &with_weekday] {
            let message = ar.t_with(key, &[("date", FluentValue::from(value.clone()))]);
            assert_reads(&message, true, &["15", "مارس", "2026"]);
        }
    }
}

#[test]
fn an_arabic_time_reads_hours_then_minutes_then_the_period() {
    let ar = texts("ar");
    for (time, clock, period) in [
        (at(9, 30), "9:30", "صباحًا"),
        (at(8, 0), "8:00", "صباحًا"),
        (at(14, 5), "2:05", "مساءً"),
    ] {
        let written = ar.time(time);
        assert_reads(&written, true, &[clock, period]);
        let message = ar.t_with(
            "urgency-before-time",
            &[
                ("time", FluentValue::from(written)),
                ("date", FluentValue::from(ar.weekday_date(date()))),
            ],
        );
        assert_reads(
            &message,
            true,
            &["قبل", "الساعة", clock, period, "الأحد", "15", "مارس", "2026"],
        );
    }
}

#[test]
fn an_arabic_date_and_time_reads_in_order_alone_and_inside_a_message() {
    let ar = texts("ar");
    let pieces = ["الأحد", "15", "مارس", "2026", "الساعة", "9:30", "صباحًا"];
    let both = ar.weekday_date_and_time(date(), Some(at(9, 30)));
    assert_reads(&both, true, &pieces);
    assert_reads(
        &ar.date_and_time(date(), at(9, 30)),
        true,
        &["15", "مارس", "2026", "الساعة", "9:30", "صباحًا"],
    );
    let message = ar.t_with(
        "urgency-before-date",
        &[
            ("date", FluentValue::from(both)),
            ("has-date", FluentValue::from("yes")),
        ],
    );
    assert_reads(&message, true, &pieces);
}

#[test]
fn an_arabic_date_is_isolated_once_where_a_message_shows_it() {
    let ar = texts("ar");
    for piece in [
        ar.date(date()),
        ar.time(at(9, 30)),
        ar.weekday_date_and_time(date(), Some(at(9, 30))),
    ] {
        assert!(!piece.contains(is_control), "{piece:?} carries no marks");
    }
    let message = ar.t_with(
        "checklist-deadline-respond-to-letter",
        &[("date", FluentValue::from(ar.date(date())))],
    );
    assert_eq!(message.matches('\u{2068}').count(), 1, "{message:?}");
}

#[test]
fn english_dates_and_times_read_in_order_from_the_left() {
    let en = texts("en");
    assert_reads(&en.date(date()), false, &["March", "15,", "2026"]);
    assert_reads(&en.time(at(9, 30)), false, &["9:30", "AM"]);
    assert_reads(&en.time(at(20, 0)), false, &["8:00", "PM"]);
    let both = en.weekday_date_and_time(date(), Some(at(9, 30)));
    let pieces = ["Sunday,", "March", "15,", "2026,", "9:30", "AM"];
    assert_reads(&both, false, &pieces);
    let message = en.t_with(
        "urgency-before-time",
        &[
            ("time", FluentValue::from(en.time(at(9, 30)))),
            ("date", FluentValue::from(en.weekday_date(date()))),
        ],
    );
    assert_reads(
        &message,
        false,
        &[
            "Do", "before", "9:30", "AM,", "Sunday,", "March", "15,", "2026",
        ],
    );
    let message = en.t_with(
        "checklist-deadline-respond-to-letter",
        &[("date", FluentValue::from(en.date(date())))],
    );
    assert_reads(&message, false, &["Answer", "by", "March", "15,", "2026"]);
}

/// The left-to-right runs of a text: what lies between right-to-left
/// letters, without the spaces and punctuation around it ("8 CFR 1003.47",
/// "USCIS", "Case Status Online").
fn left_to_right_runs(text: &str) -> Vec<String> {
    text.split(is_rtl_letter)
        .map(|run| {
            run.trim_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .filter(|&c| !is_control(c))
                .collect::<String>()
        })
        .filter(|run| run.contains(char::is_alphanumeric))
        .collect()
}

#[test]
fn every_citation_in_an_arabic_source_title_or_watch_note_is_displayed_in_its_own_order() {
    // The messages that cite a regulation or a Federal Register page.
    let g = guide();
    let sources = g.sources.keys().map(|s| format!("source-{s}"));
    let notes = g.watch.keys().map(|w| format!("watch-{w}-note"));
    let ar = texts("ar");
    let mut wrong = Vec::new();
    for key in sources.chain(notes) {
        let title = ar.t(&key);
        let shown = displayed(&title, true);
        for run in left_to_right_runs(&title) {
            if !shown.contains(&run) {
                wrong.push(format!("{key}: {run:?} is displayed as {shown:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_display_check_catches_a_citation_at_the_start_of_an_arabic_line() {
    // The line before the fix: "8" drawn to the right of "CFR 1003.47".
    let bare = "8 CFR 1003.47: البيانات الحيوية";
    assert_eq!(left_to_right_runs(bare), ["8 CFR 1003.47"]);
    assert!(!displayed(bare, true).contains("8 CFR 1003.47"));
    assert!(
        displayed("\u{2068}8 CFR 1003.47\u{2069}: البيانات الحيوية", true)
            .contains("8 CFR 1003.47")
    );
    // And a date whose pieces each carry an isolate, in an isolate.
    let doubled =
        "قبل \u{2068}\u{2068}15\u{2069} \u{2068}مارس\u{2069} \u{2068}2026\u{2069}\u{2069}";
    let caught = std::panic::catch_unwind(|| assert_reads(doubled, true, &["15", "مارس", "2026"]));
    assert!(caught.is_err(), "the doubled isolation reads 2026 first");
}
