import type { Metadata } from "next";
import { getEnv } from "@/lib/config/env";
import { format, getMessages } from "@/lib/messages";
import { absoluteUrl } from "@/lib/site/urls";

export function generateMetadata(): Metadata {
  const messages = getMessages().privacy;
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates: { canonical: absoluteUrl("/privacy") },
  };
}

export default function PrivacyPage() {
  const env = getEnv();
  const messages = getMessages().privacy;
  return (
    <article className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      {messages.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-xl font-semibold">{section.heading}</h2>
          <p className="mt-2">{format(section.body, { org: env.ORG_NAME, email: env.ORG_EMAIL })}</p>
        </section>
      ))}
    </article>
  );
}
