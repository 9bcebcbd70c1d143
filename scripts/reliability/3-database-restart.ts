// Scenario 3: PostgreSQL restarts while signups arrive. Each signup is stored whole (with its
// two emails queued) or refused with the clear retry message; none is half written; the app
// recovers without a restart; /api/health answers 503 while the database is down, then 200.
import { health, startApp } from "./support/app";
import { check, sleep, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import {
  deliveredExactlyOnce,
  deliveries,
  postEach,
  prepareSignups,
  sawRetryMessage,
  sawSuccess,
} from "./support/signups";
import { startSmtp } from "./support/smtp";

const SIGNUPS = 150;

await runScenario("Scenario 3: PostgreSQL restarted while signups arrive", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  const app = await startApp({ databaseUrl: db.url, smtpUrl: smtp.url });
  const servePid = app.servePid();
  const posts = await prepareSignups(app, 0, SIGNUPS);
  const healthSeen: number[] = [];
  let restart: Promise<void> | undefined;
  const results = await postEach(app, posts, 4, (i) => {
    if (i !== 40) return;
    restart = (async () => {
      await db.stop();
      step("PostgreSQL stopped (40 signups posted so far)");
      for (let n = 0; n < 4; n += 1) {
        healthSeen.push(await health(app));
        await sleep(500);
      }
      await db.start();
      step("PostgreSQL started again");
    })();
  });
  await restart;
  const success = results.filter(sawSuccess).length;
  const retry = results.filter(sawRetryMessage).length;
  step(`${SIGNUPS} posts: ${success} stored, ${retry} refused with the retry message`);
  check(
    success + retry === SIGNUPS,
    "every post was either a success or the clear retry message",
    `${SIGNUPS - success - retry} other`,
  );
  check(retry > 0, "the restart did refuse some signups (the case being tested)");
  check(
    healthSeen.includes(503),
    "/api/health answered 503 while the database was down",
    healthSeen.join(", "),
  );
  check(await waitFor(async () => (await health(app)) === 200, 30_000), "/api/health answers 200 again");

  const [counts] = await db.query<{ signups: string; whole: string; halves: string }>(
    `SELECT (SELECT count(*) FROM signups) AS signups,
            (SELECT count(*) FROM signups s WHERE (SELECT count(*) FROM email_deliveries d WHERE d.signup_id = s.id) = 2) AS whole,
            (SELECT count(*) FROM email_deliveries d WHERE NOT EXISTS (SELECT 1 FROM signups s WHERE s.id = d.signup_id)) AS halves`,
  );
  check(
    Number(counts!.signups) >= success,
    "every signup shown success is stored",
    `${counts!.signups} stored`,
  );
  check(
    counts!.signups === counts!.whole && counts!.halves === "0",
    "none half written: every stored signup has its two emails, no email lacks its signup",
  );

  const more = await postEach(app, await prepareSignups(app, SIGNUPS, 10), 4);
  check(more.every(sawSuccess), "after the restart, new signups succeed without restarting the app");
  check(app.servePid() === servePid, "the same app process served throughout");
  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 120_000, 500);
  const outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  check(
    outcome.unsent === 0 && outcome.missing === 0,
    "every stored signup's emails were delivered",
    `${outcome.unsent} unsent`,
  );
  check(smtp.duplicates().length === 0, "none twice");
});
