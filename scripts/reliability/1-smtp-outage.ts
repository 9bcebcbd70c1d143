// Scenario 1: the SMTP server refuses connections while 200 volunteers sign up. Every signup
// must be stored and answered with success, and once the server is back every email is
// delivered exactly once.
import { startApp } from "./support/app";
import { check, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import { deliveredExactlyOnce, deliveries, postSignups, prepareSignups, sawSuccess } from "./support/signups";
import { startSmtp } from "./support/smtp";

const SIGNUPS = 200;

await runScenario("Scenario 1: SMTP refuses connections during 200 signups", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  const app = await startApp({ databaseUrl: db.url, smtpUrl: smtp.url });
  const posts = await prepareSignups(app, 0, SIGNUPS);

  await smtp.refuse();
  step(`SMTP server down (connections refused); posting ${SIGNUPS} signups`);
  const started = Date.now();
  const results = await postSignups(app, posts);
  step(
    `${SIGNUPS} posts answered in ${((Date.now() - started) / 1000).toFixed(1)} s; SMTP server still down`,
  );
  check(
    results.filter(sawSuccess).length === SIGNUPS,
    "every volunteer was shown success",
    `${results.filter(sawSuccess).length}/${SIGNUPS}`,
  );
  const [stored] = await db.query<{ count: string }>("SELECT count(*) AS count FROM signups");
  check(Number(stored!.count) === SIGNUPS, "every signup is stored", `${stored!.count} rows`);
  const queued = await deliveries(db);
  check(queued.length === SIGNUPS * 2, "two emails queued for each signup", `${queued.length}`);
  check(smtp.total === 0, "nothing was delivered during the outage");
  const [tried] = await db.query<{ count: string }>(
    "SELECT count(*) AS count FROM email_deliveries WHERE attempts > 0",
  );
  step(`${tried!.count} emails had a failed attempt while the server was down`);

  await smtp.start();
  step("SMTP server back; waiting for the queue (graphile-worker's backoff: seconds after each failure)");
  const back = Date.now();
  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 180_000, 1000);
  const outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  step(`queue drained ${((Date.now() - back) / 1000).toFixed(1)} s after the server came back`);
  check(outcome.unsent === 0, "every email is marked sent", `${outcome.unsent} not sent`);
  check(outcome.missing === 0, "the SMTP server received every email", `${outcome.missing} missing`);
  check(outcome.twice === 0 && smtp.duplicates().length === 0, "no email was delivered twice");
  check(
    smtp.total === SIGNUPS * 2,
    `the SMTP server received exactly ${SIGNUPS * 2} messages`,
    `${smtp.total}`,
  );
});
