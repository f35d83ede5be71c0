-- The PostgreSQL schema as SQLite's migrations leave it (migrations/sqlite/),
-- written at once: a new database starts here. Each session is one row,
-- found by a one-way hash of the cookie's secret; its answers are one blob
-- sealed under a key derived from that secret, and for the resume code the
-- secret is sealed under the code's argon2id key. The server keeps neither
-- the secret nor the code.
CREATE TABLE sessions (
    lookup BYTEA PRIMARY KEY,      -- SHA-256 of the cookie's secret, labelled
    created_at BIGINT NOT NULL,    -- unix seconds; for the absolute lifetime
    updated_at BIGINT NOT NULL,    -- unix seconds; for the idle lifetime
    origin BYTEA UNIQUE,           -- hash of the browser id that made it: one session each
    sealed BYTEA NOT NULL,         -- the answers, sealed
    code_tag BIGINT,               -- the resume code's first 3 characters, as a number
    wrapped BYTEA                  -- the secret, sealed under the resume code's key
);
CREATE INDEX sessions_updated_at ON sessions (updated_at);
CREATE INDEX sessions_created_at ON sessions (created_at);
CREATE INDEX sessions_code_tag ON sessions (code_tag) WHERE code_tag IS NOT NULL;

-- The key that signs each form's anti-forgery token and salts the resume
-- codes' keys: one for every instance that shares this database.
CREATE TABLE server_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BYTEA NOT NULL
);

-- /health writes here to prove the database can still be written.
CREATE TABLE health (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at BIGINT NOT NULL
);
INSERT INTO health (id, checked_at) VALUES (1, 0);
