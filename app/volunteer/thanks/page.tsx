import type { Metadata } from "next";
import { ThankYou } from "@/components/volunteer/thank-you";
import { getEnv } from "@/lib/config/env";
import { getMessages } from "@/lib/messages";

// Static, like /volunteer/thanks/updated: every signup ends on one of the two, so neither
// costs a render.
export const metadata: Metadata = { title: getMessages().volunteer.thanks.title, robots: { index: false } };

export default function ThanksPage() {
  return <ThankYou isUpdate={false} orgEmail={getEnv().ORG_EMAIL} />;
}
