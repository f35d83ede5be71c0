//! `huella backup FILE`: a consistent copy of the database, made while the
//! server runs. SQLite's `VACUUM INTO` reads one snapshot (WAL readers do
//! not block the writer) and writes it compacted to a new file. The copy
//! holds the answers as sealed as the database does.

use std::io::ErrorKind;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::ConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists: a backup never overwrites a file; name a new one")]
    Exists(PathBuf),
    #[error("cannot create {0}: {1}")]
    Create(PathBuf, #[source] std::io::Error),
    #[error("cannot open the database {0}: {1}")]
    Open(PathBuf, #[source] sqlx::Error),
    #[error("the copy into {0} failed: {1}")]
    Copy(PathBuf, #[source] sqlx::Error),
}

/// Copies the database at `database` into the new file `dest` (mode 0600).
pub async fn backup(database: &Path, dest: &Path) -> Result<(), BackupError> {
    // Made here, empty, so that an existing file is refused without a race
    // and the copy is the server user's alone whatever the umask.
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(dest)
        .map_err(|e| match e.kind() {
            ErrorKind::AlreadyExists => BackupError::Exists(dest.to_owned()),
            _ => BackupError::Create(dest.to_owned(), e),
        })?;
    let copied = copy(database, dest).await;
    if copied.is_err() {
        // Never leave a half-made file that looks like a backup.
        let _ = std::fs::remove_file(dest);
    }
    copied
}

async fn copy(database: &Path, dest: &Path) -> Result<(), BackupError> {
    // Without create_if_missing: a mistyped path must not back up an empty file.
    let mut source = SqliteConnectOptions::new()
        .filename(database)
        .busy_timeout(Duration::from_secs(5))
        .connect()
        .await
        .map_err(|e| BackupError::Open(database.to_owned(), e))?;
    sqlx::query("VACUUM INTO ?")
        .bind(dest.to_string_lossy().into_owned())
        .execute(&mut source)
        .await
        .map_err(|e| BackupError::Copy(dest.to_owned(), e))?;
    Ok(())
}
