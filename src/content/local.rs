//! An organisation's own content (`HUELLA_CONTENT_DIR`): its name, its
//! legal-help contacts, and its own wording of any built-in message.
//!
//! ```text
//! DIR/organisation.toml          name, and [[contacts]]
//! DIR/locales/<lang>/*.ftl       messages under the built-in keys
//! ```
//!
//! The folder passes the checks the built-in content passes, and a problem
//! names its file and line: a site that half works is worse than one that
//! does not start.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use chrono::NaiveDate;
use fluent_syntax::ast;
use fluent_templates::fluent_bundle::concurrent::FluentBundle;
use fluent_templates::fluent_bundle::{FluentArgs, FluentResource};
use serde::Deserialize;
use toml::Spanned;

use super::texts::{Args, LANGUAGES, Language};

include!(concat!(env!("OUT_DIR"), "/builtin_ftl.rs"));

/// Something wrong in a content file, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; `None` when the problem is the file itself.
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found, one a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(Problem::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl std::error::Error for Problems {}

/// A message of a Fluent file: where it is and the variables it uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub file: String,
    pub line: usize,
    pub variables: BTreeSet<String>,
}

fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// The messages of one Fluent file, and what is wrong with it: syntax
/// errors, terms and references (Huella's texts use neither, so an override
/// could not resolve them), a message without text, a key given twice.
pub fn parse_messages(file: &str, text: &str) -> (BTreeMap<String, Message>, Vec<Problem>) {
    let problem = |line, message| Problem {
        file: file.to_owned(),
        line: Some(line),
        message,
    };
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut problems: Vec<Problem> = (errors.iter())
        .map(|e| {
            // The entry's first line: where the error is found may be past it.
            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
            problem(line_of(text, at), format!("this is not valid Fluent: {e}"))
        })
        .collect();
    // Entries carry no positions: a message's line is that of its `id =`.
    let mut lines = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        if let Some((id, _)) = line.split_once('=')
            && line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-')
        {
            lines.entry(id.trim().to_owned()).or_insert(index + 1);
        }
    }
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let line = lines.get(id).copied().unwrap_or(1);
                let mut uses = Uses::default();
                if let Some(value) = &message.value {
                    uses.pattern(value);
                } else {
                    problems.push(problem(line, format!("{id} has no text")));
                }
                for attribute in &message.attributes {
                    uses.pattern(&attribute.value);
                }
                if let Some(other) = uses.references.first() {
                    problems.push(problem(
                        line,
                        format!("{id} refers to {other}: write the words in the message itself"),
                    ));
                }
                let found = Message {
                    file: file.to_owned(),
                    line,
                    variables: uses.variables,
                };
                if let Some(first) = messages.insert(id.to_owned(), found) {
                    problems.push(problem(
                        line,
                        format!("{id} is given twice (first on line {})", first.line),
                    ));
                }
            }
            ast::Entry::Term(term) => {
                let id = format!("-{}", term.id.name);
                let line = lines.get(&id).copied().unwrap_or(1);
                problems.push(problem(
                    line,
                    format!(
                        "{id} is a term; Huella's texts use none: write the words in each message"
                    ),
                ));
            }
            // Comments are welcome; junk is reported by the parser's errors.
            _ => {}
        }
    }
    (messages, problems)
}

/// The variables a pattern uses, and the messages or terms it refers to.
#[derive(Default)]
struct Uses {
    variables: BTreeSet<String>,
    references: Vec<String>,
}

impl Uses {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
                for argument in &arguments.named {
                    self.inline(&argument.value);
                }
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.references.push(format!("{{ {} }}", id.name));
            }
            ast::InlineExpression::TermReference { id, .. } => {
                self.references.push(format!("{{ -{} }}", id.name));
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }
}

/// The built-in messages of a language, from the files compiled in.
pub fn builtin_messages(lang: &str) -> Result<BTreeMap<String, Message>, Problems> {
    let mut all = BTreeMap::new();
    let mut problems = Vec::new();
    for (_, file, text) in BUILTIN_FTL.iter().filter(|(l, _, _)| *l == lang) {
        let name = format!("locales/{lang}/{file}");
        let (messages, found) = parse_messages(&name, text);
        problems.extend(found);
        for (id, message) in messages {
            if let Some(first) = all.insert(id.clone(), message) {
                problems.push(Problem {
                    file: name.clone(),
                    line: Some(all[&id].line),
                    message: format!("{id} is also in {} line {}", first.file, first.line),
                });
            }
        }
    }
    if problems.is_empty() {
        Ok(all)
    } else {
        Err(Problems(problems))
    }
}

/// The built-in English messages, which every override must match.
static ENGLISH: LazyLock<Result<BTreeMap<String, Message>, Problems>> =
    LazyLock::new(|| builtin_messages("en"));

/// `organisation.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationFile {
    name: Spanned<String>,
    #[serde(default)]
    contacts: Vec<ContactFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactFile {
    name: Spanned<String>,
    phone: Spanned<String>,
    #[serde(default)]
    address: String,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    hours: String,
    checked: Spanned<String>,
}

/// The organisation that runs this site.
#[derive(Debug, Clone)]
pub struct Organisation {
    pub name: String,
    /// Its own legal-help contacts, shown before the national directories.
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone)]
pub struct Contact {
    pub name: String,
    /// The number as people read it.
    pub phone: String,
    /// The number for a `tel:` link: its digits, with `+` and a country code.
    pub tel: String,
    pub address: String,
    pub languages: Vec<String>,
    pub hours: String,
    /// When someone last checked that the contact still answers.
    pub checked: NaiveDate,
}

/// A phone number's `tel:` form; `None` when it has too few digits to be one.
fn tel(display: &str) -> Option<String> {
    let digits: String = display.chars().filter(char::is_ascii_digit).collect();
    match (display.trim_start().starts_with('+'), digits.len()) {
        (true, 8..=15) => Some(format!("+{digits}")),
        (false, 10) => Some(format!("+1{digits}")),
        (false, 11) if digits.starts_with('1') => Some(format!("+{digits}")),
        _ => None,
    }
}

fn parse_organisation(file: &str, text: &str) -> Result<Organisation, Vec<Problem>> {
    let at = |span: std::ops::Range<usize>, message: String| Problem {
        file: file.to_owned(),
        line: Some(line_of(text, span.start)),
        message,
    };
    let parsed: OrganisationFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let message = e.message().to_owned();
        vec![Problem {
            file: file.to_owned(),
            line,
            message,
        }]
    })?;
    let mut problems = Vec::new();
    let text_of = |field: &Spanned<String>, what: &str, problems: &mut Vec<Problem>| {
        let value = field.get_ref().trim().to_owned();
        if value.is_empty() {
            problems.push(at(field.span(), format!("{what} is empty")));
        }
        value
    };
    let name = text_of(&parsed.name, "the organisation's name", &mut problems);
    let mut contacts = Vec::new();
    for contact in &parsed.contacts {
        let name = text_of(&contact.name, "a contact's name", &mut problems);
        let phone = text_of(&contact.phone, "a contact's phone", &mut problems);
        let checked = NaiveDate::parse_from_str(contact.checked.get_ref(), "%Y-%m-%d");
        let tel = tel(&phone);
        if tel.is_none() && !phone.is_empty() {
            problems.push(at(
                contact.phone.span(),
                format!(
                    "{phone:?} is not a phone number such as (555) 010-0199 or +1 555 010 0199"
                ),
            ));
        }
        if checked.is_err() {
            problems.push(at(
                contact.checked.span(),
                format!(
                    "checked = {:?} is not a date YYYY-MM-DD",
                    contact.checked.get_ref()
                ),
            ));
        }
        if let (Some(tel), Ok(checked)) = (tel, checked) {
            contacts.push(Contact {
                name,
                phone,
                tel,
                address: contact.address.trim().to_owned(),
                languages: contact.languages.clone(),
                hours: contact.hours.trim().to_owned(),
                checked,
            });
        }
    }
    if problems.is_empty() {
        Ok(Organisation { name, contacts })
    } else {
        Err(problems)
    }
}

/// An organisation's content, checked.
pub struct Local {
    pub organisation: Option<Organisation>,
    /// The messages it words its own way, by language.
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl fmt::Debug for Local {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Local")
            .field("organisation", &self.organisation)
            .field("languages", &self.bundles.len())
            .finish()
    }
}

fn read(path: &Path) -> Result<String, Problem> {
    std::fs::read_to_string(path).map_err(|e| Problem {
        file: path.display().to_string(),
        line: None,
        message: format!("cannot be read: {e}"),
    })
}

/// The entries of a folder, sorted, or the problem of reading it.
fn entries(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let unreadable = |e: std::io::Error| Problem {
        file: dir.display().to_string(),
        line: None,
        message: format!("cannot be read: {e}"),
    };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        found.push(entry.map_err(unreadable)?.path());
    }
    found.sort();
    Ok(found)
}

impl Local {
    /// Reads and checks a content folder; every problem found is returned.
    pub fn load(dir: &Path) -> Result<Local, Problems> {
        let mut problems = Vec::new();
        let mut organisation = None;
        let mut bundles = Vec::new();
        let not_a_dir = || Problem {
            file: dir.display().to_string(),
            line: None,
            message: "is not a folder (HUELLA_CONTENT_DIR names one)".to_owned(),
        };
        if !dir.is_dir() {
            return Err(Problems(vec![not_a_dir()]));
        }
        for path in entries(dir).map_err(|p| Problems(vec![p]))? {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            match name.as_ref() {
                "organisation.toml" => match read(&path) {
                    Ok(text) => match parse_organisation(&path.display().to_string(), &text) {
                        Ok(found) => organisation = Some(found),
                        Err(found) => problems.extend(found),
                    },
                    Err(problem) => problems.push(problem),
                },
                "locales" if path.is_dir() => {
                    Self::locales(&path, &mut bundles, &mut problems);
                }
                // Hidden files (an editor's, git's) are not content.
                _ if name.starts_with('.') => {}
                _ => problems.push(Problem {
                    file: path.display().to_string(),
                    line: None,
                    message: "is not part of a content folder (organisation.toml and \
                              locales/<language>/*.ftl are)"
                        .to_owned(),
                }),
            }
        }
        if problems.is_empty() {
            Ok(Local {
                organisation,
                bundles,
            })
        } else {
            Err(Problems(problems))
        }
    }

    fn locales(
        dir: &Path,
        bundles: &mut Vec<(Language, FluentBundle<FluentResource>)>,
        problems: &mut Vec<Problem>,
    ) {
        let english = match &*ENGLISH {
            Ok(english) => english,
            Err(builtin) => return problems.extend(builtin.0.iter().cloned()),
        };
        let folders = match entries(dir) {
            Ok(folders) => folders,
            Err(problem) => return problems.push(problem),
        };
        for folder in folders {
            let code = folder.file_name().unwrap_or_default().to_string_lossy();
            if code.starts_with('.') {
                continue;
            }
            let Some(language) = LANGUAGES.iter().copied().find(|l| l.code == code) else {
                let offered: Vec<&str> = LANGUAGES.iter().map(|l| l.code).collect();
                problems.push(Problem {
                    file: folder.display().to_string(),
                    line: None,
                    message: format!(
                        "is not a language the site offers (a folder named one of {})",
                        offered.join(", ")
                    ),
                });
                continue;
            };
            let files = match entries(&folder) {
                Ok(files) => files,
                Err(problem) => {
                    problems.push(problem);
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![language.id()]);
            bundle.set_use_isolating(language.rtl());
            let mut seen: BTreeMap<String, Message> = BTreeMap::new();
            for path in files {
                let file = path.display().to_string();
                if path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                {
                    continue;
                }
                if path.extension().is_none_or(|e| e != "ftl") {
                    problems.push(Problem {
                        file,
                        line: None,
                        message: "is not a Fluent file (*.ftl)".to_owned(),
                    });
                    continue;
                }
                let text = match read(&path) {
                    Ok(text) => text,
                    Err(problem) => {
                        problems.push(problem);
                        continue;
                    }
                };
                let (messages, found) = parse_messages(&file, &text);
                problems.extend(found);
                for (id, message) in messages {
                    let mut flag = |text: String| {
                        problems.push(Problem {
                            file: file.clone(),
                            line: Some(message.line),
                            message: text,
                        })
                    };
                    if let Some(first) = seen.get(&id) {
                        flag(format!(
                            "{id} is also in {} line {}",
                            first.file, first.line
                        ));
                    }
                    match english.get(&id) {
                        None => flag(format!(
                            "{id} is not a message of the built-in texts (a typo? \
                             an override uses the built-in keys)"
                        )),
                        Some(builtin) if builtin.variables != message.variables => flag(format!(
                            "{id} uses the variables {} but the built-in text uses {}",
                            names(&message.variables),
                            names(&builtin.variables),
                        )),
                        Some(_) => {}
                    }
                    seen.insert(id, message);
                }
                if let Ok(resource) = FluentResource::try_new(text) {
                    // Duplicates are reported above; the bundle keeps the first.
                    let _ = bundle.add_resource(resource);
                }
            }
            bundles.push((language, bundle));
        }
    }

    /// A message as this organisation words it in this language, if it does.
    pub fn format(&self, language: Language, key: &str, args: &Args) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(l, _)| *l == language)?;
        let pattern = bundle.get_message(key)?.value()?;
        let args: FluentArgs = args.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        // A text that cannot be formatted gives way to the built-in one.
        errors.is_empty().then(|| text.into_owned())
    }

    /// Whether this organisation words the message in this language.
    pub fn has(&self, language: Language, key: &str) -> bool {
        (self.bundles.iter()).any(|(l, b)| *l == language && b.has_message(key))
    }

    /// How many messages it words its own way, by language code.
    pub fn overridden(&self) -> Vec<(&'static str, usize)> {
        (self.bundles.iter())
            .map(|(l, b)| {
                let count = (ENGLISH.as_ref().ok())
                    .map_or(0, |en| en.keys().filter(|k| b.has_message(k)).count());
                (l.code, count)
            })
            .collect()
    }
}

fn names(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".to_owned();
    }
    let named: Vec<String> = variables.iter().map(|v| format!("${v}")).collect();
    named.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_language_parses_without_a_problem() {
        for language in LANGUAGES {
            let messages = builtin_messages(language.code).expect("the built-in texts are sound");
            assert!(messages.contains_key("result-title"), "{}", language.code);
        }
    }

    #[test]
    fn a_message_reports_its_line_and_variables() {
        let text = "# a comment\n\nresult-title = Plan for { $name }\n    and { $date }\n";
        let (messages, problems) = parse_messages("x.ftl", text);
        assert!(problems.is_empty(), "{problems:?}");
        let message = &messages["result-title"];
        assert_eq!(message.line, 3);
        assert_eq!(
            message.variables,
            BTreeSet::from(["date".to_owned(), "name".to_owned()])
        );
    }

    #[test]
    fn bad_fluent_is_reported_with_its_line() {
        let (_, problems) = parse_messages("x.ftl", "ok = fine\n\nbroken = { $x\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, Some(3));
    }

    /// A content folder made of `(path, text)` files.
    fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    /// Each problem as `file-within-the-folder:line: message`.
    fn problems(dir: &tempfile::TempDir) -> Vec<String> {
        let Err(found) = Local::load(dir.path()) else {
            panic!("the folder must be refused");
        };
        let prefix = format!("{}/", dir.path().display());
        (found.0.iter())
            .map(|p| p.to_string().replace(&prefix, ""))
            .collect()
    }

    #[test]
    fn a_sound_folder_loads_and_words_its_messages_its_own_way() {
        let dir = folder(&[
            ("organisation.toml", "name = \"Aid\"\n"),
            ("locales/es/a.ftl", "result-title = Su plan de Aid\n"),
        ]);
        let local = Local::load(dir.path()).unwrap();
        assert_eq!(local.organisation.as_ref().unwrap().name, "Aid");
        let es = Language::find("es").unwrap();
        assert_eq!(
            local.format(es, "result-title", &Args::new()).as_deref(),
            Some("Su plan de Aid")
        );
        assert_eq!(
            local.format(LANGUAGES[0], "result-title", &Args::new()),
            None
        );
    }

    #[test]
    fn each_problem_of_an_override_is_named_with_its_file_and_line() {
        let dir = folder(&[
            (
                "locales/es/a.ftl",
                "# fine\nresult-title = Bien\nresult-step-label = Paso { $numero }\n\nbroken = { $x\n",
            ),
            (
                "locales/es/b.ftl",
                "\n-marca = Huella\nresult-title = Otra vez\n",
            ),
            ("locales/fr/a.ftl", "result-title = Plan\n"),
            ("organization.toml", "name = \"typo\"\n"),
        ]);
        let found = problems(&dir);
        let expect = [
            "locales/es/a.ftl:3: result-step-label uses the variables $numero but the built-in text uses $number",
            "locales/es/a.ftl:5: this is not valid Fluent",
            "locales/es/b.ftl:2: -marca is a term",
            "locales/es/b.ftl:3: result-title is also in",
            "locales/fr: is not a language the site offers",
            "organization.toml: is not part of a content folder",
        ];
        for start in expect {
            assert!(
                found.iter().any(|p| p.starts_with(start)),
                "{start:?} in {found:#?}"
            );
        }
        assert_eq!(found.len(), expect.len(), "{found:#?}");
    }

    #[test]
    fn each_problem_of_an_organisation_file_is_named_with_its_line() {
        let dir = folder(&[(
            "organisation.toml",
            "name = \"Aid\"\n\n[[contacts]]\nname = \"\"\nphone = \"call us\"\nchecked = \"2026-13-01\"\n",
        )]);
        let found = problems(&dir);
        assert_eq!(
            found,
            [
                "organisation.toml:4: a contact's name is empty",
                "organisation.toml:5: \"call us\" is not a phone number such as (555) 010-0199 or +1 555 010 0199",
                "organisation.toml:6: checked = \"2026-13-01\" is not a date YYYY-MM-DD",
            ]
        );
        let dir = folder(&[("organisation.toml", "name = \"Aid\"\nwebsite = \"x\"\n")]);
        let found = problems(&dir);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("organisation.toml:2: unknown field `website`"),
            "{found:?}"
        );
    }

    #[test]
    fn a_phone_number_gets_its_tel_form_or_is_refused() {
        assert_eq!(tel("(555) 010-0199").as_deref(), Some("+15550100199"));
        assert_eq!(tel("1-555-010-0199").as_deref(), Some("+15550100199"));
        assert_eq!(tel("+52 55 1234 5678").as_deref(), Some("+525512345678"));
        assert_eq!(tel("call us"), None);
        assert_eq!(tel("555-0199"), None);
    }
}
