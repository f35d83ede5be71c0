//! Pages rendered once with their per-person parts cut out: the form token
//! and the resume code. Everything else on a question or result page follows
//! from the language, the address and the answers or plan, which many people
//! share; each request then only fills in its own two values, as text or,
//! for browsers that take it, as gzip compressed once with the shell.

use flate2::{Compress, Compression, FlushCompress, Status};

/// Rendered in place of the form token while a page is cut. No text, answer
/// or address reaches a page with a NUL in it, so the marks cannot clash.
pub const TOKEN_MARK: &str = "\0form-token\0";
/// Rendered in place of the resume code while a page is cut.
pub const CODE_MARK: &str = "\0resume-code\0";

/// gzip's header: DEFLATE, no name or time, operating system unknown.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];

/// How far back DEFLATE can point: the most of the text before a run that
/// helps compress it.
const WINDOW: usize = 32 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hole {
    Token,
    Code,
}

impl Hole {
    /// The length of every value of this hole: the compressed runs point
    /// back past holes, so they hold only for values of this length.
    fn len(self) -> usize {
        match self {
            // An HMAC-SHA-256 in hex.
            Hole::Token => 64,
            // Two groups of four and a dash: see `ResumeCode::display`.
            Hole::Code => 9,
        }
    }
}

/// A rendered page as runs of text, each followed by a hole but the last.
#[derive(Debug)]
pub struct PageShell {
    runs: Vec<Run>,
    /// gzip's CRC-32 of the page with zero bytes in the holes; each
    /// person's values are added to it (see `fill_gzip`).
    zeros_crc: u32,
    /// The page's length with every hole filled (values have their hole's length).
    filled_len: usize,
}

#[derive(Debug)]
struct Run {
    text: String,
    /// `text` as DEFLATE ending byte-aligned, so the hole's value can follow
    /// as a stored block; the last run ends the stream. Compressed with the
    /// text before it as a preset dictionary, the holes in it as bytes no
    /// text has (0xFF), so it points back to earlier text but never into a hole.
    deflated: Vec<u8>,
    hole: Option<Hole>,
    /// x^(8n) modulo the CRC polynomial, n the bytes after the hole to the
    /// end of the page: multiplying by it moves a value's CRC to its place.
    shift_to_end: u32,
}

impl PageShell {
    /// Cuts the marks out of a page rendered with them.
    pub fn cut(rendered: &str) -> Self {
        let mut pieces = Vec::new();
        let mut rest = rendered;
        while let Some((at, mark, hole)) = [(TOKEN_MARK, Hole::Token), (CODE_MARK, Hole::Code)]
            .into_iter()
            .filter_map(|(mark, hole)| rest.find(mark).map(|at| (at, mark, hole)))
            .min_by_key(|&(at, _, _)| at)
        {
            pieces.push((&rest[..at], Some(hole)));
            rest = &rest[at + mark.len()..];
        }
        pieces.push((rest, None));
        let mut zeros = crc32fast::Hasher::new();
        let filled_len = pieces
            .iter()
            .map(|(text, hole)| text.len() + hole.map_or(0, Hole::len))
            .sum::<usize>();
        let mut after = filled_len;
        let mut before: Vec<u8> = Vec::with_capacity(rendered.len());
        let runs = pieces
            .into_iter()
            .map(|(text, hole)| {
                let dictionary = &before[before.len().saturating_sub(WINDOW)..];
                let deflated = deflate(text, dictionary, hole.is_none());
                before.extend_from_slice(text.as_bytes());
                zeros.update(text.as_bytes());
                after -= text.len();
                if let Some(hole) = hole {
                    before.resize(before.len() + hole.len(), 0xFF);
                    zeros.update(&vec![0; hole.len()]);
                    after -= hole.len();
                }
                Run {
                    text: text.to_owned(),
                    deflated,
                    hole,
                    shift_to_end: x8n(after),
                }
            })
            .collect();
        PageShell {
            runs,
            zeros_crc: zeros.finalize(),
            filled_len,
        }
    }

    /// The page for one person. Both values go in as they are: a token is
    /// hex and a code is letters, digits and a dash, nothing to escape.
    pub fn fill(&self, token: &str, code: &str) -> String {
        debug_assert!(
            need_no_escaping(token, code),
            "hole values need no escaping"
        );
        let mut page = String::with_capacity(self.filled_len);
        for run in &self.runs {
            page.push_str(&run.text);
            if let Some(hole) = run.hole {
                page.push_str(value_of(hole, token, code));
            }
        }
        page
    }

    /// The same page as `fill` gives, as a gzip file: the text compressed
    /// once, the person's values spliced in uncompressed. None when a value
    /// is not of its hole's length (the page then goes as text).
    pub fn fill_gzip(&self, token: &str, code: &str) -> Option<Vec<u8>> {
        debug_assert!(
            need_no_escaping(token, code),
            "hole values need no escaping"
        );
        if (self.runs.iter().filter_map(|r| r.hole))
            .any(|hole| value_of(hole, token, code).len() != hole.len())
        {
            return None;
        }
        // Each hole: a 5-byte stored block header, then the value.
        let len = (self.runs.iter())
            .map(|r| r.deflated.len() + r.hole.map_or(0, |h| 5 + h.len()))
            .sum::<usize>();
        let mut gzip = Vec::with_capacity(GZIP_HEADER.len() + len + 8);
        gzip.extend_from_slice(&GZIP_HEADER);
        // CRC-32 is linear: the page's is that of the page with zeros in
        // the holes, plus each value's own (from a zero register) moved to
        // its place. The text is never checksummed again.
        let mut crc = self.zeros_crc;
        for run in &self.runs {
            gzip.extend_from_slice(&run.deflated);
            if let Some(hole) = run.hole {
                let value = value_of(hole, token, code).as_bytes();
                stored_block(&mut gzip, value);
                let mut own = crc32fast::Hasher::new_with_initial(!0);
                own.update(value);
                crc ^= multiply(run.shift_to_end, !own.finalize());
            }
        }
        // gzip keeps the length modulo 2^32.
        let size = self.filled_len as u32;
        gzip.extend_from_slice(&crc.to_le_bytes());
        gzip.extend_from_slice(&size.to_le_bytes());
        Some(gzip)
    }
}

fn need_no_escaping(token: &str, code: &str) -> bool {
    [token, code]
        .iter()
        .all(|v| v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

fn value_of<'a>(hole: Hole, token: &'a str, code: &'a str) -> &'a str {
    match hole {
        Hole::Token => token,
        Hole::Code => code,
    }
}

/// `text` as raw DEFLATE after `dictionary`: ending byte-aligned (a sync
/// flush), or ending the stream when it is the `last` run.
fn deflate(text: &str, dictionary: &[u8], last: bool) -> Vec<u8> {
    let mut deflate = Compress::new(Compression::best(), false);
    if !dictionary.is_empty() {
        deflate
            .set_dictionary(dictionary)
            .expect("a fresh compressor takes a dictionary");
    }
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

/// gzip's CRC polynomial, reflected.
const CRC_POLY: u32 = 0xedb8_8320;

/// a(x) times b(x) modulo the CRC polynomial, reflected (as zlib's
/// `crc32_combine` computes it).
fn multiply(a: u32, mut b: u32) -> u32 {
    let mut product = 0;
    for i in 0..32 {
        product ^= b & ((a >> (31 - i)) & 1).wrapping_neg();
        b = (b >> 1) ^ ((b & 1).wrapping_neg() & CRC_POLY);
    }
    product
}

/// x^(8n) modulo the CRC polynomial: multiplying a CRC register by it
/// appends n zero bytes.
fn x8n(mut n: usize) -> u32 {
    let mut power = 0x8000_0000; // x^0
    let mut square = 0x0080_0000; // x^8
    while n != 0 {
        if n & 1 != 0 {
            power = multiply(square, power);
        }
        square = multiply(square, square);
        n >>= 1;
    }
    power
}

/// A DEFLATE stored block (RFC 1951, 3.2.4), not the last: after a full
/// flush the stream is byte-aligned, so its three header bits and padding
/// are one zero byte, then the length and its one's complement.
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
        assert_eq!(
            shell.fill("ab12", "7KQM-4TXP"),
            "<input value=\"ab12\"><p>7KQM-4TXP</p><input value=\"ab12\">"
        );
        assert_eq!(
            shell.fill("", ""),
            "<input value=\"\"><p></p><input value=\"\">"
        );
    }

    #[test]
    fn a_page_without_marks_comes_back_whole() {
        let shell = PageShell::cut("<p>a\0b</p>");
        assert_eq!(shell.fill("t", "c"), "<p>a\0b</p>");
        assert_eq!(gunzip(&shell.fill_gzip("t", "c").unwrap()), "<p>a\0b</p>");
    }

    const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn the_gzip_page_is_the_text_page_compressed() {
        // Repeated text, so that later runs point back across holes.
        let paragraph =
            "<p>Go to your fingerprint appointment. Bring your notice.</p>\n".repeat(40);
        let long = "é \u{202b}ع\u{202c} ".repeat(9000);
        let pages = [
            format!("{paragraph}{TOKEN_MARK}{paragraph}{CODE_MARK}{paragraph}{TOKEN_MARK}"),
            format!("{TOKEN_MARK}{CODE_MARK}{paragraph}{TOKEN_MARK}"),
            format!("{long}{TOKEN_MARK}{long}{CODE_MARK}{long}"),
            String::new(),
        ];
        for rendered in &pages {
            let shell = PageShell::cut(rendered);
            let gzip = shell.fill_gzip(TOKEN, "7KQM-4TXP").unwrap();
            assert_eq!(gunzip(&gzip), shell.fill(TOKEN, "7KQM-4TXP"));
        }
        // Three paragraphs cost less than two compressed afresh: the second
        // and third point back to the first.
        let one = PageShell::cut(&paragraph).fill_gzip("", "").unwrap().len();
        let three = PageShell::cut(&pages[0])
            .fill_gzip(TOKEN, "7KQM-4TXP")
            .unwrap();
        let values = 2 * TOKEN.len() + "7KQM-4TXP".len();
        assert!(
            three.len() < 2 * one + values,
            "later runs point back to earlier ones, not compressed afresh"
        );
    }

    #[test]
    fn a_value_of_another_length_gets_no_gzip_page() {
        let shell = PageShell::cut(&format!("<p>{TOKEN_MARK}</p><p>{CODE_MARK}</p>"));
        assert!(shell.fill_gzip("abc", "7KQM-4TXP").is_none());
        assert!(shell.fill_gzip(TOKEN, "").is_none());
        assert!(shell.fill_gzip(TOKEN, "7KQM-4TXP").is_some());
    }
}
