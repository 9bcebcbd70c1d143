import { languageName } from "../i18n/language-name";
import { zoneName } from "../time/zoned";

// A session's day and times as a volunteer reads them, in their page's or email's language and
// on the organization's clock, with the zone named ("Mountain Time"): a volunteer elsewhere
// sees which clock is meant.

export function trainingWhen(startsAt: Date, endsAt: Date, locale: string, timeZone: string): string {
  const range = new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).formatRange(startsAt, endsAt);
  return `${range} (${zoneName(timeZone, locale)})`;
}

/** The language a session is given in, named in the reader's language. */
export function trainingLanguage(code: string, locale: string): string {
  return languageName(code, locale);
}
