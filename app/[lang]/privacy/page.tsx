import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { getEnv } from "@/lib/config/env";
import { pageAlternates } from "@/lib/i18n/alternates";
import { format, getMessages } from "@/lib/messages";
import { localeOf, type LangParams } from "../locale";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await localeOf(params);
  const messages = getMessages(locale).privacy;
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates: pageAlternates(locale, "/privacy"),
  };
}

export default async function PrivacyPage({ params }: LangParams) {
  const locale = await localeOf(params);
  const env = getEnv();
  const messages = getMessages(locale).privacy;
  return (
    <PageFrame locale={locale} path="/privacy">
      <article className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
        {messages.sections.map((section) => (
          <section key={section.heading} className="mt-8">
            <h2 className="text-xl font-semibold">{section.heading}</h2>
            <p className="mt-2">{format(section.body, { org: env.ORG_NAME, email: env.ORG_EMAIL })}</p>
          </section>
        ))}
      </article>
    </PageFrame>
  );
}
