"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/admin/action-result";
import { anonymiseSignup, deleteSignup, type PrivacyOutcome } from "@/lib/admin/signup-privacy";
import { getDb } from "@/lib/db/client";
import { staffAction } from "../../../../staff-access";

// A volunteer's privacy request, admins only (lib/admin/signup-privacy.ts checks again). Each
// answers by coming back to the confirmation page with an outcome, so a double click or a
// reload after the request finds "already" rather than an error.

const RequestSchema = z.object({ signupId: z.uuid(), confirm: z.literal("on") });

const OUTCOMES: Record<"anonymise" | "delete", Record<PrivacyOutcome, string>> = {
  anonymise: { done: "anonymised", already: "already-anonymised", not_found: "not-found" },
  delete: { done: "deleted", already: "already-deleted", not_found: "not-found" },
};
const REFUSALS: Partial<Record<ActionResult["status"], string>> = {
  invalid: "confirm",
  forbidden: "forbidden",
  signed_out: "signed-out",
};

async function request(kind: "anonymise" | "delete", form: FormData): Promise<never> {
  const signupId = String(form.get("signupId") ?? "");
  const result = await staffAction({ role: "admin" }, async (staff) => {
    const input = RequestSchema.safeParse(Object.fromEntries(form));
    if (!input.success) return { status: "invalid" };
    const perform = kind === "anonymise" ? anonymiseSignup : deleteSignup;
    return { status: "ok", message: OUTCOMES[kind][await perform(getDb(), staff, input.data.signupId)] };
  });
  const outcome = result.status === "ok" ? result.message! : (REFUSALS[result.status] ?? "not-found");
  if (!z.uuid().safeParse(signupId).success) redirect("/admin/signups");
  redirect(`/admin/signups/${signupId}/privacy?outcome=${outcome}`);
}

export async function anonymiseSignupAction(form: FormData): Promise<void> {
  await request("anonymise", form);
}

export async function deleteSignupAction(form: FormData): Promise<void> {
  await request("delete", form);
}
