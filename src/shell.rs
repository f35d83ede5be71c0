//! A rendered page with its per-person parts cut out: the form token and
//! the resume code. The rest of a question or
//! plan page follows from the language, the route and the decision inputs,
//! which many people share, so it is rendered (and compressed) once and kept
//! in the page cache; each request only fills in its own values.
//!
//! Why a compressed form is kept: compressing a whole result page costs about
//! 60 µs of CPU, four times the rest of the request, and browsers always ask
//! for gzip (see `bench/FINDINGS.md`). So each run of text between two holes
//! is compressed once, on its own (no back-references into other runs, so a
//! value of any length can sit between them), and a request adds its values
//! as uncompressed DEFLATE blocks and the gzip checksum of the filled page.

use flate2::{Compress, Compression, Crc, FlushCompress, Status};

/// Rendered in place of the form token while a page is cut. No text, answer
/// or address reaches a page with a NUL in it, so the marks cannot clash.
pub const TOKEN_MARK: &str = "\0form-token\0";
/// Rendered in place of the resume code while a page is cut.
pub const CODE_MARK: &str = "\0resume-code\0";
/// gzip's header: DEFLATE, no name or time, operating system unknown.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hole {
    Token,
    Code,
}

/// One person's values for a page's holes: letters, digits and dashes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Holes<'a> {
    pub token: &'a str,
    pub code: &'a str,
}

impl<'a> Holes<'a> {
    fn value(&self, hole: Hole) -> &'a str {
        match hole {
            Hole::Token => self.token,
            Hole::Code => self.code,
        }
    }
}

/// A rendered page as runs of text, each followed by a hole but the last.
#[derive(Debug)]
pub struct PageShell {
    runs: Vec<Run>,
}

#[derive(Debug)]
struct Run {
    text: String,
    /// `text` as raw DEFLATE, compressed on its own and ending byte-aligned
    /// (a sync flush) so a value can follow as a stored block; the last run
    /// ends the stream.
    deflated: Vec<u8>,
    hole: Option<Hole>,
}

impl PageShell {
    /// Cuts the marks out of a page rendered with them.
    pub fn cut(rendered: &str) -> Self {
        let mut runs = Vec::new();
        let mut rest = rendered;
        let marks = [(TOKEN_MARK, Hole::Token), (CODE_MARK, Hole::Code)];
        while let Some((at, mark, hole)) = marks
            .into_iter()
            .filter_map(|(mark, hole)| rest.find(mark).map(|at| (at, mark, hole)))
            .min_by_key(|&(at, _, _)| at)
        {
            runs.push(Run::new(&rest[..at], Some(hole)));
            rest = &rest[at + mark.len()..];
        }
        runs.push(Run::new(rest, None));
        PageShell { runs }
    }

    /// The bytes the shell keeps, for the cache's bound.
    pub fn size(&self) -> usize {
        self.runs
            .iter()
            .map(|r| r.text.len() + r.deflated.len())
            .sum()
    }

    /// The page's pieces for one person, in order: text, value, text...
    fn pieces<'a>(&'a self, holes: Holes<'a>) -> impl Iterator<Item = &'a str> {
        debug_assert!(
            [holes.token, holes.code]
                .iter()
                .all(|v| v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')),
            "token and code need no escaping"
        );
        self.runs.iter().flat_map(move |run| {
            let value = run.hole.map(|hole| holes.value(hole));
            std::iter::once(run.text.as_str()).chain(value)
        })
    }

    /// The page for one person, as text.
    pub fn fill(&self, holes: Holes<'_>) -> String {
        self.pieces(holes).collect()
    }

    /// The same page as `fill` gives, as a gzip file.
    pub fn fill_gzip(&self, holes: Holes<'_>) -> Vec<u8> {
        let mut crc = Crc::new();
        for piece in self.pieces(holes) {
            crc.update(piece.as_bytes());
        }
        let values = holes.token.len() + holes.code.len() + 5 * self.runs.len();
        let deflated: usize = self.runs.iter().map(|r| r.deflated.len()).sum();
        let mut gzip = Vec::with_capacity(GZIP_HEADER.len() + deflated + values + 8);
        gzip.extend_from_slice(&GZIP_HEADER);
        for run in &self.runs {
            gzip.extend_from_slice(&run.deflated);
            if let Some(hole) = run.hole {
                stored_block(&mut gzip, holes.value(hole).as_bytes());
            }
        }
        gzip.extend_from_slice(&crc.sum().to_le_bytes());
        // gzip keeps the length modulo 2^32, as `Crc` counts it.
        gzip.extend_from_slice(&crc.amount().to_le_bytes());
        gzip
    }
}

impl Run {
    fn new(text: &str, hole: Option<Hole>) -> Self {
        Run {
            text: text.to_owned(),
            deflated: deflate(text, hole.is_none()),
            hole,
        }
    }
}

/// `text` as raw DEFLATE: ending byte-aligned (a sync flush), or ending the
/// stream when it is the `last` run.
fn deflate(text: &str, last: bool) -> Vec<u8> {
    let mut deflate = Compress::new(Compression::best(), false);
    let flush = if last {
        FlushCompress::Finish
    } else {
        FlushCompress::Sync
    };
    let mut input = text.as_bytes();
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    loop {
        let read_before = deflate.total_in();
        let status = deflate
            .compress_vec(input, &mut out, flush)
            .expect("DEFLATE into memory cannot fail");
        let read = usize::try_from(deflate.total_in() - read_before).unwrap_or(0);
        input = &input[read..];
        // A flush is complete once all input is taken and the output did not
        // fill up; the end once the stream says so.
        let done = if last {
            status == Status::StreamEnd
        } else {
            input.is_empty() && out.len() < out.capacity()
        };
        if done {
            return out;
        }
        out.reserve(out.capacity().max(64));
    }
}

/// DEFLATE stored blocks (RFC 1951, 3.2.4), none the last: after a sync
/// flush the stream is byte-aligned, so a block's three header bits and
/// padding are one zero byte, then the length and its one's complement.
fn stored_block(out: &mut Vec<u8>, value: &[u8]) {
    for chunk in value.chunks(usize::from(u16::MAX)) {
        let len = u16::try_from(chunk.len()).expect("chunks fit a stored block");
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(chunk);
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn gunzip(gzip: &[u8]) -> String {
        let mut page = String::new();
        flate2::read::GzDecoder::new(gzip)
            .read_to_string(&mut page)
            .expect("a valid gzip file");
        page
    }

    #[test]
    fn fills_every_hole_with_this_persons_values() {
        let rendered = format!(
            "<input value=\"{TOKEN_MARK}\"><p>{CODE_MARK}</p><input value=\"{TOKEN_MARK}\">"
        );
        let shell = PageShell::cut(&rendered);
        let holes = Holes {
            token: "ab12",
            code: "7KQM-4TXP",
        };
        assert_eq!(
            shell.fill(holes),
            "<input value=\"ab12\"><p>7KQM-4TXP</p><input value=\"ab12\">"
        );
        assert_eq!(
            shell.fill(Holes::default()),
            "<input value=\"\"><p></p><input value=\"\">"
        );
    }

    #[test]
    fn a_page_without_marks_comes_back_whole() {
        let shell = PageShell::cut("<p>a\0b</p>");
        let holes = Holes {
            token: "t",
            code: "c",
        };
        assert_eq!(shell.fill(holes), "<p>a\0b</p>");
        assert_eq!(gunzip(&shell.fill_gzip(holes)), "<p>a\0b</p>");
    }

    #[test]
    fn the_gzip_page_is_the_text_page_compressed_for_values_of_any_length() {
        let paragraph =
            "<p>Go to your fingerprint appointment. Bring your notice.</p>\n".repeat(40);
        let long = "é \u{202b}ع\u{202c} ".repeat(9000);
        let pages = [
            format!("{paragraph}{TOKEN_MARK}{paragraph}{CODE_MARK}{paragraph}{TOKEN_MARK}"),
            format!("{TOKEN_MARK}{CODE_MARK}{paragraph}{TOKEN_MARK}"),
            format!("{long}{TOKEN_MARK}{long}{CODE_MARK}{long}"),
            String::new(),
        ];
        let long_value = "a".repeat(70_000);
        for rendered in &pages {
            let shell = PageShell::cut(rendered);
            for (token, code) in [("0123abcd", "7KQM-4TXP"), ("", ""), (&long_value[..], "x")] {
                let holes = Holes { token, code };
                let gzip = shell.fill_gzip(holes);
                assert_eq!(gunzip(&gzip), shell.fill(holes));
            }
        }
    }

    #[test]
    fn the_kept_text_is_compressed() {
        let paragraph =
            "<p>Go to your fingerprint appointment. Bring your notice.</p>\n".repeat(40);
        let shell = PageShell::cut(&format!("{paragraph}{TOKEN_MARK}{paragraph}{CODE_MARK}"));
        let holes = Holes {
            token: "t",
            code: "7KQM-4TXP",
        };
        assert!(shell.fill_gzip(holes).len() < 2 * paragraph.len() / 4);
    }
}
