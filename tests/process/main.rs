//! The real binary as a process: what it logs, how it stops on SIGTERM, and
//! what survives a SIGKILL in the middle of a load of answers.
//! `HUELLA_BIN` picks another build (CI passes the release binary).
//! `HUELLA_TEST_POSTGRES_URL` runs them on PostgreSQL, and with it two
//! instances share one database (`instances.rs`).

#[path = "../support/database.rs"]
mod database;

mod commands;
mod crash;
mod instances;
mod load;
mod logs;
mod server;
mod shutdown;
