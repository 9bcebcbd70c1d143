-- Finding people in the signups list (issue 21). The language filter matches `language_keys`,
-- the languages with no case, accents or apostrophes (lib/signup/language-key.ts), at the start
-- of a word, over a trigram index; the list can also be ordered by name and by waiting time.

-- The filter no longer reads `languages` (signups_list_idx still holds it for the counts).
-- DropIndex
DROP INDEX "signups_languages_idx";

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "language_keys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- The back-fill's copy of language_key() (prisma/functions/language_key.sql, applied only after
-- the migrations), in this session's own schema so it leaves nothing behind.
CREATE FUNCTION pg_temp.language_key(name TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT btrim(regexp_replace(
    translate(lower(normalize(regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g'), NFC)),
              '''’‘ʼʻ`´′ʹ', ''),
    '[^[:alnum:]]+', ' ', 'g'))
$$;

UPDATE "signups" SET "language_keys" = ARRAY(
  SELECT k FROM (
    SELECT pg_temp.language_key(l) AS k, min(o) AS o FROM unnest("languages") WITH ORDINALITY AS u(l, o)
     GROUP BY 1) keys
   WHERE k <> '' ORDER BY o);

-- The keys as one text the filter reads with LIKE '% word%' (the start of a word): a space
-- before each key, ' / ' between keys, so no match runs from one language into the next.
-- array_to_string is only STABLE (any element type); over text[] it is immutable, which an
-- index on it needs. Kept here, not in prisma/functions/: an index depends on it.
CREATE FUNCTION language_keys_text(keys TEXT[]) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ' ' || array_to_string(keys, ' / ') || ' '
$$;

CREATE INDEX "signups_language_keys_idx" ON "signups" USING GIN (language_keys_text("language_keys") gin_trgm_ops);

-- The list's other orders, each with its keyset tie-break (lib/admin/signup-filter.ts, SORT_KEYS).
CREATE INDEX "signups_name_order_idx" ON "signups" ((lower("first_name" || ' ' || "last_name")), "id");
CREATE INDEX "signups_waiting_idx" ON "signups" ((coalesce("status_changed_at", "created_at")), "id");
