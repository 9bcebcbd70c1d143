import { expect, test } from "@playwright/test";
import { formDataToValues } from "../../lib/signup/form-data";
import { ROLES } from "../../lib/signup/options";
import { signupForm } from "../../lib/signup/forms";
import { openForm, postForm } from "./support/form-post";
import { invalidSubmissions } from "./support/invalid-submissions";
import { caughtMessages, countSignups, emailQueueSettled } from "./support/runtime";

const PER_FORM = 200;

for (const role of ROLES) {
  test(`${PER_FORM} generated invalid ${role} signups are refused with field errors, storing and sending nothing`, async ({
    request,
  }) => {
    test.setTimeout(180_000);
    const submissions = invalidSubmissions(role, PER_FORM);
    // Every generated case really is invalid by the schema the server uses.
    for (const entries of submissions)
      expect(signupForm(role).schema.safeParse(formDataToValues(entries)).success).toBe(false);

    const form = await openForm(request, role);
    const servedAt = Date.now();
    await expect.poll(() => Date.now() - servedAt).toBeGreaterThan(1100);
    // Emails from earlier tests may still be on their way; they must not count here.
    await emailQueueSettled();
    const signupsBefore = await countSignups();
    const mailBefore = (await caughtMessages()).length;

    const statuses = new Map<number, number>();
    for (const entries of submissions) {
      const response = await postForm(request, role, form, entries);
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      const body = await response.text();
      expect(response.status(), body.slice(0, 300)).toBe(200);
      expect(body).toContain('aria-invalid="true"');
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: PER_FORM });
    expect(await countSignups()).toBe(signupsBefore);
    expect((await caughtMessages()).length).toBe(mailBefore);
  });
}
