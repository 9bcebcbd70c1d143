import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import { getMessages } from "../../lib/messages";
import { createFormToken } from "../../lib/security/form-token";
import { formDataToValues } from "../../lib/signup/form-data";
import { signupForm } from "../../lib/signup/forms";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { ROLES } from "../../lib/signup/options";
import { invalidSubmissions } from "../support/invalid-submissions";
import { migratedDatabase } from "../support/test-database";

// Generated invalid signups, a few hundred per form, through everything a signup POST goes
// through (handle-submission.ts, as the server action calls it): each refused with field
// errors, nothing stored, nothing queued. tests/e2e/signup-fuzz.spec.ts posts a few of each over
// HTTP, so the page's side of the same path is covered there.

const PER_FORM = 200;
const SESSION_SECRET = "integration-test-secret-of-at-least-32-chars";
const SITE_URL = "https://volunteer.example.org";
const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
const request = { origin: SITE_URL, referer: null, forwardedFor: "203.0.113.7" };

const current = migratedDatabase();

describe("generated invalid signups", () => {
  for (const role of ROLES) {
    it(`${PER_FORM} ${role} signups are each refused with field errors, storing and queueing nothing`, async () => {
      const { db } = current();
      const submissions = invalidSubmissions(role, PER_FORM);
      const kinds = new Map<string, number>();
      for (const entries of submissions) {
        // Every generated case really is invalid by the schema the server uses.
        const values = formDataToValues(entries);
        expect(signupForm(role).schema.safeParse(values).success).toBe(false);
        // A token old enough that only the answers can refuse it.
        const formToken = createFormToken(SESSION_SECRET, Date.now() - 60_000);
        const result = await handleSignupSubmission(role, { ...values, formToken }, request, {
          db,
          env,
          messages: getMessages(),
        });
        kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
        if (result.kind === "invalid") expect(Object.keys(result.fieldErrors).length).toBeGreaterThan(0);
      }
      expect(Object.fromEntries(kinds)).toEqual({ invalid: PER_FORM });
      expect(await db.signup.count()).toBe(0);
      const queued = await db.$queryRaw<
        { jobs: bigint }[]
      >`SELECT count(*) AS jobs FROM graphile_worker.jobs`;
      expect(Number(queued[0]!.jobs)).toBe(0);
    });
  }
});
