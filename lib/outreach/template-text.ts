import { fillPlaceholders, type PlaceholderValues } from "./placeholders";

// A template holds one text per site language; a volunteer gets theirs, or English when the
// template has none in their language (and the sender is told so before sending). No catalog
// import: the editor's preview runs in the browser.

const ENGLISH = "en";

export type MessageText = { subject: string; body: string };
/** English always; other site languages when staff wrote them. */
export type TemplateTexts = { [locale: string]: MessageText | undefined } & { en: MessageText };

export function textFor(
  texts: TemplateTexts,
  locale: string,
): { text: MessageText; locale: string; isFallback: boolean } {
  const own = texts[locale];
  if (own) return { text: own, locale, isFallback: false };
  return { text: texts.en, locale: ENGLISH, isFallback: locale !== ENGLISH };
}

export function fillText(text: MessageText, values: PlaceholderValues): MessageText {
  return { subject: fillPlaceholders(text.subject, values), body: fillPlaceholders(text.body, values) };
}
