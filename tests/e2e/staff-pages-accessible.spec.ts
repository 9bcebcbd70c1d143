import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// Every page of the staff area, signed in and signed out, at a laptop's size and a phone's:
// axe finds nothing, and no page scrolls sideways on the phone. Journeys check their own
// dialogs and states; this sweep makes sure no page is left out, and is the one check of each
// page in its plain state (a journey does not check again what the sweep checks). The phone is
// 375 wide, the narrowest any staff journey used (390 elsewhere is the same layout).

const SIZES = [
  { width: 1366, height: 768 },
  { width: 375, height: 812 },
];
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

async function sweep(page: Page, paths: string[]) {
  const problems: string[] = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const v of results.violations) {
        problems.push(`${path} at ${size.width}: ${v.id} ${v.nodes.map((n) => n.target).join(", ")}`);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > size.width) problems.push(`${path} at ${size.width}: ${width} px wide`);
    }
  }
  expect(problems).toEqual([]);
}

test("every staff page has no axe violations and no sideways scroll, at 1366×768 and 375×812", async ({
  page,
  request,
  staff,
  browser,
}) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  const email = uniqueEmail("sweep");
  const form = await openReadyForm(request, "interpreter");
  expect(
    (await postForm(request, "interpreter", form, { ...sampleFields("interpreter"), email })).status(),
  ).toBe(303);
  const [signup] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  const texts = { en: { subject: "Hello {firstName}", body: "Thank you, {firstName}." } };
  const [template] = await query<{ id: string }>(
    `INSERT INTO message_templates (id, name, texts, updated_at)
     VALUES (gen_random_uuid(), $1, $2::jsonb, now()) RETURNING id::text`,
    [`Sweep ${randomUUID().slice(0, 8)}`, JSON.stringify(texts)],
  );
  // A session with one volunteer's place, for the training's own page.
  const [training] = await query<{ id: string }>(
    `INSERT INTO training_sessions (id, title, roles, starts_at, ends_at, place, capacity, language, updated_at)
     VALUES (gen_random_uuid(), 'Sweep orientation', '{interpreter}', now() + interval '10 days',
             now() + interval '10 days 2 hours', 'Albuquerque office', 12, 'en', now()) RETURNING id::text`,
  );
  await query(
    `INSERT INTO training_registrations (id, session_id, signup_id, locale) VALUES (gen_random_uuid(), $1, $2, 'en')`,
    [training!.id, signup!.id],
  );
  // A campaign link, so its list shows a row with its link, QR code and archive button.
  const [campaign] = await query<{ id: string }>(
    `INSERT INTO campaign_links (id, code, name, target_path, utm_campaign)
     VALUES (gen_random_uuid(), 'sweep-' || floor(random() * 1e9)::text, 'Sweep newsletter', '/voices', 'sweep')
     RETURNING id::text`,
  );
  try {
    const admin = await staff("admin");
    await signInAs(page, admin, "/admin");
    await sweep(page, [
      "/admin",
      "/admin/signups",
      `/admin/signups/${signup!.id}`,
      `/admin/signups/${signup!.id}/privacy`,
      "/admin/messages",
      "/admin/messages/new",
      `/admin/messages/${template!.id}`,
      "/admin/trainings",
      "/admin/trainings/new",
      `/admin/trainings/${training!.id}`,
      "/admin/recruitment",
      "/admin/recruitment?period=range&from=2026-01-01&to=2025-12-01",
      "/admin/campaigns",
      "/admin/settings/pro-bono-week",
      "/admin/staff",
      "/admin/audit",
      "/admin/account",
    ]);
    expect(errors).toEqual([]);

    const signedOut = await browser.newContext();
    try {
      await sweep(await signedOut.newPage(), [
        "/admin/login",
        "/admin/reset-password",
        "/admin/set-password?token=no-such-link",
      ]);
    } finally {
      await signedOut.close();
    }
  } finally {
    await query("DELETE FROM message_templates WHERE id = $1", [template!.id]);
    await query("DELETE FROM training_sessions WHERE id = $1", [training!.id]);
    await query("DELETE FROM campaign_links WHERE id = $1", [campaign!.id]);
  }
});
