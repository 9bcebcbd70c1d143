import type { CSSProperties, ReactNode } from "react";
import { getEnv } from "@/lib/config/env";
import { interFont } from "./fonts";

/** The html and body of every page, in its language, with the organization's colours. */
export function SiteDocument({ lang, children }: { lang: string; children: ReactNode }) {
  const env = getEnv();
  const brand = {
    "--color-brand": env.ORG_COLOR_PRIMARY,
    "--color-accent": env.ORG_COLOR_ACCENT,
  } as CSSProperties;
  return (
    <html lang={lang} className={interFont.variable} style={brand}>
      <body>{children}</body>
    </html>
  );
}
