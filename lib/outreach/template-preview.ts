import "server-only";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import type { PlaceholderValues } from "./placeholders";
import { valuesFor, type ValuesEnv } from "./recipients";
import { TRANSLATED_LOCALES } from "./template-form";

// The template editor previews a text as a real volunteer would get it: the newest signup that
// still has its personal data, filled in with the same values a send uses.

export type PreviewRecord = {
  signupId: string;
  name: string;
  /** The language the volunteer signed up in. */
  locale: string;
  /** Per template language: the values its text is filled with (the role's name differs). */
  values: Record<string, PlaceholderValues>;
};

export async function previewRecord(
  db: Db,
  staff: StaffContext,
  env: ValuesEnv,
): Promise<PreviewRecord | null> {
  assertRole(staff, "admin");
  // The list's "newest" order, so "the newest signup" is the list's first row.
  const row = await db.signup.findFirst({
    where: { anonymizedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, firstName: true, lastName: true, role: true, email: true, locale: true },
  });
  if (!row) return null;
  const recipient = { ...row, doNotContact: false };
  const locales = ["en", ...TRANSLATED_LOCALES];
  return {
    signupId: row.id,
    name: `${row.firstName} ${row.lastName}`,
    locale: row.locale,
    values: Object.fromEntries(locales.map((locale) => [locale, valuesFor(recipient, staff, env, locale)])),
  };
}
