"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { CampaignFormState } from "@/components/admin/campaign-form";
import { archiveCampaignLink, createCampaignLink } from "@/lib/attribution/campaign-links";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { staffAction } from "../../staff-access";

// Staff changes to campaign links; lib/attribution/campaign-links.ts checks the role again and audits.

const words = () => getStaffMessages().admin.campaigns;
const FIELDS = ["name", "code", "targetPath", "utmCampaign"] as const;

export async function createCampaignLinkAction(
  _: CampaignFormState,
  form: FormData,
): Promise<CampaignFormState> {
  const m = words();
  const values = Object.fromEntries(FIELDS.map((name) => [name, String(form.get(name) ?? "")]));
  let created = "";
  const result = await staffAction<{ status: "ok" } | { status: "invalid"; state: CampaignFormState }>(
    {},
    async (staff) => {
      const outcome = await createCampaignLink(getDb(), staff, values);
      if (outcome.kind === "created") {
        created = outcome.code;
        return { status: "ok" };
      }
      const fieldErrors = Object.fromEntries(
        Object.entries(outcome.fieldErrors).map(([field, code]) => [field, m.errors[code!]]),
      );
      return { status: "invalid", state: { message: m.errors.invalid, fieldErrors, values } };
    },
  );
  if (result.status === "invalid" && "state" in result) return result.state;
  if (result.status !== "ok")
    return { message: result.status === "signed_out" ? m.errors.signedOut : m.errors.forbidden, values };
  redirect(`/admin/campaigns?outcome=created&code=${encodeURIComponent(created)}`);
}

const IdSchema = z.object({ id: z.uuid() });

export async function archiveCampaignLinkAction(form: FormData): Promise<void> {
  const parsed = IdSchema.safeParse({ id: form.get("id") });
  let isArchived = false;
  await staffAction({}, async (staff) => {
    isArchived = parsed.success && (await archiveCampaignLink(getDb(), staff, parsed.data.id));
    return { status: isArchived ? "ok" : "invalid" };
  });
  redirect(`/admin/campaigns${isArchived ? "?outcome=archived" : ""}`);
}
