import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { messagesAbout, query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail, type StaffMember } from "./support/staff";

// A reviewer works one signup's record in Chromium: its status, a note and its edit, an
// assignee, a resend of the confirmation (confirmed first, received by the mail catcher) and
// the history; and two staff saving the same record, where the second is told and loses nothing.

/** A signup sent through the attorney form as a browser without JavaScript sends it. */
async function submitSignup(request: APIRequestContext): Promise<{ id: string; email: string }> {
  const email = uniqueEmail("record").replace("example.org", "example.com");
  const form = await openReadyForm(request, "attorney");
  expect((await postForm(request, "attorney", form, { ...sampleFields("attorney"), email })).status()).toBe(
    303,
  );
  const [row] = await query<{ id: string }>("SELECT id::text FROM signups WHERE email = $1", [email]);
  return { id: row!.id, email };
}

async function named(member: StaffMember, name: string) {
  await query("UPDATE staff_users SET name = $1 WHERE email = $2", [name, member.email]);
  return name;
}

const statusOf = async (id: string) =>
  (await query<{ status: string }>("SELECT status::text FROM signups WHERE id = $1", [id]))[0]!.status;

async function openRecord(page: Page, member: StaffMember, id: string) {
  await signInAs(page, member, `/admin/signups/${id}`);
  await expect(page).toHaveURL(new RegExp(`/admin/signups/${id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ana María O'Connor-Pérez");
}

test("a reviewer changes the status, adds and edits a note, assigns, resends the confirmation, and reads the history", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  // The page's clock, to move it on past a double click's window (it runs as usual till then).
  await page.clock.install();
  const signup = await submitSignup(request);
  const reviewer = await staff("reviewer");
  const name = await named(reviewer, `Rosa ${signup.id.slice(0, 4)}`);
  await openRecord(page, reviewer, signup.id);
  await expect(page.getByRole("region", { name: "Answers" })).toContainText("NM-12345");

  // The region also holds "Assign to me", whose answer comes first: the Save's is the last.
  const status = page.getByRole("region", { name: "Status, assignee and follow-up" });
  await status.getByRole("combobox", { name: "Status" }).selectOption({ label: "Contacted" });
  await status.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status.getByRole("status").last()).toHaveText("Saved.");
  // On the organization's clock, named: Mountain Time.
  await expect(status).toContainText(new RegExp(`Set by ${name} on .+ \\d{1,2}:\\d{2} [AP]M M[SD]T`));
  expect(await statusOf(signup.id)).toBe("contacted");

  const notes = page.getByRole("region", { name: "Private notes" });
  await notes.getByRole("textbox", { name: "New note" }).fill("Prefers mornings.");
  // A double click: the form sends its note id twice, and one note is stored.
  await notes.getByRole("button", { name: "Add note" }).dblclick();
  await expect(notes.getByRole("status").last()).toHaveText("Note added.");
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes.getByRole("listitem")).toContainText("Prefers mornings.");
  await expect(notes.getByRole("textbox", { name: "New note" })).toHaveValue("");

  await notes.getByText("Edit your note").click();
  await notes.getByRole("textbox", { name: "Your note" }).fill("Prefers mornings, never Fridays.");
  await notes.getByRole("button", { name: "Save note" }).click();
  await expect(notes.getByRole("listitem").getByRole("status")).toHaveText("Note saved.");
  await expect(notes.getByRole("listitem").locator("p").first()).toHaveText(
    "Prefers mornings, never Fridays.",
  );
  await expect(notes.getByRole("listitem")).toContainText("edited");
  expect(await query("SELECT body FROM signup_notes WHERE signup_id = $1", [signup.id])).toEqual([
    { body: "Prefers mornings, never Fridays." },
  ]);

  await status.getByRole("combobox", { name: "Assigned to" }).selectOption({ label: name });
  await status.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toContainText(`Assigned to ${name}.`);
  // Already theirs: no "Assign to me".
  await expect(status.getByRole("button", { name: "Assign to me" })).toHaveCount(0);

  // The confirmation sent at signup, then the resent one.
  await expect
    .poll(async () => (await messagesAbout(signup.email)).confirmations.length, { timeout: 30_000 })
    .toBe(1);
  const emails = page.getByRole("region", { name: "Emails" });
  const resend = emails.getByRole("button", { name: "Resend the confirmation" });
  const resendRows = async () =>
    (
      await query("SELECT 1 FROM email_deliveries WHERE signup_id = $1 AND request_key IS NOT NULL", [
        signup.id,
      ])
    ).length;
  // A resend asked for and confirmed in its dialog, answered: actions run one after another, so
  // every earlier request has been handled too.
  const dialog = page.getByRole("dialog", { name: "Resend this email?" });
  const clickAndAnswer = async () => {
    await resend.click();
    await expect(dialog).toBeVisible();
    const answered = page.waitForResponse(
      (response) => response.request().method() === "POST" && !!response.request().headers()["next-action"],
    );
    await dialog.getByRole("button", { name: "Resend", exact: true }).click();
    await answered;
    await expect(dialog).toBeHidden();
    // The page has taken the answer in (a resend's time is noted only then).
    await expect(resend).toHaveAttribute("aria-busy", "false");
  };
  // Cancel sends nothing.
  await resend.click();
  await expect(dialog).toContainText("The volunteer gets the confirmation again");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await resendRows()).toBe(0);
  // A confirm whose repeat comes just after the answer (a fast server answers between a
  // person's two clicks) is one resend; one seconds later is another.
  await clickAndAnswer();
  await expect(emails.getByRole("status").first()).toContainText("Queued");
  await clickAndAnswer();
  expect(await resendRows()).toBe(1);
  await page.clock.fastForward(5_000);
  await clickAndAnswer();
  expect(await resendRows()).toBe(2);
  await expect
    .poll(async () => (await messagesAbout(signup.email)).confirmations.length, { timeout: 30_000 })
    .toBe(3);
  await page.reload();
  await expect(emails.locator("[data-delivery=volunteer_confirmation]").last()).toContainText(
    "(resent by staff)",
  );
  await expect(emails.locator("[data-delivery=volunteer_confirmation]").last()).toContainText(
    "Delivery: Sent",
  );

  const history = page.getByRole("region", { name: "History" });
  for (const line of [
    "Signed up",
    "Changed the status from New to Contacted",
    "Added a note",
    "Edited a note",
    `Assigned it to ${name}`,
    "Resent an email: Confirmation to the volunteer",
  ]) {
    await expect(history.getByText(line, { exact: true }).first()).toBeVisible();
  }
  await expect(history).toContainText(`by ${name}`);
  await expect(history).toContainText("by the volunteer");

  const audited = await query<{ action: string }>(
    "SELECT action FROM audit_events WHERE subject = $1 AND actor_id = (SELECT id FROM staff_users WHERE email = $2)",
    [signup.id, reviewer.email],
  );
  expect(new Set(audited.map((row) => row.action))).toEqual(
    new Set([
      "signup_viewed",
      "signup_status_changed",
      "signup_note_added",
      "signup_note_edited",
      "signup_assigned",
      "signup_email_resent",
    ]),
  );

  // Axe-clean and no sideways scrolling on a phone, with an edit form open.
  await page.setViewportSize({ width: 375, height: 800 });
  await notes.getByText("Edit your note").click();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
});

test("two staff save the same record: the second is told it changed, and keeps what they chose and typed", async ({
  browser,
  request,
  staff,
}) => {
  test.setTimeout(120_000);
  const signup = await submitSignup(request);
  const [first, second] = [await staff("reviewer"), await staff("reviewer")];
  const pages = [];
  for (const member of [first, second, second]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openRecord(page, member, signup.id);
    pages.push(page);
  }
  const [ana, ben, benAgain] = pages as [Page, Page, Page];

  const work = (page: Page) => page.getByRole("region", { name: "Status, assignee and follow-up" });
  await ana.getByRole("combobox", { name: "Status" }).selectOption({ label: "Onboarding" });
  await ana.getByRole("button", { name: "Save", exact: true }).click();
  await expect(work(ana).getByRole("status").last()).toHaveText("Saved.");

  const benStatus = work(ben);
  await benStatus.getByRole("combobox", { name: "Status" }).selectOption({ label: "Declined" });
  await benStatus.getByLabel("Follow up on").fill("2030-01-15");
  await benStatus.getByRole("button", { name: "Save", exact: true }).click();
  await expect(benStatus.getByRole("alert").last()).toHaveText(
    /Someone changed this record since you opened it/,
  );
  await expect(benStatus.getByLabel("Follow up on")).toHaveValue("2030-01-15");
  await expect(benStatus.getByRole("combobox", { name: "Status" })).toHaveValue("declined");
  expect(await statusOf(signup.id)).toBe("onboarding");
  // The page now shows the other change; saving again is a choice made knowing it.
  await expect(ben.getByText("Set by", { exact: false })).toBeVisible();
  await benStatus.getByRole("button", { name: "Save", exact: true }).click();
  await expect(benStatus.getByRole("status").last()).toHaveText("Saved.");
  expect(await statusOf(signup.id)).toBe("declined");
  expect(await query("SELECT follow_up_on::text AS on FROM signups WHERE id = $1", [signup.id])).toEqual([
    { on: "2030-01-15" },
  ]);

  // One author's note, open in two tabs: the second tab's edit is refused and its text kept.
  const notes = (page: Page) => page.getByRole("region", { name: "Private notes" });
  await notes(ben).getByRole("textbox", { name: "New note" }).fill("First words.");
  await notes(ben).getByRole("button", { name: "Add note" }).click();
  await expect(notes(ben).getByRole("listitem")).toHaveCount(1);
  await benAgain.reload();
  await notes(ben).getByText("Edit your note").click();
  await notes(ben).getByRole("textbox", { name: "Your note" }).fill("Second words.");
  await notes(ben).getByRole("button", { name: "Save note" }).click();
  await expect(notes(ben).getByRole("listitem").getByRole("status")).toHaveText("Note saved.");
  await notes(benAgain).getByText("Edit your note").click();
  await notes(benAgain).getByRole("textbox", { name: "Your note" }).fill("Other words, typed meanwhile.");
  await notes(benAgain).getByRole("button", { name: "Save note" }).click();
  await expect(notes(benAgain).getByRole("alert").first()).toHaveText(/Someone changed this note/);
  await expect(notes(benAgain).getByRole("textbox", { name: "Your note" })).toHaveValue(
    "Other words, typed meanwhile.",
  );
  await expect(notes(benAgain).getByRole("listitem").locator("p").first()).toHaveText("Second words.");
  for (const page of pages) await page.context().close();
});
