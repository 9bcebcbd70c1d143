import { createEvent } from "ics";

// The calendar file a volunteer's confirmation carries (RFC 5545, built by the `ics` library:
// docs/decisions/033-trainings.md). Times are written in UTC, which every calendar converts to
// its owner's zone; the UID is the registration's, so importing it again updates one event,
// and a later SEQUENCE (the session's version) replaces it or, cancelled, removes it.

export type TrainingEvent = {
  registrationId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  description: string;
  /** The site's host name: the UID's domain part. */
  host: string;
  /** The session's version: a calendar keeps the file with the highest. */
  sequence: number;
  /** A file that removes the event (the session was cancelled). */
  isCancelled?: boolean;
};

export function trainingIcs(event: TrainingEvent): string {
  const where = [event.place, event.videoUrl].filter(Boolean).join(" · ");
  const { error, value } = createEvent({
    uid: `training-${event.registrationId}@${event.host}`,
    productId: `-//${event.host}//trainings//EN`,
    method: event.isCancelled ? "CANCEL" : "PUBLISH",
    sequence: event.sequence,
    title: event.title,
    description: event.description,
    location: where || undefined,
    url: event.videoUrl ?? undefined,
    start: event.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    status: event.isCancelled ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
  });
  // The inputs are checked when a session is saved: a refusal here is a bug, not a person's error.
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? "empty"}`);
  return value;
}
