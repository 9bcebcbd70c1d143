import "server-only";
import { isDeepStrictEqual } from "node:util";
import { recordAudit, type AuditAction } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { Role } from "../signup/options";
import { readiness } from "./readiness";
import type { StepForm } from "./step-form";
import { findStep } from "./steps";
import { refreshReadiness } from "./summary";

// Staff mark a step done on a signup, change what it recorded, or clear it. Each change locks
// the signup, checks the step is one this volunteer needs now (their role, their answers, a
// language pair they still name), writes the row, a history event and an audit entry, and
// stores the signup's readiness again, in one transaction. The history and the audit log name
// the step, never its text (a licence or EOIR number is personal).

export type StepChangeKind = "step_completed" | "step_changed" | "step_cleared";

/**
 * saved / unchanged; not_found (no such signup, or anonymised); not_required (not a step this
 * volunteer needs now); volunteer_only (a step only the volunteer does, from their own page).
 */
export type StepChangeOutcome = "saved" | "unchanged" | "not_found" | "not_required" | "volunteer_only";

const AUDIT: Record<StepChangeKind, AuditAction> = {
  step_completed: "signup_step_completed",
  step_changed: "signup_step_changed",
  step_cleared: "signup_step_cleared",
};

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** `today` is the organization's day (YYYY-MM-DD): readiness is stored as of it. */
export async function changeStep(
  db: Db,
  staff: StaffContext,
  form: StepForm,
  today: string,
): Promise<StepChangeOutcome> {
  assertRole(staff, "reviewer");
  const { signupId, step: stepKey, instance } = form;
  const step = findStep(stepKey);
  if (!step) return "not_required";
  return db.$transaction(async (tx) => {
    const [signup] = await tx.$queryRaw<{ role: Role; answers: Record<string, unknown> }[]>`
      SELECT role::text AS role, answers FROM signups
       WHERE id = ${signupId}::uuid AND anonymized_at IS NULL FOR UPDATE`;
    if (!signup) return "not_found";
    const needed = readiness(signup.role, signup.answers, [], today).steps;
    if (!needed.some((s) => s.step.key === stepKey && s.instance === instance)) return "not_required";
    const where = { signupId_stepKey_instance: { signupId, stepKey, instance } };
    const row = await tx.onboardingStep.findUnique({
      where,
      select: { completedOn: true, expiresOn: true, value: true },
    });
    let kind: StepChangeKind;
    if (form.intent === "clear") {
      if (!row) return "unchanged";
      await tx.onboardingStep.delete({ where });
      kind = "step_cleared";
    } else {
      if (step.doneBy === "volunteer") return "volunteer_only";
      const wanted = { completedOn: form.completedOn, expiresOn: form.expiresOn, value: form.value };
      const stored = row && {
        completedOn: day(row.completedOn),
        expiresOn: day(row.expiresOn),
        value: row.value,
      };
      if (isDeepStrictEqual(stored, wanted)) return "unchanged";
      const data = {
        completedOn: new Date(`${form.completedOn}T00:00:00.000Z`),
        expiresOn: form.expiresOn ? new Date(`${form.expiresOn}T00:00:00.000Z`) : null,
        value: form.value,
        completedBy: staff.userId,
        byVolunteer: false,
      };
      await tx.onboardingStep.upsert({
        where,
        create: { signupId, stepKey, instance, ...data },
        update: data,
      });
      await tx.$executeRaw`UPDATE signups SET last_step_at = now() WHERE id = ${signupId}::uuid`;
      kind = row ? "step_changed" : "step_completed";
    }
    await tx.signupEvent.create({
      data: { signupId, kind, actorId: staff.userId, detail: { step: stepKey, instance } },
    });
    await recordAudit(tx, {
      actorId: staff.userId,
      action: AUDIT[kind],
      subject: signupId,
      detail: { step: stepKey },
    });
    await refreshReadiness(tx, [signupId], today);
    return "saved";
  });
}
