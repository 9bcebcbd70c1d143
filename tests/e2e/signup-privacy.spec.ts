import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// An admin answers two volunteers' privacy requests in Chromium: one signup anonymised through
// its confirmation page, another deleted; the audit log lists both under the admin's name and
// filters by action; a reviewer is refused the audit log.

async function submitSignup(request: APIRequestContext, lastName: string) {
  const email = uniqueEmail("privacy").replace("example.org", "example.com");
  const form = await openReadyForm(request, "attorney");
  const fields = { ...sampleFields("attorney"), email, lastName };
  expect((await postForm(request, "attorney", form, fields)).status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, email };
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

test("an admin anonymises one signup and deletes another, each confirmed, and finds both in the audit log", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(150_000);
  const errors = collectPageErrors(page);
  const kept = await submitSignup(request, "Wexley-Anon");
  const gone = await submitSignup(request, "Wexley-Gone");
  const admin = await staff("admin");
  const name = `Priya ${kept.id.slice(0, 4)}`;
  await query("UPDATE staff_users SET name = $1 WHERE email = $2", [name, admin.email]);

  // From the record, as an admin would, to the confirmation page.
  await signInAs(page, admin, `/admin/signups/${kept.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana María Wexley-Anon");
  await page.getByRole("link", { name: "Privacy request: anonymise or delete" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/signups/${kept.id}/privacy$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy request: Ana María Wexley-Anon");
  // Each count in its own number: never "1 notes" (the emails' records and history grow as
  // the worker sends, so only their wording is fixed here).
  const counts = page.getByText(/^0 notes, \d+ email records?, \d+ history entr(y|ies)\.$/);
  await expect(counts).toBeVisible();
  await expect(counts).not.toHaveText(/\b1 (email records|history entries)\b/);
  // The page as it opens, and the audit log, are axe-checked (on a phone too) by
  // staff-pages-accessible.spec.ts; the anonymised state below is this test's own.

  // Not without ticking the box: the browser holds the form back and nothing changes.
  const anonymise = page.getByRole("region", { name: "Anonymise" });
  await anonymise.getByRole("button", { name: "Anonymise this signup" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/signups/${kept.id}/privacy$`));
  expect(await query("SELECT anonymized_at FROM signups WHERE id = $1", [kept.id])).toEqual([
    { anonymized_at: null },
  ]);
  await anonymise.getByLabel("I understand that the removed information cannot be brought back.").check();
  await anonymise.getByRole("button", { name: "Anonymise this signup" }).click();
  await expect(page.getByRole("status")).toHaveText("The signup is anonymised.");
  await expect(page.getByText(/^This signup was anonymised on /)).toBeVisible();
  await expectAccessible(page);

  // The record shows a placeholder and none of the person's answers.
  await page.goto(`/admin/signups/${kept.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anonymised");
  await expect(page.locator("main")).not.toContainText("Wexley");
  await expect(page.locator("main")).not.toContainText(kept.email);
  await expect(page.locator("main")).not.toContainText("NM-12345");
  const [row] = await query<{ email: string; role: string }>(
    "SELECT email, role::text FROM signups WHERE id = $1",
    [kept.id],
  );
  expect(row).toEqual({ email: `anonymised-${kept.id}@invalid`, role: "attorney" });

  // The other one is deleted.
  await page.goto(`/admin/signups/${gone.id}/privacy`);
  const remove = page.getByRole("region", { name: "Delete" });
  await remove.getByLabel("I understand that the signup is deleted for good.").check();
  await remove.getByRole("button", { name: "Delete this signup" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signup deleted");
  await expect(page.getByRole("status")).toHaveText("The signup is deleted, with everything attached to it.");
  expect(await query("SELECT 1 FROM signups WHERE id = $1", [gone.id])).toEqual([]);
  expect((await page.request.get(`/admin/signups/${gone.id}`)).status()).toBe(404);

  // The audit log: both, by name, newest first; filtering by action keeps the one asked for.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  const table = page.getByRole("table", { name: "Audit entries, newest first." });
  const rowOf = (action: string) => table.locator(`tr[data-action=${action}]`).first();
  await expect(rowOf("signup_deleted")).toContainText(`${name} deleted a signup (`);
  await expect(rowOf("signup_anonymized")).toContainText(`${name} anonymised a signup (now anonymised).`);
  await expect(rowOf("signup_anonymized").getByRole("link", { name: "Open the signup" })).toHaveAttribute(
    "href",
    `/admin/signups/${kept.id}`,
  );
  await page.getByLabel("Action").selectOption({ label: "Signup deleted" });
  await page.getByLabel("Person").selectOption({ label: name });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?actor=[^&]+&action=signup_deleted(&|$)/);
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.locator("tbody tr")).toContainText(`${name} deleted a signup (`);
  await expect(page.getByLabel("Action")).toHaveValue("signup_deleted");
  expect(errors).toEqual([]);
});

test("a reviewer gets 403 on the audit log and the privacy page, and no privacy link on a record", async ({
  page,
  request,
  staff,
}) => {
  const signup = await submitSignup(request, "Wexley-Kept");
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, `/admin/signups/${signup.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana María Wexley-Kept");
  await expect(page.getByRole("link", { name: "Privacy request: anonymise or delete" })).toHaveCount(0);
  expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  expect((await page.goto(`/admin/signups/${signup.id}/privacy`))?.status()).toBe(403);
});
