-- Expiry sweeps find idle sessions by their last activity.
CREATE INDEX sessions_updated_at ON sessions (updated_at);

-- The key that signs each form's anti-forgery token. Kept here so tokens stay
-- valid across workers and restarts; it identifies no one.
CREATE TABLE server_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);
