-- The onboarding pipeline and reminders (issue 23, docs/decisions/034-onboarding-reminders.md):
-- the volunteer's weekly reminder of their open steps (a kind of email, and when each was last
-- reminded), the staff member's daily digest of stalled and expiring volunteers (one row per
-- member and day, so two instances send it once), and the dashboard's pipeline counts from one
-- index (role, status and the stored readiness).

-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'volunteer_onboarding_reminder';

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "onboarding_reminded_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "onboarding_digests" (
    "id" BIGSERIAL NOT NULL,
    "staff_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "message_id" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "onboarding_digests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "onboarding_digests_message_id_key" ON "onboarding_digests"("message_id");

-- CreateIndex
CREATE UNIQUE INDEX "onboarding_digests_staff_id_day_key" ON "onboarding_digests"("staff_id", "day");

-- CreateIndex
CREATE INDEX "signups_pipeline_idx" ON "signups"("role", "status", "steps_open", "first_expiry", "last_step_at", "created_at");

-- CreateIndex
CREATE INDEX "signups_first_expiry_idx" ON "signups"("first_expiry");

-- AddForeignKey
ALTER TABLE "onboarding_digests" ADD CONSTRAINT "onboarding_digests_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
