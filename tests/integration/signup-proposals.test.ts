import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/config/env-schema";
import type { Db } from "../../lib/db/client";
import { deleteExpiredProposals } from "../../lib/jobs/proposal-cleanup-task";
import { getMessages } from "../../lib/messages";
import { createFormToken } from "../../lib/security/form-token";
import { formDataToValues } from "../../lib/signup/form-data";
import { handleSignupSubmission } from "../../lib/signup/handle-submission";
import { confirmProposal, readProposal } from "../../lib/signup/signup-proposals";
import {
  latestProposalToken,
  sampleSubmission,
  storeSignup,
  TEST_EMAIL_ENV,
} from "../support/signup-fixtures";
import { sampleFields, toEntries } from "../support/signup-samples";
import { emailTestBed } from "../support/email-test-bed";
import { waitForMessages } from "../support/worker-harness";

// The form sent again with a known address (decision 030): the signup stays as it is, the
// address gets a link, and only that link's button applies the new answers, once.

const bed = emailTestBed();
let db: Db;
const startMail = bed.startMail;

beforeEach(() => {
  ({ db } = bed.current());
});

/** What a stranger could have changed: the row and its history. */
const signupState = (id: string) =>
  db.signup.findUniqueOrThrow({
    where: { id },
    select: {
      firstName: true,
      city: true,
      answers: true,
      hoursPerMonth: true,
      locale: true,
      submissionCount: true,
      version: true,
      events: { where: { kind: "updated" }, select: { id: true } },
    },
  });

const forms = getMessages().forms;

describe("the form sent again with a known email and role", () => {
  it("changes nothing and emails the address a link, which applies exactly the new answers", async () => {
    await startMail();
    const first = await storeSignup(db, sampleSubmission("attorney", 1));
    const before = await signupState(first.signupId);
    const proposed = sampleSubmission("attorney", 1, {
      firstName: "Mallory",
      city: "Las Cruces",
      hoursPerMonth: "25",
    });
    expect(await storeSignup(db, proposed)).toEqual({ outcome: "proposed", signupId: first.signupId });
    expect(await signupState(first.signupId)).toEqual(before);

    // The staff notification and confirmation of the first, then the link to the address.
    const messages = await waitForMessages(bed.mailDir(), 3);
    const link = messages.find((m) => m.subject?.startsWith("Confirm the new answers"))!;
    expect(link.envelopeTo).toEqual(["ana.1@example.com"]);
    expect(link.subject).toBe(
      "Confirm the new answers for your volunteer signup with New Mexico Immigrant Law Center",
    );
    expect(link.text).toContain(
      "You, or someone using your address, sent new answers for your signup as attorney with New Mexico Immigrant Law Center.",
    );
    expect(link.text).toContain(
      "Open this link to use them; otherwise nothing changes. The link works for 7 days:",
    );
    expect(link.replyTo?.text).toBe("attorneys@example.org");
    // Like every email to a volunteer, it ends with the way to their own signups.
    expect(link.text).toMatch(/\n--\nManage your signup: https:\/\/volunteer\.example\.org\/volunteer\/me$/);
    expect(link.html).toContain(
      '<a href="https://volunteer.example.org/volunteer/me">Manage your signup</a>',
    );
    // Whoever sent them chose these words: none of them goes to the volunteer's address.
    expect(`${link.text}${link.html}`).not.toMatch(/Mallory|Las Cruces/);
    const url = /https:\/\/volunteer\.example\.org\/volunteer\/confirm\/([\w-]{43})/.exec(link.text!);
    expect(url).not.toBeNull();
    const token = url![1]!;
    expect(token).toBe(await latestProposalToken(db, first.signupId));
    // The database keeps the token's hash, not the token.
    const stored = await db.signupProposal.findFirstOrThrow({ where: { signupId: first.signupId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);

    // The page shows only what would change, in words.
    expect(await readProposal(db, token, forms)).toEqual({
      state: "pending",
      role: "attorney",
      changes: [
        { name: "firstName", label: "First name", before: "Ana María", after: "Mallory" },
        { name: "city", label: "City", before: "Albuquerque", after: "Las Cruces" },
        { name: "hoursPerMonth", label: "Hours per month you can give", before: "10", after: "25" },
      ],
    });
    expect(await signupState(first.signupId)).toEqual(before);

    expect(await confirmProposal(db, token)).toBe("applied");
    const after = await db.signup.findUniqueOrThrow({ where: { id: first.signupId } });
    expect(after.answers).toEqual(JSON.parse(JSON.stringify(proposed.answers)));
    expect(after).toMatchObject({
      firstName: "Mallory",
      city: "Las Cruces",
      hoursPerMonth: 25,
      submissionCount: 2,
      version: 2,
    });
    const events = await db.signupEvent.findMany({
      where: { signupId: first.signupId, kind: { in: ["update_proposed", "updated"] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.kind, e.actorId, e.detail])).toEqual([
      ["update_proposed", null, { proposalId: stored.id }],
      ["updated", null, { previousAnswers: before.answers, proposalId: stored.id }],
    ]);
    expect(
      (await db.signupProposal.findUniqueOrThrow({ where: { id: stored.id } })).appliedAt,
    ).toBeInstanceOf(Date);

    // Used once: the second click changes nothing.
    const applied = await signupState(first.signupId);
    expect(await confirmProposal(db, token)).toBe("used");
    expect(await readProposal(db, token, forms)).toEqual({ state: "used" });
    expect(await signupState(first.signupId)).toEqual(applied);
  });

  it("sends the link in the language of the new post", async () => {
    await startMail();
    const first = await storeSignup(db, sampleSubmission("medical", 2));
    await storeSignup(db, sampleSubmission("medical", 2, { city: "Taos" }), { locale: "es" });
    const messages = await waitForMessages(bed.mailDir(), 3);
    const link = messages.find((m) => m.subject?.startsWith("Confirme las nuevas respuestas"))!;
    expect(link.text).toContain("Usted, o alguien que usa su dirección, envió nuevas respuestas");
    const token = await latestProposalToken(db, first.signupId);
    expect(link.text).toContain(`https://volunteer.example.org/es/volunteer/confirm/${token}`);
    // The way to their own signups is in the email's language too, not the first signup's.
    expect(link.text).toContain("Administre su inscripción: https://volunteer.example.org/es/volunteer/me");
    expect(link.html).toContain(
      '<a href="https://volunteer.example.org/es/volunteer/me">Administrar su inscripción</a>',
    );
  });

  it("sends no email for a proposal replaced before the worker reached it, and drops its delivery", async () => {
    const first = await storeSignup(db, sampleSubmission("attorney", 5));
    await storeSignup(db, sampleSubmission("attorney", 5, { city: "Clovis" }));
    await storeSignup(db, sampleSubmission("attorney", 5, { city: "Hobbs" }));
    await startMail();
    const messages = await waitForMessages(bed.mailDir(), 3);
    const links = messages.filter((m) => m.subject?.startsWith("Confirm the new answers"));
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toContain(await latestProposalToken(db, first.signupId));
    await expect
      .poll(() => db.emailDelivery.count({ where: { signupId: first.signupId, sentAt: null } }), {
        timeout: 20_000,
      })
      .toBe(0);
    expect(
      (await db.emailDelivery.findMany({ where: { signupId: first.signupId }, select: { kind: true } }))
        .map((d) => d.kind)
        .sort(),
    ).toEqual(["staff_notification", "volunteer_confirmation", "volunteer_proposal"]);
  });

  it("refuses an expired, a replaced and an unknown link, changing nothing", async () => {
    const first = await storeSignup(db, sampleSubmission("interpreter", 3));
    const id = first.signupId;
    await storeSignup(db, sampleSubmission("interpreter", 3, { city: "Gallup" }));
    const older = await latestProposalToken(db, id);
    // Minted already old: 8 days ago, so past its 7.
    await db.$executeRaw`
      UPDATE signup_proposals SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'
       WHERE signup_id = ${id}::uuid`;
    const before = await signupState(id);
    expect(await readProposal(db, older, forms)).toEqual({ state: "expired" });
    expect(await confirmProposal(db, older)).toBe("expired");
    expect(await signupState(id)).toEqual(before);

    // A newer post takes the older one's place; an older one still waiting says "replaced".
    await storeSignup(db, sampleSubmission("interpreter", 3, { city: "Farmington" }));
    const middle = await latestProposalToken(db, id);
    await storeSignup(db, sampleSubmission("interpreter", 3, { city: "Socorro" }));
    const newest = await latestProposalToken(db, id);
    expect(await readProposal(db, middle, forms)).toEqual({ state: "replaced" });
    expect(await confirmProposal(db, middle)).toBe("replaced");
    expect(await signupState(id)).toEqual(before);

    expect(await confirmProposal(db, "A".repeat(43))).toBe("unknown");
    expect(await confirmProposal(db, "not a token")).toBe("unknown");
    expect(await readProposal(db, "A".repeat(43), forms)).toEqual({ state: "unknown" });
    expect(await signupState(id)).toEqual(before);

    expect(await confirmProposal(db, newest)).toBe("applied");
    expect((await signupState(id)).city).toBe("Socorro");

    // The daily cleanup deletes the expired one and keeps those within their 7 days.
    expect(await deleteExpiredProposals(db)).toBe(1);
    expect(await db.signupProposal.count({ where: { signupId: id } })).toBe(2);
  });

  it("makes one proposal of a double click", async () => {
    const first = await storeSignup(db, sampleSubmission("attorney", 4));
    const submission = sampleSubmission("attorney", 4, { city: "Roswell" });
    const key = randomUUID();
    const results = await Promise.all([1, 2].map(() => storeSignup(db, submission, { idempotencyKey: key })));
    expect(results.map((r) => r.outcome).sort()).toEqual(["duplicate", "proposed"]);
    expect(await db.signupProposal.count({ where: { signupId: first.signupId } })).toBe(1);
    expect(
      await db.emailDelivery.count({ where: { signupId: first.signupId, kind: "volunteer_proposal" } }),
    ).toBe(1);
  });
});

describe("what the form's handler answers", () => {
  const SESSION_SECRET = TEST_EMAIL_ENV.SESSION_SECRET;
  const SITE_URL = TEST_EMAIL_ENV.SITE_URL;
  const env = { ...parseEnv({ SITE_URL, SESSION_SECRET }), SESSION_SECRET };
  const request = { origin: SITE_URL, referer: null, forwardedFor: null };
  const post = (email: string, city: string) =>
    handleSignupSubmission(
      "attorney",
      formDataToValues(
        toEntries({
          ...sampleFields("attorney"),
          email,
          city,
          formToken: createFormToken(SESSION_SECRET, Date.now() - 60_000),
        }),
      ),
      request,
      { db, env, messages: getMessages() },
    );

  it("is the same for a new email and for one that has a signup", async () => {
    const known = await post("known@example.com", "Albuquerque");
    const again = await post("known@example.com", "Las Cruces");
    const stranger = await post("new@example.com", "Las Cruces");
    expect(known).toEqual({ kind: "saved" });
    expect(again).toEqual({ kind: "saved" });
    expect(stranger).toEqual({ kind: "saved" });
    expect(await db.signup.count({ where: { email: "known@example.com" } })).toBe(1);
    expect(await db.signupProposal.count()).toBe(1);
  });
});
