-- The signups list's "step not done" filter (missingStep, issue 23) reads steps_missing by
-- containment: a GIN index finds the signups still needing a step without reading every row
-- (a step's key belongs to one role, so the filter needs no role condition).
-- CreateIndex
CREATE INDEX "signups_steps_missing_idx" ON "signups" USING GIN ("steps_missing");
