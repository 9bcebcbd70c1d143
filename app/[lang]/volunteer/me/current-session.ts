import { cookies } from "next/headers";
import { getEnv } from "@/lib/config/env";
import { requireSessionSecret } from "@/lib/config/session-secret";
import { getDb } from "@/lib/db/client";
import { VOLUNTEER_COOKIE } from "@/lib/volunteer-access/cookie";
import { readVolunteerSession, type VolunteerSession } from "@/lib/volunteer-access/session";

/** The volunteer's session from this request's cookie, or null (signed out, expired, unknown). */
export async function currentVolunteerSession(): Promise<VolunteerSession | null> {
  const secret = requireSessionSecret(getEnv()).SESSION_SECRET;
  return readVolunteerSession(getDb(), secret, (await cookies()).get(VOLUNTEER_COOKIE)?.value);
}
