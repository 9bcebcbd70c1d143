import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { TESTIMONIAL_SEED } from "../../lib/content/testimonial-seed";
import { localePath } from "../../lib/i18n/paths";
import { en } from "../../lib/messages/en";
import { es } from "../../lib/messages/es";
import { ROLES } from "../../lib/signup/options";
import { sampleFields } from "../support/signup-samples";
import { E2E_URL } from "./e2e-environment";
import { fillSignupForm } from "./support/fill-signup-form";
import { ageFormToken } from "./support/form-post";
import { PUBLIC_PAGES } from "./support/public-routes";
import { query } from "./support/runtime";
import { expect, signInAs, test, type StaffMember } from "./support/staff";

// Issue 24: where a signup came from, carried without cookies (decision 036). A share link's
// channel and a campaign link's campaign reach the signup's row through the testimonial's link
// to the form, with JavaScript on and off; no public page sets a cookie or asks another origin
// for anything; the privacy page says what is kept.

const testimonial = TESTIMONIAL_SEED[0]!;
const SHARED = "utm_source=whatsapp&utm_medium=share";

async function campaignLink(targetPath: string) {
  const code = `flyer-${randomUUID().slice(0, 8)}`;
  await query(
    `INSERT INTO campaign_links (id, code, name, target_path, utm_campaign)
     VALUES (gen_random_uuid(), $1, 'E2E flyer', $2, $3)`,
    [code, targetPath, `pbw-${code.slice(6)}`],
  );
  return { code, campaign: `pbw-${code.slice(6)}` };
}

type ReportRow = { table: "By story and page" | "By channel" | "By campaign"; key: string };

/** Views, form opens and signups in the recruitment report's rows (0s for a row not there yet). */
async function reportFigures(page: Page, rows: ReportRow[]): Promise<number[][]> {
  await page.goto("/admin/recruitment?period=30");
  const figures: number[][] = [];
  for (const { table, key } of rows) {
    const row = page.getByRole("region", { name: table }).locator(`tr[data-row="${key}"]`);
    const cells = (await row.count())
      ? (await row.locator("td").allTextContents()).slice(0, 3)
      : ["0", "0", "0"];
    figures.push(cells.map((cell) => Number(cell.replace(/,/g, ""))));
  }
  return figures;
}

/** `work` done by a staff member signed in in a browser of their own (the visitor's has no cookie). */
async function asStaff<T>(
  page: Page,
  member: StaffMember,
  work: (staffPage: Page) => Promise<T>,
): Promise<T> {
  const context = await page.context().browser()!.newContext();
  try {
    const staffPage = await context.newPage();
    await signInAs(staffPage, member, "/admin");
    return await work(staffPage);
  } finally {
    await context.close();
  }
}

async function signUpFromTestimonial(page: Page, email: string) {
  const join = page.getByRole("region", { name: en.voices.joinHeading });
  await join.getByRole("link", { name: en.roles.interpreter.action }).click();
  await expect(page).toHaveURL(/\/volunteer\/interpreter$/);
  await fillSignupForm(page, { ...sampleFields("interpreter"), email });
  await ageFormToken(page);
  await page.getByRole("button", { name: en.forms.submit }).click();
  await expect(page).toHaveURL(/\/volunteer\/thanks$/);
  const rows = await query<{ page: string | null; source: string | null; campaign: string | null }>(
    `SELECT came_from_page AS page, came_from_source AS source, came_from_campaign AS campaign
       FROM signups WHERE email = $1`,
    [email],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

test("a testimonial opened from a WhatsApp share link leads to a signup that records the testimonial and WhatsApp, and the report counts the view, the form opened and the signup", async ({
  page,
  staff,
}) => {
  const reviewer = await staff("reviewer");
  // Only this file visits with WhatsApp's channel, one test after another: its row moves by ours alone.
  const rows: ReportRow[] = [
    { table: "By channel", key: "whatsapp" },
    { table: "By story and page", key: `/voices/${testimonial.slug}` },
  ];
  const [channel, story] = await asStaff(page, reviewer, (staffPage) => reportFigures(staffPage, rows));

  await page.goto(`/voices/${testimonial.slug}?${SHARED}`);
  // The page's own addresses stay clean.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${E2E_URL}/voices/${testimonial.slug}`,
  );
  expect(await signUpFromTestimonial(page, `shared.${randomUUID().slice(0, 8)}@example.com`)).toEqual({
    page: `/voices/${testimonial.slug}`,
    source: "whatsapp",
    campaign: null,
  });
  // One view and one form open from WhatsApp, and the signup; the story's row has the signup too
  // (its views move with every test that opens the page).
  const after = await asStaff(page, reviewer, async (staffPage) => {
    const moved = channel!.map((n) => n + 1);
    // Counts reach the database every second (PAGE_COUNT_FLUSH_SECONDS in the e2e server).
    await expect
      .poll(async () => (await reportFigures(staffPage, rows))[0], { timeout: 20_000 })
      .toEqual(moved);
    return reportFigures(staffPage, rows);
  });
  expect(after[1]![2]).toBe(story![2]! + 1);
  expect(after[1]![0]).toBeGreaterThan(story![0]!);
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a /r/ campaign link leads to its testimonial, the signup from there records the campaign, and the report counts the view, the form opened and the signup", async ({
    page,
    staff,
  }) => {
    const { code, campaign } = await campaignLink(`/voices/${testimonial.slug}`);
    await page.goto(`/r/${code.toUpperCase()}`);
    await expect(page).toHaveURL(
      `${E2E_URL}/voices/${testimonial.slug}?utm_source=campaign&utm_campaign=${campaign}`,
    );
    expect(await signUpFromTestimonial(page, `flyer.${randomUUID().slice(0, 8)}@example.com`)).toEqual({
      page: `/voices/${testimonial.slug}`,
      source: "campaign",
      campaign,
    });
    // The campaign is this test's own: its row is exactly what the visit did.
    await asStaff(page, await staff("reviewer"), (staffPage) =>
      expect
        .poll(() => reportFigures(staffPage, [{ table: "By campaign", key: campaign }]), { timeout: 20_000 })
        .toEqual([[1, 1, 1]]),
    );
  });
});

test("/r/<code> answers a redirect on this site, and an unknown code the site's not-found page in English", async ({
  page,
  request,
}) => {
  const { code, campaign } = await campaignLink("/es/volunteer/medical");
  const found = await request.get(`/r/${code}`, { maxRedirects: 0 });
  // Temporary, so a link's target can change (Next.js's redirect() answers 307; decision 036).
  expect(found.status()).toBe(307);
  expect(found.headers().location).toBe(`/es/volunteer/medical?utm_source=campaign&utm_campaign=${campaign}`);
  expect(found.headers()["set-cookie"]).toBeUndefined();
  const missing = await page.goto("/r/No-Such-Link");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.notFound.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("no public page, in either language, sets a cookie or loads anything from another origin", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const elsewhere: string[] = [];
  const cookies: string[] = [];
  context.on("request", (request) => {
    if (new URL(request.url()).origin !== E2E_URL) elsewhere.push(request.url());
  });
  context.on("response", async (response) => {
    if (await response.headerValue("set-cookie")) cookies.push(response.url());
  });
  const pages = [
    ...PUBLIC_PAGES,
    "/volunteer",
    ...ROLES.map((role) => `/volunteer/${role}`),
    "/volunteer/me",
  ];
  const { code } = await campaignLink("/voices");
  const page = await context.newPage();
  for (const locale of ["en", "es"]) {
    for (const path of pages) {
      const response = await page.goto(`${localePath(locale, path)}?${SHARED}`, { waitUntil: "networkidle" });
      expect(response?.status(), path).toBe(200);
    }
  }
  await page.goto(`/r/${code}`, { waitUntil: "networkidle" });
  await expect(page).toHaveURL(/\/voices\?utm_source=campaign/);
  expect(await context.cookies()).toEqual([]);
  await context.close();
  expect(cookies).toEqual([]);
  expect(elsewhere).toEqual([]);
});

test("the privacy page says what is counted, what a signup keeps and what is never collected, in both languages", async ({
  page,
}) => {
  for (const [path, words] of [
    ["/privacy", en.privacy],
    ["/es/privacy", es.privacy],
  ] as const) {
    await page.goto(path);
    for (const section of words.sections.slice(1, 4)) {
      await expect(page.getByRole("heading", { name: section.heading })).toBeVisible();
    }
  }
  await page.goto("/privacy");
  const text = await page.getByRole("main").textContent();
  for (const phrase of [
    "no cookie",
    "no IP address",
    "no identifier",
    "from another company",
    "channel",
    "campaign",
  ]) {
    expect(text, phrase).toContain(phrase);
  }
});
