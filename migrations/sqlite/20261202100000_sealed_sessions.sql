-- Answers sealed with a key only the person holds (issue 14). Each session is
-- one row: found by a one-way hash of the cookie's secret, its answers one
-- sealed blob (XChaCha20-Poly1305 under a key derived from that secret), and
-- for the resume code the secret sealed under the code's argon2id key. The
-- server keeps neither the secret nor the code.
--
-- Migration: rows kept before this were readable by whoever held the file,
-- and their cookies hold no secret to seal them with, so they are dropped.
-- People with answers in progress start again. With secure_delete on (see
-- src/store/) the freed pages are overwritten, and the start-up checkpoint
-- empties the WAL that still held them.
DROP TABLE answers;
DROP TABLE sessions;

CREATE TABLE sessions (
    lookup BLOB PRIMARY KEY NOT NULL,  -- SHA-256 of the cookie's secret, labelled
    created_at INTEGER NOT NULL,       -- unix seconds; for the absolute lifetime
    updated_at INTEGER NOT NULL,       -- unix seconds; for the idle lifetime
    origin BLOB UNIQUE,                -- hash of the browser id that made it: one session each
    sealed BLOB NOT NULL,              -- the answers, sealed
    code_tag INTEGER,                  -- the resume code's first 3 characters, as a number
    wrapped BLOB                       -- the secret, sealed under the resume code's key
) WITHOUT ROWID;
CREATE INDEX sessions_updated_at ON sessions (updated_at);
CREATE INDEX sessions_created_at ON sessions (created_at);
CREATE INDEX sessions_code_tag ON sessions (code_tag) WHERE code_tag IS NOT NULL;

-- /health writes here to prove the file can still be written.
CREATE TABLE health (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at INTEGER NOT NULL
);
INSERT INTO health (id, checked_at) VALUES (1, 0);
