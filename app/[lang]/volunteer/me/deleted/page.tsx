import type { Metadata } from "next";
import Link from "next/link";
import { PageFrame } from "@/app/_site/page-frame";
import { localePath } from "@/lib/i18n/paths";
import { getMessages } from "@/lib/messages";
import { localeOf } from "../../../locale";

// After "delete my data": there is no session and no signup left to show, only this.

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  return { title: getMessages(locale).volunteerMe.delete.doneTitle, robots: { index: false } };
}

export default async function DataDeletedPage({ params }: Props) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const m = messages.volunteerMe.delete;
  return (
    <PageFrame locale={locale} path="/volunteer/me/deleted">
      <div className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{m.doneTitle}</h1>
        <p className="mt-4 text-lg" role="status">
          {m.doneBody}
        </p>
        <p className="mt-6">
          <Link href={localePath(locale, "/")} className="font-semibold text-brand underline">
            {messages.notFound.home}
          </Link>
        </p>
      </div>
    </PageFrame>
  );
}
