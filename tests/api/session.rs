use crate::helpers::{RESCHEDULE, form_token, location, set_cookie, shown_resume_code, spawn_app};

#[actix_web::test]
async fn the_session_cookie_is_http_only_same_site_lax_and_random() {
    let app = spawn_app().await;
    let response = app
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    let cookie = set_cookie(&response);
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(!cookie.contains("Secure"), "not over plain HTTP: {cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    let value = cookie.split(';').next().unwrap().split('=').nth(1).unwrap();
    assert_eq!(value.len(), 64, "256 random bits as hex");
    let other = spawn_app().await;
    let response = other
        .post_form("/questions/case-type", &[("answer", "asylum-uscis")])
        .await;
    let other_cookie = set_cookie(&response);
    assert_ne!(cookie, other_cookie);
}

#[actix_web::test]
async fn answers_survive_a_server_restart() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    app.answer("hearing", "within-60-days").await;
    let app = app.restart().await;
    assert_eq!(
        location(&app.get("/questions/moved").await),
        "/questions/notice"
    );
    let html = app.get("/questions/hearing").await.text().await.unwrap();
    assert!(html.contains("value=\"within-60-days\" checked"));
}

#[actix_web::test]
async fn start_again_deletes_the_answers_and_clears_the_cookie() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-uscis").await;
    let response = app.post_form("/start-again", &[]).await;
    assert_eq!(location(&response), "/");
    let cleared = set_cookie(&response);
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert_eq!(
        location(&app.get("/questions/notice").await),
        "/questions/case-type"
    );
    assert_eq!(app.stored_rows().await, 0, "the row is gone, not hidden");
}

#[actix_web::test]
async fn a_forged_or_unknown_session_cookie_starts_fresh_instead_of_failing() {
    let app = spawn_app().await;
    for forged in [
        "huella_session=abc",
        "huella_session=<script>",
        &format!("huella_session={}", "0".repeat(64)),
    ] {
        let response = app.get_with_cookie("/questions/notice", forged).await;
        assert_eq!(response.status(), 303, "{forged}");
        assert_eq!(location(&response), "/questions/case-type");
    }
    // A fresh client with a fresh session is never shown another's answers.
    app.answer("case-type", "asylum-court").await;
    let html = app.new_person().page("/questions/case-type").await;
    assert!(!html.contains("checked"));
}

#[actix_web::test]
async fn people_with_the_same_answers_each_get_their_own_form_token_and_resume_code() {
    let app = spawn_app().await;
    let (ana, ben) = (app.new_person(), app.new_person());
    for person in [&ana, &ben] {
        person.answer_all(RESCHEDULE).await;
    }
    for path in ["/questions/moved", "/result", "/result/checklist"] {
        let ana_page = ana.page(path).await;
        let ben_page = ben.page(path).await;
        let mut ana_as_ben = ana_page.clone();
        // The printed checklist has no form, so no token.
        if let Some(ana_token) = form_token(&ana_page) {
            let ben_token = form_token(&ben_page).unwrap();
            assert_ne!(ana_token, ben_token, "{path}");
            ana_as_ben = ana_as_ben.replace(&ana_token, &ben_token);
        } else {
            assert_eq!(path, "/result/checklist");
        }
        if path.starts_with("/result") {
            let (ana_code, ben_code) = (shown_resume_code(&ana_page), shown_resume_code(&ben_page));
            assert_ne!(ana_code, ben_code, "{path}");
            ana_as_ben = ana_as_ben.replace(ana_code, ben_code);
        }
        if path == "/result" {
            // The QR code and the text message and email carry each
            // person's own code, never the other's.
            let ana_qr = ana.page("/result/qr.svg").await;
            let ben_qr = ben.page("/result/qr.svg").await;
            assert!(ana_qr.starts_with("<svg") && ben_qr.starts_with("<svg"));
            assert_ne!(ana_qr, ben_qr);
            for (page, other) in [(&ana_page, &ben_page), (&ben_page, &ana_page)] {
                let own = shown_resume_code(page);
                for scheme in ["sms:", "mailto:"] {
                    let link = link_of(page, scheme);
                    assert!(link.contains(&format!("resume%3Fcode%3D{own}")), "{link}");
                    assert!(!link.contains(shown_resume_code(other)), "{link}");
                }
            }
        }
        assert_eq!(
            ana_as_ben, ben_page,
            "{path}: the same page but for the token and the code"
        );
    }
    // Each page's token is its own browser's.
    let ana_token = form_token(&ana.page("/result").await).unwrap();
    let ben_token = form_token(&ben.page("/result").await).unwrap();
    let refused = (ben.post_form_raw("/start-again", &[("csrf_token", &ana_token)])).await;
    assert_eq!(refused.status(), 403);
    let accepted = (ben.post_form_raw("/start-again", &[("csrf_token", &ben_token)])).await;
    assert_eq!(location(&accepted), "/");
    assert_eq!(app.stored_rows().await, 1, "Ana's answers are still there");
}

/// The `href` of the first link with this scheme.
fn link_of<'a>(html: &'a str, scheme: &str) -> &'a str {
    let rest = html.split(&format!("href=\"{scheme}")).nth(1).unwrap();
    rest.split('"').next().unwrap()
}

#[actix_web::test]
async fn a_browser_that_takes_gzip_gets_the_same_pages_compressed() {
    use std::io::Read;

    let app = spawn_app().await;
    app.answer_all(RESCHEDULE).await;
    for path in [
        "/questions/appointment-date",
        "/questions/moved",
        "/result",
        "/result/checklist",
    ] {
        let plain = app.get(path).await.text().await.unwrap();
        let response = app
            .client
            .get(app.url(path))
            .header("Accept-Encoding", "gzip, deflate, br, zstd")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
        let header = |name| {
            response
                .headers()
                .get(name)
                .unwrap()
                .to_str()
                .unwrap()
                .to_owned()
        };
        assert_eq!(header("content-encoding"), "gzip", "{path}");
        assert_eq!(header("vary"), "accept-encoding", "{path}");
        let gzip = response.bytes().await.unwrap();
        let mut page = String::new();
        flate2::read::GzDecoder::new(&gzip[..])
            .read_to_string(&mut page)
            .unwrap();
        assert_eq!(page, plain, "{path}");
        // About as small as compressing the whole page afresh would make it.
        let mut fresh = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut fresh, plain.as_bytes()).unwrap();
        let fresh = fresh.finish().unwrap().len();
        eprintln!("{path}: {} of {} (fresh {fresh})", gzip.len(), plain.len());
        assert!(gzip.len() < fresh * 3 / 2, "{path}: compressed");
    }
    // A browser that turns gzip down gets the page as it is.
    let response = app
        .client
        .get(app.url("/result"))
        .header("Accept-Encoding", "gzip;q=0, identity")
        .send()
        .await
        .unwrap();
    assert!(response.headers().get("content-encoding").is_none());
    assert!(response.text().await.unwrap().contains("data-step"));
}
