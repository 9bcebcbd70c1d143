// Scenario 6: an email that cannot be rendered for one signup (its answers are not what the
// staff notification's template reads, so rendering throws): that job ends failed and staff
// see it, while every other email keeps flowing. The worker runs as its own process here
// (WORKER_MODE=separate, `npm run worker`), so the bad row is in place before it starts.
import { SESSION_SECRET, SITE_URL, startApp } from "./support/app";
import { check, step, waitFor } from "./support/check";
import { startDatabase } from "./support/database";
import { runScenario } from "./support/scenario";
import { deliveries, postSignups, prepareSignups, sawSuccess } from "./support/signups";
import { startSmtp } from "./support/smtp";
import { signedInStaff, staffPage } from "./support/staff";
import { PROJECT_ROOT, spawnQuiet } from "../bench/support/process";

const SIGNUPS = 20;

await runScenario("Scenario 6: a template that throws for one signup", async () => {
  const [db, smtp] = await Promise.all([startDatabase(), startSmtp()]);
  // Two attempts, so the broken email ends failed within seconds instead of after hours of backoff.
  const env = { EMAIL_MAX_ATTEMPTS: "2", WORKER_MODE: "separate" };
  const app = await startApp({ databaseUrl: db.url, smtpUrl: smtp.url, env });
  const results = await postSignups(app, await prepareSignups(app, 0, SIGNUPS));
  check(results.every(sawSuccess), `${SIGNUPS} signups stored`);
  const [broken] = await db.query<{ id: string }>(
    "UPDATE signups SET answers = 'null'::jsonb WHERE email = 'reliability.7@example.com' RETURNING id::text",
  );
  step(`signup ${broken!.id}: answers replaced by JSON null, which the staff notification cannot render`);

  spawnQuiet("npm run worker", process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: PROJECT_ROOT,
    env: { DATABASE_URL: db.url, SMTP_URL: smtp.url, SITE_URL, SESSION_SECRET, ...env },
  });
  step("worker started as its own process; posting 20 more signups meanwhile");
  const more = await postSignups(app, await prepareSignups(app, SIGNUPS, SIGNUPS));
  check(more.every(sawSuccess), `${SIGNUPS} more signups stored while the broken email fails`);

  const settled = async () => (await deliveries(db)).every((row) => row.status !== "queued");
  await waitFor(settled, 90_000, 500);
  const rows = await deliveries(db);
  const failed = rows.filter((row) => row.status === "failed");
  const sent = rows.filter((row) => row.status === "sent");
  step(`${sent.length} emails sent, ${failed.length} failed`);
  check(
    failed.length === 1 && failed[0]!.signupId === broken!.id,
    "exactly one email ended failed: the broken signup's staff notification",
  );
  check(
    sent.length === SIGNUPS * 4 - 1 && sent.every((row) => smtp.received.get(row.messageId) === 1),
    "every other email was delivered, once",
    `${smtp.total} received`,
  );
  const [reason] = await db.query<{ lastError: string }>(
    `SELECT last_error AS "lastError" FROM email_deliveries WHERE status = 'failed'`,
  );
  check(
    Boolean(reason?.lastError),
    "the failure's reason is recorded for staff",
    reason?.lastError?.slice(0, 60),
  );
  const [notice] = await db.query<{ count: string }>(
    "SELECT count(*) AS count FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier = 'notify_failed_emails'",
  );
  check(notice!.count === "1", "one staff notice of failed email is queued");

  const cookie = await signedInStaff(app, db.url, "reliability.admin@example.org");
  const dashboard = await staffPage(app, cookie, "/admin");
  check(
    dashboard.html.includes("See the signups with a failed email"),
    "the staff dashboard shows a failed email",
  );
  const list = await staffPage(app, cookie, "/admin/signups?email=failed");
  check(list.html.includes(`/admin/signups/${broken!.id}`), "the failed-email list links the broken signup");
});
