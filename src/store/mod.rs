//! The only place with SQL: anonymous sessions and their answers in SQLite.

use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::decision::{Answers, QuestionId};

/// A session id: 32 random bytes as 64 hex characters (256 bits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionId(String);

impl SessionId {
    const BYTES: usize = 32;

    pub fn generate() -> Result<Self, StoreError> {
        let mut bytes = [0u8; Self::BYTES];
        getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
        Ok(SessionId(
            bytes.iter().map(|b| format!("{b:02x}")).collect(),
        ))
    }

    /// Accepts only the exact shape `generate` makes; anything else is no session.
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = raw.len() == Self::BYTES * 2
            && raw
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        ok.then(|| SessionId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("the system random source failed")]
    Random,
}

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

impl Store {
    /// Opens (creating if missing) the database and applies the embedded migrations.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store { pool })
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// The stored answers of a session, or `None` when there is no such session.
    /// A stored value that no longer parses (an older contract) is skipped.
    pub async fn load(&self, id: &SessionId) -> Result<Option<Answers>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let exists: Option<i64> = sqlx::query_scalar("SELECT 1 FROM sessions WHERE id = ?")
            .bind(id.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Ok(None);
        }
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT question, value FROM answers WHERE session_id = ?")
                .bind(id.as_str())
                .fetch_all(&mut *tx)
                .await?;
        tx.commit().await?;
        let mut answers = Answers::default();
        for (question, value) in rows {
            if let Some(q) = QuestionId::parse(&question) {
                let _ = answers.set(q, &value);
            }
        }
        Ok(Some(answers))
    }

    /// Saves one answer, creating the session row if it is new, in one transaction.
    pub async fn save_answer(
        &self,
        id: &SessionId,
        question: QuestionId,
        value: &str,
    ) -> Result<(), StoreError> {
        let now = now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO sessions (id, created_at, updated_at) VALUES (?1, ?2, ?2) \
             ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at",
        )
        .bind(id.as_str())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO answers (session_id, question, value) VALUES (?, ?, ?) \
             ON CONFLICT (session_id, question) DO UPDATE SET value = excluded.value",
        )
        .bind(id.as_str())
        .bind(question.as_str())
        .bind(value)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Deletes a session and its answers.
    pub async fn delete(&self, id: &SessionId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id = ?")
            .bind(id.as_str())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
