import "server-only";
import QRCode from "qrcode";
import type { StaffContext } from "../auth/staff-session";
import type { Db } from "../db/client";
import { getCampaignLink } from "./campaign-links";

// A campaign link's QR code for a flyer: an SVG drawn on the server by the maintained `qrcode`
// package (already the two-factor enrolment's), so it scales to any print size and nothing is
// fetched from another site. Error correction M: it still reads with a corner of the flyer
// folded or smudged.

/** The absolute short link: what staff copy and what the QR code holds. */
export function campaignLinkUrl(siteUrl: string, code: string): string {
  return `${new URL(siteUrl).origin}/r/${code}`;
}

export async function campaignQrSvg(
  db: Db,
  staff: StaffContext,
  id: string,
  siteUrl: string,
): Promise<{ fileName: string; svg: string } | null> {
  const link = await getCampaignLink(db, staff, id);
  if (!link) return null;
  const svg = await QRCode.toString(campaignLinkUrl(siteUrl, link.code), {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
  });
  return { fileName: `qr-${link.code}.svg`, svg };
}
