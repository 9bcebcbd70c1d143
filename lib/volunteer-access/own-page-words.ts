import type { PublicMessages } from "../messages/en";
import { format } from "../messages/format";
import type { OwnSignup } from "./own-signups";

// The words of a volunteer's own pages that depend on what they just did.

/** A calendar day (YYYY-MM-DD) written out in the page's language. */
export function dayWords(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** The notice after a change (`?done=`), with "we emailed you" when an email went. */
export function doneLines(
  done: unknown,
  signup: Pick<OwnSignup, "pausedUntil" | "emailsStopped">,
  m: PublicMessages["volunteerMe"],
  locale: string,
): string[] {
  const emailed = signup.emailsStopped ? [] : [m.done.emailed];
  switch (done) {
    case "updated":
      return [m.done.updated, ...emailed];
    case "unchanged":
      return [m.done.unchanged];
    case "paused":
      return signup.pausedUntil
        ? [format(m.done.paused, { date: dayWords(signup.pausedUntil, locale) }), ...emailed]
        : [];
    case "withdrawn":
      return [m.done.withdrawn, ...emailed];
    case "step":
      return [m.steps.saved];
    default:
      return [];
  }
}
