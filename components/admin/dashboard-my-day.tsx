import type { Dashboard } from "@/lib/admin/dashboard";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { responsePeriod } from "@/lib/signup/response-promise";

// The coordinator's day at the top of the dashboard: what is theirs, who has waited past the
// reply the thank-you page promised, and which follow-ups are due. Each count opens the list
// view of exactly those signups, oldest first.

const number = new Intl.NumberFormat("en-US");

function Count({ title, count, href, link }: { title: string; count: number; href: string; link: string }) {
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <h3 className="text-lg font-semibold">{title}</h3>
      <a href={href} className="mt-2 block">
        <span className="block text-3xl font-bold">{number.format(count)}</span>
        <span className="mt-1 block underline">{link}</span>
      </a>
    </section>
  );
}

export function DashboardMyDay({
  myDay,
  messages: m,
}: {
  myDay: Dashboard["myDay"];
  messages: Messages["admin"]["dashboard"];
}) {
  return (
    <section aria-labelledby="my-day" className="mt-6">
      <h2 id="my-day" className="text-xl font-semibold">
        {m.myDay}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-3">
        <Count
          title={m.mine}
          count={myDay.mine.count}
          href={`/admin/signups${myDay.mine.query}`}
          link={m.mineLink}
        />
        <Count
          title={format(m.pastPromise, { period: responsePeriod(myDay.pastPromise.days, "en") })}
          count={myDay.pastPromise.count}
          href={`/admin/signups${myDay.pastPromise.query}`}
          link={m.pastPromiseLink}
        />
        <Count
          title={m.followUpsDue}
          count={myDay.followUpsDue.count}
          href={`/admin/signups${myDay.followUpsDue.query}`}
          link={m.followUpsDueLink}
        />
      </div>
    </section>
  );
}
