import type { Db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import type { Role } from "../signup/options";
import { readiness, type Completion } from "./readiness";

// The signup keeps the last derivation of its readiness (steps_open, steps_missing,
// first_expiry), written wherever a step or the answers change, so the list filters and the
// dashboard counts read columns instead of deriving 100,000 signups. "Ready" itself is still
// derived when read: steps_open = 0 and first_expiry not past (readySql below), so an expiry
// turns it off on the day, before the daily job refreshes the columns.
// No "server-only": the worker's daily job calls it too.

type Tx = Prisma.TransactionClient | Db;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** Derives and stores the readiness of these signups as of `today` (YYYY-MM-DD). */
export async function refreshReadiness(tx: Tx, signupIds: string[], today: string): Promise<void> {
  if (signupIds.length === 0) return;
  const [signups, steps] = await Promise.all([
    tx.signup.findMany({
      where: { id: { in: signupIds }, anonymizedAt: null },
      select: { id: true, role: true, answers: true },
    }),
    tx.onboardingStep.findMany({
      where: { signupId: { in: signupIds } },
      select: { signupId: true, stepKey: true, instance: true, completedOn: true, expiresOn: true },
    }),
  ]);
  const bySignup = new Map<string, Completion[]>();
  for (const step of steps) {
    const list = bySignup.get(step.signupId) ?? [];
    list.push({
      stepKey: step.stepKey,
      instance: step.instance,
      completedOn: day(step.completedOn)!,
      expiresOn: day(step.expiresOn),
    });
    bySignup.set(step.signupId, list);
  }
  if (signups.length === 0) return;
  const derived = signups.map((signup) => {
    const r = readiness(
      signup.role as Role,
      signup.answers as Record<string, unknown>,
      bySignup.get(signup.id) ?? [],
      today,
    );
    const missing = [...new Set(r.steps.filter((s) => s.state !== "done").map((s) => s.step.key))];
    return { id: signup.id, open: r.open, missing: JSON.stringify(missing), validUntil: r.validUntil };
  });
  // One statement for the batch (the daily job derives 500 at a time; 100,000 on its first run).
  // unnest cannot carry an array per row, so each list of keys goes as a JSON array.
  await tx.$executeRaw`
    UPDATE signups s SET steps_open = x.open, first_expiry = x.valid_until,
           steps_missing = ARRAY(SELECT jsonb_array_elements_text(x.missing::jsonb))
      FROM unnest(${derived.map((d) => d.id)}::uuid[], ${derived.map((d) => d.open)}::int[],
                  ${derived.map((d) => d.missing)}::text[], ${derived.map((d) => d.validUntil)}::date[])
           AS x(id, open, missing, valid_until)
     WHERE s.id = x.id`;
}

/** SQL for "ready on this day" over the stored derivation (for `Prisma.sql` templates). */
export const readySql = (today: string) =>
  Prisma.sql`(s.steps_open = 0 AND (s.first_expiry IS NULL OR s.first_expiry >= ${today}::date))`;
