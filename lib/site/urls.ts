import "server-only";
import { getEnv } from "../config/env";

/** An absolute URL on this site, for cards, canonical links, share links and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${getEnv().SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
