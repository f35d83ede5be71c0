-- Saving an answer is one statement: an insert into this view, whose
-- trigger creates or touches the session row and upserts the answer. One
-- statement is one transaction, and one hand-off to SQLite's thread.
CREATE VIEW answer_writes (session_id, question, value, at) AS
    SELECT session_id, question, value, 0 FROM answers;

CREATE TRIGGER answer_writes_insert INSTEAD OF INSERT ON answer_writes
BEGIN
    INSERT INTO sessions (id, created_at, updated_at) VALUES (NEW.session_id, NEW.at, NEW.at)
        ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at;
    INSERT INTO answers (session_id, question, value) VALUES (NEW.session_id, NEW.question, NEW.value)
        ON CONFLICT (session_id, question) DO UPDATE SET value = excluded.value;
END;
