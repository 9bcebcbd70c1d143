-- Trainings (issue 23): sessions staff hold and volunteers' places in them; the emails about a
-- place name it. Capacity is enforced under the session's row lock (lib/trainings/registrations.ts).
-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'training_confirmation';
ALTER TYPE "EmailKind" ADD VALUE 'training_reminder';

-- AlterTable
ALTER TABLE "email_deliveries" ADD COLUMN     "training_registration_id" UUID;

-- CreateTable
CREATE TABLE "training_sessions" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "roles" "VolunteerRole"[],
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT,
    "video_url" TEXT,
    "capacity" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "credit_note" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "training_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_registrations" (
    "id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "signup_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMPTZ(3),
    "attended_at" TIMESTAMPTZ(3),
    "attendance_by" TEXT,
    "reminder_queued_at" TIMESTAMPTZ(3),

    CONSTRAINT "training_registrations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "training_sessions_starts_at_idx" ON "training_sessions"("starts_at");

-- CreateIndex
CREATE INDEX "training_registrations_signup_id_idx" ON "training_registrations"("signup_id");

-- CreateIndex
CREATE UNIQUE INDEX "training_registrations_session_id_signup_id_key" ON "training_registrations"("session_id", "signup_id");

-- CreateIndex
CREATE INDEX "email_deliveries_training_registration_id_idx" ON "email_deliveries"("training_registration_id");

-- AddForeignKey
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_training_registration_id_fkey" FOREIGN KEY ("training_registration_id") REFERENCES "training_registrations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "training_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the forms check, held by the table too.
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_capacity_check" CHECK ("capacity" > 0),
  ADD CONSTRAINT "training_sessions_times_check" CHECK ("ends_at" > "starts_at"),
  ADD CONSTRAINT "training_sessions_where_check" CHECK ("place" IS NOT NULL OR "video_url" IS NOT NULL),
  ADD CONSTRAINT "training_sessions_roles_check" CHECK (cardinality("roles") > 0);
