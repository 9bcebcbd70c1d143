import type { Dashboard } from "@/lib/admin/dashboard";
import { formatDate } from "@/lib/admin/record-time";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

const number = new Intl.NumberFormat("en-US");

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold">{title}</h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

/** This week's signups, the one waiting longest, and emails that need a resend. */
export function DashboardSummary({
  dashboard,
  messages,
  timeZone,
}: {
  dashboard: Dashboard;
  messages: Messages["admin"];
  /** The organization's zone (ORG_TIME_ZONE): every time shown is on its clock. */
  timeZone: string;
}) {
  const m = messages.dashboard;
  const { oldestNew } = dashboard;
  return (
    <div className="mt-6 grid gap-4 md:grid-cols-3">
      <Card title={m.newThisWeek}>
        <p>
          <a href={`/admin/signups?from=${dashboard.weekFrom}`} className="text-3xl font-bold">
            {number.format(dashboard.newThisWeek)}
          </a>
        </p>
      </Card>
      <Card title={m.oldestNew}>
        {oldestNew ? (
          <p>
            <a href={`/admin/signups/${oldestNew.id}`}>
              {format(m.oldestNewBody, {
                name: oldestNew.name ?? m.anonymised,
                role: messages.signupList.roles[oldestNew.role],
                date: formatDate(oldestNew.createdAt, timeZone),
              })}
            </a>
          </p>
        ) : (
          <p>{m.oldestNewNone}</p>
        )}
      </Card>
      <Card title={m.failedEmails}>
        {dashboard.failedEmails > 0 ? (
          <>
            <p className="text-3xl font-bold">{number.format(dashboard.failedEmails)}</p>
            <p className="mt-1">
              <a href="/admin/signups?email=failed">{m.failedEmailsLink}</a>
            </p>
          </>
        ) : (
          <p>{m.failedEmailsNone}</p>
        )}
      </Card>
    </div>
  );
}
