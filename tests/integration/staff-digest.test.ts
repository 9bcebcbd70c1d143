import type { JobHelpers } from "graphile-worker";
import type { Transporter } from "nodemailer";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { readCaughtMessages, startMailCatcher, type MailCatcher } from "../../lib/dev/mail-catcher";
import { createMailTransport } from "../../lib/email/transport";
import { anonymiseSignupRows } from "../../lib/signup/anonymise";
import type { Role } from "../../lib/signup/options";
import { createStaffDigestTask } from "../../lib/volunteer-access/staff-digest-task";
import { emailTestBed } from "../support/email-test-bed";
import { sampleSubmission, storeSignup, TEST_EMAIL_ENV } from "../support/signup-fixtures";

// Staff hear of volunteers' own changes in one email per inbox an hour (decision 031). The
// changes are written as the volunteer's pages write them (signup_events, no actor); the task
// runs as the hourly cron runs it, and its emails reach a real SMTP server.

const bed = emailTestBed();
// The interpreters' inbox is the attorneys' too: one email for both roles.
const ENV = { ...TEST_EMAIL_ENV, STAFF_EMAIL_INTERPRETER: TEST_EMAIL_ENV.STAFF_EMAIL_ATTORNEY };
const SIGNUPS = `${ENV.SITE_URL}/admin/signups/`;

let catcher: MailCatcher;
let transport: Transporter;
let db: Db;

beforeEach(async () => {
  db = bed.current().db;
  catcher = await startMailCatcher({ directory: bed.mailDir() });
  transport = createMailTransport(catcher.url);
});

afterEach(async () => {
  transport.close();
  await catcher.close();
});

/** One run of the hourly job; a second `on` is another instance with its own connections. */
const runDigest = (on: { db: Db; transport: Transporter } = { db, transport }) =>
  createStaffDigestTask({ ...on, env: ENV })({}, {} as JobHelpers);

async function signup(role: Role, n: number) {
  const { signupId } = await storeSignup(db, sampleSubmission(role, n), { env: ENV });
  return signupId;
}

const change = (signupId: string, kind: string, detail: object = {}) =>
  db.signupEvent.create({ data: { signupId, kind, detail } });

/** As the volunteer's "change my answers" writes it: new answers, the old ones in the event. */
async function changeAnswers(signupId: string, role: Role, n: number, fields: Record<string, string>) {
  const before = await db.signup.findUniqueOrThrow({ where: { id: signupId }, select: { answers: true } });
  const { answers } = sampleSubmission(role, n, fields);
  await db.$transaction([
    db.signup.update({ where: { id: signupId }, data: { answers: answers as object } }),
    change(signupId, "updated", { previousAnswers: before.answers, selfService: true }),
  ]);
}

/** As "delete my data" writes it: anonymised, and the event, in one transaction. */
const deleteData = (signupId: string) =>
  db.$transaction(async (tx) => {
    await anonymiseSignupRows(tx, [signupId]);
    await tx.signupEvent.create({ data: { signupId, kind: "volunteer_deleted", detail: {} } });
  });

const byRecipient = async () => {
  const messages = await readCaughtMessages(bed.mailDir());
  return new Map(messages.map((m) => [m.envelopeTo.join(","), m]));
};

describe("the hourly staff digest of volunteers' own changes", () => {
  it("sends one email per inbox listing every change, and none for an hour with none", async () => {
    const attorney = await signup("attorney", 1);
    const interpreter = await signup("interpreter", 2);
    const medical = await signup("medical", 3);
    const untouched = await signup("attorney", 4);

    await changeAnswers(attorney, "attorney", 1, {
      "languages.0.name": "Portuguese",
      availability: "remote",
    });
    await change(attorney, "volunteer_paused", { from: "new", to: "inactive", until: "2027-01-12" });
    await change(interpreter, "volunteer_withdrew", { from: "new", to: "declined" });
    await change(interpreter, "do_not_contact", { selfService: true });
    await change(medical, "do_not_contact", {});
    await deleteData(medical);
    // Not a volunteer's change: opening their page, the system's doing, a staff member's edit.
    await change(untouched, "volunteer_opened");
    await change(untouched, "status_changed", { from: "new", to: "contacted" });
    const staffMember = await db.staffUser.create({
      data: { id: "staff-1", name: "Omar", email: "omar@example.org" },
    });
    await db.signupEvent.create({
      data: {
        signupId: untouched,
        kind: "updated",
        actorId: staffMember.id,
        detail: { previousAnswers: {} },
      },
    });

    await runDigest();
    const mail = await byRecipient();
    expect([...mail.keys()].sort()).toEqual(["attorneys@example.org", "staff@example.org"]);

    const team = mail.get("attorneys@example.org")!;
    expect(team.subject).toBe("Volunteers' own changes: 2 signups");
    const attorneyBlock = block(team.text!, "Ana María O'Connor-Pérez, attorney signup");
    expect(attorneyBlock).toMatch(
      /^- .+ M[SD]T: changed their answers: Languages you speak, How you can help$/m,
    );
    expect(attorneyBlock).toMatch(/^- .+: paused until Jan 12, 2027$/m);
    expect(attorneyBlock).toContain(`Open the signup: ${SIGNUPS}${attorney}`);
    const interpreterBlock = block(team.text!, "Ana María O'Connor-Pérez, translator/interpreter signup");
    expect(lines(interpreterBlock)).toEqual([
      expect.stringMatching(/: withdrew$/),
      expect.stringMatching(/: asked for no more emails$/),
    ]);
    expect(interpreterBlock).toContain(`${SIGNUPS}${interpreter}`);
    expect(team.html).toContain(`<a href="${SIGNUPS}${attorney}">Open the signup</a>`);
    expect(team.html).toContain("paused until Jan 12, 2027");
    expect(`${team.text}${team.html}`).not.toContain(untouched);

    // The volunteer who deleted their data: the entry says what happened and names no one.
    const staff = mail.get("staff@example.org")!;
    expect(staff.subject).toBe("Volunteers' own changes: 1 signup");
    const deletedBlock = block(
      staff.text!,
      "A volunteer who deleted their data, medical professional signup",
    );
    expect(lines(deletedBlock)).toEqual([
      expect.stringMatching(/: asked for no more emails$/),
      expect.stringMatching(/: deleted their data$/),
    ]);
    expect(deletedBlock).toContain(`${SIGNUPS}${medical}`);
    expect(`${staff.text}${staff.html}`).not.toMatch(
      /Ana|O'Connor|O&#39;Connor|ana\.3@|555-0142|Albuquerque|PSY-778|Trauma|Anonymised/,
    );

    // Every change is marked as told; the next hour, with nothing new, sends nothing.
    expect(await undigested()).toBe(0);
    await runDigest();
    expect(await readCaughtMessages(bed.mailDir())).toHaveLength(2);
    expect(await db.staffDigest.count()).toBe(2);
  });

  it("sends nothing at all when no volunteer changed anything", async () => {
    await signup("attorney", 1);
    await runDigest();
    expect(await readCaughtMessages(bed.mailDir())).toHaveLength(0);
    expect(await db.staffDigest.count()).toBe(0);
  });

  it("tells each change once when two instances run the job at the same moment", async () => {
    const roles: Role[] = ["attorney", "medical", "interpreter"];
    const ids: string[] = [];
    for (let n = 1; n <= 12; n += 1) {
      const id = await signup(roles[n % 3]!, n);
      ids.push(id);
      await change(id, "volunteer_withdrew", { from: "new", to: "declined" });
    }
    const other = { db: createDb(bed.current().database.url), transport: createMailTransport(catcher.url) };
    try {
      await Promise.all([runDigest(), runDigest(other), runDigest(), runDigest(other)]);
    } finally {
      other.transport.close();
      await other.db.$disconnect();
    }
    const messages = await readCaughtMessages(bed.mailDir());
    expect(messages.map((m) => m.envelopeTo.join(",")).sort()).toEqual([
      "attorneys@example.org",
      "staff@example.org",
    ]);
    const all = messages.map((m) => m.text).join("\n");
    for (const id of ids) expect(all.split(`${SIGNUPS}${id}`)).toHaveLength(2);
    expect(all.match(/: withdrew$/gm)).toHaveLength(12);
  });

  it("after a run that failed half-way, the retry sends what was not sent, once", async () => {
    const attorney = await signup("attorney", 1);
    const medical = await signup("medical", 2);
    await change(attorney, "volunteer_withdrew", { from: "new", to: "declined" });
    await change(medical, "volunteer_withdrew", { from: "new", to: "declined" });

    // The mail server refuses the staff inbox's digest once (as if the process died there).
    let refused = 0;
    const flaky = {
      sendMail: (mail: { to: string }) => {
        if (mail.to === "staff@example.org" && refused++ === 0)
          return Promise.reject(new Error("ECONNRESET"));
        return transport.sendMail(mail);
      },
    } as unknown as Transporter;
    await expect(runDigest({ db, transport: flaky })).rejects.toThrow("ECONNRESET");
    expect([...(await byRecipient()).keys()]).toEqual(["attorneys@example.org"]);

    // A change made meanwhile goes in a later digest, not in the one waiting.
    await change(attorney, "do_not_contact", { selfService: true });
    await runDigest({ db, transport: flaky });
    const messages = await readCaughtMessages(bed.mailDir());
    const to = (address: string) => messages.filter((m) => m.envelopeTo.join(",") === address);
    expect(to("staff@example.org")).toHaveLength(1);
    expect(to("staff@example.org")[0]!.text).toContain(`${SIGNUPS}${medical}`);
    expect(to("attorneys@example.org").map((m) => lines(m.text!))).toEqual([
      [expect.stringMatching(/: withdrew$/)],
      [expect.stringMatching(/: asked for no more emails$/)],
    ]);
    expect(await db.staffDigest.count({ where: { sentAt: null } })).toBe(0);
  });
});

const undigested = () =>
  db.signupEvent.count({
    where: {
      digestedAt: null,
      actorId: null,
      kind: {
        in: ["updated", "volunteer_paused", "volunteer_withdrew", "do_not_contact", "volunteer_deleted"],
      },
    },
  });

/** A signup's part of the digest's text: from its heading to its link. */
function block(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `no entry "${heading}" in:\n${text}`).toBeGreaterThan(-1);
  const end = text.indexOf("\nOpen the signup: ", start);
  return text.slice(start + 1, text.indexOf("\n", end + 1));
}

/** The change lines of an entry (or of a whole one-entry digest). */
const lines = (text: string) => text.split("\n").filter((line) => line.startsWith("- "));
