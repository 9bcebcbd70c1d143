import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteDocument } from "@/app/_site/site-document";
import { DEFAULT_LOCALE } from "@/lib/i18n/languages";
import "../globals.css";

// Campaign links, /r/<code> (app/r/[code]/page.tsx): outside the languages (the front door
// passes them as they are), so their one page, not found, is the site's in English.
export const metadata: Metadata = { robots: { index: false } };

export default function CampaignLinkLayout({ children }: { children: ReactNode }) {
  return <SiteDocument lang={DEFAULT_LOCALE}>{children}</SiteDocument>;
}
