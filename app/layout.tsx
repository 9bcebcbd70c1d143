import type { Metadata, Viewport } from "next";
import type { CSSProperties, ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getEnv } from "@/lib/config/env";
import { DEFAULT_LOCALE, getMessages } from "@/lib/messages";
import { interFont } from "./fonts";
import "./globals.css";

export function generateMetadata(): Metadata {
  const env = getEnv();
  return {
    metadataBase: new URL(env.SITE_URL),
    title: {
      default: getMessages().home.title,
      template: `%s | ${env.ORG_SHORT_NAME}`,
    },
    description: getMessages().home.metaDescription,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const env = getEnv();
  const messages = getMessages();
  const brand = {
    "--color-brand": env.ORG_COLOR_PRIMARY,
    "--color-accent": env.ORG_COLOR_ACCENT,
  } as CSSProperties;
  return (
    <html lang={DEFAULT_LOCALE} className={interFont.variable} style={brand}>
      <body>
        <SkipLink label={messages.site.skipToContent} />
        <SiteHeader orgName={env.ORG_NAME} messages={messages.site} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter orgName={env.ORG_NAME} orgEmail={env.ORG_EMAIL} messages={messages.site.footer} />
      </body>
    </html>
  );
}
