import { expect, test } from "@playwright/test";
import { formDataToValues } from "../../lib/signup/form-data";
import { getMessages } from "../../lib/messages";
import { listAnswers } from "../../lib/signup/answer-list";
import { signupForm } from "../../lib/signup/forms";
import { ROLES, type Role } from "../../lib/signup/options";
import { sampleFields, toEntries, type FormFields } from "../support/signup-samples";
import { E2E_URL, STAFF_INBOX } from "./e2e-environment";
import { collectPageErrors } from "./support/console-errors";
import { fillSignupForm } from "./support/fill-signup-form";
import { ageFormToken } from "./support/form-post";
import { messagesAbout, query } from "./support/runtime";

function expectedAnswers(role: Role, fields: FormFields) {
  return JSON.parse(JSON.stringify(signupForm(role).schema.parse(formDataToValues(toEntries(fields)))));
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    for (const role of ROLES) {
      test(`the ${role} form stores every answer and sends one staff email and one confirmation`, async ({
        page,
      }) => {
        const errors = collectPageErrors(page);
        const email = `${role}.${javaScriptEnabled ? "js" : "nojs"}@example.com`;
        const fields: FormFields = { ...sampleFields(role), email };
        await page.goto(`/volunteer/${role}`);
        await fillSignupForm(page, fields);
        // A person takes longer than the server's minimum time: the token says so.
        await ageFormToken(page);
        await page.getByRole("button", { name: "Send my signup" }).click();
        await expect(page).toHaveURL(/\/volunteer\/thanks$/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for signing up");

        const rows = await query<{ id: string; role: string; answers: unknown; first_name: string }>(
          "SELECT id, role, answers, first_name FROM signups WHERE email = $1",
          [email],
        );
        expect(rows).toHaveLength(1);
        const answers = expectedAnswers(role, fields);
        expect(rows[0]!.role).toBe(role);
        expect(rows[0]!.answers).toEqual(answers);

        await expect
          .poll(async () => Object.values(await messagesAbout(email)).map((list) => list.length), {
            timeout: 30_000,
          })
          .toEqual([1, 1]);
        const { staff, confirmations } = await messagesAbout(email);
        const notification = staff[0]!;
        expect(notification.envelopeTo).toEqual([STAFF_INBOX[role]]);
        expect(notification.subject).toContain(String(fields.firstName));
        expect(notification.text).toContain(`${E2E_URL}/admin/signups/${rows[0]!.id}`);
        for (const line of listAnswers(signupForm(role), answers, getMessages().forms)) {
          for (const part of line.value.split("\n")) expect(notification.text, line.label).toContain(part);
        }
        expect(confirmations[0]!.subject).toMatch(/^Thank you for volunteering/);
        expect(confirmations[0]!.text).toContain(`Dear ${String(fields.firstName)},`);
        if (javaScriptEnabled) expect(errors).toEqual([]);
      });
    }

    test("errors appear next to their fields, keep what was typed, and store nothing", async ({ page }) => {
      await page.goto("/volunteer/medical");
      await page.getByLabel("First name").fill("Diya");
      await page.getByLabel("Email").fill("not an email");
      await page.getByRole("button", { name: "Send my signup" }).click();
      await expect(page.locator("#form-message")).toContainText("Please correct");
      const emailField = page.getByLabel("Email");
      await expect(emailField).toHaveAttribute("aria-invalid", "true");
      await expect(emailField).toHaveValue("not an email");
      await expect(page.getByLabel("First name")).toHaveValue("Diya");
      const describedBy = await emailField.getAttribute("aria-describedby");
      await expect(page.locator(`[id="${describedBy}"]`)).toHaveText(
        "Please enter one email address, like name@example.org.",
      );
      // Focus goes to the first field that needs attention.
      await expect(page.getByLabel("Last name")).toBeFocused();
      expect(
        await query("SELECT 1 FROM signups WHERE first_name = 'Diya' AND email = 'not an email'"),
      ).toHaveLength(0);
    });
  });
}

test("with JavaScript, a field is checked when the person leaves it", async ({ page }) => {
  await page.goto("/volunteer/attorney");
  await page.getByLabel("Email").fill("ana@");
  await page.getByLabel("Phone").focus();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Email").fill("ana@example.com");
  await page.getByLabel("Phone").focus();
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid");
});

test("with JavaScript, the schemas load when the person starts, and the browser checks the answers", async ({
  page,
}) => {
  const scripts: string[] = [];
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/volunteer/interpreter");
  await page.waitForLoadState("networkidle");
  const atLoad = scripts.length;
  await page.getByLabel("First name").focus();
  await expect.poll(() => scripts.length, "a first focus loads the schemas").toBeGreaterThan(atLoad);
  await page.getByRole("button", { name: "Send my signup" }).click();
  await expect(page.locator("#form-message")).toContainText("Please correct");
  await expect(page.getByLabel("First name")).toBeFocused();
  expect(posts, "checked in the browser, nothing sent").toEqual([]);
});

test("with JavaScript, if the schemas cannot load the server checks the answers", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto("/volunteer/medical");
  await page.waitForLoadState("networkidle");
  // Whatever script the page asks for from now on fails, as on a connection that dropped.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.getByLabel("First name").fill("Diya");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Send my signup" }).click();
  await expect(page.locator("#form-message")).toContainText("Please correct");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("First name")).toHaveValue("Diya");
  expect(posts, "the server answered").toHaveLength(1);
});

test("a double click on send creates one signup", async ({ page }) => {
  const email = "double.click@example.com";
  await page.goto("/volunteer/interpreter");
  await fillSignupForm(page, { ...sampleFields("interpreter"), email });
  await ageFormToken(page);
  await page.getByRole("button", { name: "Send my signup" }).dblclick();
  await expect(page).toHaveURL(/\/volunteer\/thanks/);
  expect(await query("SELECT 1 FROM signups WHERE email = $1", [email])).toHaveLength(1);
});
