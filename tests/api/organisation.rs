//! An organisation's content folder (`HUELLA_CONTENT_DIR`): its contacts
//! come first, its own wording replaces the built-in, and a bad folder
//! stops the server before it serves.

use std::path::PathBuf;

use huella::config::Settings;
use huella::startup::Application;

use crate::helpers::{RESCHEDULE, TestDatabase, english, settings, spawn_app, spawn_app_with};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[actix_web::test]
async fn an_organisations_contacts_are_on_the_result_and_the_checklist_before_the_directories() {
    let app = spawn_app_with(|s| s.content_dir = Some(fixture("org"))).await;
    app.answer_all(RESCHEDULE).await;
    for path in ["/result", "/result/checklist"] {
        let html = app.get(path).await.text().await.unwrap();
        let heading = html
            .find("Legal help from Valle Legal Aid")
            .unwrap_or_else(|| panic!("{path} names the organisation"));
        assert!(html.contains("Valle Legal Aid, Riverside office"), "{path}");
        assert!(html.contains("Valle Legal Aid hotline"), "{path}");
        assert!(html.contains(r#"href="tel:+15550100199""#), "{path}");
        assert!(
            html.contains("Languages spoken: English, Español, Kʼicheʼ"),
            "{path}"
        );
        assert!(html.contains("Hours: Monday to Thursday, 9 to 5"), "{path}");
        assert!(
            html.contains("Contact details last checked November 2, 2026"),
            "{path}"
        );
        if path == "/result" {
            let directories = html.find(&english("legal-help-eoir-providers")).unwrap();
            assert!(heading < directories, "the organisation comes first");
        }
    }
}

#[actix_web::test]
async fn an_organisations_wording_replaces_the_built_in_message_in_its_language_only() {
    let app = spawn_app_with(|s| s.content_dir = Some(fixture("org"))).await;
    app.answer_all(RESCHEDULE).await;
    let html = app.get("/result").await.text().await.unwrap();
    // The built-in English up to its first quotation mark (escaped in HTML).
    let built_in = english("result-help-body");
    assert!(html.contains(built_in.split('"').next().unwrap()));
    app.get("/language?lang=es&next=/result").await;
    let html = app.get("/result").await.text().await.unwrap();
    assert!(html.contains("Valle Legal Aid revisa su caso sin costo."));
    assert!(html.contains("Ayuda legal de Valle Legal Aid"));
}

#[actix_web::test]
async fn without_a_content_folder_no_organisation_is_shown() {
    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    let html = app.get("/result").await.text().await.unwrap();
    assert!(!html.contains("local-help"));
    assert!(html.contains(&english("legal-help-eoir-providers")));
}

#[actix_web::test]
async fn a_bad_content_folder_stops_the_server_naming_the_file_and_line() {
    // The content is checked before the database is opened: a file will do.
    let db = TestDatabase::sqlite();
    let settings = Settings {
        content_dir: Some(fixture("bad-org")),
        ..settings(&db)
    };
    let Err(error) = Application::build(settings).await else {
        panic!("a bad content folder must not serve");
    };
    let message = error.to_string();
    assert!(
        message.contains("bad-org/locales/en/help.ftl:3: result-help-bodyy is not a message"),
        "{message}"
    );
    assert!(!message.contains("help.ftl:2"), "{message}");
}
