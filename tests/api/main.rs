//! HTTP tests against the real application on a free port with a fresh database.

mod helpers;
mod journey;
mod plan_api;
mod questions;
mod session;
