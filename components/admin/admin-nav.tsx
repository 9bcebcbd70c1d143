import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { AdminNavLinks } from "./admin-nav-links";

export function AdminNav({
  name,
  role,
  isAdmin,
  messages,
  signOut,
}: {
  name: string;
  role: string;
  isAdmin: boolean;
  messages: Messages["admin"];
  signOut(): Promise<void>;
}) {
  const links = [
    { href: "/admin", label: messages.nav.dashboard },
    { href: "/admin/signups", label: messages.nav.signups },
    { href: "/admin/messages", label: messages.nav.messages },
    { href: "/admin/trainings", label: messages.nav.trainings },
    { href: "/admin/recruitment", label: messages.nav.recruitment },
    { href: "/admin/campaigns", label: messages.nav.campaigns },
    ...(isAdmin
      ? [
          { href: "/admin/settings/pro-bono-week", label: messages.nav.proBonoWeek },
          { href: "/admin/staff", label: messages.nav.staff },
          { href: "/admin/audit", label: messages.nav.audit },
        ]
      : []),
    { href: "/admin/account", label: messages.nav.account },
  ];
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 rounded-lg bg-white p-3 shadow-sm md:mb-8 md:p-4">
      <nav aria-label={messages.nav.label}>
        <AdminNavLinks links={links} />
      </nav>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm md:text-base">
        <span className="text-muted [overflow-wrap:anywhere]">
          {format(messages.signedInAs, { name, role })}
        </span>
        <form action={signOut}>
          <button
            type="submit"
            className="rounded-md border border-brand px-3 py-1 font-semibold text-brand md:py-1.5"
          >
            {messages.nav.signOut}
          </button>
        </form>
      </div>
    </div>
  );
}
