//! A fresh database for one test: a SQLite file in a temporary folder or,
//! when `HUELLA_TEST_POSTGRES_URL` names a PostgreSQL server (such as
//! `postgres://huella@127.0.0.1:5433/postgres`), a new database on that
//! server, dropped when the test ends. Shared by `tests/api` and
//! `tests/process`.

use sqlx::{AssertSqlSafe, Connection, PgConnection};
use tempfile::TempDir;

/// The variable that names the PostgreSQL server the tests may use.
pub const POSTGRES_SERVER: &str = "HUELLA_TEST_POSTGRES_URL";

/// The server named by `HUELLA_TEST_POSTGRES_URL`, when it is set.
pub fn postgres_server() -> Option<String> {
    std::env::var(POSTGRES_SERVER)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

pub struct TestDatabase {
    /// Its `HUELLA_DATABASE_URL`.
    pub url: String,
    /// Holds the SQLite file; on PostgreSQL it stays empty.
    pub dir: TempDir,
    /// The PostgreSQL server and the database made on it.
    created: Option<(String, String)>,
}

impl TestDatabase {
    /// On the PostgreSQL server when one is named, else a SQLite file.
    pub async fn new() -> TestDatabase {
        match postgres_server() {
            Some(server) => TestDatabase::postgres(&server).await,
            None => TestDatabase::sqlite(),
        }
    }

    pub fn sqlite() -> TestDatabase {
        let dir = tempfile::tempdir().unwrap();
        TestDatabase {
            url: format!("sqlite://{}/huella.db", dir.path().display()),
            dir,
            created: None,
        }
    }

    /// A new, empty database on `server`.
    pub async fn postgres(server: &str) -> TestDatabase {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).unwrap();
        let name = format!("t_{}", huella::store::hex(&bytes));
        let mut admin = PgConnection::connect(server)
            .await
            .unwrap_or_else(|e| panic!("{POSTGRES_SERVER}: cannot connect: {e}"));
        sqlx::raw_sql(AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .unwrap();
        admin.close().await.unwrap();
        TestDatabase {
            url: with_database(server, &name),
            dir: tempfile::tempdir().unwrap(),
            created: Some((server.to_owned(), name)),
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.created.is_some()
    }

    /// Drops the PostgreSQL database now, ending its connections: the
    /// database is gone while the server still runs.
    #[allow(dead_code, reason = "tests/api uses it, tests/process does not")]
    pub async fn drop_now(&self) {
        let (server, name) = self.created.as_ref().expect("a PostgreSQL database");
        drop_database(server, name).await;
    }
}

async fn drop_database(server: &str, name: &str) {
    let mut admin = PgConnection::connect(server).await.unwrap();
    sqlx::raw_sql(AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut admin)
    .await
    .unwrap();
    admin.close().await.unwrap();
}

/// A test's database is dropped when the test ends, on a thread of its own:
/// the test's runtime cannot be blocked on from inside.
impl Drop for TestDatabase {
    fn drop(&mut self) {
        let Some((server, name)) = self.created.take() else {
            return;
        };
        let dropped = std::thread::spawn(move || {
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(drop_database(&server, &name));
        })
        .join();
        // A failed drop leaves the database for the cluster's removal; a
        // panic in a Drop during a failing test would hide the failure.
        if dropped.is_err() {
            eprintln!("the test database could not be dropped");
        }
    }
}

/// `server`'s address naming the database `name` instead.
fn with_database(server: &str, name: &str) -> String {
    let (head, query) = match server.split_once('?') {
        Some((head, query)) => (head, format!("?{query}")),
        None => (server, String::new()),
    };
    let after_scheme = head.find("://").map_or(0, |i| i + 3);
    let host_end = head[after_scheme..]
        .find('/')
        .map_or(head.len(), |i| after_scheme + i);
    format!("{}/{name}{query}", &head[..host_end])
}
