//! Configuration from environment variables, each with a working default.

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use chrono_tz::Tz;

#[derive(Debug, Clone)]
pub struct Settings {
    /// `HUELLA_ADDR`: the listen address.
    pub addr: String,
    /// `HUELLA_DATABASE_URL`: a SQLite file (created if missing) or a
    /// PostgreSQL database.
    pub database: Database,
    /// `HUELLA_TIMEZONE`: the IANA zone whose date is "today".
    pub timezone: Tz,
    /// `HUELLA_TODAY`: a fixed "today" (YYYY-MM-DD) for demonstrations and tests.
    pub today: Option<NaiveDate>,
    /// `HUELLA_SESSION_DAYS`: days without activity after which a session
    /// and its answers are deleted.
    pub session_days: u32,
    /// `HUELLA_SESSION_MAX_DAYS`: days after its first answer when a session
    /// and its answers are deleted, however often it is visited.
    pub session_max_days: u32,
    /// `HUELLA_MAX_SESSIONS`: sessions kept at most; past it new people get
    /// a 503 page while existing sessions go on.
    pub max_sessions: u64,
    /// `HUELLA_SYNC`: `full` makes every acknowledged answer survive a power
    /// loss; `normal` (default) only a crash of the server.
    pub sync_full: bool,
    /// `HUELLA_RATE_LIMIT`: form posts and API calls a client may make per
    /// minute; `0` turns the limit off.
    pub rate_limit: u32,
    /// `HUELLA_TRUST_PROXY`: the client is the last address a reverse proxy
    /// adds to `X-Forwarded-For`, not the peer (which is the proxy).
    pub trust_proxy: bool,
    /// `HUELLA_HTTPS`: the site is served over HTTPS (by a proxy in front):
    /// cookies get `Secure` and responses `Strict-Transport-Security`.
    pub https: bool,
    /// `HUELLA_REVIEW_MAX_DAYS`: a step whose review is older than this is
    /// listed first on `/review`.
    pub review_max_days: u32,
    /// `HUELLA_PUBLIC_URL`: the address people reach the site at, as the
    /// resume code's line prints it (default: `http://` and `HUELLA_ADDR`,
    /// `https://` with `HUELLA_HTTPS`). Never taken from a request's `Host`.
    pub public_url: String,
    /// `HUELLA_ACCESS_LOG`: one line per request on stdout (method, route
    /// pattern, status, milliseconds; never a path, address or answer).
    pub access_log: bool,
    /// `HUELLA_CONTENT_DIR`: an organisation's content folder (its name,
    /// contacts and wording), checked at start; `None` shows the built-in.
    pub content_dir: Option<PathBuf>,
    /// `HUELLA_METRICS`: serve `/metrics` (else it is a 404).
    pub metrics: bool,
    /// `HUELLA_METRICS_TOKEN`: `/metrics` asks for this bearer token.
    pub metrics_token: Option<String>,
    /// `HUELLA_LOG_FORMAT`: `json` writes one JSON object a line.
    pub log_json: bool,
    /// How often expired sessions are swept (not from the environment;
    /// tests shorten it).
    pub sweep_interval: Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("HUELLA_TIMEZONE={0:?} is not an IANA time zone name such as America/New_York")]
    Timezone(String),
    #[error("HUELLA_TODAY={0:?} is not a date YYYY-MM-DD")]
    Today(String),
    #[error("{name}={value:?} is not a whole number from {min} to {max}")]
    Number {
        name: &'static str,
        value: String,
        min: u32,
        max: u32,
    },
    #[error(
        "HUELLA_PUBLIC_URL={0:?} is not an address such as https://huella.example.org \
         (http or https, no path, query or spaces)"
    )]
    PublicUrl(String),
    /// Holds the address with any password left out.
    #[error(
        "HUELLA_DATABASE_URL={0:?} is neither a SQLite file such as sqlite://huella.db \
         or sqlite:/var/lib/huella/huella.db nor a PostgreSQL database such as \
         postgres://huella@db.example.org/huella"
    )]
    DatabaseUrl(String),
    #[error("HUELLA_SYNC={0:?} is not normal or full")]
    Sync(String),
    #[error("HUELLA_LOG_FORMAT={0:?} is not text or json")]
    LogFormat(String),
    #[error("HUELLA_METRICS_TOKEN is set but HUELLA_METRICS is not true")]
    TokenWithoutMetrics,
    #[error("{name}={value:?} is not true or false")]
    Flag { name: &'static str, value: String },
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            addr: "127.0.0.1:8080".to_owned(),
            database: Database::Sqlite(PathBuf::from("huella.db")),
            timezone: chrono_tz::America::New_York,
            today: None,
            session_days: 30,
            session_max_days: 90,
            max_sessions: 100_000,
            sync_full: false,
            rate_limit: 600,
            trust_proxy: false,
            https: false,
            public_url: "http://127.0.0.1:8080".to_owned(),
            review_max_days: 180,
            access_log: false,
            content_dir: None,
            metrics: false,
            metrics_token: None,
            log_json: false,
            sweep_interval: Duration::from_secs(60 * 60),
        }
    }
}

fn number(name: &'static str, value: String, min: u32, max: u32) -> Result<u32, ConfigError> {
    match value.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(ConfigError::Number {
            name,
            value,
            min,
            max,
        }),
    }
}

fn flag(name: &'static str, value: String) -> Result<bool, ConfigError> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(ConfigError::Flag { name, value }),
    }
}

/// A site address as people type it: scheme and host (and port), nothing
/// more; a trailing slash is dropped.
fn public_url(value: String) -> Result<String, ConfigError> {
    let url = value.trim().trim_end_matches('/');
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']');
    match host {
        Some(host) if !host.is_empty() && host.chars().all(plain) => Ok(url.to_owned()),
        _ => Err(ConfigError::PublicUrl(value)),
    }
}

/// Where the sessions are kept.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file, created if missing.
    Sqlite(PathBuf),
    /// A PostgreSQL database, as its `postgres://` or `postgresql://`
    /// address: several instances may share it.
    Postgres(PostgresUrl),
}

/// A PostgreSQL address. It may hold a password: printed, that is left out.
#[derive(Clone, PartialEq, Eq)]
pub struct PostgresUrl(String);

impl PostgresUrl {
    /// The whole address, password included: for connecting only.
    pub fn secret(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for PostgresUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&without_password(&self.0))
    }
}

impl std::fmt::Debug for PostgresUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PostgresUrl({self})")
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite(path) => write!(f, "Sqlite({path:?})"),
            Database::Postgres(url) => write!(f, "Postgres({url})"),
        }
    }
}

impl Database {
    /// `sqlite://PATH` or `sqlite:PATH`, or `postgres://…` or
    /// `postgresql://…`. Nothing else is taken: a mistyped address must not
    /// quietly make a new file elsewhere.
    pub fn parse(url: &str) -> Result<Database, ConfigError> {
        let refused = || ConfigError::DatabaseUrl(without_password(url));
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            let file = !path.is_empty() && !path.contains('?') && !path.starts_with(':');
            return file
                .then(|| Database::Sqlite(PathBuf::from(path)))
                .ok_or_else(refused);
        }
        let rest = url
            .strip_prefix("postgres://")
            .or_else(|| url.strip_prefix("postgresql://"));
        match rest {
            Some(rest) if !rest.is_empty() && !rest.contains(char::is_whitespace) => {
                Ok(Database::Postgres(PostgresUrl(url.to_owned())))
            }
            _ => Err(refused()),
        }
    }
}

/// `url` as it may be printed: the password of `user:password@host` and of
/// a `password=` parameter replaced by `***`.
fn without_password(url: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (url, None),
    };
    // Up to the last `@` is the user (a password may hold `/` or `@`).
    let mut out = match head.rsplit_once('@') {
        Some((user_info, host)) => {
            let (scheme, user_info) = user_info.split_once("://").unwrap_or(("", user_info));
            let scheme = if scheme.is_empty() {
                String::new()
            } else {
                format!("{scheme}://")
            };
            match user_info.split_once(':') {
                Some((user, _password)) => format!("{scheme}{user}:***@{host}"),
                None => format!("{scheme}{user_info}@{host}"),
            }
        }
        None => head.to_owned(),
    };
    if let Some(query) = query {
        let params: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                _ => pair.to_owned(),
            })
            .collect();
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

impl Settings {
    pub fn from_env() -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut settings = Settings::default();
        if let Some(addr) = var("HUELLA_ADDR") {
            settings.addr = addr;
        }
        if let Some(url) = var("HUELLA_DATABASE_URL") {
            settings.database = Database::parse(url.trim())?;
        }
        if let Some(sync) = var("HUELLA_SYNC") {
            settings.sync_full = match sync.trim().to_ascii_lowercase().as_str() {
                "normal" => false,
                "full" => true,
                _ => return Err(ConfigError::Sync(sync)),
            };
        }
        if let Some(tz) = var("HUELLA_TIMEZONE") {
            settings.timezone = tz.parse().map_err(|_| ConfigError::Timezone(tz))?;
        }
        if let Some(today) = var("HUELLA_TODAY") {
            let date = NaiveDate::parse_from_str(&today, "%Y-%m-%d")
                .map_err(|_| ConfigError::Today(today))?;
            settings.today = Some(date);
        }
        if let Some(days) = var("HUELLA_SESSION_DAYS") {
            settings.session_days = number("HUELLA_SESSION_DAYS", days, 1, 3650)?;
        }
        if let Some(days) = var("HUELLA_SESSION_MAX_DAYS") {
            settings.session_max_days = number("HUELLA_SESSION_MAX_DAYS", days, 1, 3650)?;
        }
        if let Some(cap) = var("HUELLA_MAX_SESSIONS") {
            settings.max_sessions = u64::from(number("HUELLA_MAX_SESSIONS", cap, 1, 100_000_000)?);
        }
        if let Some(limit) = var("HUELLA_RATE_LIMIT") {
            settings.rate_limit = number("HUELLA_RATE_LIMIT", limit, 0, 1_000_000)?;
        }
        if let Some(value) = var("HUELLA_TRUST_PROXY") {
            settings.trust_proxy = flag("HUELLA_TRUST_PROXY", value)?;
        }
        if let Some(value) = var("HUELLA_HTTPS") {
            settings.https = flag("HUELLA_HTTPS", value)?;
        }
        if let Some(days) = var("HUELLA_REVIEW_MAX_DAYS") {
            settings.review_max_days = number("HUELLA_REVIEW_MAX_DAYS", days, 1, 3650)?;
        }
        settings.public_url = match var("HUELLA_PUBLIC_URL") {
            Some(url) => public_url(url)?,
            None => {
                let scheme = if settings.https { "https" } else { "http" };
                format!("{scheme}://{}", settings.addr)
            }
        };
        if let Some(value) = var("HUELLA_ACCESS_LOG") {
            settings.access_log = flag("HUELLA_ACCESS_LOG", value)?;
        }
        settings.content_dir = var("HUELLA_CONTENT_DIR").map(PathBuf::from);
        if let Some(value) = var("HUELLA_METRICS") {
            settings.metrics = flag("HUELLA_METRICS", value)?;
        }
        settings.metrics_token = var("HUELLA_METRICS_TOKEN").map(|t| t.trim().to_owned());
        if settings.metrics_token.is_some() && !settings.metrics {
            // A token without metrics is surely a mistyped flag: say so.
            return Err(ConfigError::TokenWithoutMetrics);
        }
        if let Some(value) = var("HUELLA_LOG_FORMAT") {
            settings.log_json = match value.trim().to_ascii_lowercase().as_str() {
                "text" => false,
                "json" => true,
                _ => return Err(ConfigError::LogFormat(value)),
            };
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_url_names_a_sqlite_file_or_a_postgres_database_or_is_refused() {
        for (given, path) in [
            ("sqlite://huella.db", "huella.db"),
            ("sqlite:huella.db", "huella.db"),
            ("sqlite:///var/lib/huella/h.db", "/var/lib/huella/h.db"),
        ] {
            assert_eq!(
                Database::parse(given).unwrap(),
                Database::Sqlite(PathBuf::from(path))
            );
        }
        for given in [
            "postgres://huella@127.0.0.1:5432/huella",
            "postgresql://huella:pw@db.example.org/huella?sslmode=require",
            "postgres:///huella?host=/run/postgresql",
        ] {
            let Database::Postgres(url) = Database::parse(given).unwrap() else {
                panic!("{given} is a PostgreSQL database");
            };
            assert_eq!(url.secret(), given, "kept whole for connecting");
        }
        for refused in [
            "garbage",
            "huella.db",
            "sqlite://",
            "sqlite::memory:",
            "postgres://",
            "postgres://a b/c",
            "mysql://x/y",
            "postgress://huella:hunter2@x/y",
        ] {
            let error = Database::parse(refused).unwrap_err().to_string();
            assert!(!error.contains("hunter2"), "{error}");
        }
    }

    #[test]
    fn a_postgres_password_is_never_printed() {
        for (given, shown) in [
            (
                "postgres://huella:hunter2@db.example.org:5432/huella",
                "postgres://huella:***@db.example.org:5432/huella",
            ),
            (
                "postgresql://huella@db/huella?password=hunter2&sslmode=require",
                "postgresql://huella@db/huella?password=***&sslmode=require",
            ),
            ("postgres://u:p%40ss:w@db/h", "postgres://u:***@db/h"),
            ("postgres://u:hunter2/x@db/h", "postgres://u:***@db/h"),
            ("postgres://huella@db/huella", "postgres://huella@db/huella"),
        ] {
            let database = Database::parse(given).unwrap();
            let Database::Postgres(url) = &database else {
                panic!("{given}");
            };
            assert_eq!(url.to_string(), shown);
            let debug = format!("{database:?}");
            assert!(
                !debug.contains("hunter2") && !debug.contains("p%40ss"),
                "{debug}"
            );
        }
    }

    #[test]
    fn a_public_url_is_a_scheme_and_a_host_only() {
        for (given, kept) in [
            ("https://huella.example.org", "https://huella.example.org"),
            ("https://huella.example.org/", "https://huella.example.org"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://[::1]:8080", "http://[::1]:8080"),
        ] {
            assert_eq!(public_url(given.to_owned()).unwrap(), kept);
        }
        for refused in [
            "huella.example.org",
            "ftp://huella.example.org",
            "https://",
            "https://evil.example/?x=<script>",
            "https://huella.example.org/path",
            "https://a b",
        ] {
            assert!(public_url(refused.to_owned()).is_err(), "{refused}");
        }
    }
}
