//! The one cache: pages that follow from the language, the route and the
//! decision inputs alone, rendered once and shared by everyone with the same
//! inputs. Owned by `AppState`, bounded by the bytes it keeps.
//!
//! Its keys hold nothing a person can vary freely: no query string, no Host
//! header, no path that is not a known route. So requests cannot fill it
//! with pages nobody else will ask for, or push other people's pages out.

use std::sync::Arc;

use chrono::NaiveDate;
use quick_cache::Weighter;
use quick_cache::sync::Cache;

use crate::decision::{Answer, PlanInputs, QuestionId};
use crate::shell::PageShell;
use crate::views::BackTo;

/// What a cached page is: every value it depends on besides the form token
/// and the resume code (the shell's holes).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PageKey {
    /// A question page as everyone sees it who gave the same earlier answer.
    Question {
        language: &'static str,
        question: QuestionId,
        /// The answer given before, shown chosen or filled in.
        stored: Option<Answer>,
        /// Where the back link leads.
        back: BackTo,
        /// Whether the page offers "Start again" (there are answers to clear).
        has_session: bool,
    },
    /// A page of a complete plan, kept by what the plan follows from (so a
    /// hit costs no evaluation). Its day is also the day the checklist
    /// says it was made.
    Plan {
        language: &'static str,
        page: PlanPage,
        inputs: PlanInputs,
        /// Whether the page shows a resume code.
        with_resume_code: bool,
    },
    /// The review pack, made from the rules alone on one day.
    Review {
        language: &'static str,
        today: NaiveDate,
    },
    /// The plan API's answer for complete answers (no holes).
    PlanJson {
        language: &'static str,
        inputs: PlanInputs,
    },
}

/// The pages made from a complete plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanPage {
    Result,
    Checklist,
    CallSheet,
}

impl PlanPage {
    /// The page's route.
    pub fn path(self) -> &'static str {
        match self {
            PlanPage::Result => "/result",
            PlanPage::Checklist => "/result/checklist",
            PlanPage::CallSheet => "/result/call-sheet",
        }
    }

    /// Whether the page shows the resume code (the call sheet does not).
    pub fn shows_resume_code(self) -> bool {
        self != PlanPage::CallSheet
    }
}

/// Each entry weighs what it keeps in bytes.
#[derive(Clone)]
struct ShellBytes;

impl Weighter<PageKey, Arc<PageShell>> for ShellBytes {
    fn weight(&self, _key: &PageKey, shell: &Arc<PageShell>) -> u64 {
        shell.size() as u64
    }
}

pub struct PageCache(Cache<PageKey, Arc<PageShell>, ShellBytes>);

impl PageCache {
    /// A cache that keeps at most `max_bytes` of pages (text and gzip).
    pub fn new(max_bytes: u64) -> Self {
        // A page keeps about 12 KB: text and its compressed form.
        let estimated_pages = usize::try_from(max_bytes / 12_000).unwrap_or(1).max(1);
        PageCache(Cache::with_weighter(estimated_pages, max_bytes, ShellBytes))
    }

    /// The page for `key`, rendered and cut by `render` the first time. While
    /// one request renders a page, others asking for it wait for that one.
    pub fn page<E>(
        &self,
        key: &PageKey,
        render: impl FnOnce() -> Result<String, E>,
    ) -> Result<Arc<PageShell>, E> {
        self.0
            .get_or_insert_with(key, || render().map(|page| Arc::new(PageShell::cut(&page))))
    }

    /// How many pages it holds.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The keys of the pages it holds, in no order.
    pub fn keys(&self) -> Vec<PageKey> {
        self.0.iter().map(|(key, _)| key).collect()
    }
}
