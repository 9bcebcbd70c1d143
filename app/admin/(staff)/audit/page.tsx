import type { Metadata } from "next";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { listAuditActors, listAuditEvents } from "@/lib/admin/audit-log";
import { auditViewQuery, parseAuditView } from "@/lib/admin/audit-view";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { format } from "@/lib/messages/format";
import { zoneName } from "@/lib/time/zoned";
import { staffForPage } from "../../staff-access";

export const metadata: Metadata = { title: getStaffMessages().admin.audit.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const view = parseAuditView(await searchParams);
  const staff = await staffForPage(`/admin/audit${auditViewQuery(view)}`, { role: "admin" });
  const timeZone = getEnv().ORG_TIME_ZONE;
  const db = getDb();
  const [page, actors] = await Promise.all([listAuditEvents(db, staff, view), listAuditActors(db, staff)]);
  const m = getStaffMessages().admin.audit;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{m.title}</h1>
      <p className="mt-2">{format(m.lead, { zone: zoneName(timeZone) })}</p>
      <AuditFilters view={view} actors={actors} messages={m} />
      <AuditTable page={page} view={view} messages={m} timeZone={timeZone} />
    </>
  );
}
