import type { Metadata } from "next";
import { TestimonialCard } from "@/components/voices/testimonial-card";
import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { absoluteUrl } from "@/lib/site/urls";

export const revalidate = 3600;

export function generateMetadata(): Metadata {
  const messages = getMessages().voices;
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates: { canonical: absoluteUrl("/voices") },
    openGraph: {
      type: "website",
      url: absoluteUrl("/voices"),
      title: messages.title,
      description: messages.metaDescription,
    },
  };
}

export default async function VoicesPage() {
  const messages = getMessages();
  const testimonials = await listPublishedTestimonials(getDb());
  return (
    <>
      <h1 className="text-3xl font-bold text-brand sm:text-4xl">{messages.voices.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{messages.voices.lead}</p>
      <div className="mt-8 grid gap-5 md:grid-cols-2">
        {testimonials.map((testimonial) => (
          <TestimonialCard key={testimonial.slug} testimonial={testimonial} />
        ))}
      </div>
      <p className="mt-10 text-lg">
        <a href="/volunteer">{messages.voices.chooseForm}</a>
      </p>
    </>
  );
}
