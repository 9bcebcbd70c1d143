-- Issue 24: where a signup came from (three columns on signups), the public pages' view and
-- form-open counts per day, page, source and campaign (page_counts, added to by every
-- instance's front door), and staff's short campaign links (campaign_links).
-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "came_from_campaign" TEXT,
ADD COLUMN     "came_from_page" TEXT,
ADD COLUMN     "came_from_source" TEXT;

-- CreateTable
CREATE TABLE "page_counts" (
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "page" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "campaign" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "page_counts_pkey" PRIMARY KEY ("day","kind","page","source","campaign","role")
);

-- CreateTable
CREATE TABLE "campaign_links" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "target_path" TEXT NOT NULL,
    "utm_campaign" TEXT NOT NULL,
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archived_at" TIMESTAMPTZ(3),

    CONSTRAINT "campaign_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "campaign_links_code_key" ON "campaign_links"("code");

-- AddForeignKey
ALTER TABLE "campaign_links" ADD CONSTRAINT "campaign_links_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "staff_users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
