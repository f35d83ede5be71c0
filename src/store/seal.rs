//! What makes a copy of the database unreadable: every session's answers are
//! sealed (XChaCha20-Poly1305) under a key derived from a secret that only
//! the person's cookie holds, and the row is found by a one-way hash of that
//! secret. The resume code unlocks the same secret through argon2id. See
//! `docs/THREAT-MODEL.md`.

use std::collections::BTreeMap;

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};

use super::{StoreError, hex};
use crate::decision::{Answers, QuestionId};

/// The one-way hash that names a session's row.
pub type Lookup = [u8; 32];

/// A browser's secret, the whole value of its session cookie: 32 random
/// bytes as 64 hex characters. Before a first answer it only ties form
/// tokens to the browser; a session's secret also names its row (hashed)
/// and unlocks its answers (through HKDF). The server never stores it.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionSecret([u8; 32]);

/// Never printed: a log line or a panic message must not carry it.
impl std::fmt::Debug for SessionSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SessionSecret(..)")
    }
}

impl SessionSecret {
    pub fn generate() -> Result<Self, StoreError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
        Ok(SessionSecret(bytes))
    }

    /// Accepts only the exact shape `to_hex` makes; anything else is no session.
    pub fn parse(raw: &str) -> Option<Self> {
        if raw.len() != 64 {
            return None;
        }
        let mut bytes = [0u8; 32];
        for (i, pair) in raw.as_bytes().chunks(2).enumerate() {
            let digit = |b: u8| match b {
                b'0'..=b'9' => Some(b - b'0'),
                b'a'..=b'f' => Some(b - b'a' + 10),
                _ => None,
            };
            bytes[i] = digit(pair[0])? << 4 | digit(pair[1])?;
        }
        Some(SessionSecret(bytes))
    }

    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }

    /// What the form token signs. A hash, so the token says nothing of the secret.
    pub fn browser_id(&self) -> Lookup {
        labelled_hash(b"huella browser id", &self.0)
    }

    /// The row's name in the database.
    pub fn lookup(&self) -> Lookup {
        labelled_hash(b"huella session lookup", &self.0)
    }

    /// Recorded with the session this browser id made, so the same id
    /// (and its token) cannot make a second one.
    pub fn origin(&self) -> Lookup {
        labelled_hash(b"huella session origin", &self.0)
    }

    /// The key that seals this session's answers.
    fn seal_key(&self) -> [u8; 32] {
        let mut key = [0u8; 32];
        Hkdf::<Sha256>::new(None, &self.0)
            .expand(b"huella answers seal v1", &mut key)
            .expect("32 bytes is a valid HKDF output length");
        key
    }

    /// This session's resume code: derived from the secret, so it need not
    /// be stored to be shown again, and is the same on every device.
    pub fn resume_code(&self) -> ResumeCode {
        let mut bytes = [0u8; 16];
        Hkdf::<Sha256>::new(None, &self.0)
            .expand(b"huella resume code v2", &mut bytes)
            .expect("16 bytes is a valid HKDF output length");
        // 128 bits reduced to 25^16 (about 2^74): the bias is below 2^-53.
        let mut n = u128::from_be_bytes(bytes) % ResumeCode::SPACE;
        let mut code = [0u8; ResumeCode::LEN];
        for c in code.iter_mut().rev() {
            *c = ResumeCode::ALPHABET[(n % 25) as usize];
            n /= 25;
        }
        ResumeCode(String::from_utf8_lossy(&code).into_owned())
    }

    /// The answers sealed for this session's row.
    pub(crate) fn seal_answers(&self, answers: &Answers) -> Result<Vec<u8>, StoreError> {
        let plain: BTreeMap<&str, String> = QuestionId::ALL
            .iter()
            .filter_map(|&q| answers.value(q).map(|v| (q.as_str(), v)))
            .collect();
        let json = serde_json::to_vec(&plain).map_err(|_| StoreError::Seal)?;
        seal(&self.seal_key(), &self.lookup(), &json)
    }

    /// The answers of this session's sealed row, or `None` when this secret
    /// does not open it. A stored value that no longer parses (an older
    /// contract) is skipped.
    pub(crate) fn open_answers(&self, sealed: &[u8]) -> Option<Answers> {
        let json = open(&self.seal_key(), &self.lookup(), sealed)?;
        let plain: BTreeMap<String, String> = serde_json::from_slice(&json).ok()?;
        let mut answers = Answers::default();
        for (question, value) in plain {
            if let Some(q) = QuestionId::parse(&question) {
                let _ = answers.set(q, &value);
            }
        }
        Some(answers)
    }
}

fn labelled_hash(label: &[u8], secret: &[u8; 32]) -> Lookup {
    let mut hash = Sha256::new();
    hash.update(label);
    hash.update([0]);
    hash.update(secret);
    hash.finalize().into()
}

/// A random nonce, then the ciphertext and its tag. `aad` (the row's
/// lookup) binds the sealed bytes to their row: moved to another, they do
/// not open.
fn seal(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>, StoreError> {
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut nonce).map_err(|_| StoreError::Random)?;
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(&XNonce::from(nonce), Payload { msg: plain, aad })
        .map_err(|_| StoreError::Seal)?;
    let mut out = Vec::with_capacity(nonce.len() + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    Ok(out)
}

fn open(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < 24 {
        return None;
    }
    let (nonce, body) = sealed.split_at(24);
    let nonce: [u8; 24] = nonce.try_into().ok()?;
    XChaCha20Poly1305::new(key.into())
        .decrypt(&XNonce::from(nonce), Payload { msg: body, aad })
        .ok()
}

/// A resume code: 16 characters from an alphabet without look-alikes (no
/// 0/O, 1/I/L, 5/S, 2/Z, 8/B), about 74 bits. Its first 2 characters are
/// its tag: stored, they find the rows to try and unlock nothing; the other
/// 14 (about 65 bits, above OWASP ASVS 3.2.2's 64) are what a guess must get
/// right, and only argon2id of the whole code tests one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResumeCode(String);

impl ResumeCode {
    const ALPHABET: &'static [u8; 25] = b"34679ACDEFGHJKMNPQRTUVWXY";
    const LEN: usize = 16;
    const TAG_LEN: usize = 2;
    /// 25^16 codes.
    const SPACE: u128 = 25u128.pow(16);

    /// Accepts what a person types: any case, with spaces or dashes.
    pub fn parse(typed: &str) -> Option<Self> {
        let code: String = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let ok = code.len() == Self::LEN && code.bytes().all(|b| Self::ALPHABET.contains(&b));
        ok.then_some(ResumeCode(code))
    }

    /// Written in four groups of 4, as people read and copy it.
    pub fn display(&self) -> String {
        let c = &self.0;
        format!("{}-{}-{}-{}", &c[..4], &c[4..8], &c[8..12], &c[12..])
    }

    /// The stored tag: the first 2 characters as a number below 25^2.
    /// Many sessions share each tag, so it names no one.
    pub(crate) fn tag(&self) -> i64 {
        self.0.as_bytes()[..Self::TAG_LEN]
            .iter()
            .map(|b| Self::ALPHABET.iter().position(|a| a == b).unwrap_or(0) as i64)
            .fold(0, |n, d| n * 25 + d)
    }

    /// The key the code stands for: argon2id, 19 MiB and 2 passes (OWASP's
    /// first recommended setting; about 60 ms on one core here), salted by
    /// `salt` (from the server's key and the tag). Slow on purpose: it is
    /// the only way to test a guess, with the database or without.
    pub(crate) fn key(&self, salt: &[u8; 32]) -> Result<[u8; 32], StoreError> {
        let params =
            Params::new(KDF_MEMORY_KIB, KDF_PASSES, 1, Some(32)).map_err(|_| StoreError::Seal)?;
        let mut key = [0u8; 32];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(self.0.as_bytes(), salt, &mut key)
            .map_err(|_| StoreError::Seal)?;
        Ok(key)
    }
}

/// argon2id's memory, in KiB (19 MiB), and passes.
const KDF_MEMORY_KIB: u32 = 19 * 1024;
const KDF_PASSES: u32 = 2;

/// The session's secret sealed under the code's key, for its row.
pub(crate) fn wrap(code_key: &[u8; 32], secret: &SessionSecret) -> Result<Vec<u8>, StoreError> {
    seal(code_key, &secret.lookup(), &secret.0)
}

/// The secret a row's wrapped bytes hold, if `code_key` opens them.
pub(crate) fn unwrap(code_key: &[u8; 32], lookup: &[u8], wrapped: &[u8]) -> Option<SessionSecret> {
    let plain = open(code_key, lookup, wrapped)?;
    let secret = SessionSecret(plain.try_into().ok()?);
    (secret.lookup()[..] == *lookup).then_some(secret)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decision::Answer;
    use crate::decision::answers::YesNoNotSure;

    #[test]
    fn sealed_answers_open_with_their_secret_only() {
        let secret = SessionSecret::generate().unwrap();
        let mut answers = Answers::default();
        answers.record(Answer::Moved(YesNoNotSure::Yes));
        let sealed = secret.seal_answers(&answers).unwrap();
        assert_eq!(secret.open_answers(&sealed), Some(answers));
        let stranger = SessionSecret::generate().unwrap();
        assert_eq!(stranger.open_answers(&sealed), None);
        assert!(!String::from_utf8_lossy(&sealed).contains("moved"));
    }

    #[test]
    fn a_resume_code_is_typed_loosely_and_its_key_unwraps_the_secret() {
        let secret = SessionSecret::generate().unwrap();
        let code = secret.resume_code();
        assert_eq!(code, secret.resume_code(), "the same code each time");
        let shown = code.display();
        assert_eq!(shown.len(), 19, "four groups of four: {shown}");
        assert_eq!(
            ResumeCode::parse(&shown.to_lowercase().replace('-', " ")),
            Some(code.clone())
        );
        assert!(code.tag() < 25 * 25);
        let salt = [7u8; 32];
        let started = std::time::Instant::now();
        let key = code.key(&salt).unwrap();
        eprintln!("argon2id took {:?}", started.elapsed());
        let wrapped = wrap(&key, &secret).unwrap();
        assert_eq!(
            unwrap(&key, &secret.lookup(), &wrapped),
            Some(secret.clone())
        );
        let other = SessionSecret::generate().unwrap().resume_code();
        let wrong = other.key(&salt).unwrap();
        assert_eq!(unwrap(&wrong, &secret.lookup(), &wrapped), None);
    }
}
