import type { Metadata } from "next";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageFrame } from "@/app/_site/page-frame";
import { DEFAULT_LOCALE, getMessages } from "@/lib/messages";

// A campaign code that is no link: the site's not-found page, in English.
export const metadata: Metadata = { title: getMessages().notFound.title, robots: { index: false } };

export default function CampaignLinkNotFound() {
  return (
    <PageFrame locale={DEFAULT_LOCALE}>
      <NotFoundContent />
    </PageFrame>
  );
}
