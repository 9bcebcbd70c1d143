import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { AXE_TAGS, axeScripted } from "./support/axe-scripted";
import { collectPageErrors } from "./support/console-errors";

// A shared link that names no page (a testimonial never published, a form that is not one)
// gets the not-found page in the link's language, rendered on the server: the same page with
// and without JavaScript, status 404, the address kept (lib/server/missed-links.ts, decision 037).

const MISSES = [
  {
    path: "/voices/no-such-person",
    lang: "en",
    messages: en.notFound,
    voices: "/voices",
    forms: "/volunteer",
  },
  {
    path: "/es/voices/no-such-person",
    lang: "es",
    messages: es.notFound,
    voices: "/es/voices",
    forms: "/es/volunteer",
  },
  { path: "/volunteer/nobody", lang: "en", messages: en.notFound, voices: "/voices", forms: "/volunteer" },
  {
    path: "/es/volunteer/nobody",
    lang: "es",
    messages: es.notFound,
    voices: "/es/voices",
    forms: "/es/volunteer",
  },
] as const;

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const miss of MISSES) {
      test(`${miss.path} answers 404 with the not-found page in its language`, async ({ page }) => {
        const errors = collectPageErrors(page);
        const response = await page.goto(miss.path);
        expect(response?.status()).toBe(404);
        // The page's own HTML, not an empty shell that a script fills in.
        const html = await response!.text();
        expect(html).not.toContain("__next_error__");
        expect(html).toContain(`<h1 class="text-3xl font-bold text-brand">${miss.messages.title}</h1>`);

        await expect(page).toHaveTitle(new RegExp(`^${miss.messages.title}`));
        await expect(page.locator("html")).toHaveAttribute("lang", miss.lang);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(miss.messages.title);
        const main = page.getByRole("main");
        await expect(main.getByRole("link", { name: miss.messages.voices })).toHaveAttribute(
          "href",
          miss.voices,
        );
        await expect(main.getByRole("link", { name: miss.messages.volunteer })).toHaveAttribute(
          "href",
          miss.forms,
        );
        // One language only, and the address stays the link's.
        await expect(
          page.getByRole("heading", { name: (miss.lang === "en" ? es : en).notFound.title }),
        ).toHaveCount(0);
        expect(new URL(page.url()).pathname).toBe(miss.path);

        const violations = javaScriptEnabled
          ? (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map((v) => v.id)
          : (await axeScripted(page)).violations;
        expect(violations).toEqual([]);
        // Hydrated as it was served: no script error (the browser reports the 404 itself).
        await page.waitForLoadState("networkidle");
        expect(errors.filter((error) => !error.startsWith("Failed to load resource"))).toEqual([]);
      });
    }
  });
}

test("the not-found page is never a page of its own, and a CDN keeps no miss", async ({ request }) => {
  for (const path of ["/page-not-found", "/es/page-not-found", "/voices/no-such-person"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()["cache-control"], path).toMatch(/no-store/);
  }
  // A second time: the front door's page cache keeps no 404 either.
  const again = await request.get("/voices/no-such-person");
  expect(again.status()).toBe(404);
  expect(again.headers()["x-page-cache"]).toBeUndefined();
});

test("a published testimonial, and its address in capitals, still reach their page", async ({ request }) => {
  expect((await request.get("/es/voices/paul-cash")).status()).toBe(200);
  const redirect = await request.get("/voices/Paul-Cash", { maxRedirects: 0 });
  expect([301, 308]).toContain(redirect.status());
});
