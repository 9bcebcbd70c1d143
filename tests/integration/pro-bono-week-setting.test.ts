import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessError } from "../../lib/auth/errors";
import type { StaffContext } from "../../lib/auth/staff-session";
import { createDb, type Db } from "../../lib/db/client";
import { readProBonoWeek, resetProBonoWeek, saveProBonoWeek } from "../../lib/site/pro-bono-week-setting";
import { signedInStaff } from "../support/list-signups";
import { testAccountDeps } from "../support/staff-auth";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// National Pro Bono Week as a setting (issue 25) on real PostgreSQL: the environment's dates
// until an admin saves, the saved dates and text after, each change audited with before and
// after, a reviewer refused, and "back to the environment's values" forgetting the save.

let database: TestDatabase;
let db: Db;
let admin: StaffContext;
let reviewer: StaffContext;

const env = { PRO_BONO_WEEK_START: "2026-10-25", PRO_BONO_WEEK_END: "2026-10-31" };
const form = {
  start: "2027-10-24",
  end: "2027-10-30",
  calloutEn: "{dates}: take a case.",
  calloutEs: "{dates}: acepte un caso.",
};

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  admin = await signedInStaff(testAccountDeps(db), "admin@example.org", "admin");
  reviewer = await signedInStaff(testAccountDeps(db), "reviewer@example.org", "reviewer");
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const settingEvents = async () =>
  (await db.auditEvent.findMany({ where: { action: "setting_changed" }, orderBy: { id: "asc" } })).filter(
    (event) => (event.detail as { setting?: string } | null)?.setting === "proBonoWeek",
  );

describe("National Pro Bono Week setting", () => {
  it("is the environment's dates and the catalogs' text until an admin saves", async () => {
    expect(await readProBonoWeek(db, env)).toMatchObject({
      start: "2026-10-25",
      end: "2026-10-31",
      callout: null,
      source: "environment",
    });
    expect(await readProBonoWeek(db, {})).toMatchObject({ start: null, end: null, source: "environment" });
  });

  it("refuses a reviewer, changing nothing", async () => {
    await expect(saveProBonoWeek(db, reviewer, form, env)).rejects.toBeInstanceOf(AccessError);
    await expect(resetProBonoWeek(db, reviewer, env)).rejects.toBeInstanceOf(AccessError);
    expect((await readProBonoWeek(db, env)).source).toBe("environment");
    expect(await settingEvents()).toHaveLength(0);
  });

  it("refuses a bad form by field, changing nothing", async () => {
    const outcome = await saveProBonoWeek(db, admin, { ...form, end: "2027-10-01", calloutEs: "" }, env);
    expect(outcome).toEqual({
      kind: "invalid",
      fieldErrors: { end: "endBeforeStart", calloutEs: "bothTexts" },
    });
    expect((await readProBonoWeek(db, env)).source).toBe("environment");
  });

  it("saves an admin's dates and text, audited with before and after", async () => {
    expect(await saveProBonoWeek(db, admin, form, env)).toEqual({ kind: "saved" });
    expect(await readProBonoWeek(db, env)).toMatchObject({
      start: "2027-10-24",
      end: "2027-10-30",
      callout: { en: form.calloutEn, es: form.calloutEs },
      source: "saved",
      updatedById: admin.userId,
    });
    const event = (await settingEvents())[0]!;
    expect(event.actorId).toBe(admin.userId);
    expect(event.detail).toMatchObject({
      before: {
        source: "environment",
        start: "2026-10-25",
        end: "2026-10-31",
        calloutEn: null,
        calloutEs: null,
      },
      after: { source: "saved", start: "2027-10-24", end: "2027-10-30", calloutEn: form.calloutEn },
    });
  });

  it("saves no dates (no callout) and the catalogs' text again", async () => {
    await saveProBonoWeek(db, admin, { start: "", end: "", calloutEn: "", calloutEs: "" }, env);
    expect(await readProBonoWeek(db, env)).toMatchObject({
      start: null,
      end: null,
      callout: null,
      source: "saved",
    });
    const events = await settingEvents();
    expect(events.at(-1)?.detail).toMatchObject({
      before: { start: "2027-10-24", calloutEs: form.calloutEs },
      after: { start: null, end: null, calloutEn: null },
    });
  });

  it("goes back to the environment's values, audited; a second reset records nothing", async () => {
    await saveProBonoWeek(db, admin, form, env);
    const count = (await settingEvents()).length;
    await resetProBonoWeek(db, admin, env);
    expect(await readProBonoWeek(db, env)).toMatchObject({ start: "2026-10-25", source: "environment" });
    const events = await settingEvents();
    expect(events).toHaveLength(count + 1);
    expect(events.at(-1)?.detail).toMatchObject({
      before: { source: "saved", start: "2027-10-24" },
      after: { source: "environment", start: "2026-10-25", calloutEn: null },
    });
    await resetProBonoWeek(db, admin, env);
    expect(await settingEvents()).toHaveLength(count + 1);
  });

  it("the database refuses a second row or an end before the start", async () => {
    await expect(
      db.proBonoWeekSetting.create({ data: { id: 2, updatedById: admin.userId } }),
    ).rejects.toThrow();
    await expect(
      db.proBonoWeekSetting.create({
        data: {
          startDate: new Date("2027-10-30"),
          endDate: new Date("2027-10-24"),
          updatedById: admin.userId,
        },
      }),
    ).rejects.toThrow();
  });
});
