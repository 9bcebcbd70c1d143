-- submit_signup() now takes one JSONB argument and lives in prisma/functions/submit_signup.sql,
-- created after every migrate from that file (decision 026). The positional one goes, so nothing
-- can call a stale signature; until the file is applied right after, there is no submit_signup.
DROP FUNCTION submit_signup(TEXT, "VolunteerRole", TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT[], INTEGER,
                            TEXT[], TEXT, BOOLEAN, JSONB, TEXT[], INTEGER[], TIMESTAMPTZ, TEXT, TEXT,
                            TEXT, TEXT, INTEGER, INTEGER, TEXT, TEXT);
