-- language_key(name): a language name as the signups list's filter matches it, the rule of
-- languageKey() in lib/signup/language-key.ts (tests/integration/language-key.test.ts checks
-- both agree): accents (combining marks after NFD) and apostrophes removed, lower-case, every
-- run of other non-letters one space. For SQL that writes `language_keys` itself (a back-fill,
-- the volume seed); the app writes the column from signupColumns().
CREATE OR REPLACE FUNCTION language_key(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    translate(lower(normalize(regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g'), NFC)),
              '''’‘ʼʻ`´′ʹ', ''),
    '[^[:alnum:]]+', ' ', 'g'))
$$;
