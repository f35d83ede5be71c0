//! The only place with SQL: anonymous sessions and their answers in SQLite.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::{mpsc, oneshot};

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
        Ok(SessionId(hex(&bytes)))
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

/// A resume code: 8 characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, 5/S, 2/Z, 8/B): about 37 random bits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResumeCode(String);

impl ResumeCode {
    const ALPHABET: &'static [u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
    const LEN: usize = 8;

    pub fn generate() -> Result<Self, StoreError> {
        let n = Self::ALPHABET.len();
        // Rejection sampling: only bytes below the largest multiple of n.
        let limit = (256 / n * n) as u8;
        let mut code = String::with_capacity(Self::LEN);
        while code.len() < Self::LEN {
            let mut byte = [0u8; 1];
            getrandom::fill(&mut byte).map_err(|_| StoreError::Random)?;
            if byte[0] < limit {
                code.push(Self::ALPHABET[byte[0] as usize % n] as char);
            }
        }
        Ok(ResumeCode(code))
    }

    /// Accepts what a person types: any case, with spaces or dashes.
    pub fn parse(typed: &str) -> Option<Self> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = code.len() == Self::LEN && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        ok.then_some(ResumeCode(code))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Written in two groups of four, as people read and copy it.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..4], &self.0[4..])
    }
}

/// One answer waiting to be saved, and who to tell when it is.
struct AnswerWrite {
    session: String,
    question: QuestionId,
    value: String,
    at: i64,
    done: oneshot::Sender<Result<(), StoreError>>,
}

/// Answers saved at most in one statement.
const BATCH_MAX: usize = 64;

/// The insert of 1 to `BATCH_MAX` answers: placeholders only, no data.
static BATCH_SQL: LazyLock<Vec<String>> = LazyLock::new(|| {
    (1..=BATCH_MAX)
        .map(|n| {
            let rows = vec!["(?, ?, ?, ?)"; n].join(", ");
            format!("INSERT INTO answer_writes (session_id, question, value, at) VALUES {rows}")
        })
        .collect()
});

/// Saves answers as they come, every answer waiting at that moment in one
/// statement: under load, one commit and one trip to SQLite's thread serve
/// many people. Rows go in the order they came, so a later answer wins.
async fn save_batches(writer: SqlitePool, mut queue: mpsc::UnboundedReceiver<AnswerWrite>) {
    let mut batch = Vec::with_capacity(BATCH_MAX);
    while queue.recv_many(&mut batch, BATCH_MAX).await > 0 {
        let mut query = sqlx::query(BATCH_SQL[batch.len() - 1].as_str());
        for w in &batch {
            query = query
                .bind(w.session.as_str())
                .bind(w.question.as_str())
                .bind(w.value.as_str())
                .bind(w.at);
        }
        let result = query.execute(&writer).await.map(|_| ()).map_err(Arc::new);
        for w in batch.drain(..) {
            // The person may have gone; the answer is saved all the same.
            let _ = w.done.send(result.clone().map_err(StoreError::Shared));
        }
    }
}

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0xf)] as char);
    }
    out
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("the system random source failed")]
    Random,
    #[error("database error: {0}")]
    Shared(Arc<sqlx::Error>),
    #[error("the answer writer has stopped")]
    WriterGone,
}

#[derive(Clone)]
pub struct Store {
    /// Reads, several at once (WAL lets them run beside a write).
    pool: SqlitePool,
    /// Writes, one at a time.
    writer: SqlitePool,
    /// Answers to save, gathered by one task into batches (group commit).
    answers_to_save: mpsc::UnboundedSender<AnswerWrite>,
    /// Recently seen sessions, written through: most page views need no
    /// SQLite round trip. One server process per database file.
    cache: Arc<Mutex<SessionCache>>,
}

/// A session as last read or written.
struct Cached {
    answers: Answers,
    updated_at: i64,
    resume_code: Option<ResumeCode>,
}

#[derive(Default)]
struct SessionCache {
    entries: HashMap<String, Cached>,
    /// Moves on with every write: a read that started before a write never
    /// puts what it read into the cache.
    epoch: u64,
}

/// Sessions kept in memory at most (about 1 KB each); past it the cache starts over.
const CACHE_MAX: usize = 10_000;

impl SessionCache {
    fn write(&mut self) -> &mut Self {
        self.epoch += 1;
        self
    }
}

/// A visit moves a session's last activity on only when it is older than this.
const TOUCH_AFTER_SECS: i64 = 3600;

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
        // SQLite takes one writer at a time: writers queue here, in order,
        // rather than in SQLite's busy handler, which sleeps between retries.
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            // A local file does not drop connections: no ping before each use.
            .test_before_acquire(false)
            .connect_with(options.clone())
            .await?;
        sqlx::migrate!("./migrations").run(&writer).await?;
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .test_before_acquire(false)
            .connect_with(options)
            .await?;
        let (answers_to_save, queue) = mpsc::unbounded_channel();
        tokio::spawn(save_batches(writer.clone(), queue));
        Ok(Store {
            pool,
            writer,
            answers_to_save,
            cache: Arc::default(),
        })
    }

    fn cache(&self) -> MutexGuard<'_, SessionCache> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// The stored answers of a session, or `None` when there is no such
    /// session or it has been idle longer than `max_idle` (the sweep may not
    /// have deleted it yet). A stored value that no longer parses (an older
    /// contract) is skipped. A visit counts as activity: the session's time
    /// is moved on, at most once an hour so that reading stays read-only.
    pub async fn load(
        &self,
        id: &SessionId,
        max_idle: Duration,
    ) -> Result<Option<Answers>, StoreError> {
        let now = now();
        let oldest = now - max_idle.as_secs() as i64;
        let epoch = {
            let mut cache = self.cache();
            match cache.entries.get(id.as_str()) {
                Some(c) if c.updated_at < oldest => {
                    cache.entries.remove(id.as_str());
                    return Ok(None);
                }
                Some(c) if now - c.updated_at <= TOUCH_AFTER_SECS => {
                    return Ok(Some(c.answers.clone()));
                }
                _ => cache.epoch,
            }
        };
        // One statement: the session and its answers in one round trip.
        let rows: Vec<(i64, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT s.updated_at, a.question, a.value FROM sessions s \
             LEFT JOIN answers a ON a.session_id = s.id \
             WHERE s.id = ? AND s.updated_at >= ?",
        )
        .bind(id.as_str())
        .bind(oldest)
        .fetch_all(&self.pool)
        .await?;
        let Some(&(mut updated_at, _, _)) = rows.first() else {
            return Ok(None);
        };
        if now - updated_at > TOUCH_AFTER_SECS {
            sqlx::query("UPDATE sessions SET updated_at = ? WHERE id = ?")
                .bind(now)
                .bind(id.as_str())
                .execute(&self.writer)
                .await?;
            updated_at = now;
        }
        let mut answers = Answers::default();
        for (_, question, value) in rows {
            if let (Some(q), Some(value)) = (question.as_deref().and_then(QuestionId::parse), value)
            {
                let _ = answers.set(q, &value);
            }
        }
        let mut cache = self.cache();
        if cache.epoch == epoch {
            if cache.entries.len() >= CACHE_MAX {
                cache.entries.clear();
            }
            let resume_code = cache
                .entries
                .remove(id.as_str())
                .and_then(|c| c.resume_code);
            cache.entries.insert(
                id.as_str().to_owned(),
                Cached {
                    answers: answers.clone(),
                    updated_at,
                    resume_code,
                },
            );
        }
        Ok(Some(answers))
    }

    /// Saves one answer, creating the session row if it is new, in one statement.
    pub async fn save_answer(
        &self,
        id: &SessionId,
        question: QuestionId,
        value: &str,
    ) -> Result<(), StoreError> {
        let now = now();
        // Saved by the batch task; the answer is only confirmed once committed.
        let (done, saved) = oneshot::channel();
        let write = AnswerWrite {
            session: id.as_str().to_owned(),
            question,
            value: value.to_owned(),
            at: now,
            done,
        };
        self.answers_to_save
            .send(write)
            .map_err(|_| StoreError::WriterGone)?;
        saved.await.map_err(|_| StoreError::WriterGone)??;
        let mut cache = self.cache();
        if let Some(c) = cache.write().entries.get_mut(id.as_str()) {
            let _ = c.answers.set(question, value);
            c.updated_at = now;
        }
        Ok(())
    }

    /// Deletes every session idle longer than `max_idle`, with its answers;
    /// returns how many.
    pub async fn delete_expired(&self, max_idle: Duration) -> Result<u64, StoreError> {
        let oldest = now() - max_idle.as_secs() as i64;
        let done = sqlx::query("DELETE FROM sessions WHERE updated_at < ?")
            .bind(oldest)
            .execute(&self.writer)
            .await?;
        self.cache()
            .write()
            .entries
            .retain(|_, c| c.updated_at >= oldest);
        Ok(done.rows_affected())
    }

    /// The key that signs form tokens, made on first start and kept.
    pub async fn secret(&self) -> Result<Vec<u8>, StoreError> {
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|_| StoreError::Random)?;
        sqlx::query(
            "INSERT INTO server_secret (id, key) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
        )
        .bind(&key[..])
        .execute(&self.writer)
        .await?;
        let stored: Vec<u8> = sqlx::query_scalar("SELECT key FROM server_secret WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(stored)
    }

    /// The session's resume code, made on first asking. `None` when there is
    /// no such session.
    pub async fn resume_code(&self, id: &SessionId) -> Result<Option<ResumeCode>, StoreError> {
        if let Some(code) = self
            .cache()
            .entries
            .get(id.as_str())
            .and_then(|c| c.resume_code.clone())
        {
            return Ok(Some(code));
        }
        let stored: Option<Option<String>> =
            sqlx::query_scalar("SELECT resume_code FROM sessions WHERE id = ?")
                .bind(id.as_str())
                .fetch_optional(&self.pool)
                .await?;
        match stored {
            None => Ok(None),
            Some(Some(code)) => {
                let code = ResumeCode::parse(&code);
                if let Some(c) = self.cache().entries.get_mut(id.as_str()) {
                    c.resume_code.clone_from(&code);
                }
                Ok(code)
            }
            Some(None) => {
                // A clash with another session's code is all but impossible;
                // try a few fresh codes before giving up.
                for _ in 0..4 {
                    let code = ResumeCode::generate()?;
                    let done = sqlx::query(
                        "UPDATE sessions SET resume_code = ? WHERE id = ? AND resume_code IS NULL",
                    )
                    .bind(code.as_str())
                    .bind(id.as_str())
                    .execute(&self.writer)
                    .await;
                    match done {
                        Ok(_) => return Box::pin(self.resume_code(id)).await,
                        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => continue,
                        Err(e) => return Err(e.into()),
                    }
                }
                Err(StoreError::Random)
            }
        }
    }

    /// The live session a resume code opens, if any.
    pub async fn session_for_code(
        &self,
        code: &ResumeCode,
        max_idle: Duration,
    ) -> Result<Option<SessionId>, StoreError> {
        let oldest = now() - max_idle.as_secs() as i64;
        let id: Option<String> =
            sqlx::query_scalar("SELECT id FROM sessions WHERE resume_code = ? AND updated_at >= ?")
                .bind(code.as_str())
                .bind(oldest)
                .fetch_optional(&self.pool)
                .await?;
        Ok(id.and_then(|id| SessionId::parse(&id)))
    }

    /// Deletes a session and its answers.
    pub async fn delete(&self, id: &SessionId) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE id = ?")
            .bind(id.as_str())
            .execute(&self.writer)
            .await?;
        self.cache().write().entries.remove(id.as_str());
        Ok(())
    }
}
