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
    ...(isAdmin
      ? [
          { href: "/admin/staff", label: messages.nav.staff },
          { href: "/admin/audit", label: messages.nav.audit },
        ]
      : []),
    { href: "/admin/account", label: messages.nav.account },
  ];
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 rounded-lg bg-white p-4 shadow-sm">
      <nav aria-label={messages.nav.label}>
        <AdminNavLinks links={links} />
      </nav>
      <div className="flex flex-wrap items-center gap-3 text-base">
        <span className="break-all text-muted">{format(messages.signedInAs, { name, role })}</span>
        <form action={signOut}>
          <button
            type="submit"
            className="rounded-md border border-brand px-3 py-1.5 font-semibold text-brand"
          >
            {messages.nav.signOut}
          </button>
        </form>
      </div>
    </div>
  );
}
