// sqlx::migrate! and fluent's static_loader! embed these folders; without
// these lines a new file in them would not trigger a rebuild. Askama reads
// its configuration at compile time too.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=askama.toml");
}
