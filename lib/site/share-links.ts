import type { LINK_SOURCES } from "../attribution/visit-origin";

// Each network's share page for a URL: plain links, no third-party script. The URL each one
// shares names its channel (utm_source, utm_medium=share), so a visit it brings is counted by
// channel (issue 24); the page's canonical URL stays clean.

export type ShareChannel = Extract<
  (typeof LINK_SOURCES)[number],
  "email" | "whatsapp" | "x" | "facebook" | "linkedin" | "copy"
>;

/** `url` as shared through `channel`: `…?utm_source=whatsapp&utm_medium=share`. */
export function sharedUrl(url: string, channel: ShareChannel): string {
  const shared = new URL(url);
  shared.searchParams.set("utm_source", channel);
  shared.searchParams.set("utm_medium", "share");
  return shared.toString();
}

/** The share pages; `emailBody` writes the email's text around the URL it shares. */
export function shareLinks(url: string, title: string, emailBody: (sharedUrl: string) => string) {
  const on = (channel: ShareChannel) => encodeURIComponent(sharedUrl(url, channel));
  return {
    email: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(emailBody(sharedUrl(url, "email")))}`,
    whatsapp: `https://wa.me/?text=${encodeURIComponent(`${title} ${sharedUrl(url, "whatsapp")}`)}`,
    x: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${on("x")}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${on("facebook")}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${on("linkedin")}`,
  };
}
