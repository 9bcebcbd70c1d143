import { expect, test } from "@playwright/test";
import ogs from "open-graph-scraper";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { format } from "../../lib/messages/format";
import { E2E_URL } from "./e2e-environment";
import { TESTIMONIAL_PATHS } from "./support/public-routes";

// Every page people share unfurls into a 1200×630 card whose alt text is in the page's
// language, read as a link preview reads it: by a maintained Open Graph parser
// (open-graph-scraper, decision 038), then the image itself fetched.

/** The e2e site's ORG_NAME: the configuration's default. */
const ORG = "New Mexico Immigrant Law Center";

const CATALOGS = { en, es } as const;
type Lang = keyof typeof CATALOGS;

const CARD_ALT = {
  home: (lang: Lang) => format(CATALOGS[lang].home.cardAlt, { org: ORG }),
  voices: (lang: Lang) => format(CATALOGS[lang].voices.listCardAlt, { org: ORG }),
  testimonial: (lang: Lang) => CATALOGS[lang].voices.cardAlt,
};

const SHARED = [
  { path: "/", lang: "en", alt: CARD_ALT.home },
  { path: "/es", lang: "es", alt: CARD_ALT.home },
  { path: "/voices", lang: "en", alt: CARD_ALT.voices },
  { path: "/es/voices", lang: "es", alt: CARD_ALT.voices },
  ...TESTIMONIAL_PATHS.flatMap((path) => [
    { path, lang: "en" as const, alt: CARD_ALT.testimonial },
    { path: `/es${path}`, lang: "es" as const, alt: CARD_ALT.testimonial },
  ]),
] as const satisfies readonly { path: string; lang: Lang; alt: (lang: Lang) => string }[];

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { path, lang, alt } of SHARED) {
  test(`${path} unfurls into a 1200×630 card described in its language`, async ({ request }) => {
    const page = await request.get(path);
    expect(page.status()).toBe(200);
    const { error, result } = await ogs({ html: await page.text() });
    expect(error).toBe(false);

    expect(result.twitterCard).toBe("summary_large_image");
    expect(result.ogImage).toHaveLength(1);
    const image = result.ogImage![0]!;
    // Absolute, on SITE_URL: a link preview fetches it from elsewhere.
    expect(image.url.startsWith(`${E2E_URL}/`), image.url).toBe(true);
    expect({ width: Number(image.width), height: Number(image.height) }).toEqual({
      width: 1200,
      height: 630,
    });
    expect(image.type).toBe("image/png");
    expect(image.alt).toBe(alt(lang));
    expect(image.alt).not.toBe(alt(lang === "en" ? "es" : "en"));

    const card = await request.get(image.url);
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });
  });
}
