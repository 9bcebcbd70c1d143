import "server-only";
import type { Env } from "./env-schema";

/** The launcher always provides one; a server started some other way must be given one. */
export function requireSessionSecret(env: Env): Env & { SESSION_SECRET: string } {
  if (!env.SESSION_SECRET) {
    throw new Error("SESSION_SECRET is not set: start with `npm start`, or set it (32+ random characters).");
  }
  return env as Env & { SESSION_SECRET: string };
}
