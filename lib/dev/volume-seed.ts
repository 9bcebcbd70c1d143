import { randomUUID } from "node:crypto";
import pg from "pg";
import { createVolumeGenerator, type VolumeSignup } from "./volume-rows";

// Loads synthetic signups in batches: each batch is five statements (signups, their history,
// notes, emails, onboarding steps), each row set sent as one JSON parameter that PostgreSQL unpacks with
// json_to_recordset. No statement per row, and no dependency beyond pg.

export type SeedCounts = {
  signups: number;
  events: number;
  notes: number;
  deliveries: number;
  steps: number;
};
export type SeedOptions = {
  count: number;
  seed?: number;
  now?: Date;
  batchSize?: number;
  /** Connections writing at once. */
  connections?: number;
  /** After each batch, and once more ("analyze") before the closing VACUUM ANALYZE. */
  onProgress?: (done: number, counts: SeedCounts, step?: "analyze") => void;
};

const SEED_STAFF = [
  ["Rosa Delgado", "rosa.delgado"],
  ["Thảo Nguyễn", "thao.nguyen"],
  ["Samuel Okafor", "samuel.okafor"],
] as const;

/** Staff to assign signups to: the active ones there are, or three made for the seed (they cannot sign in). */
export async function seedStaffIds(client: pg.ClientBase): Promise<string[]> {
  const existing = await client.query<{ id: string }>(
    "SELECT id FROM staff_users WHERE banned IS NOT TRUE ORDER BY created_at LIMIT 6",
  );
  if (existing.rows.length > 0) return existing.rows.map((row) => row.id);
  const made = await client.query<{ id: string }>(
    `INSERT INTO staff_users (id, name, email, email_verified, role, updated_at)
     SELECT $1 || '-' || n, s.name, s.local || '@staff.example.org', true, 'reviewer', now()
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(name, local, n)
     RETURNING id`,
    [
      `seed-${randomUUID().slice(0, 8)}`,
      SEED_STAFF.map(([name]) => name),
      SEED_STAFF.map(([, local]) => local),
    ],
  );
  return made.rows.map((row) => row.id);
}

// Times travel as milliseconds since 1970: cheaper to write and to read than ISO text.
const SIGNUPS = `
  INSERT INTO signups (id, role, status, first_name, last_name, email, phone, city, state, languages,
    language_keys, hours_per_month, availability, organization, needs_supervision, answers, submission_count,
    created_at, updated_at, version, status_changed_at, status_changed_by, assignee_id,
    steps_open, steps_missing, first_expiry, last_step_at)
  SELECT id, role, status, first_name, last_name, email, phone, city, state, languages,
         language_keys, hours_per_month, availability, organization, needs_supervision, answers, submission_count,
         to_timestamp(created_at / 1000), to_timestamp(updated_at / 1000), version,
         to_timestamp(status_changed_at / 1000), status_changed_by, assignee_id,
         steps_open, steps_missing, first_expiry, to_timestamp(last_step_at / 1000)
    FROM json_to_recordset($1::json) AS r(id uuid, role "VolunteerRole", status "SignupStatus",
      first_name text, last_name text, email text, phone text, city text, state text, languages text[], language_keys text[],
      hours_per_month int, availability text[], organization text, needs_supervision boolean,
      answers jsonb, submission_count int, created_at float8, updated_at float8, version int,
      status_changed_at float8, status_changed_by text, assignee_id text,
      steps_open int, steps_missing text[], first_expiry date, last_step_at float8)`;

const EVENTS = `
  INSERT INTO signup_events (signup_id, kind, detail, actor_id, created_at)
  SELECT signup_id, kind, detail, actor_id, to_timestamp(created_at / 1000)
    FROM json_to_recordset($1::json)
      AS r(signup_id uuid, kind text, detail jsonb, actor_id text, created_at float8)`;

const NOTES = `
  INSERT INTO signup_notes (id, signup_id, author_id, body, created_at, updated_at)
  SELECT id, signup_id, author_id, body, to_timestamp(created_at / 1000), to_timestamp(created_at / 1000)
    FROM json_to_recordset($1::json)
      AS r(id uuid, signup_id uuid, author_id text, body text, created_at float8)`;

const DELIVERIES = `
  INSERT INTO email_deliveries (id, signup_id, kind, status, recipient, message_id, attempts,
    last_error, sent_at, created_at, updated_at)
  SELECT id, signup_id, kind, status, recipient, message_id, attempts, last_error,
         to_timestamp(sent_at / 1000), to_timestamp(created_at / 1000),
         to_timestamp(coalesce(sent_at, created_at) / 1000)
    FROM json_to_recordset($1::json) AS r(id uuid, signup_id uuid, kind "EmailKind",
      status "EmailStatus", recipient text, message_id text, attempts int, last_error text,
      sent_at float8, created_at float8)`;

const STEPS = `
  INSERT INTO onboarding_steps (id, signup_id, step_key, instance, value, completed_on, expires_on,
    completed_by, by_volunteer, created_at, updated_at)
  SELECT gen_random_uuid(), signup_id, step_key, instance, value, completed_on, expires_on,
         completed_by, by_volunteer, completed_on, completed_on
    FROM json_to_recordset($1::json) AS r(signup_id uuid, step_key text, instance text, value text,
      completed_on date, expires_on date, completed_by text, by_volunteer boolean)`;

const ms = (date: Date | null) => date?.getTime() ?? null;

function signupRow(s: VolumeSignup) {
  const c = s.columns;
  return {
    id: s.id,
    role: s.role,
    status: s.status,
    first_name: c.firstName,
    last_name: c.lastName,
    email: c.email,
    phone: c.phone,
    city: c.city,
    state: c.state,
    languages: c.languages,
    language_keys: c.languageKeys,
    hours_per_month: c.hoursPerMonth,
    availability: c.availability,
    organization: c.organization,
    needs_supervision: c.needsSupervision,
    answers: s.answers,
    submission_count: s.submissionCount,
    created_at: ms(s.createdAt),
    updated_at: ms(s.updatedAt),
    version: s.version,
    status_changed_at: ms(s.statusChangedAt),
    status_changed_by: s.statusChangedBy,
    assignee_id: s.assigneeId,
    steps_open: s.readiness.stepsOpen,
    steps_missing: s.readiness.stepsMissing,
    first_expiry: s.readiness.firstExpiry,
    last_step_at: ms(s.readiness.lastStepAt),
  };
}

async function insertBatch(client: pg.ClientBase, batch: VolumeSignup[]): Promise<SeedCounts> {
  const events = batch.flatMap((s) =>
    s.events.map((e) => ({
      signup_id: s.id,
      kind: e.kind,
      detail: e.detail,
      actor_id: e.actorId,
      created_at: ms(e.createdAt),
    })),
  );
  const notes = batch.flatMap((s) =>
    s.notes.map((n) => ({
      id: n.id,
      signup_id: s.id,
      author_id: n.authorId,
      body: n.body,
      created_at: ms(n.createdAt),
    })),
  );
  const deliveries = batch.flatMap((s) =>
    s.deliveries.map((d) => ({
      id: d.id,
      signup_id: s.id,
      kind: d.kind,
      status: d.status,
      recipient: d.recipient,
      message_id: d.messageId,
      attempts: d.attempts,
      last_error: d.lastError,
      sent_at: ms(d.sentAt),
      created_at: ms(d.createdAt),
    })),
  );
  const steps = batch.flatMap((s) =>
    s.steps.map((step) => ({
      signup_id: s.id,
      step_key: step.stepKey,
      instance: step.instance,
      value: step.value,
      completed_on: step.completedOn,
      expires_on: step.expiresOn,
      completed_by: step.completedBy,
      by_volunteer: step.byVolunteer,
    })),
  );
  await client.query("BEGIN");
  try {
    await client.query(SIGNUPS, [JSON.stringify(batch.map(signupRow))]);
    await client.query(EVENTS, [JSON.stringify(events)]);
    await client.query(NOTES, [JSON.stringify(notes)]);
    await client.query(DELIVERIES, [JSON.stringify(deliveries)]);
    await client.query(STEPS, [JSON.stringify(steps)]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return {
    signups: batch.length,
    events: events.length,
    notes: notes.length,
    deliveries: deliveries.length,
    steps: steps.length,
  };
}

/**
 * Adds `count` synthetic signups to what is there, then refreshes the planner's statistics.
 * Two connections take turns: one generates its next batch while the other's is written.
 */
export async function seedVolume(databaseUrl: string, options: SeedOptions): Promise<SeedCounts> {
  const { count, batchSize = 2_000, connections = 2 } = options;
  const clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: databaseUrl }));
  try {
    await Promise.all(clients.map((client) => client.connect()));
    const next = createVolumeGenerator({
      seed: options.seed ?? 20261128,
      now: options.now ?? new Date(),
      staffIds: await seedStaffIds(clients[0]!),
    });
    const total: SeedCounts = { signups: 0, events: 0, notes: 0, deliveries: 0, steps: 0 };
    let claimed = 0;
    const work = async (client: pg.Client) => {
      // Synthetic rows: losing the last batches in a crash costs nothing, waiting for each flush does.
      await client.query("SET synchronous_commit = off");
      while (claimed < count) {
        const size = Math.min(batchSize, count - claimed);
        claimed += size;
        const added = await insertBatch(client, Array.from({ length: size }, next));
        for (const key of Object.keys(total) as (keyof SeedCounts)[]) total[key] += added[key];
        options.onProgress?.(total.signups, total);
      }
    };
    await Promise.all(clients.map(work));
    // Fresh statistics and visibility map, so the first queries after a seed are planned as later ones.
    options.onProgress?.(total.signups, total, "analyze");
    await clients[0]!.query(
      "VACUUM (ANALYZE) signups, signup_events, signup_notes, email_deliveries, onboarding_steps",
    );
    return total;
  } finally {
    await Promise.all(clients.map((client) => client.end().catch(() => {})));
  }
}
