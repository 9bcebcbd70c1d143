import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import type { Role } from "../../lib/signup/options";
import { sampleFields, type FormFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// A reviewer finds interpreters of K'iche' however volunteers spelled it, removes a filter by
// its chip, and reads the list without scrolling at a laptop's size and a phone's.

async function submit(request: APIRequestContext, role: Role, fields: FormFields) {
  const email = uniqueEmail(role).replace("example.org", "example.com");
  const form = await openReadyForm(request, role);
  const reply = await postForm(request, role, form, { ...sampleFields(role), ...fields, email });
  expect(reply.status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return row!.id;
}

const listedIds = (page: Page) =>
  page.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-signup")));

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("the language filter finds every spelling, chips remove filters, and the first row shows without scrolling", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  // A surname only these signups have, so the rest of the suite's signups stay out.
  const tag = `Lq${Math.random().toString(36).slice(2, 8)}`;
  const spellings = ["K’iche’", "k'iche'", "KICHE"];
  const kiche: string[] = [];
  for (const [i, spelling] of spellings.entries()) {
    kiche.push(
      await submit(request, "attorney", {
        firstName: `Ana${i}`,
        lastName: tag,
        "languages.0.name": spelling,
      }),
    );
  }
  const spanish = await submit(request, "attorney", {
    firstName: "Sol",
    lastName: tag,
    "languages.0.name": "Spanish",
  });
  const mine = [...kiche, spanish];
  try {
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, `/admin/signups?q=${tag}`);
    await expect(page.getByText("4 signups match.")).toBeVisible();
    await expect(page.getByText("1–4 of 4")).toBeVisible();

    const filters = page.getByRole("search", { name: "Filters" });
    for (const typed of ["kiche", "K’iche’", "k'iche'", "KICHE"]) {
      await filters.locator("summary").click();
      await filters.getByLabel("Language", { exact: true }).fill(typed);
      await filters.getByRole("button", { name: "Show signups" }).click();
      await expect(page.getByText("3 signups match.")).toBeVisible();
      expect((await listedIds(page)).sort()).toEqual([...kiche].sort());
      // The form sends its empty fields too; the page answers with the clean URL.
      const url = new URL(page.url());
      expect([...url.searchParams.keys()].sort()).toEqual(["language", "q"]);
      expect(url.searchParams.get("language")).toBe("kiche");
    }

    // "span" is the start of Spanish.
    await page.goto(`/admin/signups?q=${tag}&language=span`);
    expect(await listedIds(page)).toEqual([spanish]);

    // The field suggests the languages present, each with how many signups speak it.
    const suggestions = await page
      .locator("#filter-language-suggestions option")
      .evaluateAll((options) =>
        options.map((o) => ({ value: o.getAttribute("value"), label: o.getAttribute("label") })),
      );
    for (const name of [/^Spanish$/, /^K.iche.$/]) {
      const found = suggestions.find((s) => name.test(s.value ?? ""));
      expect(found?.label, String(name)).toMatch(/^.+ \([\d,]+\)$/);
    }

    // A chip per filter; following one leaves the others.
    await page.goto(`/admin/signups?q=${tag}&language=kiche&role=attorney`);
    expect((await listedIds(page)).sort()).toEqual([...kiche].sort());
    await page.getByRole("link", { name: "Remove the filter Language: kiche" }).click();
    await expect(page).toHaveURL(`/admin/signups?role=attorney&q=${tag}`);
    expect((await listedIds(page)).sort()).toEqual([...mine].sort());
    await expect(page.getByRole("link", { name: "Remove the filter Role: Attorney" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Remove the filter Language/ })).toHaveCount(0);

    // The first row is on the first screen at a laptop's size and at a phone's, and the phone
    // never scrolls sideways.
    for (const size of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`/admin/signups?q=${tag}&role=attorney`);
      // Not a sliver: the first row's name, the link to open it, is whole on the first screen.
      await expect(page.locator("tbody tr").first().getByRole("link")).toBeInViewport({ ratio: 1 });
      await expect(page.locator("tbody tr").first().getByRole("checkbox")).toBeVisible();
      if (size.width === 390) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
      await expectAccessible(page);
    }
    expect(errors).toEqual([]);
  } finally {
    await query("DELETE FROM signups WHERE id = ANY($1::uuid[])", [mine]);
  }
});

test("the whole list pages as '1–50 of N', and Next reads on from 51", async ({ page, staff }) => {
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, "/admin/signups?sort=oldest");
  // Other tests add signups meanwhile: read N from the page, and check only the shape.
  const range = page.getByText(/^1–\d+ of [\d,]+$/);
  const text = (await range.textContent()) ?? "";
  const total = Number(/of ([\d,]+)$/.exec(text)![1]!.replace(/,/g, ""));
  expect(text).toBe(`1–${Math.min(50, total)} of ${total.toLocaleString("en-US")}`);
  if (total > 50) {
    await page.getByRole("link", { name: "Next", exact: true }).click();
    await expect(page.getByText(/^51–\d+ of [\d,]+$/)).toBeVisible();
    await page.getByRole("link", { name: "Previous", exact: true }).click();
    await expect(page.getByText(/^1–50 of [\d,]+$/)).toBeVisible();
  }
});
