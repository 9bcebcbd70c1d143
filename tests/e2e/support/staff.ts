import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { test as base, expect, type Page } from "@playwright/test";
import { E2E_BUILD_ENV, E2E_DATA_DIR, E2E_RUNTIME_ENV, E2E_URL } from "../e2e-environment";
import { caughtMessages, query, runtime } from "./runtime";

// Staff members for end-to-end tests, made the way `npm run admin:create` makes them, and
// removed afterwards. Signing in goes through the real sign-in page.

const run = promisify(execFile);

export type StaffRole = "admin" | "reviewer";
export type StaffMember = { email: string; password: string; role: StaffRole };

/** `npm run admin:create` against the e2e server's database: the set-password link it prints. */
export async function adminCreateLink(email: string, role: StaffRole): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/admin-create.ts",
      "--email",
      email,
      "--role",
      role,
    ],
    {
      env: {
        ...process.env,
        ...E2E_BUILD_ENV,
        ...E2E_RUNTIME_ENV,
        NODE_ENV: "development",
        DATA_DIR: E2E_DATA_DIR,
        DATABASE_URL: runtime().databaseUrl,
        SESSION_SECRET: readFileSync(path.join(E2E_DATA_DIR, "session-secret"), "utf8").trim(),
      },
    },
  );
  const link = /https?:\/\/\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`admin:create printed no link:\n${stdout}`);
  return link;
}

export const uniqueEmail = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@example.org`;

/** The newest email caught for `to` whose text matches `pattern`, once it has arrived. */
export async function emailTo(to: string, pattern: RegExp) {
  let found: Awaited<ReturnType<typeof caughtMessages>>[number] | undefined;
  await expect
    .poll(
      async () =>
        (found = (await caughtMessages())
          .reverse()
          .find((m) => m.envelopeTo.includes(to) && pattern.test(m.text ?? ""))),
      {
        timeout: 30_000,
      },
    )
    .toBeTruthy();
  return found!;
}

export const linkIn = (text: string | undefined) =>
  /https?:\/\/\S+\/admin\/set-password\?token=\S+/.exec(text ?? "")?.[0] ?? "";

export async function setPasswordThroughLink(page: Page, link: string, password: string) {
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
}

export async function signIn(page: Page, member: Pick<StaffMember, "email" | "password">, next = "/admin") {
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export const test = base.extend<{ staff: (role?: StaffRole) => Promise<StaffMember> }>({
  staff: async ({ request }, provide) => {
    const made: string[] = [];
    await provide(async (role = "reviewer") => {
      const email = uniqueEmail(role);
      const link = await adminCreateLink(email, role);
      const password = `quiet river ${randomUUID().slice(0, 8)}`;
      const token = new URL(link).searchParams.get("token");
      const reply = await request.post("/api/auth/reset-password", {
        data: { token, newPassword: password },
        headers: { origin: E2E_URL },
      });
      expect(reply.status()).toBe(200);
      made.push(email);
      return { email, password, role };
    });
    for (const email of made) await query("DELETE FROM staff_users WHERE email = $1", [email]);
  },
});

export { expect };
