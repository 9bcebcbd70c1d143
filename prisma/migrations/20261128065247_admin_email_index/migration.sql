-- "Failed and not sent since" (the dashboard's failed emails, the list's failed-email filter)
-- probes one index per failed email instead of hashing every sent one
-- (docs/decisions/014-admin-indexes.md). The new index also serves lookups by signup alone.

-- DropIndex
DROP INDEX "email_deliveries_signup_id_idx";

-- CreateIndex
CREATE INDEX "email_deliveries_signup_id_kind_status_created_at_idx" ON "email_deliveries"("signup_id", "kind", "status", "created_at");
