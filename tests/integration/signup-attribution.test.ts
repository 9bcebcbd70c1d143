import { beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import type { Db } from "../../lib/db/client";
import { getMessages } from "../../lib/messages";
import { createFormToken } from "../../lib/security/form-token";
import { formDataToValues } from "../../lib/signup/form-data";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { sampleFields, toEntries, type FormFields } from "../support/signup-samples";
import { TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { migratedDatabase } from "../support/test-database";

// Where a signup came from reaches the database through the form's hidden fields, checked again
// on the server (lib/attribution/signup-origin.ts): kept when the form page could have written
// it, dropped without a word otherwise, and never part of a proposed update.

const SESSION_SECRET = TEST_EMAIL_ENV.SESSION_SECRET;
const SITE_URL = TEST_EMAIL_ENV.SITE_URL;
const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
const request = { origin: SITE_URL, referer: null, forwardedFor: "203.0.113.9" };

const current = migratedDatabase();
let db: Db;

beforeAll(() => {
  ({ db } = current());
});

const post = (email: string, hidden: FormFields, more: FormFields = {}) =>
  handleSignupSubmission(
    "interpreter",
    formDataToValues(
      toEntries({
        ...sampleFields("interpreter"),
        ...more,
        ...hidden,
        email,
        formToken: createFormToken(SESSION_SECRET, Date.now() - 60_000),
      }),
    ),
    request,
    { db, env, messages: getMessages() },
  );

const origin = (email: string) =>
  db.signup.findFirstOrThrow({
    where: { email },
    select: { cameFromPage: true, cameFromSource: true, cameFromCampaign: true, city: true },
  });

describe("a signup's origin", () => {
  it("is stored on the new signup as the hidden fields said", async () => {
    const result = await post("shared@example.com", {
      cameFromPage: "/voices/paul-cash",
      cameFromSource: "whatsapp",
      cameFromCampaign: "pro-bono-week",
    });
    expect(result).toEqual({ kind: "saved" });
    expect(await origin("shared@example.com")).toMatchObject({
      cameFromPage: "/voices/paul-cash",
      cameFromSource: "whatsapp",
      cameFromCampaign: "pro-bono-week",
    });
  });

  it("is none when the fields are missing or empty", async () => {
    expect(await post("direct@example.com", {})).toEqual({ kind: "saved" });
    expect(
      await post("empty@example.com", { cameFromPage: "", cameFromSource: "", cameFromCampaign: "" }),
    ).toEqual({ kind: "saved" });
    for (const email of ["direct@example.com", "empty@example.com"]) {
      expect(await origin(email)).toMatchObject({
        cameFromPage: null,
        cameFromSource: null,
        cameFromCampaign: null,
      });
    }
  });

  it("drops forged values, one by one, and the signup is still saved", async () => {
    const result = await post("forged@example.com", {
      cameFromPage: "/admin/signups",
      cameFromSource: "search",
      cameFromCampaign: "'; DROP TABLE signups; --",
    });
    expect(result).toEqual({ kind: "saved" });
    expect(await origin("forged@example.com")).toMatchObject({
      cameFromPage: null,
      cameFromSource: "search",
      cameFromCampaign: null,
    });
    expect(
      await post("forged2@example.com", {
        cameFromPage: "/voices",
        cameFromSource: ["whatsapp", "x"],
        cameFromCampaign: "a".repeat(500),
      }),
    ).toEqual({ kind: "saved" });
    expect(await origin("forged2@example.com")).toMatchObject({
      cameFromPage: "/voices",
      cameFromSource: null,
      cameFromCampaign: null,
    });
  });

  it("is not part of a proposed update for a known address: the first visit's stays", async () => {
    await post("known@example.com", { cameFromPage: "/", cameFromSource: "email", cameFromCampaign: "" });
    const again = await post(
      "known@example.com",
      { cameFromPage: "/voices", cameFromSource: "x", cameFromCampaign: "cle-2027" },
      { city: "Santa Fe" },
    );
    expect(again).toEqual({ kind: "saved" });
    expect(await origin("known@example.com")).toEqual({
      cameFromPage: "/",
      cameFromSource: "email",
      cameFromCampaign: null,
      city: "Albuquerque",
    });
    const [proposal] = await db.signupProposal.findMany({
      where: { signup: { email: "known@example.com" } },
    });
    expect(JSON.stringify(proposal!.columns)).not.toMatch(/came_from/);
    expect(JSON.stringify(proposal!.answers)).not.toMatch(/cameFrom|came_from/);
  });
});
