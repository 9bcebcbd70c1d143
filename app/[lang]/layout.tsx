import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteDocument } from "@/app/_site/site-document";
import { getEnv } from "@/lib/config/env";
import { LOCALES } from "@/lib/i18n/languages";
import { getMessages } from "@/lib/messages";
import { layoutLocaleOf, type LangParams } from "./locale";
import "../globals.css";

// The public site, one tree for every language: English is served from /en by the front door
// (lib/server/front-door.ts) under its old URLs, the others under their code (/es).
// Other values never reach this segment (the front door sends every other path to /en/...),
// and localeOf() answers 404 for them anyway.
export function generateStaticParams() {
  return LOCALES.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const env = getEnv();
  const messages = getMessages(await layoutLocaleOf(params)).home;
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: messages.title, template: `%s | ${env.ORG_SHORT_NAME}` },
    description: messages.metaDescription,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function PublicLayout({ children, params }: LangParams & { children: ReactNode }) {
  return <SiteDocument lang={await layoutLocaleOf(params)}>{children}</SiteDocument>;
}
