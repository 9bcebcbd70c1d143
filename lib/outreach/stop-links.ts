import { createUnsubscribeToken } from "../security/unsubscribe-token";

// A message's two ways to stop: a page a person opens from the footer (in their language, a
// button that confirms), and the one-click address mail clients POST to (RFC 8058).

export function stopLinks(siteUrl: string, secret: string, signupId: string, locale: string) {
  const token = createUnsubscribeToken(signupId, secret);
  const prefix = locale === "en" ? "" : `/${locale}`;
  return {
    pageUrl: `${siteUrl}${prefix}/stop-emails/${token}`,
    oneClickUrl: `${siteUrl}/api/stop-emails/${token}`,
  };
}
