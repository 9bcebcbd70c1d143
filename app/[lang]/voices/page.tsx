import type { Metadata } from "next";
import { PageFrame } from "@/app/_site/page-frame";
import { TestimonialCard } from "@/components/voices/testimonial-card";
import { pageAlternates } from "@/lib/i18n/alternates";
import { languageOf } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { localeOf, type LangParams } from "../locale";

export const revalidate = 3600;

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await localeOf(params);
  const messages = getMessages(locale).voices;
  const alternates = pageAlternates(locale, "/voices");
  return {
    title: messages.title,
    description: messages.metaDescription,
    alternates,
    openGraph: {
      type: "website",
      url: alternates.canonical,
      locale: languageOf(locale).ogLocale,
      title: messages.title,
      description: messages.metaDescription,
    },
    // Its card (opengraph-image.tsx beside it), large; X reads the image from og:image.
    twitter: { card: "summary_large_image" },
  };
}

export default async function VoicesPage({ params }: LangParams) {
  const locale = await localeOf(params);
  const messages = getMessages(locale);
  const testimonials = await listPublishedTestimonials(getDb());
  return (
    <PageFrame locale={locale} path="/voices">
      <h1 className="text-3xl font-bold text-brand sm:text-4xl">{messages.voices.title}</h1>
      <p className="mt-3 max-w-prose text-lg">{messages.voices.lead}</p>
      <div className="mt-8 grid gap-5 md:grid-cols-2">
        {testimonials.map((testimonial) => (
          <TestimonialCard key={testimonial.slug} testimonial={testimonial} locale={locale} />
        ))}
      </div>
      <p className="mt-10 text-lg">
        <a href={localePath(locale, "/volunteer")}>{messages.voices.chooseForm}</a>
      </p>
    </PageFrame>
  );
}
