import type { Messages } from "@/lib/messages/en";
import { format } from "@/lib/messages/format";
import { buttonClass } from "./field";

// The people registered for a session, with a box per person for who attended. One plain form:
// the boxes ticked when it is saved are the people present.

export type AttendanceRow = {
  id: string;
  signupId: string;
  name: string;
  role: string;
  registeredOn: string;
  /** "Gave back their place …", for a place given back. */
  gaveBack: string | null;
  attended: boolean;
};

type Props = {
  trainingId: string;
  rows: AttendanceRow[];
  stepNotes: string[];
  messages: Messages["admin"]["trainings"];
  action: (form: FormData) => Promise<void>;
};

export function TrainingAttendance({ trainingId, rows, stepNotes, messages: m, action }: Props) {
  const holding = rows.filter((row) => !row.gaveBack);
  return (
    <section className="mt-8" aria-labelledby="registrations-heading">
      <h2 id="registrations-heading" className="text-2xl font-semibold text-brand">
        {m.registrations}
      </h2>
      {stepNotes.map((note) => (
        <p key={note} className="mt-2">
          {note}
        </p>
      ))}
      {rows.length === 0 ? (
        <p className="mt-2">{m.noRegistrations}</p>
      ) : (
        <form action={action} className="mt-4 overflow-x-auto rounded-lg bg-white p-4 shadow-sm">
          <input type="hidden" name="id" value={trainingId} />
          <table className="w-full text-left">
            <caption className="sr-only">{m.registrationsCaption}</caption>
            <thead>
              <tr className="border-b border-black/20">
                <th scope="col" className="p-2">
                  {m.name}
                </th>
                <th scope="col" className="p-2">
                  {m.for}
                </th>
                <th scope="col" className="p-2">
                  {m.registeredOn}
                </th>
                <th scope="col" className="p-2">
                  {m.attended}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-black/10 last:border-0">
                  <th scope="row" className="p-2 font-normal">
                    <a href={`/admin/signups/${row.signupId}`} id={`name-${row.id}`}>
                      {row.name || m.anonymised}
                    </a>
                  </th>
                  <td className="p-2">{row.role}</td>
                  <td className="p-2">{row.gaveBack ?? row.registeredOn}</td>
                  <td className="p-2">
                    {row.gaveBack ? null : (
                      <input
                        type="checkbox"
                        name="present"
                        value={row.id}
                        defaultChecked={row.attended}
                        aria-label={format(m.attendedLabel, { name: row.name || m.anonymised })}
                        className="h-5 w-5"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {holding.length > 0 ? (
            <button type="submit" className={buttonClass}>
              {m.saveAttendance}
            </button>
          ) : null}
        </form>
      )}
    </section>
  );
}
