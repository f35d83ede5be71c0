//! Huella: a plain-language guide for USCIS biometrics appointments.

pub mod cache;
pub mod config;
pub mod content;
pub mod decision;
pub mod error;
pub mod ics;
pub mod log;
pub mod metrics;
pub mod routes;
pub mod shell;
pub mod startup;
pub mod store;
pub mod views;
