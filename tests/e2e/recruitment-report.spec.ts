import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { readCsv } from "../support/csv";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// A reviewer opens the recruitment report with counts and signups of today, reads a page's row
// (exact numbers), and downloads the CSV of the same days, where the small counts are "<5".
// The rows are this test's own page and campaign, so other tests' counts cannot move them.

test("a reviewer reads a story's row in the recruitment report and downloads it with small counts as <5", async ({
  page,
  request,
  staff,
}) => {
  const errors = collectPageErrors(page);
  const slug = `e2e-${randomUUID().slice(0, 8)}`;
  const story = `/voices/${slug}`;
  const campaign = `e2e-${randomUUID().slice(0, 8)}`;
  const today = "(now() AT TIME ZONE 'America/Denver')::date";
  // 40 views from a newsletter, 6 more inside visits; 8 form opens from it. (The attribution
  // journeys count WhatsApp's row: this test leaves that channel alone.)
  await query(
    `INSERT INTO page_counts (day, kind, page, source, campaign, role, count) VALUES
       (${today}, 'view', $1, 'newsletter', $2, '', 40),
       (${today}, 'view', $1, '', '', '', 6),
       (${today}, 'form_open', $1, 'newsletter', $2, 'interpreter', 8)`,
    [story, campaign],
  );
  const email = uniqueEmail("recruited");
  const form = await openReadyForm(request, "interpreter");
  expect(
    (await postForm(request, "interpreter", form, { ...sampleFields("interpreter"), email })).status(),
  ).toBe(303);
  await query(
    `UPDATE signups SET came_from_page = $2, came_from_source = 'newsletter', came_from_campaign = $3 WHERE email = $1`,
    [email, story, campaign],
  );
  try {
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, "/admin");
    await page
      .getByRole("navigation", { name: "Staff area" })
      .getByRole("link", { name: "Recruitment" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Recruitment" })).toBeVisible();
    await expect(page.getByRole("radio", { name: "Last 30 days" })).toBeChecked();

    const row = page.getByRole("region", { name: "By story and page" }).locator(`tr[data-row="${story}"]`);
    const cells = await row.locator("td").allTextContents();
    // Views, form opens, signups, ready; the rates; the line (its text alternative, checked
    // below); attorney, medical, interpreter; English, Spanish.
    expect(cells.slice(0, 13)).toEqual([
      "46",
      "8",
      "1",
      "0",
      "17.4%",
      "12.5%",
      "2.2%",
      expect.stringMatching(/^Views per day/),
      "0",
      "0",
      "1",
      "1",
      "0",
    ]);
    await expect(row.getByRole("img")).toHaveAccessibleName(
      /Views per day, .*: 46 in all, the most \(46\) on /,
    );
    // At a phone's width the tables scroll inside their regions, not the page; axe finds nothing.
    await page.setViewportSize({ width: 375, height: 812 });
    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const campaignRow = page.locator(`tr[data-row="${campaign}"]`);
    expect((await campaignRow.locator("td").allTextContents()).slice(0, 3)).toEqual(["40", "8", "1"]);

    // A chosen range ending after today is refused next to its field, and nothing is shown.
    await page.getByRole("radio", { name: "Chosen days" }).check();
    await page.getByLabel("From", { exact: true }).fill("2026-01-01");
    await page.getByLabel("To", { exact: true }).fill("2999-01-01");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByLabel("To", { exact: true })).toHaveAccessibleDescription(
      /Please give a day up to today\./,
    );
    await expect(page.locator(`tr[data-row="${story}"]`)).toHaveCount(0);

    await page.goto("/admin/recruitment?period=90");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download this report (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^recruitment-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const { hasBom, rows } = readCsv(new Uint8Array(await readFile((await download.path())!)));
    expect(hasBom).toBe(true);
    const csvRow = rows.find((r) => r[0] === "By page" && r[2] === story);
    // Views, form opens, signups, by role, by language, ready, then the rates (blank from a count below 5).
    expect(csvRow?.slice(1)).toEqual([
      `Voice: ${slug}`,
      story,
      "46",
      "8",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "<5",
      "17.4%",
      "",
      "",
    ]);
    const [audited] = await query<{ detail: { rows: number } }>(
      `SELECT a.detail FROM audit_events a JOIN staff_users u ON u.id = a.actor_id
        WHERE a.action = 'recruitment_exported' AND u.email = $1`,
      [reviewer.email],
    );
    expect(audited?.detail.rows).toBe(rows.length - 1);
    expect(errors).toEqual([]);
  } finally {
    await query("DELETE FROM page_counts WHERE page = $1", [story]);
    await query("DELETE FROM signups WHERE email = $1", [email]);
  }
});
