-- CreateEnum
CREATE TYPE "VolunteerRole" AS ENUM ('attorney', 'medical', 'interpreter');

-- CreateEnum
CREATE TYPE "SignupStatus" AS ENUM ('new', 'contacted', 'onboarding', 'active', 'inactive', 'declined');

-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('staff_notification', 'volunteer_confirmation');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('queued', 'sending', 'sent', 'failed');

-- CreateTable
CREATE TABLE "signups" (
    "id" UUID NOT NULL,
    "role" "VolunteerRole" NOT NULL,
    "status" "SignupStatus" NOT NULL DEFAULT 'new',
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "languages" TEXT[],
    "hours_per_month" INTEGER NOT NULL,
    "availability" TEXT[],
    "organization" TEXT,
    "needs_supervision" BOOLEAN NOT NULL DEFAULT false,
    "answers" JSONB NOT NULL,
    "submission_count" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "signups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "submission_keys" (
    "key" TEXT NOT NULL,
    "signup_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "submission_keys_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "email_deliveries" (
    "id" UUID NOT NULL,
    "signup_id" UUID NOT NULL,
    "kind" "EmailKind" NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'queued',
    "recipient" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signup_events" (
    "id" BIGSERIAL NOT NULL,
    "signup_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signup_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_counters" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "signups_role_status_created_at_idx" ON "signups"("role", "status", "created_at");

-- CreateIndex
CREATE INDEX "signups_email_role_created_at_idx" ON "signups"("email", "role", "created_at");

-- CreateIndex
CREATE INDEX "signups_created_at_idx" ON "signups"("created_at");

-- CreateIndex
CREATE INDEX "submission_keys_signup_id_idx" ON "submission_keys"("signup_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_deliveries_message_id_key" ON "email_deliveries"("message_id");

-- CreateIndex
CREATE INDEX "email_deliveries_signup_id_idx" ON "email_deliveries"("signup_id");

-- CreateIndex
CREATE INDEX "email_deliveries_status_idx" ON "email_deliveries"("status");

-- CreateIndex
CREATE INDEX "signup_events_signup_id_created_at_idx" ON "signup_events"("signup_id", "created_at");

-- CreateIndex
CREATE INDEX "rate_limit_counters_window_start_idx" ON "rate_limit_counters"("window_start");

-- AddForeignKey
ALTER TABLE "submission_keys" ADD CONSTRAINT "submission_keys_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_deliveries" ADD CONSTRAINT "email_deliveries_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signup_events" ADD CONSTRAINT "signup_events_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
