"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ProBonoWeekFormState } from "@/components/admin/pro-bono-week-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { plural } from "@/lib/messages/plural";
import { PRO_BONO_WEEK_LIMITS } from "@/lib/site/pro-bono-week-form";
import { resetProBonoWeek, saveProBonoWeek } from "@/lib/site/pro-bono-week-setting";
import { staffAction } from "../../../staff-access";

// An admin's change to National Pro Bono Week; lib/site checks the role again and audits.
// The home page is prerendered: revalidating it here makes its next request render the new
// week, and the front door's page cache lets go of the old one within PAGE_CACHE_SECONDS.
// Only this instance's copy is revalidated: with several instances another one's copy is
// regenerated within the page's `revalidate` (an hour), as for every staff change (decision 022).

const PAGE = "/admin/settings/pro-bono-week";
const words = () => getStaffMessages().admin.proBonoWeek;

function refreshPublicPages() {
  revalidatePath("/[lang]", "page");
}

export async function saveProBonoWeekAction(
  _: ProBonoWeekFormState,
  form: FormData,
): Promise<ProBonoWeekFormState> {
  const m = words();
  const values = {
    start: String(form.get("start") ?? ""),
    end: String(form.get("end") ?? ""),
    calloutEn: String(form.get("calloutEn") ?? ""),
    calloutEs: String(form.get("calloutEs") ?? ""),
  };
  const result = await staffAction<{ status: "ok" } | { status: "invalid"; state: ProBonoWeekFormState }>(
    { role: "admin" },
    async (staff) => {
      const outcome = await saveProBonoWeek(getDb(), staff, values, getEnv());
      if (outcome.kind === "saved") return { status: "ok" };
      const fieldErrors = Object.fromEntries(
        Object.entries(outcome.fieldErrors).map(([field, code]) => [
          field,
          code === "tooLong" ? plural("en", m.errors.tooLong, PRO_BONO_WEEK_LIMITS.callout) : m.errors[code!],
        ]),
      );
      return { status: "invalid", state: { message: m.errors.invalid, fieldErrors, values } };
    },
  );
  if (result.status === "invalid" && "state" in result) return result.state;
  if (result.status !== "ok") {
    return { message: result.status === "signed_out" ? m.errors.signedOut : m.errors.forbidden, values };
  }
  refreshPublicPages();
  redirect(`${PAGE}?outcome=saved`);
}

export async function resetProBonoWeekAction(): Promise<void> {
  const result = await staffAction({ role: "admin" }, async (staff) => {
    await resetProBonoWeek(getDb(), staff, getEnv());
    return { status: "ok" };
  });
  if (result.status === "signed_out") redirect(`/admin/login?next=${encodeURIComponent(PAGE)}`);
  if (result.status !== "ok") redirect(`${PAGE}?outcome=forbidden`);
  refreshPublicPages();
  redirect(`${PAGE}?outcome=reset`);
}
