import "server-only";
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { admin } from "better-auth/plugins/admin";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { clientAddressOf } from "../security/rate-limit";
import { deriveKey, deriveSecret } from "../security/keys";
import { recordAudit } from "./audit";
import { createAuthHooks } from "./auth-hooks";
import { httpAllowlist } from "./http-endpoints";
import { accountLockoutKey, clearAccountLockouts } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import { endOtherPasswordLinks, hashVerificationIdentifier } from "./password-links";
import type { AuthSettings } from "./settings";
import { queueStaffEmail, renderPasswordLinkEmail } from "./staff-emails";

// Staff sign-in: better-auth (docs/decisions/012-staff-sign-in.md) on our Prisma client, with
// argon2id passwords, sessions in PostgreSQL, its admin plugin for roles and deactivation,
// TOTP two-factor, and its per-IP limiter kept in the database. Over HTTP only the endpoints
// the staff pages call are reachable (http-endpoints.ts). What it lacks is added in hooks
// (auth-hooks.ts): the password policy, the pauses on wrong passwords, the session timeouts,
// the audit log.

export const STAFF_ROLES = ["admin", "reviewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Where password links lead; the token is single-use and expires. */
export const SET_PASSWORD_PATH = "/admin/set-password";
export const RESET_LINK_HOURS = 1;
const BASE_PATH = "/api/auth";

export type AuthDeps = {
  db: Db;
  env: Pick<Env, "SITE_URL" | "ORG_NAME"> & { SESSION_SECRET: string };
  settings: AuthSettings;
  /** Next.js's cookie bridge for server actions; absent in plain Node (tests, scripts). */
  extraPlugins?: BetterAuthPlugin[];
};

export function createAuth({ db, env, settings, extraPlugins = [] }: AuthDeps) {
  const isHttps = env.SITE_URL.startsWith("https://");
  const lockoutSecret = deriveKey(env.SESSION_SECRET, "rate-limit");
  const maxAgeMs = settings.maxHours * 3_600_000;

  const auth = betterAuth({
    appName: env.ORG_NAME,
    baseURL: env.SITE_URL,
    basePath: BASE_PATH,
    secret: deriveSecret(env.SESSION_SECRET, "sessions"),
    trustedOrigins: [new URL(env.SITE_URL).origin],
    telemetry: { enabled: false },
    database: prismaAdapter(db, { provider: "postgresql" }),
    user: { modelName: "staffUser" },
    account: { modelName: "staffAccount" },
    // Reset links, invitations and sign-in challenges are stored as hashes (verification-ids.ts).
    verification: {
      modelName: "authVerification",
      storeIdentifier: { hash: async (id) => hashVerificationIdentifier(id) },
    },
    session: {
      modelName: "staffSession",
      // The idle timeout: each use (at most once a minute) moves the end this far ahead.
      expiresIn: settings.idleMinutes * 60,
      updateAge: Math.min(60, settings.idleMinutes * 30),
      cookieCache: { enabled: false },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      // Our policy counts code points (password-policy.ts); better-auth's counts UTF-16 units.
      minPasswordLength: 1,
      maxPasswordLength: 512,
      password: { hash: hashPassword, verify: verifyPassword },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: RESET_LINK_HOURS * 3600,
      sendResetPassword: async ({ user, token }, request) => {
        // A new link ends the ones sent before it.
        await endOtherPasswordLinks(db, user.id, token);
        const link = `${env.SITE_URL}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
        await queueStaffEmail(db, {
          to: user.email,
          ...renderPasswordLinkEmail("reset", link, env.ORG_NAME, RESET_LINK_HOURS),
        });
        await recordAudit(db, {
          actorId: null,
          action: "password_reset_requested",
          subject: user.id,
          detail: { client: clientAddressOf(request?.headers) },
        });
      },
      onPasswordReset: async ({ user }, request) => {
        // Any other link still out for this account ends with it, and so do its pauses.
        await endOtherPasswordLinks(db, user.id);
        await clearAccountLockouts(db, accountLockoutKey(user.email, lockoutSecret));
        await recordAudit(db, {
          actorId: user.id,
          action: "password_set",
          subject: user.id,
          detail: { client: clientAddressOf(request?.headers) },
        });
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "authRateLimit",
      window: 60,
      max: 200,
      customRules: {
        "/sign-in/email": { window: 60, max: settings.signInPerMinute },
        "/request-password-reset": { window: 60, max: 5 },
        "/two-factor/verify-totp": { window: 60, max: 10 },
        "/two-factor/verify-backup-code": { window: 60, max: 10 },
      },
    },
    advanced: {
      // The cookie is named here, with __Host- over https: Secure, Path=/, no Domain.
      useSecureCookies: false,
      cookiePrefix: isHttps ? "__Host-staff" : "staff",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: isHttps, path: "/" },
      // The front door (scripts/serve.ts, decision 015) writes one address into this header:
      // the socket's, or a trusted proxy's. Counted like the signup limit: IPv6 by its /64.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"], ipv6Subnet: 64 },
    },
    onAPIError: {
      // Left to itself better-auth logs the message of every refused request (a wrong password,
      // a pause): expected answers, not errors. Unexpected ones are logged by their kind alone.
      onError: (error) => {
        if (error instanceof APIError && error.statusCode < 500) return;
        console.error(`[auth] ${error instanceof Error ? error.name : "error"}`);
      },
    },
    logger: {
      // better-auth's own lines can name an address or a token: errors only, and only their kind.
      level: "error",
      log: (level, message) => {
        if (level === "error") console.error(`[auth] ${String(message).split(/[:\n]/)[0]}`);
      },
    },
    plugins: [
      admin({
        defaultRole: "reviewer",
        adminRoles: ["admin"],
        roles: { admin: adminAc, reviewer: userAc },
        bannedUserMessage: "This account has been deactivated.",
      }),
      twoFactor({ issuer: env.ORG_NAME, schema: { twoFactor: { modelName: "staffTwoFactor" } } }),
      httpAllowlist(BASE_PATH),
      ...extraPlugins,
    ],
    hooks: createAuthHooks({ db, settings, lockoutSecret, maxAgeMs }),
  });
  return auth;
}

export type StaffAuth = ReturnType<typeof createAuth>;
