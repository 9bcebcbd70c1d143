import type { MetadataRoute } from "next";
import { LOCALES } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { absoluteUrl } from "@/lib/site/urls";

export default function robots(): MetadataRoute.Robots {
  return {
    // A volunteer's own pages are personal: never crawled (nor in the sitemap). "$" ends the
    // path (RFC 9309): a bare prefix would also keep crawlers off /volunteer/medical.
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: [
        "/admin",
        "/api/",
        ...LOCALES.flatMap((locale) => {
          const page = localePath(locale, "/volunteer/me");
          return [`${page}$`, `${page}/`];
        }),
      ],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
