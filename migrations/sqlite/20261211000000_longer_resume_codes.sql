-- Resume codes grew from 14 characters (a 3-character tag) to 16 (a
-- 2-character tag), so that what a guess must get right is over 64 bits.
-- A secret wrapped under an old code can no longer be found by one: it is
-- dropped, and the session's new code is wrapped the next time its result
-- page is shown. The answers are untouched.
UPDATE sessions SET code_tag = NULL, wrapped = NULL WHERE wrapped IS NOT NULL;
