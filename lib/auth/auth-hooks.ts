import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { Db } from "../db/client";
import { clientAddressOf, rateLimitSubject } from "../security/rate-limit";
import { recordAudit, type AuditAction } from "./audit";
import { isCommonPassword } from "./common-passwords";
import { clearClientLockout, currentPause, lockoutKeys, recordFailure, type LockoutKeys } from "./lockout";
import { checkPassword } from "./password-policy";
import type { AuthSettings } from "./settings";

// What better-auth lacks, added around every endpoint it runs, whether the call came over HTTP
// or from our server actions (auth.api): the password policy, the pauses on wrong passwords
// (sign-in and every endpoint that checks a signed-in member's password or code), sessions
// that always follow the idle and absolute timeouts, and an audit entry for each security
// event with its actor, the account it concerns and the client's address.

type HookDeps = { db: Db; settings: AuthSettings; lockoutSecret: Buffer; maxAgeMs: number };
type Ctx = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const NEW_PASSWORD_PATHS = new Set(["/reset-password", "/change-password"]);
/** Endpoints that check a signed-in member's password: each wrong one counts toward the pause. */
const PASSWORD_CHECK_PATHS = new Set([
  "/change-password",
  "/two-factor/enable",
  "/two-factor/disable",
  "/verify-password",
]);
const CODE_PATHS = new Set(["/two-factor/verify-totp", "/two-factor/verify-backup-code"]);
const REVOKE_PATHS = new Set(["/revoke-session", "/revoke-sessions", "/revoke-other-sessions"]);

function refuseWeakPassword(password: unknown) {
  if (typeof password !== "string") return;
  const check = checkPassword(password, isCommonPassword);
  if (!check.ok) {
    throw APIError.from("BAD_REQUEST", {
      code: `PASSWORD_${check.reason.toUpperCase()}`,
      message: check.reason,
    });
  }
}

const clientOf = (ctx: Ctx) => clientAddressOf(ctx.headers);

function refusePaused(minutes: number): never {
  throw APIError.from("TOO_MANY_REQUESTS", { code: "ACCOUNT_LOCKED", message: String(minutes) });
}

export function createAuthHooks({ db, settings, lockoutSecret, maxAgeMs }: HookDeps) {
  const keysFor = (email: string, client: string): LockoutKeys =>
    lockoutKeys(email, rateLimitSubject(client), lockoutSecret);
  const audit = (
    action: AuditAction,
    client: string,
    who: { actorId?: string | null; subject?: string | null },
    detail?: Record<string, string | number | boolean>,
  ) =>
    recordAudit(db, {
      actorId: who.actorId ?? null,
      action,
      subject: who.subject ?? null,
      detail: { ...detail, client },
    });
  const userIdByEmail = async (email: string) =>
    (await db.staffUser.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } }))
      ?.id ?? null;

  /** The account a sign-in code is for: the signed-in member, or the one half-way through sign-in. */
  async function codeAccount(ctx: Ctx): Promise<string | null> {
    if (ctx.context.session) return ctx.context.session.user.id;
    const cookie = ctx.context.createAuthCookie("two_factor");
    const pending = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
    if (!pending) return null;
    return (await ctx.context.internalAdapter.findVerificationValue(pending))?.value ?? null;
  }

  /** Counts a wrong password or code of a signed-in member, and audits it. */
  async function countMemberFailure(ctx: Ctx, action: AuditAction) {
    const session = ctx.context.session;
    if (!session) return;
    const client = clientOf(ctx);
    const pause = await recordFailure(db, keysFor(session.user.email, client), settings.lockout);
    const who = { actorId: session.user.id, subject: session.user.id };
    await audit(action, client, who, { path: ctx.path });
    if (pause) await audit("sign_in_locked", client, who, pause);
  }

  const before = createAuthMiddleware(async (ctx) => {
    const client = clientOf(ctx);
    if (NEW_PASSWORD_PATHS.has(ctx.path)) refuseWeakPassword(ctx.body?.newPassword);

    if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
      const pause = await currentPause(db, keysFor(ctx.body.email, client));
      if (pause) {
        await audit(
          "sign_in_failed",
          client,
          { subject: await userIdByEmail(ctx.body.email) },
          { reason: "paused" },
        );
        refusePaused(pause.minutes);
      }
      // "Remember me: no" would make a session that never slides and ignores the idle timeout.
      if ("rememberMe" in ctx.body) return { context: { body: { ...ctx.body, rememberMe: true } } };
    }

    if (PASSWORD_CHECK_PATHS.has(ctx.path) || (CODE_PATHS.has(ctx.path) && ctx.request)) {
      const session = await getSessionFromCtx(ctx);
      if (session && CODE_PATHS.has(ctx.path)) {
        // Over HTTP these are the sign-in form's; with a session they would complete an
        // enrolment outside the account page's audited action.
        throw APIError.from("FORBIDDEN", { code: "SIGNED_IN", message: "Already signed in." });
      }
      if (session) {
        const pause = await currentPause(db, keysFor(session.user.email, client));
        if (pause) refusePaused(pause.minutes);
      }
    }
    if (CODE_PATHS.has(ctx.path) && ctx.body?.trustDevice) {
      // A trusted device would skip the code for 30 days: every sign-in asks for it.
      return { context: { body: { ...ctx.body, trustDevice: false } } };
    }

    if (ctx.path === "/sign-out") {
      const session = await getSessionFromCtx(ctx);
      if (session) await audit("sign_out", client, { actorId: session.user.id, subject: session.user.id });
    }

    // The absolute timeout: a session older than maxHours ends, however recently used.
    const token = await ctx.getSignedCookie(ctx.context.authCookies.sessionToken.name, ctx.context.secret);
    if (token) {
      await db.staffSession.deleteMany({
        where: { token, createdAt: { lt: new Date(Date.now() - maxAgeMs) } },
      });
    }
  });

  const after = createAuthMiddleware(async (ctx) => {
    const returned = ctx.context.returned;
    const error = returned instanceof APIError ? returned : null;
    const code = (error?.body as { code?: string } | undefined)?.code;
    const client = clientOf(ctx);
    const member = ctx.context.session?.user.id ?? null;

    if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
      const keys = keysFor(ctx.body.email, client);
      if (error?.statusCode === 401) {
        const subject = await userIdByEmail(ctx.body.email);
        const pause = await recordFailure(db, keys, settings.lockout);
        await audit("sign_in_failed", client, { subject }, { reason: "password" });
        if (pause) await audit("sign_in_locked", client, { subject }, pause);
      } else if (code === "BANNED_USER") {
        await audit("sign_in_deactivated", client, { subject: await userIdByEmail(ctx.body.email) });
      } else if (!error) {
        await clearClientLockout(db, keys);
        const user = ctx.context.newSession?.user as { id: string; twoFactorEnabled?: boolean } | undefined;
        // With two-factor on, the two-factor plugin turns this session into a code challenge:
        // the sign-in is recorded when the code is right.
        if (user && !user.twoFactorEnabled)
          await audit("sign_in", client, { actorId: user.id, subject: user.id });
      }
      return;
    }

    if (CODE_PATHS.has(ctx.path)) {
      if (error) {
        if (member) await countMemberFailure(ctx, "two_factor_failed");
        else
          await audit("two_factor_failed", client, { subject: await codeAccount(ctx) }, { code: code ?? "" });
        return;
      }
      if (!member && ctx.context.newSession) {
        const userId = ctx.context.newSession.user.id;
        await audit("sign_in", client, { actorId: userId, subject: userId }, { twoFactor: true });
      } else if (member && !ctx.context.session?.user.twoFactorEnabled) {
        // The first right code after enrolment turns two-factor on.
        await audit("two_factor_enabled", client, { actorId: member, subject: member });
      }
      return;
    }

    if (PASSWORD_CHECK_PATHS.has(ctx.path) && code === "INVALID_PASSWORD") {
      await countMemberFailure(ctx, "password_check_failed");
      return;
    }
    if (error || !member) return;
    const who = { actorId: member, subject: member };
    if (ctx.path === "/change-password") await audit("password_changed", client, who);
    else if (ctx.path === "/two-factor/disable") await audit("two_factor_disabled", client, who);
    else if (REVOKE_PATHS.has(ctx.path)) await audit("sessions_revoked", client, who, { path: ctx.path });
  });

  return { before, after };
}
