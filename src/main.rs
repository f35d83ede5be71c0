use std::path::Path;
use std::process::ExitCode;

use huella::config::{Database, Settings};
use huella::content::Content;
use huella::content::lock::{self, Keys};
use huella::error::cause_chain;
use huella::log;
use huella::startup::Application;

const USAGE: &str = "usage: huella                      serve (settings from HUELLA_* variables)
       huella check-content DIR    check an organisation's content folder
       huella lock-translations LANG KEY…|--all
                                   record that these translations were checked against
                                   today's English (locales/LANG/lock.toml)
       huella backup FILE          copy the SQLite database into a new FILE while it runs
       huella healthcheck          ask the running server's /health (for containers)";

#[actix_web::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("huella: {e}");
            return ExitCode::FAILURE;
        }
    };
    log::use_json(settings.log_json);
    match args.as_slice() {
        [] => serve(settings).await,
        ["check-content", dir] => check_content(Path::new(dir)),
        ["lock-translations", lang, "--all"] => lock_translations(lang, Keys::All),
        ["lock-translations", lang, keys @ ..] if !keys.contains(&"--all") => {
            lock_translations(lang, Keys::Named(keys))
        }
        ["backup", file] => backup(&settings, Path::new(file)).await,
        ["healthcheck"] => healthcheck(&settings),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

async fn serve(settings: Settings) -> ExitCode {
    let addr = settings.addr.clone();
    let app = match Application::build(settings).await {
        Ok(app) => app,
        Err(e) => {
            log::message("error", &cause_chain(&e));
            return ExitCode::FAILURE;
        }
    };
    let host = addr
        .rsplit_once(':')
        .map_or(addr.as_str(), |(host, _)| host);
    log::message("info", &format!("serving on http://{host}:{}", app.port()));
    match app.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            log::message("error", &e.to_string());
            ExitCode::FAILURE
        }
    }
}

/// The checks the server runs at start, without serving: for an
/// organisation's CI.
fn check_content(dir: &Path) -> ExitCode {
    match Content::load(Some(dir)) {
        Ok(content) => {
            let local = content.local();
            let contacts =
                (local.and_then(|l| l.organisation.as_ref())).map_or(0, |o| o.contacts.len());
            let messages: Vec<String> = (local.map(|l| l.overridden()).unwrap_or_default())
                .into_iter()
                .map(|(lang, n)| format!("{n} in {lang}"))
                .collect();
            let messages = if messages.is_empty() {
                "none".to_owned()
            } else {
                messages.join(", ")
            };
            println!(
                "huella: {} is sound: {contacts} contacts; messages of its own: {messages}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("huella: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Records checked translations in `locales/<lang>/lock.toml`, in the
/// source folder it runs in: a translator's tool, not the server's.
fn lock_translations(lang: &str, keys: Keys<'_>) -> ExitCode {
    let locales = Path::new("locales");
    if !locales.join("en").is_dir() {
        eprintln!(
            "huella: there is no locales/en here: run lock-translations in Huella's source folder"
        );
        return ExitCode::FAILURE;
    }
    match lock::lock(locales, lang, keys) {
        Ok(done) => {
            println!(
                "huella: {}: {} locked, {} dropped (no longer a message)",
                done.file.display(),
                list(&done.locked),
                list(&done.dropped)
            );
            if !done.left.is_empty() {
                println!("still stale or unchecked in {lang} ({}):", done.left.len());
                for drift in &done.left {
                    println!("  {drift}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("huella: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Keys for a summary line: how many, and which when there are few.
fn list(keys: &[String]) -> String {
    match keys.len() {
        0 => "none".to_owned(),
        1..=5 => keys.join(", "),
        n => format!("{n} keys"),
    }
}

async fn backup(settings: &Settings, file: &Path) -> ExitCode {
    let database = match &settings.database {
        Database::Sqlite(path) => path,
        Database::Postgres(url) => {
            // pg_dump makes a consistent copy of a live database; a copy
            // of its own here would only be a worse one.
            eprintln!(
                "huella: backup copies a SQLite file, and this server uses PostgreSQL \
                 ({url}): back it up with pg_dump, for example\n  \
                 pg_dump --format=custom --file=huella-backup.dump \"$HUELLA_DATABASE_URL\"\n\
                 (README, \"Back up and restore\")"
            );
            return ExitCode::FAILURE;
        }
    };
    match huella::store::backup(database, file).await {
        Ok(()) => {
            println!("huella: the database is copied into {}", file.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("huella: backup failed: {}", cause_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// `GET /health` on the configured address: exit 0 on `200`. A container's
/// health check needs no curl in the image this way.
fn healthcheck(settings: &Settings) -> ExitCode {
    use std::io::{Read, Write};
    use std::net::{TcpStream, ToSocketAddrs};
    use std::time::Duration;

    // A server listening on every address is asked on the loopback one.
    let addr = settings
        .addr
        .replace("0.0.0.0:", "127.0.0.1:")
        .replace("[::]:", "[::1]:");
    let timeout = Duration::from_secs(5);
    let asked = (|| -> std::io::Result<String> {
        let target = (addr.to_socket_addrs()?.next())
            .ok_or_else(|| std::io::Error::other("the address resolves to nothing"))?;
        let mut stream = TcpStream::connect_timeout(&target, timeout)?;
        stream.set_read_timeout(Some(timeout))?;
        stream.set_write_timeout(Some(timeout))?;
        write!(
            stream,
            "GET /health HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer)?;
        Ok(answer)
    })();
    match asked {
        Ok(answer) if answer.starts_with("HTTP/1.1 200") => ExitCode::SUCCESS,
        Ok(answer) => {
            let status = answer.lines().next().unwrap_or_default();
            eprintln!("huella: {addr}/health answered {status:?}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("huella: cannot ask {addr}/health: {e}");
            ExitCode::FAILURE
        }
    }
}
