import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";

// The campaign links staff made: each with its link to copy, its QR code (shown, and as a file
// for a flyer) and a button to archive it. Plain HTML: it works without JavaScript.

export type CampaignListRow = {
  id: string;
  name: string;
  code: string;
  targetPath: string;
  utmCampaign: string;
  created: string;
  /** The absolute /r/<code> link. */
  link: string;
  qrUrl: string;
};

type Props = {
  rows: CampaignListRow[];
  messages: Messages["admin"]["campaigns"];
  archive: (form: FormData) => Promise<void>;
};

export function CampaignList({ rows, messages: m, archive }: Props) {
  if (rows.length === 0) return <p className="mt-2">{m.empty}</p>;
  return (
    // relative: the visually hidden labels, positioned absolutely, stay inside the scrolling box
    // rather than widening the page on a phone.
    <div className="relative mt-2 overflow-x-auto rounded-lg bg-white shadow-sm">
      <table className="w-full text-left">
        <caption className="sr-only">{m.caption}</caption>
        <thead>
          <tr className="border-b border-black/20">
            <th scope="col" className="p-3">
              {m.name}
            </th>
            <th scope="col" className="p-3">
              {m.leadsTo}
            </th>
            <th scope="col" className="p-3">
              {m.link}
            </th>
            <th scope="col" className="p-3">
              {m.qr}
            </th>
            <th scope="col" className="p-3">
              <span className="sr-only">{m.archive}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-black/10 align-top last:border-0">
              <td className="p-3">
                <span className="font-semibold">{row.name}</span>
                <dl className="mt-1 text-sm text-muted">
                  <div>
                    <dt className="inline">{m.code}: </dt>
                    <dd className="inline font-mono">{row.code}</dd>
                  </div>
                  <div>
                    <dt className="inline">{m.campaign}: </dt>
                    <dd className="inline font-mono">{row.utmCampaign}</dd>
                  </div>
                  <div>
                    <dt className="inline">{m.created}: </dt>
                    <dd className="inline">{row.created}</dd>
                  </div>
                </dl>
              </td>
              <td className="p-3 font-mono text-sm">{row.targetPath}</td>
              <td className="p-3">
                <label htmlFor={`campaign-link-${row.id}`} className="sr-only">
                  {format(m.linkLabel, { name: row.name })}
                </label>
                <input
                  id={`campaign-link-${row.id}`}
                  readOnly
                  value={row.link}
                  className="w-56 rounded-md border border-black/40 bg-paper px-2 py-1 font-mono text-sm"
                />
              </td>
              <td className="p-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route, no optimisation to do */}
                <img
                  src={row.qrUrl}
                  alt={format(m.qrAlt, { link: row.link })}
                  width={96}
                  height={96}
                  className="bg-white"
                />
                <a href={`${row.qrUrl}?download=1`} className="mt-1 block text-sm" download>
                  {m.qrDownload}
                </a>
              </td>
              <td className="p-3">
                <form action={archive}>
                  <input type="hidden" name="id" value={row.id} />
                  <button
                    type="submit"
                    aria-label={format(m.archiveLabel, { name: row.name })}
                    className="rounded-md border border-brand px-3 py-1.5 font-semibold text-brand"
                  >
                    {m.archive}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
