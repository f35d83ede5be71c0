//! HTTP tests against the real application on a free port with a fresh
//! database: SQLite, or PostgreSQL when `HUELLA_TEST_POSTGRES_URL` names a
//! server.

#[path = "../support/database.rs"]
mod database;

mod beyond;
mod cache;
mod hardening;
mod helpers;
mod hostile;
mod journey;
mod language;
mod metrics;
mod organisation;
mod plan_api;
mod printouts;
mod questions;
mod result_page;
mod review;
mod safety;
mod sealed;
mod session;
