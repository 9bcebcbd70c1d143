import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./process";
import { SITE_URL, type Site } from "./start-site";

// A signed-in staff member for a benchmark, made as a newcomer makes one: `npm run
// admin:create` prints a set-password link, the password is set through better-auth's
// endpoint, and the sign-in endpoint hands back the session cookie the pages are requested with.

const run = promisify(execFile);

async function post(site: Site, endpoint: string, body: unknown): Promise<Response> {
  const response = await fetch(`${site.url}/api/auth${endpoint}`, {
    method: "POST",
    // better-auth accepts requests from SITE_URL's origin only.
    headers: { "content-type": "application/json", origin: new URL(SITE_URL).origin },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`POST /api/auth${endpoint} answered ${response.status}`);
  return response;
}

/** Creates `email` with the role given and returns the Cookie header of a signed-in session. */
export async function signedInStaff(
  site: Site,
  databaseUrl: string,
  { email, role }: { email: string; role: "reviewer" | "admin" },
): Promise<string> {
  const sessionSecret = (await readFile(path.join(site.dataDir, "session-secret"), "utf8")).trim();
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
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATA_DIR: site.dataDir,
        DATABASE_URL: databaseUrl,
        SESSION_SECRET: sessionSecret,
        SITE_URL,
      },
    },
  );
  const link = /https?:\/\/\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`admin:create printed no link:\n${stdout}`);
  const password = `bench ${randomBytes(12).toString("base64url")}`;
  await post(site, "/reset-password", {
    token: new URL(link).searchParams.get("token"),
    newPassword: password,
  });
  const signedIn = await post(site, "/sign-in/email", { email, password });
  const cookies = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  if (!cookies.some((cookie) => cookie.includes("session_token="))) {
    throw new Error("signing in set no session cookie");
  }
  return cookies.join("; ");
}
