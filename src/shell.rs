//! Pages rendered once with their per-person parts cut out: the form token
//! and the resume code. Everything else on a question or result page follows
//! from the language, the address and the answers or plan, which many people
//! share; each request then only fills in its own two values.

/// Rendered in place of the form token while a page is cut. No text, answer
/// or address reaches a page with a NUL in it, so the marks cannot clash.
pub const TOKEN_MARK: &str = "\0form-token\0";
/// Rendered in place of the resume code while a page is cut.
pub const CODE_MARK: &str = "\0resume-code\0";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hole {
    Token,
    Code,
}

/// A rendered page and where its holes are.
#[derive(Debug)]
pub struct PageShell {
    text: String,
    /// Byte offsets into `text`, in order.
    holes: Vec<(usize, Hole)>,
}

impl PageShell {
    /// Cuts the marks out of a page rendered with them.
    pub fn cut(rendered: &str) -> Self {
        let mut text = String::with_capacity(rendered.len());
        let mut holes = Vec::new();
        let mut rest = rendered;
        loop {
            let next = [(TOKEN_MARK, Hole::Token), (CODE_MARK, Hole::Code)]
                .into_iter()
                .filter_map(|(mark, hole)| rest.find(mark).map(|at| (at, mark, hole)))
                .min_by_key(|&(at, _, _)| at);
            let Some((at, mark, hole)) = next else { break };
            text.push_str(&rest[..at]);
            holes.push((text.len(), hole));
            rest = &rest[at + mark.len()..];
        }
        text.push_str(rest);
        PageShell { text, holes }
    }

    /// The page for one person. Both values go in as they are: a token is
    /// hex and a code is letters, digits and a dash, nothing to escape.
    pub fn fill(&self, token: &str, code: &str) -> String {
        debug_assert!(
            [token, code]
                .iter()
                .all(|v| v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')),
            "hole values need no escaping"
        );
        let longest = token.len().max(code.len());
        let mut page = String::with_capacity(self.text.len() + self.holes.len() * longest);
        let mut from = 0;
        for &(at, hole) in &self.holes {
            page.push_str(&self.text[from..at]);
            page.push_str(match hole {
                Hole::Token => token,
                Hole::Code => code,
            });
            from = at;
        }
        page.push_str(&self.text[from..]);
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
