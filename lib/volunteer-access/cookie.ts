import { SESSION_TTL_MS } from "./tokens";

// The volunteer's session cookie: the only cookie the public site sets, and only after a link
// was opened. HttpOnly, Lax (the link's page posts from our own origin), Secure over https.

export const VOLUNTEER_COOKIE = "pbv_volunteer";

export function volunteerCookieOptions(siteUrl: string) {
  return {
    httpOnly: true,
    secure: new URL(siteUrl).protocol === "https:",
    sameSite: "lax" as const,
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  };
}
