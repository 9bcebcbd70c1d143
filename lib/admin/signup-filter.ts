import "server-only";
import { getEnv } from "../config/env";
import { Prisma } from "../generated/prisma/client";
import { expiringSql, notReadySql, stalledBefore, stalledSql } from "../onboarding/pipeline-sql";
import { readySql } from "../onboarding/summary";
import { endOfLocalDay, localDay, startOfLocalDay } from "../time/zoned";
import type { StaffContext } from "../auth/staff-session";
import { searchWords, typeFilter, type Cursor, type Sort, type SignupView } from "./signup-view";

// A list view as SQL over `signups s`, shared by the list, its counts and the export. Every
// value is a bound parameter. Each condition is written so an index can serve it: arrays and
// answers by containment (GIN), search by ILIKE over one expression (a trigram GIN index on
// SEARCH_TEXT), the page by a row comparison on (created_at, id).

/** Name, email, organization and the phone's digits, as one text: one index serves every word. */
export const SEARCH_TEXT = Prisma.sql`(s.first_name || ' ' || s.last_name || ' ' || s.email || ' ' || coalesce(s.organization, '') || ' ' || regexp_replace(coalesce(s.phone, ''), '[^0-9]', '', 'g'))`;

/** An email of this delivery row `d` that failed and was not sent since by a resend. */
export const UNRESOLVED_FAILURE = Prisma.sql`d.status = 'failed' AND NOT EXISTS (
  SELECT 1 FROM email_deliveries r
   WHERE r.signup_id = d.signup_id AND r.kind = d.kind AND r.status = 'sent' AND r.created_at > d.created_at)`;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, "\\$&");
const contains = (text: string) => `%${likeEscape(text)}%`;

/** One search word: anywhere in the text, or as digits in the phone ("505-555" finds 505555…). */
function wordCondition(word: string): Prisma.Sql {
  const digits = word.replace(/\D/g, "");
  const isPhoneLike = /^[\d\s().+-]+$/.test(word) && digits.length >= 3 && digits !== word;
  return isPhoneLike
    ? Prisma.sql`(${SEARCH_TEXT} ILIKE ${contains(word)} OR ${SEARCH_TEXT} ILIKE ${contains(digits)})`
    : Prisma.sql`${SEARCH_TEXT} ILIKE ${contains(word)}`;
}

/**
 * A language key at the start of a word of any of the signup's language keys: "span" finds
 * Spanish, "todos" finds "Mam (Todos Santos)". language_text, which PostgreSQL keeps from the
 * keys (language_keys_text(): a space before each key and " / " between them), has a trigram
 * index (migrations *_list_finding, *_language_text).
 */
function languageCondition(key: string): Prisma.Sql {
  return Prisma.sql`s.language_text LIKE ${`% ${likeEscape(key)}%`}`;
}

/** Readiness over what the signup stores, by the pipeline's own rules (lib/onboarding/pipeline-sql.ts). */
function readinessCondition(view: SignupView, now: Date, today: string, stalledDays: number): Prisma.Sql {
  switch (view.readiness) {
    case "ready":
      return readySql(today);
    case "notReady":
      return notReadySql(today);
    case "stalled":
      return stalledSql(today, stalledBefore(now, stalledDays));
    default:
      return expiringSql(today);
  }
}

/**
 * A step this signup still needs: stored as missing, or done with an expiry that passed since
 * it was stored (the daily job stores readiness again). Such a step's expiry is at or after the
 * stored first expiry, so only signups whose first expiry has passed are looked at for it; each
 * side has an index (GIN on steps_missing, first_expiry), so PostgreSQL can OR their bitmaps.
 */
function missingStepCondition(key: string, today: string): Prisma.Sql {
  return Prisma.sql`(s.steps_missing @> ARRAY[${key}]::text[] OR (s.first_expiry < ${today}::date AND EXISTS (
    SELECT 1 FROM onboarding_steps o
     WHERE o.signup_id = s.id AND o.step_key = ${key} AND o.expires_on < ${today}::date)))`;
}

/** The view's filters; the status alone can be left out (the counts per status ignore it). */
export function signupConditions(
  view: SignupView,
  staff: StaffContext,
  {
    withStatus = true,
    timeZone = getEnv().ORG_TIME_ZONE,
    now = new Date(),
    stalledDays = getEnv().STALLED_DAYS,
  }: { withStatus?: boolean; timeZone?: string; now?: Date; stalledDays?: number } = {},
): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  const today = localDay(now, timeZone);
  if (view.role) where.push(Prisma.sql`s.role = ${view.role}::"VolunteerRole"`);
  if (view.status && withStatus) where.push(Prisma.sql`s.status = ${view.status}::"SignupStatus"`);
  if (view.language) where.push(languageCondition(view.language));
  if (view.setting) where.push(Prisma.sql`s.availability @> ARRAY[${view.setting}]::text[]`);
  const type = view.type ? typeFilter(view.type) : undefined;
  if (type) {
    const answer = JSON.stringify({ [type.question]: [view.type] });
    where.push(Prisma.sql`s.role = ${type.role}::"VolunteerRole" AND s.answers @> ${answer}::jsonb`);
  }
  if (view.supervision) where.push(Prisma.sql`s.needs_supervision = ${view.supervision === "yes"}`);
  // The view's days are the organization's (ORG_TIME_ZONE), as staff read every time.
  if (view.from) where.push(Prisma.sql`s.created_at >= ${startOfLocalDay(view.from, timeZone)}::timestamptz`);
  if (view.to) where.push(Prisma.sql`s.created_at < ${endOfLocalDay(view.to, timeZone)}::timestamptz`);
  if (view.assignee === "none") where.push(Prisma.sql`s.assignee_id IS NULL`);
  else if (view.assignee) {
    where.push(Prisma.sql`s.assignee_id = ${view.assignee === "me" ? staff.userId : view.assignee}`);
  }
  if (view.followUp === "due") {
    where.push(Prisma.sql`s.follow_up_on <= ${today}::date`);
  }
  if (view.readiness) where.push(readinessCondition(view, now, today, stalledDays));
  // A step is one role's (steps.ts): only that role's signups store it as missing or done.
  if (view.missingStep) where.push(missingStepCondition(view.missingStep, today));
  if (view.email === "failed") {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM email_deliveries d WHERE d.signup_id = s.id AND ${UNRESOLVED_FAILURE})`,
    );
  }
  for (const word of searchWords(view.q)) where.push(wordCondition(word));
  return where.length ? Prisma.join(where, " AND ") : Prisma.sql`TRUE`;
}

/**
 * Each order's key, with the id after it so every row has one place. "waiting" is the time a
 * signup has waited for its next step: since its last status change (status_changed_at, which
 * every status change sets), else since it signed up; longest first. Each key has an index
 * (the migrations *_admin_indexes and *_list_finding).
 */
export const SORT_KEYS = {
  newest: { key: Prisma.sql`s.created_at`, isDescending: true, type: Prisma.sql`timestamptz` },
  oldest: { key: Prisma.sql`s.created_at`, isDescending: false, type: Prisma.sql`timestamptz` },
  waiting: {
    key: Prisma.sql`coalesce(s.status_changed_at, s.created_at)`,
    isDescending: false,
    type: Prisma.sql`timestamptz`,
  },
  name: {
    key: Prisma.sql`lower(s.first_name || ' ' || s.last_name)`,
    isDescending: false,
    type: Prisma.sql`text`,
  },
} as const satisfies Record<Sort, { key: Prisma.Sql; isDescending: boolean; type: Prisma.Sql }>;

/**
 * Keyset paging over (the order's key, id). A "before" cursor reads backwards from it (the
 * previous page), so its rows come reversed and are turned round by the caller.
 */
export function keyset(sort: Sort, cursor: Cursor | undefined) {
  const { key, type } = SORT_KEYS[sort];
  const isDescending = SORT_KEYS[sort].isDescending !== (cursor?.direction === "before");
  const order = isDescending
    ? Prisma.sql`ORDER BY ${key} DESC, s.id DESC`
    : Prisma.sql`ORDER BY ${key} ASC, s.id ASC`;
  const edge = cursor ? Prisma.sql`(${cursor.key}::${type}, ${cursor.id}::uuid)` : undefined;
  const after = !edge
    ? Prisma.sql`TRUE`
    : isDescending
      ? Prisma.sql`(${key}, s.id) < ${edge}`
      : Prisma.sql`(${key}, s.id) > ${edge}`;
  return { key, after, order, isReversed: cursor?.direction === "before" };
}
