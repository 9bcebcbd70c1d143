import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { en } from "../../lib/messages/en";
import { createFormToken } from "../../lib/security/form-token";
import { handleLinkRequest } from "../../lib/volunteer-access/handle-link-request";
import { isLinkOpenable, openVolunteerLink } from "../../lib/volunteer-access/open-link";
import { findOwnSignup, listOwnSignups } from "../../lib/volunteer-access/own-signups";
import { requestVolunteerLink } from "../../lib/volunteer-access/request-link";
import { endVolunteerSession, readVolunteerSession } from "../../lib/volunteer-access/session";
import { hashToken, mintToken } from "../../lib/volunteer-access/tokens";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";
import { emailTestBed } from "../support/email-test-bed";
import { waitForMessages } from "../support/worker-harness";

// Volunteers open their own signups through an emailed link (decision 029): the request
// answers the same for every address, the link works once for 24 hours, the session lasts 30
// minutes and reads its own address's signups only.

const SECRET = TEST_EMAIL_ENV.SESSION_SECRET;
/** The defaults (lib/config/env-schema.ts): 3 an hour per address, 10 per client address. */
const LINK_ENV = { ...TEST_EMAIL_ENV, VOLUNTEER_LINK_LIMIT_PER_EMAIL: 3, VOLUNTEER_LINK_LIMIT_PER_IP: 10 };
const SITE = { origin: TEST_EMAIL_ENV.SITE_URL, referer: null };

const bed = emailTestBed();
let db: Db;
const startMail = bed.startMail;

beforeEach(() => {
  ({ db } = bed.current());
});

const linkJobs = async () =>
  (
    await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'send_volunteer_link'`
  )[0]!.count;

const ask = (email: string, forwardedFor = "203.0.113.7", locale = "en") =>
  handleLinkRequest(
    { email, formToken: createFormToken(SECRET) },
    { ...SITE, forwardedFor },
    { db, env: LINK_ENV, locale },
  );

/** A link stored as the job stores it, made `ageMs` ago; its token in clear. */
async function mintLink(email: string, ageMs = 0): Promise<string> {
  const token = mintToken();
  const createdAt = new Date(Date.now() - ageMs);
  await db.volunteerLink.create({
    data: {
      tokenHash: hashToken(SECRET, "volunteer-link", token)!,
      email,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 24 * 3_600_000),
    },
  });
  return token;
}

async function session(email: string, openedAt = new Date()) {
  const token = await mintLink(email);
  const opened = await openVolunteerLink(db, SECRET, token, openedAt);
  if (opened.kind !== "opened") throw new Error("the fresh link did not open");
  return opened.sessionToken;
}

describe("asking for a link", () => {
  it("answers a known and an unknown address alike, and emails only the known one a link that opens", async () => {
    const known = await storeSignup(db, sampleSubmission("attorney", 1));
    const unknown = "nobody.here@example.com";
    expect(await ask(unknown)).toEqual({ kind: "sent" });
    expect(await ask("  Ana.1@Example.com ")).toEqual({ kind: "sent" });
    // The request itself did the same for both: a job each, nothing read or stored.
    expect(await linkJobs()).toBe(2);
    expect(await db.volunteerLink.count()).toBe(0);

    await startMail();
    // The staff notification, the confirmation, and the link.
    const messages = await waitForMessages(bed.mailDir(), 3);
    await expect.poll(linkJobs, { timeout: 30_000 }).toBe(0);
    const links = (await waitForMessages(bed.mailDir(), 3)).filter((m) =>
      m.subject?.startsWith("Your link to your signups"),
    );
    expect(links).toHaveLength(1);
    expect(links[0]!.envelopeTo).toEqual(["ana.1@example.com"]);
    expect(messages.some((m) => m.envelopeTo.includes(unknown))).toBe(false);
    const token = /\/volunteer\/me\/open\/([\w-]{43})/.exec(links[0]!.text ?? "")?.[1];
    expect(token).toBeDefined();
    expect(links[0]!.html).toContain(`https://volunteer.example.org/volunteer/me/open/${token}`);

    // Only the hash is stored, for the known address alone.
    const stored = await db.volunteerLink.findMany();
    expect(stored.map((l) => l.email)).toEqual(["ana.1@example.com"]);
    expect(stored[0]!.tokenHash).not.toBe(token);
    expect(await isLinkOpenable(db, SECRET, token!)).toBe(true);
    const events = await db.signupEvent.findMany({
      where: { signupId: known.signupId, kind: "volunteer_link_sent" },
    });
    expect(events).toHaveLength(1);
  });

  it("sends a Spanish request's link in Spanish, to the Spanish page", async () => {
    await storeSignup(db, sampleSubmission("medical", 2), { locale: "es" });
    expect(await ask("ana.2@example.com", "203.0.113.8", "es")).toEqual({ kind: "sent" });
    await startMail();
    const link = (await waitForMessages(bed.mailDir(), 3)).find((m) => m.subject?.startsWith("Su enlace"));
    expect(link?.subject).toBe("Su enlace a sus inscripciones en New Mexico Immigrant Law Center");
    expect(link?.text).toMatch(/https:\/\/volunteer\.example\.org\/es\/volunteer\/me\/open\/[\w-]{43}/);
  });

  it("refuses a cross-site post and a missing form token, and queues nothing", async () => {
    const crossSite = await handleLinkRequest(
      { email: "ana.1@example.com", formToken: createFormToken(SECRET) },
      { origin: "https://evil.example", referer: null, forwardedFor: "203.0.113.7" },
      { db, env: LINK_ENV, locale: "en" },
    );
    const noToken = await handleLinkRequest(
      { email: "ana.1@example.com" },
      { ...SITE, forwardedFor: "203.0.113.7" },
      { db, env: LINK_ENV, locale: "en" },
    );
    expect([crossSite, noToken]).toEqual([{ kind: "refused" }, { kind: "refused" }]);
    expect(await ask("not an address")).toEqual({ kind: "invalid" });
    expect(await linkJobs()).toBe(0);
  });

  it("queues at most 3 an hour per address and 10 per client address, answering the same over the limit", async () => {
    for (let i = 0; i < 5; i++)
      expect(await ask("same@example.com", `198.51.100.${i}`)).toEqual({ kind: "sent" });
    expect(await linkJobs()).toBe(3);

    for (let i = 0; i < 12; i++)
      expect(await ask(`person.${i}@example.com`, "192.0.2.55")).toEqual({ kind: "sent" });
    expect(await linkJobs()).toBe(3 + 10);

    // The next hour starts afresh.
    await requestVolunteerLink(
      db,
      LINK_ENV,
      { email: "same@example.com", locale: "en", clientAddress: "192.0.2.55" },
      Date.now() + 3_600_000,
    );
    expect(await linkJobs()).toBe(14);
    // The counters hold keyed hashes, never an address.
    const keys = await db.rateLimitCounter.findMany({ select: { key: true } });
    expect(keys.some((k) => /example\.com|192\.0\.2/.test(k.key))).toBe(false);
  });
});

describe("opening a link", () => {
  it("works once: the second press changes nothing", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 3));
    const token = await mintLink("ana.3@example.com");
    expect((await openVolunteerLink(db, SECRET, token)).kind).toBe("opened");
    expect(await openVolunteerLink(db, SECRET, token)).toEqual({ kind: "dead" });
    expect(await isLinkOpenable(db, SECRET, token)).toBe(false);
    expect(await db.volunteerSession.count()).toBe(1);
    const opened = await db.signupEvent.findMany({ where: { signupId, kind: "volunteer_opened" } });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.actorId).toBeNull();
  });

  it("does not open after 24 hours, and leaves the expired link as it was", async () => {
    await storeSignup(db, sampleSubmission("attorney", 4));
    const token = await mintLink("ana.4@example.com", 24 * 3_600_000 + 1000);
    expect(await isLinkOpenable(db, SECRET, token)).toBe(false);
    expect(await openVolunteerLink(db, SECRET, token)).toEqual({ kind: "dead" });
    const link = await db.volunteerLink.findFirstOrThrow();
    expect(link.usedAt).toBeNull();
    expect(await db.volunteerSession.count()).toBe(0);
    expect(await db.signupEvent.count({ where: { kind: "volunteer_opened" } })).toBe(0);
  });

  it("does not open a token it never made, or text that is not a token", async () => {
    expect(await openVolunteerLink(db, SECRET, mintToken())).toEqual({ kind: "dead" });
    expect(await openVolunteerLink(db, SECRET, "../../etc")).toEqual({ kind: "dead" });
    expect(await db.volunteerSession.count()).toBe(0);
  });
});

describe("a volunteer's session", () => {
  it("reads its own address's signups, in plain words, and never anyone else's", async () => {
    const own = await storeSignup(db, sampleSubmission("attorney", 5));
    const ownSecond = await storeSignup(db, sampleSubmission("interpreter", 5));
    const other = await storeSignup(db, sampleSubmission("attorney", 6));
    await db.signup.update({ where: { id: ownSecond.signupId }, data: { status: "active" } });
    const mine = (await readVolunteerSession(db, SECRET, await session("ana.5@example.com")))!;
    expect(mine.email).toBe("ana.5@example.com");

    const list = await listOwnSignups(db, mine, en);
    expect(list.map((s) => [s.role, s.statusWords]).sort()).toEqual([
      ["attorney", "received"],
      ["interpreter", "ready to take a case"],
    ]);
    expect(list.map((s) => s.id)).not.toContain(other.signupId);

    const detail = await findOwnSignup(db, mine, own.signupId, en);
    expect(detail?.answers.find((a) => a.name === "firstName")).toEqual({
      name: "firstName",
      label: "First name",
      value: "Ana María",
    });
    // Another person's id, swapped into the URL: the same "not found" as no signup at all.
    expect(await findOwnSignup(db, mine, other.signupId, en)).toBeNull();
    expect(await findOwnSignup(db, mine, "00000000-0000-4000-8000-000000000000", en)).toBeNull();
    expect(await findOwnSignup(db, mine, "not-a-uuid", en)).toBeNull();
  });

  it("never shows an anonymised signup", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("medical", 7));
    const mine = (await readVolunteerSession(db, SECRET, await session("ana.7@example.com")))!;
    await db.signup.update({ where: { id: signupId }, data: { anonymizedAt: new Date() } });
    expect(await listOwnSignups(db, mine, en)).toEqual([]);
    expect(await findOwnSignup(db, mine, signupId, en)).toBeNull();
  });

  it("ends 30 minutes after the link was opened", async () => {
    await storeSignup(db, sampleSubmission("attorney", 8));
    const old = await session("ana.8@example.com", new Date(Date.now() - 30 * 60_000 - 1000));
    expect(await readVolunteerSession(db, SECRET, old)).toBeNull();
    const fresh = await session("ana.8@example.com", new Date(Date.now() - 29 * 60_000));
    expect((await readVolunteerSession(db, SECRET, fresh))?.email).toBe("ana.8@example.com");
  });

  it("ends when the volunteer signs out, and a made-up cookie opens nothing", async () => {
    await storeSignup(db, sampleSubmission("attorney", 9));
    const cookie = await session("ana.9@example.com");
    await endVolunteerSession(db, SECRET, cookie);
    expect(await readVolunteerSession(db, SECRET, cookie)).toBeNull();
    expect(await readVolunteerSession(db, SECRET, mintToken())).toBeNull();
    expect(await readVolunteerSession(db, SECRET, undefined)).toBeNull();
  });
});
