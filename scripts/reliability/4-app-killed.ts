// Scenario 4: the app is killed with SIGKILL while its worker is sending. After a restart every
// email is delivered, none twice, and the jobs the dead process had locked are taken back
// within a minute (lib/jobs/worker-liveness.ts, decision 021), not after graphile-worker's 4 hours.
import { crashApp, startApp } from "./support/app";
import { check, sleep, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import {
  deliveredExactlyOnce,
  deliveries,
  lockedJobs,
  postSignups,
  prepareSignups,
  sawSuccess,
} from "./support/signups";
import { startSmtp } from "./support/smtp";

const SIGNUPS = 100;

await runScenario("Scenario 4: the app killed with SIGKILL while the queue is sending", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  const options = { databaseUrl: db.url, smtpUrl: smtp.url };
  let app = await startApp(options);
  const posts = await prepareSignups(app, 0, SIGNUPS);
  // A slow mail server keeps the queue busy long enough to be caught mid-send.
  smtp.delayMs = 100;
  const results = await postSignups(app, posts);
  check(results.every(sawSuccess), `${SIGNUPS} signups stored and answered with success`);
  await waitFor(async () => smtp.total >= 40, 60_000, 50);
  // Messages waiting for the server's reply stay unanswered; any email whose reply already came
  // gets its sentAt written in the next milliseconds. Then the process dies, mid-batch.
  smtp.frozen = true;
  await sleep(300);
  const sentBefore = smtp.total;
  await crashApp(app);
  smtp.frozen = false;
  step(`SIGKILL to the serving process after ${sentBefore} of ${SIGNUPS * 2} emails were delivered`);
  const left = await lockedJobs(db);
  step(`jobs left locked by the dead process: ${left.count}`);
  check(left.count > 0, "the crash left locked jobs behind (the case being tested)", `${left.count}`);
  const crashedAt = Date.now();

  smtp.delayMs = 0;
  app = await startApp(options);
  step(`app restarted in ${((Date.now() - crashedAt) / 1000).toFixed(1)} s`);
  const unlocked = await waitFor(async () => (await lockedJobs(db)).count === 0, 120_000, 500);
  const lockedFor = (Date.now() - crashedAt) / 1000;
  check(
    unlocked,
    "no job stays locked: the dead process's jobs were taken back",
    `after ${lockedFor.toFixed(1)} s`,
  );
  check(lockedFor < 90, "taken back within 90 s of the crash (graphile-worker alone: 4 hours)");

  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 120_000, 500);
  const outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  check(
    outcome.unsent === 0 && outcome.missing === 0,
    "every email delivered after the restart",
    `${outcome.unsent} unsent, ${outcome.missing} missing`,
  );
  check(smtp.duplicates().length === 0, "none delivered twice", `${smtp.duplicates().length} twice`);
  check(smtp.total === SIGNUPS * 2, `exactly ${SIGNUPS * 2} messages received`, `${smtp.total}`);
});
