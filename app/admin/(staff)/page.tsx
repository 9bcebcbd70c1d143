import { getMessages } from "@/lib/messages";
import { staffForPage } from "../staff-access";

export default async function DashboardPage() {
  await staffForPage("/admin");
  const messages = getMessages().admin.dashboard;
  return (
    <>
      <h1 className="text-3xl font-bold text-brand">{messages.title}</h1>
      <p className="mt-4">{messages.body}</p>
    </>
  );
}
