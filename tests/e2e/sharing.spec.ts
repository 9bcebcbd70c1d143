import { expect, test } from "@playwright/test";
import { TESTIMONIAL_SEED } from "../../lib/content/testimonial-seed";
import { E2E_URL } from "./e2e-environment";
import { normalizeSpace } from "./support/public-routes";

function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const testimonial of TESTIMONIAL_SEED) {
  test(`/voices/${testimonial.slug} carries its card, share links and structured data`, async ({
    page,
    request,
  }) => {
    const url = `${E2E_URL}/voices/${testimonial.slug}`;
    await page.goto(`/voices/${testimonial.slug}`);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

    expect(await meta("og:title")).toContain(testimonial.name);
    expect(await meta("og:description")).toBeTruthy();
    expect(await meta("og:url")).toBe(url);
    expect(await meta("og:type")).toBe("article");
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(url);

    const image = await meta("og:image");
    // Generated per language: Next.js names the English card under /en, which the front door serves as is.
    expect(image).toMatch(new RegExp(`^${E2E_URL}/en/voices/${testimonial.slug}/opengraph-image`));
    const card = await request.get(image!.replace(E2E_URL, ""));
    expect(card.status()).toBe(200);
    expect(card.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await card.body())).toEqual({ width: 1200, height: 630 });

    const shares = page.locator("a[data-share]");
    await expect(shares).toHaveCount(5);
    // Each network shares the page with its channel; the canonical URL above stays clean.
    for (const network of ["email", "whatsapp", "x", "facebook", "linkedin"]) {
      const href = await page.locator(`a[data-share="${network}"]`).getAttribute("href");
      expect(href, network).toContain(encodeURIComponent(`${url}?utm_source=${network}&utm_medium=share`));
    }
    expect(await page.locator(`a[data-share="whatsapp"]`).getAttribute("href")).toMatch(
      /^https:\/\/wa\.me\/\?text=/,
    );
    await expect(page.getByLabel("Link to this page")).toHaveValue(`${url}?utm_source=copy&utm_medium=share`);
    await expect(page.getByRole("button", { name: /Copy link|Share/ })).toBeVisible();
    // No third-party script on the page.
    const scripts = await page
      .locator("script[src]")
      .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    for (const src of scripts) expect(new URL(src).origin).toBe(E2E_URL);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd["@type"]).toBe("Quotation");
    expect(jsonLd.creator.name).toBe(testimonial.name);
    expect(normalizeSpace(jsonLd.text)).toBe(normalizeSpace(testimonial.quote));
  });
}

test("each of the nine quotes appears word for word on its page and on /voices", async ({ page }) => {
  await page.goto("/voices");
  const listed = normalizeSpace((await page.getByRole("main").textContent())!);
  for (const testimonial of TESTIMONIAL_SEED) {
    for (const paragraph of testimonial.quote.split("\n\n"))
      expect(listed).toContain(normalizeSpace(paragraph));
  }
  for (const testimonial of TESTIMONIAL_SEED) {
    await page.goto(`/voices/${testimonial.slug}`);
    const shown = await page.locator("blockquote [data-quote-paragraph]").allTextContents();
    expect(shown.map(normalizeSpace)).toEqual(testimonial.quote.split("\n\n").map(normalizeSpace));
    await expect(page.locator("figcaption")).toContainText(testimonial.name);
    if (testimonial.affiliation)
      await expect(page.locator("figcaption")).toContainText(testimonial.affiliation);
  }
});

test("the sitemap lists every published testimonial and no admin page", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const testimonial of TESTIMONIAL_SEED)
    expect(xml).toContain(`<loc>${E2E_URL}/voices/${testimonial.slug}</loc>`);
  expect(xml).not.toContain("/admin");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain(`Sitemap: ${E2E_URL}/sitemap.xml`);
});

test("the home page tells the whole story, in order, with three calls to sign up", async ({ page }) => {
  await page.goto("/");
  const paragraphs = await page.locator("[data-story-paragraph]").allTextContents();
  expect(paragraphs).toHaveLength(4);
  expect(paragraphs[0]).toMatch(/^Asylum seekers, those facing deportation/);
  // The story names the week the settings give, as the callout below does, and no other.
  expect(paragraphs[1]).toMatch(
    /there is a National Pro Bono Week — October 25\s*–\s*31, 2026 — that celebrates/,
  );
  expect(paragraphs[1]).not.toContain("October 23");
  expect(paragraphs[3]).toMatch(/please send them a link to our signup forms:$/);
  for (const role of ["attorney", "medical", "interpreter"]) {
    await expect(page.locator(`main a[href="/volunteer/${role}"]`)).toHaveCount(1);
  }
  await expect(page.locator('main a[href="/voices"]')).toBeVisible();
  await expect(page.getByText("Previous")).toHaveCount(0);
  // The e2e build sets PRO_BONO_WEEK_START/END, so the callout shows with its dates.
  await expect(page.getByRole("complementary", { name: "National Pro Bono Week" })).toContainText(
    /October 25\s*–\s*31, 2026/,
  );
});
