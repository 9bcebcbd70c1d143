// npm run email:retry -- --failed | --held | --id <delivery id>
//   Queues failed emails again (attempts from zero) and prints what it queued. --failed: every
//   email that failed on all its attempts; --held: those the hourly cap on volunteer emails held
//   back; --id: one email, from the record page's list or the staff notice.
// Against DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is unset (outside
// production: a running site's, or one started for this run). The running app's worker (or
// `npm run worker`) sends them.
import { parseArgs } from "node:util";
import { getEnv } from "../lib/config/env";
import { createDb } from "../lib/db/client";
import { retryEmails, type RetrySelection } from "../lib/jobs/retry-emails";
import { commandServices, exitWith } from "./command-services";

const USAGE = "Usage: npm run email:retry -- --failed | --held | --id <delivery id>";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function selectionFrom(argv: string[]): RetrySelection | null {
  const { values } = parseArgs({
    args: argv,
    options: { failed: { type: "boolean" }, held: { type: "boolean" }, id: { type: "string" } },
  });
  const chosen = [values.failed, values.held, values.id !== undefined].filter(Boolean).length;
  if (chosen !== 1) return null;
  if (values.id !== undefined) return UUID.test(values.id) ? { id: values.id } : null;
  return values.failed ? { failed: true } : { held: true };
}

async function main(): Promise<number> {
  let selection: RetrySelection | null;
  try {
    selection = selectionFrom(process.argv.slice(2));
  } catch {
    selection = null;
  }
  if (!selection) {
    console.error(USAGE);
    return 2;
  }
  const env = getEnv();
  const services = await commandServices(env, (line) => console.log(line));
  if (!services) return 1;
  const db = createDb(services.databaseUrl);
  try {
    const result = await retryEmails(db, selection, { maxAttempts: env.EMAIL_MAX_ATTEMPTS });
    if (result.refused === "not_found") {
      console.error("No email with that id.");
      return 1;
    }
    if (result.refused === "not_failed") {
      console.error("That email has not failed (it is queued or sent): nothing to do.");
      return 1;
    }
    // Ids and kinds only: the recipients are personal data, and the record page shows them.
    for (const email of result.queued) {
      console.log(`Queued ${email.id} (${email.kind}): ${env.SITE_URL}/admin/signups/${email.signupId}`);
    }
    console.log(
      result.queued.length === 1 ? "1 email queued again." : `${result.queued.length} emails queued again.`,
    );
    return 0;
  } finally {
    await db.$disconnect();
    await services.stop();
  }
}

// An explicit exit: nothing the work left behind keeps the command open.
exitWith(main());
