-- Anonymous sessions: a random id and the answers by question id. Nothing
-- that identifies a person: no names, no A-Numbers, no addresses.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL,  -- unix seconds
    updated_at INTEGER NOT NULL   -- unix seconds; for expiry
) WITHOUT ROWID;

CREATE TABLE answers (
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    question TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (session_id, question)
) WITHOUT ROWID;
