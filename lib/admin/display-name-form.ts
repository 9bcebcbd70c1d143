import * as z from "zod/mini";

// The account page's display name: read by the form (its limit) and parsed by the action.
// One line of ordinary text; the email still names an account that has none.

export const DISPLAY_NAME_MAX = 80;

export const DisplayNameSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(DISPLAY_NAME_MAX),
    z.refine((value) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value)),
  ),
});

export type DisplayName = z.infer<typeof DisplayNameSchema>;
