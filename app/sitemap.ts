import type { MetadataRoute } from "next";
import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { ROLES } from "@/lib/signup/options";
import { absoluteUrl } from "@/lib/site/urls";

export const revalidate = 3600;

// Public pages only: nothing under /admin or /api.
const PUBLIC_PATHS = ["/", "/voices", "/volunteer", ...ROLES.map((role) => `/volunteer/${role}`), "/privacy"];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const testimonials = await listPublishedTestimonials(getDb());
  return [
    ...PUBLIC_PATHS.map((path) => ({ url: absoluteUrl(path) })),
    ...testimonials.map((t) => ({ url: absoluteUrl(`/voices/${t.slug}`) })),
  ];
}
