//! Configuration from environment variables, each with a working default.

use chrono::NaiveDate;
use chrono_tz::Tz;

#[derive(Debug, Clone)]
pub struct Settings {
    /// `HUELLA_ADDR`: the listen address.
    pub addr: String,
    /// `HUELLA_DATABASE_URL`: the SQLite database, created if missing.
    pub database_url: String,
    /// `HUELLA_TIMEZONE`: the IANA zone whose date is "today".
    pub timezone: Tz,
    /// `HUELLA_TODAY`: a fixed "today" (YYYY-MM-DD) for demonstrations and tests.
    pub today: Option<NaiveDate>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("HUELLA_TIMEZONE={0:?} is not an IANA time zone name such as America/New_York")]
    Timezone(String),
    #[error("HUELLA_TODAY={0:?} is not a date YYYY-MM-DD")]
    Today(String),
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            addr: "127.0.0.1:8080".to_owned(),
            database_url: "sqlite://huella.db".to_owned(),
            timezone: chrono_tz::America::New_York,
            today: None,
        }
    }
}

impl Settings {
    pub fn from_env() -> Result<Self, ConfigError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut settings = Settings::default();
        if let Some(addr) = var("HUELLA_ADDR") {
            settings.addr = addr;
        }
        if let Some(url) = var("HUELLA_DATABASE_URL") {
            settings.database_url = url;
        }
        if let Some(tz) = var("HUELLA_TIMEZONE") {
            settings.timezone = tz.parse().map_err(|_| ConfigError::Timezone(tz))?;
        }
        if let Some(today) = var("HUELLA_TODAY") {
            let date = NaiveDate::parse_from_str(&today, "%Y-%m-%d")
                .map_err(|_| ConfigError::Today(today))?;
            settings.today = Some(date);
        }
        Ok(settings)
    }
}
