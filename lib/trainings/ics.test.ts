import { describe, expect, it } from "vitest";
import { trainingIcs } from "./ics";

/** The unfolded properties of the file's one VEVENT, by name. */
function properties(ics: string): Record<string, string> {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  const event = unfolded.slice(unfolded.indexOf("BEGIN:VEVENT"), unfolded.indexOf("END:VEVENT"));
  return Object.fromEntries(
    event
      .split("\r\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1)]),
  );
}

describe("a training's calendar file", () => {
  const ics = trainingIcs({
    registrationId: "0b6f2c3e-1111-4a4a-8b8b-000000000001",
    title: "Asylum evaluations; the Istanbul Protocol, part 1",
    startsAt: new Date("2026-12-15T16:00:00.000Z"),
    endsAt: new Date("2026-12-15T18:30:00.000Z"),
    place: "NMILC, 3rd floor",
    videoUrl: null,
    description: "Bring your licence number.\nCoffee from 8:45.",
    host: "volunteer.example.org",
    sequence: 3,
  });

  it("is a calendar with CRLF lines and one event", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.split("\r\n").every((line) => line.length <= 75)).toBe(true);
  });

  it("says when in UTC, what (escaped), where, and a UID stable for the registration", () => {
    const event = properties(ics);
    expect(event.DTSTART).toBe("20261215T160000Z");
    expect(event.DTEND).toBe("20261215T183000Z");
    expect(event.SUMMARY).toBe("Asylum evaluations\\; the Istanbul Protocol\\, part 1");
    expect(event.LOCATION).toBe("NMILC\\, 3rd floor");
    expect(event.DESCRIPTION).toBe("Bring your licence number.\\nCoffee from 8:45.");
    expect(event.UID).toBe("training-0b6f2c3e-1111-4a4a-8b8b-000000000001@volunteer.example.org");
  });

  it("replaces an earlier file for the same place, and when cancelled removes the event", () => {
    expect(properties(ics).SEQUENCE).toBe("3");
    expect(properties(ics).STATUS).toBe("CONFIRMED");
    expect(ics).toContain("\r\nMETHOD:PUBLISH\r\n");
    const cancelled = trainingIcs({
      registrationId: "0b6f2c3e-1111-4a4a-8b8b-000000000001",
      title: "Asylum evaluations",
      startsAt: new Date("2026-12-15T16:00:00.000Z"),
      endsAt: new Date("2026-12-15T18:30:00.000Z"),
      place: null,
      videoUrl: null,
      description: "",
      host: "volunteer.example.org",
      sequence: 4,
      isCancelled: true,
    });
    expect(cancelled).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(properties(cancelled)).toMatchObject({
      STATUS: "CANCELLED",
      SEQUENCE: "4",
      UID: "training-0b6f2c3e-1111-4a4a-8b8b-000000000001@volunteer.example.org",
    });
  });
});
