import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// A table of training sessions for the staff list page: when, what, for whom, places taken.

export type TrainingListRow = {
  id: string;
  when: string;
  title: string;
  roles: string;
  taken: number;
  capacity: number;
  isCancelled: boolean;
};

export function TrainingList({
  rows,
  caption,
  messages: m,
}: {
  rows: TrainingListRow[];
  caption: string;
  messages: Messages["admin"]["trainings"];
}) {
  if (rows.length === 0) return <p className="mt-2">{m.none}</p>;
  return (
    <div className="mt-2 overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-black/20">
            <th scope="col" className="p-3">
              {m.when}
            </th>
            <th scope="col" className="p-3">
              {m.session}
            </th>
            <th scope="col" className="p-3">
              {m.for}
            </th>
            <th scope="col" className="p-3">
              {m.places}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-black/10 last:border-0">
              <td className="p-3">{row.when}</td>
              <td className="p-3">
                <a href={`/admin/trainings/${row.id}`} className="font-semibold">
                  {row.title}
                </a>
                {row.isCancelled ? (
                  <span className="ml-2 font-medium text-red-800">({m.cancelled})</span>
                ) : null}
              </td>
              <td className="p-3">{row.roles}</td>
              <td className="p-3">{format(m.placesOf, { taken: row.taken, capacity: row.capacity })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
