import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import type { Role } from "../../lib/signup/options";
import { readCsv } from "../support/csv";
import { sampleFields, type FormFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// A reviewer finds signups by search and by filters, every part of the view in the URL, and
// downloads the CSV of exactly what the filters show, with every answer.

/** Signups sent through the forms as a browser without JavaScript sends them. */
async function submit(request: APIRequestContext, role: Role, fields: FormFields) {
  const email = uniqueEmail(role).replace("example.org", "example.com");
  const form = await openReadyForm(request, role);
  const reply = await postForm(request, role, form, { ...sampleFields(role), ...fields, email });
  expect(reply.status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, email };
}

async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(
    results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}

const listedIds = (page: Page) =>
  page.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-signup")));

test("a reviewer filters by search and two filters, and downloads exactly those signups with every answer", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  // One word only these signups have, so what the rest of the suite stored stays out.
  const tag = `Qx${Math.random().toString(36).slice(2, 8)}`;
  const zoe = await submit(request, "attorney", {
    firstName: "Zoë",
    lastName: `Nuñez ${tag}`,
    "languages.0.name": "Mam",
    caseTypes: ["defensive_asylum"],
    anythingElse: "=1+1 is not a formula here",
  });
  const ben = await submit(request, "attorney", {
    firstName: "Ben",
    lastName: `Okafor ${tag}`,
    availability: ["remote"],
  });
  const inPerson = await submit(request, "attorney", {
    firstName: "Ida",
    lastName: `Park ${tag}`,
    availability: ["in_person"],
  });
  const medical = await submit(request, "medical", { firstName: "Carla", lastName: `Reyes ${tag}` });
  const mine = [zoe, ben, inPerson, medical];

  try {
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, "/admin/signups");
    await expect(page).toHaveURL(/\/admin\/signups$/);

    const filters = page.getByRole("search", { name: "Filters" });
    await filters.getByLabel("Search", { exact: true }).fill(tag.toUpperCase());
    await filters.getByRole("button", { name: "Show signups" }).click();
    await expect(page.getByText("4 signups match.")).toBeVisible();
    expect((await listedIds(page)).sort()).toEqual(mine.map((s) => s.id).sort());

    // The filters besides the search are folded under "More filters".
    await filters.locator("summary").click();
    await filters.getByLabel("Role", { exact: true }).selectOption({ label: "Attorney" });
    await filters.getByLabel("Setting", { exact: true }).selectOption({ label: "Remote" });
    await filters.getByRole("button", { name: "Show signups" }).click();
    await expect(page.getByText("2 signups match.")).toBeVisible();
    expect(await listedIds(page)).toEqual([ben.id, zoe.id]);
    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe(tag.toUpperCase());
    expect(url.searchParams.get("role")).toBe("attorney");
    expect(url.searchParams.get("setting")).toBe("remote");
    await expect(page.getByRole("link", { name: "All (2)" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "New (2)" })).toBeVisible();
    // The record link carries the view, for the record's Previous and Next.
    await expect(page.getByRole("link", { name: `Zoë Nuñez ${tag}` })).toHaveAttribute(
      "href",
      new RegExp(`^/admin/signups/${zoe.id}\\?from=`),
    );

    // The same URL, opened afresh, is the same view (a bookmark, a shared link).
    await page.goto(url.toString());
    expect(await listedIds(page)).toEqual([ben.id, zoe.id]);
    await expect(filters.getByLabel("Setting", { exact: true })).toHaveValue("remote");

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download these signups as CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^signups-\d{4}-\d{2}-\d{2}\.csv$/);
    const { hasBom, rows } = readCsv(new Uint8Array(await readFile((await download.path())!)));
    expect(hasBom).toBe(true);
    const [header, ...records] = rows;
    expect(records.map((r) => r[0])).toEqual([ben.id, zoe.id]);
    expect(header).toEqual([
      "ID",
      "Role",
      "Status",
      "Status changed (America/Denver)",
      "Assignee",
      "Notes",
      "Last note (America/Denver)",
      "Signed up (America/Denver)",
      "First name",
      "Last name",
      "Email",
      "Phone",
      "City",
      "State",
      "Attorney status",
      "Bar admissions",
      "Good standing",
      "Organization",
      "Years in practice",
      "Immigration experience",
      "Case types",
      "Cases/year",
      "Clients",
      "Courts",
      "Mentor",
      "Malpractice",
      "Languages",
      "Hours/month",
      "How they help",
      "Heard of us",
      "Anything else",
      "Consent: contact",
      "Consent: privacy",
      "Readiness",
      "Done: Orientation training",
      "Done: Malpractice coverage confirmed",
      "Done: EOIR eRegistry number recorded",
      "Done: Mentor assigned",
      "Done: Conflict check done",
    ]);
    // The time on the organization's clock (Mountain Time), as PostgreSQL converts it.
    const [created] = records[1]!.splice(7, 1);
    const [stored] = await query<{ local: string }>(
      `SELECT to_char(created_at AT TIME ZONE 'America/Denver', 'YYYY-MM-DD HH24:MI:SS') AS local
         FROM signups WHERE id = $1`,
      [zoe.id],
    );
    expect(created).toBe(stored!.local);
    expect(records[1]).toEqual([
      zoe.id,
      "Attorney",
      "New",
      "",
      "",
      "0",
      "",
      "Zoë",
      `Nuñez ${tag}`,
      zoe.email,
      "+1 (505) 555-0142",
      "Albuquerque",
      "NM",
      "Licensed attorney",
      "Jurisdiction: New Mexico; Bar number: NM-12345; Year admitted: 2015",
      "Yes",
      "Wilcox, Myers, & Jones",
      "9",
      "Some",
      "Defensive asylum and removal defense",
      "3",
      "Detained adults, Children",
      "Albuquerque Immigration Court",
      "Yes",
      "I need the organization’s coverage",
      "Mam: fluent",
      "10",
      "Remote, Detention visits",
      "A colleague shared a testimonial",
      "'=1+1 is not a formula here",
      "Yes",
      "Yes",
      // Readiness, then the day each attorney step was done: none yet (a mentor was asked for).
      "5 steps left",
      "",
      "",
      "",
      "",
      "",
    ]);
    const [exported] = await query<{ actor: string; detail: unknown }>(
      `SELECT u.email AS actor, a.detail FROM audit_events a JOIN staff_users u ON u.id = a.actor_id
        WHERE a.action = 'signups_exported' AND u.email = $1 ORDER BY a.id DESC LIMIT 1`,
      [reviewer.email],
    );
    expect(exported).toEqual({
      actor: reviewer.email,
      detail: {
        filter: { role: "attorney", setting: "remote", sort: "newest", search: true },
        rows: 2,
        isComplete: true,
      },
    });

    // A third filter narrows it again; the export link follows the view.
    await filters.locator("summary").click();
    await filters.getByLabel("Language", { exact: true }).fill("Mam");
    await filters.getByRole("button", { name: "Show signups" }).click();
    await expect(page.getByText("1 signup matches.")).toBeVisible();
    expect(await listedIds(page)).toEqual([zoe.id]);
    await expect(page.getByRole("link", { name: "Download these signups as CSV" })).toHaveAttribute(
      "href",
      /language=mam/,
    );

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/admin\/signups$/);
    await expect(filters.getByLabel("Search", { exact: true })).toHaveValue("");

    await page.setViewportSize({ width: 375, height: 800 });
    await expectAccessible(page, `/admin/signups?q=${tag}`);
    await expectAccessible(page, `/admin/signups?q=nobody-has-this-${tag}`);
    await expectAccessible(page, "/admin");
    expect(errors).toEqual([]);
  } finally {
    await query("DELETE FROM signups WHERE id = ANY($1::uuid[])", [mine.map((s) => s.id)]);
  }
});

test("the dashboard counts signups and links to them", async ({ page, request, staff }) => {
  const signup = await submit(request, "interpreter", { firstName: "Eli", lastName: "Dashboard" });
  try {
    await query("UPDATE signups SET created_at = '2001-01-01T00:00:00Z' WHERE id = $1", [signup.id]);
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, "/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    // The oldest signup still new is this one, now dated 2001: midnight UTC on New Year's Day
    // is the evening before in Mountain Time, the organization's.
    await page
      .getByRole("link", {
        name: "Eli Dashboard, Translator/interpreter, signed up on Dec 31, 2000 and is still new.",
      })
      .click();
    await expect(page).toHaveURL(`/admin/signups/${signup.id}`);
    await page.goto("/admin");
    // Other tests add signups meanwhile: the list's count lies between the counts before and after.
    const newInterpreters = async () =>
      (
        await query<{ count: number }>(
          "SELECT count(*)::int AS count FROM signups WHERE role = 'interpreter' AND status = 'new'",
        )
      )[0]!.count;
    const before = await newInterpreters();
    const table = page.getByRole("table", { name: /Signups by role and status/ });
    await table.getByRole("row", { name: /^New/ }).getByRole("link").nth(2).click();
    await expect(page).toHaveURL(/\/admin\/signups\?role=interpreter&status=new$/);
    const shown = await page.getByText(/^\d+ signups? match(es)?\.$/).textContent();
    const after = await newInterpreters();
    const count = Number(/^\d+/.exec(shown ?? "")?.[0]);
    expect(count).toBeGreaterThanOrEqual(before);
    expect(count).toBeLessThanOrEqual(after);
    expect(shown).toBe(count === 1 ? "1 signup matches." : `${count} signups match.`);
  } finally {
    await query("DELETE FROM signups WHERE id = $1", [signup.id]);
  }
});
