-- CreateIndex
CREATE INDEX "signups_assignee_id_idx" ON "signups"("assignee_id");
