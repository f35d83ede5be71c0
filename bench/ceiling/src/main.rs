//! The ceiling of the Huella benchmark: the same actix-web, the same default
//! worker count (one per core), serving one fixed ~5 KB HTML page with no
//! session, database, template or middleware. What Huella's pages reach as a
//! share of this is what `bench/run` reports.
//!
//! `CEILING_ADDR` (default `127.0.0.1:8090`) is the listen address.

use actix_web::{App, HttpResponse, HttpServer, web};

const PAGE: &str = include_str!("page.html");

async fn page() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(PAGE)
}

#[actix_web::main]
async fn main() -> std::io::Result<()> {
    let addr = std::env::var("CEILING_ADDR").unwrap_or_else(|_| "127.0.0.1:8090".to_owned());
    let server = HttpServer::new(|| App::new().route("/{tail:.*}", web::get().to(page))).bind(&addr)?;
    eprintln!("ceiling: serving on http://{addr}");
    server.run().await
}
