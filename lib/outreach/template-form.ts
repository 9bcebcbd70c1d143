import { z } from "zod";
import { SignupStatus } from "../generated/prisma/enums";
import { BODY_MAX, SUBJECT_MAX, TEMPLATE_NAME_MAX } from "./limits";
import { placeholderProblems } from "./placeholders";
import type { TemplateTexts } from "./template-text";

// The template editor's form, parsed by its server action; errors name the field. English is
// required (it is the fallback); another language is both a subject and a body, or neither.

/** The site's languages other than English that a template can be written in. */
export const TRANSLATED_LOCALES = ["es"] as const;

export const PLACEHOLDER_ERROR = "placeholder";
export const BRACE_ERROR = "brace";

const withPlaceholders = (schema: z.ZodString) =>
  schema.superRefine((text, ctx) => {
    const { unknown, hasLoneBrace } = placeholderProblems(text);
    if (unknown.length) ctx.addIssue({ code: "custom", message: PLACEHOLDER_ERROR, params: { unknown } });
    else if (hasLoneBrace) ctx.addIssue({ code: "custom", message: BRACE_ERROR });
  });

const subject = withPlaceholders(z.string().trim().max(SUBJECT_MAX));
const body = withPlaceholders(z.string().trim().max(BODY_MAX));

export const TemplateFormSchema = z
  .object({
    id: z.union([z.literal(""), z.uuid()]).transform((value) => value || null),
    version: z.coerce.number().int().min(0),
    name: z.string().trim().min(1).max(TEMPLATE_NAME_MAX),
    forStatus: z.union([z.literal(""), z.enum(SignupStatus)]).transform((value) => value || null),
    subject_en: subject.min(1),
    body_en: body.min(1),
    subject_es: subject,
    body_es: body,
  })
  .superRefine((form, ctx) => {
    for (const locale of TRANSLATED_LOCALES) {
      const [s, b] = [form[`subject_${locale}`], form[`body_${locale}`]];
      if (s && !b) ctx.addIssue({ code: "custom", path: [`body_${locale}`], message: "pair" });
      if (b && !s) ctx.addIssue({ code: "custom", path: [`subject_${locale}`], message: "pair" });
    }
  });

export type TemplateForm = z.infer<typeof TemplateFormSchema>;

export function textsOf(form: TemplateForm): TemplateTexts {
  const texts: TemplateTexts = { en: { subject: form.subject_en, body: form.body_en } };
  for (const locale of TRANSLATED_LOCALES) {
    const [s, b] = [form[`subject_${locale}`], form[`body_${locale}`]];
    if (s && b) texts[locale] = { subject: s, body: b };
  }
  return texts;
}

const MessageTextSchema = z.object({ subject: z.string(), body: z.string() });
/** The stored `texts` column, read back. */
export const StoredTextsSchema = z
  .object({ en: MessageTextSchema })
  .catchall(MessageTextSchema.optional()) as z.ZodType<TemplateTexts>;
