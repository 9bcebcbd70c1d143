import { localDateTime } from "./zoned";

// A day and a clock time as people in the organization's zone say them ("15 December, 9:00")
// turned into the instant they mean, whatever the zone's offset is that day.

/**
 * The instant of `time` (HH:MM) on `day` (YYYY-MM-DD) in `timeZone`. The wall clock read as
 * UTC is moved by the zone's offset, found by reading the guess back on the zone's clock; twice,
 * so a day a clock change falls on settles on its own offset.
 */
export function instantOf(day: string, time: string, timeZone: string): Date {
  const wall = new Date(`${day}T${time}:00.000Z`).getTime();
  let guess = wall;
  for (let round = 0; round < 2; round += 1) {
    const seen = new Date(`${localDateTime(new Date(guess), timeZone).replace(" ", "T")}.000Z`).getTime();
    guess += wall - seen;
  }
  return new Date(guess);
}

/** "HH:MM" on the zone's clock at an instant (the staff form shows a session's times so). */
export function localTime(instant: Date, timeZone: string): string {
  return localDateTime(instant, timeZone).slice(11, 16);
}
