import "server-only";
import { randomUUID } from "node:crypto";
import { staffName } from "../admin/staff-name";
import { recordAudit } from "../auth/audit";
import { assertRole, type StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import {
  CampaignLinkFormSchema,
  campaignFieldErrors,
  CODE_PATTERN,
  isCampaignTarget,
  type CampaignFieldError,
  type CampaignLinkForm,
} from "./campaign-link-form";

// Staff's short links for a newsletter, an event or a flyer (issue 24): /r/<code> leads to a
// public page with the campaign in its utm_campaign. Any staff member may make and archive
// them (assertRole "reviewer"): they touch no volunteer's data. Every change is audited
// (subject: the link's id; detail: its code, never more). An archived link still leads where it
// did: a printed flyer outlives its campaign.

export type CampaignLinkRow = {
  id: string;
  code: string;
  name: string;
  targetPath: string;
  utmCampaign: string;
  createdAt: Date;
  /** The staff member's display name or email; null once their account is gone. */
  createdBy: string | null;
};

export type CreateOutcome =
  | { kind: "created"; id: string; code: string }
  | { kind: "invalid"; fieldErrors: Partial<Record<keyof CampaignLinkForm, CampaignFieldError>> };

/** The links not archived, newest first. */
export async function listCampaignLinks(db: Db, staff: StaffContext): Promise<CampaignLinkRow[]> {
  assertRole(staff, "reviewer");
  const rows = await db.campaignLink.findMany({
    where: { archivedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 500,
    include: { creator: { select: { name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    targetPath: row.targetPath,
    utmCampaign: row.utmCampaign,
    createdAt: row.createdAt,
    createdBy: row.creator ? staffName(row.creator) : null,
  }));
}

/** One link (archived or not), for its QR code. */
export async function getCampaignLink(
  db: Db,
  staff: StaffContext,
  id: string,
): Promise<CampaignLinkRow | null> {
  assertRole(staff, "reviewer");
  if (!UUID.test(id)) return null;
  const row = await db.campaignLink.findUnique({ where: { id } });
  return row ? { ...row, createdBy: null } : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Creates a link from the posted form; a code already used (archived links too) is refused. */
export async function createCampaignLink(
  db: Db,
  staff: StaffContext,
  input: Record<string, unknown>,
): Promise<CreateOutcome> {
  assertRole(staff, "reviewer");
  const parsed = CampaignLinkFormSchema.safeParse(input);
  if (!parsed.success) return { kind: "invalid", fieldErrors: campaignFieldErrors(parsed.error) };
  const form = parsed.data;
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    // ON CONFLICT: two staff choosing one code at once get one link and one "taken".
    const inserted = await tx.$executeRaw`
      INSERT INTO campaign_links (id, code, name, target_path, utm_campaign, created_by)
      VALUES (${id}::uuid, ${form.code}, ${form.name}, ${form.targetPath},
              ${form.utmCampaign || form.code}, ${staff.userId})
      ON CONFLICT (code) DO NOTHING`;
    if (inserted === 0) return { kind: "invalid", fieldErrors: { code: "taken" } } as const;
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "campaign_link_created",
      subject: id,
      detail: { code: form.code, targetPath: form.targetPath, utmCampaign: form.utmCampaign || form.code },
    });
    return { kind: "created", id, code: form.code } as const;
  });
}

/** Takes a link off the list (it still leads where it did). False when there is none to archive. */
export async function archiveCampaignLink(db: Db, staff: StaffContext, id: string): Promise<boolean> {
  assertRole(staff, "reviewer");
  if (!UUID.test(id)) return false;
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ code: string }[]>`
      UPDATE campaign_links SET archived_at = now()
       WHERE id = ${id}::uuid AND archived_at IS NULL RETURNING code`;
    if (!row) return false;
    await recordAudit(tx, {
      actorId: staff.userId,
      action: "campaign_link_archived",
      subject: id,
      detail: { code: row.code },
    });
    return true;
  });
}

/**
 * Where /r/<code> leads, with its campaign: a path and query on this site, or null for a code
 * that is not a link (any case: codes are stored in lower case). A target that is no longer a
 * public page leads nowhere rather than off the site.
 */
export async function campaignLinkLocation(db: Db, rawCode: string): Promise<string | null> {
  const code = rawCode.toLowerCase();
  if (code.length > 40 || !CODE_PATTERN.test(code)) return null;
  const row = await db.campaignLink.findUnique({
    where: { code },
    select: { targetPath: true, utmCampaign: true },
  });
  if (!row || !isCampaignTarget(row.targetPath)) return null;
  const query = new URLSearchParams({ utm_source: "campaign", utm_campaign: row.utmCampaign });
  return `${row.targetPath}?${query}`;
}
