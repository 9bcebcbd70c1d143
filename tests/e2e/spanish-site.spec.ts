import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { localePath } from "../../lib/i18n/paths";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { format } from "../../lib/messages/format";
import { ROLES } from "../../lib/signup/options";
import { sampleFields, type FormFields } from "../support/signup-samples";
import { E2E_URL, STAFF_INBOX } from "./e2e-environment";
import { foreignNeedles, needlesIn, visibleTextWithoutQuotes } from "./support/catalog-text";
import { collectPageErrors } from "./support/console-errors";
import { fillSignupForm } from "./support/fill-signup-form";
import { ageFormToken } from "./support/form-post";
import { TESTIMONIAL_PATHS } from "./support/public-routes";
import { messagesAbout, query } from "./support/runtime";
import { uniqueEmail } from "./support/staff";

// Issue 12, in the browser: every Spanish page is Spanish (and its English twin English), is
// accessible, names its twin, and the three forms work in Spanish with JavaScript on and off.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
/** lib/config/env-schema.ts's default: the e2e server sets no ORG_NAME. */
const ORG_NAME = "New Mexico Immigrant Law Center";

/** Pages indexed by search engines: named in the sitemap and by hreflang alternates. */
const INDEXED_PATHS = [
  "/",
  "/voices",
  ...TESTIMONIAL_PATHS,
  "/volunteer",
  ...ROLES.map((role) => `/volunteer/${role}`),
  "/privacy",
];
/**
 * Every public page, with the thank-you page, the request for a link to one's own signups and
 * the page of a link to confirm new answers (noindex: they name no alternates; the pages behind
 * the volunteer's link are in volunteer-me.spec.ts). A confirm link that matches nothing still
 * shows its page.
 */
const PAGE_PATHS = [
  ...INDEXED_PATHS,
  "/volunteer/thanks",
  "/volunteer/me",
  `/volunteer/confirm/${"x".repeat(43)}`,
];

const spanish = (path: string) => localePath("es", path);
const absolute = (path: string) => new URL(path, E2E_URL).href;
const ENGLISH_ON_SPANISH = foreignNeedles(en, es);
const SPANISH_ON_ENGLISH = foreignNeedles(es, en);

async function alternatesOf(page: Page): Promise<Record<string, string>> {
  const links = await page
    .locator("link[rel=alternate][hreflang]")
    .evaluateAll((els) => els.map((el) => [el.getAttribute("hreflang")!, el.getAttribute("href")!] as const));
  return Object.fromEntries(links.map(([lang, href]) => [lang, new URL(href).href]));
}

/** The canonical link, as a URL (`http://host` and `http://host/` are one). */
async function canonicalOf(page: Page): Promise<string> {
  return new URL((await page.locator("link[rel=canonical]").getAttribute("href")) ?? "about:blank").href;
}

const twinAlternates = (path: string) => ({
  en: absolute(path),
  es: absolute(spanish(path)),
  "x-default": absolute(path),
});

test("the English and Spanish catalogs give the page check something to look for", () => {
  // Guards the check below against passing because it looks for nothing.
  expect(ENGLISH_ON_SPANISH.length).toBeGreaterThan(200);
  expect(SPANISH_ON_ENGLISH.length).toBeGreaterThan(200);
  expect(ENGLISH_ON_SPANISH.map((n) => n.text)).toContain(en.forms.submit);
  expect(ENGLISH_ON_SPANISH.map((n) => n.text)).toContain("Questions? Write to");
});

/** Axe once per page template: the first testimonial stands for the others. */
const AXE_PATHS = PAGE_PATHS.filter((path) => !TESTIMONIAL_PATHS.slice(1).includes(path));

for (const path of PAGE_PATHS) {
  const esPath = spanish(path);

  test(`${esPath} shows no English catalog string${AXE_PATHS.includes(path) ? ", has no axe violations" : ""} and links to its twin ${path}, which shows no Spanish one and links back`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    expect((await page.goto(esPath))?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const spanishText = await visibleTextWithoutQuotes(page);
    expect(spanishText.length).toBeGreaterThan(100);
    expect(needlesIn(spanishText, ENGLISH_ON_SPANISH)).toEqual([]);
    if (AXE_PATHS.includes(path)) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
        [],
      );
    }
    if (INDEXED_PATHS.includes(path)) {
      expect(await alternatesOf(page)).toEqual(twinAlternates(path));
      expect(await canonicalOf(page)).toBe(absolute(esPath));
    }

    // The header's language link: to the same page in English, and from there back.
    const toEnglish = page.getByRole("banner").locator("a[hreflang=en]");
    await expect(toEnglish).toHaveAttribute("href", path);
    await expect(toEnglish).toHaveAttribute("lang", "en");
    await toEnglish.click();
    await expect(page).toHaveURL(absolute(path));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const englishText = await visibleTextWithoutQuotes(page);
    expect(englishText.length).toBeGreaterThan(100);
    expect(needlesIn(englishText, SPANISH_ON_ENGLISH)).toEqual([]);
    if (INDEXED_PATHS.includes(path)) {
      expect(await alternatesOf(page)).toEqual(twinAlternates(path));
      expect(await canonicalOf(page)).toBe(absolute(path));
    }
    const toSpanish = page.getByRole("banner").locator("a[hreflang=es]");
    await expect(toSpanish).toHaveAttribute("href", esPath);
    await toSpanish.click();
    await expect(page).toHaveURL(absolute(esPath));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}

test("the sitemap lists every page in both languages, each naming its twins", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const entries = new Map<string, Record<string, string>>();
  for (const [, block] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(block!)?.[1];
    if (!loc) continue;
    const alternates = Object.fromEntries(
      [...block!.matchAll(/<xhtml:link\b[^>]*hreflang="([^"]+)"[^>]*href="([^"]+)"/g)].map((m) => [
        m[1]!,
        new URL(m[2]!).href,
      ]),
    );
    entries.set(new URL(loc).href, alternates);
  }
  for (const path of INDEXED_PATHS) {
    expect(entries.get(absolute(path)), path).toEqual(twinAlternates(path));
    expect(entries.get(absolute(spanish(path))), spanish(path)).toEqual(twinAlternates(path));
  }
  expect(entries.has(absolute("/volunteer/thanks"))).toBe(false);
  expect(entries.has(absolute("/volunteer/me"))).toBe(false);
});

/** Every answer typed before the error is still in the form. */
async function expectAnswersKept(page: Page, fields: FormFields) {
  for (const [name, value] of Object.entries(fields)) {
    const inputs = page.locator(`[name="${name}"]`);
    const first = inputs.first();
    const type = await first.getAttribute("type");
    if (type === "checkbox" || type === "radio") {
      for (const v of Array.isArray(value) ? value : [value]) {
        const target = (await inputs.count()) === 1 ? first : page.locator(`[name="${name}"][value="${v}"]`);
        await expect(target, name).toBeChecked();
      }
    } else await expect(first, name).toHaveValue(String(value));
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`a Spanish signup with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const role of ROLES) {
      test(`the ${role} form answers an error in Spanish, keeps the answers, and writes to the volunteer in Spanish`, async ({
        page,
      }) => {
        const errors = collectPageErrors(page);
        const email = uniqueEmail(`es-${role}-${javaScriptEnabled ? "js" : "nojs"}`);
        const fields: FormFields = { ...sampleFields(role), email };
        const { lastName, ...withoutLastName } = fields;
        await page.goto(`/es/volunteer/${role}`);
        await fillSignupForm(page, withoutLastName);
        await page.getByRole("button", { name: es.forms.submit }).click();

        // The error, in Spanish, in the browser (JavaScript on) or from the server (off).
        await expect(page.locator("#field-lastName-error")).toHaveText(es.forms.errors.required);
        await expect(page.locator("#form-message")).toHaveText("Corrija la respuesta de abajo.");
        await expect(page.locator("#field-lastName")).toHaveAttribute("aria-invalid", "true");
        await expect(page).toHaveURL(absolute(`/es/volunteer/${role}`));
        await expect(page.locator("html")).toHaveAttribute("lang", "es");
        await expectAnswersKept(page, withoutLastName);
        expect(await query("SELECT 1 FROM signups WHERE email = $1", [email])).toHaveLength(0);

        await page.locator("#field-lastName").fill(String(lastName));
        await ageFormToken(page);
        await page.getByRole("button", { name: es.forms.submit }).click();
        await expect(page).toHaveURL(absolute("/es/volunteer/thanks"));
        await expect(page.locator("html")).toHaveAttribute("lang", "es");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(es.volunteer.thanks.title);

        const rows = await query<{ locale: string; role: string }>(
          "SELECT locale, role FROM signups WHERE email = $1",
          [email],
        );
        expect(rows).toEqual([{ locale: "es", role }]);

        await expect
          .poll(async () => Object.values(await messagesAbout(email)).map((list) => list.length), {
            timeout: 30_000,
          })
          .toEqual([1, 1]);
        const { staff, confirmations } = await messagesAbout(email);
        const confirmation = confirmations[0]!;
        expect(confirmation.subject).toBe(format(es.emails.confirmation.subject, { org: ORG_NAME }));
        expect(confirmation.text).toContain(
          format(es.emails.confirmation.greeting, { name: String(fields.firstName) }),
        );
        expect(confirmation.text).toContain(
          format(es.emails.confirmation.thanks, { role: es.emails.roleNames[role] }),
        );

        const notification = staff[0]!;
        expect(notification.envelopeTo).toEqual([STAFF_INBOX[role]]);
        expect(notification.subject).toMatch(/^New /);
        expect(notification.subject).toContain(String(fields.firstName));
        expect(notification.text).toContain("This signup was made in Spanish");
        expect(notification.text).toContain(
          format(en.emails.staff.intro, { role: en.emails.roleNames[role] }),
        );
        expect(notification.text).toContain(`${en.forms.questions.firstName.label}:`);
        expect(notification.text).toContain(en.emails.staff.adminLink);
        if (javaScriptEnabled) expect(errors).toEqual([]);
      });
    }
  });
}
