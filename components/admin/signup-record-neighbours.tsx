import type { Neighbours } from "@/lib/admin/signup-neighbours";
import { recordHref } from "@/lib/admin/signup-view";
import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// Previous and Next through the list view the record was opened from: plain links that keep
// the view (`from`), so they work without JavaScript and can be opened in a new tab.

const number = new Intl.NumberFormat("en-US");

type Props = {
  neighbours: Neighbours;
  /** The list's query string, without its "?". */
  fromQuery: string;
  messages: Messages["admin"]["record"]["neighbours"];
};

export function RecordNeighbours({ neighbours, fromQuery, messages: m }: Props) {
  const link = "rounded-md border border-brand px-3 py-1.5 font-semibold text-brand";
  return (
    <nav aria-label={m.label} className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <a href={`/admin/signups${fromQuery ? `?${fromQuery}` : ""}`}>{m.back}</a>
      {neighbours.previous ? (
        <a href={recordHref(neighbours.previous, fromQuery)} rel="prev" className={link}>
          {m.previous}
        </a>
      ) : null}
      {neighbours.position !== null ? (
        <span>
          {format(m.position, {
            position: number.format(neighbours.position),
            total: number.format(neighbours.total),
          })}
        </span>
      ) : null}
      {neighbours.next ? (
        <a href={recordHref(neighbours.next, fromQuery)} rel="next" className={link}>
          {m.next}
        </a>
      ) : null}
    </nav>
  );
}
