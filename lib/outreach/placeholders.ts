// The words in braces a message can carry, filled per volunteer when it is queued. A name
// that is not one of these, or a lone brace, is refused when a template is saved: a message
// must never reach a volunteer with "{fristName}" in it.

export const PLACEHOLDERS = ["firstName", "lastName", "role", "orgName", "orgEmail", "senderName"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

const KNOWN = new Set<string>(PLACEHOLDERS);
const PAIR = /\{([^{}]*)\}/g;

/** What is wrong with a text's placeholders: unknown names, and whether a brace stands alone. */
export function placeholderProblems(text: string): { unknown: string[]; hasLoneBrace: boolean } {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(PAIR)) if (!KNOWN.has(name!)) unknown.add(name!);
  const hasLoneBrace = /[{}]/.test(text.replace(PAIR, ""));
  return { unknown: [...unknown], hasLoneBrace };
}

/** The text with each known placeholder replaced by its value. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PAIR, (match, name: string) => (KNOWN.has(name) ? values[name as Placeholder] : match));
}
