import { z } from "zod";
import { isTimeZone } from "../time/zoned";

// Pure: no process.env here, so the launcher, the app and tests validate the same way.

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const optionalEmail = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.email("an email address such as staff@example.org").optional())
  .optional();

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(
      z
        .url({ protocol: new RegExp(`^(${protocols.join("|")})$`), error: `a URL such as ${example}` })
        .optional(),
    )
    .optional();

const hexColor = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
    .default(fallback);

const isoDate = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.iso.date("a date as YYYY-MM-DD").optional())
  .optional();

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `a whole number from ${min} to ${max}` })
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`)
    .default(fallback);

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalUrl(["postgres", "postgresql"], "postgresql://user:pass@host:5432/db"),
    /** The owner role that migrations run as, when the app's role (DATABASE_URL) is not it. */
    MIGRATION_DATABASE_URL: optionalUrl(["postgres", "postgresql"], "postgresql://owner:pass@host:5432/db"),
    SMTP_URL: optionalUrl(["smtp", "smtps"], "smtp://user:pass@mail.example.org:587"),
    MAIL_FROM: optionalText,
    STAFF_EMAIL: optionalEmail,
    STAFF_EMAIL_ATTORNEY: optionalEmail,
    STAFF_EMAIL_MEDICAL: optionalEmail,
    STAFF_EMAIL_INTERPRETER: optionalEmail,
    PORT: z.coerce
      .number({ error: "a port number from 1 to 65535" })
      .int("a port number from 1 to 65535")
      .min(1, "a port number from 1 to 65535")
      .max(65535, "a port number from 1 to 65535")
      .default(3000),
    SITE_URL: optionalUrl(["http", "https"], "https://volunteer.example.org"),
    SESSION_SECRET: z
      .string()
      .min(32, "at least 32 characters (for example: openssl rand -hex 32)")
      .optional(),
    DATA_DIR: z.string().trim().min(1).default(".data"),
    /** Where `next build` writes; tests and benchmarks use their own so they never collide. */
    NEXT_DIST_DIR: z
      .string()
      .trim()
      .regex(/^\.next[\w-]*$/, "a folder name starting with .next, such as .next-e2e")
      .default(".next"),
    ORG_NAME: z.string().trim().min(1).default("New Mexico Immigrant Law Center"),
    ORG_SHORT_NAME: z.string().trim().min(1).default("NMILC"),
    ORG_EMAIL: z.email("an email address").default("probono@example.org"),
    ORG_PHONE: optionalText,
    ORG_COLOR_PRIMARY: hexColor("#1d4e6e"),
    ORG_COLOR_ACCENT: hexColor("#b4532a"),
    /** The zone of every time staff read, and of their days ("last 7 days", a filter's dates). */
    ORG_TIME_ZONE: z
      .string()
      .trim()
      .refine(isTimeZone, "an IANA time zone name such as America/Denver")
      .default("America/Denver"),
    /** Days without a step done after which a volunteer not yet ready counts as stalled (dashboard, list, staff digest). */
    STALLED_DAYS: wholeNumber(1, 365, 21),
    /** Days within which the thank-you page and confirmation email promise a reply; the dashboard flags signups new past it. */
    RESPONSE_PROMISE_DAYS: wholeNumber(1, 365, 14),
    // Signup protection: seconds a person needs at least, and signups allowed per hour.
    SIGNUP_MIN_SECONDS: z.coerce.number({ error: "a number of seconds" }).min(0).max(600).default(3),
    SIGNUP_LIMIT_PER_IP: z.coerce.number({ error: "a whole number" }).int().min(1).default(30),
    SIGNUP_LIMIT_PER_EMAIL: z.coerce.number({ error: "a whole number" }).int().min(1).default(5),
    // Links to a volunteer's own signups asked for per hour (lib/volunteer-access/request-link.ts):
    // per address, a volunteer who lost two emails can ask a third time and a stranger cannot
    // fill an inbox; per client address, a household trying a few addresses, not a list.
    VOLUNTEER_LINK_LIMIT_PER_EMAIL: z.coerce.number({ error: "a whole number" }).int().min(1).default(3),
    VOLUNTEER_LINK_LIMIT_PER_IP: z.coerce.number({ error: "a whole number" }).int().min(1).default(10),
    /** How many proxies in front of the app append to X-Forwarded-For (0: none). */
    TRUSTED_PROXIES: z.coerce.number({ error: "a whole number" }).int().min(0).max(5).default(0),
    EMAIL_MAX_ATTEMPTS: z.coerce.number({ error: "a whole number" }).int().min(1).max(50).default(12),
    /** Emails to volunteers' addresses (confirmations, links to confirm new answers) per hour, all instances together. */
    CONFIRMATION_EMAILS_PER_HOUR: wholeNumber(1, 1_000_000, 200),
    /** How long the front door reuses a prerendered public page (lib/server/page-cache.ts); 0 turns it off. */
    PAGE_CACHE_SECONDS: wholeNumber(0, 300, 10),
    /** Views and form opens of public pages counted by the front door (decision 035); "off" counts nothing. */
    COUNT_VISITS: z
      .string()
      .trim()
      .toLowerCase()
      .transform((value) => value || "on")
      .pipe(z.enum(["on", "off"], { error: "on or off" }))
      .default("on"),
    /** Seconds between two additions of the front door's counts to page_counts. */
    PAGE_COUNT_FLUSH_SECONDS: wholeNumber(1, 300, 5),
    /** `in-app` runs the email worker inside each web process; `separate` leaves it to `npm run worker`. */
    WORKER_MODE: z.enum(["in-app", "separate"], { error: "in-app or separate" }).default("in-app"),
    // Staff sign-in: a session ends after this long unused, and this long after sign-in.
    STAFF_SESSION_IDLE_MINUTES: wholeNumber(1, 24 * 60, 30),
    STAFF_SESSION_MAX_HOURS: wholeNumber(1, 7 * 24, 12),
    /** Failed passwords in SIGN_IN_LOCK_MINUTES that pause an account's password sign-in that long (doubling). */
    SIGN_IN_MAX_FAILURES: wholeNumber(1, 100, 5),
    SIGN_IN_LOCK_MINUTES: wholeNumber(1, 24 * 60, 15),
    /** Password sign-in attempts per IP address per minute. */
    SIGN_IN_LIMIT_PER_MINUTE: wholeNumber(1, 10_000, 10),
    /** Days after which declined and inactive signups are anonymised by a daily job; unset: never. */
    SIGNUP_RETENTION_DAYS: z
      .string()
      .trim()
      .transform((value) => value || undefined)
      .pipe(
        z.coerce
          .number<string>({ error: "a whole number of days from 1 to 3650" })
          .int("a whole number of days from 1 to 3650")
          .min(1, "a whole number of days from 1 to 3650")
          .max(3650, "a whole number of days from 1 to 3650")
          .optional(),
      )
      .optional(),
    // National Pro Bono Week: the home page shows its callout only when both dates are set.
    PRO_BONO_WEEK_START: isoDate,
    PRO_BONO_WEEK_END: isoDate,
  })
  .superRefine((env, ctx) => {
    if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["MIGRATION_DATABASE_URL"],
        message: "set only with DATABASE_URL (the app's role on the same database)",
      });
    }
    if (Boolean(env.PRO_BONO_WEEK_START) !== Boolean(env.PRO_BONO_WEEK_END)) {
      ctx.addIssue({
        code: "custom",
        path: [env.PRO_BONO_WEEK_START ? "PRO_BONO_WEEK_END" : "PRO_BONO_WEEK_START"],
        message: "set together with the other PRO_BONO_WEEK date (YYYY-MM-DD)",
      });
    }
  })
  .transform((env) => ({
    ...env,
    SITE_URL: (env.SITE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    MAIL_FROM: env.MAIL_FROM ?? `${env.ORG_NAME} <${env.ORG_EMAIL}>`,
    STAFF_EMAIL: env.STAFF_EMAIL ?? "staff@example.org",
  }));

export type Env = z.output<typeof EnvSchema>;

/**
 * What only suits a laptop is refused in production: an embedded database, a mail catcher, a
 * generated session secret, localhost links, a placeholder staff inbox. Each is a line.
 */
export const REQUIRED_IN_PRODUCTION = {
  DATABASE_URL: "a PostgreSQL URL",
  SMTP_URL: "an smtp:// or smtps:// URL",
  SITE_URL: "the site's public https:// URL",
  STAFF_EMAIL: "the inbox told of every signup",
  SESSION_SECRET: "32+ random characters: openssl rand -hex 32",
} as const;

/** The settings a production environment lacks (none outside production). */
export function missingInProduction(source: Record<string, string | undefined>): string[] {
  if (source.NODE_ENV?.trim() !== "production") return [];
  return Object.keys(REQUIRED_IN_PRODUCTION).filter((name) => !source[name]?.trim());
}

export type ConfigProblem = { variable: string; expected: string };

/** One line per variable: `Configuration error: NAME must be …`. */
export class ConfigError extends Error {
  readonly variable: string;
  readonly expected: string;

  constructor(readonly problems: [ConfigProblem, ...ConfigProblem[]]) {
    super(problems.map((p) => `Configuration error: ${p.variable} must be ${p.expected}.`).join("\n"));
    this.name = "ConfigError";
    this.variable = problems[0].variable;
    this.expected = problems[0].expected;
  }
}

/** Validates an environment; throws a ConfigError naming every bad or missing variable, once each. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const problems: ConfigProblem[] = missingInProduction(source).map((name) => ({
    variable: name,
    expected: `set when NODE_ENV=production (${REQUIRED_IN_PRODUCTION[name as keyof typeof REQUIRED_IN_PRODUCTION]})`,
  }));
  const result = EnvSchema.safeParse(source);
  for (const issue of result.error?.issues ?? []) {
    const variable = String(issue.path[0] ?? "environment");
    if (!problems.some((p) => p.variable === variable)) problems.push({ variable, expected: issue.message });
  }
  if (problems.length) throw new ConfigError(problems as [ConfigProblem, ...ConfigProblem[]]);
  return result.data!;
}
