import { format, getMessages } from "../messages";

const MAX_DESCRIPTION = 200;

/** A quote shortened at a word boundary for card descriptions. */
export function cardDescription(quote: string, max = MAX_DESCRIPTION): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** The title of a testimonial's page as shared: its page title, card title and share links. */
export function shareTitle(locale: string, name: string, org: string): string {
  return format(getMessages(locale).voices.shareTitle, { name, org });
}
