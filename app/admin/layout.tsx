import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PageFrame } from "@/app/_site/page-frame";
import { StaffHeader } from "@/components/layout/staff-header";
import { getEnv } from "@/lib/config/env";
import { SiteDocument } from "@/app/_site/site-document";
import { DEFAULT_LOCALE, getStaffMessages } from "@/lib/messages";
import "../globals.css";

// The staff area, a document of its own (the public site's is per language, app/[lang]), in
// the staff's language: never indexed, never cached, rendered per request so each page carries the
// nonce of its request's script policy (proxy.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: getStaffMessages().admin.title,
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <SiteDocument lang={DEFAULT_LOCALE}>
      <PageFrame
        locale={DEFAULT_LOCALE}
        isCompact
        header={<StaffHeader orgName={getEnv().ORG_NAME} label={getStaffMessages().admin.nav.label} />}
      >
        <div className="mx-auto max-w-5xl">{children}</div>
      </PageFrame>
    </SiteDocument>
  );
}
