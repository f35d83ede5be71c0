-- Answers are now saved by a transaction written out in src/store/ (upsert
-- the sessions, upsert the answers, commit), where the SQL can be read beside
-- the code that runs it; the view and its trigger hid that logic in the
-- schema. A new migration rather than an edit: sqlx checks the checksums of
-- applied migrations on every existing database.
DROP TRIGGER answer_writes_insert;
DROP VIEW answer_writes;
