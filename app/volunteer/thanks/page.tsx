import type { Metadata } from "next";
import { getEnv } from "@/lib/config/env";
import { format, getMessages } from "@/lib/messages";

export const metadata: Metadata = { title: getMessages().volunteer.thanks.title, robots: { index: false } };

type Props = { searchParams: Promise<{ updated?: string }> };

export default async function ThanksPage({ searchParams }: Props) {
  const { updated } = await searchParams;
  const messages = getMessages().volunteer.thanks;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      {updated === "1" ? (
        <p className="mt-4 rounded-md bg-white p-4 font-medium shadow-sm">{messages.updated}</p>
      ) : null}
      <p className="mt-4 text-lg">{messages.body}</p>
      <p className="mt-4">{format(messages.contact, { email: getEnv().ORG_EMAIL })}</p>
      <p className="mt-6">
        <a href="/voices">{messages.voices}</a>
      </p>
    </div>
  );
}
