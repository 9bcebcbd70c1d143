import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import {
  changeOwnAnswers,
  deleteOwnData,
  pauseOwnSignup,
  stopOwnEmails,
  withdrawOwnSignup,
} from "../../lib/volunteer-access/own-changes";
import { emailTestBed } from "../support/email-test-bed";
import { volunteerSessionFor } from "../support/volunteer-session";
import { findEverywhere } from "../support/find-everywhere";
import {
  latestProposalToken,
  sampleSubmission,
  storeSignup,
  TEST_EMAIL_ENV,
} from "../support/signup-fixtures";
import { waitForMessages } from "../support/worker-harness";

// What a volunteer changes from their own pages (issue 22): found by the session's address,
// written with a history event by the volunteer and a confirmation email in the page's
// language, all or nothing; "stop all emails" silences the confirmations too; "delete my data"
// leaves nothing of the person anywhere.

const bed = emailTestBed();
let db: Db;

beforeEach(() => {
  ({ db } = bed.current());
});

/** A session as opening an emailed link makes one. */
const sessionFor = (email: string) => volunteerSessionFor(db, email);

const eventsOf = (signupId: string, kind: string) =>
  db.signupEvent.findMany({ where: { signupId, kind }, orderBy: { id: "asc" } });
const selfChangeEmails = (signupId: string) =>
  db.emailDelivery.findMany({ where: { signupId, kind: "volunteer_self_change" } });

describe("changing one's answers", () => {
  it("writes the new answers and their columns, records it by the volunteer, and emails a confirmation in the page's language", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("interpreter", 1));
    const session = await sessionFor("ana.1@example.com");
    const changed = sampleSubmission("interpreter", 1, {
      "languages.1.name": "Mam",
      "pairs.0.languageB": "Mam",
      availability: "detention",
    });

    expect(await changeOwnAnswers(db, TEST_EMAIL_ENV, session, signupId, changed, "es")).toBe("done");

    const row = await db.signup.findUniqueOrThrow({ where: { id: signupId } });
    expect(row.availability).toEqual(["detention"]);
    expect(row.languages).toContain("mam");
    expect(row.version).toBe(2);
    const [event] = await eventsOf(signupId, "updated");
    expect(event).toMatchObject({ actorId: null, detail: { selfService: true, locale: "es" } });
    expect((event!.detail as { changed: string[] }).changed.sort()).toEqual([
      "availability",
      "languages",
      "pairs",
    ]);

    await bed.startMail();
    const messages = await waitForMessages(bed.mailDir(), 3);
    const confirmation = messages.find((m) => m.subject?.startsWith("Usted cambió"));
    expect(confirmation?.envelopeTo).toEqual(["ana.1@example.com"]);
    // The questions in the volunteer's words, in Spanish, and the way back to their page.
    expect(confirmation?.text).toMatch(/Usted cambió sus respuestas .*: .*(Idiomas|idiomas).*/);
    expect(confirmation?.text).toContain("https://volunteer.example.org/es/volunteer/me");
  });

  it("sets aside answers still waiting for a confirmation, and changes nothing when nothing differs", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 2));
    expect((await storeSignup(db, sampleSubmission("attorney", 2, { city: "Taos" }))).outcome).toBe(
      "proposed",
    );
    const waiting = await latestProposalToken(db, signupId);
    const session = await sessionFor("ana.2@example.com");

    expect(
      await changeOwnAnswers(db, TEST_EMAIL_ENV, session, signupId, sampleSubmission("attorney", 2), "en"),
    ).toBe("unchanged");
    expect(await eventsOf(signupId, "updated")).toHaveLength(0);
    expect(await selfChangeEmails(signupId)).toHaveLength(0);

    const changed = sampleSubmission("attorney", 2, { city: "Gallup" });
    expect(await changeOwnAnswers(db, TEST_EMAIL_ENV, session, signupId, changed, "en")).toBe("done");
    const proposal = await db.signupProposal.findFirstOrThrow({ where: { signupId } });
    expect(proposal.replacedAt).not.toBeNull();
    expect(waiting).toBeTruthy();
    expect((await db.signup.findUniqueOrThrow({ where: { id: signupId } })).city).toBe("Gallup");
  });

  it("refuses another person's signup, and an address posted for someone else's, changing nothing", async () => {
    const { signupId: theirs } = await storeSignup(db, sampleSubmission("medical", 3));
    await storeSignup(db, sampleSubmission("medical", 4));
    const mine = await sessionFor("ana.4@example.com");
    const before = await db.signup.findUniqueOrThrow({ where: { id: theirs } });

    const forTheirs = sampleSubmission("medical", 3, { city: "Roswell" });
    expect(await changeOwnAnswers(db, TEST_EMAIL_ENV, mine, theirs, forTheirs, "en")).toBe("not_found");
    expect(await pauseOwnSignup(db, TEST_EMAIL_ENV, mine, theirs, "2099-01-01", "en")).toBe("not_found");
    expect(await withdrawOwnSignup(db, TEST_EMAIL_ENV, mine, theirs, "en")).toBe("not_found");
    expect(await withdrawOwnSignup(db, TEST_EMAIL_ENV, mine, "not-a-uuid", "en")).toBe("not_found");

    expect(await db.signup.findUniqueOrThrow({ where: { id: theirs } })).toEqual(before);
    expect(await db.signupEvent.count({ where: { signupId: theirs, kind: { not: "submitted" } } })).toBe(0);
  });
});

describe("pausing and withdrawing", () => {
  it("pauses until a day, then withdraws, each in the history by the volunteer with an email", async () => {
    const { signupId } = await storeSignup(db, sampleSubmission("attorney", 5));
    const session = await sessionFor("ana.5@example.com");

    expect(await pauseOwnSignup(db, TEST_EMAIL_ENV, session, signupId, "2027-01-31", "en")).toBe("done");
    expect(await pauseOwnSignup(db, TEST_EMAIL_ENV, session, signupId, "2027-01-31", "en")).toBe("unchanged");
    let row = await db.signup.findUniqueOrThrow({ where: { id: signupId } });
    expect(row.status).toBe("inactive");
    expect(row.pausedUntil?.toISOString().slice(0, 10)).toBe("2027-01-31");
    expect(row.statusChangedBy).toBeNull();

    expect(await withdrawOwnSignup(db, TEST_EMAIL_ENV, session, signupId, "en")).toBe("done");
    row = await db.signup.findUniqueOrThrow({ where: { id: signupId } });
    expect(row).toMatchObject({ status: "declined", pausedUntil: null });
    // Withdrawn is closed to the volunteer: staff reopen it.
    expect(await pauseOwnSignup(db, TEST_EMAIL_ENV, session, signupId, "2027-02-28", "en")).toBe("closed");
    expect(await withdrawOwnSignup(db, TEST_EMAIL_ENV, session, signupId, "en")).toBe("unchanged");

    expect((await eventsOf(signupId, "volunteer_paused")).map((e) => e.detail)).toEqual([
      { from: "new", to: "inactive", until: "2027-01-31", locale: "en" },
    ]);
    expect((await eventsOf(signupId, "volunteer_withdrew")).map((e) => e.detail)).toEqual([
      { from: "inactive", to: "declined", locale: "en" },
    ]);

    await bed.startMail();
    const messages = await waitForMessages(bed.mailDir(), 4);
    const texts = messages.filter((m) => m.subject?.startsWith("You changed")).map((m) => m.text ?? "");
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes("You paused your signup as attorney until January 31, 2027."))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes("You withdrew your signup as attorney."))).toBe(true);
    expect(
      texts.every((t) => t.includes("Manage your signup: https://volunteer.example.org/volunteer/me")),
    ).toBe(true);
  });
});

describe("stopping all emails", () => {
  it("makes every signup of the address do-not-contact, and later changes send no confirmation", async () => {
    const { signupId: first } = await storeSignup(db, sampleSubmission("attorney", 6));
    const { signupId: second } = await storeSignup(db, sampleSubmission("interpreter", 6));
    const session = await sessionFor("ana.6@example.com");

    expect(await stopOwnEmails(db, session)).toBe(2);
    expect(await stopOwnEmails(db, session)).toBe(0);
    for (const id of [first, second]) {
      expect((await db.signup.findUniqueOrThrow({ where: { id } })).doNotContactAt).not.toBeNull();
      expect((await eventsOf(id, "do_not_contact")).map((e) => e.detail)).toEqual([{ selfService: true }]);
    }
    expect(await pauseOwnSignup(db, TEST_EMAIL_ENV, session, first, "2027-03-01", "en")).toBe("done");
    expect(await eventsOf(first, "volunteer_paused")).toHaveLength(1);
    expect(await selfChangeEmails(first)).toHaveLength(0);
  });
});

describe("deleting one's data", () => {
  it("anonymises every signup of the address at once, records it by the volunteer, and leaves the person nowhere", async () => {
    const person = {
      firstName: "Philomena",
      lastName: "Oyelaran",
      email: "p.oyelaran@volunteer-mail.example.net",
      phone: "+1 (505) 246-8135",
    };
    const { signupId: first } = await storeSignup(db, sampleSubmission("attorney", 7, person));
    const { signupId: second } = await storeSignup(db, sampleSubmission("medical", 7, person));
    const session = await sessionFor(person.email);
    await pauseOwnSignup(db, TEST_EMAIL_ENV, session, first, "2027-01-15", "en");
    await changeOwnAnswers(
      db,
      TEST_EMAIL_ENV,
      session,
      second,
      sampleSubmission("medical", 7, { ...person, city: "Española" }),
      "en",
    );
    // A second link asked for and not yet sent: its job holds the address.
    await db.$executeRaw`
      SELECT graphile_worker.add_job('send_volunteer_link', json_build_object('email', ${person.email}::text, 'locale', 'en'))`;
    const needles = [person.firstName, person.lastName, person.email, "246-8135", "Española"];
    expect((await findEverywhere(db, needles)).length).toBeGreaterThan(5);

    expect(await deleteOwnData(db, session)).toBe(2);

    expect(await findEverywhere(db, needles)).toEqual([]);
    for (const id of [first, second]) {
      const row = await db.signup.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ firstName: "Anonymised", email: `anonymised-${id}@invalid` });
      expect(row.anonymizedAt).not.toBeNull();
      expect(await eventsOf(id, "volunteer_deleted")).toHaveLength(1);
    }
    const audit = await db.auditEvent.findMany({ where: { action: "volunteer_deleted_data" } });
    expect(audit.map((a) => [a.subject, a.actorId, a.detail]).sort()).toEqual(
      [first, second].sort().map((id) => [id, null, { actor: "volunteer" }]),
    );
    // The session went with the data: the cookie opens nothing now.
    expect(await db.volunteerSession.count()).toBe(0);
    expect(await deleteOwnData(db, session)).toBe(0);
  });
});
