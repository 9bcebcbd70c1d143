// Makes staff members for the end-to-end tests through the library, as `npm run admin:create`
// and its link do (createStaffFromCommandLine, then better-auth's reset with the link's token),
// without starting a process per member: one of these runs per Playwright worker, under the
// react-server condition that `server-only` modules need, and answers a JSON line per request.
//   stdin:  {"email": "...", "role": "admin" | "reviewer", "password": "..."}
//   stdout: {"userId": "..."} or {"error": "..."}
import { createInterface } from "node:readline";
import { createAuth, type StaffRole } from "../../../lib/auth/auth";
import { authSettings } from "../../../lib/auth/settings";
import { createStaffFromCommandLine } from "../../../lib/auth/staff-accounts";
import { getEnv } from "../../../lib/config/env";
import { createDb } from "../../../lib/db/client";

type Request = { email: string; role: StaffRole; password: string };

const env = getEnv();
const db = createDb(env.DATABASE_URL!);
const authEnv = { ...env, SESSION_SECRET: env.SESSION_SECRET! };
const deps = { db, auth: createAuth({ db, env: authEnv, settings: authSettings(env) }), env: authEnv };

async function make({ email, role, password }: Request) {
  const { userId, link } = await createStaffFromCommandLine(deps, { email, role });
  const token = new URL(link).searchParams.get("token")!;
  await deps.auth.api.resetPassword({ body: { token, newPassword: password } });
  return { userId };
}

for await (const line of createInterface({ input: process.stdin })) {
  const answer = await make(JSON.parse(line) as Request).catch((error: unknown) => ({
    error: error instanceof Error ? error.message : String(error),
  }));
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
await db.$disconnect();
process.exit(0);
