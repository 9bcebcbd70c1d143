import { describe, expect, it } from "vitest";
import { en } from "../messages/en";
import { auditSentence, sentenceKey, type AuditNames } from "./audit-sentence";
import { AUDIT_ACTIONS } from "./audit-view";

const ROSA = "staff-rosa";
const LUIS = "staff-luis";
const ANA = "0b6f2c3e-1111-4a4a-8b8b-000000000001";
const GONE = "0b6f2c3e-1111-4a4a-8b8b-000000000002";
const WELCOME = "0b6f2c3e-1111-4a4a-8b8b-000000000003";

const names: AuditNames = {
  staff: new Map([
    [ROSA, "Rosa Díaz"],
    [LUIS, "luis@example.org"],
  ]),
  signups: new Map([[ANA, "Ana García"]]),
  templates: new Map([[WELCOME, "Welcome"]]),
};

const say = (entry: Parameters<typeof auditSentence>[0]) => auditSentence(entry, names, en.admin);

describe("the audit log in words", () => {
  it("has a sentence for every action the log records", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(en.admin.audit.sentences[sentenceKey(action, {})], action).toMatch(/\w/);
      const sentence = say({ action, actorId: ROSA, subject: ANA, detail: { client: "203.0.113.7" } });
      expect(sentence, action).not.toMatch(/[{}]|[0-9a-f]{8}-[0-9a-f]{4}|staff-|_/);
    }
  });

  it("names the actor, the signup and the statuses as they read on the record", () => {
    expect(
      say({
        action: "signup_status_changed",
        actorId: ROSA,
        subject: ANA,
        detail: { from: "new", to: "contacted" },
      }),
    ).toBe("Rosa Díaz changed the status of Ana García's signup from New to Contacted");
    expect(say({ action: "signup_viewed", actorId: LUIS, subject: GONE, detail: null })).toBe(
      "luis@example.org opened a deleted signup",
    );
    expect(
      say({ action: "signup_assigned", actorId: ROSA, subject: ANA, detail: { assigneeId: LUIS } }),
    ).toBe("Rosa Díaz assigned Ana García's signup to luis@example.org");
    expect(
      say({ action: "signup_assigned", actorId: ROSA, subject: ANA, detail: { assigneeId: null } }),
    ).toBe("Rosa Díaz unassigned Ana García's signup");
    expect(say({ action: "signup_viewed", actorId: "staff-removed", subject: ANA, detail: null })).toBe(
      "A removed staff account opened Ana García's signup",
    );
    const anonymised: AuditNames = { ...names, signups: new Map([[ANA, null]]) };
    expect(
      auditSentence(
        { action: "signup_anonymized", actorId: ROSA, subject: ANA, detail: null },
        anonymised,
        en.admin,
      ),
    ).toBe("Rosa Díaz anonymised a signup (now anonymised)");
  });

  it("names an onboarding step by its title, a step per pair as any pair (the log keeps the step only)", () => {
    const words = { ...en.admin, stepTitles: en.onboarding.steps };
    const step = (
      action: "signup_step_completed" | "signup_step_changed" | "signup_step_cleared",
      key: string,
    ) => auditSentence({ action, actorId: ROSA, subject: ANA, detail: { step: key } }, names, words);
    expect(step("signup_step_completed", "licenceVerified")).toBe(
      "Rosa Díaz marked “Licence verified” done on Ana García's signup",
    );
    expect(step("signup_step_changed", "eoirRegistration")).toBe(
      "Rosa Díaz changed what “EOIR eRegistry number recorded” recorded on Ana García's signup",
    );
    expect(step("signup_step_cleared", "languagePairAssessed")).toBe(
      "Rosa Díaz cleared “Language pair assessed: any pair” on Ana García's signup",
    );
  });

  it("tells a two-factor sign-in, a failed one and a paused one apart", () => {
    expect(say({ action: "sign_in", actorId: ROSA, subject: ROSA, detail: { twoFactor: true } })).toBe(
      "Rosa Díaz signed in (with two-factor)",
    );
    expect(say({ action: "sign_in", actorId: ROSA, subject: ROSA, detail: {} })).toBe("Rosa Díaz signed in");
    expect(
      say({ action: "sign_in_failed", actorId: null, subject: ROSA, detail: { reason: "password" } }),
    ).toBe("Someone tried to sign in as Rosa Díaz with a wrong password");
    expect(
      say({ action: "sign_in_failed", actorId: null, subject: null, detail: { reason: "paused" } }),
    ).toBe("Someone tried to sign in as an unknown account while its sign-in was paused");
    expect(
      say({
        action: "sign_in_locked",
        actorId: null,
        subject: ROSA,
        detail: { scope: "client", minutes: 15 },
      }),
    ).toBe("Sign-in as Rosa Díaz was paused for 15 minutes after wrong passwords");
  });

  it("counts and names what changed together, sent, exported and anonymised", () => {
    expect(
      say({
        action: "signups_bulk_changed",
        actorId: ROSA,
        subject: null,
        detail: { change: "status", to: "active", changed: 12 },
      }),
    ).toBe("Rosa Díaz changed the status of 12 signups to Active");
    expect(
      say({
        action: "signups_bulk_changed",
        actorId: ROSA,
        subject: null,
        detail: { change: "followUp", to: "2026-12-10|call back", changed: 1 },
      }),
    ).toBe("Rosa Díaz set a follow-up on 1 signup for 2026-12-10");
    expect(
      say({
        action: "signups_message_sent",
        actorId: ROSA,
        subject: null,
        detail: { templateId: WELCOME, count: 3 },
      }),
    ).toBe("Rosa Díaz sent the “Welcome” message to 3 signups");
    expect(
      say({ action: "signup_message_sent", actorId: ROSA, subject: ANA, detail: { templateId: null } }),
    ).toBe("Rosa Díaz sent a message written for it to Ana García's signup");
    expect(
      say({
        action: "signups_exported",
        actorId: LUIS,
        subject: null,
        detail: { rows: 40, isComplete: false },
      }),
    ).toBe("luis@example.org started a spreadsheet (CSV) download that stopped after 40 signups");
    expect(
      say({
        action: "recruitment_exported",
        actorId: ROSA,
        subject: null,
        detail: { from: "2026-03-01", to: "2026-03-31", rows: 12 },
      }),
    ).toBe("Rosa Díaz downloaded the recruitment report for 2026-03-01 to 2026-03-31 as a spreadsheet (CSV)");
    expect(
      say({
        action: "signups_retention_anonymized",
        actorId: null,
        subject: null,
        detail: { count: 2, days: 730 },
      }),
    ).toBe("The system anonymised 2 signups older than 730 days");
    expect(say({ action: "message_template_deleted", actorId: ROSA, subject: GONE, detail: null })).toBe(
      "Rosa Díaz deleted a message template",
    );
    expect(
      say({ action: "setting_changed", actorId: ROSA, subject: null, detail: { requireTwoFactor: true } }),
    ).toBe("Rosa Díaz required two-factor sign-in for all staff");
    expect(
      say({
        action: "setting_changed",
        actorId: ROSA,
        subject: null,
        detail: { setting: "proBonoWeek", before: { start: null }, after: { start: "2026-11-01" } },
      }),
    ).toBe("Rosa Díaz changed National Pro Bono Week's dates or callout");
    expect(say({ action: "staff_invited", actorId: ROSA, subject: LUIS, detail: { role: "reviewer" } })).toBe(
      "Rosa Díaz invited luis@example.org as reviewer",
    );
  });
});
