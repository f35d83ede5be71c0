//! The only place with SQL: anonymous sessions, each one row whose answers
//! are sealed with a key only the person's cookie holds (see `seal`).
//!
//! Two databases: SQLite (one file, one server) and PostgreSQL (several
//! instances may share it). A query is written once, with `$1`-style
//! placeholders that both read (SQLite takes `$N` as the Nth argument), and
//! `on_database!` runs it on whichever pool or transaction is open: its body
//! is compiled once for each database, against that driver's own types.
//! sqlx's `Any` driver would give one pool type as well, but it connects from
//! a URL alone, without the SQLite settings made here (WAL, synchronous,
//! secure_delete, busy timeout), and decodes through a smaller set of types
//! of its own. Where the SQL differs, both are written side by side.
//!
//! On PostgreSQL other instances write to the same rows, so:
//! - there is no decrypted session cache: every read sees the last write,
//!   whichever instance made it;
//! - a row is read `FOR UPDATE` before an answer is sealed into it: two
//!   instances saving answers to one session wait for one another instead
//!   of each overwriting what the other saved;
//! - the session cap counts the rows in the transaction that makes new
//!   sessions (a count kept in memory would miss the other instances');
//! - expiry runs under an advisory lock, on one instance at a time (the
//!   next finds nothing left to delete);
//! - the file checks (quick_check, modes, the file's identity, WAL
//!   checkpoints, secure_delete) are SQLite's alone.

mod backup;
mod seal;

pub use backup::{BackupError, backup};

pub use seal::{ResumeCode, SessionSecret};

use std::collections::HashMap;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use quick_cache::sync::Cache;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{ConnectOptions, Connection, Postgres, QueryBuilder, Sqlite, Transaction};
use tokio::sync::{Semaphore, mpsc, oneshot};

use crate::config::{Database, PostgresUrl};
use crate::decision::{Answer, Answers};
use seal::Lookup;

/// One value for each database: its pool, or a transaction on it.
#[derive(Clone)]
enum Db<S, P> {
    Sqlite(S),
    Postgres(P),
}

type Pool = Db<SqlitePool, PgPool>;
type Tx = Db<Transaction<'static, Sqlite>, Transaction<'static, Postgres>>;

/// Runs `$body` with `$x` bound to the SQLite or the PostgreSQL value of
/// `$value` (a `Db`): the same code, compiled for each driver.
macro_rules! on_database {
    ($value:expr, |$x:ident| $body:expr) => {
        match $value {
            Db::Sqlite($x) => $body,
            Db::Postgres($x) => $body,
        }
    };
}

impl Pool {
    async fn begin(&self) -> Result<Tx, sqlx::Error> {
        Ok(match self {
            Db::Sqlite(pool) => Db::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Db::Postgres(pool.begin().await?),
        })
    }

    /// Closes the SQLite writer's connection after a write failed; the pool
    /// opens a new one for the next. A full disk or an I/O error can make
    /// SQLite roll the transaction back itself; sqlx's own rollback then
    /// fails and it still counts the transaction open, so it would run the
    /// next `BEGIN` as a savepoint inside a transaction that never commits:
    /// every later answer acknowledged, none written. (PostgreSQL ends a
    /// failed transaction on the server; its pool needs nothing.)
    async fn discard_failed_writer(&self) {
        if let Db::Sqlite(pool) = self
            && let Ok(connection) = pool.acquire().await
        {
            let _ = connection.close().await;
        }
    }
}

impl Tx {
    async fn commit(self) -> Result<(), sqlx::Error> {
        on_database!(self, |tx| tx.commit().await)
    }
}

/// A session's row, as `Row` holds it.
const SELECT_ROW: &str = "SELECT sealed, created_at, updated_at, wrapped IS NOT NULL \
     FROM sessions WHERE lookup = $1";
/// The same, locked until the transaction ends (PostgreSQL: another
/// instance saving to this session waits, then reads what this one saved).
const SELECT_ROW_FOR_UPDATE: &str = "SELECT sealed, created_at, updated_at, wrapped IS NOT NULL \
     FROM sessions WHERE lookup = $1 FOR UPDATE";
const COUNT_SESSIONS: &str = "SELECT COUNT(*) FROM sessions";
const DELETE_EXPIRED: &str = "DELETE FROM sessions WHERE updated_at < $1 OR created_at < $2";
/// The PostgreSQL advisory lock the expiry sweep holds: its key, any number
/// no other lock in this database uses ("huella" in ASCII).
const SWEEP_LOCK: i64 = 0x6875_656c_6c61;
/// PostgreSQL connections an instance holds at most.
const POSTGRES_CONNECTIONS: u32 = 8;
/// How long a statement waits for a row or table another holds, and a
/// request for a free connection, before it fails with a 503 page: as
/// SQLite's busy timeout.
const WAIT_AT_MOST: Duration = Duration::from_secs(5);

/// How the store is opened and how long sessions live.
#[derive(Debug, Clone)]
pub struct Options {
    /// The SQLite file (created if missing) or the PostgreSQL database.
    pub database: Database,
    /// SQLite's `synchronous=FULL`: a commit survives a power loss, not only
    /// a crash. (PostgreSQL's own `synchronous_commit` decides there.)
    pub sync_full: bool,
    /// Sessions kept at most; past it no new one is made.
    pub max_sessions: u64,
    /// Without a visit for this long, a session is gone.
    pub max_idle: Duration,
    /// However often visited, a session is gone this long after it was made.
    pub max_age: Duration,
}

/// One answer waiting to be saved, and who to tell when it is.
struct AnswerWrite {
    secret: SessionSecret,
    answer: Answer,
    /// For the first answer: the browser id that asked for the session.
    new_from: Option<Lookup>,
    at: i64,
    done: oneshot::Sender<Result<(), StoreError>>,
}

/// Answers saved at most in one transaction. Also the most that wait to
/// join the next one: more would only wait longer, so past it a post waits
/// in its handler (backpressure) instead of in an ever longer queue.
const BATCH_MAX: usize = 64;

/// Sessions kept decrypted in memory at most (about 1 KB each).
const CACHE_MAX: usize = 10_000;

/// Resume-code key derivations at once: each holds 19 MiB for ~60 ms.
const KDF_AT_ONCE: usize = 2;

/// Free space below which `/health` fails (SQLite): room for thousands of
/// sessions, time for an operator to act before answers stop being saved.
const MIN_FREE_BYTES: u64 = 8 * 1024 * 1024;

/// How long `/health` fails after answers could not be saved, unless a save
/// succeeds first: long enough for a probe every 30 s to see it, short
/// enough that a passing fault (a lock held too long) does not outlast it.
const SAVING_FAILED_SHOWS: Duration = Duration::from_secs(60);

/// A visit moves a session's last activity on only when it is older than this.
const TOUCH_AFTER_SECS: i64 = 3600;

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A session as last committed, decrypted: only ever in memory.
#[derive(Clone)]
struct Live {
    answers: Answers,
    created_at: i64,
    updated_at: i64,
    /// Whether the row holds the secret wrapped for the resume code. Shared
    /// by every later version of the session, so setting it is never lost
    /// to a write that copied the session before.
    resumable: Arc<AtomicBool>,
}

/// What the writer task and the handlers share.
struct Shared {
    writer: Pool,
    /// SQLite only: sessions by lookup, decrypted. Written by the writer
    /// task after each commit (it applies every answer in order, so two
    /// saves of the same session never lose one another); a read from the
    /// database goes in only through a placeholder that any write or delete
    /// in the meantime voids, so it never holds what a write replaced. On
    /// PostgreSQL another instance may write a session at any time: none.
    cache: Option<Cache<Lookup, Live>>,
    /// Rows in `sessions`: on SQLite kept by the writer and deletes; on
    /// PostgreSQL as last counted (on making sessions, and by the sweep).
    sessions: AtomicU64,
    max_sessions: u64,
    /// Answers committed since start, for `/metrics`.
    answers_saved: AtomicU64,
    /// When (seconds since the epoch) the last answers the writer tried to
    /// save failed in the database (a full disk, say), or 0 once a save
    /// succeeded after: `/health` fails for `SAVING_FAILED_SHOWS` after one.
    saving_failed_at: AtomicU64,
}

/// Saves answers as they come, all those waiting at that moment in one
/// transaction (group commit): under load one transaction serving many
/// people is what keeps answer posts fast.
async fn save_batches(shared: Arc<Shared>, mut queue: mpsc::Receiver<AnswerWrite>) {
    let mut batch = Vec::with_capacity(BATCH_MAX);
    while queue.recv_many(&mut batch, BATCH_MAX).await > 0 {
        if batch.len() > 1 && save(&shared, &batch).await.is_ok() {
            for w in batch.drain(..) {
                // The person may have gone; the answer is saved all the same.
                let _ = w.done.send(Ok(()));
            }
        }
        // Alone, or one by one after a failed batch (which kept nothing): a
        // write that fails fails only the person who sent it.
        for w in batch.drain(..) {
            let saved = save(&shared, std::slice::from_ref(&w)).await;
            let _ = w.done.send(saved);
        }
    }
}

/// `save_together`, with a fresh writer connection after the database failed.
async fn save(shared: &Shared, writes: &[AnswerWrite]) -> Result<(), StoreError> {
    let saved = save_together(shared, writes).await;
    match &saved {
        Ok(()) => shared.saving_failed_at.store(0, Ordering::Relaxed),
        Err(StoreError::Database(_)) => {
            shared.writer.discard_failed_writer().await;
            shared
                .saving_failed_at
                .store(now() as u64, Ordering::Relaxed);
        }
        // Refused for the person's own reasons (a browser id used, the cap):
        // the database itself is fine.
        Err(_) => {}
    }
    saved
}

/// One session's new state within a batch.
struct Pending {
    lookup: Lookup,
    secret: SessionSecret,
    live: Live,
    origin: Option<Lookup>,
}

/// Saves answers in one transaction: each session's answers as they stand
/// after its writes, in order, sealed again with a fresh nonce. Nothing is
/// saved unless all are.
async fn save_together(shared: &Shared, writes: &[AnswerWrite]) -> Result<(), StoreError> {
    let mut tx = shared.writer.begin().await?;
    let mut pending: Vec<Pending> = Vec::new();
    let mut index: HashMap<Lookup, usize> = HashMap::new();
    for w in writes {
        let lookup = w.secret.lookup();
        let i = match index.get(&lookup) {
            Some(&i) => i,
            None => {
                let live = match w.new_from {
                    Some(origin) => {
                        let used = pending.iter().any(|p| p.origin == Some(origin))
                            || origin_used(&mut tx, &origin).await?;
                        if used {
                            return Err(StoreError::BrowserUsed);
                        }
                        Live {
                            answers: Answers::default(),
                            created_at: w.at,
                            updated_at: w.at,
                            resumable: Arc::default(),
                        }
                    }
                    None => match shared.cache.as_ref().and_then(|c| c.get(&lookup)) {
                        Some(live) => live,
                        None => read_live(&mut tx, &w.secret)
                            .await?
                            .ok_or(StoreError::Gone)?,
                    },
                };
                pending.push(Pending {
                    lookup,
                    secret: w.secret.clone(),
                    live,
                    origin: w.new_from,
                });
                index.insert(lookup, pending.len() - 1);
                pending.len() - 1
            }
        };
        let p = &mut pending[i];
        p.live.answers.record(w.answer);
        p.live.updated_at = w.at;
    }
    let new = pending.iter().filter(|p| p.origin.is_some()).count() as u64;
    // SQLite has one writer, this task: the count in memory is exact.
    // PostgreSQL's other instances make and delete sessions too: the rows
    // are counted here, only when a session is made (an index-only scan,
    // 9 ms at 100,000 sessions here). Instances making the last ones at the
    // same moment may each see room: the cap holds to within a batch each.
    let counted = match &mut tx {
        Db::Postgres(tx) if new > 0 => Some(
            sqlx::query_scalar::<_, i64>(COUNT_SESSIONS)
                .fetch_one(&mut **tx)
                .await? as u64,
        ),
        _ => None,
    };
    let kept = counted.unwrap_or_else(|| shared.sessions.load(Ordering::Relaxed));
    if new > 0 && kept + new > shared.max_sessions {
        return Err(StoreError::Full);
    }
    let sealed = pending
        .iter()
        .map(|p| p.secret.seal_answers(&p.live.answers))
        .collect::<Result<Vec<_>, _>>()?;
    on_database!(&mut tx, |tx| {
        let mut rows = QueryBuilder::new(
            "INSERT INTO sessions (lookup, created_at, updated_at, origin, sealed) ",
        );
        rows.push_values(pending.iter().zip(&sealed), |mut row, (p, sealed)| {
            row.push_bind(&p.lookup[..])
                .push_bind(p.live.created_at)
                .push_bind(p.live.updated_at)
                .push_bind(p.origin.as_ref().map(|o| &o[..]))
                .push_bind(&sealed[..]);
        })
        .push(
            " ON CONFLICT (lookup) DO UPDATE SET \
             sealed = excluded.sealed, updated_at = excluded.updated_at",
        );
        rows.build()
            .execute(&mut **tx)
            .await
            .map_err(browser_used_elsewhere)?;
    });
    tx.commit().await?;
    match counted {
        Some(counted) => shared.sessions.store(counted + new, Ordering::Relaxed),
        None => {
            shared.sessions.fetch_add(new, Ordering::Relaxed);
        }
    }
    if let Some(cache) = &shared.cache {
        for p in pending {
            cache.insert(p.lookup, p.live);
        }
    }
    Ok(())
}

/// A browser id that made a session through another instance at the same
/// moment is caught by the `origin` column's uniqueness (PostgreSQL; on
/// SQLite the one writer has checked already). `lookup` conflicts are
/// updates, so `origin` is the only unique value an insert can break.
fn browser_used_elsewhere(error: sqlx::Error) -> StoreError {
    match &error {
        sqlx::Error::Database(e) if e.is_unique_violation() => StoreError::BrowserUsed,
        _ => error.into(),
    }
}

async fn origin_used(tx: &mut Tx, origin: &Lookup) -> Result<bool, StoreError> {
    const USED: &str = "SELECT EXISTS (SELECT 1 FROM sessions WHERE origin = $1)";
    Ok(on_database!(tx, |tx| sqlx::query_scalar(USED)
        .bind(&origin[..])
        .fetch_one(&mut **tx)
        .await?))
}

/// A session's row, opened with its secret, as the writer reads it: on
/// PostgreSQL locked until the transaction ends.
async fn read_live(tx: &mut Tx, secret: &SessionSecret) -> Result<Option<Live>, StoreError> {
    let select = match tx {
        Db::Sqlite(_) => SELECT_ROW,
        Db::Postgres(_) => SELECT_ROW_FOR_UPDATE,
    };
    let row = on_database!(tx, |tx| sqlx::query_as::<_, RowColumns>(select)
        .bind(&secret.lookup()[..])
        .fetch_optional(&mut **tx)
        .await?);
    row.map(|row| Row::from(row).open(secret).ok_or(StoreError::Unreadable))
        .transpose()
}

/// A session's stored row.
struct Row {
    sealed: Vec<u8>,
    created_at: i64,
    updated_at: i64,
    resumable: bool,
}

/// The columns of `SELECT_ROW`, in order.
type RowColumns = (Vec<u8>, i64, i64, bool);

impl From<RowColumns> for Row {
    fn from((sealed, created_at, updated_at, resumable): RowColumns) -> Self {
        Row {
            sealed,
            created_at,
            updated_at,
            resumable,
        }
    }
}

impl Row {
    fn open(self, secret: &SessionSecret) -> Option<Live> {
        Some(Live {
            answers: secret.open_answers(&self.sealed)?,
            created_at: self.created_at,
            updated_at: self.updated_at,
            resumable: Arc::new(AtomicBool::new(self.resumable)),
        })
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
    /// Names the server with any password left out.
    #[error("cannot connect to PostgreSQL at {url}: {source}")]
    Postgres {
        url: String,
        #[source]
        source: sqlx::Error,
    },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(
        "the database file {path} is damaged (PRAGMA quick_check: {found}); \
         restore it from a backup, or move it away to start with an empty one"
    )]
    Damaged { path: String, found: String },
    #[error("cannot set the database file's permissions to 0600: {0}")]
    Permissions(#[source] std::io::Error),
    #[error("the database file {0} was deleted or replaced while the server ran")]
    FileGone(String),
    #[error("the system random source failed")]
    Random,
    #[error("sealing or unsealing failed")]
    Seal,
    #[error("a stored session does not open with its own secret")]
    Unreadable,
    #[error("the session was deleted before its answer was saved")]
    Gone,
    #[error("this browser id has already made a session")]
    BrowserUsed,
    #[error("the most sessions the server keeps are in use")]
    Full,
    #[error("the answer writer has stopped")]
    WriterGone,
    #[error(
        "the disk holding {path} has {free} bytes free; answers stop being saved \
         when it is full"
    )]
    DiskFull { path: String, free: u64 },
    #[error("cannot read the free space of the disk holding {path}: {source}")]
    FreeSpace {
        path: String,
        source: std::io::Error,
    },
    #[error("answers could not be saved in the last minute (see the database error logged then)")]
    SavingFails,
}

#[derive(Clone)]
pub struct Store {
    /// Reads, several at once (SQLite: WAL lets them run beside a write;
    /// PostgreSQL: the same pool as the writer's).
    readers: Pool,
    shared: Arc<Shared>,
    /// Answers to save, gathered by one task into transactions.
    answers_to_save: mpsc::Sender<AnswerWrite>,
    /// The key that signs form tokens and salts the resume codes' keys.
    server_key: Arc<[u8; 32]>,
    /// Resume-code key derivations running at once, at most.
    kdf: Arc<Semaphore>,
    options: Arc<Options>,
    /// SQLite: the database file as opened, to notice when it is deleted or
    /// replaced.
    file_id: Option<(u64, u64)>,
}

/// The bytes the server's user may still write on the file's disk.
fn free_bytes(path: &Path) -> std::io::Result<u64> {
    let disk = rustix::fs::statvfs(path)?;
    Ok(disk.f_bavail.saturating_mul(disk.f_frsize))
}

/// The file's device and inode.
fn file_id(path: &Path) -> std::io::Result<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)?;
    Ok((meta.dev(), meta.ino()))
}

/// Only the server's user may read the database, its WAL and shared memory
/// (whatever the umask). SQLite makes the WAL and SHM with the database
/// file's mode; those there already are set here too.
fn owner_only(path: &Path) -> Result<(), StoreError> {
    if !path.exists() {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(StoreError::Permissions)?;
    }
    let mut files = vec![path.to_path_buf()];
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    for file in files.iter().filter(|f| f.exists()) {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))
            .map_err(StoreError::Permissions)?;
    }
    Ok(())
}

/// Opens (creating if missing, mode 0600) the SQLite file, refuses a
/// damaged one, and applies the embedded migrations. Returns the writer's
/// pool and the readers'.
async fn open_sqlite(path: &Path, sync_full: bool) -> Result<(SqlitePool, SqlitePool), StoreError> {
    owner_only(path)?;
    let damaged = |found: String| StoreError::Damaged {
        path: path.display().to_string(),
        found,
    };
    let connect_options = SqliteConnectOptions::new()
        .filename(path)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(if sync_full {
            SqliteSynchronous::Full
        } else {
            SqliteSynchronous::Normal
        })
        .busy_timeout(WAIT_AT_MOST)
        .foreign_keys(true)
        // Deleted rows are overwritten with zeros, not left in free pages.
        .pragma("secure_delete", "ON");
    // SQLite takes one writer at a time: writers queue here, in order,
    // rather than in SQLite's busy handler, which sleeps between retries.
    let writer = SqlitePoolOptions::new()
        .max_connections(1)
        // A local file does not drop connections: no ping before each use.
        .test_before_acquire(false)
        .connect_with(connect_options.clone())
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(ref d) if d.message().contains("not a database") => {
                damaged(d.message().to_owned())
            }
            e => e.into(),
        })?;
    let check: Vec<String> = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_all(&writer)
        .await
        .map_err(|e| damaged(e.to_string()))?;
    if check != ["ok"] {
        return Err(damaged(check.join("; ")));
    }
    sqlx::migrate!("./migrations/sqlite").run(&writer).await?;
    // Empties the WAL of what earlier runs (and migrations) left in it.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(&writer)
        .await?;
    owner_only(path)?;
    let readers = SqlitePoolOptions::new()
        .max_connections(4)
        .test_before_acquire(false)
        .connect_with(connect_options)
        .await?;
    Ok((writer, readers))
}

/// Connects to the PostgreSQL database and applies the embedded migrations
/// (sqlx holds an advisory lock while it does: instances starting at once
/// migrate one after the other).
async fn open_postgres(url: &PostgresUrl) -> Result<PgPool, StoreError> {
    let unreachable = |source| StoreError::Postgres {
        url: url.to_string(),
        source,
    };
    let connect_options = PgConnectOptions::from_str(url.secret())
        .map_err(unreachable)?
        .application_name("huella")
        .options([("lock_timeout", format!("{}ms", WAIT_AT_MOST.as_millis()))]);
    // One connection first, for its error: the pool would only say it
    // timed out, not that the server refused or the password was wrong.
    connect_options
        .connect()
        .await
        .map_err(unreachable)?
        .close()
        .await?;
    let pool = PgPoolOptions::new()
        .max_connections(POSTGRES_CONNECTIONS)
        .acquire_timeout(WAIT_AT_MOST)
        .connect_with(connect_options)
        .await?;
    sqlx::migrate!("./migrations/postgres").run(&pool).await?;
    Ok(pool)
}

impl Store {
    /// Opens the database and applies the embedded migrations; see
    /// `open_sqlite` and `open_postgres`.
    pub async fn connect(options: Options) -> Result<Self, StoreError> {
        let (writer, readers, file_id) = match &options.database {
            Database::Sqlite(path) => {
                let (writer, readers) = open_sqlite(path, options.sync_full).await?;
                let id = file_id(path).map_err(StoreError::Permissions)?;
                (Db::Sqlite(writer), Db::Sqlite(readers), Some(id))
            }
            Database::Postgres(url) => {
                let pool = open_postgres(url).await?;
                (Db::Postgres(pool.clone()), Db::Postgres(pool), None)
            }
        };
        let sessions = on_database!(&writer, |pool| sqlx::query_scalar::<_, i64>(COUNT_SESSIONS)
            .fetch_one(pool)
            .await?);
        let server_key = server_key(&writer).await?;
        let cache = matches!(writer, Db::Sqlite(_)).then(|| Cache::new(CACHE_MAX));
        let shared = Arc::new(Shared {
            writer,
            cache,
            sessions: AtomicU64::new(sessions as u64),
            max_sessions: options.max_sessions,
            answers_saved: AtomicU64::new(0),
            saving_failed_at: AtomicU64::new(0),
        });
        let (answers_to_save, queue) = mpsc::channel(BATCH_MAX);
        tokio::spawn(save_batches(shared.clone(), queue));
        Ok(Store {
            readers,
            shared,
            answers_to_save,
            server_key: Arc::new(server_key),
            kdf: Arc::new(Semaphore::new(KDF_AT_ONCE)),
            file_id,
            options: Arc::new(options),
        })
    }

    /// Whether the database can be read and written, answers are being
    /// saved, and (SQLite) it is still the file it opened, on a disk with
    /// room to grow.
    pub async fn check(&self) -> Result<(), StoreError> {
        if let (Database::Sqlite(path), Some(opened)) = (&self.options.database, self.file_id) {
            if file_id(path).ok() != Some(opened) {
                return Err(StoreError::FileGone(path.display().to_string()));
            }
            let free = free_bytes(path).map_err(|source| StoreError::FreeSpace {
                path: path.display().to_string(),
                source,
            })?;
            if free < MIN_FREE_BYTES {
                return Err(StoreError::DiskFull {
                    path: path.display().to_string(),
                    free,
                });
            }
        }
        let failed_at = self.shared.saving_failed_at.load(Ordering::Relaxed);
        if failed_at > 0 && (now() as u64) < failed_at + SAVING_FAILED_SHOWS.as_secs() {
            return Err(StoreError::SavingFails);
        }
        on_database!(&self.readers, |pool| {
            sqlx::query("SELECT COUNT(*) FROM health")
                .execute(pool)
                .await?;
        });
        on_database!(&self.shared.writer, |pool| {
            sqlx::query("UPDATE health SET checked_at = $1 WHERE id = 1")
                .bind(now())
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The key that signs form tokens, made on first start and kept.
    pub fn secret(&self) -> &[u8; 32] {
        &self.server_key
    }

    fn expired(&self, created_at: i64, updated_at: i64, now: i64) -> bool {
        updated_at < now - self.options.max_idle.as_secs() as i64
            || created_at < now - self.options.max_age.as_secs() as i64
    }

    /// The answers of the session this secret opens, or `None` when there is
    /// no such session or it has outlived its idle or absolute lifetime (the
    /// sweep may not have deleted it yet). A visit counts as activity: the
    /// session's time is moved on, at most once an hour so that reading
    /// stays read-only.
    pub async fn load(&self, secret: &SessionSecret) -> Result<Option<Answers>, StoreError> {
        Ok(self.live(secret).await?.map(|live| live.answers))
    }

    async fn live(&self, secret: &SessionSecret) -> Result<Option<Live>, StoreError> {
        let now = now();
        let Some(cache) = &self.shared.cache else {
            return self.read(secret, now).await;
        };
        let lookup = secret.lookup();
        let guard = match cache.get_value_or_guard_async(&lookup).await {
            Ok(live) if self.expired(live.created_at, live.updated_at, now) => {
                cache.remove(&lookup);
                return Ok(None);
            }
            Ok(live) if now - live.updated_at <= TOUCH_AFTER_SECS => return Ok(Some(live)),
            Ok(_) => {
                // Read again below, and touched.
                cache.remove(&lookup);
                match cache.get_value_or_guard_async(&lookup).await {
                    Ok(live) => return Ok(Some(live)),
                    Err(guard) => guard,
                }
            }
            Err(guard) => guard,
        };
        let live = self.read(secret, now).await?;
        if let Some(live) = &live {
            // Refused when a write or delete came in the meantime: then what
            // was read may be older than what is stored.
            let _ = guard.insert(live.clone());
        }
        Ok(live)
    }

    /// The session from the database, `None` when gone or expired; touched
    /// when its last activity is over an hour old.
    async fn read(&self, secret: &SessionSecret, now: i64) -> Result<Option<Live>, StoreError> {
        let lookup = secret.lookup();
        let row = on_database!(&self.readers, |pool| sqlx::query_as::<_, RowColumns>(
            SELECT_ROW
        )
        .bind(&lookup[..])
        .fetch_optional(pool)
        .await?);
        let Some(mut live) = row.and_then(|row| Row::from(row).open(secret)) else {
            return Ok(None);
        };
        if self.expired(live.created_at, live.updated_at, now) {
            return Ok(None);
        }
        if now - live.updated_at > TOUCH_AFTER_SECS {
            on_database!(&self.shared.writer, |pool| {
                sqlx::query("UPDATE sessions SET updated_at = $1 WHERE lookup = $2")
                    .bind(now)
                    .bind(&lookup[..])
                    .execute(pool)
                    .await?;
            });
            live.updated_at = now;
        }
        Ok(Some(live))
    }

    /// Saves one answer: the session made anew (from the browser id
    /// `new_from`) or opened by `secret`. Returns once the answer is
    /// committed, so a confirmed answer survives a crash.
    pub async fn save_answer(
        &self,
        secret: &SessionSecret,
        answer: Answer,
        new_from: Option<&SessionSecret>,
    ) -> Result<(), StoreError> {
        let (done, saved) = oneshot::channel();
        let write = AnswerWrite {
            secret: secret.clone(),
            answer,
            new_from: new_from.map(SessionSecret::origin),
            at: now(),
            done,
        };
        self.answers_to_save
            .send(write)
            .await
            .map_err(|_| StoreError::WriterGone)?;
        saved.await.map_err(|_| StoreError::WriterGone)??;
        self.shared.answers_saved.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Sessions kept now, and answers saved since start: counts, for `/metrics`.
    pub fn counts(&self) -> crate::metrics::StoreCounts {
        crate::metrics::StoreCounts {
            sessions: self.shared.sessions.load(Ordering::Relaxed),
            answers_saved: self.shared.answers_saved.load(Ordering::Relaxed),
        }
    }

    /// Deletes every session past its idle or absolute lifetime; returns how
    /// many. On PostgreSQL one instance sweeps at a time, under an advisory
    /// lock.
    pub async fn delete_expired(&self) -> Result<u64, StoreError> {
        let now = now();
        let idle = now - self.options.max_idle.as_secs() as i64;
        let made = now - self.options.max_age.as_secs() as i64;
        let deleted = match &self.shared.writer {
            Db::Sqlite(pool) => sqlx::query(DELETE_EXPIRED)
                .bind(idle)
                .bind(made)
                .execute(pool)
                .await?
                .rows_affected(),
            Db::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                // Instances sweep in turn: a second waits for the first
                // (however long it takes, so not under lock_timeout), then
                // finds nothing left to delete and counts what it left. The
                // lock goes with the transaction, commit or not.
                sqlx::query("SET LOCAL lock_timeout = 0")
                    .execute(&mut *tx)
                    .await?;
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(SWEEP_LOCK)
                    .execute(&mut *tx)
                    .await?;
                let deleted = sqlx::query(DELETE_EXPIRED)
                    .bind(idle)
                    .bind(made)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                tx.commit().await?;
                deleted
            }
        };
        // Counted afresh: an operator's own deletes or edits (or another
        // instance's) never leave the cap counting sessions that are gone.
        let sessions = on_database!(&self.shared.writer, |pool| sqlx::query_scalar::<_, i64>(
            COUNT_SESSIONS
        )
        .fetch_one(pool)
        .await?);
        self.shared
            .sessions
            .store(sessions as u64, Ordering::Relaxed);
        if let Some(cache) = &self.shared.cache {
            cache.retain(|_, live| !self.expired(live.created_at, live.updated_at, now));
        }
        Ok(deleted)
    }

    /// The session's resume code, made able to open it on first asking (the
    /// slow key derivation runs then, off the async workers). `None` when
    /// there is no such session.
    pub async fn resume_code(
        &self,
        secret: &SessionSecret,
    ) -> Result<Option<ResumeCode>, StoreError> {
        let Some(live) = self.live(secret).await? else {
            return Ok(None);
        };
        let code = secret.resume_code();
        if live.resumable.load(Ordering::Relaxed) {
            return Ok(Some(code));
        }
        let key = self.code_key(&code).await?;
        let wrapped = seal::wrap(&key, secret)?;
        let lookup = secret.lookup();
        let (updated, stored) = on_database!(&self.shared.writer, |pool| {
            let updated = sqlx::query(
                "UPDATE sessions SET code_tag = $1, wrapped = $2 \
                 WHERE lookup = $3 AND wrapped IS NULL",
            )
            .bind(code.tag())
            .bind(&wrapped[..])
            .bind(&lookup[..])
            .execute(pool)
            .await?
            .rows_affected();
            let stored: Option<bool> =
                sqlx::query_scalar("SELECT wrapped IS NOT NULL FROM sessions WHERE lookup = $1")
                    .bind(&lookup[..])
                    .fetch_optional(pool)
                    .await?;
            (updated, stored)
        });
        if updated > 0 || stored == Some(true) {
            live.resumable.store(true, Ordering::Relaxed);
            Ok(Some(code))
        } else {
            Ok(None)
        }
    }

    /// The code's key, derived on a blocking thread, a few at a time.
    async fn code_key(&self, code: &ResumeCode) -> Result<[u8; 32], StoreError> {
        let _permit = self.kdf.acquire().await.map_err(|_| StoreError::Seal)?;
        let salt = self.code_salt(code);
        let code = code.clone();
        tokio::task::spawn_blocking(move || code.key(&salt))
            .await
            .map_err(|_| StoreError::Seal)?
    }

    /// Per database and per tag: no table of keys computed elsewhere fits.
    fn code_salt(&self, code: &ResumeCode) -> [u8; 32] {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        hash.update(b"huella resume salt\0");
        hash.update(&self.server_key[..]);
        hash.update(code.tag().to_be_bytes());
        hash.finalize().into()
    }

    /// The secret of the live session a resume code opens, if any.
    pub async fn session_for_code(
        &self,
        code: &ResumeCode,
    ) -> Result<Option<SessionSecret>, StoreError> {
        let now = now();
        let idle = now - self.options.max_idle.as_secs() as i64;
        let made = now - self.options.max_age.as_secs() as i64;
        let rows = on_database!(&self.readers, |pool| {
            sqlx::query_as::<_, (Vec<u8>, Vec<u8>)>(
                "SELECT lookup, wrapped FROM sessions WHERE code_tag = $1 \
             AND wrapped IS NOT NULL AND updated_at >= $2 AND created_at >= $3",
            )
            .bind(code.tag())
            .bind(idle)
            .bind(made)
            .fetch_all(pool)
            .await?
        });
        // Derived even when no row has the tag: a quick "no" would tell a
        // guesser which tags are in use.
        let key = self.code_key(code).await?;
        Ok(rows
            .iter()
            .find_map(|(lookup, wrapped)| seal::unwrap(&key, lookup, wrapped)))
    }

    /// Deletes a session and its answers.
    pub async fn delete(&self, secret: &SessionSecret) -> Result<(), StoreError> {
        let lookup = secret.lookup();
        let gone = on_database!(&self.shared.writer, |pool| sqlx::query(
            "DELETE FROM sessions WHERE lookup = $1"
        )
        .bind(&lookup[..])
        .execute(pool)
        .await?
        .rows_affected());
        // Never below zero, which would wrap and refuse everyone.
        let _ = self
            .shared
            .sessions
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
                Some(n.saturating_sub(gone))
            });
        if let Some(cache) = &self.shared.cache {
            cache.remove(&lookup);
        }
        Ok(())
    }
}

/// The server's key, made on first start and kept in the database. Two
/// instances starting at once both offer a key; `ON CONFLICT DO NOTHING`
/// keeps the first committed, and both read that one back.
async fn server_key(writer: &Pool) -> Result<[u8; 32], StoreError> {
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|_| StoreError::Random)?;
    let stored: Vec<u8> = on_database!(writer, |pool| {
        sqlx::query(
            "INSERT INTO server_secret (id, key) VALUES (1, $1) ON CONFLICT (id) DO NOTHING",
        )
        .bind(&key[..])
        .execute(pool)
        .await?;
        sqlx::query_scalar("SELECT key FROM server_secret WHERE id = 1")
            .fetch_one(pool)
            .await?
    });
    stored.try_into().map_err(|_| StoreError::Random)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::QuestionId;
    use crate::decision::answers::YesNoNotSure;
    use futures_util::future::join_all;

    async fn open(dir: &tempfile::TempDir) -> Store {
        open_with(dir, false, Duration::from_secs(7200)).await
    }

    /// A store whose sessions live `max_age` at most, however often used.
    async fn open_with(dir: &tempfile::TempDir, sync_full: bool, max_age: Duration) -> Store {
        Store::connect(Options {
            database: Database::Sqlite(dir.path().join("huella.db")),
            sync_full,
            max_sessions: 100,
            max_idle: Duration::from_secs(3600),
            max_age,
        })
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn a_session_in_use_is_gone_once_its_absolute_lifetime_is_over() {
        let dir = tempfile::tempdir().unwrap();
        let store = open_with(&dir, false, Duration::from_secs(2)).await;
        let me = SessionSecret::generate().unwrap();
        let browser = SessionSecret::generate().unwrap();
        let moved = Answer::Moved(YesNoNotSure::No);
        store.save_answer(&me, moved, Some(&browser)).await.unwrap();
        // Used all along (times are whole seconds): idle never, old soon.
        for _ in 0..3 {
            tokio::time::sleep(Duration::from_millis(700)).await;
            store.save_answer(&me, moved, None).await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(1200)).await;
        assert!(
            store.load(&me).await.unwrap().is_none(),
            "gone to the person"
        );
        assert_eq!(
            store.delete_expired().await.unwrap(),
            1,
            "and from the disk"
        );
    }

    #[tokio::test]
    async fn huella_sync_full_makes_each_commit_wait_for_the_disk() {
        let dir = tempfile::tempdir().unwrap();
        for (sync_full, synchronous) in [(false, 1), (true, 2)] {
            let store = open_with(&dir, sync_full, Duration::from_secs(7200)).await;
            let Db::Sqlite(writer) = &store.shared.writer else {
                unreachable!("a SQLite store")
            };
            let set: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(writer)
                .await
                .unwrap();
            assert_eq!(set, synchronous, "NORMAL is 1, FULL is 2");
        }
    }

    #[tokio::test]
    async fn a_deleted_row_is_overwritten_in_the_file_not_left_in_a_free_page() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(&dir).await;
        let me = SessionSecret::generate().unwrap();
        let browser = SessionSecret::generate().unwrap();
        let moved = Answer::Moved(YesNoNotSure::No);
        store.save_answer(&me, moved, Some(&browser)).await.unwrap();
        let Db::Sqlite(writer) = &store.shared.writer else {
            unreachable!("a SQLite store")
        };
        let (lookup, sealed): (Vec<u8>, Vec<u8>) =
            sqlx::query_as("SELECT lookup, sealed FROM sessions")
                .fetch_one(writer)
                .await
                .unwrap();
        let in_file = |file: &[u8], bytes: &[u8]| file.windows(bytes.len()).any(|w| w == bytes);
        let checkpoint = "PRAGMA wal_checkpoint(TRUNCATE)";
        sqlx::query(checkpoint).execute(writer).await.unwrap();
        let file = std::fs::read(dir.path().join("huella.db")).unwrap();
        assert!(
            in_file(&file, &sealed) && in_file(&file, &lookup),
            "written"
        );

        store.delete(&me).await.unwrap();
        sqlx::query(checkpoint).execute(writer).await.unwrap();
        let file = std::fs::read(dir.path().join("huella.db")).unwrap();
        assert!(!in_file(&file, &sealed), "the sealed answers are gone");
        assert!(!in_file(&file, &lookup), "and the row's name");
    }

    #[tokio::test]
    async fn an_answer_that_cannot_be_saved_fails_only_its_sender_not_the_others_saved_with_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(&dir).await;
        let browsers: Vec<SessionSecret> =
            (0..8).map(|_| SessionSecret::generate().unwrap()).collect();
        let people: Vec<SessionSecret> =
            (0..8).map(|_| SessionSecret::generate().unwrap()).collect();
        // Person 3 replays person 2's browser id: it has made its session.
        let from = |i: usize| if i == 3 { &browsers[2] } else { &browsers[i] };
        let answer = Answer::Moved(YesNoNotSure::No);

        // Sent together, so they wait for the writer together.
        let saved = join_all(
            people
                .iter()
                .enumerate()
                .map(|(i, id)| store.save_answer(id, answer, Some(from(i)))),
        )
        .await;

        for (i, (id, saved)) in people.iter().zip(saved).enumerate() {
            let stored = store.load(id).await.unwrap();
            if i == 3 {
                assert!(
                    matches!(saved, Err(StoreError::BrowserUsed)),
                    "the refused answer is reported"
                );
                assert!(stored.is_none(), "and nothing of it is kept");
            } else {
                assert!(saved.is_ok(), "person {i} is told their answer is saved");
                let answer = stored.and_then(|a| a.value(QuestionId::Moved));
                assert_eq!(answer.as_deref(), Some("no"), "person {i}'s answer is kept");
            }
        }
    }

    #[tokio::test]
    async fn answers_saved_at_once_to_one_session_are_all_kept_and_read_back_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let store = open(&dir).await;
        let browser = SessionSecret::generate().unwrap();
        let me = SessionSecret::generate().unwrap();
        store
            .save_answer(&me, Answer::Moved(YesNoNotSure::No), Some(&browser))
            .await
            .unwrap();
        let answers = [
            Answer::Moved(YesNoNotSure::Yes),
            Answer::parse(QuestionId::PhotoId, "yes").unwrap(),
            Answer::CanAttend(YesNoNotSure::NotSure),
        ];
        let saved = join_all(answers.iter().map(|&a| store.save_answer(&me, a, None))).await;
        assert!(saved.iter().all(Result::is_ok));
        let reopened = open(&dir).await;
        let stored = reopened.load(&me).await.unwrap().unwrap();
        for a in answers {
            assert_eq!(stored.get(a.question()), Some(a));
        }
    }
}
