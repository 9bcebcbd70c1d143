import * as z from "zod/mini";
import { SignupStatus } from "../generated/prisma/enums";
import { signupForm } from "../signup/forms";
import { findStep } from "../onboarding/steps";
import { languageKey } from "../signup/language-key";
import { OPTION_SETS, ROLES, type OptionSet, type Role } from "../signup/options";

// The signups list's whole view (filters, search, order, page) lives in the URL, so a view
// can be bookmarked and shared. Parsing never fails: a value that is not valid is dropped.

export const SIGNUP_STATUSES = Object.values(SignupStatus);
export type { SignupStatus };
export const SORTS = ["newest", "oldest", "waiting", "name"] as const;
/** Where a volunteer stands on onboarding (the dashboard's pipeline links to each). */
export const READINESS = ["ready", "notReady", "stalled", "expiring"] as const;
export type ReadinessFilter = (typeof READINESS)[number];
export type Sort = (typeof SORTS)[number];
/** The orders by a time (a cursor's key is a time); "name" orders by text. */
const isTimeSort = (sort: Sort) => sort !== "name";

/** Per role, the question whose options are its "case type or service" (stored in answers). */
export const TYPE_QUESTIONS = {
  attorney: "caseTypes",
  medical: "evaluationTypes",
  interpreter: "services",
} as const satisfies Record<Role, string>;

/** The option set of a role's case type or service question, from its form definition. */
export function typeOptionSet(role: Role): OptionSet | undefined {
  const question = signupForm(role).questions[TYPE_QUESTIONS[role]];
  return question && "options" in question ? question.options : undefined;
}

/** The option values of a role's case type or service question. */
export function typeOptions(role: Role): readonly string[] {
  const set = typeOptionSet(role);
  return set ? OPTION_SETS[set] : [];
}

/** Which role and answer a case type or service value belongs to (the sets are disjoint). */
export function typeFilter(value: string): { role: Role; question: string } | undefined {
  const role = ROLES.find((r) => typeOptions(r).includes(value));
  return role ? { role, question: TYPE_QUESTIONS[role] } : undefined;
}

/** The settings a volunteer can work in: the forms' availability choices (a column). */
export const SETTINGS = OPTION_SETS.availability;

/**
 * A page's edge: the row's key in the view's order (a time, or the lower-cased name) and id,
 * and its position in the view (0 for the first row), so the page can say "51–100 of 1,234"
 * without counting the rows before it.
 */
export type Cursor = { direction: "after" | "before"; key: Date | string; id: string; index: number };

export type SignupView = {
  role?: Role;
  status?: SignupStatus;
  /** A language key (languageKey), matched at the start of a word of the signup's keys. */
  language?: string;
  /** A case type (attorneys), an evaluation (medical) or a service (interpreters). */
  type?: string;
  setting?: (typeof SETTINGS)[number];
  supervision?: "yes" | "no";
  /** Inclusive days, YYYY-MM-DD, the organization's (ORG_TIME_ZONE), from 0001-01-01 to 9999-12-30. */
  from?: string;
  to?: string;
  /** "me", "none" or a staff member's id. */
  assignee?: string;
  /** Signups with an email that failed and was not since sent. */
  email?: "failed";
  /** Signups whose follow-up day is today or past (the organization's today). */
  followUp?: "due";
  /** Ready for a first case, not (yet), stalled (STALLED_DAYS), or a step expiring within 30 days. */
  readiness?: ReadinessFilter;
  /** A step's key (lib/onboarding/steps.ts): signups that still need it. */
  missingStep?: string;
  q?: string;
  sort: Sort;
  cursor?: Cursor;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SEARCH_MAX = 200;
const LANGUAGE_MAX = 60;

// The days a filter may name: PostgreSQL has no year 0, and the `to` filter reads up to the
// next day's start, which must still have a four-digit year.
const FIRST_DAY = "0001-01-01";
const LAST_DAY = "9999-12-30";
/** A cursor's time, at most the end of year 9999 (a later one PostgreSQL cannot read from JavaScript's form). */
const LAST_CURSOR_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const isDay = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < FIRST_DAY || value > LAST_DAY) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/**
 * A value as staff could have typed it: whitespace as spaces, and no control characters (NUL,
 * which PostgreSQL refuses in text, and the rest). URLSearchParams has already made any
 * invalid UTF-8 or lone surrogate a U+FFFD.
 */
export function cleanText(value: string): string {
  return value.replace(/\s/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}

const dropInvalid = <T>(schema: z.ZodMiniType<T>) => z.catch(z.optional(schema), undefined);
const text = (max: number, normalise: (value: string) => string) =>
  z.pipe(
    z.string(),
    z.transform((value: string) => {
      const normalised = normalise(value);
      return normalised && normalised.length <= max ? normalised : undefined;
    }),
  );

const ViewSchema = z.object({
  role: dropInvalid(z.enum(ROLES)),
  status: dropInvalid(z.enum(SIGNUP_STATUSES)),
  language: dropInvalid(text(LANGUAGE_MAX, languageKey)),
  type: dropInvalid(z.string().check(z.refine((v) => typeFilter(v) !== undefined))),
  setting: dropInvalid(z.enum(SETTINGS)),
  supervision: dropInvalid(z.enum(["yes", "no"])),
  from: dropInvalid(z.string().check(z.refine(isDay))),
  to: dropInvalid(z.string().check(z.refine(isDay))),
  assignee: dropInvalid(z.string().check(z.regex(/^(me|none|[A-Za-z0-9_-]{1,64})$/))),
  email: dropInvalid(z.literal("failed")),
  followUp: dropInvalid(z.literal("due")),
  readiness: dropInvalid(z.enum(READINESS)),
  missingStep: dropInvalid(z.string().check(z.refine((key) => findStep(key) !== undefined))),
  q: dropInvalid(text(SEARCH_MAX, (v) => v.trim().replace(/\s+/g, " "))),
  sort: z.catch(z._default(z.enum(SORTS), "newest"), "newest"),
  cursor: dropInvalid(z.string()),
});

const KEYS = Object.keys(ViewSchema.shape) as (keyof z.infer<typeof ViewSchema>)[];

/** The view a query string describes; anything invalid is left out, never an error. */
export function parseSignupView(params: URLSearchParams): SignupView {
  const raw = Object.fromEntries(
    KEYS.flatMap((key) => (params.has(key) ? [[key, cleanText(params.get(key)!)]] : [])),
  );
  const { cursor, ...parsed } = ViewSchema.parse(raw);
  const view: SignupView = { ...parsed };
  for (const key of KEYS) if (view[key] === undefined) delete view[key];
  // A case type of another role than the one chosen cannot match: drop it, as invalid.
  if (view.type && view.role && typeFilter(view.type)?.role !== view.role) delete view.type;
  // So is a step of another role.
  if (view.missingStep && view.role && findStep(view.missingStep)?.role !== view.role)
    delete view.missingStep;
  const decoded = cursor ? decodeCursor(cursor, view.sort) : undefined;
  if (decoded) view.cursor = decoded;
  return view;
}

/** A page's `searchParams` as URLSearchParams (the first value of a repeated key). */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}

/** The query string of a view ("" for the default view), in a stable order. */
export function signupViewQuery(view: SignupView): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = view[key];
    if (value === undefined || (key === "sort" && value === "newest")) continue;
    params.set(key, key === "cursor" ? encodeCursor(value as Cursor) : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * A record's address opened from a list view: the view's query string (without "?") rides
 * along as `from`, so the record's Previous and Next walk that view and lead back to it.
 */
export function recordHref(id: string, fromQuery: string): string {
  return `/admin/signups/${id}?from=${encodeURIComponent(fromQuery)}`;
}

/** A view's filters alone: the same rows from the first page, in the same order. */
export function withoutCursor({ cursor: _cursor, ...view }: SignupView): SignupView {
  return view;
}

/** Whether any filter or search narrows the list (the order and the page do not). */
export function isFiltered(view: SignupView): boolean {
  return KEYS.some((key) => key !== "sort" && key !== "cursor" && view[key] !== undefined);
}

/** The search's words, each of which must match. */
export function searchWords(q: string | undefined): string[] {
  return q ? q.split(" ").filter(Boolean).slice(0, 10) : [];
}

// Opaque to people, plain to us: base64url of the UTF-8 of "a|<index>|<key>|<id>", the key
// a time's epoch ms or a name.
export function encodeCursor({ direction, key, id, index }: Cursor): string {
  const plain = `${direction === "after" ? "a" : "b"}|${index}|${key instanceof Date ? key.getTime() : key}|${id}`;
  const bytes = new TextEncoder().encode(plain);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** A cursor of the view's order; one of another order (a time where a name is due) is none. */
export function decodeCursor(value: string, sort: Sort): Cursor | undefined {
  let plain: string;
  try {
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    plain = new TextDecoder("utf-8", { fatal: true }).decode(
      Uint8Array.from(binary, (char) => char.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
  const match = /^([ab])\|(\d{1,9})\|(.*)\|([^|]+)$/s.exec(plain);
  if (!match || !UUID.test(match[4]!)) return undefined;
  const [, direction, index, rawKey, id] = match as unknown as [string, string, string, string, string];
  let key: Date | string = cleanText(rawKey).slice(0, 2 * SEARCH_MAX);
  if (isTimeSort(sort)) {
    if (!/^\d{1,15}$/.test(rawKey)) return undefined;
    key = new Date(Number(rawKey));
    if (key.getTime() > LAST_CURSOR_MS) return undefined;
  } else if (key !== rawKey) return undefined;
  return {
    direction: direction === "a" ? "after" : "before",
    key,
    id: id.toLowerCase(),
    index: Number(index),
  };
}
