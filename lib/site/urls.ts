import { getEnv } from "../config/env";

/** An absolute URL on this site, for cards, canonical links, share links and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${getEnv().SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}

export function shareLinks(url: string, title: string, emailBody: string) {
  const u = encodeURIComponent(url);
  return {
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(emailBody)}`,
    x: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
  };
}
