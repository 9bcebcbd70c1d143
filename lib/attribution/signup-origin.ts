import {
  campaignName,
  LINK_SOURCES,
  OTHER_SOURCE,
  publicPage,
  REFERRER_SOURCES,
  type VisitOrigin,
} from "./visit-origin";
import { ORIGIN_FIELDS } from "./origin-fields";

export { keptOriginFields, ORIGIN_FIELDS } from "./origin-fields";

// Where a signup came from travels in the form's own hidden fields (decision 036): the form
// page writes what its URL and Referer said, the server reads the fields back and keeps only
// what it would have written itself. They are not questions: not in the form's schema, never
// an error for the volunteer, and not part of a proposed update for a known address. Pure and
// browser-safe: the form component renders the fields by these names.

/** The signup's columns, as stored (NULL for each part that is unknown or was not valid). */
export type SignupOrigin = {
  came_from_page: string | null;
  came_from_source: string | null;
  came_from_campaign: string | null;
};

const SOURCES: readonly string[] = [...LINK_SOURCES, ...REFERRER_SOURCES, OTHER_SOURCE];

/**
 * The hidden fields for a form page whose visit came from `origin`. The form's own path is no
 * page that led to it (opened directly, or from a link straight to the form): none.
 */
export function originFields(origin: VisitOrigin, formPath: string): Record<string, string> {
  return {
    [ORIGIN_FIELDS.page]: origin.page && origin.page !== formPath ? origin.page : "",
    [ORIGIN_FIELDS.source]: origin.source,
    [ORIGIN_FIELDS.campaign]: origin.campaign ?? "",
  };
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.length <= 100 ? value : null;

/**
 * What a posted form says it came from, checked as strictly as the form page wrote it: a public
 * page without its language, one of the bounded channels, a campaign name. Anything else (a
 * made-up page, a long or odd value, a field sent twice) is dropped, silently.
 */
export function signupOrigin(values: Record<string, unknown>, locales: readonly string[]): SignupOrigin {
  const page = text(values[ORIGIN_FIELDS.page]);
  const source = text(values[ORIGIN_FIELDS.source]);
  const campaign = text(values[ORIGIN_FIELDS.campaign]);
  return {
    came_from_page: page && page.startsWith("/") && publicPage(page, locales) === page ? page : null,
    came_from_source: source && SOURCES.includes(source) ? source : null,
    came_from_campaign: campaign && campaignName(campaign) === campaign ? campaign : null,
  };
}
