import type { Metadata } from "next";
import { RoleCalls } from "@/components/home/role-calls";
import { PageFrame } from "@/app/_site/page-frame";
import { JsonLd } from "@/components/seo/json-ld";
import { TestimonialCard } from "@/components/voices/testimonial-card";
import { getEnv } from "@/lib/config/env";
import { listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { format, getMessages } from "@/lib/messages";
import { formatProBonoWeek, storyWithWeek } from "@/lib/site/pro-bono-week";
import { readProBonoWeek } from "@/lib/site/pro-bono-week-setting";
import { absoluteUrl } from "@/lib/site/urls";
import { pageAlternates } from "@/lib/i18n/alternates";
import { languageOf } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { localeOf, type LangParams } from "./locale";

// Prerendered at build, refreshed in the background at most hourly (and on demand when staff
// change content, or an admin saves National Pro Bono Week: its action revalidates this page),
// so a viral share costs the server almost nothing.
export const revalidate = 3600;

const HIGHLIGHT_COUNT = 3;

export async function generateMetadata({ params }: LangParams): Promise<Metadata> {
  const locale = await localeOf(params);
  const messages = getMessages(locale).home;
  const alternates = pageAlternates(locale, "/");
  return {
    title: { absolute: messages.title },
    description: messages.metaDescription,
    alternates,
    openGraph: {
      type: "article",
      url: alternates.canonical,
      locale: languageOf(locale).ogLocale,
      title: messages.title,
      description: messages.metaDescription,
    },
    // Its card (opengraph-image.tsx beside it), large; X reads the image from og:image.
    twitter: { card: "summary_large_image" },
  };
}

export default async function HomePage({ params }: LangParams) {
  const locale = await localeOf(params);
  const env = getEnv();
  const messages = getMessages(locale);
  const home = messages.home;
  const [testimonials, week] = await Promise.all([
    listPublishedTestimonials(getDb()),
    readProBonoWeek(getDb(), env),
  ]);
  const proBonoWeek = formatProBonoWeek(
    week.start ?? undefined,
    week.end ?? undefined,
    languageOf(locale).intl,
  );
  const calloutBody = week.callout?.[locale] ?? home.proBonoWeek.body;
  return (
    <PageFrame locale={locale} path="/">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Article",
          headline: home.storyHeading,
          url: absoluteUrl(localePath(locale, "/")),
          publisher: { "@type": "Organization", name: env.ORG_NAME, url: env.SITE_URL },
        }}
      />
      <article className="mx-auto max-w-prose">
        <h1 className="text-3xl font-bold leading-tight text-brand sm:text-4xl">{home.storyHeading}</h1>
        <p className="mt-4 text-lg font-medium">
          {home.lead}{" "}
          <a href="#signup" className="whitespace-nowrap">
            {home.jumpToSignup}
          </a>
        </p>
        {storyWithWeek(home.story, home.proBonoWeek.inStory, proBonoWeek).map((paragraph, index) => (
          <p key={index} className="mt-5" data-story-paragraph>
            {paragraph}
          </p>
        ))}
      </article>

      <section aria-labelledby="signup" className="mt-10">
        <h2 id="signup" className="mb-4 text-2xl font-bold text-brand">
          {home.signupHeading}
        </h2>
        <RoleCalls roles={messages.roles} locale={locale} />
      </section>

      {proBonoWeek ? (
        <aside
          aria-labelledby="pro-bono-week"
          className="mx-auto mt-8 max-w-prose rounded-lg border-l-4 border-accent bg-white p-5 shadow-sm"
        >
          <h2 id="pro-bono-week" className="text-xl font-semibold">
            {home.proBonoWeek.heading}
          </h2>
          <p className="mt-2">{format(calloutBody, { dates: proBonoWeek })}</p>
        </aside>
      ) : null}

      <section aria-labelledby="voices" className="mt-12">
        <h2 id="voices" className="mb-4 text-2xl font-bold text-brand">
          {home.voicesHeading}
        </h2>
        <div className="grid gap-4 md:grid-cols-3">
          {testimonials.slice(0, HIGHLIGHT_COUNT).map((testimonial) => (
            <TestimonialCard key={testimonial.slug} testimonial={testimonial} locale={locale} />
          ))}
        </div>
        <p className="mt-6 text-lg">
          <a href={localePath(locale, "/voices")}>{home.allVoices}</a>
        </p>
      </section>
    </PageFrame>
  );
}
