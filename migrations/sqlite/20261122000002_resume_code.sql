-- A short code that reopens a session on another device. Random, unique,
-- deleted with its session (it lives in the same row).
ALTER TABLE sessions ADD COLUMN resume_code TEXT;
CREATE UNIQUE INDEX sessions_resume_code ON sessions (resume_code) WHERE resume_code IS NOT NULL;
