//! The binary's subcommands for whoever runs a site: `check-content`,
//! `backup` and `healthcheck`; and for translators, `lock-translations`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::database::TestDatabase;
use crate::server::{Server, answer, binary, browser};

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(binary())
        .args(args)
        .env_remove("HUELLA_CONTENT_DIR")
        .envs(env.iter().copied())
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn check_content_passes_a_sound_folder_and_fails_a_bad_one_naming_file_and_line() {
    let good = fixture("org");
    let out = run(&["check-content", good.to_str().unwrap()], &[]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("2 contacts"), "{said}");
    assert!(said.contains("1 in es"), "{said}");

    let bad = fixture("bad-org");
    let out = run(&["check-content", bad.to_str().unwrap()], &[]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("bad-org/locales/en/help.ftl:3: result-help-bodyy is not a message"),
        "{said}"
    );

    let out = run(&["check-content", "/no/such/folder"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/folder: is not a folder"));
}

#[test]
fn lock_translations_records_the_keys_named_or_all_in_the_source_folder_it_runs_in() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, text) in [("en", "a = One\nb = Two\n"), ("es", "a = Uno\nb = Dos\n")] {
        std::fs::create_dir_all(dir.path().join("locales").join(lang)).unwrap();
        std::fs::write(dir.path().join("locales").join(lang).join("x.ftl"), text).unwrap();
    }
    let lock = |args: &[&str]| {
        Command::new(binary())
            .arg("lock-translations")
            .args(args)
            .current_dir(dir.path())
            .output()
            .expect("the binary runs")
    };
    let out = lock(&["es", "a"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    assert!(said.contains("locales/es/lock.toml: a locked"), "{said}");
    assert!(said.contains("b: not checked yet"), "{said}");
    let file = std::fs::read_to_string(dir.path().join("locales/es/lock.toml")).unwrap();
    assert!(file.lines().any(|l| l.starts_with("a = \"")), "{file}");
    assert!(!file.lines().any(|l| l.starts_with("b = ")), "{file}");

    let out = lock(&["es", "--all"]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("not checked"));

    let out = lock(&["es", "typo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("typo"));
    // "--all" with keys is ambiguous: the usage, not a guess.
    assert_eq!(lock(&["es", "--all", "a"]).status.code(), Some(2));
}

#[test]
fn an_unknown_subcommand_says_how_to_use_the_binary() {
    let out = run(&["serve-please"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("huella backup FILE"));
}

#[tokio::test]
async fn a_server_with_a_bad_content_folder_does_not_start() {
    let db = TestDatabase::new().await;
    let bad = fixture("bad-org");
    let out = run(
        &[],
        &[
            ("HUELLA_ADDR", "127.0.0.1:0"),
            ("HUELLA_CONTENT_DIR", bad.to_str().unwrap()),
            ("HUELLA_DATABASE_URL", &db.url),
        ],
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("help.ftl:3: result-help-bodyy"), "{said}");
}

#[test]
fn a_server_with_a_setting_it_cannot_read_does_not_start_and_names_it() {
    for (name, value) in [
        ("HUELLA_SYNC", "sometimes"),
        ("HUELLA_DATABASE_URL", "garbage"),
        ("HUELLA_MAX_SESSIONS", "0"),
    ] {
        let out = run(&[], &[("HUELLA_ADDR", "127.0.0.1:0"), (name, value)]);
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{name}: {said}");
        assert!(said.contains(name), "{name}: {said}");
    }
}

/// About the SQLite file: PostgreSQL is backed up with pg_dump (below).
#[tokio::test]
async fn a_backup_made_while_the_server_runs_opens_and_holds_the_sessions() {
    let database = TestDatabase::sqlite();
    let dir = &database.dir;
    let server = Server::start(&database.url, None, &[]).await;
    for _ in 0..2 {
        let client = browser();
        let saved = answer(
            &client,
            &server,
            &[("case-type", ""), ("answer", "asylum-uscis")],
        )
        .await
        .unwrap();
        assert_eq!(saved.status(), 303);
    }
    let url = &database.url;
    let copy = dir.path().join("backup.db");
    let copy_arg = copy.to_str().unwrap();
    let out = run(&["backup", copy_arg], &[("HUELLA_DATABASE_URL", url)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "only the server's user reads the copy");

    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{copy_arg}?mode=ro"))
        .await
        .unwrap();
    let sessions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sessions")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(sessions, 2);
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    pool.close().await;

    let before = std::fs::read(&copy).unwrap();
    let out = run(&["backup", copy_arg], &[("HUELLA_DATABASE_URL", url)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already exists"));
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        before,
        "the copy is untouched"
    );

    let missing = format!("sqlite://{}/nothing.db", dir.path().display());
    let elsewhere = dir.path().join("other.db");
    let out = run(
        &["backup", elsewhere.to_str().unwrap()],
        &[("HUELLA_DATABASE_URL", &missing)],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!elsewhere.exists(), "no half-made backup is left");
    drop(server);
}

#[test]
fn backup_on_postgresql_points_to_pg_dump_without_printing_the_password() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("backup.db");
    let out = run(
        &["backup", copy.to_str().unwrap()],
        &[(
            "HUELLA_DATABASE_URL",
            "postgres://huella:hunter2@db.example.org/huella",
        )],
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "nothing was backed up: {said}");
    assert!(said.contains("pg_dump --format=custom"), "{said}");
    assert!(
        said.contains("postgres://huella:***@db.example.org/huella"),
        "{said}"
    );
    assert!(!said.contains("hunter2"), "{said}");
    assert!(!copy.exists(), "no file that looks like a backup");
}

#[tokio::test]
async fn healthcheck_succeeds_while_the_server_is_healthy_and_fails_when_it_is_gone() {
    let db = TestDatabase::new().await;
    let server = Server::start(&db.url, None, &[]).await;
    let addr = format!("0.0.0.0:{}", server.port);
    let out = run(&["healthcheck"], &[("HUELLA_ADDR", &addr)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    drop(server);
    let out = run(&["healthcheck"], &[("HUELLA_ADDR", &addr)]);
    assert_eq!(out.status.code(), Some(1));
}
