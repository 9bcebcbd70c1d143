import { ImageResponse } from "next/og";
import { getEnv } from "@/lib/config/env";
import { getPublishedTestimonial } from "@/lib/content/testimonials";
import { getDb } from "@/lib/db/client";
import { getMessages } from "@/lib/messages";
import { NEUTRAL_COLORS } from "@/lib/site/brand-colors";
import { cardDescription } from "@/lib/site/card-text";

export { generateStaticParams } from "./static-params";

// The card a shared link unfurls into: rendered with next/og's bundled font, prerendered at
// build for every published testimonial.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const revalidate = 3600;
export const alt = getMessages().voices.cardAlt;

const CARD_QUOTE_LENGTH = 260;

export default async function Image({ params }: { params: Promise<{ lang: string; slug: string }> }) {
  const env = getEnv();
  const messages = getMessages((await params).lang);
  const testimonial = await getPublishedTestimonial(getDb(), (await params).slug);
  const quote = testimonial ? cardDescription(testimonial.quote, CARD_QUOTE_LENGTH) : "";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: NEUTRAL_COLORS.paper,
        borderLeft: `24px solid ${env.ORG_COLOR_PRIMARY}`,
        color: NEUTRAL_COLORS.ink,
      }}
    >
      <div style={{ display: "flex", fontSize: 44, lineHeight: 1.35 }}>“{quote}”</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 38, fontWeight: 700, color: env.ORG_COLOR_PRIMARY }}>{testimonial?.name}</div>
        {testimonial?.affiliation ? (
          <div style={{ fontSize: 30, color: NEUTRAL_COLORS.muted }}>{testimonial.affiliation}</div>
        ) : null}
        <div style={{ marginTop: 18, fontSize: 26, color: env.ORG_COLOR_ACCENT }}>
          {`${messages.voices.title} · ${env.ORG_NAME}`}
        </div>
      </div>
    </div>,
    size,
  );
}
