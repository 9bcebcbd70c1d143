// The names of the hidden fields that carry where a signup's visit came from (decision 036), and
// how a kept form's values hold them. Apart from signup-origin.ts, which checks them on the
// server, so the signup form (a client component) ships these few lines and not the checks.

/** The hidden fields' names. */
export const ORIGIN_FIELDS = {
  page: "cameFromPage",
  source: "cameFromSource",
  campaign: "cameFromCampaign",
} as const;

/** The hidden fields as a kept form's values carried them (a refused post, a re-shown form). */
export function keptOriginFields(values: Record<string, unknown>): Record<string, string> | null {
  const names = Object.values(ORIGIN_FIELDS);
  if (!names.some((name) => name in values)) return null;
  return Object.fromEntries(
    names.map((name) => [name, typeof values[name] === "string" ? values[name] : ""]),
  );
}
