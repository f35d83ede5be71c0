//! The only place with SQL: anonymous sessions and their answers in SQLite.

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::{mpsc, oneshot};

use sqlx::QueryBuilder;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};

use crate::decision::{Answer, Answers, QuestionId};

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
    session: SessionId,
    question: QuestionId,
    value: String,
    at: i64,
    done: oneshot::Sender<Result<(), StoreError>>,
}

/// Answers saved at most in one transaction. Also the most that wait to
/// join the next one: more would only wait longer, so past it a post waits
/// in its handler (backpressure) instead of in an ever longer queue.
const BATCH_MAX: usize = 64;

/// Saves answers as they come, all those waiting at that moment in one
/// transaction (group commit): every statement is a hand-off to SQLite's
/// thread and back, so under load one transaction serving many people is
/// what keeps answer posts fast. A transaction per answer measured 0.09 of
/// the bench's ceiling, against 0.32-0.46 for this.
async fn save_batches(writer: SqlitePool, mut queue: mpsc::Receiver<AnswerWrite>) {
    let mut batch = Vec::with_capacity(BATCH_MAX);
    while queue.recv_many(&mut batch, BATCH_MAX).await > 0 {
        if batch.len() > 1 && save_together(&writer, &batch).await.is_ok() {
            for w in batch.drain(..) {
                // The person may have gone; the answer is saved all the same.
                let _ = w.done.send(Ok(()));
            }
        }
        // Alone, or one by one after a failed batch (which kept nothing): a
        // write that fails fails only the person who sent it.
        for w in batch.drain(..) {
            let saved = save_together(&writer, std::slice::from_ref(&w)).await;
            let _ = w.done.send(saved);
        }
    }
}

/// Saves answers in one transaction: each creates or touches its session and
/// upserts its answer. Nothing is saved unless all are. One statement per
/// table, however many answers. SQLite applies a multi-row upsert row by row,
/// so a later answer to the same question wins (PostgreSQL would refuse the
/// same key twice in one statement).
async fn save_together(writer: &SqlitePool, writes: &[AnswerWrite]) -> Result<(), StoreError> {
    let mut sessions = QueryBuilder::new("INSERT INTO sessions (id, created_at, updated_at) ");
    sessions
        .push_values(writes, |mut row, w| {
            row.push_bind(w.session.as_str())
                .push_bind(w.at)
                .push_bind(w.at);
        })
        .push(" ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at");
    let mut answers = QueryBuilder::new("INSERT INTO answers (session_id, question, value) ");
    answers
        .push_values(writes, |mut row, w| {
            row.push_bind(w.session.as_str())
                .push_bind(w.question.as_str())
                .push_bind(w.value.as_str());
        })
        .push(" ON CONFLICT (session_id, question) DO UPDATE SET value = excluded.value");
    let mut tx = writer.begin().await?;
    sessions.build().execute(&mut *tx).await?;
    answers.build().execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(())
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
    #[error("the answer writer has stopped")]
    WriterGone,
}

#[derive(Clone)]
pub struct Store {
    /// Reads, several at once (WAL lets them run beside a write).
    pool: SqlitePool,
    /// Writes, one at a time.
    writer: SqlitePool,
    /// Answers to save, gathered by one task into transactions.
    answers_to_save: mpsc::Sender<AnswerWrite>,
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
        let (answers_to_save, queue) = mpsc::channel(BATCH_MAX);
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

    /// Saves one answer, creating the session row if it is new. Returns
    /// once the answer is committed, so a confirmed answer survives a crash.
    pub async fn save_answer(&self, id: &SessionId, answer: Answer) -> Result<(), StoreError> {
        let now = now();
        let (done, saved) = oneshot::channel();
        let write = AnswerWrite {
            session: id.clone(),
            question: answer.question(),
            value: answer.to_value(),
            at: now,
            done,
        };
        self.answers_to_save
            .send(write)
            .await
            .map_err(|_| StoreError::WriterGone)?;
        saved.await.map_err(|_| StoreError::WriterGone)??;
        let mut cache = self.cache();
        if let Some(c) = cache.write().entries.get_mut(id.as_str()) {
            c.answers.record(answer);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::answers::YesNoNotSure;
    use futures_util::future::join_all;

    #[tokio::test]
    async fn an_answer_that_cannot_be_saved_fails_only_its_sender_not_the_others_saved_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}/huella.db", dir.path().display());
        let store = Store::connect(&url).await.unwrap();
        // Stands in for a write that fails on its own, whatever the cause.
        sqlx::query(
            "CREATE TRIGGER refuse BEFORE INSERT ON answers WHEN NEW.value = 'not-sure' \
             BEGIN SELECT RAISE(ABORT, 'refused'); END",
        )
        .execute(&store.writer)
        .await
        .unwrap();
        let people: Vec<SessionId> = (0..8).map(|_| SessionId::generate().unwrap()).collect();
        let value = |i: usize| {
            Answer::Moved(if i == 3 {
                YesNoNotSure::NotSure
            } else {
                YesNoNotSure::No
            })
        };

        // Sent together, so they wait for the writer together.
        let saved = join_all(
            people
                .iter()
                .enumerate()
                .map(|(i, id)| store.save_answer(id, value(i))),
        )
        .await;

        let max_idle = Duration::from_secs(3600);
        for (i, (id, saved)) in people.iter().zip(saved).enumerate() {
            let stored = store.load(id, max_idle).await.unwrap();
            if i == 3 {
                assert!(saved.is_err(), "the refused answer is reported");
                assert!(stored.is_none(), "and nothing of it is kept");
            } else {
                assert!(saved.is_ok(), "person {i} is told their answer is saved");
                let answer = stored.and_then(|a| a.value(QuestionId::Moved));
                assert_eq!(answer.as_deref(), Some("no"), "person {i}'s answer is kept");
            }
        }
    }
}
