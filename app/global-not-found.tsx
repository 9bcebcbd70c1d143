import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageFrame } from "@/app/_site/page-frame";
import { SiteDocument } from "@/app/_site/site-document";
import { DEFAULT_LOCALE, getMessages } from "@/lib/messages";
import "./globals.css";

// A URL that matches no route: with a document per language (app/[lang]) and the staff area's
// (app/admin), there is no root layout to render it in, so it is a whole document of its own.
export const metadata: Metadata = { title: getMessages().notFound.title, robots: { index: false } };

export default function GlobalNotFound() {
  return (
    <SiteDocument lang={DEFAULT_LOCALE}>
      <PageFrame locale={DEFAULT_LOCALE}>
        <NotFoundContent />
      </PageFrame>
    </SiteDocument>
  );
}
