//! `spawn_app`: the real application on a free port with a fresh database
//! (SQLite, or PostgreSQL with `HUELLA_TEST_POSTGRES_URL`: see
//! `tests/support/database.rs`).

use chrono::NaiveDate;
use huella::config::{Database, Settings};
use huella::content::{DEFAULT_LANGUAGE, Texts};
use huella::decision::{QuestionId, QuestionKind};
use huella::routes::AppState;
use huella::startup::Application;
use reqwest::redirect::Policy;
use sqlx::AnyPool;

pub use crate::database::TestDatabase;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: TestDatabase,
    pub state: actix_web::web::Data<AppState>,
    settings: Settings,
    handle: actix_web::dev::ServerHandle,
}

pub fn test_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

pub fn settings(db: &TestDatabase) -> Settings {
    Settings {
        addr: "127.0.0.1:0".to_owned(),
        database: Database::parse(&db.url).unwrap(),
        today: Some(test_today()),
        // Tests post quickly; the limit has its own tests.
        rate_limit: 0,
        ..Settings::default()
    }
}

async fn start(db: TestDatabase, client: reqwest::Client) -> TestApp {
    let settings = settings(&db);
    start_with(db, client, settings).await
}

async fn start_with(db: TestDatabase, client: reqwest::Client, settings: Settings) -> TestApp {
    let app = Application::build(settings.clone())
        .await
        .expect("the app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let handle = app.handle();
    let state = app.state();
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        address,
        client,
        db,
        state,
        settings,
        handle,
    }
}

/// A browser-like client: keeps cookies, does not follow redirects (tests look at them).
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(Policy::none())
        // Never reuse a connection the server may be closing as idle (its
        // keep-alive is 5 s): that race is an `IncompleteMessage` on a
        // loaded machine, not a fault of the server.
        .pool_idle_timeout(std::time::Duration::from_secs(2))
        .build()
        .unwrap()
}

pub async fn spawn_app() -> TestApp {
    start(TestDatabase::new().await, browser()).await
}

/// The app with some settings changed from the tests' defaults.
pub async fn spawn_app_with(change: impl FnOnce(&mut Settings)) -> TestApp {
    let db = TestDatabase::new().await;
    let mut settings = settings(&db);
    change(&mut settings);
    start_with(db, browser(), settings).await
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// Another person on the same site, in a browser of their own.
    pub fn new_person(&self) -> Person<'_> {
        Person {
            app: self,
            client: browser(),
        }
    }

    /// The person whose browser is `self.client` (a clone shares its cookies).
    fn me(&self) -> Person<'_> {
        Person {
            app: self,
            client: self.client.clone(),
        }
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.me().get(path).await
    }

    pub async fn token(&self) -> String {
        self.me().token().await
    }

    /// `GET path` with exactly this `Cookie` header, as from a browser that
    /// holds it (a forged or another site's cookie).
    pub async fn get_with_cookie(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("Cookie", cookie)
            .send()
            .await
            .unwrap()
    }

    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.me().post_form(path, form).await
    }

    pub async fn post_form_raw(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.me().post_form_raw(path, form).await
    }

    pub async fn answer(&self, question: &str, value: &str) -> String {
        self.me().answer(question, value).await
    }

    pub async fn answer_all(&self, pairs: &[(&str, &str)]) {
        self.me().answer_all(pairs).await
    }

    pub async fn post_plan(&self, body: &str) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/plan"))
            .header("Content-Type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .unwrap()
    }

    /// A connection to the database apart from the server, as an
    /// operator's: SQL with `$1` placeholders runs on SQLite and PostgreSQL.
    pub async fn database(&self) -> AnyPool {
        sqlx::any::install_default_drivers();
        AnyPool::connect(&self.db.url).await.unwrap()
    }

    /// How many sessions the database holds, read apart from the server, as
    /// an operator would.
    pub async fn stored_rows(&self) -> i64 {
        let pool = self.database().await;
        let sessions = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM sessions")
            .fetch_one(&pool)
            .await
            .unwrap();
        pool.close().await;
        sessions
    }

    /// Stops the server and starts a new one on the same database and
    /// settings, keeping the client (and so its cookie).
    pub async fn restart(self) -> TestApp {
        self.handle.stop(true).await;
        start_with(self.db, self.client, self.settings).await
    }
}

/// The `Set-Cookie` header of a response.
pub fn set_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("set-cookie")
        .expect("the response sets a cookie")
        .to_str()
        .unwrap()
        .to_owned()
}

/// The value of the `csrf_token` hidden field in a page, if it has one.
pub fn form_token(html: &str) -> Option<String> {
    let rest = html.split(r#"name="csrf_token" value=""#).nth(1)?;
    Some(rest.split('"').next()?.to_owned())
}

pub fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("location")
        .expect("a redirect has a Location")
        .to_str()
        .unwrap()
        .to_owned()
}

/// One person's browser on a test site.
pub struct Person<'a> {
    app: &'a TestApp,
    pub client: reqwest::Client,
}

impl Person<'_> {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.app.url(path)).send().await.unwrap()
    }

    /// A page that must be there, as text.
    pub async fn page(&self, path: &str) -> String {
        let response = self.get(path).await;
        assert_eq!(response.status(), 200, "{path}");
        response.text().await.unwrap()
    }

    /// This browser's form token, read from a question page as a browser
    /// would (the first visit gives the browser its cookie).
    pub async fn token(&self) -> String {
        let html = self.get("/questions/case-type").await.text().await.unwrap();
        form_token(&html).expect("the question page has a form token")
    }

    /// Posts a form as a browser does: with this browser's token.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let token = self.token().await;
        let mut fields = form.to_vec();
        fields.push(("csrf_token", &token));
        self.post_form_raw(path, &fields).await
    }

    /// Posts exactly these fields: no token is added.
    pub async fn post_form_raw(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.app.url(path))
            .form(form)
            .send()
            .await
            .unwrap()
    }

    /// Answers one question and returns where the server sends the person next.
    pub async fn answer(&self, question: &str, value: &str) -> String {
        let response = self
            .post_form(&format!("/questions/{question}"), &[("answer", value)])
            .await;
        assert_eq!(response.status(), 303, "answering {question}={value}");
        location(&response)
    }

    /// Answers questions in order, as a person would by form; a date
    /// `YYYY-MM-DD` is typed into the month, day and year fields.
    pub async fn answer_all(&self, pairs: &[(&str, &str)]) {
        for &(question, value) in pairs {
            let mut parts = value.splitn(3, '-');
            let is_date =
                QuestionId::parse(question).is_some_and(|q| q.kind() == QuestionKind::Date);
            match (is_date, parts.next(), parts.next(), parts.next()) {
                (true, Some(year), Some(month), Some(day)) => {
                    let fields = [("month", month), ("day", day), ("year", year)];
                    let path = format!("/questions/{question}");
                    let response = self.post_form(&path, &fields).await;
                    assert_eq!(response.status(), 303, "typing the date {value}");
                }
                _ if question == "appointment-time" && value != "not-sure" => {
                    let response = self
                        .post_form("/questions/appointment-time", &[("time", value)])
                        .await;
                    assert_eq!(response.status(), 303, "typing the time {value}");
                }
                _ => {
                    self.answer(question, value).await;
                }
            }
        }
    }
}

/// The English text of a locale key.
pub fn english(key: &str) -> String {
    Texts::of(DEFAULT_LANGUAGE).t(key)
}

/// A journey whose plan is to reschedule online: asylum with USCIS, the
/// appointment on December 10 at 9:30, cannot go, never rescheduled.
pub const RESCHEDULE: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "yes"),
    ("appointment-date", "2026-12-10"),
    ("appointment-time", "9:30"),
    ("can-attend", "no"),
    ("reschedules", "0"),
    ("online-account", "yes"),
    ("moved", "no"),
];

/// An appointment still to come that the person will go to, with photo ID.
pub const ATTEND: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "yes"),
    ("appointment-date", "2026-12-10"),
    ("appointment-time", "9:30"),
    ("can-attend", "yes"),
    ("photo-id", "yes"),
    ("moved", "no"),
];

/// A journey whose plan has a call sheet: rescheduled twice already.
pub const CALL: &[(&str, &str)] = &[
    ("case-type", "asylum-uscis"),
    ("notice", "yes"),
    ("appointment-date", "2026-12-10"),
    ("appointment-time", "9:30"),
    ("can-attend", "no"),
    ("reschedules", "2-or-more"),
    ("moved", "no"),
];

/// A missed appointment and a denial, decided on November 15 and mailed.
/// The hearing is asked only on a court track (`with_answer` for another).
pub const DENIED: &[(&str, &str)] = &[
    ("case-type", "other-uscis"),
    ("hearing", "later"),
    ("notice", "yes"),
    ("appointment-date", "2026-09-01"),
    ("attended", "no"),
    ("letter", "denied"),
    ("decision-date", "2026-11-15"),
    ("decision-mailed", "yes"),
    ("moved", "no"),
];

/// `journey` with `question` answered `value` instead.
pub fn with_answer<'a>(
    journey: &[(&'a str, &'a str)],
    question: &str,
    value: &'a str,
) -> Vec<(&'a str, &'a str)> {
    journey
        .iter()
        .map(|&(q, v)| if q == question { (q, value) } else { (q, v) })
        .collect()
}

/// The resume code a result page or checklist shows.
pub fn shown_resume_code(html: &str) -> &str {
    let rest = html
        .split(r#"class="resume-code"><bdi dir="ltr">"#)
        .nth(1)
        .expect("the page shows a resume code");
    rest.split('<').next().unwrap()
}
