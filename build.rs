// sqlx::migrate! and fluent's static_loader! embed these folders; without
// these lines a new file in them would not trigger a rebuild. Askama reads
// its configuration at compile time too.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=migrations/sqlite");
    println!("cargo:rerun-if-changed=migrations/postgres");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=askama.toml");
    embed_locale_sources();
}

/// The Fluent files' text, as `(language, file, text)`: an organisation's
/// overrides are checked against the built-in messages, which the static
/// loader keeps to itself, and a deployed binary has no `locales/` beside it.
fn embed_locale_sources() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ is readable") {
        let lang = lang.expect("locales/ is readable").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("a locale folder is readable") {
            let path = file.expect("a locale folder is readable").path();
            if path.extension().is_some_and(|e| e == "ftl") {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut out = String::from("pub const BUILTIN_FTL: &[(&str, &str, &str)] = &[\n");
    for path in files {
        let lang = path.parent().and_then(|p| p.file_name()).unwrap();
        let name = path.file_name().unwrap();
        out.push_str(&format!(
            "    ({:?}, {:?}, include_str!({:?})),\n",
            lang.to_string_lossy(),
            name.to_string_lossy(),
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("builtin_ftl.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
