import "server-only";
import { openSealedValues, sealValues } from "../security/sealed-values";
import { formDataToValues, type FormValues } from "./form-data";
import { valuesToKeep } from "./form-state";
import { isRole } from "./options";

// A form post whose Origin is not SITE_URL's never reaches the signup action (the launcher's
// front door, lib/server/front-door.ts, sends it here). When it came from a page of this very
// server reached under another host name (Origin's host is the request's Host: `www.` or
// not, an IP address), the person is sent to the same form at SITE_URL with every answer
// kept, sealed in the URL; a post from another site is refused and nothing is kept.

export type RefusedPost = {
  origin: string | null;
  host: string | null;
  /** The path the form was posted to, `/volunteer/attorney`. */
  path: string;
  entries: Iterable<[string, FormDataEntryValue]>;
};

export type RefusedPostAnswer = { kind: "refused" } | { kind: "back_to_form"; location: string };

export const RESTORE_PARAM = "kept";

function originHost(origin: string | null): string | null {
  try {
    return origin && origin !== "null" ? new URL(origin).host : null;
  } catch {
    return null;
  }
}

/**
 * React's fetch-action body names a FormData's fields `_1_firstName` (its reference number,
 * then the name) beside the action's own parts (`0`, `$ACTION…`); a post without JavaScript
 * sends the fields plain. Either way, the answers.
 */
function answersIn(entries: Iterable<[string, FormDataEntryValue]>): FormValues {
  const list = [...entries];
  const isFetchAction = list.some(([key]) => /^_\d+_/.test(key));
  const fields = list
    .filter(([key]) => !isFetchAction || /^_\d+_/.test(key))
    .map(([key, value]) => [key.replace(/^_\d+_/, ""), value] as [string, FormDataEntryValue])
    .filter(([key]) => !key.startsWith("$ACTION"));
  return valuesToKeep(formDataToValues(fields));
}

export function answerRefusedPost(
  post: RefusedPost,
  site: { url: string; secret: string },
): RefusedPostAnswer {
  // The form's path in any language: `/volunteer/attorney`, `/es/volunteer/attorney`.
  const [, language, role] = /^(\/[a-z]{2})?\/volunteer\/([a-z]+)\/?$/.exec(post.path) ?? [];
  const fromOurServer = post.host !== null && originHost(post.origin) === post.host;
  if (!fromOurServer || !role || !isRole(role)) return { kind: "refused" };
  const sealed = sealValues(answersIn(post.entries), site.secret);
  const location = new URL(`${language ?? ""}/volunteer/${role}`, site.url);
  if (sealed) location.searchParams.set(RESTORE_PARAM, sealed);
  return { kind: "back_to_form", location: location.toString() };
}

/** The answers a refused post carried back to the form, or null. */
export function keptAnswers(sealed: string | string[] | undefined, secret: string): FormValues | null {
  if (typeof sealed !== "string") return null;
  const values = openSealedValues(sealed, secret);
  return values && typeof values === "object" && !Array.isArray(values) ? (values as FormValues) : null;
}
