-- Issue 25: National Pro Bono Week's dates and the home page's callout text become a setting
-- admins change in the staff area (one row; the environment's dates and the catalogs' text
-- apply until an admin saves, and again after "back to the environment's values", which
-- deletes the row). The checks keep the row to what the form allows.
-- CreateTable
CREATE TABLE "pro_bono_week_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "start_date" DATE,
    "end_date" DATE,
    "callout_en" TEXT,
    "callout_es" TEXT,
    "updated_by_id" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pro_bono_week_settings_pkey" PRIMARY KEY ("id")
);

-- One row only, dates both or neither, the week not ending before it starts, and the texts
-- both or neither.
ALTER TABLE "pro_bono_week_settings"
    ADD CONSTRAINT "pro_bono_week_settings_one_row" CHECK ("id" = 1),
    ADD CONSTRAINT "pro_bono_week_settings_dates" CHECK (("start_date" IS NULL) = ("end_date" IS NULL) AND ("end_date" >= "start_date" OR "start_date" IS NULL)),
    ADD CONSTRAINT "pro_bono_week_settings_texts" CHECK (("callout_en" IS NULL) = ("callout_es" IS NULL));
