import type { Messages } from "@/lib/messages/en";

/** What each role may do, beside the invitation form, so an admin picks the right one. */
export function StaffRoles({ messages }: { messages: Messages["admin"] }) {
  const m = messages.staff;
  return (
    <section className="mt-8 rounded-lg bg-white p-5 shadow-sm" aria-labelledby="roles-title">
      <h2 id="roles-title" className="text-xl font-semibold text-brand">
        {m.rolesTitle}
      </h2>
      <dl className="mt-2">
        {(["admin", "reviewer"] as const).map((role) => (
          <div key={role} className="mt-2">
            <dt className="font-semibold">{messages.roles[role]}</dt>
            <dd>{m.roleAbilities[role]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
