import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "./process";
import { SITE_URL, type Site } from "./start-site";

// A signed-in staff member for a benchmark or a reliability scenario, made as a newcomer
// makes one: `npm run admin:create` prints a set-password link, the password is set through
// better-auth's endpoint, and the sign-in endpoint hands back the session cookie the pages
// are requested with.

const run = promisify(execFile);

export type NewStaff = {
  /** Where the server answers (it may differ from siteUrl: the host the browser would use). */
  url: string;
  siteUrl: string;
  databaseUrl: string;
  sessionSecret: string;
  email: string;
  role: "reviewer" | "admin";
  /** More of the server's environment for admin:create (its DATA_DIR). */
  env?: Record<string, string>;
};

/** Creates the staff member and returns the Cookie header of a signed-in session. */
export async function signInNewStaff(staff: NewStaff): Promise<string> {
  const post = async (endpoint: string, body: unknown) => {
    const response = await fetch(`${staff.url}/api/auth${endpoint}`, {
      method: "POST",
      // better-auth accepts requests from SITE_URL's origin only.
      headers: { "content-type": "application/json", origin: new URL(staff.siteUrl).origin },
      body: JSON.stringify(body),
    });
    if (response.status !== 200) throw new Error(`POST /api/auth${endpoint} answered ${response.status}`);
    return response;
  };
  const { stdout } = await run(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/admin-create.ts",
      "--email",
      staff.email,
      "--role",
      staff.role,
    ],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: "development",
        ...staff.env,
        DATABASE_URL: staff.databaseUrl,
        SESSION_SECRET: staff.sessionSecret,
        SITE_URL: staff.siteUrl,
      },
    },
  );
  const link = /https?:\/\/\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`admin:create printed no link:\n${stdout}`);
  const password = `staff ${randomBytes(12).toString("base64url")}`;
  await post("/reset-password", { token: new URL(link).searchParams.get("token"), newPassword: password });
  const signedIn = await post("/sign-in/email", { email: staff.email, password });
  const cookies = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  if (!cookies.some((cookie) => cookie.includes("session_token="))) {
    throw new Error("signing in set no session cookie");
  }
  return cookies.join("; ");
}

/** The same, against a site started by startSite (its secret is in its data folder). */
export async function signedInStaff(
  site: Site,
  databaseUrl: string,
  { email, role }: { email: string; role: "reviewer" | "admin" },
): Promise<string> {
  const sessionSecret = (await readFile(path.join(site.dataDir, "session-secret"), "utf8")).trim();
  return signInNewStaff({
    url: site.url,
    siteUrl: SITE_URL,
    databaseUrl,
    sessionSecret,
    email,
    role,
    env: { DATA_DIR: site.dataDir },
  });
}
