use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::database::TestDatabase;
use crate::server::Server;

#[tokio::test]
async fn sigterm_lets_a_request_in_flight_finish_then_exits_cleanly() {
    let db = TestDatabase::new().await;
    let mut server = Server::start(&db.url, None, &[]).await;
    let port = server.port;

    // A slow client: half a request before the signal, the rest after it.
    let body = "answer=asylum-uscis";
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "POST /questions/case-type HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
         Connection: close\r\n\r\nanswer=",
        body.len()
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.signal("-TERM");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the server waits for the request in flight"
    );
    stream
        .write_all(&body.as_bytes()["answer=".len()..])
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    // No token: the answer is refused, but the request is served in full.
    assert!(response.starts_with("HTTP/1.1 403"), "{response}");

    let status = server.exit_within(Duration::from_secs(10)).await;
    assert!(status.success(), "exit status {status}");
    assert!(
        TcpStream::connect(("127.0.0.1", port)).is_err(),
        "nothing listens after the exit"
    );
}

#[tokio::test]
async fn sigterm_with_a_stalled_body_open_exits_once_the_body_times_out() {
    let db = TestDatabase::new().await;
    let mut server = Server::start(&db.url, None, &[]).await;

    // Headers, then nothing more of a body that never comes.
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        stream,
        "POST /questions/case-type HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nanswer="
    )
    .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.signal("-TERM");

    // The body read gives up after 10 s: the exit comes then, not after
    // the 30 s a drain may take.
    let status = server.exit_within(Duration::from_secs(15)).await;
    assert!(status.success(), "exit status {status}");
}
