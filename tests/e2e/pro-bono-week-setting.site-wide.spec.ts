import { query } from "./support/runtime";
import { expect, signInAs, test } from "./support/staff";

// National Pro Bono Week as a setting (issue 25): an admin changes the week and the callout's
// text in the staff area, the prerendered home page shows them in both languages within the
// front door's PAGE_CACHE_SECONDS (10 by default), a reviewer is refused, and "back to the
// server's settings" brings the environment's week (October 25–31, 2026 in this build) back.
// The setting is global: the test runs after every other (playwright.config.ts, its projects)
// and puts it back as it was, in `finally` too.

const PAGE = "/admin/settings/pro-bono-week";
const WITHIN_MS = 10_000 + 5_000;
const EN_TEXT = "Pro Bono Week this year is {dates}. Take one case.";
const ES_TEXT = "La Semana Pro Bono de este año es {dates}. Acepte un caso.";

async function homeText(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(path);
  return (await response.text()).replace(/\s/g, " ");
}

test("an admin changes the week and its callout; the home page shows it in both languages; a reviewer is refused", async ({
  page,
  request,
  staff,
  browser,
}) => {
  test.setTimeout(90_000);
  try {
    await signInAs(page, await staff("admin"), PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "National Pro Bono Week" })).toBeVisible();
    await expect(page.getByTestId("pbw-source")).toContainText("server's settings");

    // A week ending before it starts is refused next to the field, what was typed kept.
    await page.getByLabel("First day").fill("2026-11-07");
    await page.getByLabel("Last day").fill("2026-11-01");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("The last day cannot be before the first.")).toBeVisible();
    await expect(page.getByLabel("Last day")).toHaveAttribute("aria-invalid", "true");

    // Without JavaScript the form posts and comes back with the problem next to the field too.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noScript.newPage();
      await signInAs(plain, await staff("admin"), PAGE);
      await plain.getByLabel("Last day").fill("");
      await plain.getByRole("button", { name: "Save" }).click();
      await expect(plain.getByText("Enter both days, or leave both empty.")).toBeVisible();
      await expect(plain.getByLabel("Last day")).toHaveAttribute("aria-invalid", "true");
    } finally {
      await noScript.close();
    }

    // Both home pages in the front door's page cache first, so the wait below is its bound.
    for (const path of ["/", "/es", "/", "/es"]) await request.get(path);
    expect((await request.get("/")).headers()["x-page-cache"]).toBe("hit");

    await page.getByLabel("First day").fill("2026-11-01");
    await page.getByLabel("Last day").fill("2026-11-07");
    await page.getByLabel("Callout text in English").fill(EN_TEXT);
    await page.getByLabel("Callout text in Spanish").fill(ES_TEXT);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved.");
    await expect(page.getByTestId("pbw-source")).toContainText("Saved here by");

    const savedAt = Date.now();
    await expect
      .poll(() => homeText(request, "/"), { timeout: WITHIN_MS, intervals: [500] })
      .toMatch(/Pro Bono Week this year is November 1\s*–\s*7, 2026\. Take one case\./);
    await expect
      .poll(() => homeText(request, "/es"), { timeout: WITHIN_MS, intervals: [500] })
      .toMatch(/La Semana Pro Bono de este año es 1\s*–\s*7 de noviembre de 2026\. Acepte un caso\./);
    // The story names the same week as the callout.
    expect(await homeText(request, "/")).toMatch(/National Pro Bono Week — November 1\s*–\s*7, 2026 —/);
    test.info().annotations.push({ type: "shown after", description: `${Date.now() - savedAt} ms` });

    const [event] = await query<{ detail: { before: { start: string }; after: { start: string } } }>(
      `SELECT detail FROM audit_events WHERE action = 'setting_changed' AND detail->>'setting' = 'proBonoWeek'
        ORDER BY id DESC LIMIT 1`,
    );
    expect(event?.detail.before.start).toBe("2026-10-25");
    expect(event?.detail.after.start).toBe("2026-11-01");

    // A reviewer gets 403 on the page.
    const reviewerContext = await browser.newContext();
    try {
      const reviewerPage = await reviewerContext.newPage();
      await signInAs(reviewerPage, await staff("reviewer"), "/admin");
      const response = await reviewerPage.goto(PAGE);
      expect(response?.status()).toBe(403);
      await expect(reviewerPage.getByRole("link", { name: "Pro Bono Week" })).toHaveCount(0);
    } finally {
      await reviewerContext.close();
    }

    // Back to the server's settings: the environment's week and the site's own text again.
    await page.getByRole("button", { name: "Use the server's settings" }).click();
    await expect(page.getByRole("status")).toContainText("The server's settings apply again.");
    await expect(page.getByTestId("pbw-source")).toContainText("server's settings");
    await expect
      .poll(() => homeText(request, "/"), { timeout: WITHIN_MS, intervals: [500] })
      .toMatch(/October 25\s*–\s*31, 2026: a week that celebrates pro bono volunteers/);
  } finally {
    await query("DELETE FROM pro_bono_week_settings");
  }
});
