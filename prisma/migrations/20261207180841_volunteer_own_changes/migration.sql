-- The volunteer's own changes (issue 22): a pause's last day, and the email confirming each change,
-- which names the history event it confirms.
-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'volunteer_self_change';

-- AlterTable
ALTER TABLE "email_deliveries" ADD COLUMN     "event_id" BIGINT;

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "paused_until" DATE;

-- AddForeignKey
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "signup_events"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "email_deliveries_event_id_idx" ON "email_deliveries"("event_id");
