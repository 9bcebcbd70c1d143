import * as z from "zod/mini";
import { DISPLAY_NAME_MAX } from "./display-name-limit";

// The account page's display name, parsed by the action (the form takes its limit from
// display-name-limit.ts).
// One line of ordinary text; the email still names an account that has none.

export { DISPLAY_NAME_MAX };

export const DisplayNameSchema = z.object({
  name: z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(DISPLAY_NAME_MAX),
    z.refine((value) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(value)),
  ),
});

export type DisplayName = z.infer<typeof DisplayNameSchema>;
