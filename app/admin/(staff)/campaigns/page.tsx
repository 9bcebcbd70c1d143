import type { Metadata } from "next";
import { CampaignForm } from "@/components/admin/campaign-form";
import { CampaignList } from "@/components/admin/campaign-list";
import { Notice } from "@/components/admin/field";
import { listCampaignLinks } from "@/lib/attribution/campaign-links";
import { campaignLinkUrl } from "@/lib/attribution/campaign-qr";
import { CODE_PATTERN } from "@/lib/attribution/campaign-link-form";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { format } from "@/lib/messages/format";
import { getStaffMessages } from "@/lib/messages";
import { staffForPage } from "../../staff-access";
import { archiveCampaignLinkAction, createCampaignLinkAction } from "./actions";

export const metadata: Metadata = { title: getStaffMessages().admin.campaigns.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CampaignsPage({ searchParams }: Props) {
  const staff = await staffForPage("/admin/campaigns");
  const links = await listCampaignLinks(getDb(), staff);
  const m = getStaffMessages().admin.campaigns;
  const env = getEnv();
  const { outcome, code } = await searchParams;
  const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: env.ORG_TIME_ZONE });
  const notice =
    outcome === "created" && typeof code === "string" && CODE_PATTERN.test(code)
      ? format(m.outcomes.created, { code })
      : outcome === "archived"
        ? m.outcomes.archived
        : null;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2 max-w-prose">{m.lead}</p>
      {notice ? <Notice tone="info">{notice}</Notice> : null}
      <CampaignList
        rows={links.map((link) => ({
          id: link.id,
          name: link.name,
          code: link.code,
          targetPath: link.targetPath,
          utmCampaign: link.utmCampaign,
          created: link.createdBy
            ? format(m.createdBy, { date: day.format(link.createdAt), name: link.createdBy })
            : day.format(link.createdAt),
          link: campaignLinkUrl(env.SITE_URL, link.code),
          qrUrl: `/admin/campaigns/${link.id}/qr`,
        }))}
        messages={m}
        archive={archiveCampaignLinkAction}
      />
      <p className="mt-2 max-w-prose text-sm text-muted">{m.archiveNote}</p>
      <h2 className="mt-8 text-2xl font-semibold text-brand">{m.newTitle}</h2>
      <CampaignForm messages={m} action={createCampaignLinkAction} />
    </>
  );
}
