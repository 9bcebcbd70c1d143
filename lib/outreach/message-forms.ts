import { z } from "zod";
import { BODY_MAX, SUBJECT_MAX } from "./limits";
import { placeholderProblems } from "./placeholders";
import { BRACE_ERROR, PLACEHOLDER_ERROR } from "./template-form";

// The forms that send: to one volunteer from the record (a template, or a message written
// there), and to a list view (a template). Ids from the form make a double click one send.

const checked = z
  .string()
  .optional()
  .transform((value) => value === "on");

const written = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .superRefine((text, ctx) => {
      const { unknown, hasLoneBrace } = placeholderProblems(text);
      if (unknown.length) ctx.addIssue({ code: "custom", message: PLACEHOLDER_ERROR });
      else if (hasLoneBrace) ctx.addIssue({ code: "custom", message: BRACE_ERROR });
    });

export const SendOneFormSchema = z
  .object({
    signupId: z.uuid(),
    requestKey: z.uuid(),
    templateId: z.union([z.literal(""), z.uuid()]).transform((value) => value || null),
    subject: written(SUBJECT_MAX).optional().default(""),
    body: written(BODY_MAX).optional().default(""),
    /** Staff saw that the volunteer asked for no more emails, and send this one anyway. */
    despiteDoNotContact: checked,
  })
  .superRefine((form, ctx) => {
    if (form.templateId) return;
    if (!form.subject) ctx.addIssue({ code: "custom", path: ["subject"], message: "required" });
    if (!form.body) ctx.addIssue({ code: "custom", path: ["body"], message: "required" });
  });

export type SendOneForm = z.infer<typeof SendOneFormSchema>;

export const SendViewFormSchema = z.object({
  templateId: z.uuid(),
  batchId: z.uuid(),
  expectedCount: z.coerce.number().int().min(0),
});
