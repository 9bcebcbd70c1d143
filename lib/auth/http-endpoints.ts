import "server-only";
import type { BetterAuthPlugin } from "better-auth";

// better-auth serves every endpoint of every plugin over HTTP under /api/auth, whether or not
// our pages call it; an attacker calls them directly (the admin plugin's update-user could
// switch two-factor on without a secret). So HTTP is deny by default: only what the staff
// pages post from the browser is reachable, and everything else about accounts goes through
// our server actions, which check the role and two-factor and write the audit log. Server-side
// `auth.api.*` calls are not HTTP and are not affected.
// A test walks the library's own endpoint list (tests/integration/auth-endpoints.test.ts): an
// endpoint in neither list fails it, so an upgrade cannot open a door without a decision here.

/** Reachable over HTTP, POST only, with the page that calls it. */
export const HTTP_ENDPOINTS = {
  "/sign-in/email": "sign-in form (components/admin/sign-in-form.tsx): password step",
  "/two-factor/verify-totp": "sign-in form: authenticator code step",
  "/two-factor/verify-backup-code": "sign-in form: recovery code step",
  "/request-password-reset": "forgotten password form (components/admin/request-reset-form.tsx)",
  "/reset-password": "set-password form (components/admin/set-password-form.tsx): invitation or reset link",
} as const;

/** Every other endpoint of our configuration, refused over HTTP (404), with why. */
export const REFUSED_ENDPOINTS: Record<string, string> = {
  "/sign-up/email": "no public sign-up: accounts come from admin:create and invitations",
  "/sign-in/social": "no social sign-in",
  "/callback/:id": "no social sign-in",
  "/get-session": "pages read the session on the server",
  "/sign-out": "a server action (app/admin/(staff)/actions.ts)",
  "/verify-password": "unused; a stolen session must not guess the password",
  "/verify-email": "staff emails are verified when an admin creates the account",
  "/send-verification-email": "as above",
  "/change-email": "email changes are not offered",
  "/change-password": "a server action on the account page (audited, counted toward the pause)",
  "/update-session": "unused",
  "/update-user": "names and flags change only through staff management",
  "/delete-user": "accounts are deactivated by an admin, never deleted by themselves",
  "/delete-user/callback": "as above",
  "/reset-password/:token": "our links lead to /admin/set-password directly",
  "/list-sessions": "a server action on the account page",
  "/revoke-session": "a server action on the account page",
  "/revoke-sessions": "a server action on the account page",
  "/revoke-other-sessions": "a server action on the account page",
  "/link-social": "no social sign-in",
  "/list-accounts": "unused",
  "/unlink-account": "no social sign-in",
  "/refresh-token": "no social sign-in",
  "/get-access-token": "no social sign-in",
  "/account-info": "no social sign-in",
  "/admin/set-role": "staff management: our server action",
  "/admin/get-user": "staff management: our server action",
  "/admin/create-user": "staff management: our server action",
  "/admin/update-user": "staff management: our server action",
  "/admin/list-users": "staff management: our server action",
  "/admin/list-user-sessions": "staff management: our server action",
  "/admin/unban-user": "staff management: our server action",
  "/admin/ban-user": "staff management: our server action",
  "/admin/impersonate-user": "no impersonation",
  "/admin/stop-impersonating": "no impersonation",
  "/admin/revoke-user-session": "staff management: our server action",
  "/admin/revoke-user-sessions": "staff management: our server action",
  "/admin/remove-user": "accounts are deactivated, never removed",
  "/admin/set-user-password": "passwords are set only by their owner, through a link",
  "/admin/has-permission": "roles are checked in lib/, not by the browser",
  "/two-factor/get-totp-uri": "enrolment is a server action on the account page",
  "/two-factor/send-otp": "no codes by email",
  "/two-factor/verify-otp": "no codes by email",
  "/two-factor/generate-backup-codes": "enrolment is a server action on the account page",
  "/two-factor/enable": "a server action on the account page",
  "/two-factor/disable": "a server action on the account page (another's: staff management)",
  "/ok": "unused",
  "/error": "unused",
};

export function isHttpEndpoint(path: string): path is keyof typeof HTTP_ENDPOINTS {
  return Object.hasOwn(HTTP_ENDPOINTS, path);
}

const NOT_FOUND = () => new Response(null, { status: 404, headers: { "cache-control": "no-store" } });

/** The plugin that answers 404 to any HTTP request outside HTTP_ENDPOINTS. */
export function httpAllowlist(basePath: string) {
  return {
    id: "http-allowlist",
    onRequest: async (request) => {
      const path = new URL(request.url).pathname;
      const endpoint = path.startsWith(`${basePath}/`) ? path.slice(basePath.length) : null;
      if (request.method === "POST" && endpoint !== null && isHttpEndpoint(endpoint)) return;
      return { response: NOT_FOUND() };
    },
  } satisfies BetterAuthPlugin;
}
