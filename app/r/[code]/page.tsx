import { notFound, redirect } from "next/navigation";
import { campaignLinkLocation } from "@/lib/attribution/campaign-links";
import { getDb } from "@/lib/db/client";

// A campaign link staff made (/admin/campaigns): on to its page of this site with the campaign
// in utm_source and utm_campaign, where the visit is counted and the form reads it. A temporary
// redirect (Next.js answers 307: a GET stays a GET, as with 302), so a link's target can change
// without browsers remembering the old one. The code in any case; an unknown one is not found.
export const dynamic = "force-dynamic";

export default async function CampaignLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const location = await campaignLinkLocation(getDb(), decodeURIComponent((await params).code));
  if (!location) notFound();
  redirect(location);
}
