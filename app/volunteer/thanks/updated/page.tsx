import type { Metadata } from "next";
import { ThankYou } from "@/components/volunteer/thank-you";
import { getEnv } from "@/lib/config/env";
import { getMessages } from "@/lib/messages";

export const metadata: Metadata = { title: getMessages().volunteer.thanks.title, robots: { index: false } };

export default function UpdatedThanksPage() {
  return <ThankYou isUpdate orgEmail={getEnv().ORG_EMAIL} />;
}
