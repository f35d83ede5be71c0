use std::fs::File;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// A running `huella` process on a free port.
pub struct Server {
    pub child: Child,
    pub address: String,
    pub port: u16,
}

pub fn binary() -> PathBuf {
    std::env::var_os("HUELLA_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_huella")))
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Server {
    /// Starts the binary on the database `database_url`, with its output in
    /// `log` (when given), and waits for `/health`.
    pub async fn start(
        database_url: &str,
        log: Option<&Path>,
        extra_env: &[(&str, &str)],
    ) -> Server {
        Self::start_command(Command::new(binary()), database_url, log, extra_env).await
    }

    /// The same, with no file the server writes allowed past `kib` KiB
    /// (`ulimit -f`, its signal ignored, so a write past it fails as on a
    /// full disk).
    pub async fn start_with_file_limit(database_url: &str, kib: u64) -> Server {
        let mut command = Command::new("bash");
        command
            .args(["-c", r#"ulimit -f "$1" && trap '' XFSZ && exec "$0""#])
            .arg(binary())
            .arg(kib.to_string());
        Self::start_command(command, database_url, None, &[]).await
    }

    async fn start_command(
        mut command: Command,
        database_url: &str,
        log: Option<&Path>,
        extra_env: &[(&str, &str)],
    ) -> Server {
        let port = free_port();
        command
            .env("HUELLA_ADDR", format!("127.0.0.1:{port}"))
            .env("HUELLA_DATABASE_URL", database_url)
            .env("HUELLA_TODAY", "2026-11-22")
            .env("HUELLA_RATE_LIMIT", "0")
            .envs(extra_env.iter().copied());
        match log {
            Some(path) => {
                let out = File::create(path).unwrap();
                command.stdout(out.try_clone().unwrap()).stderr(out);
            }
            None => {
                command.stdout(Stdio::null()).stderr(Stdio::null());
            }
        }
        let child = command.spawn().expect("the binary starts");
        let server = Server {
            child,
            address: format!("http://127.0.0.1:{port}"),
            port,
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = reqwest::Client::new();
        while Instant::now() < deadline {
            if let Ok(r) = client.get(server.url("/health")).send().await
                && r.status() == 200
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server did not answer /health");
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill {signal}");
    }

    /// Waits for the process to exit, failing after `limit`.
    pub async fn exit_within(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser-like client that keeps cookies and does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        // Below the server's 5 s keep-alive: never reuse a connection it may
        // be closing as idle.
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .unwrap()
}

/// The form token `server` gives this browser on a question page.
pub async fn form_token(client: &reqwest::Client, server: &Server) -> reqwest::Result<String> {
    let page = client
        .get(server.url("/questions/case-type"))
        .send()
        .await?
        .text()
        .await?;
    Ok(page
        .split(r#"name="csrf_token" value=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_default()
        .to_owned())
}

/// Posts an answer as a browser would: reads the page's form token first.
pub async fn answer(
    client: &reqwest::Client,
    server: &Server,
    fields: &[(&str, &str)],
) -> reqwest::Result<reqwest::Response> {
    let token = form_token(client, server).await?;
    let question = fields[0].0;
    let mut form: Vec<(&str, &str)> = fields[1..].to_vec();
    form.push(("csrf_token", &token));
    client
        .post(server.url(&format!("/questions/{question}")))
        .form(&form)
        .send()
        .await
}
