import "server-only";
import { ImageResponse } from "next/og";
import { getEnv } from "../config/env";
import { NEUTRAL_COLORS } from "./brand-colors";

// The card a shared link unfurls into (1200×630, next/og's bundled font), one look for every
// page people share: the home page, /voices and each testimonial. Each page's
// opengraph-image.tsx says what goes on it and its alt text, in the page's language: the alt
// comes from generateImageMetadata, since a file's static `alt` export cannot know the
// language (decision 038).

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };
export const SHARE_CARD_TYPE = "image/png";
/** The one card of a page: its id is the last part of the image's URL (`…/opengraph-image/card`). */
const SHARE_CARD_ID = "card";

/** generateImageMetadata's answer for a page's one card. */
export function shareCardMetadata(alt: string) {
  return [{ id: SHARE_CARD_ID, alt, size: SHARE_CARD_SIZE, contentType: SHARE_CARD_TYPE }];
}

export type ShareCardContent = {
  /** The card's words: a quote (then shown in quotation marks) or a headline. */
  text: string;
  isQuote?: boolean;
  /** Under it, in the brand colour: a person's or the organization's name. */
  name: string | undefined;
  /** Under the name: an affiliation, say. */
  detail?: string | null;
  /** The last line, in the accent colour. */
  footer: string;
};

export function shareCard({ text, isQuote = false, name, detail, footer }: ShareCardContent): ImageResponse {
  const env = getEnv();
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
      <div
        style={{
          display: "flex",
          fontSize: isQuote ? 44 : 60,
          lineHeight: isQuote ? 1.35 : 1.2,
          fontWeight: isQuote ? 400 : 700,
        }}
      >
        {isQuote ? `“${text}”` : text}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 38, fontWeight: 700, color: env.ORG_COLOR_PRIMARY }}>{name}</div>
        {detail ? <div style={{ fontSize: 30, color: NEUTRAL_COLORS.muted }}>{detail}</div> : null}
        <div style={{ marginTop: 18, fontSize: 26, color: env.ORG_COLOR_ACCENT }}>{footer}</div>
      </div>
    </div>,
    SHARE_CARD_SIZE,
  );
}
