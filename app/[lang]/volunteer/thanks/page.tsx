import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { ThankYou } from "@/components/volunteer/thank-you";
import { getEnv } from "@/lib/config/env";
import { getMessages } from "@/lib/messages";
import { localeOf, type LangParams } from "../../locale";

// Static: every signup ends here, so none costs a render.
export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  return { title: getMessages(await localeOf(params)).volunteer.thanks.title, robots: { index: false } };
}

export default async function ThanksPage({ params }: LangParams) {
  const locale = await localeOf(params);
  const env = getEnv();
  return (
    <PageFrame locale={locale} path="/volunteer/thanks">
      <ThankYou locale={locale} orgEmail={env.ORG_EMAIL} promiseDays={env.RESPONSE_PROMISE_DAYS} />
    </PageFrame>
  );
}
