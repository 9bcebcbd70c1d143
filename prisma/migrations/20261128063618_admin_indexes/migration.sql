-- The staff list's indexes (issue 10; docs/decisions/014-admin-indexes.md has the query plans
-- they were chosen by). signups_list_idx replaces the index on created_at alone: its first
-- columns are the keyset order, the rest every column filter, so the counts per status of a
-- filtered view read the index only.

-- DropIndex
DROP INDEX "signups_created_at_idx";

-- CreateIndex
CREATE INDEX "signups_list_idx" ON "signups"("created_at", "id", "status", "role", "needs_supervision", "assignee_id", "languages", "availability");

-- CreateIndex
CREATE INDEX "signups_languages_idx" ON "signups" USING GIN ("languages");

-- CreateIndex
CREATE INDEX "signups_answers_idx" ON "signups" USING GIN ("answers" jsonb_path_ops);

-- Search: a trigram index on exactly the text lib/admin/signup-filter.ts searches
-- (SEARCH_TEXT), for ILIKE '%word%'. Prisma cannot express an index on an expression and
-- leaves it alone when it compares the schema with the migrations.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "signups_search_idx" ON "signups" USING GIN ((first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(organization, '') || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) gin_trgm_ops);

-- Index-only scans skip the table only on pages marked all-visible, which vacuum does. By
-- default it comes after a fifth of the table has changed or been added; every 2% keeps the
-- counts' scans off the table as signups arrive and staff work on them.
ALTER TABLE "signups" SET (
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.02
);
