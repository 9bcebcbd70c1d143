// Which public addresses name a page that does not exist: a testimonial's slug that was never
// published, a form's role that is not one. The front door (lib/server/front-door.ts) answers
// them with the not-found page in the link's language, rendered on the server, status 404.
// Next.js cannot do this itself: notFound() thrown by a page is answered with an empty
// `__next_error__` document that only the browser's JavaScript fills in (vercel/next.js#62228,
// decision 037). Pure: the slugs are handed in.

/** The page that says a link missed, in each language (app/[lang]/page-not-found). */
export const NOT_FOUND_PAGE_PATH = "/page-not-found";

export type MissedLinkRules = {
  /** Published testimonials' slugs (lower case); undefined while unknown: every slug then goes to Next.js. */
  testimonialSlugs: ReadonlySet<string> | undefined;
  /** What may follow `/volunteer/` as one segment: the forms' roles and the pages beside them. */
  volunteerPages: ReadonlySet<string>;
};

/** The pages beside the forms in app/[lang]/volunteer (a unit test keeps this list true). */
export const VOLUNTEER_STATIC_PAGES = ["me", "thanks"] as const;

/**
 * Whether a public path (without its language) names nothing: `/voices/<slug>` with a slug no
 * testimonial has (any case: a known slug in capitals goes on to its redirect) and
 * `/volunteer/<x>` with an `x` that is neither a form nor a page beside them. Deeper paths, and
 * every other one, are Next.js's to answer.
 */
export function isMissedLink(path: string, rules: MissedLinkRules): boolean {
  if (path === NOT_FOUND_PAGE_PATH) return true;
  const [, section, name, ...rest] = path.split("/");
  if (rest.length > 0 || !name) return false;
  if (section === "voices") {
    return rules.testimonialSlugs !== undefined && !rules.testimonialSlugs.has(name.toLowerCase());
  }
  if (section === "volunteer") return !rules.volunteerPages.has(name);
  return false;
}
