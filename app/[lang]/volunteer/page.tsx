import type { Metadata } from "next";
import { RoleCalls } from "@/components/home/role-calls";
import { PageFrame } from "@/app/_site/page-frame";
import { pageAlternates } from "@/lib/i18n/alternates";
import { getMessages } from "@/lib/messages";
import { localeOf, type LangParams } from "../locale";

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await localeOf(params);
  const messages = getMessages(locale).volunteer;
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates: pageAlternates(locale, "/volunteer"),
  };
}

export default async function VolunteerPage({ params }: LangParams) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  return (
    <PageFrame locale={locale} path="/volunteer">
      <h1 className="text-3xl font-bold text-brand sm:text-4xl">{messages.volunteer.title}</h1>
      <p className="mb-8 mt-3 max-w-prose text-lg">{messages.volunteer.lead}</p>
      <RoleCalls roles={messages.roles} locale={locale} headingLevel={2} />
    </PageFrame>
  );
}
