import { getMessages, plural } from "../messages";

// The reply the thank-you page and the confirmation email promise, "within {period}", is
// RESPONSE_PROMISE_DAYS (lib/config/env-schema.ts); past it the staff dashboard flags a signup
// still new. The words are the catalog's (`period`), so another language is another file.

/** A number of days as the promise says it: "two weeks", "one day", "10 days" (or in `locale`). */
export function responsePeriod(days: number, locale: string): string {
  const words = getMessages(locale).period;
  const weeks = days / 7;
  if (Number.isInteger(weeks) && weeks >= 1 && weeks <= words.weeks.length) return words.weeks[weeks - 1]!;
  return plural(locale, words.days, days);
}
