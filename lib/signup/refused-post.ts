import "server-only";
import { verifyFormToken } from "../security/form-token";
import { openSealedValues, sealValues } from "../security/sealed-values";
import { formDataToValues, type FormValues } from "./form-data";
import { valuesToKeep } from "./form-state";
import { isRole } from "./options";

// A form post whose Origin is not SITE_URL's never reaches the signup action (the launcher's
// front door, lib/server/front-door.ts, sends it here). When it came from a page of this very
// server reached under another name (the Origin's host is SITE_URL's with or without `www.`,
// or a loopback address), the person is sent to the same form at SITE_URL with every answer
// kept, sealed in the URL; a post from anywhere else is refused and nothing is kept. The
// request's Host header plays no part: whoever posts writes it, so an attacker's page could
// name itself there and get a link to our form pre-filled with its text (issue 18).

export type RefusedPost = {
  origin: string | null;
  /** The path the form was posted to, `/volunteer/attorney`. */
  path: string;
  entries: Iterable<[string, FormDataEntryValue]>;
};

export type RefusedPostAnswer = { kind: "refused" } | { kind: "back_to_form"; location: string };

export const RESTORE_PARAM = "kept";

const withoutWww = (name: string) => name.replace(/^www\./, "");

/** `localhost`, 127.0.0.0/8 or ::1: a page there is served by this machine, not by another site. */
function isLoopback(name: string): boolean {
  return name === "localhost" || name === "[::1]" || /^127(\.\d{1,3}){3}$/.test(name);
}

/** Whether a page at `origin` was served by this site under another name than SITE_URL's. */
export function isOurOtherName(origin: string | null, siteUrl: string): boolean {
  if (!origin || origin === "null") return false;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return false;
  }
  if (from.protocol !== "http:" && from.protocol !== "https:") return false;
  const name = from.hostname.toLowerCase();
  return isLoopback(name) || withoutWww(name) === withoutWww(new URL(siteUrl).hostname.toLowerCase());
}

/**
 * React's fetch-action body names a FormData's fields `_1_firstName` (its reference number,
 * then the name) beside the action's own parts (`0`, `$ACTION…`); a post without JavaScript
 * sends the fields plain. Either way, the answers.
 */
function fieldsIn(entries: Iterable<[string, FormDataEntryValue]>): FormValues {
  const list = [...entries];
  const isFetchAction = list.some(([key]) => /^_\d+_/.test(key));
  const fields = list
    .filter(([key]) => !isFetchAction || /^_\d+_/.test(key))
    .map(([key, value]) => [key.replace(/^_\d+_/, ""), value] as [string, FormDataEntryValue])
    .filter(([key]) => !key.startsWith("$ACTION"));
  return formDataToValues(fields);
}

export function answerRefusedPost(
  post: RefusedPost,
  site: { url: string; secret: string },
): RefusedPostAnswer {
  // The form's path in any language: `/volunteer/attorney`, `/es/volunteer/attorney`.
  const [, language, role] = /^(\/[a-z]{2})?\/volunteer\/([a-z]+)\/?$/.exec(post.path) ?? [];
  if (!isOurOtherName(post.origin, site.url) || !role || !isRole(role)) return { kind: "refused" };
  const fields = fieldsIn(post.entries);
  // When the person was first served the form travels too: back at SITE_URL their form keeps
  // that time, so checking the two consents again is not taken for a bot's instant answer.
  const token = verifyFormToken(
    typeof fields.formToken === "string" ? fields.formToken : undefined,
    site.secret,
  );
  const kept: KeptForm = { values: valuesToKeep(fields), servedAt: token?.issuedAt ?? null };
  const sealed = sealValues(kept, site.secret);
  const location = new URL(`${language ?? ""}/volunteer/${role}`, site.url);
  if (sealed) location.searchParams.set(RESTORE_PARAM, sealed);
  return { kind: "back_to_form", location: location.toString() };
}

/** A refused post's answers, and when its form was served (null when its token did not verify). */
export type KeptForm = { values: FormValues; servedAt: number | null };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** What a refused post carried back to the form, or null. */
export function keptForm(sealed: string | string[] | undefined, secret: string): KeptForm | null {
  if (typeof sealed !== "string") return null;
  const kept = openSealedValues(sealed, secret);
  if (!isRecord(kept) || !isRecord(kept.values)) return null;
  return {
    values: kept.values as FormValues,
    servedAt: typeof kept.servedAt === "number" ? kept.servedAt : null,
  };
}
