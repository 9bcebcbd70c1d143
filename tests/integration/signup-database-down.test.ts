import { getMessages } from "../../lib/messages";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import { createFormToken } from "../../lib/security/form-token";
import { formDataToValues } from "../../lib/signup/form-data";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { sampleFields, toEntries } from "../support/signup-samples";
import { proxiedTestDatabase, type ProxiedTestDatabase } from "../support/tcp-proxy";

const SESSION_SECRET = "integration-test-secret-of-at-least-32-chars";
const SITE_URL = "https://volunteer.example.org";
const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
const request = { origin: SITE_URL, referer: null, forwardedFor: null };

let database: ProxiedTestDatabase;

beforeAll(async () => {
  database = await proxiedTestDatabase({ migrate: true });
});

afterAll(() => database.close());

/** A filled form as posted, its token issued long enough ago to pass the bot check. */
const filledForm = (email: string) =>
  formDataToValues(
    toEntries({
      ...sampleFields("attorney"),
      email,
      formToken: createFormToken(SESSION_SECRET, Date.now() - 60_000),
    }),
  );

describe("a signup while PostgreSQL is unreachable", () => {
  it("is answered 'could not save', logs no answers, and saves once the database is back", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const form = filledForm("outage@example.com");

    await database.proxy.cut();
    const down = await handleSignupSubmission("attorney", form, request, {
      db: database.db,
      env,
      messages: getMessages(),
    });
    expect(down).toEqual({ kind: "unavailable" });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls.flat().join(" ")).not.toMatch(/outage@example\.com|Ana|Albuquerque/);

    // The same form, sent again once the database is back, is stored (once).
    await database.proxy.start();
    const back = await handleSignupSubmission("attorney", form, request, {
      db: database.db,
      env,
      messages: getMessages(),
    });
    expect(back).toEqual({ kind: "saved" });
    expect(await database.db.signup.count({ where: { email: "outage@example.com" } })).toBe(1);
  });
});
