-- Onboarding steps done (issue 23): one row per step done, per language pair for a pair's
-- assessment. Readiness is derived from them (lib/onboarding/readiness.ts); the signup keeps its
-- last derivation (steps_open, steps_missing, first_expiry, last_step_at) for filters and counts.
-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "first_expiry" DATE,
ADD COLUMN     "last_step_at" TIMESTAMPTZ(3),
ADD COLUMN     "steps_missing" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "steps_open" SMALLINT;

-- CreateTable
CREATE TABLE "onboarding_steps" (
    "id" UUID NOT NULL,
    "signup_id" UUID NOT NULL,
    "step_key" TEXT NOT NULL,
    "instance" TEXT NOT NULL DEFAULT '',
    "value" TEXT,
    "completed_on" DATE NOT NULL,
    "expires_on" DATE,
    "completed_by" TEXT,
    "by_volunteer" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "onboarding_steps_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "onboarding_steps_step_key_expires_on_idx" ON "onboarding_steps"("step_key", "expires_on");

-- CreateIndex
CREATE UNIQUE INDEX "onboarding_steps_signup_id_step_key_instance_key" ON "onboarding_steps"("signup_id", "step_key", "instance");

-- CreateIndex
CREATE INDEX "signups_steps_open_first_expiry_idx" ON "signups"("steps_open", "first_expiry");

-- AddForeignKey
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_completed_by_fkey" FOREIGN KEY ("completed_by") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
