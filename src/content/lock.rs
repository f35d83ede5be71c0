//! Which English text each translated message was checked against, so that
//! a translation cannot silently go stale when the English changes.
//!
//! `locales/<lang>/lock.toml` holds one line per message of the language,
//! sorted: the key and a fingerprint of the English message the translation
//! was checked against. `huella lock-translations <lang> KEY…` writes the
//! lines of the keys named (or all, `--all`) once someone has checked those
//! translations against today's English; `tests/locales/drift.rs` fails
//! when a key's English no longer has the locked fingerprint, or a
//! translated key has no line.
//!
//! The fingerprint: the first 16 hex digits of the SHA-256 of the English
//! message as Fluent reads it (comments left out), re-serialised, each line
//! trimmed and its runs of spaces made one, blank lines dropped. So moving
//! a select's variants, re-indenting or a doubled space changes nothing a
//! reader sees and nothing here; any change of a word, a variable, a
//! variant, or a line break (each line of a message is a paragraph on the
//! page) does.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use sha2::{Digest, Sha256};

/// The lock file's name in a language's folder.
pub const FILE: &str = "lock.toml";

/// The fingerprint of one message's text.
fn fingerprint(message: &ast::Message<&str>) -> String {
    let message = ast::Message {
        comment: None,
        ..message.clone()
    };
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(message)],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    let lines: Vec<String> = (text.lines())
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    let digest = Sha256::digest(lines.join("\n").as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The fingerprints of every message of a language's folder.
fn fingerprints(folder: &Path) -> Result<BTreeMap<String, String>, String> {
    let unreadable = |e: std::io::Error| format!("{} cannot be read: {e}", folder.display());
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            paths.push(path);
        }
    }
    paths.sort();
    let mut found = BTreeMap::new();
    for path in paths {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("{} cannot be read: {e}", path.display()))?;
        let resource = fluent_syntax::parser::parse(text.as_str())
            .map_err(|_| format!("{} is not valid Fluent", path.display()))?;
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                found.insert(message.id.name.to_owned(), fingerprint(message));
            }
        }
    }
    if found.is_empty() {
        return Err(format!("{} has no messages", folder.display()));
    }
    Ok(found)
}

/// A lock file's lines: key and fingerprint.
fn read(path: &Path) -> Result<BTreeMap<String, String>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => {
            toml::from_str(&text).map_err(|e| format!("{} is invalid: {e}", path.display()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(format!("{} cannot be read: {e}", path.display())),
    }
}

fn render(code: &str, lock: &BTreeMap<String, String>) -> String {
    let mut text = format!(
        "# The English text each message of locales/{code}/ was checked against: the\n\
         # fingerprint of the English message (src/content/lock.rs). Written by\n\
         # `huella lock-translations {code} KEY…` after a check (docs/TRANSLATING.md).\n"
    );
    for (key, hash) in lock {
        text.push_str(&format!("{key} = \"{hash}\"\n"));
    }
    text
}

/// A translated message that no longer matches its lock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// Its English changed since the translation was checked.
    Changed(String),
    /// It was never checked: the lock file has no line for it.
    Unlocked(String),
    /// The lock names a key that is no longer a message of both.
    Gone(String),
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Drift::Changed(key) => write!(f, "{key}: its English changed since it was checked"),
            Drift::Unlocked(key) => write!(f, "{key}: not checked yet (no line in the lock)"),
            Drift::Gone(key) => write!(f, "{key}: locked, but no longer a message"),
        }
    }
}

/// The English and one translation, read from a `locales/` folder.
struct Folder {
    english: BTreeMap<String, String>,
    translated: BTreeSet<String>,
    path: PathBuf,
    lock: BTreeMap<String, String>,
}

impl Folder {
    fn read(locales: &Path, code: &str) -> Result<Folder, String> {
        let english = super::DEFAULT_LANGUAGE.code;
        if code == english {
            return Err(
                "English is what the translations are locked to: name another language".into(),
            );
        }
        let folder = locales.join(code);
        if !folder.is_dir() {
            return Err(format!("{} is not a folder", folder.display()));
        }
        let path = folder.join(FILE);
        Ok(Folder {
            english: fingerprints(&locales.join(english))?,
            translated: fingerprints(&folder)?.into_keys().collect(),
            lock: read(&path)?,
            path,
        })
    }

    fn drift(&self) -> Vec<Drift> {
        let mut found = Vec::new();
        for key in &self.translated {
            match (self.english.get(key), self.lock.get(key)) {
                (Some(english), Some(locked)) if english != locked => {
                    found.push(Drift::Changed(key.clone()))
                }
                (Some(_), None) => found.push(Drift::Unlocked(key.clone())),
                _ => {}
            }
        }
        let live = |key: &String| self.translated.contains(key) && self.english.contains_key(key);
        found.extend(
            (self.lock.keys())
                .filter(|k| !live(k))
                .cloned()
                .map(Drift::Gone),
        );
        found
    }
}

/// The translations of a language that are stale or unchecked.
pub fn drift(locales: &Path, code: &str) -> Result<Vec<Drift>, String> {
    Ok(Folder::read(locales, code)?.drift())
}

/// Which messages to lock.
pub enum Keys<'a> {
    /// Every translated message.
    All,
    /// These; none only tidies the file (drops the lines of keys gone).
    Named(&'a [&'a str]),
}

/// What `lock` did.
#[derive(Debug)]
pub struct Locked {
    pub file: PathBuf,
    /// Keys whose line was written or changed.
    pub locked: Vec<String>,
    /// Lines dropped: their key is no longer a message.
    pub dropped: Vec<String>,
    /// Translations still stale or unchecked after this.
    pub left: Vec<Drift>,
}

/// Records that the translations of `keys` were checked against today's
/// English, in `locales/<code>/lock.toml`.
pub fn lock(locales: &Path, code: &str, keys: Keys<'_>) -> Result<Locked, String> {
    let mut folder = Folder::read(locales, code)?;
    let chosen: Vec<String> = match keys {
        Keys::All => (folder.translated.iter())
            .filter(|k| folder.english.contains_key(*k))
            .cloned()
            .collect(),
        Keys::Named(keys) => {
            let unknown: Vec<&str> = (keys.iter().copied())
                .filter(|k| !folder.translated.contains(*k) || !folder.english.contains_key(*k))
                .collect();
            if !unknown.is_empty() {
                return Err(format!(
                    "not a message of both locales/en and locales/{code}: {}",
                    unknown.join(", ")
                ));
            }
            keys.iter().map(|k| (*k).to_owned()).collect()
        }
    };
    let mut locked = Vec::new();
    for key in chosen {
        let english = folder.english[&key].clone();
        if folder.lock.insert(key.clone(), english.clone()).as_ref() != Some(&english) {
            locked.push(key);
        }
    }
    let dropped: Vec<String> = (folder.drift().into_iter())
        .filter_map(|d| match d {
            Drift::Gone(key) => Some(key),
            _ => None,
        })
        .collect();
    for key in &dropped {
        folder.lock.remove(key);
    }
    std::fs::write(&folder.path, render(code, &folder.lock))
        .map_err(|e| format!("{} cannot be written: {e}", folder.path.display()))?;
    Ok(Locked {
        file: folder.path.clone(),
        locked,
        dropped,
        left: folder.drift(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_fingerprint(text: &str) -> String {
        let resource = fluent_syntax::parser::parse(text).unwrap();
        match &resource.body[..] {
            [ast::Entry::Message(message)] => fingerprint(message),
            other => panic!("one message: {other:?}"),
        }
    }

    #[test]
    fn a_fingerprint_ignores_layout_and_comments_but_not_words_or_paragraphs() {
        let base = message_fingerprint("a = One  day. { $days ->\n    [one] A\n   *[other] B\n}\n");
        for same in [
            "# a note\na = One day. { $days ->\n        [one] A\n       *[other] B\n    }\n",
            "a =\n    One day. { $days ->\n  [one] A\n  *[other] B\n}\n",
        ] {
            assert_eq!(message_fingerprint(same), base, "{same:?}");
        }
        for different in [
            "a = One week. { $days ->\n    [one] A\n   *[other] B\n}\n",
            "a = One day. { $count ->\n    [one] A\n   *[other] B\n}\n",
            "a = One day. { $days ->\n    [one] A\n   *[other] C\n}\n",
        ] {
            assert_ne!(message_fingerprint(different), base, "{different:?}");
        }
        assert_ne!(
            message_fingerprint("a = First line.\n    Second line.\n"),
            message_fingerprint("a = First line. Second line.\n"),
            "a line is a paragraph"
        );
        assert_eq!(base.len(), 16);
    }

    /// A `locales/` folder with English and Spanish files.
    fn locales(en: &str, es: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (code, text) in [("en", en), ("es", es)] {
            std::fs::create_dir_all(dir.path().join(code)).unwrap();
            std::fs::write(dir.path().join(code).join("a.ftl"), text).unwrap();
        }
        dir
    }

    #[test]
    fn locking_named_keys_records_them_and_a_changed_english_shows_as_drift() {
        let dir = locales(
            "a = One\nb = Two\nc = Three\n",
            "a = Uno\nb = Dos\nc = Tres\n",
        );
        let unlocked = |keys: &[&str]| -> Vec<Drift> {
            keys.iter()
                .map(|k| Drift::Unlocked((*k).to_owned()))
                .collect()
        };
        assert_eq!(drift(dir.path(), "es").unwrap(), unlocked(&["a", "b", "c"]));
        let done = lock(dir.path(), "es", Keys::Named(&["a", "c"])).unwrap();
        assert_eq!(done.locked, ["a", "c"]);
        assert_eq!(done.left, unlocked(&["b"]));
        let file = std::fs::read_to_string(dir.path().join("es").join(FILE)).unwrap();
        let lines: Vec<&str> = file.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with("a = \"") && lines[1].starts_with("c = \""),
            "{file}"
        );

        std::fs::write(
            dir.path().join("en").join("a.ftl"),
            "a = One!\nb = Two\nc = Three\n",
        )
        .unwrap();
        assert_eq!(
            drift(dir.path(), "es").unwrap(),
            [
                Drift::Changed("a".to_owned()),
                Drift::Unlocked("b".to_owned())
            ]
        );
        lock(dir.path(), "es", Keys::All).unwrap();
        assert_eq!(drift(dir.path(), "es").unwrap(), []);
    }

    #[test]
    fn a_key_gone_from_the_texts_leaves_the_lock_on_the_next_run() {
        let dir = locales("a = One\nb = Two\n", "a = Uno\nb = Dos\n");
        lock(dir.path(), "es", Keys::All).unwrap();
        std::fs::write(dir.path().join("en").join("a.ftl"), "a = One\n").unwrap();
        std::fs::write(dir.path().join("es").join("a.ftl"), "a = Uno\n").unwrap();
        assert_eq!(
            drift(dir.path(), "es").unwrap(),
            [Drift::Gone("b".to_owned())]
        );
        let done = lock(dir.path(), "es", Keys::Named(&[])).unwrap();
        assert_eq!((done.locked.len(), done.dropped), (0, vec!["b".to_owned()]));
        assert_eq!(drift(dir.path(), "es").unwrap(), []);
    }

    #[test]
    fn an_unknown_key_or_english_itself_is_refused_and_nothing_is_written() {
        let dir = locales("a = One\n", "a = Uno\n");
        let refused = lock(dir.path(), "es", Keys::Named(&["a", "typo"])).unwrap_err();
        assert!(refused.contains("typo"), "{refused}");
        assert!(!dir.path().join("es").join(FILE).exists());
        assert!(lock(dir.path(), "en", Keys::All).is_err());
        assert!(lock(dir.path(), "fr", Keys::All).is_err());
    }
}
