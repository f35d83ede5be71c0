//! Reading request bodies with a size limit, so a huge body is a 413, not a stall.

use actix_web::web;
use futures_util::StreamExt;

/// The largest form or JSON body accepted.
pub const LIMIT: usize = 16 * 1024;

#[derive(Debug)]
pub enum BodyError {
    TooLarge,
    Unreadable,
}

pub async fn read(mut payload: web::Payload) -> Result<web::BytesMut, BodyError> {
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
