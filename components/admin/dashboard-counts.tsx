import type { Dashboard } from "@/lib/admin/dashboard";
import { signupViewQuery, SIGNUP_STATUSES, type SignupView } from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";
import { ROLES } from "@/lib/signup/options";

const number = new Intl.NumberFormat("en-US");

function CountLink({ view, count }: { view: Omit<SignupView, "sort">; count: number }) {
  return <a href={`/admin/signups${signupViewQuery({ sort: "newest", ...view })}`}>{number.format(count)}</a>;
}

/** Statuses down, roles across (narrow enough for a phone), each count a link to its signups. */
export function DashboardCounts({
  counts,
  messages,
}: {
  counts: Dashboard["counts"];
  messages: Messages["admin"];
}) {
  const m = messages.dashboard;
  const labels = messages.signupList;
  const total = (filter: (role: (typeof ROLES)[number], status: string) => boolean) =>
    ROLES.reduce(
      (sum, role) =>
        sum + SIGNUP_STATUSES.reduce((s, status) => s + (filter(role, status) ? counts[role][status] : 0), 0),
      0,
    );
  return (
    <section aria-labelledby="by-role" className="mt-8">
      <h2 id="by-role" className="text-xl font-semibold">
        {m.byRoleTitle}
      </h2>
      <div className="mt-3 overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full text-left">
          <caption className="sr-only">{m.byRoleCaption}</caption>
          <thead>
            <tr className="border-b border-black/10">
              <th scope="col" className="p-3">
                {labels.status}
              </th>
              {ROLES.map((role) => (
                <th key={role} scope="col" className="p-3">
                  {labels.roles[role]}
                </th>
              ))}
              <th scope="col" className="p-3">
                {m.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {SIGNUP_STATUSES.map((status) => (
              <tr key={status} className="border-b border-black/10">
                <th scope="row" className="p-3 font-medium">
                  {labels.statuses[status]}
                </th>
                {ROLES.map((role) => (
                  <td key={role} className="p-3">
                    <CountLink view={{ role, status }} count={counts[role][status]} />
                  </td>
                ))}
                <td className="p-3">
                  <CountLink view={{ status }} count={total((_, s) => s === status)} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="p-3 font-medium">
                {m.total}
              </th>
              {ROLES.map((role) => (
                <td key={role} className="p-3">
                  <CountLink view={{ role }} count={total((r) => r === role)} />
                </td>
              ))}
              <td className="p-3">
                <CountLink view={{}} count={total(() => true)} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
