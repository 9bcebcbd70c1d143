import type { Messages } from "@/lib/messages/en";

/** What to do when a password link no longer works: a new invitation, or a new reset link. */
export function DeadPasswordLink({ messages: m }: { messages: Messages["admin"]["setPassword"] }) {
  return (
    <div role="alert" className="mt-6 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold text-brand">{m.deadTitle}</h2>
      <p className="mt-2">{m.deadLead}</p>
      <p className="mt-2">{m.deadInvitation}</p>
      <p className="mt-2">
        {m.deadReset} <a href="/admin/reset-password">{m.deadResetLink}</a>
      </p>
    </div>
  );
}
