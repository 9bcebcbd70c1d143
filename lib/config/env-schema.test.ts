import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("fills sensible defaults from an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.STAFF_EMAIL).toBe("staff@example.org");
    expect(env.MAIL_FROM).toContain("<probono@example.org>");
  });

  it("derives SITE_URL from PORT and trims a trailing slash", () => {
    expect(parseEnv({ PORT: "4100" }).SITE_URL).toBe("http://localhost:4100");
    expect(parseEnv({ SITE_URL: "https://volunteer.example.org/" }).SITE_URL).toBe(
      "https://volunteer.example.org",
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://localhost/db"],
    ["MIGRATION_DATABASE_URL", "db.example.org/app"],
    ["SMTP_URL", "http://mail.example.org"],
    ["STAFF_EMAIL_MEDICAL", "not-an-address"],
    ["SITE_URL", "ftp://example.org"],
    ["ORG_COLOR_PRIMARY", "blue"],
    ["ORG_TIME_ZONE", "Mountain Time"],
    ["PRO_BONO_WEEK_START", "October 23"],
    ["SIGNUP_RETENTION_DAYS", "0"],
    ["SIGNUP_RETENTION_DAYS", "1.5"],
    ["RESPONSE_PROMISE_DAYS", "0"],
    ["RESPONSE_PROMISE_DAYS", "366"],
    ["RESPONSE_PROMISE_DAYS", "10.5"],
    ["RESPONSE_PROMISE_DAYS", "two weeks"],
  ])("names %s when it is %j", (variable, value) => {
    expect(() => parseEnv({ [variable]: value })).toThrow(ConfigError);
    expect(() => parseEnv({ [variable]: value })).toThrow(
      new RegExp(`^Configuration error: ${variable} must be`),
    );
  });

  it("shows staff Mountain Time unless ORG_TIME_ZONE names another zone", () => {
    expect(parseEnv({}).ORG_TIME_ZONE).toBe("America/Denver");
    expect(parseEnv({ ORG_TIME_ZONE: " Europe/Madrid " }).ORG_TIME_ZONE).toBe("Europe/Madrid");
    expect(() => parseEnv({ ORG_TIME_ZONE: "MST7x" })).toThrow(
      "Configuration error: ORG_TIME_ZONE must be an IANA time zone name such as America/Denver.",
    );
  });

  it("promises a reply within 14 days unless RESPONSE_PROMISE_DAYS says otherwise", () => {
    expect(parseEnv({}).RESPONSE_PROMISE_DAYS).toBe(14);
    expect(parseEnv({ RESPONSE_PROMISE_DAYS: " 7 " }).RESPONSE_PROMISE_DAYS).toBe(7);
    expect(parseEnv({ RESPONSE_PROMISE_DAYS: "365" }).RESPONSE_PROMISE_DAYS).toBe(365);
    expect(() => parseEnv({ RESPONSE_PROMISE_DAYS: "0" })).toThrow(
      "Configuration error: RESPONSE_PROMISE_DAYS must be a whole number from 1 to 365.",
    );
  });

  it("leaves retention off unless SIGNUP_RETENTION_DAYS is set", () => {
    expect(parseEnv({}).SIGNUP_RETENTION_DAYS).toBeUndefined();
    expect(parseEnv({ SIGNUP_RETENTION_DAYS: " " }).SIGNUP_RETENTION_DAYS).toBeUndefined();
    expect(parseEnv({ SIGNUP_RETENTION_DAYS: "730" }).SIGNUP_RETENTION_DAYS).toBe(730);
  });

  it("counts visits, flushed every 5 seconds, unless COUNT_VISITS=off or told otherwise", () => {
    expect(parseEnv({})).toMatchObject({ COUNT_VISITS: "on", PAGE_COUNT_FLUSH_SECONDS: 5 });
    expect(parseEnv({ COUNT_VISITS: " OFF " }).COUNT_VISITS).toBe("off");
    expect(parseEnv({ COUNT_VISITS: "" }).COUNT_VISITS).toBe("on");
    expect(parseEnv({ PAGE_COUNT_FLUSH_SECONDS: "60" }).PAGE_COUNT_FLUSH_SECONDS).toBe(60);
    expect(() => parseEnv({ COUNT_VISITS: "no" })).toThrow(
      "Configuration error: COUNT_VISITS must be on or off.",
    );
    for (const value of ["0", "301", "1.5"]) {
      expect(() => parseEnv({ PAGE_COUNT_FLUSH_SECONDS: value })).toThrow(
        "Configuration error: PAGE_COUNT_FLUSH_SECONDS must be a whole number from 1 to 300.",
      );
    }
  });

  it("caps emails to volunteers at 200 an hour unless told otherwise", () => {
    expect(parseEnv({}).CONFIRMATION_EMAILS_PER_HOUR).toBe(200);
    expect(parseEnv({ CONFIRMATION_EMAILS_PER_HOUR: "1000" }).CONFIRMATION_EMAILS_PER_HOUR).toBe(1000);
    for (const value of ["0", "2.5", "many"]) {
      expect(() => parseEnv({ CONFIRMATION_EMAILS_PER_HOUR: value })).toThrow(
        "Configuration error: CONFIRMATION_EMAILS_PER_HOUR must be a whole number from 1 to 1000000.",
      );
    }
  });

  it("takes MIGRATION_DATABASE_URL only beside DATABASE_URL", () => {
    const urls = {
      DATABASE_URL: "postgresql://app:a@db.example.org:5432/pbv",
      MIGRATION_DATABASE_URL: "postgresql://owner:o@db.example.org:5432/pbv",
    };
    expect(parseEnv(urls).MIGRATION_DATABASE_URL).toBe("postgresql://owner:o@db.example.org:5432/pbv");
    expect(
      parseEnv({ DATABASE_URL: urls.DATABASE_URL, MIGRATION_DATABASE_URL: " " }).MIGRATION_DATABASE_URL,
    ).toBe(undefined);
    expect(() => parseEnv({ MIGRATION_DATABASE_URL: urls.MIGRATION_DATABASE_URL })).toThrow(
      "Configuration error: MIGRATION_DATABASE_URL must be set only with DATABASE_URL (the app's role on the same database).",
    );
  });

  it("takes the Pro Bono Week dates only as a pair", () => {
    const env = parseEnv({ PRO_BONO_WEEK_START: "2026-10-25", PRO_BONO_WEEK_END: "2026-10-31" });
    expect(env.PRO_BONO_WEEK_START).toBe("2026-10-25");
    expect(() => parseEnv({ PRO_BONO_WEEK_START: "2026-10-25" })).toThrow(/PRO_BONO_WEEK_END/);
  });

  it("requires every production setting in production only, one line each", () => {
    const production = {
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://app@db.example.org:5432/app",
      SMTP_URL: "smtps://mail.example.org:465",
      SITE_URL: "https://volunteer.example.org",
      STAFF_EMAIL: "intake@example.org",
      SESSION_SECRET: "x".repeat(32),
    };
    expect(parseEnv(production).STAFF_EMAIL).toBe("intake@example.org");
    for (const name of ["DATABASE_URL", "SMTP_URL", "SITE_URL", "STAFF_EMAIL", "SESSION_SECRET"]) {
      for (const unset of [undefined, " "]) {
        expect(() => parseEnv({ ...production, [name]: unset })).toThrow(
          new RegExp(`^Configuration error: ${name} must be set when NODE_ENV=production \\(.+\\)\\.$`),
        );
      }
    }
    expect(() => parseEnv({ ...production, NODE_ENV: "development", SITE_URL: undefined })).not.toThrow();
    expect(() => parseEnv({ SESSION_SECRET: "short" })).toThrow(/SESSION_SECRET must be at least 32/);
  });

  it("names every missing and every wrong variable, each on its own line", () => {
    const error = (() => {
      try {
        parseEnv({ NODE_ENV: "production", SMTP_URL: "http://mail.example.org", PORT: "x" });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).message.split("\n");
    expect(lines.map((line) => line.match(/^Configuration error: (\w+) must be /)?.[1])).toEqual([
      "DATABASE_URL",
      "SITE_URL",
      "STAFF_EMAIL",
      "SESSION_SECRET",
      "SMTP_URL",
      "PORT",
    ]);
    expect(lines[4]).toBe(
      "Configuration error: SMTP_URL must be a URL such as smtp://user:pass@mail.example.org:587.",
    );
  });
});
