import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { sampleFields } from "../support/signup-samples";
import { collectPageErrors } from "./support/console-errors";
import { openReadyForm, postForm } from "./support/form-post";
import { query } from "./support/runtime";
import { expect, signInAs, test, uniqueEmail } from "./support/staff";

// Message templates in Chromium: an admin writes one by keyboard alone, is told beside the
// message of an unknown placeholder (nothing is saved), fixes it, sees it listed, previewed with
// the newest signup's name, refused as stale once someone else saved it, and deletes it after a
// confirmation. A reviewer reads the list and gets no editor.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/** Letters only, so a name built from it passes the forms' name check. */
const tag = () =>
  randomUUID()
    .replace(/[^a-f]/g, "")
    .slice(0, 8);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

const templatesNamed = async (name: string) =>
  (await query<{ count: string }>("SELECT count(*) FROM message_templates WHERE name = $1", [name]))[0]!
    .count;

// What each test made, removed whatever happened to it.
const made = { templates: [] as string[], signups: [] as string[] };
test.afterEach(async () => {
  await query("DELETE FROM message_templates WHERE name = ANY($1)", [made.templates.splice(0)]);
  // The newest signup was made newer than any other test's; it goes back to its real time.
  await query("UPDATE signups SET created_at = now() WHERE email = ANY($1)", [made.signups.splice(0)]);
});

/**
 * A signup that is the newest for the whole test, however many other tests sign up beside it:
 * dated a few minutes ahead (put back afterwards).
 */
async function newestSignup(request: APIRequestContext) {
  const firstName = `Preview${tag()}`;
  const email = uniqueEmail("preview");
  const form = await openReadyForm(request, "medical");
  const fields = { ...sampleFields("medical"), email, firstName };
  expect((await postForm(request, "medical", form, fields)).status()).toBe(303);
  await query("UPDATE signups SET created_at = now() + interval '10 minutes' WHERE email = $1", [email]);
  made.signups.push(email);
  return { firstName };
}

test("an admin writes a template by keyboard: an unknown placeholder is refused beside the message, the fixed one is listed, previewed, kept from a stale save and deleted", async ({
  page,
  request,
  staff,
}) => {
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  const { firstName } = await newestSignup(request);
  const admin = await staff("admin");
  const name = `Welcome ${tag()}`;
  made.templates.push(name);

  await signInAs(page, admin, "/admin/messages");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Message templates");
  await expect(
    page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Messages" }),
  ).toBeVisible();
  // The list and the empty editor are axe-checked by staff-pages-accessible.spec.ts; here, the
  // states only this journey reaches.

  const newLink = page.getByRole("link", { name: "New template" });
  await newLink.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/messages\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New message template");
  await expect(page.getByRole("term").filter({ hasText: "{firstName}" })).toBeVisible();
  await expect(page.getByText("The volunteer's first name")).toBeVisible();

  // Keyboard only: each field in turn, then the save button.
  const english = page.getByRole("group", { name: "English" });
  const body = english.getByLabel("Message");
  await page.getByLabel("Name", { exact: true }).focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Send on status (optional)")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(english.getByLabel("Subject")).toBeFocused();
  await page.keyboard.type("Welcome, {firstName}");
  await page.keyboard.press("Tab");
  await expect(body).toBeFocused();
  await page.keyboard.type("Hello {foo}, thank you for signing up.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const save = page.getByRole("button", { name: "Save template" });
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");

  // Refused beside the message, which takes the focus; what was typed stays; nothing is stored.
  const problem =
    "Not a placeholder you can use: {foo}. Check the spelling against the list of placeholders.";
  await expect(english.getByText(problem)).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");
  await expect(body).toHaveAccessibleDescription(new RegExp(problem.replace(/[{}.]/g, "\\$&")));
  await expect(body).toBeFocused();
  await expect(body).toHaveValue("Hello {foo}, thank you for signing up.");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByText("The template was not saved: please check the fields marked.")).toBeVisible();
  expect(await templatesNamed(name)).toBe("0");
  expect(await axeViolations(page)).toEqual([]);

  // The preview is the newest signup's, as a send would fill it.
  await expect(page.getByText(/Filled in with the newest signup's details/)).toContainText(firstName);
  const preview = page.getByRole("region", { name: "Preview in English" });
  await expect(preview).toContainText(`Welcome, ${firstName}`);

  await body.fill("Hello {firstName}, thank you for signing up.");
  await expect(preview).toContainText(`Hello ${firstName}, thank you for signing up.`);
  await body.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(save).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/messages\?outcome=saved$/);
  await expect(page.getByRole("status").filter({ hasText: "Template saved." })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("English");
  await expect(row).toContainText("—");
  expect(await templatesNamed(name)).toBe("1");
  const [audit] = await query<{ count: string }>(
    `SELECT count(*) FROM audit_events
      WHERE action = 'message_template_created' AND actor_id = (SELECT id FROM staff_users WHERE email = $1)`,
    [admin.email],
  );
  expect(audit!.count).toBe("1");

  // Someone else saves it meanwhile: this save is refused in words, and the text typed stays.
  await row.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit a message template");
  await query("UPDATE message_templates SET version = version + 1 WHERE name = $1", [name]);
  await english.getByLabel("Subject").fill("Changed, {firstName}");
  await save.click();
  await expect(page.getByRole("alert").filter({ hasText: "Someone changed this template" })).toContainText(
    "Reload the page",
  );
  await expect(english.getByLabel("Subject")).toHaveValue("Changed, {firstName}");
  expect(await axeViolations(page)).toEqual([]);

  // Delete asks first; Escape takes the question back, by keyboard throughout.
  const askDelete = page.getByRole("button", { name: "Delete template…" });
  await askDelete.focus();
  await page.keyboard.press("Enter");
  const confirmDelete = page.getByRole("button", { name: "Yes, delete it" });
  await expect(page.getByText(`Delete “${name}” for good?`)).toBeVisible();
  await expect(confirmDelete).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirmDelete).toBeHidden();
  await expect(askDelete).toBeFocused();
  expect(await templatesNamed(name)).toBe("1");
  await page.keyboard.press("Enter");
  await expect(confirmDelete).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/messages\?outcome=deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "Template deleted." })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(0);
  expect(await templatesNamed(name)).toBe("0");
  expect(errors).toEqual([]);
});

test("a reviewer reads the templates but gets no editor", async ({ page, staff }) => {
  const errors = collectPageErrors(page);
  const name = `Reviewer sees ${tag()}`;
  made.templates.push(name);
  const texts = { en: { subject: "Hello {firstName}", body: "Secret draft wording {senderName}" } };
  const [template] = await query<{ id: string }>(
    `INSERT INTO message_templates (id, name, texts, updated_at)
     VALUES (gen_random_uuid(), $1, $2::jsonb, now()) RETURNING id::text`,
    [name, JSON.stringify(texts)],
  );
  const reviewer = await staff("reviewer");
  await signInAs(page, reviewer, "/admin/messages");

  await expect(
    page.getByRole("navigation", { name: "Staff area" }).getByRole("link", { name: "Messages" }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("English");
  await expect(row.getByRole("link")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New template" })).toHaveCount(0);
  await expect(page.getByText("Only admins can write or change templates.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  for (const path of ["/admin/messages/new", `/admin/messages/${template!.id}`]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
    const html = await response.text();
    expect(html, path).not.toContain("Secret draft wording");
    expect(html, path).not.toContain("Save template");
  }
  expect(errors).toEqual([]);
});
