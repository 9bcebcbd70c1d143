// Scenario 7: SIGTERM (a deploy's stop) while signups are being posted and the queue is
// sending. The app stops taking requests, finishes those in flight and the email it is
// sending, exits within 10 s, and nothing is lost: a restart delivers the rest, none twice.
import { startApp, stopApp } from "./support/app";
import { check, sleep, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import {
  deliveredExactlyOnce,
  deliveries,
  lockedJobs,
  postEach,
  prepareSignups,
  sawSuccess,
} from "./support/signups";
import { startSmtp } from "./support/smtp";

const SIGNUPS = 60;

await runScenario("Scenario 7: SIGTERM while requests are in flight and email is sending", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  const options = { databaseUrl: db.url, smtpUrl: smtp.url };
  let app = await startApp(options);
  const posts = await prepareSignups(app, 0, SIGNUPS);
  // A slow mail server: the worker is mid-send when the signal comes.
  smtp.delayMs = 400;
  let stopping: Promise<number> | undefined;
  let startedBeforeSignal = 0;
  let signalAt = Infinity;
  const results = await postEach(app, posts, 8, (i) => {
    if (i === 20) {
      // Posts 0-19 have gone out (up to eight still on the wire); the 21st goes after the signal.
      startedBeforeSignal = 20;
      signalAt = performance.now();
      stopping = stopApp(app);
    }
  });
  const stopMs = await stopping!;
  step(
    `SIGTERM after ${startedBeforeSignal} posts had started; the app exited ${(stopMs / 1000).toFixed(1)} s later`,
  );
  check(stopMs < 10_000, "exited within 10 s of SIGTERM", `${(stopMs / 1000).toFixed(1)} s`);
  check(
    app.launcher.child.exitCode === 0,
    "exit code 0 (stopped itself, not killed)",
    `${app.launcher.child.exitCode}`,
  );

  const answered = results.filter(sawSuccess).length;
  // In flight: connected before the signal (a post still connecting may be refused, rightly).
  const inFlight = results.filter(
    (result) => result.connectedAt !== undefined && result.connectedAt < signalAt,
  );
  step(`posts answered with success before the process ended: ${answered}`);
  check(
    inFlight.every(sawSuccess),
    "every post connected before the signal was finished with success",
    `${inFlight.filter(sawSuccess).length}/${inFlight.length}`,
  );
  const after = results.slice(startedBeforeSignal);
  check(
    after.every((result) => result.status === 0 || sawSuccess(result)),
    "posts after the signal were either finished or refused at the connection, never half-answered",
  );
  const refused = await fetch(`${app.url}/api/health`).then(
    () => false,
    () => true,
  );
  check(refused, "after the stop, new connections are refused");

  const [stored] = await db.query<{ count: string }>("SELECT count(*) AS count FROM signups");
  check(
    Number(stored!.count) === answered,
    "every signup answered with success is stored, and only those",
    `${stored!.count} stored`,
  );
  const locked = await lockedJobs(db);
  check(
    locked.count === 0,
    "no job left locked: the worker finished or returned what it held",
    `${locked.count} locked`,
  );
  const rows = await deliveries(db);
  const takenUnrecorded = rows.filter(
    (row) => smtp.received.has(row.messageId) && row.status !== "sent",
  ).length;
  check(
    takenUnrecorded === 0,
    "every email the server took is recorded as sent (none cut mid-send)",
    `${takenUnrecorded}`,
  );
  step(
    `${rows.filter((row) => row.status === "sent").length} of ${rows.length} emails sent before the stop; restarting`,
  );

  smtp.delayMs = 0;
  await sleep(100);
  app = await startApp(options);
  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 90_000, 500);
  const outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  check(outcome.unsent === 0 && outcome.missing === 0, "after a restart every queued email is delivered");
  check(smtp.duplicates().length === 0, "none twice", `${smtp.duplicates().length}`);
});
