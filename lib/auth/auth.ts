import "server-only";
import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { admin } from "better-auth/plugins/admin";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Env } from "../config/env-schema";
import type { Db } from "../db/client";
import { deriveKey, deriveSecret } from "../security/keys";
import { recordAudit } from "./audit";
import { isCommonPassword } from "./common-passwords";
import { clearLockout, lockoutKey, minutesLocked, readLockout, recordFailure } from "./lockout";
import { hashPassword, verifyPassword } from "./password";
import { checkPassword } from "./password-policy";
import type { AuthSettings } from "./settings";
import { queueStaffEmail, renderPasswordLinkEmail } from "./staff-emails";

// Staff sign-in: better-auth (docs/decisions/012-staff-sign-in.md) on our Prisma client, with
// argon2id passwords, sessions in PostgreSQL, its admin plugin for roles and deactivation,
// TOTP two-factor, and its per-IP limiter kept in the database. What it lacks is added here in
// hooks: the password policy, the per-account lockout, the absolute session timeout, audit.

export const STAFF_ROLES = ["admin", "reviewer"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Where password links lead; the token is single-use and expires. */
export const SET_PASSWORD_PATH = "/admin/set-password";
export const RESET_LINK_HOURS = 1;

export type AuthDeps = {
  db: Db;
  env: Pick<Env, "SITE_URL" | "ORG_NAME"> & { SESSION_SECRET: string };
  settings: AuthSettings;
  /** Next.js's cookie bridge for server actions; absent in plain Node (tests, scripts). */
  extraPlugins?: BetterAuthPlugin[];
};

const PASSWORD_PATHS = new Set(["/reset-password", "/change-password"]);

function refusePassword(password: unknown) {
  if (typeof password !== "string") return;
  const check = checkPassword(password, isCommonPassword);
  if (!check.ok) {
    throw APIError.from("BAD_REQUEST", {
      code: `PASSWORD_${check.reason.toUpperCase()}`,
      message: check.reason,
    });
  }
}

export function createAuth({ db, env, settings, extraPlugins = [] }: AuthDeps) {
  const isHttps = env.SITE_URL.startsWith("https://");
  const lockoutSecret = deriveKey(env.SESSION_SECRET, "rate-limit");
  const maxAgeMs = settings.maxHours * 3_600_000;

  const auth = betterAuth({
    appName: env.ORG_NAME,
    baseURL: env.SITE_URL,
    basePath: "/api/auth",
    secret: deriveSecret(env.SESSION_SECRET, "sessions"),
    trustedOrigins: [new URL(env.SITE_URL).origin],
    telemetry: { enabled: false },
    database: prismaAdapter(db, { provider: "postgresql" }),
    user: { modelName: "staffUser" },
    account: { modelName: "staffAccount" },
    verification: { modelName: "authVerification" },
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
      sendResetPassword: async ({ user, token }) => {
        const link = `${env.SITE_URL}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
        await queueStaffEmail(db, {
          to: user.email,
          ...renderPasswordLinkEmail("reset", link, env.ORG_NAME, RESET_LINK_HOURS),
        });
        await recordAudit(db, { actorId: null, action: "password_reset_requested", subject: user.id });
      },
      onPasswordReset: async ({ user }) => {
        await clearLockout(db, lockoutKey(user.email, lockoutSecret));
        await recordAudit(db, { actorId: user.id, action: "password_set", subject: user.id });
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
    disabledPaths: [
      "/sign-up/email",
      "/admin/create-user",
      "/admin/set-user-password",
      "/admin/impersonate-user",
      "/admin/stop-impersonating",
      "/admin/remove-user",
      "/delete-user",
      "/update-user",
      "/change-email",
    ],
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
      ...extraPlugins,
    ],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (PASSWORD_PATHS.has(ctx.path)) refusePassword(ctx.body?.newPassword);
        if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
          const minutes = minutesLocked(
            await readLockout(db, lockoutKey(ctx.body.email, lockoutSecret)),
            new Date(),
          );
          if (minutes > 0) {
            throw APIError.from("TOO_MANY_REQUESTS", { code: "ACCOUNT_LOCKED", message: String(minutes) });
          }
        }
        // The absolute timeout: a session older than maxHours ends, however recently used.
        const token = await ctx.getSignedCookie(
          ctx.context.authCookies.sessionToken.name,
          ctx.context.secret,
        );
        if (token) {
          await db.staffSession.deleteMany({
            where: { token, createdAt: { lt: new Date(Date.now() - maxAgeMs) } },
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const returned = ctx.context.returned;
        const failed = returned instanceof APIError;
        if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
          const key = lockoutKey(ctx.body.email, lockoutSecret);
          if (failed && returned.statusCode === 401) {
            const state = await recordFailure(db, key, settings.lockout);
            await recordAudit(db, {
              actorId: null,
              action: state.lockedUntil ? "sign_in_locked" : "sign_in_failed",
            });
          } else if (!failed) {
            await clearLockout(db, key);
            const userId = ctx.context.newSession?.user.id;
            if (userId) await recordAudit(db, { actorId: userId, action: "sign_in" });
          }
        }
        if (!failed && ctx.path.startsWith("/two-factor/verify-") && ctx.context.newSession) {
          await recordAudit(db, {
            actorId: ctx.context.newSession.user.id,
            action: "sign_in",
            detail: { twoFactor: true },
          });
        }
      }),
    },
  });
  return auth;
}

export type StaffAuth = ReturnType<typeof createAuth>;
