import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Modules that read the environment or secrets, or touch the database, the job queue, the
// mail transport or Node-only APIs (paths under the project root, without extension; `**` is
// a whole folder). The one list of the server boundary: components may not import them.
// Those only Next.js loads also start with `import "server-only"` (README, Architecture).
export const SERVER_MODULES = [
  "lib/admin/assignment-email",
  "lib/admin/audit-log",
  "lib/admin/bulk-changes",
  "lib/admin/bulk-target",
  "lib/admin/dashboard",
  "lib/admin/delivery-reason",
  "lib/admin/email-resend",
  "lib/admin/language-suggestions",
  "lib/admin/own-sessions",
  "lib/admin/record-save",
  "lib/admin/signup-neighbours",
  "lib/admin/signup-changes",
  "lib/admin/signup-csv",
  "lib/admin/signup-export",
  "lib/admin/signup-filter",
  "lib/admin/signup-history",
  "lib/admin/signup-list",
  "lib/admin/signup-notes",
  "lib/admin/signup-privacy",
  "lib/admin/signup-record",
  "lib/attribution/front-door-counting",
  "lib/attribution/report",
  "lib/attribution/report-export",
  "lib/attribution/campaign-links",
  "lib/attribution/campaign-qr",
  "lib/auth/app-auth",
  "lib/auth/audit",
  "lib/auth/auth",
  "lib/auth/auth-hooks",
  "lib/auth/common-passwords",
  "lib/auth/http-endpoints",
  "lib/auth/lockout",
  "lib/auth/password",
  "lib/auth/password-links",
  "lib/auth/staff-accounts",
  "lib/auth/staff-emails",
  "lib/auth/staff-invitations",
  "lib/auth/staff-session",
  "lib/auth/staff-settings",
  "lib/config/env",
  "lib/config/check-env-on-start",
  "lib/config/session-secret",
  "lib/content/seed",
  "lib/content/testimonials",
  "lib/site/pro-bono-week-setting",
  "lib/db/**",
  "lib/dev/**",
  "lib/email/transport",
  "lib/generated/prisma/client",
  "lib/jobs/**",
  "lib/onboarding/daily-task",
  "lib/onboarding/own-steps",
  "lib/onboarding/pipeline-sql",
  "lib/onboarding/refresh-due",
  "lib/onboarding/staff-onboarding-digest",
  "lib/onboarding/summary",
  "lib/onboarding/volunteer-reminders",
  "lib/outreach/queue-messages",
  "lib/outreach/recipients",
  "lib/outreach/record-messages",
  "lib/outreach/send-message",
  "lib/outreach/stop-emails",
  "lib/outreach/status-message",
  "lib/outreach/stop-links",
  "lib/outreach/template-preview",
  "lib/outreach/templates",
  "lib/onboarding/record-steps",
  "lib/onboarding/step-changes",
  "lib/onboarding/summary",
  "lib/security/form-token",
  "lib/security/keys",
  "lib/security/rate-limit",
  "lib/security/unsubscribe-token",
  "lib/i18n/alternates",
  "lib/security/sealed-values",
  "lib/server/front-door",
  "lib/signup/anonymise",
  "lib/signup/handle-submission",
  "lib/signup/proposal-token",
  "lib/signup/refused-post",
  "lib/signup/signup-proposals",
  "lib/signup/submit-signup",
  "lib/site/share-card",
  "lib/site/urls",
  "lib/trainings/attendance",
  "lib/trainings/own-trainings",
  "lib/trainings/registrations",
  "lib/trainings/reminder-task",
  "lib/trainings/sessions",
  "lib/trainings/training-emails",
  "lib/volunteer-access/cookie",
  "lib/volunteer-access/handle-link-request",
  "lib/volunteer-access/link-task",
  "lib/volunteer-access/open-link",
  "lib/volunteer-access/own-changes",
  "lib/volunteer-access/own-signups",
  "lib/volunteer-access/request-link",
  "lib/volunteer-access/session",
  "lib/volunteer-access/staff-digest-task",
  "lib/volunteer-access/tokens",
];

// An import of `path` as written in a component: `@/path` or `../../path`, any extension.
const importOf = (paths) =>
  `^(?:@/|(?:\\.\\./)+)(?:${paths.map((p) => p.replace(/\/\*\*$/, "/.+")).join("|")})(?:\\.tsx?)?$`;

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Public pages are server-rendered documents that work without JavaScript; plain links
    // avoid client-side prefetching of every linked page on a phone's connection.
    rules: {
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, argsIgnorePattern: "^_" }],
    },
  },
  {
    // The boundary: UI knows nothing of routes, and nothing of modules that must stay on the
    // server (a type from one is fine: it leaves nothing in the bundle).
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: importOf(["app/.+"]),
              message: "components/ must not import from app/: pass what a component needs as props.",
            },
            {
              regex: importOf(SERVER_MODULES),
              allowTypeImports: true,
              message:
                "components/ must not import a server module (SERVER_MODULES in eslint.config.mjs): call it from app/ and pass the result as props.",
            },
          ],
        },
      ],
    },
  },
  {
    ignores: [
      ".next*/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
