import { execFile, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { promisify } from "node:util";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_BUILD_ENV, E2E_DATA_DIR, E2E_RUNTIME_ENV, E2E_URL } from "../e2e-environment";
import { caughtMessages, query, runtime } from "./runtime";

// Staff members for end-to-end tests, made through the library as `npm run admin:create` and
// its link make them (staff-factory.ts), and removed afterwards. `signInAs` signs in through the
// API; `signIn` through the real sign-in page, for the tests of signing in.

const run = promisify(execFile);

export type StaffRole = "admin" | "reviewer";
export type StaffMember = { email: string; password: string; role: StaffRole };

/** The environment of a staff command run against the e2e server's database. */
function adminCommandEnv(): Record<string, string> {
  return {
    ...E2E_BUILD_ENV,
    ...E2E_RUNTIME_ENV,
    NODE_ENV: "development",
    DATA_DIR: E2E_DATA_DIR,
    DATABASE_URL: runtime().databaseUrl,
    SESSION_SECRET: readFileSync(path.join(E2E_DATA_DIR, "session-secret"), "utf8").trim(),
  };
}

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
    { env: { ...process.env, ...adminCommandEnv() } },
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

/** How the tests ask the staff factory (staff-factory.ts, one per worker) for a member. */
type StaffFactory = { make(email: string, role: StaffRole, password: string): Promise<void> };

function startStaffFactory(): { factory: StaffFactory; stop(): Promise<void> } {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/e2e/support/staff-factory.ts"],
    { env: { ...process.env, ...adminCommandEnv() }, stdio: ["pipe", "pipe", "inherit"] },
  );
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let queue = Promise.resolve();
  const factory: StaffFactory = {
    // One request at a time: answers come back in order, one line each.
    make: (email, role, password) => {
      const answered = queue.then(async () => {
        child.stdin.write(`${JSON.stringify({ email, role, password })}\n`);
        const { value } = await answers.next();
        const answer = JSON.parse(String(value)) as { error?: string };
        if (answer.error) throw new Error(`making ${role} ${email} failed: ${answer.error}`);
      });
      queue = answered.catch(() => {});
      return answered;
    },
  };
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { factory, stop: async () => (child.stdin.end(), exited) };
}

/**
 * Signs in through the API, as the sign-in form does, and opens `next`: the cookie lands in the
 * page's own context. Tests of signing in itself go through the page (`signIn`).
 */
export async function signInAs(page: Page, member: Pick<StaffMember, "email" | "password">, next = "/admin") {
  await postSignIn(page.request, member);
  await page.goto(next);
}

/** Better-auth's sign-in as the sign-in form posts it; the session cookie lands in `request`. */
export async function postSignIn(
  request: APIRequestContext,
  member: Pick<StaffMember, "email" | "password">,
) {
  const reply = await request.post("/api/auth/sign-in/email", {
    data: { email: member.email, password: member.password },
    headers: { origin: E2E_URL },
  });
  expect(reply.status()).toBe(200);
}

export const test = base.extend<
  { staff: (role?: StaffRole) => Promise<StaffMember> },
  { staffFactory: StaffFactory }
>({
  staffFactory: [
    async ({}, provide) => {
      const { factory, stop } = startStaffFactory();
      await provide(factory);
      await stop();
    },
    { scope: "worker" },
  ],
  staff: async ({ staffFactory }, provide) => {
    const made: string[] = [];
    await provide(async (role = "reviewer") => {
      const email = uniqueEmail(role);
      const password = `quiet river ${randomUUID().slice(0, 8)}`;
      await staffFactory.make(email, role, password);
      made.push(email);
      return { email, password, role };
    });
    for (const email of made) await query("DELETE FROM staff_users WHERE email = $1", [email]);
  },
});

export { expect };
