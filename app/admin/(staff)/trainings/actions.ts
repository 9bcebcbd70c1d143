"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { TrainingFormState } from "@/components/admin/training-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format } from "@/lib/messages/format";
import { getStaffMessages } from "@/lib/messages";
import { saveAttendance } from "@/lib/trainings/attendance";
import { trainingFormInput } from "@/lib/trainings/session-form";
import { cancelTrainingSession, saveTrainingSession } from "@/lib/trainings/sessions";
import { staffAction } from "../../staff-access";

// Staff changes to training sessions; lib/trainings checks the role again and audits.

const words = () => getStaffMessages().admin.trainings;

function refusal(status: string): TrainingFormState {
  const m = words().errors;
  return { message: status === "signed_out" ? m.signedOut : m.forbidden };
}

export async function saveTrainingAction(_: TrainingFormState, form: FormData): Promise<TrainingFormState> {
  const m = words();
  const input = trainingFormInput(form);
  const values = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v ?? "")]),
  );
  let savedId = "";
  let isNew = false;
  const result = await staffAction<{ status: "ok" } | { status: "invalid"; state: TrainingFormState }>(
    {},
    async (staff) => {
      const outcome = await saveTrainingSession(getDb(), staff, input, getEnv());
      switch (outcome.kind) {
        case "saved":
          savedId = outcome.id;
          isNew = !values.id;
          return { status: "ok" };
        case "invalid": {
          const fieldErrors = Object.fromEntries(
            Object.entries(outcome.fieldErrors).map(([field, code]) => [field, m.errors[code!]]),
          );
          return { status: "invalid", state: { message: m.errors.invalid, fieldErrors, values } };
        }
        case "below_taken":
          return {
            status: "invalid",
            state: {
              fieldErrors: { capacity: format(m.errors.belowTaken, { taken: outcome.taken }) },
              values,
            },
          };
        case "stale":
          return { status: "invalid", state: { message: m.errors.stale, values } };
        case "not_found":
          return { status: "invalid", state: { message: m.errors.notFound, values } };
      }
    },
  );
  if (result.status === "invalid" && "state" in result) return result.state;
  if (result.status !== "ok") return { ...refusal(result.status), values };
  redirect(`/admin/trainings/${savedId}?outcome=${isNew ? "created" : "saved"}`);
}

const IdSchema = z.object({ id: z.uuid() });

export async function cancelTrainingAction(form: FormData): Promise<void> {
  const parsed = IdSchema.safeParse({ id: form.get("id") });
  const result = await staffAction({}, async (staff) => {
    const isCancelled =
      parsed.success && (await cancelTrainingSession(getDb(), staff, parsed.data.id, getEnv()));
    return { status: isCancelled ? "ok" : "invalid" };
  });
  if (!parsed.success) redirect("/admin/trainings");
  redirect(`/admin/trainings/${parsed.data.id}${result.status === "ok" ? "?outcome=cancelled" : ""}`);
}

export async function attendanceAction(form: FormData): Promise<void> {
  const parsed = IdSchema.safeParse({ id: form.get("id") });
  if (!parsed.success) redirect("/admin/trainings");
  const present = form.getAll("present").map(String);
  let query = "";
  await staffAction({}, async (staff) => {
    const outcome = await saveAttendance(getDb(), staff, parsed.data.id, present, getEnv().ORG_TIME_ZONE);
    if (outcome.kind === "saved")
      query = `?outcome=attendance&marked=${outcome.marked}&unmarked=${outcome.unmarked}`;
    return { status: "ok" };
  });
  redirect(`/admin/trainings/${parsed.data.id}${query}`);
}
