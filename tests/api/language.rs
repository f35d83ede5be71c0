use chrono::NaiveDate;
use huella::content::{LANGUAGES, Language, Texts};

use crate::helpers::{CALL, RESCHEDULE, TestApp, browser, location, spawn_app, with_answer};

fn texts(code: &str) -> &'static Texts {
    Texts::of(Language::find(code).unwrap())
}

fn html_attributes(html: &str) -> &str {
    let start = html.find("<html").unwrap();
    &html[start..start + html[start..].find('>').unwrap()]
}

async fn page_with_header(app: &TestApp, path: &str, accept: &str) -> (u16, String) {
    let response = app
        .client
        .get(app.url(path))
        .header("Accept-Language", accept)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

/// The visible text of a page: what sits between tags, entities decoded,
/// whitespace collapsed.
fn visible_texts(html: &str) -> Vec<String> {
    let body = &html[html.find("<body").unwrap_or(0)..];
    body.split('<')
        .filter_map(|chunk| chunk.split_once('>').map(|(_, text)| text))
        .map(|text| {
            text.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|text| !text.is_empty())
        .collect()
}

#[actix_web::test]
async fn a_first_visit_follows_the_browsers_accept_language() {
    let app = spawn_app().await;
    for (accept, lang, dir) in [
        ("es-MX,es;q=0.9,en;q=0.8", "es", "ltr"),
        ("ar-EG,ar;q=0.9", "ar", "rtl"),
        ("pt-BR,pt;q=0.9,en;q=0.5", "pt", "ltr"),
        ("ht-HT,ht;q=0.9", "ht", "ltr"),
        ("zh-CN,zh;q=0.9", "zh", "ltr"),
        ("zh-Hans-CN", "zh", "ltr"),
        ("fr-FR, en;q=0.5", "en", "ltr"),
        ("de", "en", "ltr"),
    ] {
        let (status, html) = page_with_header(&app, "/", accept).await;
        assert_eq!(status, 200);
        assert_eq!(
            html_attributes(&html),
            format!(r#"<html lang="{lang}" dir="{dir}""#),
            "Accept-Language: {accept}"
        );
        assert!(html.contains(&texts(lang).t("start-title")), "{accept}");
    }
}

#[actix_web::test]
async fn the_start_page_offers_every_other_language_as_a_big_link_in_its_own_name() {
    let app = spawn_app().await;
    for current in huella::content::LANGUAGES {
        let html = app
            .client
            .get(app.url(&format!("/?lang={}", current.code)))
            .header("Accept-Language", current.code)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let choice = &html[html
            .find(r#"class="language-choice""#)
            .expect("a language choice")..];
        let choice = &choice[..choice.find("</ul>").unwrap()];
        for other in huella::content::LANGUAGES {
            let name = Texts::of(*other).t("language-name");
            let big = format!(r#"lang="{}" class="language-big">{name}</a>"#, other.code);
            assert_eq!(
                choice.contains(&big),
                other != current,
                "{} on the {} start page",
                other.code,
                current.code
            );
        }
    }
}

#[actix_web::test]
async fn every_page_links_to_each_language_in_its_own_name() {
    let app = spawn_app().await;
    let html = app.get("/questions/case-type").await.text().await.unwrap();
    assert!(html.contains(r#"<span lang="en" aria-current="true">English</span>"#));
    for (code, name) in [
        ("es", "Español"),
        ("pt", "Português"),
        ("ht", "Kreyòl ayisyen"),
        ("zh", "中文"),
        ("ar", "العربية"),
    ] {
        let link = format!(
            r#"<a href="/language?lang={code}&#38;next=%2Fquestions%2Fcase-type" hreflang="{code}" lang="{code}">{name}</a>"#
        );
        assert!(html.contains(&link), "missing {link}");
    }
}

#[actix_web::test]
async fn choosing_a_language_is_remembered_and_keeps_the_answers() {
    let app = spawn_app().await;
    app.answer("case-type", "asylum-court").await;
    app.answer("hearing", "later").await;

    let response = app
        .get("/language?lang=ar&next=%2Fquestions%2Fhearing")
        .await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/questions/hearing");

    // The browser says English; the choice wins from now on.
    let (_, html) = page_with_header(&app, "/questions/hearing", "en").await;
    assert!(html_attributes(&html).contains(r#"lang="ar" dir="rtl""#));
    assert!(html.contains(&texts("ar").t("q-hearing-title")));
    assert!(
        html.contains(r#"value="later" checked"#),
        "the answer survives the change of language"
    );

    app.get("/language?lang=es&next=%2F").await;
    let html = app.get("/questions/case-type").await.text().await.unwrap();
    assert!(html_attributes(&html).contains(r#"lang="es" dir="ltr""#));
    assert!(html.contains(r#"value="asylum-court" checked"#));
}

#[actix_web::test]
async fn the_language_link_never_leads_to_another_site() {
    let app = spawn_app().await;
    for next in [
        "%2F%2Fevil.example",
        "https%3A%2F%2Fevil.example",
        "%2F%5Cevil.example",
    ] {
        let response = app.get(&format!("/language?lang=es&next={next}")).await;
        assert_eq!(response.status(), 303);
        assert_eq!(location(&response), "/", "next={next}");
    }
}

#[actix_web::test]
async fn an_unknown_language_gets_a_clear_400_page() {
    let app = spawn_app().await;
    for query in ["lang=xx&next=%2F", "next=%2F", "lang=%FF%FE", "lang="] {
        let response = app.get(&format!("/language?{query}")).await;
        assert_eq!(response.status(), 400, "{query}");
        let html = response.text().await.unwrap();
        assert!(html.contains(&texts("en").t("error-bad-request-title")));
    }
}

#[actix_web::test]
async fn error_pages_are_in_the_persons_language() {
    let app = spawn_app().await;
    let (status, html) = page_with_header(&app, "/no-such-page", "es").await;
    assert_eq!(status, 404);
    assert!(html_attributes(&html).contains(r#"lang="es""#));
    assert!(html.contains(&texts("es").t("error-not-found-title")));
}

/// Every kind of page a person meets: before answers, the questions, and
/// after them the result and both printouts; the information pages; an
/// error page. (The content review page, `/review`, walks every plan, too
/// slow to build here in each language; it has the same frame.)
const PAGES: &[&str] = &[
    "/",
    "/questions/case-type",
    "/privacy",
    "/resume",
    "/start-again",
    "/delete-answers",
    "/answers-deleted",
    "/no-such-page",
    "/check-answers",
    "/result",
    "/result/checklist",
    "/result/call-sheet",
];

#[actix_web::test]
async fn every_page_renders_in_every_language_and_an_unreviewed_one_says_so_with_the_plan() {
    let app = spawn_app().await;
    app.answer_all(CALL).await;
    for &language in LANGUAGES {
        let line = Texts::of(language).t("translation-unreviewed");
        let code = language.code;
        for path in PAGES {
            let (status, html) = page_with_header(&app, path, code).await;
            let expected = if *path == "/no-such-page" { 404 } else { 200 };
            assert_eq!(status, expected, "{code} {path}");
            assert!(
                html_attributes(&html).contains(&format!(r#"lang="{code}""#)),
                "{code} {path}"
            );
            let note = format!(r#"<p class="translation-note">{line}</p>"#);
            assert_eq!(
                html.contains(&note),
                !language.reviewed(),
                "{code} {path}: the note only while unreviewed"
            );
        }
        let body = format!(
            r#"{{"answers": {{"case-type": "other-uscis", "notice": "no", "receipt": "yes",
                "waited": "under-2-months", "moved": "no"}}, "today": "2026-11-22", "lang": "{code}"}}"#
        );
        let json: serde_json::Value = app.post_plan(&body).await.json().await.unwrap();
        let expected = (!language.reviewed()).then_some(line.as_str());
        assert_eq!(json["translation_unreviewed"].as_str(), expected, "{code}");
    }
    assert!(
        LANGUAGES.iter().any(|l| !l.reviewed()),
        "some language is unreviewed, so this shows the note"
    );
}

#[actix_web::test]
async fn the_plan_api_answers_in_the_language_asked_and_english_otherwise() {
    let app = spawn_app().await;
    let body = |lang: &str| {
        format!(
            r#"{{"answers": {{"case-type": "other-uscis", "notice": "no", "receipt": "yes",
                "waited": "under-2-months", "moved": "no"}}, "today": "2026-11-22", "lang": "{lang}"}}"#
        )
    };
    for (lang, expected) in [("es", "es"), ("ar", "ar"), ("es-MX", "es"), ("xx", "en")] {
        let json: serde_json::Value = app.post_plan(&body(lang)).await.json().await.unwrap();
        let step = &json["steps"][0];
        let id = step["id"].as_str().unwrap();
        assert_eq!(
            step["title"].as_str().unwrap(),
            texts(expected).t(&format!("step-{id}-title")),
            "lang {lang}"
        );
    }

    let response = app
        .post_plan(r#"{"answers": {"case-type": "maybe"}, "lang": "es"}"#)
        .await;
    assert_eq!(response.status(), 422);
    let json: serde_json::Value = response.json().await.unwrap();
    assert_eq!(json["field"], "case-type");
    assert_eq!(
        json["error"].as_str().unwrap(),
        texts("es").t_with(
            "api-error-bad-value",
            &[("field", "case-type".to_owned().into())]
        )
    );
}

/// The pages of one journey, in the language the client asked for.
async fn journey_pages(lang: &str) -> Vec<String> {
    let app = spawn_app().await;
    let get = |path: String| {
        let app = &app;
        async move {
            let (status, html) = page_with_header(app, &path, lang).await;
            assert_eq!(status, 200, "{path}");
            html
        }
    };
    let mut pages = vec![get("/".to_owned()).await];
    for (question, value) in with_answer(RESCHEDULE, "moved", "yes") {
        pages.push(get(format!("/questions/{question}")).await);
        let token = app.token().await;
        let refused = app
            .client
            .post(app.url(&format!("/questions/{question}")))
            .header("Accept-Language", lang)
            .form(&[("answer", ""), ("csrf_token", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 422);
        pages.push(refused.text().await.unwrap());
        app.answer_all(&[(question, value)]).await;
    }
    for path in ["/check-answers", "/result", "/result/checklist"] {
        pages.push(get(path.to_owned()).await);
    }
    pages
}

#[actix_web::test]
async fn a_whole_journey_in_spanish_shows_no_english_text() {
    let english = journey_pages("en").await;
    let spanish = journey_pages("es").await;
    let spanish_texts: Vec<String> = spanish.iter().flat_map(|p| visible_texts(p)).collect();
    // Names, phone numbers, form names and "English" in the language links
    // are the same in every language: only phrases of three words or more count.
    let english_phrases: Vec<String> = english
        .iter()
        .flat_map(|p| visible_texts(p))
        .filter(|t| t.split_whitespace().count() >= 3)
        .collect();
    assert!(english_phrases.len() > 100, "the English journey has text");
    for phrase in &english_phrases {
        assert!(
            !spanish_texts.iter().any(|t| t.contains(phrase.as_str())),
            "English on a Spanish page: {phrase:?}"
        );
    }
    for page in &spanish {
        assert!(html_attributes(page).contains(r#"lang="es""#));
    }
    let result = &spanish[spanish.len() - 2];
    let date = texts("es").date(NaiveDate::from_ymd_opt(2026, 12, 10).unwrap());
    assert!(date.contains("diciembre"), "{date}");
    assert!(result.contains(&date), "dates are written the Spanish way");
}

#[actix_web::test]
async fn a_fresh_browser_without_accept_language_gets_english() {
    let app = spawn_app().await;
    let response = browser().get(app.url("/")).send().await.unwrap();
    let html = response.text().await.unwrap();
    assert!(html_attributes(&html).contains(r#"lang="en" dir="ltr""#));
}
