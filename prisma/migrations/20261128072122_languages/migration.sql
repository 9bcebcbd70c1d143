-- The site in Spanish (issue 12): the language a signup was made in (its volunteer's emails
-- are in it), and the language a testimonial was written in, with room for translations.

-- AlterTable
ALTER TABLE "signups" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "testimonials" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "translations" JSONB;
