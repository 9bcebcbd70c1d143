import "server-only";
import { nextCookies } from "better-auth/next-js";
import { getEnv } from "../config/env";
import { requireSessionSecret } from "../config/session-secret";
import { getDb } from "../db/client";
import { createAuth, type StaffAuth } from "./auth";
import { authSettings } from "./settings";
import type { AccountDeps } from "./staff-accounts";

// The Next.js app's one better-auth instance, over the app's Prisma client.

const globalForAuth = globalThis as unknown as { staffAuth?: StaffAuth };

export function getAuth(): StaffAuth {
  globalForAuth.staffAuth ??= createAuth({
    db: getDb(),
    env: requireSessionSecret(getEnv()),
    settings: authSettings(getEnv()),
    // Lets server actions that call auth.api set and clear the session cookie.
    extraPlugins: [nextCookies()],
  });
  return globalForAuth.staffAuth;
}

/** What staff-session.ts and staff-accounts.ts need, for this app. */
export function staffDeps(): AccountDeps {
  const env = requireSessionSecret(getEnv());
  return { auth: getAuth(), db: getDb(), env };
}
