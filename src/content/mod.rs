//! Loads and checks the locale files and the content data.

pub mod guide;
pub mod local;
pub mod lock;
pub mod texts;

use std::path::Path;
use std::sync::{Arc, LazyLock};

pub use guide::{Guide, GuideError, LegalHelp, WatchStatus};
pub use local::{Local, Organisation, Problems};
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

/// What one server shows: the built-in content, and an organisation's own
/// when `HUELLA_CONTENT_DIR` names it.
pub struct Content {
    texts: Vec<Texts>,
    local: Option<Arc<Local>>,
}

static BUILTIN: LazyLock<Content> = LazyLock::new(|| Content {
    texts: Texts::all(None),
    local: None,
});

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("{0}")]
    Builtin(String),
    #[error("the content folder has problems:\n{0}")]
    Local(Problems),
}

impl Content {
    /// The built-in content checked, with the organisation's folder (if any)
    /// read and checked on top. Made once per server, so it lives as long
    /// as the process.
    pub fn load(dir: Option<&Path>) -> Result<&'static Content, ContentError> {
        check().map_err(ContentError::Builtin)?;
        let Some(dir) = dir else {
            return Ok(Content::builtin());
        };
        let local = Arc::new(Local::load(dir).map_err(ContentError::Local)?);
        Ok(Box::leak(Box::new(Content {
            texts: Texts::all(Some(local.clone())),
            local: Some(local),
        })))
    }

    /// The built-in content alone, made once.
    pub fn builtin() -> &'static Content {
        &BUILTIN
    }

    /// The texts of an offered language.
    pub fn texts(&'static self, language: Language) -> &'static Texts {
        (self.texts.iter())
            .find(|t| t.language == language)
            .unwrap_or(&self.texts[0])
    }

    /// The organisation's content, when there is a folder.
    pub fn local(&self) -> Option<&Local> {
        self.local.as_deref()
    }
}
