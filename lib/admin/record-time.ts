// Times staff read (record, history, notes, audit, list, dashboard), formatted where the page
// is rendered (the server) in the organization's zone (ORG_TIME_ZONE, which pages pass down),
// with the zone named, so a staff member elsewhere is never misled and client components get
// plain text.

const formats = new Map<string, { dateTime: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

function formatsFor(timeZone: string) {
  let found = formats.get(timeZone);
  if (!found) {
    found = {
      dateTime: new Intl.DateTimeFormat("en-US", {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZone,
        timeZoneName: "short",
      }),
      date: new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone }),
    };
    formats.set(timeZone, found);
  }
  return found;
}

/** "Dec 7, 2026, 9:15 AM MST". */
export const formatTime = (date: Date, timeZone: string) => formatsFor(timeZone).dateTime.format(date);
/** "Dec 7, 2026", the local day. */
export const formatDate = (date: Date, timeZone: string) => formatsFor(timeZone).date.format(date);
/** A day given as YYYY-MM-DD (a follow-up's), "Dec 8, 2026": a day has no zone to convert. */
export const formatDay = (day: string) => (day ? formatDate(new Date(`${day}T12:00:00.000Z`), "UTC") : "");
