import { expect, test } from "@playwright/test";
import { formDataToValues } from "../../lib/signup/form-data";
import { ROLES } from "../../lib/signup/options";
import { signupForm } from "../../lib/signup/forms";
import { openReadyForm, postForm } from "./support/form-post";
import { invalidSubmissions } from "../support/invalid-submissions";
import { caughtMessages, query } from "./support/runtime";

// The bulk of the fuzzing runs in process (tests/integration/signup-fuzz.test.ts, 200 a form);
// these few go the whole way over HTTP: the page, the action, the answer's markup.
const PER_FORM = 10;

for (const role of ROLES) {
  test(`${PER_FORM} generated invalid ${role} signups are refused with field errors, storing and sending nothing`, async ({
    request,
  }) => {
    const submissions = invalidSubmissions(role, PER_FORM);
    // Every generated case really is invalid by the schema the server uses.
    for (const entries of submissions)
      expect(signupForm(role).schema.safeParse(formDataToValues(entries)).success).toBe(false);

    const form = await openReadyForm(request, role);
    const statuses = new Map<number, number>();
    for (const entries of submissions) {
      const response = await postForm(request, role, form, entries);
      statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
      const body = await response.text();
      expect(response.status(), body.slice(0, 300)).toBe(200);
      expect(body).toContain('aria-invalid="true"');
    }
    expect(Object.fromEntries(statuses)).toEqual({ [200]: PER_FORM });
    // Nothing stored or sent for any address these carried (other tests run beside this one).
    const emails = submissions.flatMap((entries) =>
      entries.filter(([name]) => name === "email").map(([, value]) => String(value).trim().toLowerCase()),
    );
    expect(await query("SELECT email FROM signups WHERE lower(email) = ANY($1)", [emails])).toEqual([]);
    const sent = (await caughtMessages()).filter((m) =>
      [...m.envelopeTo, ...(m.replyTo?.value.map((a) => a.address ?? "") ?? [])].some((to) =>
        emails.includes(to.toLowerCase()),
      ),
    );
    expect(sent).toEqual([]);
  });
}
