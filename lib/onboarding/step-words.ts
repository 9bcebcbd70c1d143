import type { Messages } from "../messages/en";
import { format } from "../messages/format";

// A step's name as staff read it: its catalog title, with the language pair it is for when
// it is done once per pair. Where no one pair is meant (a filter, a column, the audit log,
// which keeps only the step), `anyPair` stands in.

export type StepTitles = Messages["onboarding"]["steps"];

export function stepName(titles: StepTitles, key: string, pair: string): string {
  const words = (titles as Record<string, { title: string } | undefined>)[key];
  return words ? format(words.title, { pair }) : key;
}

/** What a step records, labelled ("EOIR eRegistry number"); undefined when it records no text. */
export function stepTextLabel(titles: StepTitles, key: string): string | undefined {
  return (titles as Record<string, { text?: string } | undefined>)[key]?.text;
}
