import type { Messages } from "../messages/en";
import { format } from "../messages/format";
import { isRole } from "../signup/options";

// What each row of the recruitment report is called: a page by what it is (a testimonial by the
// person's name), a channel in plain words, a campaign by the name staff gave its link. A value
// the catalog does not know is shown as counted, never hidden. Pure.

export type ReportWords = Messages["admin"]["recruitment"];
type RoleNames = Messages["admin"]["signupList"]["roles"];

const TESTIMONIAL = /^\/voices\/([a-z0-9-]+)$/;
const FORM = /^\/volunteer\/([a-z]+)$/;

/** A public page (without language) as the report names it. */
export function pageLabel(
  page: string,
  testimonialNames: ReadonlyMap<string, string>,
  words: ReportWords,
  roles: RoleNames,
): string {
  if (page === "/") return words.pages.home;
  if (page === "/voices") return words.pages.voices;
  if (page === "/volunteer") return words.pages.choose;
  if (page === "/privacy") return words.pages.privacy;
  const slug = TESTIMONIAL.exec(page)?.[1];
  if (slug) return testimonialNames.get(slug) ?? format(words.pages.testimonial, { slug });
  const role = FORM.exec(page)?.[1];
  if (role && isRole(role)) return format(words.pages.form, { role: roles[role] });
  return page;
}

/** A channel in words; "" is a page reached from another page of the site. */
export function sourceLabel(source: string, words: ReportWords): string {
  return (words.sources as Readonly<Record<string, string>>)[source] ?? source;
}

/** A campaign by its links' names (several links may share one), else the word counted. */
export function campaignLabel(
  campaign: string,
  linkNames: ReadonlyMap<string, string>,
  words: ReportWords,
): string {
  if (campaign === "") return words.noCampaign;
  return linkNames.get(campaign) ?? campaign;
}
