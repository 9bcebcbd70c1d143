import { DashboardCounts } from "@/components/admin/dashboard-counts";
import { DashboardMyDay } from "@/components/admin/dashboard-my-day";
import { DashboardPipeline } from "@/components/admin/dashboard-pipeline";
import { DashboardSummary } from "@/components/admin/dashboard-summary";
import { getDashboard } from "@/lib/admin/dashboard";
import { getEnv } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import { getStaffMessages } from "@/lib/messages";
import { staffForPage } from "../staff-access";

export default async function DashboardPage() {
  const staff = await staffForPage("/admin");
  const timeZone = getEnv().ORG_TIME_ZONE;
  const dashboard = await getDashboard(getDb(), staff);
  const messages = getStaffMessages().admin;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{messages.dashboard.title}</h1>
      <DashboardMyDay myDay={dashboard.myDay} messages={messages.dashboard} />
      <DashboardSummary dashboard={dashboard} messages={messages} timeZone={timeZone} />
      <DashboardPipeline
        pipeline={dashboard.pipeline}
        stalledDays={dashboard.stalledDays}
        messages={messages}
      />
      <DashboardCounts counts={dashboard.counts} messages={messages} />
      <p className="mt-6">
        <a href="/admin/signups">{messages.dashboard.allSignups}</a>
      </p>
      <p className="mt-2">
        <a href="/admin/recruitment">{messages.dashboard.recruitment}</a>
      </p>
    </>
  );
}
