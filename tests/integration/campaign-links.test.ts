import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffContext } from "../../lib/auth/staff-session";
import {
  archiveCampaignLink,
  campaignLinkLocation,
  createCampaignLink,
  getCampaignLink,
  listCampaignLinks,
} from "../../lib/attribution/campaign-links";
import { campaignQrSvg } from "../../lib/attribution/campaign-qr";
import { createDb, type Db } from "../../lib/db/client";
import { signedInStaff } from "../support/list-signups";
import { testAccountDeps } from "../support/staff-auth";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Campaign links (issue 24) on real PostgreSQL: staff create one (a bad code or target is
// refused by field), each change is audited, an archived link leaves the list but still leads
// where it did, and /r/<code> resolves in any case to a page of this site with its campaign.

let database: TestDatabase;
let db: Db;
let staff: StaffContext;

beforeAll(async () => {
  database = await createTestDatabase({ migrate: true });
  db = createDb(database.url);
  staff = await signedInStaff(testAccountDeps(db), "reviewer@example.org", "reviewer");
});

afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

const audit = (subject: string) =>
  db.auditEvent.findMany({
    where: { subject },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, detail: true },
  });

describe("campaign links", () => {
  it("are created by any staff member, audited, and listed newest first", async () => {
    const first = await createCampaignLink(db, staff, {
      code: "Bar-News",
      name: "Bar newsletter, January",
      targetPath: "/voices/paul-cash",
      utmCampaign: "",
    });
    expect(first).toMatchObject({ kind: "created", code: "bar-news" });
    const second = await createCampaignLink(db, staff, {
      code: "cle",
      name: "CLE evening",
      targetPath: "/es/volunteer/interpreter",
      utmCampaign: "Pro-Bono-Week",
    });
    expect(second.kind).toBe("created");
    const listed = await listCampaignLinks(db, staff);
    expect(listed.map((l) => [l.code, l.targetPath, l.utmCampaign, l.createdBy])).toEqual([
      ["cle", "/es/volunteer/interpreter", "pro-bono-week", "reviewer@example.org"],
      ["bar-news", "/voices/paul-cash", "bar-news", "reviewer@example.org"],
    ]);
    expect(await audit((first as { id: string }).id)).toEqual([
      {
        action: "campaign_link_created",
        actorId: staff.userId,
        detail: { code: "bar-news", targetPath: "/voices/paul-cash", utmCampaign: "bar-news" },
      },
    ]);
  });

  it("refuse a bad code, a target off the public pages and a taken code, by field, and record nothing", async () => {
    const before = await db.campaignLink.count();
    const auditBefore = await db.auditEvent.count();
    expect(
      await createCampaignLink(db, staff, {
        code: "bar news",
        name: "",
        targetPath: "https://evil.example/voices",
        utmCampaign: "no spaces",
      }),
    ).toEqual({
      kind: "invalid",
      fieldErrors: { code: "code", name: "required", targetPath: "target", utmCampaign: "campaign" },
    });
    for (const targetPath of ["/admin/signups", "//evil.example", "/volunteer/me", "/fr/voices"]) {
      expect(await createCampaignLink(db, staff, { code: "ok", name: "Ok", targetPath }), targetPath).toEqual(
        {
          kind: "invalid",
          fieldErrors: { targetPath: "target" },
        },
      );
    }
    expect(await createCampaignLink(db, staff, { code: "BAR-NEWS", name: "Again", targetPath: "/" })).toEqual(
      {
        kind: "invalid",
        fieldErrors: { code: "taken" },
      },
    );
    expect(await db.campaignLink.count()).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("resolve in any case to their page with the campaign; anything else is not a link", async () => {
    expect(await campaignLinkLocation(db, "bar-news")).toBe(
      "/voices/paul-cash?utm_source=campaign&utm_campaign=bar-news",
    );
    expect(await campaignLinkLocation(db, "BAR-News")).toBe(
      "/voices/paul-cash?utm_source=campaign&utm_campaign=bar-news",
    );
    expect(await campaignLinkLocation(db, "cle")).toBe(
      "/es/volunteer/interpreter?utm_source=campaign&utm_campaign=pro-bono-week",
    );
    for (const code of ["nope", "", "bar-news/x", "../admin", "x".repeat(500)]) {
      expect(await campaignLinkLocation(db, code), code).toBeNull();
    }
  });

  it("archived, leave the list, are audited, and still lead where they did", async () => {
    const [link] = (await listCampaignLinks(db, staff)).filter((l) => l.code === "bar-news");
    expect(await archiveCampaignLink(db, staff, link!.id)).toBe(true);
    expect(await archiveCampaignLink(db, staff, link!.id)).toBe(false);
    expect(await archiveCampaignLink(db, staff, "not-an-id")).toBe(false);
    expect((await listCampaignLinks(db, staff)).map((l) => l.code)).toEqual(["cle"]);
    expect((await audit(link!.id)).map((e) => [e.action, e.detail])).toEqual([
      ["campaign_link_created", expect.anything()],
      ["campaign_link_archived", { code: "bar-news" }],
    ]);
    expect(await campaignLinkLocation(db, "bar-news")).toBe(
      "/voices/paul-cash?utm_source=campaign&utm_campaign=bar-news",
    );
    expect(await getCampaignLink(db, staff, link!.id)).toMatchObject({ code: "bar-news" });
  });

  it("give a QR code, an SVG of the short link", async () => {
    const [link] = await listCampaignLinks(db, staff);
    const qr = await campaignQrSvg(db, staff, link!.id, "https://volunteer.example.org");
    expect(qr?.fileName).toBe("qr-cle.svg");
    expect(qr?.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(qr?.svg).not.toMatch(/<script|href=/);
    expect(
      await campaignQrSvg(db, staff, "00000000-0000-4000-8000-000000000000", "https://x.example"),
    ).toBeNull();
  });
});
