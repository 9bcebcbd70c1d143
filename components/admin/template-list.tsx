import type { Messages } from "@/lib/messages/en";

export type TemplateRow = {
  id: string;
  name: string;
  /** The status's name, when the template is sent on one. */
  status: string | null;
  /** The languages it has text in, by name ("English, Spanish"). */
  languages: string;
  /** When it last changed, already in the organization's zone. */
  updated: string;
};

/** Every template; an admin opens one to edit it, a reviewer reads the list. */
export function TemplateList({
  rows,
  canEdit,
  messages: m,
}: {
  rows: TemplateRow[];
  canEdit: boolean;
  messages: Messages["admin"]["templates"];
}) {
  if (rows.length === 0) return <p className="mt-6 rounded-lg bg-white p-4 shadow-sm">{m.empty}</p>;
  const cell = "break-words p-2 sm:p-3";
  return (
    <div className="mt-6 rounded-lg bg-white shadow-sm">
      <table className="w-full table-fixed text-left text-base">
        <caption className="sr-only">{m.caption}</caption>
        <thead>
          <tr className="border-b border-black/10">
            {[m.name, m.forStatus, m.languages, m.updated].map((heading) => (
              <th key={heading} scope="col" className="p-2 sm:p-3">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-black/10 align-top" data-template={row.id}>
              <td className={`${cell} font-medium`}>
                {canEdit ? <a href={`/admin/messages/${row.id}`}>{row.name}</a> : row.name}
              </td>
              <td className={cell}>{row.status ?? m.noStatus}</td>
              <td className={cell}>{row.languages}</td>
              <td className={cell}>{row.updated}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
