import { getEnv } from "@/lib/config/env";
import { getPublishedTestimonial } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { cardDescription } from "@/lib/site/card-text";
import { shareCard, shareCardMetadata } from "@/lib/site/share-card";

// A testimonial's card: its quote, its person's name and affiliation (lib/site/share-card.tsx).
// Rendered when first asked for, then kept for an hour like the page.
export const revalidate = 3600;

const CARD_QUOTE_LENGTH = 260;

type Params = { lang: string; slug: string };

export function generateImageMetadata({ params }: { params: Params }) {
  return shareCardMetadata(getMessages(params.lang).voices.cardAlt);
}

export default async function Image({ params }: { params: Promise<Params> }) {
  const { lang, slug } = await params;
  const testimonial = await getPublishedTestimonial(getDb(), slug);
  return shareCard({
    text: testimonial ? cardDescription(testimonial.quote, CARD_QUOTE_LENGTH) : "",
    isQuote: true,
    name: testimonial?.name,
    detail: testimonial?.affiliation,
    footer: `${getMessages(lang).voices.title} · ${getEnv().ORG_NAME}`,
  });
}
