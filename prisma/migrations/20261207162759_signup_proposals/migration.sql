-- AlterEnum
ALTER TYPE "EmailKind" ADD VALUE 'volunteer_proposal';

-- CreateTable
CREATE TABLE "signup_proposals" (
    "id" UUID NOT NULL,
    "signup_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "columns" JSONB NOT NULL,
    "locale" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "delivery_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "applied_at" TIMESTAMPTZ(3),
    "replaced_at" TIMESTAMPTZ(3),

    CONSTRAINT "signup_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "signup_proposals_token_hash_key" ON "signup_proposals"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "signup_proposals_delivery_id_key" ON "signup_proposals"("delivery_id");

-- CreateIndex
CREATE INDEX "signup_proposals_signup_id_created_at_idx" ON "signup_proposals"("signup_id", "created_at");

-- CreateIndex
CREATE INDEX "signup_proposals_expires_at_idx" ON "signup_proposals"("expires_at");

-- AddForeignKey
ALTER TABLE "signup_proposals" ADD CONSTRAINT "signup_proposals_signup_id_fkey" FOREIGN KEY ("signup_id") REFERENCES "signups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signup_proposals" ADD CONSTRAINT "signup_proposals_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "email_deliveries"("id") ON DELETE SET NULL ON UPDATE CASCADE;
