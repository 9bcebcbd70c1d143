import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { PageFrame } from "@/app/_site/page-frame";
import { JsonLd } from "@/components/seo/json-ld";
import { ShareLinks } from "@/components/voices/share-links";
import { TestimonialQuote } from "@/components/voices/testimonial-quote";
import { getEnv } from "@/lib/config/env";
import { getPublishedTestimonial, listPublishedTestimonials } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { format, getMessages } from "@/lib/messages";
import { cardDescription, shareTitle } from "@/lib/site/card-text";
import { pageAlternates } from "@/lib/i18n/alternates";
import { languageOf } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";
import { ROLES } from "@/lib/signup/options";
import { localeOf } from "../../locale";

export { generateStaticParams } from "./static-params";

export const revalidate = 3600;

type Props = { params: Promise<{ lang: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const testimonial = await getPublishedTestimonial(getDb(), (await params).slug);
  if (!testimonial) return {};
  const title = shareTitle(locale, testimonial.name, getEnv().ORG_SHORT_NAME);
  const alternates = pageAlternates(locale, `/voices/${testimonial.slug}`);
  const url = alternates.canonical;
  const description = cardDescription(testimonial.quote);
  return {
    title,
    description,
    alternates,
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: getEnv().ORG_NAME,
      locale: languageOf(locale).ogLocale,
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function VoicePage({ params }: Props) {
  const { slug } = await params;
  const locale = await localeOf(params);
  const db = getDb();
  const testimonial = await getPublishedTestimonial(db, slug);
  if (!testimonial) {
    // Slugs are lower case; a link typed or shared with capitals moves to the one address.
    const canonical = slug.toLowerCase();
    if (canonical !== slug && (await getPublishedTestimonial(db, canonical))) {
      permanentRedirect(localePath(locale, `/voices/${canonical}`));
    }
    notFound();
  }
  const env = getEnv();
  const messages = getMessages(locale);
  const others = (await listPublishedTestimonials(db)).filter((t) => t.slug !== slug);
  const url = pageAlternates(locale, `/voices/${slug}`).canonical;
  const title = shareTitle(locale, testimonial.name, getEnv().ORG_SHORT_NAME);
  return (
    <PageFrame locale={locale} path={`/voices/${slug}`}>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Quotation",
          text: testimonial.quote,
          url,
          creator: {
            "@type": "Person",
            name: testimonial.name,
            ...(testimonial.affiliation
              ? { affiliation: { "@type": "Organization", name: testimonial.affiliation } }
              : {}),
          },
          isPartOf: { "@type": "WebSite", name: env.ORG_NAME, url: env.SITE_URL },
        }}
      />
      <article className="mx-auto max-w-prose">
        <h1 className="mb-6 text-2xl font-bold text-brand">
          {format(messages.voices.quoteBy, { name: testimonial.name })}
        </h1>
        <TestimonialQuote testimonial={testimonial} locale={locale} size="large" />
        <section aria-labelledby="join" className="mt-10 rounded-lg bg-brand p-6 text-white">
          <h2 id="join" className="text-xl font-semibold">
            {messages.voices.joinHeading}
          </h2>
          <p className="mt-2">{messages.voices.joinBody}</p>
          {/* Straight to each form: the form reads this page (and the share link's channel in
              its address) from its Referer, one hop only (decision 036). */}
          <ul className="mt-4 flex flex-col gap-3">
            {ROLES.map((role) => (
              <li key={role}>
                <a
                  href={localePath(locale, `/volunteer/${role}`)}
                  className="inline-block rounded-md bg-white px-4 py-3 font-semibold text-brand no-underline"
                >
                  {messages.roles[role].action}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <ShareLinks
          url={url}
          title={title}
          emailBody={(shared) =>
            format(messages.share.emailBody, {
              quote: testimonial.quote,
              name: testimonial.name,
              url: shared,
            })
          }
          messages={messages.share}
        />
      </article>
      <nav aria-labelledby="other-voices" className="mx-auto mt-12 max-w-prose">
        <h2 id="other-voices" className="text-xl font-semibold">
          {messages.voices.otherVoices}
        </h2>
        <ul className="mt-3 space-y-2">
          {others.map((other) => (
            <li key={other.slug}>
              <a href={localePath(locale, `/voices/${other.slug}`)}>{other.name}</a>
              {other.affiliation ? <span className="text-muted">, {other.affiliation}</span> : null}
            </li>
          ))}
        </ul>
      </nav>
    </PageFrame>
  );
}
