//! Loads and checks the locale files and the content data.

pub mod guide;
pub mod texts;

use std::sync::LazyLock;

pub use guide::{Guide, GuideError, LegalHelp};
pub use texts::{DEFAULT_LANGUAGE, LANGUAGES, Language, Texts};

static GUIDE: LazyLock<Result<Guide, String>> =
    LazyLock::new(|| Guide::embedded().map_err(|e| e.to_string()));

/// Checks the embedded content data; start-up calls it before serving.
pub fn check() -> Result<(), String> {
    texts::check()?;
    GUIDE.as_ref().map(|_| ()).map_err(Clone::clone)
}

/// The embedded content data. Start-up has run `check`, so it is valid here.
pub fn guide() -> &'static Guide {
    match &*GUIDE {
        Ok(guide) => guide,
        Err(e) => panic!("content/guide.toml is invalid (start-up checks this first): {e}"),
    }
}
