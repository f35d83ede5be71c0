//! The real binary as a process: what it logs, how it stops on SIGTERM, and
//! what survives a SIGKILL in the middle of a load of answers.
//! `HUELLA_BIN` picks another build (CI passes the release binary).

mod commands;
mod crash;
mod logs;
mod server;
mod shutdown;
