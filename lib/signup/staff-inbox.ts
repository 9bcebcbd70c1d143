import type { Env } from "../config/env-schema";
import type { Role } from "./options";

// Which staff inbox hears of a role's signups. Plain (no server-only): the email worker, which
// also runs as its own Node process, sets it as the Reply-To of the link to confirm new answers.

export type StaffInboxes = Pick<
  Env,
  "STAFF_EMAIL" | "STAFF_EMAIL_ATTORNEY" | "STAFF_EMAIL_MEDICAL" | "STAFF_EMAIL_INTERPRETER"
>;

export function staffInboxFor(role: Role, env: StaffInboxes): string {
  const perRole = {
    attorney: env.STAFF_EMAIL_ATTORNEY,
    medical: env.STAFF_EMAIL_MEDICAL,
    interpreter: env.STAFF_EMAIL_INTERPRETER,
  };
  return perRole[role] ?? env.STAFF_EMAIL;
}
