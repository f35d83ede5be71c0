//! Reading request bodies with a size and a time limit, so a huge body is a
//! 413 and a body sent a byte at a time is a 408, never a stall.

use std::time::Duration;

use actix_web::web;
use futures_util::StreamExt;

/// The largest form or JSON body accepted.
pub const LIMIT: usize = 16 * 1024;
/// How long a whole body may take to arrive: 16 KiB needs a fraction of a
/// second even on a slow phone line.
pub const READ_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub enum BodyError {
    TooLarge,
    Unreadable,
    TooSlow,
}

pub async fn read(payload: web::Payload) -> Result<web::BytesMut, BodyError> {
    actix_web::rt::time::timeout(READ_TIMEOUT, read_all(payload))
        .await
        .unwrap_or(Err(BodyError::TooSlow))
}

async fn read_all(mut payload: web::Payload) -> Result<web::BytesMut, BodyError> {
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| BodyError::Unreadable)?;
        if body.len() + chunk.len() > LIMIT {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
