import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../bench/support/process";
import { SESSION_SECRET, SITE_URL, type App } from "./app";

// A staff member made as a newcomer is made (`admin:create` prints a set-password link), who
// sets a password and signs in through `app`: the Cookie header of that session.

const run = promisify(execFile);

async function post(app: App, endpoint: string, body: unknown): Promise<Response> {
  const response = await fetch(`${app.url}/api/auth${endpoint}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: SITE_URL },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST /api/auth${endpoint} answered ${response.status}`);
  return response;
}

export async function signedInStaff(app: App, databaseUrl: string, email: string): Promise<string> {
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
      "admin",
    ],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: "development", DATABASE_URL: databaseUrl, SESSION_SECRET, SITE_URL },
    },
  );
  const link = /https?:\/\/\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`admin:create printed no link:\n${stdout}`);
  const password = `reliability ${randomBytes(12).toString("base64url")}`;
  await post(app, "/reset-password", {
    token: new URL(link).searchParams.get("token"),
    newPassword: password,
  });
  const signedIn = await post(app, "/sign-in/email", { email, password });
  const cookies = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  if (!cookies.some((cookie) => cookie.includes("session_token=")))
    throw new Error("signing in set no session cookie");
  return cookies.join("; ");
}

/** A staff page as that session sees it: its status and HTML (a redirect is not followed). */
export async function staffPage(app: App, cookie: string, path: string) {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}
