import type { MetadataRoute } from "next";
import { LOCALES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/site/urls";

export default function robots(): MetadataRoute.Robots {
  return {
    // A volunteer's own pages are personal: never crawled (nor in the sitemap).
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/api/", ...LOCALES.map((locale) => localePath(locale, "/volunteer/me"))],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
