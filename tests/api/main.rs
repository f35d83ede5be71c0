//! HTTP tests against the real application on a free port with a fresh database.

mod beyond;
mod cache;
mod hardening;
mod helpers;
mod hostile;
mod journey;
mod language;
mod plan_api;
mod printouts;
mod questions;
mod review;
mod safety;
mod sealed;
mod session;
