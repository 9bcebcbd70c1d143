-- The hourly staff digest of volunteers' own changes (docs/decisions/031): each change is put
-- in one digest, marked by signup_events.digested_at in the transaction that makes the digest.

-- AlterTable
ALTER TABLE "signup_events" ADD COLUMN     "digested_at" TIMESTAMPTZ(3);

-- Changes made before digests existed (resubmissions within 24 hours, stop links) were told
-- then, or by the signup's own email: the first digest must not list them all again.
UPDATE "signup_events" SET "digested_at" = "created_at"
 WHERE "actor_id" IS NULL
   AND "kind" IN ('updated', 'volunteer_paused', 'volunteer_withdrew', 'do_not_contact', 'volunteer_deleted');

-- The changes still to tell, and nothing else: the job reads this each hour. Its kinds are
-- VOLUNTEER_CHANGE_KINDS (lib/volunteer-access/change-kinds.ts; a unit test compares them).
CREATE INDEX "signup_events_undigested_idx" ON "signup_events" ("id")
 WHERE "digested_at" IS NULL AND "actor_id" IS NULL
   AND "kind" IN ('updated', 'volunteer_paused', 'volunteer_withdrew', 'do_not_contact', 'volunteer_deleted');

-- CreateTable
CREATE TABLE "staff_digests" (
    "id" BIGSERIAL NOT NULL,
    "recipient" TEXT NOT NULL,
    "event_ids" BIGINT[],
    "message_id" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_digests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_digests_message_id_key" ON "staff_digests"("message_id");

-- The digests waiting to be sent (none, but after a crash or a mail outage).
CREATE INDEX "staff_digests_unsent_idx" ON "staff_digests" ("id") WHERE "sent_at" IS NULL;
