import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail, type StaffMember } from "./support/staff";

// Issue 21, working through records: a record opened from a filtered list walks that list with
// Previous and Next (plain links, so without JavaScript too); one Save stores the status, the
// assignee and the follow-up together; "Assign to me" is one click; a resend asks first; the
// email and phone are links; a failed email says why in plain words.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];
const WORK = "Status, assignee and follow-up";

type Role = "attorney" | "medical" | "interpreter";

/** A signup sent through the real form, with a last name no other test uses when given. */
async function submit(request: APIRequestContext, role: Role, lastName?: string) {
  const email = uniqueEmail(role).replace("example.org", "example.com");
  const form = await openReadyForm(request, role);
  const fields = { ...sampleFields(role), email, ...(lastName ? { lastName } : {}) };
  expect((await postForm(request, role, form, fields)).status()).toBe(303);
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, email };
}

async function named(member: StaffMember, name: string) {
  await query("UPDATE staff_users SET name = $1 WHERE email = $2", [name, member.email]);
  return name;
}

const staffId = async (member: StaffMember) =>
  (await query<{ id: string }>("SELECT id FROM staff_users WHERE email = $1", [member.email]))[0]!.id;

async function expectAxeClean(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((v) => `${width}: ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

test("a record opened from a filtered list: Next and Previous follow that list, and lead back to it", async ({
  page,
  request,
  staff,
}) => {
  const errors = collectPageErrors(page);
  const tag = `Zr${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;
  // Three interpreters a day apart, and a medical signup between them that the view leaves out.
  const oldest = await submit(request, "interpreter", tag);
  const medical = await submit(request, "medical", tag);
  const middle = await submit(request, "interpreter", tag);
  const newest = await submit(request, "interpreter", tag);
  for (const [signup, day] of [
    [oldest, "2003-05-01"],
    [medical, "2003-05-02"],
    [middle, "2003-05-03"],
    [newest, "2003-05-04"],
  ] as const) {
    await query("UPDATE signups SET created_at = $1::timestamptz WHERE id = $2", [
      `${day}T18:00:00Z`,
      signup.id,
    ]);
  }
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, `/admin/signups?role=interpreter&q=${tag}`);
  await expect(page.locator("[data-signup]")).toHaveCount(3);

  const from = encodeURIComponent(`role=interpreter&q=${tag}`);
  const nav = page.getByRole("navigation", { name: "Signups in this list" });
  await page.locator(`[data-signup="${newest.id}"]`).getByRole("link").click();
  await expect(page).toHaveURL(`/admin/signups/${newest.id}?from=${from}`);
  await expect(nav).toContainText("1 of 3");
  await expect(nav.getByRole("link", { name: "Previous" })).toHaveCount(0);

  await nav.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(`/admin/signups/${middle.id}?from=${from}`);
  await expect(nav).toContainText("2 of 3");
  // Past the medical signup, which the view leaves out.
  await nav.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(`/admin/signups/${oldest.id}?from=${from}`);
  await expect(nav).toContainText("3 of 3");
  await expect(nav.getByRole("link", { name: "Next" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(`/admin/signups/${middle.id}?from=${from}`);

  // The links are in the page as the server sends it: they work without JavaScript.
  const html = await (await page.request.get(`/admin/signups/${middle.id}?from=${from}`)).text();
  expect(html).toContain(`href="/admin/signups/${newest.id}?from=${from}"`);
  expect(html).toContain(`href="/admin/signups/${oldest.id}?from=${from}"`);

  await nav.getByRole("link", { name: "Back to the list" }).click();
  await expect(page).toHaveURL(`/admin/signups?role=interpreter&q=${tag}`);
  await expect(page.locator("[data-signup]")).toHaveCount(3);
  expect(errors).toEqual([]);
});

test("one Save stores status, assignee and follow-up together; Assign to me is one click; a resend asks first", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  const signup = await submit(request, "attorney");
  const [reviewer, colleague, leaving] = [
    await staff("reviewer"),
    await staff("reviewer"),
    await staff("reviewer"),
  ];
  const suffix = signup.id.slice(0, 4);
  const me = await named(reviewer, `Rosa ${suffix}`);
  const other = await named(colleague, `Omar ${suffix}`);
  const gone = await named(leaving, `Gone ${suffix}`);
  await signInAs(page, reviewer, `/admin/signups/${signup.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana María O'Connor-Pérez");

  // Plain facts: a singular role, the form's sendings in words, no version number.
  const facts = page.locator("article > dl").first();
  await expect(facts).toContainText("Attorney");
  await expect(facts).not.toContainText("Attorneys");
  await expect(facts).toContainText("Sent the form once, on");
  await expect(page.locator("article")).not.toContainText("Version");
  const answers = page.getByRole("region", { name: "Answers" });
  await expect(answers.getByRole("link", { name: signup.email })).toHaveAttribute(
    "href",
    `mailto:${signup.email}`,
  );
  await expect(answers.getByRole("link", { name: "+1 (505) 555-0142" })).toHaveAttribute(
    "href",
    "tel:+15055550142",
  );

  // Assign to me: one click, and the button is gone once the record is mine.
  const work = page.getByRole("region", { name: WORK });
  await work.getByRole("button", { name: "Assign to me" }).click();
  await expect(work.getByRole("status").first()).toHaveText("Assigned to you.");
  await expect(work).toContainText(`Assigned to ${me}.`);
  await expect(work.getByRole("button", { name: "Assign to me" })).toHaveCount(0);
  await expect(work.getByRole("combobox", { name: "Assigned to" })).toHaveValue(await staffId(reviewer));

  // A Save with someone who can no longer be assigned: nothing is saved, the error is at its field.
  await work.getByRole("combobox", { name: "Status" }).selectOption({ label: "Declined" });
  await work.getByRole("combobox", { name: "Assigned to" }).selectOption({ label: gone });
  await query("UPDATE staff_users SET banned = true WHERE email = $1", [leaving.email]);
  await work.getByRole("button", { name: "Save", exact: true }).click();
  await expect(work.getByRole("alert").last()).toHaveText("Not saved: check the fields marked below.");
  const assignee = work.getByRole("combobox", { name: "Assigned to" });
  await expect(assignee).toHaveAttribute("aria-invalid", "true");
  await expect(assignee).toHaveAccessibleDescription(
    "This person can no longer be assigned: pick someone else from the list.",
  );
  const state = async () =>
    (
      await query<{
        status: string;
        assignee_id: string | null;
        on: string | null;
        reason: string | null;
        version: number;
      }>(
        `SELECT status::text, assignee_id, follow_up_on::text AS on, follow_up_reason AS reason, version
           FROM signups WHERE id = $1`,
        [signup.id],
      )
    )[0]!;
  expect(await state()).toEqual({
    status: "new",
    assignee_id: await staffId(reviewer),
    on: null,
    reason: null,
    version: 2,
  });

  // One Save, three changes.
  await work.getByRole("combobox", { name: "Status" }).selectOption({ label: "Contacted" });
  await work.getByRole("combobox", { name: "Assigned to" }).selectOption({ label: other });
  await work.getByLabel("Follow up on").fill("2031-02-03");
  await work.getByLabel("Why (a few words)").fill("Ask about the mentor program");
  await work.getByRole("button", { name: "Save", exact: true }).click();
  await expect(work.getByRole("status").last()).toHaveText("Saved.");
  expect(await state()).toEqual({
    status: "contacted",
    assignee_id: await staffId(colleague),
    on: "2031-02-03",
    reason: "Ask about the mentor program",
    version: 3,
  });
  await expect(work).toContainText(`Assigned to ${other}.`);
  await expect(work).toContainText("Ask about the mentor program");
  await expect(work.getByRole("button", { name: "Assign to me" })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  for (const line of [
    `Assigned it to ${me}`,
    "Changed the status from New to Contacted",
    `Assigned it to ${other}`,
    "Set a follow-up for Feb 3, 2031",
  ]) {
    await expect(history.getByText(line, { exact: true }).first()).toBeVisible();
  }
  const audited = await query<{ action: string; count: number }>(
    `SELECT action, count(*)::int AS count FROM audit_events
      WHERE subject = $1 AND action <> 'signup_viewed' GROUP BY action ORDER BY action`,
    [signup.id],
  );
  expect(audited).toEqual([
    { action: "signup_assigned", count: 2 },
    { action: "signup_follow_up_set", count: 1 },
    { action: "signup_status_changed", count: 1 },
  ]);

  // A resend asks first: Cancel (where the dialog opens) sends nothing, Resend sends one.
  const resends = async () =>
    (
      await query("SELECT 1 FROM email_deliveries WHERE signup_id = $1 AND request_key IS NOT NULL", [
        signup.id,
      ])
    ).length;
  const emails = page.getByRole("region", { name: "Emails" });
  await emails.getByRole("button", { name: "Resend the staff notification" }).click();
  const dialog = page.getByRole("dialog", { name: "Resend this email?" });
  await expect(dialog).toContainText("The staff inbox gets the notification about this signup again.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await resends()).toBe(0);
  await emails.getByRole("button", { name: "Resend the staff notification" }).click();
  await dialog.getByRole("button", { name: "Resend", exact: true }).click();
  await expect(emails.getByRole("status").nth(1)).toHaveText(
    "Queued: the email goes out in a moment. Its state is shown above.",
  );
  expect(await resends()).toBe(1);

  // A failed email says why in plain words; its technical detail is behind a disclosure.
  await query(
    `INSERT INTO email_deliveries (id, signup_id, kind, status, recipient, message_id, attempts, last_error, updated_at)
     VALUES (gen_random_uuid(), $1, 'staff_notification', 'failed', 'attorneys@example.org', $2, 12,
             'ECONNECTION connect ECONNREFUSED 127.0.0.1:2525', now())`,
    [signup.id, `<${randomUUID()}@test>`],
  );
  await page.reload();
  const failed = emails.locator("[data-delivery=staff_notification]").filter({ hasText: "Failed" });
  await expect(failed).toContainText("The mail server could not be reached; we stopped trying.");
  await expect(failed.getByText("ECONNECTION", { exact: true })).toBeHidden();
  await failed.getByText("Technical detail").click();
  await expect(failed.getByText("ECONNECTION", { exact: true })).toBeVisible();

  await expectAxeClean(page, 1366, 768);
  await expectAxeClean(page, 390, 844);
  expect(errors).toEqual([]);
});
