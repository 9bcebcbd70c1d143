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
  for (const signup of signups) {
    const r = readiness(
      signup.role as Role,
      signup.answers as Record<string, unknown>,
      bySignup.get(signup.id) ?? [],
      today,
    );
    const missing = [...new Set(r.steps.filter((s) => s.state !== "done").map((s) => s.step.key))];
    await tx.$executeRaw`
      UPDATE signups SET steps_open = ${r.open}, steps_missing = ${missing}::text[],
             first_expiry = ${r.validUntil}::date
       WHERE id = ${signup.id}::uuid`;
  }
}

/** SQL for "ready on this day" over the stored derivation (for `Prisma.sql` templates). */
export const readySql = (today: string) =>
  Prisma.sql`(s.steps_open = 0 AND (s.first_expiry IS NULL OR s.first_expiry >= ${today}::date))`;
