import type { MetadataRoute } from "next";
import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { pageAlternates } from "@/lib/i18n/alternates";
import { LOCALES } from "@/lib/i18n/languages";
import { ROLES } from "@/lib/signup/options";

export const revalidate = 3600;

// Public pages only, in every language, each naming its twins: nothing under /admin or /api.
const PUBLIC_PATHS = ["/", "/voices", "/volunteer", ...ROLES.map((role) => `/volunteer/${role}`), "/privacy"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const testimonials = await listPublishedTestimonials(getDb());
  const paths = [...PUBLIC_PATHS, ...testimonials.map((t) => `/voices/${t.slug}`)];
  return paths.flatMap((path) =>
    LOCALES.map((locale) => {
      const { canonical, languages } = pageAlternates(locale, path);
      return { url: canonical, alternates: { languages } };
    }),
  );
}
