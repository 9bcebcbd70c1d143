import type { StaffRole } from "../../lib/auth/auth";
import { requireStaff, type StaffContext } from "../../lib/auth/staff-session";
import type { Db } from "../../lib/db/client";
import type { SignupStatus } from "../../lib/generated/prisma/enums";
import { formDataToValues } from "../../lib/signup/form-data";
import { signupForm, type SignupAnswers } from "../../lib/signup/forms";
import type { Role } from "../../lib/signup/options";
import { signupColumns } from "../../lib/signup/signup-columns";
import { sampleFields, toEntries, type FormFields } from "./signup-samples";
import { createStaffMember, signIn, type testAccountDeps } from "./staff-auth";

// Signups written straight into the table, with the status, dates and assignee a test needs,
// and a signed-in staff member to read them as.

export type SeedSignup = {
  role: Role;
  n?: number;
  fields?: FormFields;
  createdAt?: Date;
  status?: SignupStatus;
  assigneeId?: string | null;
  anonymizedAt?: Date | null;
  /** Replaces the parsed answers (an anonymised row's, or a payload no form accepts). */
  answers?: Record<string, unknown>;
};

/** The row a validated submission makes (the same columns submit_signup writes). */
export function signupRow({ role, n = 1, fields = {}, answers: replaced, ...rest }: SeedSignup) {
  const values = formDataToValues(toEntries({ ...sampleFields(role, n), ...fields }));
  const answers = signupForm(role).schema.parse(values) as Record<string, unknown>;
  const columns = signupColumns({ role, answers } as unknown as SignupAnswers);
  return { ...columns, answers: (replaced ?? answers) as object, ...rest };
}

export async function seedSignup(db: Db, signup: SeedSignup): Promise<string> {
  const { id } = await db.signup.create({ data: signupRow(signup), select: { id: true } });
  return id;
}

let ip = 0;
/** A staff member of this role, signed in: the StaffContext requireStaff makes for them. */
export async function signedInStaff(
  deps: ReturnType<typeof testAccountDeps>,
  email: string,
  role: StaffRole = "reviewer",
): Promise<StaffContext> {
  const member = await createStaffMember(deps, { email, role });
  const reply = await signIn(deps.auth, email, member.password, `192.0.2.${++ip}`);
  return requireStaff(deps, new Headers({ cookie: reply.cookie! }));
}
