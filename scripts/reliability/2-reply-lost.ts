// Scenario 2: the SMTP server takes a message, then the connection drops before its reply
// reaches the app; and the app dies between the server's acceptance and the sentAt write.
// README: delivery is at least once; an email is sent twice only in that window.
import { crashApp, startApp, type App } from "./support/app";
import { check, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import { deliveredExactlyOnce, deliveries, postSignups, prepareSignups, sawSuccess } from "./support/signups";
import { startSmtp } from "./support/smtp";

const SIGNUPS = 10;
const DROPPED = 3;

await runScenario("Scenario 2: SMTP takes a message, then the reply is lost", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  const options = { databaseUrl: db.url, smtpUrl: smtp.url };
  let app: App = await startApp(options);

  step(
    `the SMTP server cuts the connection after taking each of the next ${DROPPED} messages, before replying`,
  );
  smtp.dropAfterData = DROPPED;
  const results = await postSignups(app, await prepareSignups(app, 0, SIGNUPS));
  check(results.every(sawSuccess), `${SIGNUPS} signups answered with success`);
  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 90_000, 500);
  let outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  check(outcome.unsent === 0 && outcome.missing === 0, "every email delivered and marked sent");
  check(
    smtp.duplicates().length === DROPPED,
    `exactly the ${DROPPED} messages whose reply was lost arrived twice (at least once, never lost)`,
    `${smtp.duplicates().length}`,
  );
  check(smtp.total === SIGNUPS * 2 + DROPPED, "every other message arrived once", `${smtp.total} received`);

  step("next: the app is SIGKILLed after the server takes a message and before it writes sentAt");
  const before = new Map(smtp.received);
  let crashedOn: string | undefined;
  // Messages the server takes while the app is dying are in the same window: its other
  // email may be taken in the same moment.
  const takenAsItDied = new Set<string>();
  let dead = false;
  smtp.onTaken = async (messageId) => {
    if (dead) return;
    takenAsItDied.add(messageId);
    if (crashedOn) return;
    crashedOn = messageId;
    await crashApp(app);
    dead = true;
  };
  // The app is killed as the first of these emails is taken.
  const posts = await prepareSignups(app, SIGNUPS, 1);
  await postSignups(app, posts);
  await waitFor(async () => app.launcher.child.exitCode !== null, 30_000);
  smtp.onTaken = undefined;
  check(Boolean(crashedOn), "the app died while the server held a taken message");
  const [row] = await db.query<{ sentAt: Date | null; status: string }>(
    `SELECT sent_at AS "sentAt", status::text FROM email_deliveries WHERE trim(both '<>' from message_id) = $1`,
    [crashedOn],
  );
  check(row?.sentAt === null, "its delivery has no sentAt: the app cannot know the server took it");

  app = await startApp(options);
  step("app restarted");
  await waitFor(async () => deliveredExactlyOnce(await deliveries(db), smtp).unsent === 0, 120_000, 500);
  outcome = deliveredExactlyOnce(await deliveries(db), smtp);
  check(
    outcome.unsent === 0 && outcome.missing === 0,
    "after the restart every email is delivered and marked sent",
  );
  check(
    smtp.received.get(crashedOn!) === 2,
    "the message taken before the crash was sent again (twice in all): the window the README names",
  );
  const newDuplicates = smtp.duplicates().filter((id) => !((before.get(id) ?? 0) > 1));
  check(
    newDuplicates.every((id) => takenAsItDied.has(id) && smtp.received.get(id) === 2),
    "no other message was sent twice: only those the server took as the app died, each twice",
    `${newDuplicates.length} twice, ${takenAsItDied.size} taken as it died`,
  );
});
