// Scenario 5: two app instances on one PostgreSQL, each running the email worker, with 500
// signups spread across both: 500 rows, 1,000 emails, none twice; a staff session made on one
// works on the other; the rate limits count across both.
import { startApp } from "./support/app";
import { check, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import {
  deliveredExactlyOnce,
  deliveries,
  postEach,
  postSignups,
  prepareSignups,
  sawSuccess,
} from "./support/signups";
import { startSmtp } from "./support/smtp";
import { signedInStaff, staffPage } from "./support/staff";

const SIGNUPS = 500;
const PER_EMAIL_LIMIT = 2;

await runScenario("Scenario 5: two app instances on one PostgreSQL", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  // The hourly cap on volunteer emails is one counter for every instance: set above the run.
  const options = {
    databaseUrl: db.url,
    smtpUrl: smtp.url,
    env: { CONFIRMATION_EMAILS_PER_HOUR: "100000", SIGNUP_LIMIT_PER_EMAIL: String(PER_EMAIL_LIMIT) },
  };
  // One after the other: when run alone, the first builds if the sources changed (two builds at
  // once refuse); run-all makes the build current before any scenario starts.
  const a = await startApp(options);
  const b = await startApp(options);
  step(`instances A (${a.url}) and B (${b.url}) up, one database, each with its in-app worker`);
  const half = SIGNUPS / 2;
  const [postsA, postsB] = await Promise.all([prepareSignups(a, 0, half), prepareSignups(b, half, half)]);
  const started = Date.now();
  const [resultsA, resultsB] = await Promise.all([postSignups(a, postsA, 4), postSignups(b, postsB, 4)]);
  const success = [...resultsA, ...resultsB].filter(sawSuccess).length;
  step(`${SIGNUPS} signups posted, half to each, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  check(success === SIGNUPS, "every volunteer was shown success", `${success}/${SIGNUPS}`);
  const [stored] = await db.query<{ count: string }>("SELECT count(*) AS count FROM signups");
  check(Number(stored!.count) === SIGNUPS, `${SIGNUPS} rows`, stored!.count);

  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 180_000, 500);
  const rows = await deliveries(db);
  const outcome = deliveredExactlyOnce(rows, smtp);
  check(
    rows.length === SIGNUPS * 2 && outcome.unsent === 0 && outcome.missing === 0,
    `${SIGNUPS * 2} emails delivered`,
    `${rows.length} queued, ${outcome.unsent} unsent`,
  );
  check(
    smtp.duplicates().length === 0 && smtp.total === SIGNUPS * 2,
    "none twice, though both workers took from one queue",
    `${smtp.total} received`,
  );

  const cookie = await signedInStaff(a, db.url, "reliability.admin@example.org");
  const onA = await staffPage(a, cookie, "/admin");
  const onB = await staffPage(b, cookie, "/admin");
  step(`staff signed in on A; /admin answers ${onA.status} on A and ${onB.status} on B`);
  check(onB.status === 200 && onB.html.includes("Dashboard"), "the staff session made on A works on B");

  // One volunteer's address, posted A, B, A: each instance alone has seen at most two.
  const same = await Promise.all([0, 1, 2].map(() => prepareSignups(a, 900, 1)));
  const first = await postEach(a, same[0]!, 1);
  const second = await postEach(b, same[1]!, 1);
  const third = await postEach(a, same[2]!, 1);
  check(
    sawSuccess(first[0]!) && sawSuccess(second[0]!),
    `the first ${PER_EMAIL_LIMIT} signups for one address are taken (A, then B)`,
  );
  check(
    Boolean(third[0]!.snippet?.includes("Too many signups from here")),
    `the third, on A, is refused by the per-address limit of ${PER_EMAIL_LIMIT}: the count spans both instances`,
    `status ${third[0]!.status}`,
  );
});
