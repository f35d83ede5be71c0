use std::process::ExitCode;

use huella::config::Settings;
use huella::error::cause_chain;
use huella::startup::Application;

#[actix_web::main]
async fn main() -> ExitCode {
    let settings = match Settings::from_env() {
        Ok(settings) => settings,
        Err(e) => {
            eprintln!("huella: {e}");
            return ExitCode::FAILURE;
        }
    };
    let addr = settings.addr.clone();
    let app = match Application::build(settings).await {
        Ok(app) => app,
        Err(e) => {
            eprintln!("huella: {}", cause_chain(&e));
            return ExitCode::FAILURE;
        }
    };
    let host = addr
        .rsplit_once(':')
        .map_or(addr.as_str(), |(host, _)| host);
    eprintln!("huella: serving on http://{host}:{}", app.port());
    match app.run_until_stopped().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("huella: {e}");
            ExitCode::FAILURE
        }
    }
}
