import type { Env } from "../config/env-schema";
import type { LockoutPolicy } from "./lockout";

// Staff sign-in settings, from the environment (lib/config/env-schema.ts).

export type AuthSettings = {
  /** A session unused this long ends (better-auth extends it as it is used). */
  idleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  maxHours: number;
  lockout: LockoutPolicy;
  /** Password sign-in attempts per IP address per minute (better-auth's limiter). */
  signInPerMinute: number;
};

export function authSettings(env: Env): AuthSettings {
  return {
    idleMinutes: env.STAFF_SESSION_IDLE_MINUTES,
    maxHours: env.STAFF_SESSION_MAX_HOURS,
    lockout: {
      maxFailures: env.SIGN_IN_MAX_FAILURES,
      windowMinutes: env.SIGN_IN_LOCK_MINUTES,
      lockMinutes: env.SIGN_IN_LOCK_MINUTES,
    },
    signInPerMinute: env.SIGN_IN_LIMIT_PER_MINUTE,
  };
}
