import { format } from "../messages/format";

/** "October 25–31, 2026", or across months "October 30 – November 5, 2026"; null when unset. */
export function formatProBonoWeek(
  start: string | undefined,
  end: string | undefined,
  locale = "en-US",
): string | null {
  if (!start || !end) return null;
  const toDate = (iso: string) => new Date(`${iso}T12:00:00Z`);
  const formatter = new Intl.DateTimeFormat(locale, {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  return formatter.formatRange(toDate(start), toDate(end));
}

/** The story's paragraphs with the week's dates where it names the week ({week}), or none when unset. */
export function storyWithWeek(story: readonly string[], inStory: string, dates: string | null): string[] {
  const week = dates ? format(inStory, { dates }) : "";
  return story.map((paragraph) => format(paragraph, { week }));
}
