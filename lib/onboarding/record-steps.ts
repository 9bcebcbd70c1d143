import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Role } from "../signup/options";
import { readiness, type Readiness, type RequiredStep } from "./readiness";

// The steps a signup's record shows: every step this volunteer needs, in the order of
// steps.ts, each with what was recorded and who did it, and the readiness they add up to.

export type RecordStep = RequiredStep & {
  /** What the step recorded (a licence number, a pledge version), when it was done. */
  value: string | null;
  /** Who did it: a staff member's name, the volunteer, or a staff account since removed. */
  doneBy: { type: "staff"; name: string } | { type: "volunteer" } | { type: "former_staff" } | null;
};

export type RecordSteps = Omit<Readiness, "steps"> & { steps: RecordStep[] };

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const key = (stepKey: string, instance: string) => `${stepKey}\u0000${instance}`;

/** Null for an unknown or anonymised signup (its steps' texts are blanked). */
export async function listRecordSteps(
  db: Db,
  staff: StaffContext,
  signupId: string,
  today: string,
): Promise<RecordSteps | null> {
  assertRole(staff, "reviewer");
  const [signup, rows] = await Promise.all([
    db.signup.findFirst({
      where: { id: signupId, anonymizedAt: null },
      select: { role: true, answers: true },
    }),
    db.onboardingStep.findMany({
      where: { signupId },
      select: {
        stepKey: true,
        instance: true,
        value: true,
        completedOn: true,
        expiresOn: true,
        completedBy: true,
        byVolunteer: true,
        completer: { select: { name: true, email: true } },
      },
    }),
  ]);
  if (!signup) return null;
  const completions = rows.map((row) => ({
    stepKey: row.stepKey,
    instance: row.instance,
    completedOn: day(row.completedOn)!,
    expiresOn: day(row.expiresOn),
  }));
  const byKey = new Map(rows.map((row) => [key(row.stepKey, row.instance), row]));
  const derived = readiness(
    signup.role as Role,
    signup.answers as Record<string, unknown>,
    completions,
    today,
  );
  return {
    ...derived,
    steps: derived.steps.map((required) => {
      const row = required.completion ? byKey.get(key(required.step.key, required.instance)) : undefined;
      const doneBy: RecordStep["doneBy"] = !row
        ? null
        : row.byVolunteer
          ? { type: "volunteer" }
          : row.completer
            ? { type: "staff", name: row.completer.name || row.completer.email }
            : { type: "former_staff" };
      return { ...required, value: row?.value ?? null, doneBy };
    }),
  };
}
