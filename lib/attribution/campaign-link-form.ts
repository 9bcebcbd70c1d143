import { z } from "zod";
import { LOCALES } from "../i18n/languages";
import { campaignName, publicPage } from "./visit-origin";

// The staff form for a campaign link (/r/<code>): its one schema, read from the posted form. A
// problem is a code per field, put in words by the page (admin.campaigns.errors).

export const CAMPAIGN_LIMITS = { code: 40, name: 120 };

export type CampaignFieldError = "required" | "tooLong" | "code" | "target" | "campaign" | "taken";

const text = (max: number) =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().max(max, "tooLong"));

/** A code as typed (`Bar-News`) and as stored (`bar-news`): letters, digits, dashes between them. */
export const CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Where a link may lead: a public page of this site, in English or with a language prefix. */
export function isCampaignTarget(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && publicPage(path, LOCALES) !== null;
}

export const CampaignLinkFormSchema = z.object({
  code: text(CAMPAIGN_LIMITS.code)
    .pipe(z.string().min(1, "required"))
    .transform((code) => code.toLowerCase())
    .pipe(z.string().regex(CODE_PATTERN, "code")),
  name: text(CAMPAIGN_LIMITS.name).pipe(z.string().min(1, "required")),
  targetPath: text(200).pipe(z.string().min(1, "required")).refine(isCampaignTarget, "target"),
  /** Optional: the code itself when empty. */
  utmCampaign: text(60)
    .transform((value) => value.toLowerCase())
    .refine((value) => value === "" || campaignName(value) === value, "campaign"),
});

export type CampaignLinkForm = z.infer<typeof CampaignLinkFormSchema>;

const KNOWN: readonly string[] = ["required", "tooLong", "code", "target", "campaign"];

/** The first problem of each field, as a code. */
export function campaignFieldErrors(
  error: z.ZodError,
): Partial<Record<keyof CampaignLinkForm, CampaignFieldError>> {
  const errors: Partial<Record<string, CampaignFieldError>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "code");
    errors[field] ??= KNOWN.includes(issue.message) ? (issue.message as CampaignFieldError) : "required";
  }
  return errors;
}
