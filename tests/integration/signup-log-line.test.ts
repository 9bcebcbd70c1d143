import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import { getMessages } from "../../lib/messages";
import { createFormToken } from "../../lib/security/form-token";
import { formDataToValues } from "../../lib/signup/form-data";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { sampleFields, toEntries } from "../support/signup-samples";
import { proxiedTestDatabase, type ProxiedTestDatabase } from "../support/tcp-proxy";

// The one line a failed signup logs says what failed, for whoever is on call, and nothing the
// volunteer typed.

const SESSION_SECRET = "integration-test-secret-of-at-least-32-chars";
const SITE_URL = "https://volunteer.example.org";
const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
const request = {
  origin: SITE_URL,
  referer: null,
  forwardedFor: "203.0.113.5",
};

let database: ProxiedTestDatabase;

beforeAll(async () => {
  database = await proxiedTestDatabase({ migrate: true });
});

afterAll(() => database.close());

const form = (email: string) =>
  formDataToValues(
    toEntries({
      ...sampleFields("medical"),
      email,
      formToken: createFormToken(SESSION_SECRET, Date.now() - 60_000),
    }),
  );

async function loggedWhileSaving(email: string): Promise<string> {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  logged.mockClear();
  const result = await handleSignupSubmission("medical", form(email), request, {
    db: database.db,
    env,
    messages: getMessages(),
  });
  expect(result).toEqual({ kind: "unavailable" });
  expect(logged).toHaveBeenCalledTimes(1);
  return logged.mock.calls.flat().join(" ");
}

describe("the log line of a signup that could not be saved", () => {
  it("names the driver's failure when PostgreSQL cannot be reached", async () => {
    await database.proxy.cut();
    try {
      const line = await loggedWhileSaving("unreachable@example.com");
      expect(line).toMatch(
        /^Signup could not be saved: PrismaClientKnownRequestError P\d{4} DatabaseNotReachable$/,
      );
    } finally {
      await database.proxy.start();
    }
  });

  it("names the SQLSTATE when PostgreSQL refuses the statement", async () => {
    // A fault inside submit_signup, as a full disk or a killed backend would raise one.
    await database.db
      .$executeRawUnsafe(`CREATE FUNCTION refuse_signup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'disk full while writing %', NEW.email USING ERRCODE = '53100'; END $$`);
    await database.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_signup BEFORE INSERT ON signups FOR EACH ROW EXECUTE FUNCTION refuse_signup()`,
    );
    const line = await loggedWhileSaving("full.disk@example.com");
    expect(line).toBe("Signup could not be saved: PrismaClientKnownRequestError P2010 code=53100");
    expect(line).not.toMatch(/example\.com|Diya|disk full/);
  });
});
