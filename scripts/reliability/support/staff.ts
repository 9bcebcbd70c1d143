import { signInNewStaff } from "../../bench/support/staff-session";
import { SESSION_SECRET, SITE_URL, type App } from "./app";

// An admin made as a newcomer is made (`admin:create`'s set-password link), signed in
// through `app`: the Cookie header of that session.
export function signedInStaff(app: App, databaseUrl: string, email: string): Promise<string> {
  return signInNewStaff({
    url: app.url,
    siteUrl: SITE_URL,
    databaseUrl,
    sessionSecret: SESSION_SECRET,
    email,
    role: "admin",
  });
}

/** A staff page as that session sees it: its status and HTML (a redirect is not followed). */
export async function staffPage(app: App, cookie: string, path: string) {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}
