-- AlterEnum: the email task no longer marks a delivery "sending" (one query less per email);
-- a delivery caught mid-send is simply queued, which is what its retry treats it as.
BEGIN;
UPDATE "email_deliveries" SET "status" = 'queued' WHERE "status" = 'sending';
CREATE TYPE "EmailStatus_new" AS ENUM ('queued', 'sent', 'failed');
ALTER TABLE "public"."email_deliveries" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "email_deliveries" ALTER COLUMN "status" TYPE "EmailStatus_new" USING ("status"::text::"EmailStatus_new");
ALTER TYPE "EmailStatus" RENAME TO "EmailStatus_old";
ALTER TYPE "EmailStatus_new" RENAME TO "EmailStatus";
DROP TYPE "public"."EmailStatus_old";
ALTER TABLE "email_deliveries" ALTER COLUMN "status" SET DEFAULT 'queued';
COMMIT;
