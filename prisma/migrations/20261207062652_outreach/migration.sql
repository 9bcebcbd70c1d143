-- Messages to volunteers (issue 20): templates staff write, each message as sent (its delivery
-- is an email_deliveries row of kind volunteer_message), and a signup's do-not-contact time.

-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'volunteer_message';

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "do_not_contact_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "message_templates" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "for_status" "SignupStatus",
    "texts" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outreach_messages" (
    "id" UUID NOT NULL,
    "signup_id" UUID NOT NULL,
    "delivery_id" UUID NOT NULL,
    "template_id" UUID,
    "sender_id" TEXT,
    "batch_id" UUID,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "has_unsubscribe" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outreach_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "message_templates_name_key" ON "message_templates"("name");

-- CreateIndex
CREATE UNIQUE INDEX "message_templates_for_status_key" ON "message_templates"("for_status");

-- CreateIndex
CREATE UNIQUE INDEX "outreach_messages_delivery_id_key" ON "outreach_messages"("delivery_id");

-- CreateIndex
CREATE INDEX "outreach_messages_signup_id_created_at_idx" ON "outreach_messages"("signup_id", "created_at");

-- AddForeignKey
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "email_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "message_templates"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_messages" ADD CONSTRAINT "outreach_messages_sender_id_fkey" FOREIGN KEY ("sender_id") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
