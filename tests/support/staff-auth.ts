import { APIError } from "better-auth/api";
import { createAuth, type StaffAuth, type StaffRole } from "../../lib/auth/auth";
import type { AuthSettings } from "../../lib/auth/settings";
import { createStaffFromCommandLine, type AccountDeps } from "../../lib/auth/staff-accounts";
import { afterAll, beforeAll } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { SEND_STAFF_EMAIL_TASK } from "../../lib/jobs/queue";
import { createTestDatabase, type TestDatabase } from "./test-database";

// better-auth over a test database, and requests to its handler as a browser sends them.

export const AUTH_SITE = "https://staff.example.org";

export const TEST_AUTH_SETTINGS: AuthSettings = {
  idleMinutes: 30,
  maxHours: 12,
  lockout: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  signInPerMinute: 3,
};

export function testAccountDeps(db: Db, settings = TEST_AUTH_SETTINGS): AccountDeps {
  const env = { SITE_URL: AUTH_SITE, ORG_NAME: "NMILC", SESSION_SECRET: "t".repeat(40) };
  const auth = createAuth({ db, env, settings });
  return { db, auth, env };
}

export type AuthCall = {
  status: number;
  body: Record<string, unknown>;
  cookie: string | null;
  setCookie: string[];
};

export async function callAuth(
  auth: StaffAuth,
  path: string,
  {
    body,
    ip = "203.0.113.10",
    cookie,
    method = body === undefined ? "GET" : "POST",
  }: {
    body?: unknown;
    ip?: string;
    cookie?: string | null;
    method?: string;
  } = {},
): Promise<AuthCall> {
  const headers: Record<string, string> = { origin: AUTH_SITE, "x-forwarded-for": ip };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (cookie) headers.cookie = cookie;
  const response = await auth.handler(
    new Request(`${AUTH_SITE}/api/auth${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return readReply(response);
}

/**
 * A call as our server actions make it: `auth.api.<name>` with the browser's headers, not
 * HTTP. Account changes (password, two-factor, sessions) only go this way (http-endpoints.ts).
 */
export async function callServer(
  auth: StaffAuth,
  name:
    | "changePassword"
    | "enableTwoFactor"
    | "disableTwoFactor"
    | "verifyTOTP"
    | "listSessions"
    | "revokeOtherSessions"
    | "signOut",
  { body, ip = "203.0.113.10", cookie }: { body?: unknown; ip?: string; cookie?: string | null } = {},
): Promise<AuthCall> {
  const headers = new Headers({ "x-forwarded-for": ip });
  if (cookie) headers.set("cookie", cookie);
  const endpoint = auth.api[name] as unknown as (input: object) => Promise<Response>;
  try {
    return await readReply(await endpoint({ body, headers, asResponse: true }));
  } catch (error) {
    // Refusals from our hooks arrive as thrown APIErrors, as the server actions see them.
    if (!(error instanceof APIError)) throw error;
    return { status: error.statusCode, body: { ...error.body }, cookie: null, setCookie: [] };
  }
}

async function readReply(response: Response): Promise<AuthCall> {
  const setCookie = response.headers.getSetCookie();
  const session = setCookie.map((c) => c.split(";")[0]!).find((c) => c.includes("session_token="));
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    cookie: session && !session.endsWith("=") ? session : null,
    setCookie,
  };
}

/** A staff member with a password, made the way `admin:create` and its link make one. */
export async function createStaffMember(
  deps: AccountDeps,
  {
    email,
    role = "reviewer",
    password = "correct horse battery staple",
  }: { email: string; role?: StaffRole; password?: string },
) {
  const { userId, link } = await createStaffFromCommandLine(deps, { email, role });
  const token = new URL(link).searchParams.get("token")!;
  const set = await callAuth(deps.auth, "/reset-password", { body: { token, newPassword: password } });
  if (set.status !== 200) throw new Error(`setting the password failed: ${JSON.stringify(set.body)}`);
  return { userId, email, password, token };
}

export async function signIn(auth: StaffAuth, email: string, password: string, ip?: string) {
  return callAuth(auth, "/sign-in/email", { body: { email, password }, ip });
}

/** The tokens of the password links queued for `email`, oldest first (as the emails carry them). */
export async function passwordLinksSentTo(db: Db, email: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ payload: { to: string; text: string } }[]>`
    SELECT j.payload FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
     WHERE t.identifier = ${SEND_STAFF_EMAIL_TASK} ORDER BY j.id`;
  return rows
    .filter((row) => row.payload.to === email)
    .map((row) => /token=([\w-]+)/.exec(row.payload.text)![1]!);
}

/**
 * A fresh migrated database and better-auth over it for one test file; `current()` gives them
 * inside tests (they exist once beforeAll has run).
 */
export function staffAuthDatabase(settings = TEST_AUTH_SETTINGS) {
  let state: { database: TestDatabase; db: Db; deps: ReturnType<typeof testAccountDeps> } | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase({ migrate: true });
    const db = createDb(database.url);
    state = { database, db, deps: testAccountDeps(db, settings) };
  });
  afterAll(async () => {
    await state?.db.$disconnect();
    await state?.database.drop();
  });
  return () => state!;
}
