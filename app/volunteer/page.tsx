import type { Metadata } from "next";
import { RoleCalls } from "@/components/home/role-calls";
import { getMessages } from "@/lib/messages";
import { absoluteUrl } from "@/lib/site/urls";

export function generateMetadata(): Metadata {
  const messages = getMessages().volunteer;
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates: { canonical: absoluteUrl("/volunteer") },
  };
}

export default function VolunteerPage() {
  const messages = getMessages();
  return (
    <>
      <h1 className="text-3xl font-bold text-brand sm:text-4xl">{messages.volunteer.title}</h1>
      <p className="mb-8 mt-3 max-w-prose text-lg">{messages.volunteer.lead}</p>
      <RoleCalls roles={messages.roles} headingLevel={2} />
    </>
  );
}
