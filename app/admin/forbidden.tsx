import { getStaffMessages } from "@/lib/messages";

// A signed-in staff member asked for what their role does not allow: it says no more than that.
export default function Forbidden() {
  const messages = getStaffMessages().forbidden;
  return (
    <div className="mx-auto max-w-prose">
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.body}</p>
      <p className="mt-4">
        <a href="/admin">{messages.back}</a>
      </p>
    </div>
  );
}
