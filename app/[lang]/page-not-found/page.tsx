import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { getMessages } from "@/lib/messages";
import { localeOf, type LangParams } from "../locale";

// What a link that names no page gets, in its language: the front door serves this page in its
// place, with status 404 (lib/server/missed-links.ts, decision 037). Prerendered per language;
// asked for by its own address it answers 404 too.
export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).notFound.title, robots: { index: false } };
}

export default async function PageNotFound({ params }: LangParams) {
  const locale = await localeOf(params);
  // No language link: the same miss in another language is not a page to offer.
  return (
    <PageFrame locale={locale}>
      <NotFoundContent locale={locale} />
    </PageFrame>
  );
}
