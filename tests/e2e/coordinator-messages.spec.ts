import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { caughtMessages, query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// Issue 20, a coordinator writing to volunteers and moving many at once: a bulk assignment
// from the list, a status change that sends its template in the volunteer's language, a send
// to a filtered view that skips who asked for no more emails, and the one-click stop.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Signups sharing a last name no other test uses, so a search finds exactly them. */
async function signups(request: APIRequestContext, count: number, locale = "en") {
  const tag = `Zq${randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8)}`;
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const email = uniqueEmail(`bulk${i}`);
    const form = await openReadyForm(request, "interpreter");
    const fields = { ...sampleFields("interpreter"), email, lastName: tag };
    expect((await postForm(request, "interpreter", form, fields)).status()).toBe(303);
    emails.push(email);
  }
  // The forms' language is the page's; these stand for volunteers who used the Spanish one.
  await query("UPDATE signups SET locale = $1 WHERE last_name = $2", [locale, tag]);
  const rows = await query<{ id: string; email: string }>(
    "SELECT id::text, email FROM signups WHERE last_name = $1 ORDER BY email",
    [tag],
  );
  return { tag, rows };
}

async function template(name: string, forStatus: string | null) {
  const texts = {
    en: { subject: "Next steps, {firstName}", body: "Hello {firstName},\n\nThank you. {senderName}" },
    es: { subject: "Próximos pasos, {firstName}", body: "Hola, {firstName}:\n\nGracias. {senderName}" },
  };
  const [row] = await query<{ id: string }>(
    `INSERT INTO message_templates (id, name, for_status, texts, updated_at)
     VALUES (gen_random_uuid(), $1, $2::"SignupStatus", $3::jsonb, now()) RETURNING id::text`,
    [name, forStatus, JSON.stringify(texts)],
  );
  return row!.id;
}

const messagesTo = async (emails: string[]) =>
  (await caughtMessages()).filter(
    (m) => m.envelopeTo.some((to) => emails.includes(to)) && m.subject?.includes("asos"),
  );

test("three signups assigned to me in one bulk action show as mine on the dashboard", async ({
  page,
  request,
  staff,
}) => {
  const errors = collectPageErrors(page);
  const { tag, rows } = await signups(request, 3);
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, `/admin/signups?q=${tag}`);

  await page.getByRole("checkbox", { name: "Select every signup on this page" }).check();
  const bulk = page.getByRole("region", { name: "Change or write to several signups" });
  await expect(bulk.getByRole("radio", { name: "The ticked signups on this page (3)" })).toBeChecked();
  await bulk.getByLabel("What to do").selectOption("assignee");
  await bulk.getByLabel("Assign to").selectOption({ label: "Me" });
  // By keyboard: the dialog opens on Cancel, Escape closes it, and Enter on its button applies.
  const review = bulk.getByRole("button", { name: "Review…" });
  await review.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Confirm" });
  await expect(dialog).toContainText("Assign to Me for 3 signups?");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(review).toBeFocused();
  await review.press("Enter");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Change 3 signups" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(bulk.getByRole("status")).toHaveText("Done: 3 changed, 0 already so.");
  await expect(dialog).toBeHidden();

  const [me] = await query<{ id: string }>("SELECT id FROM staff_users WHERE email = $1", [reviewer.email]);
  const assigned = await query<{ id: string }>("SELECT id::text FROM signups WHERE assignee_id = $1", [
    me!.id,
  ]);
  expect(assigned.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  const [audit] = await query<{ count: string }>(
    "SELECT count(*) FROM audit_events WHERE action = 'signups_bulk_changed' AND actor_id = $1",
    [me!.id],
  );
  expect(audit!.count).toBe("1");

  await page.goto("/admin");
  const myDay = page.getByRole("region", { name: "My day" });
  await expect(myDay.getByRole("link", { name: /My signups, oldest first/ })).toContainText("3");
  await myDay.getByRole("link", { name: /My signups, oldest first/ }).click();
  for (const row of rows) await expect(page.locator(`[data-signup="${row.id}"]`)).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe.serial("messages", () => {
  test("a move to contacted with its template ticked emails the volunteer in their language", async ({
    page,
    request,
    staff,
  }) => {
    const errors = collectPageErrors(page);
    const { rows } = await signups(request, 1, "es");
    const signup = rows[0]!;
    await query("DELETE FROM message_templates WHERE for_status = 'contacted'");
    await template(`Contacted ${randomUUID().slice(0, 6)}`, "contacted");
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, `/admin/signups/${signup.id}`);

    const status = page.getByRole("region", { name: "Status, assignee and follow-up" });
    await status.getByLabel("Status", { exact: true }).selectOption("contacted");
    await status.getByRole("checkbox", { name: /Also send the message/ }).check();
    await status.getByText("Preview the message").click();
    await expect(status).toContainText("Próximos pasos,");
    await status.getByRole("button", { name: "Save", exact: true }).click();
    await expect(status.getByRole("status").last()).toHaveText("Saved, and the message is queued.");

    await expect.poll(async () => (await messagesTo([signup.email])).length, { timeout: 30_000 }).toBe(1);
    const [email] = await messagesTo([signup.email]);
    expect(email!.subject).toMatch(/^Próximos pasos, /);
    expect(email!.text).toContain("Para dejar de recibir estos correos, abra");

    const messages = page.getByRole("region", { name: "Messages" });
    await expect
      .poll(async () => {
        await page.reload();
        return messages.textContent();
      })
      .toContain("Delivery: Sent");
    await expect(messages).toContainText("Próximos pasos,");
    await expect(page.getByRole("region", { name: "History" })).toContainText(
      "Sent a message: “Próximos pasos,",
    );
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a send to a view of 26 Spanish signups reaches 25, skips the one who said stop, and that stop is one POST", async ({
    page,
    request,
    staff,
    playwright,
  }) => {
    test.setTimeout(120_000);
    const errors = collectPageErrors(page);
    const { tag, rows } = await signups(request, 26, "es");
    const stopped = rows[0]!;
    await query("UPDATE signups SET do_not_contact_at = now() WHERE id = $1", [stopped.id]);
    const name = `Training ${randomUUID().slice(0, 6)}`;
    await template(name, null);
    const reviewer = await staff("reviewer");
    await signInAs(page, reviewer, `/admin/signups?q=${tag}`);

    const bulk = page.getByRole("region", { name: "Change or write to several signups" });
    await expect(bulk.getByRole("radio", { name: "All 26 signups matching this view" })).toBeChecked();
    await bulk.getByLabel("What to do").selectOption("message");
    await bulk.getByLabel("Message template").selectOption({ label: name });
    await bulk.getByRole("button", { name: "Review…" }).click();
    const dialog = page.getByRole("dialog", { name: "Confirm" });
    await expect(dialog).toContainText(`Send the message “${name}” to 25 volunteers?`);
    await expect(dialog).toContainText("1 asked for no more emails and will be left out.");
    await expect(dialog).toContainText("(Spanish)");
    await expect(dialog).toContainText("Próximos pasos,");
    await dialog.getByRole("button", { name: "Send to 25" }).click();
    await expect(bulk.getByRole("status")).toHaveText(
      "25 messages queued; 1 left out (asked for no more emails).",
    );

    const others = rows.slice(1).map((r) => r.email);
    await expect.poll(async () => (await messagesTo(others)).length, { timeout: 60_000 }).toBe(25);
    const received = await messagesTo(others);
    expect(received.every((m) => m.subject?.startsWith("Próximos pasos, "))).toBe(true);
    expect(await messagesTo([stopped.email])).toEqual([]);

    // A mail client's one-click unsubscribe: one POST, no cookie, no page.
    const first = received[0]!;
    const header = first.headerLines.find((h) => h.key === "list-unsubscribe")!.line;
    const oneClick = /<([^>]+)>/.exec(header)![1]!;
    expect(first.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toMatch(
      /List-Unsubscribe=One-Click/,
    );
    const mailClient = await playwright.request.newContext();
    expect((await mailClient.get(oneClick)).status()).toBe(405);
    const reply = await mailClient.post(oneClick, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: "List-Unsubscribe=One-Click",
    });
    expect(reply.status()).toBe(200);
    await mailClient.dispose();
    const to = first.envelopeTo[0]!;
    const [row] = await query<{ id: string; stopped: boolean }>(
      "SELECT id::text, do_not_contact_at IS NOT NULL AS stopped FROM signups WHERE email = $1",
      [to],
    );
    expect(row!.stopped).toBe(true);
    await page.goto(`/admin/signups/${row!.id}`);
    await expect(page.getByRole("region", { name: "Messages" })).toContainText("asked for no more emails");
    await expect(page.getByRole("region", { name: "History" })).toContainText("Asked for no more emails");

    // The footer's page, for a person: a button, in their language, that does the same.
    const pageLink = /https?:\/\/\S+\/es\/stop-emails\/\S+/.exec(received[1]!.text!)![0];
    const signedOut = await page.context().browser()!.newContext();
    const volunteer = await signedOut.newPage();
    await volunteer.goto(pageLink);
    const axe = await new AxeBuilder({ page: volunteer }).withTags(AXE_TAGS).analyze();
    expect(axe.violations).toEqual([]);
    await volunteer.getByRole("button", { name: "Dejar de recibir estos correos" }).click();
    await expect(volunteer.getByRole("status")).toContainText("Listo: no recibirá más estos correos");
    await signedOut.close();
    expect(errors).toEqual([]);
  });
});
