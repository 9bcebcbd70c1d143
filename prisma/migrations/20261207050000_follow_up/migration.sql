-- Follow-up dates (issue 20): the local day (ORG_TIME_ZONE) a coordinator means to come back
-- to a signup, and a short reason. The reason is staff's words about a person: it lives on the
-- row (anonymising clears it), never in the history's or the audit log's detail.

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "follow_up_on" DATE,
ADD COLUMN     "follow_up_reason" TEXT;

-- CreateIndex
CREATE INDEX "signups_follow_up_on_idx" ON "signups"("follow_up_on");
